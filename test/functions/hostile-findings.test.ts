/**
 * The tester's hostile inputs (findings/t, 2026-11): each kind fixed as a whole, through the Excel
 * adapters (src/functions/functions.ts with the CustomFunctions fake). Oracles: the method's own
 * rules in docs/method.md (RI range §1.3, AHPSUGGEST §1.3, AIJ exactness, ties §1.9), exact
 * arithmetic of the inputs, and Excel's contract that #NUM! carries no message (so no function may
 * reach it for input it could name).
 */
import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import type { FunctionId } from "../../src/functions/params";
import { thrownBy } from "../support/custom-functions-fake";
import { loadSourceFunctions, type SourceFunctions } from "./support/source-functions";

let src: SourceFunctions;
beforeAll(async () => {
  src = await loadSourceFunctions();
});

const call = (id: FunctionId, ...args: unknown[]) => src.byId.get(id)!(...args);

function errorOf(f: () => unknown): { code: string; message: string } {
  const e = thrownBy(f);
  expect(e).toBeInstanceOf(src.fake.Error);
  return { code: (e as { code: string }).code, message: (e as Error).message };
}

const M3 = [
  [1, 3, "1/5"],
  ["1/3", 1, 3],
  [5, "1/3", 1],
];

describe("1. a numeric RI outside [0.1, 2] is #VALUE! naming ri; never #NUM! without a message", () => {
  it.each([5e-324, 1e-310, 0.05, 2.5, 1e308])("ri = %p", (ri) => {
    for (const [id, args] of [
      ["AHPCONSISTENCY", [M3, ri]],
      ["AHPCR", [M3, ri]],
      ["AHPSUGGEST", [M3, null, ri]],
    ] as [FunctionId, unknown[]][]) {
      expect(errorOf(() => call(id, ...args))).toEqual({ code: "#VALUE!", message: expect.stringMatching(/^ri is .*must lie in \[0\.1, 2\]/) });
    }
  });

  it("any matrix on Saaty's scale with any RI in the range gives a finite CR (property)", () => {
    const scale = fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 8, 9, 1 / 2, 1 / 3, 1 / 4, 1 / 5, 1 / 6, 1 / 7, 1 / 8, 1 / 9);
    const arb = fc.integer({ min: 3, max: 6 }).chain((n) =>
      fc.tuple(fc.array(scale, { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }), fc.double({ min: 0.1, max: 2, noNaN: true }), fc.constant(n)),
    );
    fc.assert(
      fc.property(arb, ([upper, ri, n]) => {
        let t = 0;
        const m = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (__, j) => (j > i ? upper[t++] : j === i ? 1 : null)));
        const cr = call("AHPCR", m, ri) as number;
        expect(Number.isFinite(cr)).toBe(true);
        const s = call("AHPSUGGEST", m, 5, ri) as unknown[][];
        for (const r of s) expect(r[4] === "" || Number.isFinite(r[4])).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe("4. the README's boundary rule says what REGION and GRADE do (method.md §1.8)", () => {
  const readme = fs.readFileSync(path.resolve(__dirname, "..", "..", "README.md"), "utf8").replace(/\s+/g, " ");

  it("every `RECC.REGION(s, p)` is <region> example in the README is what REGION returns", () => {
    const examples = [...readme.matchAll(/`RECC\.REGION\(([\d.]+), ([\d.]+)\)` is (high-value surplus|low-value surplus|low-value load|high-value load)/g)];
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const [, s, p, region] of examples) expect(call("REGION", [[Number(s)]], [[Number(p)]], null)).toEqual([[region]]);
  });

  it("each curve's stated region is the function's: P = S² low-value surplus, P = S low-value surplus, P = √S low-value load", () => {
    expect(readme).not.toMatch(/takes the class above it/);
    const s = 0.25;
    for (const [said, p, region] of [
      ["P = S² is low-value surplus", s * s, "low-value surplus"],
      ["P = S is low-value surplus", s, "low-value surplus"],
      ["P = √S low-value load", Math.sqrt(s), "low-value load"],
    ] as const) {
      expect(readme).toContain(said);
      expect(call("REGION", [[s]], [[p]], null)).toEqual([[region]]);
    }
    expect(readme).toContain("1/3 is medium");
    expect(call("GRADE", [[1 / 3]], [[0]], null, null)).toEqual([["II"]]);
  });
});

describe("5. TOPOBSTACLES: transitive ties, degrees outside [0, 1] refused", () => {
  it("the tester's chain lists the tie group opened by the largest degree first, in column order", () => {
    expect(call("TOPOBSTACLES", [[0.3, 0.3 + 0.9e-12, 0.3 + 1.8e-12, 0.1]], [["a", "b", "c", "d"]], 4)).toEqual([["b", "c", "a", "d"]]);
    expect(call("TOPOBSTACLES", [[0.5 - 1.2e-12, 0.5, 0.5 - 0.5e-12]], [["a", "b", "c"]], 3)).toEqual([["b", "c", "a"]]);
  });

  it("[[-0.2, 1.2]] is #VALUE! naming the cell", () => {
    expect(errorOf(() => call("TOPOBSTACLES", [[-0.2, 1.2]], [["a", "b"]], 2))).toEqual({
      code: "#VALUE!",
      message: "obstacles row 1, column 1 is -0.2, outside [0, 1]; obstacle degrees are shares of an object's shortfall, each in [0, 1]",
    });
  });
});

describe("6. layout mistakes get messages that name the layout", () => {
  const A = [
    [1, 3, 5],
    [null, 1, 7],
    [null, null, 1],
  ];
  it("two 3×3 matrices side by side (3×6): say 3 rows × 6 columns and stack vertically", () => {
    expect(errorOf(() => call("AHPGROUP", A.map((r) => [...r, ...r]), null))).toEqual({
      code: "#VALUE!",
      message: "matrices is 3 rows × 6 columns; the experts' 3×3 matrices seem to stand side by side: stack them vertically, one under another (k·n rows × n columns)",
    });
  });

  it("2×2 matrices with blank separator rows: remove the blank rows (rows a multiple of n or not)", () => {
    const two = [
      [1, 3],
      [null, 1],
    ];
    for (const stack of [
      [...two, [null, null], ...two],
      [...two, [null, null], ...two, [null, null], ...two],
      [...two, ["", 0], ...two, [null, null], ...two, [null, null]],
    ]) {
      expect(errorOf(() => call("AHPGROUP", stack, null)).message).toMatch(/^matrices row 3 is blank; remove the blank rows between the experts' matrices/);
    }
    // An upper triangle with a blank diagonal has a blank last row: that is no separator.
    const upper = [
      [null, 3, 5],
      [null, null, 7],
      [null, null, null],
    ];
    expect(call("AHPGROUP", [...upper, ...upper], null)).toEqual([
      [1, 3, 5],
      [1 / 3, 1, 7],
      [1 / 5, 1 / 7, 1],
    ]);
  });

  it("CRITICWEIGHTS on 2 rows says it needs 3 rows (objects) for correlations, not 'perfectly correlated'", () => {
    expect(errorOf(() => call("CRITICWEIGHTS", [[1, 2, 3], [2, 5, 1]], null)).message).toBe(
      "data has 2 rows; CRITIC needs at least 3 rows (objects) for correlations between indicators (rows = objects, columns = indicators)",
    );
  });

  it("0.11 typed for 1/9 (and 10 for 9): the hint names the nearest scale value", () => {
    expect(errorOf(() => call("AHP", [[1, 0.11], [null, 1]], null)).message).toBe(
      "matrix row 1, column 2 is 0.11, outside Saaty's scale 1/9 to 9; use a judgement from 1/9 to 9; the nearest scale value is '1/9",
    );
    expect(errorOf(() => call("AHPGROUP", [[1, 10], [null, 1]], null)).message).toMatch(/the nearest scale value is 9$/);
    // Far off the scale it is no slip of a scale value: the general hint.
    expect(errorOf(() => call("AHP", [[1, 1e-300], [null, 1]], null)).message).toMatch(/use a judgement from 1\/9 to 9, e\.g\. 3 or '1\/3$/);
    expect(errorOf(() => call("AHP", [[1, 100], [null, 1]], null)).message).toMatch(/e\.g\. 3 or '1\/3$/);
  });
});
