/** fast-check generators shared by the core property tests. */
import fc from "fast-check";
import { fromRows, type Matrix } from "../../../src/core";

/** Saaty's 1–9 scale and its reciprocals. */
const SAATY_SCALE = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1 / 2, 1 / 3, 1 / 4, 1 / 5, 1 / 6, 1 / 7, 1 / 8, 1 / 9];

/** A random n×n positive reciprocal matrix (upper triangle from the Saaty scale), n in [minN, maxN]. */
export function reciprocalMatrix(minN = 3, maxN = 10): fc.Arbitrary<number[][]> {
  return fc.integer({ min: minN, max: maxN }).chain((n) =>
    fc.array(fc.constantFrom(...SAATY_SCALE), { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }).map((upper) => {
      const a = Array.from({ length: n }, () => new Array<number>(n).fill(1));
      let k = 0;
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          a[i][j] = upper[k++];
          a[j][i] = 1 / a[i][j];
        }
      }
      return a;
    }),
  );
}

/** A positive vector of length in [minN, maxN] (the priorities behind a consistent matrix). */
export function positiveVector(minN = 1, maxN = 12): fc.Arbitrary<number[]> {
  return fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: minN, maxLength: maxN });
}

/** The consistent matrix a_ij = v_i / v_j of a positive vector v. */
export function consistentMatrix(v: ReadonlyArray<number>): number[][] {
  return v.map((vi) => v.map((vj) => vi / vj));
}

/**
 * A random n×m matrix of finite values, rows in [minRows, maxRows], columns in [1, maxCols].
 * Values are rounded to 1e-6 so a varying column has a range ≥ 1e-6: spreadsheet data, not
 * subnormal noise (ranges near 1e-308 overflow span/range; see the core report).
 */
export function dataMatrix(
  opts: { minRows?: number; maxRows?: number; maxCols?: number; min?: number; max?: number } = {},
): fc.Arbitrary<number[][]> {
  const { minRows = 2, maxRows = 12, maxCols = 6, min = -1e6, max = 1e6 } = opts;
  return fc
    .tuple(fc.integer({ min: minRows, max: maxRows }), fc.integer({ min: 1, max: maxCols }))
    .chain(([n, m]) =>
      fc.array(fc.array(fc.double({ min, max, noNaN: true }).map(round6), { minLength: m, maxLength: m }), {
        minLength: n,
        maxLength: n,
      }),
    );
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6 + 0; // + 0 turns −0 into 0
}

/** A random n×m matrix with values in [0, 1]. */
export function unitMatrix(opts: { minRows?: number; maxRows?: number; maxCols?: number } = {}): fc.Arbitrary<number[][]> {
  return dataMatrix({ ...opts, min: 0, max: 1 });
}

/** Nonnegative weights with a positive sum, length m (rounded to 1e-6, so no subnormal weights). */
export function weightsOf(m: number): fc.Arbitrary<number[]> {
  return fc
    .array(fc.double({ min: 0, max: 1000, noNaN: true }).map(round6), { minLength: m, maxLength: m })
    .filter((w) => w.reduce((s, x) => s + x, 0) > 0);
}

/** Row i of a packed matrix as plain numbers. */
export function row(m: Matrix, i: number): number[] {
  return Array.from(m.values.subarray(i * m.cols, (i + 1) * m.cols));
}

export { fromRows };
