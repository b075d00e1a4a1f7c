import fc from "fast-check";
import { lessThanProduct } from "./support/exact";
import { COUPLING_REGIONS, couplingRegion } from "../../src/core";
import { expectMethodError } from "./support/errors";
import { SEED_ROWS } from "../support/published-vectors";

const unit = fc.double({ min: 0, max: 1, noNaN: true });

describe("couplingRegion (seed paper Table 4; method.md §1.8, x = S, y = P)", () => {
  it("lists the regions in the order of method.md §1.8", () => {
    expect(COUPLING_REGIONS).toEqual(["high-value surplus", "low-value surplus", "low-value load", "high-value load"]);
  });

  it.each(SEED_ROWS.map((r) => [r.area, r.year, r.s, r.p, r.region] as const))(
    "%s %d (S %p, P %p) lies in the %s region as in method.md §2",
    (_area, _year, s, p, region) => {
      expect(COUPLING_REGIONS[couplingRegion(s, p)]).toBe(region);
    },
  );

  it("Chongzuo 2012 (S 0.3381, P 0.0424; seed Results section) is high-value surplus: P < S² = 0.1143", () => {
    expect(couplingRegion(0.3381, 0.0424)).toBe(0);
  });

  it("puts each curve into the region below it: P = S² and P = S low-value surplus, P = √S low-value load", () => {
    // S = 0.25: S² = 0.0625, √S = 0.5, all exact in binary.
    expect(couplingRegion(0.25, 0.0624)).toBe(0);
    expect(couplingRegion(0.25, 0.0625)).toBe(1);
    expect(couplingRegion(0.25, 0.25)).toBe(1);
    expect(couplingRegion(0.25, 0.2501)).toBe(2);
    expect(couplingRegion(0.25, 0.5)).toBe(2);
    expect(couplingRegion(0.25, 0.5001)).toBe(3);
  });

  it("treats the corners where all curves meet: (0, 0) and (1, 1) low-value surplus, (0, P > 0) high-value load", () => {
    expect(couplingRegion(0, 0)).toBe(1);
    expect(couplingRegion(1, 1)).toBe(1);
    expect(couplingRegion(0, 0.01)).toBe(3);
    expect(couplingRegion(1, 0)).toBe(0);
  });

  it.each([
    [-0.1, 0.5, /support is -0.1/],
    [1.5, 0.5, /support is 1.5/],
    [0.5, -0.2, /pressure is -0.2/],
    [0.5, 1.01, /pressure is 1.01/],
    [NaN, 0.5, /support is NaN/],
    [0.5, NaN, /pressure is NaN/],
  ])("rejects S = %p, P = %p", (s, p, message) => {
    expectMethodError(() => couplingRegion(s, p), "value", message);
  });

  it("property: total on [0, 1]² and consistent with the curves y = x², y = x, y = √x", () => {
    fc.assert(
      fc.property(unit, unit, (s, p) => {
        const r = couplingRegion(s, p);
        // Oracle: P < S² decided exactly (BigInt), so an S² that underflows in doubles still counts.
        // Within a few ulps of the curve the double product may round either way: either side is right.
        const sq = s * s;
        if (sq > 0 && Math.abs(p - sq) <= 4 * Number.EPSILON * sq) return;
        const belowParabola = lessThanProduct(p, s, s);
        expect(r === 0).toBe(belowParabola);
        expect(r === 1).toBe(!belowParabola && p <= s);
        expect(r === 2).toBe(s < p && p <= Math.sqrt(s));
        expect(r === 3).toBe(p > Math.sqrt(s));
      }),
    );
  });

  it("P = 0 with a positive S whose square underflows is still below y = x² (high-value surplus)", () => {
    // Exact arithmetic: S = 1e-200 gives S² = 1e-400 > 0 = P, although 1e-200 * 1e-200 === 0 in doubles.
    expect(1e-200 * 1e-200).toBe(0);
    expect(couplingRegion(1e-200, 0)).toBe(0);
    expect(couplingRegion(5e-324, 0)).toBe(0);
    expect(couplingRegion(0, 0)).toBe(1);
  });

  it("property: surplus regions (0, 1) are exactly where C = P/S ≤ 1", () => {
    fc.assert(
      fc.property(unit, unit, (s, p) => {
        expect(couplingRegion(s, p) <= 1).toBe(p <= s);
      }),
    );
  });
});
