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

  it("property: total on [0, 1]² and, more than 2e-12 from every curve, consistent with the curves y = x², y = x, y = √x", () => {
    fc.assert(
      fc.property(unit, unit, (s, p) => {
        const r = couplingRegion(s, p);
        // Within 1e-12 of a curve a point lies on it (method.md §1.8 "Boundaries"; the band is tested
        // in exact-edges.property.test.ts); away from the bands the oracle decides P < S² exactly (BigInt).
        if (Math.abs(p - s * s) <= 2e-12 || Math.abs(p - s) <= 2e-12 || Math.abs(p - Math.sqrt(s)) <= 2e-12) return;
        const belowParabola = lessThanProduct(p, s, s);
        expect(r === 0).toBe(belowParabola);
        expect(r === 1).toBe(!belowParabola && p <= s);
        expect(r === 2).toBe(s < p && p <= Math.sqrt(s));
        expect(r === 3).toBe(p > Math.sqrt(s));
      }),
    );
  });

  it("P = 0 with a positive S: within 1e-12 of y = x² (S ≤ 1e-6) on the curve, low-value surplus; farther, high-value surplus", () => {
    // 1e-200 · 1e-200 underflows to 0, and S² = 1e-400 is within 1e-12 of P = 0 anyway.
    expect(couplingRegion(1e-200, 0)).toBe(1);
    expect(couplingRegion(5e-324, 0)).toBe(1);
    expect(couplingRegion(1e-7, 0)).toBe(1);
    expect(couplingRegion(1e-5, 0)).toBe(0);
    expect(couplingRegion(0, 0)).toBe(1);
  });

  it("a point exactly 1e-12 from y = x² or y = √x lies on the curve (method.md §1.8 \"Boundaries\": within 1e-12)", () => {
    // Exact arithmetic in doubles: 1e-6 · 1e-6 rounds to the double 1e-12, √1e-24 is the double 1e-12,
    // and 2e-12 − 1e-12 = 1e-12 (2e-12 is 2 × 1e-12 in binary). Near S, P ~ 0.5 no pair of doubles is
    // exactly 1e-12 apart, so the points are tiny.
    expect(1e-6 * 1e-6 - 0).toBe(1e-12);
    expect(2e-12 - Math.sqrt(1e-24)).toBe(1e-12);
    // P = 0 is 1e-12 below S² at S = 1e-6: on y = x², low-value surplus (not high-value surplus).
    expect(couplingRegion(1e-6, 0)).toBe(1);
    // P = 2e-12 is 1e-12 above √S at S = 1e-24 (and far above S): on y = √x, low-value load (not high-value load).
    expect(couplingRegion(1e-24, 2e-12)).toBe(2);
    // The next double past the band is off the curve.
    const up = 2e-12 + 2 ** -91; // ulp(2e-12) = 2^-91
    expect(couplingRegion(1e-24, up)).toBe(3);
  });

  it("a point exactly 1e-12 above y = x (C = 1) is still surplus: S = 0, P = 1e-12 is low-value surplus, not load", () => {
    // P − S = 1e-12 − 0 is exactly the tolerance; method.md §1.8 puts it on the line, i.e. surplus.
    expect(couplingRegion(0, 1e-12)).toBe(1);
    // The next double (ulp(1e-12) = 2^-92) is load: high-value load, since at S = 0 also √S = 0.
    expect(couplingRegion(0, 1e-12 + 2 ** -92)).toBe(3);
  });

  it("property: surplus regions (0, 1) are exactly where P ≤ S + 1e-12 (C ≤ 1 up to the curve's tolerance)", () => {
    fc.assert(
      fc.property(unit, unit, (s, p) => {
        expect(couplingRegion(s, p) <= 1).toBe(p - s <= 1e-12);
      }),
    );
  });
});
