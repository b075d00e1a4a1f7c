import fc from "fast-check";
import { scaleToUnitSum } from "../../src/core";
import { expectMethodError } from "./support/errors";

const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((s, x) => s + x, 0);

describe("scaleToUnitSum (method.md §1.5: each system's weights scaled to sum 1)", () => {
  it("divides by the sum", () => {
    // Arithmetic oracle: (2, 1, 1)/4.
    expect(Array.from(scaleToUnitSum([2, 1, 1]))).toEqual([0.5, 0.25, 0.25]);
    expect(Array.from(scaleToUnitSum(new Float64Array([0, 3])))).toEqual([0, 1]);
  });

  it("gives m equal weights exactly 1/m each, the double nearest 1/m", () => {
    // Exact arithmetic: the sum of m integers is exact, and IEEE 754 division is correctly rounded, so
    // 1/m and 5/(5m) are the double nearest the exact share. (Summing ten 0.1s gives 0.9999999999999999;
    // renormalizing by that total would move every share off 0.1.)
    for (let m = 1; m <= 40; m++) {
      expect(Array.from(scaleToUnitSum(new Array(m).fill(1)))).toEqual(new Array(m).fill(1 / m));
      expect(Array.from(scaleToUnitSum(new Array(m).fill(5)))).toEqual(new Array(m).fill(1 / m));
    }
    expect(Array.from(scaleToUnitSum(new Array(10).fill(1)))).toEqual(new Array(10).fill(0.1));
  });

  it("does not modify its input", () => {
    const w = [2, 6];
    scaleToUnitSum(w);
    expect(w).toEqual([2, 6]);
  });

  describe("errors", () => {
    it("rejects an empty vector", () => {
      expectMethodError(() => scaleToUnitSum([]), "value", /weights is empty/);
      expectMethodError(() => scaleToUnitSum([], "subjective"), "value", /subjective is empty/);
    });
    it("rejects a negative or non-finite weight, naming its 1-based position", () => {
      expectMethodError(() => scaleToUnitSum([0.5, -0.1, 0.6]), "value", /weights item 2 is -0.1; weights must be numbers ≥ 0/);
      expectMethodError(() => scaleToUnitSum([0.5, 0.5, NaN]), "value", /item 3 is NaN/);
      expectMethodError(() => scaleToUnitSum([Infinity, 1]), "value", /item 1 is Infinity/);
    });
    it("rejects a zero sum", () => {
      expectMethodError(() => scaleToUnitSum([0, 0, 0], "objective"), "value", /objective sum to 0; they need a positive sum/);
    });
  });

  it("property: the result is ≥ 0, sums to 1 and keeps the ratios", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }).filter((w) => sum(w) > 0),
        (w) => {
          const s = scaleToUnitSum(w);
          const total = sum(w);
          expect(Math.abs(sum(s) - 1)).toBeLessThanOrEqual(1e-12);
          s.forEach((x, j) => {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(Math.abs(x - w[j] / total)).toBeLessThanOrEqual(1e-15);
          });
        },
      ),
    );
  });
});

describe("scaleToUnitSum with a sum that overflows (defect found by adversarial testing)", () => {
  // Oracle: by hand, [1e308, 1e308] are equal weights → ½, ½ (the sum 2e308 is Infinity in doubles).
  it("scales by the largest weight first", () => {
    expect(Array.from(scaleToUnitSum([1e308, 1e308]))).toEqual([0.5, 0.5]);
    expect(Array.from(scaleToUnitSum([1.5e308, 0.5e308, 0]))).toEqual([0.75, 0.25, 0]);
  });
});
