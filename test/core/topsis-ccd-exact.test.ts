/**
 * Exact where the mathematics is (tester's findings): TOPSIS with one positive weight is the min–max
 * fraction of that column, (x − worst)/(best − worst) — D⁻/(D⁺ + D⁻) of a single coordinate,
 * computed by hand here — and CCD of k equal systems u has C = 1, T = u, D = √u (the geometric
 * mean of equal numbers equals their arithmetic mean).
 */
import fc from "fast-check";
import { couplingCoordination, fromRows, topsis } from "../../src/core";

describe("TOPSIS with one positive weight", () => {
  it("the tester's case gives exactly 0, 0.25, 0.5, 1 (was 0.5000000000000003 …) for both normalizations", () => {
    const data = fromRows([[1, 7], [2, 3], [3, 9], [5, 1]]);
    for (const norm of ["vector", "minmax"] as const) {
      expect(Array.from(topsis(data, [1, 0], undefined, norm))).toEqual([0, 0.25, 0.5, 1]);
      expect(Array.from(topsis(data, [1, 0], [-1, 1], norm))).toEqual([1, 0.75, 0.5, 0]);
    }
  });

  it("property: equals the min–max fraction (x − min)/(max − min) computed here, for either normalization and direction", () => {
    const arb = fc.record({
      col: fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 3, maxLength: 8 }),
      other: fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 8, maxLength: 8 }),
      cost: fc.boolean(),
      norm: fc.constantFrom("vector" as const, "minmax" as const),
    });
    fc.assert(
      fc.property(arb, ({ col, other, cost, norm }) => {
        const lo = Math.min(...col);
        const hi = Math.max(...col);
        fc.pre(hi > lo);
        const data = fromRows(col.map((x, i) => [other[i], x]));
        const c = topsis(data, [0, 2], [1, cost ? -1 : 1], norm);
        col.forEach((x, i) => expect(c[i]).toBe(cost ? (hi - x) / (hi - lo) : (x - lo) / (hi - lo)));
      }),
      { numRuns: 200 },
    );
  });
});

describe("CCD of equal systems", () => {
  it("50 systems all 0.37: C = 1, T = 0.37, D = √0.37 exactly, both variants, any weights", () => {
    const row = new Array(50).fill(0.37);
    for (const variant of ["standard", "adjusted"] as const) {
      expect(couplingCoordination(fromRows([row]), undefined, variant)).toEqual([{ c: 1, t: 0.37, d: Math.sqrt(0.37) }]);
      expect(couplingCoordination(fromRows([row]), row.map((_, j) => j + 1), variant)).toEqual([{ c: 1, t: 0.37, d: Math.sqrt(0.37) }]);
    }
  });

  it("property: k equal systems u in (0, 1] give C = 1 and T = u exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 60 }), fc.double({ min: 1e-300, max: 1, noNaN: true }), (k, u) => {
        const [r] = couplingCoordination(fromRows([new Array(k).fill(u)]));
        expect(r).toEqual({ c: 1, t: u, d: Math.sqrt(u) });
      }),
      { numRuns: 200 },
    );
  });
});
