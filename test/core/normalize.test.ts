import fc from "fast-check";
import { columnRange, fromRows, minMaxNormalize, toRows, type Direction } from "../../src/core";
import { dataMatrix, row } from "./support/arbitraries";
import { expectMethodError } from "./support/errors";
import { ENTROPY_5, ENTROPY_5_DIRECTIONS } from "../support/published-vectors";

function expectRowsClose(actual: number[][], expected: number[][], tol: number): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((r, i) => {
    expect(r.length).toBe(expected[i].length);
    r.forEach((v, j) => expect(Math.abs(v - expected[i][j])).toBeLessThanOrEqual(tol));
  });
}

describe("minMaxNormalize", () => {
  it("normalizes published vector 5 with directions +, +, − (oracle: test/core/oracles/entropy_oracle.py)", () => {
    // ../shared/cases/published-vectors.md vector 5; expected from numpy `minmax` in entropy_oracle.py.
    const out = minMaxNormalize(fromRows(ENTROPY_5), ENTROPY_5_DIRECTIONS);
    expectRowsClose(
      toRows(out),
      [
        [0.5625, 0.212121212121212, 0.736842105263158],
        [0, 0.727272727272727, 0.894736842105263],
        [1, 0, 0],
        [0.265625, 0.515151515151515, 0.315789473684211],
        [0.171875, 1, 1],
      ],
      1e-14,
    );
  });

  it("maps vector 5 into the target interval [0.1, 0.9] (oracle: entropy_oracle.py, 0.1 + 0.8·x')", () => {
    const out = minMaxNormalize(fromRows(ENTROPY_5), ENTROPY_5_DIRECTIONS, 0.1, 0.9);
    expectRowsClose(
      toRows(out),
      [
        [0.55, 0.26969696969697, 0.689473684210526],
        [0.1, 0.681818181818182, 0.815789473684211],
        [0.9, 0.1, 0.1],
        [0.3125, 0.512121212121212, 0.352631578947368],
        [0.2375, 0.9, 0.9],
      ],
      1e-14,
    );
  });

  it("treats omitted directions as benefit (+1) for every column", () => {
    const data = fromRows(ENTROPY_5);
    expect(toRows(minMaxNormalize(data))).toEqual(toRows(minMaxNormalize(data, [1, 1, 1])));
    // Column 1 of vector 5: min 8.7 → 0, max 15.1 → 1, each x' one division (x − 8.7)/(15.1 − 8.7)
    // (method.md §1.1 benefit formula; the exact fractions 0.5625, 0.265625, 0.171875 to 1e-15).
    const col = toRows(minMaxNormalize(data)).map((r) => r[0]);
    expect(col).toEqual(ENTROPY_5.map((r) => (r[0] - 8.7) / (15.1 - 8.7)));
    [0.5625, 0, 1, 0.265625, 0.171875].forEach((x, i) => expect(Math.abs(col[i] - x)).toBeLessThanOrEqual(1e-15));
  });

  it("normalizes a constant column to 1, or to `upper` with an interval, for either direction (method.md §1.1)", () => {
    const data = fromRows([
      [5, 1, 7],
      [5, 2, 7],
      [5, 3, 7],
    ]);
    const out = toRows(minMaxNormalize(data, [1, 1, -1]));
    expect(out.map((r) => r[0])).toEqual([1, 1, 1]);
    expect(out.map((r) => r[2])).toEqual([1, 1, 1]);
    const scaled = toRows(minMaxNormalize(data, [-1, 1, 1], 2, 4));
    expect(scaled.map((r) => r[0])).toEqual([4, 4, 4]);
    expect(scaled.map((r) => r[1])).toEqual([2, 3, 4]);
  });

  it("keeps the worst value at exactly `lower` and the best at exactly `upper` on an interval where an offset + scale·x formula rounds below `lower`", () => {
    // Found by search (an earlier offset + scale·x formula gave lower − 4.4e-16 here); today's
    // lower + span·t with t = 0 for the worst value and the exact branch t = 1 for the best (method.md §1 item 1: best exactly 1, worst exactly 0).
    const lower = 0.028990380070406108;
    const upper = 2.715750088723705;
    const data = fromRows([[293.8096234723333], [386.6910714007739]]);
    const benefit = minMaxNormalize(data, [1], lower, upper).values;
    const cost = minMaxNormalize(data, [-1], lower, upper).values;
    expect(benefit[0]).toBe(lower);
    expect(cost[1]).toBe(lower);
    expect(benefit[1]).toBe(upper);
    expect(cost[0]).toBe(upper);
  });

  it("stays at or below `upper` next to the best value when upper − lower rounds up (exact by hand)", () => {
    // [lower, upper] = [−1, 1 − 2⁻⁵³]: upper − lower = 2 − 2⁻⁵³ is halfway between 2 − 2⁻⁵² and 2 and
    // rounds (to even) up to span = 2, so lower + span·1 = 1 would overshoot: the best value is `upper`
    // by rule. The value next to it has t = 1 − 2⁻⁵³ (the largest t below 1, exact for both
    // directions): span·t = 2 − 2⁻⁵² exactly, lower + span·t = 1 − 2⁻⁵², one double below upper —
    // the tightest case of the argument in scaleRow that no t < 1 can land above upper.
    const e = 2 ** -53;
    const data = fromRows([
      [0, 1],
      [1 - e, e],
      [1, 0],
    ]);
    const out = toRows(minMaxNormalize(data, [1, -1], -1, 1 - e));
    expect(out.map((r) => r[0])).toEqual([-1, 1 - 2 * e, 1 - e]);
    expect(out.map((r) => r[1])).toEqual([-1, 1 - 2 * e, 1 - e]);
  });

  it("normalizes a column whose max − min overflows (±1e308) to 0, 0.5, 1 (analytic)", () => {
    const data = fromRows([[-1e308], [0], [1e308]]);
    expect(Array.from(minMaxNormalize(data, [1]).values)).toEqual([0, 0.5, 1]);
    const cost = Array.from(minMaxNormalize(data, [-1], 0.1, 0.9).values);
    expectRowsClose([cost], [[0.9, 0.5, 0.1]], 1e-15);
  });

  it("does not modify its input", () => {
    const data = fromRows(ENTROPY_5);
    const before = Array.from(data.values);
    minMaxNormalize(data, ENTROPY_5_DIRECTIONS, -1, 1);
    expect(Array.from(data.values)).toEqual(before);
  });

  describe("errors", () => {
    it("needs at least 2 rows", () => {
      expectMethodError(() => minMaxNormalize(fromRows([[1, 2, 3]])), "value", /data has 1 row; .*at least 2 rows/);
      expectMethodError(() => minMaxNormalize(fromRows([])), "value", /data has 0 rows/);
    });
    it("rejects a direction count that does not match the columns", () => {
      expectMethodError(() => minMaxNormalize(fromRows(ENTROPY_5), [1, -1]), "value", /directions has 2 entries; the data have 3 columns/);
      expectMethodError(() => minMaxNormalize(fromRows(ENTROPY_5), [1, -1, 1, 1]), "value", /4 entries/);
    });
    it("rejects lower ≥ upper and non-finite ends", () => {
      const data = fromRows(ENTROPY_5);
      expectMethodError(() => minMaxNormalize(data, undefined, 1, 1), "value", /\[1, 1\]/);
      expectMethodError(() => minMaxNormalize(data, undefined, 2, 1), "value", /lower must be below upper/);
      expectMethodError(() => minMaxNormalize(data, undefined, NaN, 1), "value");
      expectMethodError(() => minMaxNormalize(data, undefined, 0, Infinity), "value");
      expectMethodError(() => minMaxNormalize(data, undefined, -Infinity, 0), "value");
    });
  });

  describe("properties", () => {
    const directionsArb = (m: number) => fc.array(fc.constantFrom<Direction>(1, -1), { minLength: m, maxLength: m });
    const intervalArb = fc
      .tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 1e-6, max: 1e6, noNaN: true }))
      .map(([lower, width]) => [lower, lower + width] as const)
      .filter(([lower, upper]) => lower < upper);

    it("keeps every value inside [lower, upper] for arbitrary data, intervals and directions", () => {
      fc.assert(
        fc.property(
          dataMatrix().chain((d) => fc.tuple(fc.constant(d), directionsArb(d[0].length), intervalArb)),
          ([d, dirs, [lower, upper]]) => {
            const out = minMaxNormalize(fromRows(d), dirs, lower, upper);
            for (const v of out.values) {
              expect(v).toBeGreaterThanOrEqual(lower);
              expect(v).toBeLessThanOrEqual(upper);
            }
          },
        ),
      );
    });

    it("sends a varying column's best value to upper and its worst to lower", () => {
      fc.assert(
        fc.property(
          dataMatrix().chain((d) => fc.tuple(fc.constant(d), directionsArb(d[0].length), intervalArb)),
          ([d, dirs, [lower, upper]]) => {
            const data = fromRows(d);
            const out = minMaxNormalize(data, dirs, lower, upper);
            const { min, max } = columnRange(data);
            for (let j = 0; j < data.cols; j++) {
              if (!(max[j] > min[j])) continue;
              for (let i = 0; i < data.rows; i++) {
                const x = d[i][j];
                const best = dirs[j] === 1 ? max[j] : min[j];
                const worst = dirs[j] === 1 ? min[j] : max[j];
                // Rounding of the ends, and always far inside the interval (a tolerance as wide as
                // upper − lower, e.g. 1e-3 around [1e6, 1e6 + 1e-6], could not fail).
                const tol = Math.min(1e-9 * Math.max(1, Math.abs(lower), Math.abs(upper)), 1e-6 * (upper - lower));
                if (x === best) expect(Math.abs(out.values[i * data.cols + j] - upper)).toBeLessThanOrEqual(tol);
                if (x === worst) expect(Math.abs(out.values[i * data.cols + j] - lower)).toBeLessThanOrEqual(tol);
              }
            }
          },
        ),
      );
    });

    it("direction −1 equals normalizing the negated column with +1", () => {
      fc.assert(
        fc.property(
          dataMatrix().chain((d) => fc.tuple(fc.constant(d), intervalArb)),
          ([d, [lower, upper]]) => {
            const m = d[0].length;
            const cost = minMaxNormalize(fromRows(d), new Array<Direction>(m).fill(-1), lower, upper);
            const negated = minMaxNormalize(
              fromRows(d.map((r) => r.map((x) => -x))),
              new Array<Direction>(m).fill(1),
              lower,
              upper,
            );
            for (let i = 0; i < cost.rows; i++) {
              const a = row(cost, i);
              const b = row(negated, i);
              const tol = Math.min(1e-12 * Math.max(1, Math.abs(lower), Math.abs(upper)), 1e-6 * (upper - lower));
              a.forEach((v, j) => expect(Math.abs(v - b[j])).toBeLessThanOrEqual(tol));
            }
          },
        ),
      );
    });
  });
});

describe("columnRange", () => {
  it("returns the per-column minima and maxima of vector 5", () => {
    const { min, max } = columnRange(fromRows(ENTROPY_5));
    expect(Array.from(min)).toEqual([8.7, 0.38, 260]);
    expect(Array.from(max)).toEqual([15.1, 0.71, 450]);
  });
});

describe("minMaxNormalize at the edges of double precision (defects found by adversarial testing)", () => {
  // Oracle: the definition x' = (x − min)/(max − min), evaluated by hand on values chosen so the
  // exact answer is 0, ½ or 1.
  it("a subnormal range normalizes to 0 and 1 (the scale (upper − lower)/range would overflow)", () => {
    expect(row(minMaxNormalize(fromRows([[0], [1e-310]])), 1)).toEqual([1]);
    expect(Array.from(minMaxNormalize(fromRows([[1e-310], [2e-310]])).values)).toEqual([0, 1]);
    expect(Array.from(minMaxNormalize(fromRows([[0], [5e-324]]), [-1]).values)).toEqual([1, 0]);
  });
  it("a tiny range mapped onto a wide interval stays finite: [0, 1e-300, 5e-301] onto [0, 1e10]", () => {
    expect(Array.from(minMaxNormalize(fromRows([[0], [1e-300], [5e-301]]), undefined, 0, 1e10).values)).toEqual([0, 1e10, 5e9]);
  });
  it("an offset that overflows falls back to cell-by-cell: [1, 2, 3] onto [−1e308, 7e307] gives the ends and the midpoint", () => {
    const v = Array.from(minMaxNormalize(fromRows([[1], [2], [3]]), undefined, -1e308, 7e307).values);
    expect(v[0]).toBe(-1e308);
    expect(v[2]).toBe(7e307);
    expect(v[1]).toBeCloseTo(-1.5e307, -293);
  });
  it("an interval wider than the largest double is refused with a message", () => {
    expectMethodError(() => minMaxNormalize(fromRows([[1], [2]]), undefined, -1e308, 1e308), "value", /the target interval \[-1e\+308, 1e\+308\] is too wide/);
  });
});
