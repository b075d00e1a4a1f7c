import fc from "fast-check";
import { fromRows, weightedIndex } from "../../src/core";
import { unitMatrix, weightsOf } from "./support/arbitraries";
import { expectMethodError } from "./support/errors";
import { OBSTACLE_U } from "../support/published-vectors";

function expectClose(actual: ArrayLike<number>, expected: ReadonlyArray<number>, tol: number): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((x, j) => expect(Math.abs(actual[j] - x)).toBeLessThanOrEqual(tol));
}

describe("weightedIndex S_i = Σ_j x'_ij w_j (seed paper eq. (1)–(2); method.md §1.5)", () => {
  // Data: published vector 7 (zhjx19/mathmodels system_evaluation.md); expected values from
  // test/core/oracles/obstacle_oracle.py (numpy U @ w).
  it("equal weights on vector 7", () => {
    expectClose(
      weightedIndex(fromRows(OBSTACLE_U), [1 / 3, 1 / 3, 1 / 3]),
      [0.184566666666667, 0.4109, 0.393733333333333, 0.687466666666667, 0.3705, 0.8144],
      1e-15,
    );
  });

  it("scales unscaled weights (2, 1, 1) to sum 1 first", () => {
    expectClose(weightedIndex(fromRows(OBSTACLE_U), [2, 1, 1]), [0.142475, 0.352725, 0.43255, 0.68385, 0.28305, 0.857675], 1e-15);
  });

  it("gives exactly 1 for a row at the best of every indicator and 0 for a row at the worst", () => {
    // 0.1 + 0.2 + 0.3 = 0.6000000000000001 in binary: the scaled weights do not sum to exactly 1,
    // and Σ w_j came out as 1.0000000000000002 before the core clamped it (GRADE then refused S > 1).
    const s = weightedIndex(fromRows([[1, 1, 1], [0, 0, 0]]), [0.1, 0.2, 0.3]);
    expect(Array.from(s)).toEqual([1, 0]);
  });

  describe("errors", () => {
    it("rejects a weight count that does not match the columns", () => {
      expectMethodError(() => weightedIndex(fromRows(OBSTACLE_U), [0.5, 0.5]), "value", /weights has 2 entries; the data have 3 columns/);
    });
    it("rejects negative or zero-sum weights", () => {
      expectMethodError(() => weightedIndex(fromRows(OBSTACLE_U), [0.5, -0.5, 1]), "value", /weights item 2 is -0.5/);
      expectMethodError(() => weightedIndex(fromRows(OBSTACLE_U), [0, 0, 0]), "value", /sum to 0/);
    });
  });

  it("property: an all-ones row gives exactly 1 and an all-zeros row exactly 0 for any weights", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }).chain((m) => weightsOf(m)), (w) => {
        const m = w.length;
        expect(Array.from(weightedIndex(fromRows([new Array(m).fill(1), new Array(m).fill(0)]), w))).toEqual([1, 0]);
      }),
    );
  });

  it("property: each S_i lies between the row's smallest and largest x' (a weighted mean), hence in [0, 1]", () => {
    fc.assert(
      fc.property(
        unitMatrix({ minRows: 1 }).chain((d) => fc.tuple(fc.constant(d), weightsOf(d[0].length))),
        ([d, w]) => {
          const s = weightedIndex(fromRows(d), w);
          d.forEach((r, i) => {
            expect(s[i]).toBeGreaterThanOrEqual(Math.min(...r));
            expect(s[i]).toBeLessThanOrEqual(Math.max(...r));
          });
        },
      ),
    );
  });
});
