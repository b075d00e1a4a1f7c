/**
 * The on-the-fly normalization (minMaxScaling / scaleRow / applyScaling in src/core/normalize.ts)
 * and the core functions that accept a scaling instead of a stored normalized matrix. scaleRow is
 * checked against the formula written out here; the core functions with a scaling against the
 * stored path (minMaxNormalize, then the same function): those properties say the two paths agree,
 * their values are checked against published numbers and numpy in their own test files.
 */
import fc from "fast-check";
import {
  applyScaling,
  entropy,
  entropyWeights,
  fromRows,
  minMaxNormalize,
  minMaxScaling,
  obstacleDegreeRows,
  obstacleDegrees,
  scaleRow,
  toRows,
  weightedIndex,
  type Direction,
} from "../../src/core";
import { dataMatrix, weightsOf } from "./support/arbitraries";
import { expectMethodError } from "./support/errors";

/** A data matrix with one direction per column. */
const panel = (opts: Parameters<typeof dataMatrix>[0] = {}) =>
  dataMatrix(opts).chain((rows) =>
    fc.tuple(fc.constant(rows), fc.array(fc.constantFrom<Direction>(1, -1), { minLength: rows[0].length, maxLength: rows[0].length })),
  );
const panelWithWeights = (opts: Parameters<typeof dataMatrix>[0] = {}) =>
  panel(opts).chain(([rows, dirs]) => fc.tuple(fc.constant(rows), fc.constant(dirs), weightsOf(rows[0].length)));

describe("minMaxScaling and scaleRow", () => {
  it("scaleRow on every row = the formula of method.md §1.1 cell by cell, for any interval", () => {
    // Independent oracle: lower + (upper − lower)·(x − min)/(max − min) (cost: max − x), constant
    // column → upper, written here from method.md, not through scaleRow. The tolerance allows the
    // rounding of an affine map whose offset is |min|/range times the interval.
    fc.assert(
      fc.property(panel(), fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: 0.001, max: 10, noNaN: true }), ([rows, dirs], lower, width) => {
        const data = fromRows(rows);
        const upper = lower + width;
        const s = minMaxScaling(data, dirs, lower, upper);
        const out = new Float64Array(data.cols);
        for (let i = 0; i < data.rows; i++) {
          scaleRow(s, data.values, i * data.cols, out, 0);
          for (let j = 0; j < data.cols; j++) {
            const col = rows.map((r) => r[j]);
            const min = Math.min(...col);
            const max = Math.max(...col);
            const x = rows[i][j];
            const expected = max === min ? upper : lower + (upper - lower) * ((dirs[j] === 1 ? x - min : max - x) / (max - min));
            const conditioning = 1 + Math.abs(lower) + (upper - lower) * (1 + (Math.abs(min) + Math.abs(max)) / (max - min || 1));
            expect(Math.abs(out[j] - expected)).toBeLessThanOrEqual(4 * Number.EPSILON * conditioning);
            expect(out[j] >= lower && out[j] <= upper).toBe(true);
          }
        }
      }),
    );
  });

  it("keeps the overflow special case: ±1e308 normalizes to 0, 0.5, 1 (analytic)", () => {
    const data = fromRows([[-1e308, 5], [0, 6], [1e308, 7]]);
    const s = minMaxScaling(data, [1, -1]);
    expect(toRows(applyScaling(data, s))).toEqual([[0, 1], [0.5, 0.5], [1, 0]]);
  });

  it("throws the errors of minMaxNormalize, and refuses a scaling made for another column count", () => {
    expectMethodError(() => minMaxScaling(fromRows([[1, 2]])), "value", /at least 2 rows/);
    expectMethodError(() => minMaxScaling(fromRows([[1], [2]]), [1, -1]), "value", /directions has 2 entries/);
    expectMethodError(() => minMaxScaling(fromRows([[1], [2]]), undefined, 1, 1), "value", /empty/);
    const s = minMaxScaling(fromRows([[1], [2]]));
    expectMethodError(() => applyScaling(fromRows([[1, 2], [3, 4]]), s), "value", /scaling has 1 columns/);
    expectMethodError(() => entropy(fromRows([[1, 2], [3, 4]]), 0, s), "value", /scaling has 1 columns/);
  });
});

describe("core functions with a scaling equal the stored-normalized path", () => {
  it("entropy and entropyWeights: bit for bit, any shift", () => {
    fc.assert(
      fc.property(panel(), fc.constantFrom(0, 0.0001, 0.01), ([rows, dirs], shift) => {
        const data = fromRows(rows);
        const s = minMaxScaling(data, dirs);
        expect(entropy(data, shift, s)).toEqual(entropy(minMaxNormalize(data, dirs), shift));
        const varies = entropy(data, shift, s).some((e) => e < 1);
        if (varies) expect(entropyWeights(data, shift, s)).toEqual(entropyWeights(minMaxNormalize(data, dirs), shift));
      }),
    );
  });

  it("obstacleDegrees and obstacleDegreeRows: bit for bit", () => {
    fc.assert(
      fc.property(panelWithWeights(), ([rows, dirs, w]) => {
        const data = fromRows(rows);
        const stored = obstacleDegrees(minMaxNormalize(data, dirs), w);
        const s = minMaxScaling(data, dirs);
        expect(obstacleDegrees(data, w, s)).toEqual(stored);
        expect(obstacleDegreeRows(data, w, s)).toEqual(toRows(stored));
        expect(obstacleDegreeRows(minMaxNormalize(data, dirs), w)).toEqual(toRows(stored));
      }),
    );
  });

  it("weightedIndex: bit for bit (each row normalized by the same division, then Σ w_j x'_j)", () => {
    fc.assert(
      fc.property(panelWithWeights(), ([rows, dirs, w]) => {
        const data = fromRows(rows);
        expect(weightedIndex(data, w, minMaxScaling(data, dirs))).toEqual(weightedIndex(minMaxNormalize(data, dirs), w));
      }),
    );
  });

  it("weightedIndex with an overflowing column (analytic: ½·x′₁ + ½·x′₂ = ½ on every row)", () => {
    const data = fromRows([[-1e308, 1], [0, 2], [1e308, 3]]);
    const s = minMaxScaling(data, [1, -1]);
    const expected = weightedIndex(applyScaling(data, s), [1, 1]);
    expect(weightedIndex(data, [1, 1], s)).toEqual(expected);
    expect(Array.from(expected)).toEqual([0.5, 0.5, 0.5]);
  });
});
