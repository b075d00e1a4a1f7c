/**
 * The 21 custom functions imported from src/functions/functions.ts (CustomFunctions faked), called
 * with Excel-shaped input: numbers against the published vectors and the seed paper
 * (test/functions/support/excel-cases.ts names the oracle of every number), output shapes and
 * orientations as ../shared/method.md §3 prescribes.
 */
import { EXCEL_CASES } from "./support/excel-cases";
import { loadSourceFunctions, type SourceFunctions } from "./support/source-functions";

let src: SourceFunctions;
beforeAll(async () => {
  src = await loadSourceFunctions();
});

const isError = (v: unknown, code: string) => v instanceof src.fake.Error && (v as { code: string }).code === code;

describe.each(EXCEL_CASES.map((c) => [c.id, c.name, c] as const))("%s: %s", (id, _name, c) => {
  it("matches its oracle", () => {
    const fn = src.byId.get(id)!;
    expect(fn).toBeDefined();
    c.check(fn(...c.args), { isError });
  });
});

describe("shapes and orientations (method.md §3)", () => {
  const call = (id: string, ...args: unknown[]) => src.byId.get(id)!(...args) as unknown[][];
  const data = [
    [1, 2, 3],
    [2, 5, 1],
    [4, 1, 2],
    [3, 3, 5],
  ];

  it("ENTROPY and ENTROPYWEIGHTS return one row of m whatever the directions' orientation", () => {
    for (const dirs of [null, [[1, 1, -1]], [[1], [1], [-1]]]) {
      expect(call("ENTROPY", data, dirs, null)).toHaveLength(1);
      expect(call("ENTROPY", data, dirs, null)[0]).toHaveLength(3);
      expect(call("ENTROPYWEIGHTS", data, dirs, null)[0]).toHaveLength(3);
    }
  });

  it("AHP returns a column of n", () => {
    const r = call("AHP", [[1, 2], ["1/2", 1]], null);
    expect(r).toEqual([[2 / 3], [1 / 3]]); // a 2×2 with a_12 = 2: weights 2/3, 1/3 exactly (hand computation)
  });

  it("COMBINEWEIGHTS follows the orientation of objective, not subjective", () => {
    expect(call("COMBINEWEIGHTS", [[1, 1]], [[1], [3]], null, null)).toHaveLength(2);
    expect(call("COMBINEWEIGHTS", [[1], [1]], [[1, 3]], null, null)).toHaveLength(1);
    // 1×1 objective is a row of one.
    expect(call("COMBINEWEIGHTS", [[2]], [[5]], null, null)).toEqual([[1]]);
  });

  it("SUPPORT, PRESSURE return a column of n; OBSTACLE n×m", () => {
    expect(call("SUPPORT", data, [[1, 1, 1]], [[1, 1, 1]])).toHaveLength(4);
    expect(call("PRESSURE", data, [[1, 1, 1]], [[1, 1, 1]]).every((r) => r.length === 1)).toBe(true);
    const o = call("OBSTACLE", data, [[1, 2, 3]], [[1, -1, 1]]);
    expect(o.map((r) => r.length)).toEqual([3, 3, 3, 3]);
    // Each row of obstacle degrees sums to 1 or is all 0 (method.md §1.9).
    for (const r of o) {
      const sum = (r as number[]).reduce((a, b) => a + b, 0);
      expect(sum === 0 || Math.abs(sum - 1) < 1e-12).toBe(true);
    }
  });

  it("INDEX, GRADE and REGION keep the shape of their inputs (here 2×3)", () => {
    const s = [
      [0.5, 0.2, 0.9],
      [0.1, 0.4, 0.7],
    ];
    const p = [
      [0.1, 0.3, 0.95],
      [0.05, 0.5, 0.2],
    ];
    for (const id of ["INDEX", "GRADE", "REGION"]) {
      const r = id === "INDEX" ? call(id, p, s) : call(id, s, p, null, null);
      expect(r.map((x) => x.length)).toEqual([3, 3]);
    }
  });

  it("REGION takes its 4 labels as a row, a column or a 2×2 block read row by row (method.md §3: 4 cells)", () => {
    // (S, P) = (0.9, 0.1): P < S² → the first region (method.md §1.8); (0.1, 0.9): P > √S → the fourth.
    const labels = ["HS", "LS", "LL", "HL"];
    for (const arg of [[labels], labels.map((l) => [l]), [labels.slice(0, 2), labels.slice(2)]]) {
      expect(call("REGION", [[0.9], [0.1]], [[0.1], [0.9]], arg)).toEqual([["HS"], ["HL"]]);
    }
  });

  it("GRADE honours custom cut points", () => {
    // S = 0.5, P = 0.5 with cuts 0.4/0.6 → medium/medium = V; with cuts 0.1/0.2 → high/high = IX (Table 3).
    expect(call("GRADE", [[0.5]], [[0.5]], 0.4, 0.6)).toEqual([["V"]]);
    expect(call("GRADE", [[0.5]], [[0.5]], 0.1, 0.2)).toEqual([["IX"]]);
  });

  it("TOPOBSTACLES returns n×k and GROUPSUM exactly n×g (no header row)", () => {
    expect(call("TOPOBSTACLES", [[0.2, 0.5, 0.3]], [["a", "b", "c"]], 1)).toEqual([["b"]]);
    // Groups compare ignoring case, as Excel's UNIQUE does: "S" and "s" are one group.
    const g = call("GROUPSUM", data, [["s", "t", "S"]]);
    expect(g).toEqual([
      [4, 2],
      [3, 5],
      [6, 1],
      [8, 3],
    ]);
  });

  it("AHPCONSISTENCY is 5×2 and AHPCR a scalar", () => {
    const m = [[1, 3, 5], [null, 1, 2], [null, null, 1]];
    expect(call("AHPCONSISTENCY", m, null).map((r) => r.length)).toEqual([2, 2, 2, 2, 2]);
    expect(typeof src.byId.get("AHPCR")!(m, null)).toBe("number");
  });
});
