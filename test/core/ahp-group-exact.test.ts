/**
 * AHPGROUP is exact where the mathematics is (src/core/ahp-group.ts, docs/method.md §1.3; tester's
 * findings: identical experts gave 2.9999999999999996, 1/3 and 3 gave 0.9999999999999999).
 * Oracles: exact arithmetic — the geometric mean of k equal numbers is that number, of x and 1/x
 * with equal weights is 1 — and the reciprocal property a_ji = 1/a_ij (Aczél & Saaty 1983).
 */
import fc from "fast-check";
import { aggregateJudgements, fromRows, toRows } from "../../src/core";

const group = (ms: number[][][], w?: number[]) => toRows(aggregateJudgements(ms.map(fromRows), w));
const SCALE = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1 / 2, 1 / 3, 1 / 4, 1 / 5, 1 / 6, 1 / 7, 1 / 8, 1 / 9];

/** A reciprocal n×n matrix from its upper triangle, lower = 1/upper. */
function fromUpper(n: number, upper: number[]): number[][] {
  let t = 0;
  const a = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      a[i][j] = upper[t++];
      a[j][i] = 1 / a[i][j];
    }
  }
  return a;
}

describe("exact aggregation", () => {
  it("the tester's case: [[1,3,5],[,1,7],[,,1]] once or three times is itself, exactly", () => {
    const a = fromUpper(3, [3, 5, 7]);
    expect(group([a])).toEqual(a);
    expect(group([a, a, a])).toEqual(a);
    expect(group([a, a, a], [0.2, 0.3, 0.5])).toEqual(a);
  });

  it("1/3 and 3 with equal weights give exactly 1 (and 1/9 with 9, 1/2 with 2 …)", () => {
    for (let k = 2; k <= 9; k++) {
      expect(group([fromUpper(2, [1 / k]), fromUpper(2, [k])])).toEqual([[1, 1], [1, 1]]);
      expect(group([fromUpper(2, [k]), fromUpper(2, [1 / k])], [2, 2])).toEqual([[1, 1], [1, 1]]);
    }
  });

  it("a mean that is a scale value is that value: 1 and 9 → 3, 2 and 8 → 4, 1/4 and 1 → 1/2", () => {
    expect(group([fromUpper(2, [1]), fromUpper(2, [9])])[0][1]).toBe(3);
    expect(group([fromUpper(2, [2]), fromUpper(2, [8])])[0][1]).toBe(4);
    expect(group([fromUpper(2, [1 / 4]), fromUpper(2, [1])])).toEqual([[1, 1 / 2], [2, 1]]);
    // Not near a scale value: left as computed (√15 ≈ 3.873).
    expect(group([fromUpper(2, [3]), fromUpper(2, [5])])[0][1]).toBeCloseTo(Math.sqrt(15), 14);
  });

  it("property: k identical random Saaty matrices aggregate to exactly the matrix, any weights", () => {
    const arb = fc.integer({ min: 2, max: 7 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        upper: fc.array(fc.constantFrom(...SCALE), { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }),
        weights: fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: 1, maxLength: 6 }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ n, upper, weights }) => {
        const a = fromUpper(n, upper);
        expect(group(weights.map(() => a), weights)).toEqual(a);
        expect(group(weights.map(() => a))).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });

  it("property: a pair of reciprocal judgements with equal weights gives exactly 1; the lower triangle is exactly 1/upper", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SCALE), { minLength: 3, maxLength: 3 }), fc.array(fc.constantFrom(...SCALE), { minLength: 3, maxLength: 3 }), (u, v) => {
        const g = group([fromUpper(3, u), fromUpper(3, u.map((x) => 1 / x))]);
        expect(g).toEqual([[1, 1, 1], [1, 1, 1], [1, 1, 1]]);
        const h = group([fromUpper(3, u), fromUpper(3, v)], [3, 1]);
        for (let i = 0; i < 3; i++) for (let j = i + 1; j < 3; j++) expect(h[j][i]).toBe(1 / h[i][j]);
      }),
      { numRuns: 200 },
    );
  });
});
