/**
 * Shapes and orientations of the issue 10 functions as Excel spills them (../shared/method.md §3
 * conventions: weights rows, scores columns, blocks per object, class names in the shape of the input).
 */
import { loadSourceFunctions, type SourceFunctions } from "./support/source-functions";

let src: SourceFunctions;
beforeAll(async () => {
  src = await loadSourceFunctions();
});
const call = (id: string, ...args: unknown[]) => src.byId.get(id)!(...args) as unknown[][];
const shape = (r: unknown[][]) => [r.length, r[0].length];

const DATA = [
  [1, 20, 3],
  [2, 50, 1],
  [4, 10, 2],
  [3, 30, 5],
];
const AHP4 = [
  [1, 3, "1/5", 5],
  [null, 1, 7, "1/3"],
  [null, null, 1, 9],
  [null, null, null, 1],
];

it("TOPSIS returns an n×1 column whatever the orientation of weights and directions", () => {
  for (const w of [[[1, 2, 3]], [[1], [2], [3]]]) {
    for (const d of [null, [[1, -1, 1]], [[1], [-1], [1]]]) expect(shape(call("TOPSIS", DATA, w, d, null))).toEqual([4, 1]);
  }
});

it("CRITICWEIGHTS returns a 1×m row summing to 1, as ENTROPYWEIGHTS", () => {
  const r = call("CRITICWEIGHTS", DATA, [["benefit"], ["cost"], ["benefit"]]);
  expect(shape(r)).toEqual([1, 3]);
  expect((r[0] as number[]).reduce((s, x) => s + x, 0)).toBeCloseTo(1, 14);
});

it("CCD returns n×3 (C, T, D) and CCDLEVEL the shape of its input", () => {
  const sp = [
    [0.4, 0.1],
    [0.6, 0.7],
    [0.2, 0.9],
  ];
  const ccd = call("CCD", sp, null, null);
  expect(shape(ccd)).toEqual([3, 3]);
  const d = ccd.map((r) => [r[2]]);
  expect(shape(call("CCDLEVEL", d, null))).toEqual([3, 1]);
  expect(shape(call("CCDLEVEL", [d.map((r) => r[0])], null))).toEqual([1, 3]);
  // The D column of CCD feeds CCDLEVEL: D = √(0.8·0.25) = 0.447 → "near imbalance" (hand computation).
  expect(call("CCDLEVEL", d, null)[0][0]).toBe("near imbalance");
});

it("AHPGROUP returns n×n that AHP and AHPCR accept; AHPSUGGEST returns k×5 (3 by default)", () => {
  const g = call("AHPGROUP", [...AHP4, ...AHP4], null);
  expect(shape(g)).toEqual([4, 4]);
  expect(call("AHP", g, null)).toEqual(call("AHP", AHP4, null).map((r) => r.map((x) => expect.closeTo(x as number, 12))));
  expect(shape(call("AHPSUGGEST", AHP4, null, null))).toEqual([3, 5]);
  expect(shape(call("AHPSUGGEST", AHP4, 6, "alonso"))).toEqual([6, 5]);
  // The first suggestion's CR after is below the grid's CR (AHPCR): that is what it is for.
  const cr = src.byId.get("AHPCR")!(AHP4, null) as number;
  expect(cr).toBeGreaterThan(0.1);
  expect(call("AHPSUGGEST", AHP4, 1, null)[0][4] as number).toBeLessThan(cr);
});

it("COMBINEWEIGHTS \"game\" keeps the orientation of objective", () => {
  expect(shape(call("COMBINEWEIGHTS", [[0.4, 0.3, 0.2, 0.1]], [[0.25, 0.2, 0.3, 0.25]], "game", null))).toEqual([1, 4]);
  expect(shape(call("COMBINEWEIGHTS", [[0.4, 0.3, 0.2, 0.1]], [[0.25], [0.2], [0.3], [0.25]], "GAME", null))).toEqual([4, 1]);
});
