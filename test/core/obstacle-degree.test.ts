import fc from "fast-check";
import { fromRows, obstacleDegrees, topObstacles, toRows } from "../../src/core";
import { row, unitMatrix, weightsOf } from "./support/arbitraries";
import { expectMethodError } from "./support/errors";
import { OBSTACLE_U } from "../support/published-vectors";

const EQUAL = [1 / 3, 1 / 3, 1 / 3];
const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((s, x) => s + x, 0);

function expectClose(actual: ArrayLike<number>, expected: ReadonlyArray<number>, tol: number): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((x, j) => expect(Math.abs(actual[j] - x)).toBeLessThanOrEqual(tol));
}

describe("obstacleDegrees A_ij = (1 − x'_ij) w_j / Σ_k (1 − x'_ik) w_k (seed paper eq. (4)–(5); method.md §1.9)", () => {
  // Published vector 7: zhjx19/mathmodels docs/reference/system_evaluation.md, equal weights.
  const shares = obstacleDegrees(fromRows(OBSTACLE_U), EQUAL);

  it("times each row's total deviation reproduces the published unscaled (1 − x)·w of rows A and B", () => {
    // Published: A 0.328, 0.243, 0.245; B 0.274, 0.106, 0.209 (3 decimals).
    const published = [
      [0.328, 0.243, 0.245],
      [0.274, 0.106, 0.209],
    ];
    published.forEach((expected, i) => {
      const total = OBSTACLE_U[i].reduce((s, x, j) => s + (1 - x) * EQUAL[j], 0);
      expectClose(row(shares, i).map((a) => a * total), expected, 5e-4);
    });
  });

  it("returns the row shares of published-vectors.md ([ours]): A 0.4022, 0.2976, 0.3002; B 0.4650, 0.1797, 0.3553; F 0.0224, 0.7951, 0.1825", () => {
    expectClose(row(shares, 0), [0.4022, 0.2976, 0.3002], 5e-5);
    expectClose(row(shares, 1), [0.465, 0.1797, 0.3553], 5e-5);
    expectClose(row(shares, 5), [0.0224, 0.7951, 0.1825], 5e-5);
  });

  it("matches numpy on every row (test/core/oracles/obstacle_oracle.py)", () => {
    const expected = [
      [0.402158361607325, 0.297592282222131, 0.300249356170543],
      [0.465003112091892, 0.179709160866859, 0.355287727041249],
      [0.247965691664834, 0.517209148889378, 0.234825159445788],
      [0.348762798634812, 0.553327645051195, 0.097909556313993],
      [0.518559703468361, 0.058723854911305, 0.422716441620334],
      [0.022449712643678, 0.795079022988506, 0.182471264367816],
    ];
    expected.forEach((r, i) => expectClose(row(shares, i), r, 1e-14));
  });

  it("scales unscaled weights (2, 1, 1) first (obstacle_oracle.py)", () => {
    const a = obstacleDegrees(fromRows(OBSTACLE_U), [2, 1, 1]);
    expectClose(row(a, 0), [0.573627591032332, 0.212238710241684, 0.214133698725985], 1e-14);
    expectClose(row(a, 5), [0.043913578078342, 0.777621640611277, 0.178464781310381], 1e-14);
  });

  it("gives an all-zero row where every indicator is at its best, and 0 to an indicator without weight", () => {
    const a = toRows(obstacleDegrees(fromRows([[1, 1, 1], [0.5, 0, 1]]), [0, 1, 1]));
    expect(a[0]).toEqual([0, 0, 0]);
    expect(a[1]).toEqual([0, 1, 0]);
  });

  describe("errors", () => {
    it("rejects a weight count that does not match the columns", () => {
      expectMethodError(() => obstacleDegrees(fromRows(OBSTACLE_U), [1, 1]), "value", /weights has 2 entries; the data have 3 columns/);
    });
    it("rejects negative or zero-sum weights", () => {
      expectMethodError(() => obstacleDegrees(fromRows(OBSTACLE_U), [1, -1, 1]), "value", /weights item 2 is -1/);
      expectMethodError(() => obstacleDegrees(fromRows(OBSTACLE_U), [0, 0, 0]), "value", /sum to 0/);
    });
  });

  it("property: each row is ≥ 0 and sums to 1, or is all 0", () => {
    fc.assert(
      fc.property(
        unitMatrix({ minRows: 1 })
          // Some rows at the best of every indicator, to reach the all-zero branch.
          .chain((d) => fc.tuple(fc.constant(d), fc.array(fc.boolean(), { minLength: d.length, maxLength: d.length }), weightsOf(d[0].length)))
          .map(([d, best, w]) => [d.map((r, i) => (best[i] ? r.map(() => 1) : r)), w] as const),
        ([d, w]) => {
          const a = obstacleDegrees(fromRows(d), w);
          for (let i = 0; i < a.rows; i++) {
            const r = row(a, i);
            for (const x of r) expect(x).toBeGreaterThanOrEqual(0);
            const total = sum(r);
            if (total === 0) expect(r.every((x) => x === 0)).toBe(true);
            else expect(Math.abs(total - 1)).toBeLessThanOrEqual(1e-12);
          }
        },
      ),
    );
  });
});

describe("topObstacles (seed paper lists the top 5 per area)", () => {
  it("lists the largest first for vector 7 (row A: 0.402, 0.300, 0.298 → columns 0, 2, 1)", () => {
    const a = obstacleDegrees(fromRows(OBSTACLE_U), EQUAL);
    expect(topObstacles(a, 2)).toEqual([
      [0, 2],
      [0, 2],
      [1, 0],
      [1, 0],
      [0, 2],
      [1, 2],
    ]);
  });

  it("keeps column order among ties", () => {
    expect(topObstacles(fromRows([[0.25, 0.25, 0.25, 0.25], [0.1, 0.3, 0.3, 0.3]]), 3)).toEqual([
      [0, 1, 2],
      [1, 2, 3],
    ]);
  });

  it("ties are transitive tie groups opened by the largest remaining degree (method.md §1.9; tester's chain 0.3, +0.9e-12, +1.8e-12)", () => {
    expect(topObstacles(fromRows([[0.3, 0.3 + 0.9e-12, 0.3 + 1.8e-12, 0.1]]), 4)).toEqual([[1, 2, 0, 3]]);
    // The old pick-by-pick rule listed column 1 (not tied with the largest) between the two tied ones.
    const m = 0.5;
    expect(topObstacles(fromRows([[m - 1.2e-12, m, m - 0.5e-12]]), 3)).toEqual([[1, 2, 0]]);
    expect(topObstacles(fromRows([[m - 1.2e-12, m - 0.5e-12, m]]), 3)).toEqual([[1, 2, 0]]);
  });

  it("property: permuting tied values among their columns never changes the list; a group keeps column order", () => {
    // Groups of values within 1e-12 of each group's largest, groups 1e-6 apart, spread over random columns.
    const arb = fc
      .array(fc.array(fc.double({ min: 0, max: 0.9e-12, noNaN: true }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 })
      .chain((groups) => {
        const m = groups.reduce((s, g) => s + g.length, 0);
        return fc.tuple(fc.constant(groups), fc.shuffledSubarray([...Array(m).keys()], { minLength: m, maxLength: m }), fc.array(fc.nat(), { minLength: m, maxLength: m }));
      });
    fc.assert(
      fc.property(arb, ([groups, cols, keys]) => {
        // Column of each value: cols; values of group g: 0.5 − 1e-6·g − offset (offsets ≤ 1e-12 below the group top).
        const values: number[] = [];
        const groupOf: number[] = [];
        groups.forEach((g, gi) => g.forEach((off, vi) => (values.push(0.5 - 1e-6 * gi - (vi === 0 ? 0 : off)), groupOf.push(gi))));
        const row = new Array<number>(values.length);
        values.forEach((v, t) => (row[cols[t]] = v));
        const expected = groups.flatMap((_, gi) => cols.filter((_c, t) => groupOf[t] === gi).sort((a, b) => a - b));
        expect(topObstacles(fromRows([row]), values.length)).toEqual([expected]);
        // Permute the values within each group (keys order them) and list again: the same columns.
        const permuted = [...row];
        groups.forEach((_, gi) => {
          const ts = groupOf.map((g, t) => (g === gi ? t : -1)).filter((t) => t >= 0);
          const vs = ts.map((t) => values[t]);
          const order = [...ts].sort((a, b) => keys[a] - keys[b] || a - b);
          order.forEach((t, r) => (permuted[cols[t]] = vs[r]));
        });
        expect(topObstacles(fromRows([permuted]), values.length)).toEqual([expected]);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a degree outside [0, 1], naming the cell (degrees are shares)", () => {
    expectMethodError(() => topObstacles(fromRows([[0.5, 0.5], [-0.2, 1.2]]), 2), "value", /^obstacles row 2, column 1 is -0\.2, outside \[0, 1\]; obstacle degrees are shares/);
    expectMethodError(() => topObstacles(fromRows([[0.2, 1.2]]), 2), "value", /^obstacles row 1, column 2 is 1\.2/);
  });

  it("returns every positive column when k exceeds m", () => {
    expect(topObstacles(fromRows([[0.2, 0.5, 0.3]]), 5)).toEqual([[1, 2, 0]]);
  });

  it("leaves out zero degrees, so all-zero rows give no entries and others may give fewer than k", () => {
    expect(topObstacles(fromRows([[0, 0, 0], [0, 1, 0], [0.5, 0, 0.5]]), 2)).toEqual([[], [1], [0, 2]]);
  });

  it("property: at most k entries, distinct, degrees non-increasing and positive, ties in column order", () => {
    fc.assert(
      fc.property(unitMatrix({ minRows: 1, maxCols: 8 }), fc.integer({ min: 1, max: 10 }), (d, k) => {
        const top = topObstacles(fromRows(d), k);
        top.forEach((t, i) => {
          expect(t.length).toBeLessThanOrEqual(k);
          expect(new Set(t).size).toBe(t.length);
          for (let r = 0; r < t.length; r++) {
            expect(d[i][t[r]]).toBeGreaterThan(0);
            if (r > 0) {
              expect(d[i][t[r]]).toBeLessThanOrEqual(d[i][t[r - 1]]);
              if (d[i][t[r]] === d[i][t[r - 1]]) expect(t[r]).toBeGreaterThan(t[r - 1]);
            }
          }
          // Nothing left out that beats the last one listed.
          const positives = d[i].filter((x) => x > 0).length;
          expect(t.length).toBe(Math.min(k, positives));
        });
      }),
    );
  });
});

describe("obstacleDegrees with a subnormal total deviation (defect found by adversarial testing)", () => {
  // Oracle: by hand. Row [1, 0] with weights [1, 1e-320]: deviations (0, 1e-320) → shares (0, 1);
  // row [1 − 2⁻⁵³, 1] with weights [1e-300, 1]: deviations (≈1.1e-316, 0) → shares (1, 0).
  it("divides instead of multiplying by an infinite reciprocal", () => {
    expect(Array.from(obstacleDegrees(fromRows([[1, 0], [0, 0.5]]), [1, 1e-320]).values.subarray(0, 2))).toEqual([0, 1]);
    expect(Array.from(obstacleDegrees(fromRows([[0.9999999999999999, 1]]), [1e-300, 1]).values)).toEqual([1, 0]);
  });
});
