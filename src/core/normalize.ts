import type { Direction } from "./direction";
import type { Matrix } from "./matrix";
import { invalidInput } from "./method-error";

/** Per-column minimum and maximum of a matrix (one pass over the rows). */
export interface ColumnRange {
  readonly min: Float64Array;
  readonly max: Float64Array;
}

/** Column minima and maxima of an n×m matrix, n ≥ 1. */
export function columnRange(data: Matrix): ColumnRange {
  const { rows, cols, values } = data;
  const min = new Float64Array(cols).fill(Infinity);
  const max = new Float64Array(cols).fill(-Infinity);
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    for (let j = 0; j < cols; j++) {
      const v = values[base + j];
      if (v < min[j]) min[j] = v;
      if (v > max[j]) max[j] = v;
    }
  }
  return { min, max };
}

/**
 * Min–max normalization with direction over all rows of a panel (so years stay comparable).
 *
 * Benefit (+1): x' = (x − min)/(max − min); cost (−1): x' = (max − x)/(max − min).
 * A constant column (max = min) normalizes to 1. With a target interval [lower, upper] the result
 * is lower + (upper − lower)·x' (a constant column then becomes `upper`).
 * Source: seed paper eq. (1)–(2); ../shared/method.md §1.1.
 *
 * @param data n×m raw values (rows = objects, columns = indicators), n ≥ 2, all finite.
 * @param directions m directions; omitted means every indicator is a benefit (+1).
 * @param lower lower end of the target interval (default 0).
 * @param upper upper end of the target interval (default 1); must exceed `lower`.
 * @returns a new n×m matrix with values in [lower, upper].
 * @throws MethodError (value) for fewer than 2 rows, a direction count ≠ m, or lower ≥ upper.
 */
export function minMaxNormalize(
  data: Matrix,
  directions?: ArrayLike<Direction>,
  lower = 0,
  upper = 1,
): Matrix {
  const { rows, cols, values } = data;
  if (rows < 2) throw invalidInput(`normalization needs a panel of at least 2 rows; got ${rows}`);
  if (directions && directions.length !== cols) {
    throw invalidInput(`directions has ${directions.length} entries; the data have ${cols} columns`);
  }
  if (!(lower < upper) || !Number.isFinite(lower) || !Number.isFinite(upper)) {
    throw invalidInput(`the target interval [${lower}, ${upper}] is empty; lower must be below upper`);
  }
  const { min, max } = columnRange(data);
  const span = upper - lower;
  // x' = offset[j] + scale[j]·x folds direction, range and interval into one multiply-add per cell.
  const scale = new Float64Array(cols);
  const offset = new Float64Array(cols);
  for (let j = 0; j < cols; j++) {
    const range = max[j] - min[j];
    if (!(range > 0)) {
      scale[j] = 0;
      offset[j] = upper;
    } else if (!directions || directions[j] === 1) {
      scale[j] = span / range;
      offset[j] = lower - min[j] * scale[j];
    } else {
      scale[j] = -span / range;
      offset[j] = lower + max[j] * (span / range);
    }
  }
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    for (let j = 0; j < cols; j++) {
      let x = offset[j] + scale[j] * values[base + j];
      // Clamp rounding noise so x' never leaves [lower, upper].
      if (x < lower) x = lower;
      else if (x > upper) x = upper;
      out[base + j] = x;
    }
  }
  return { rows, cols, values: out };
}

/**
 * Checks that already-normalized data lie in [0, 1] (the contract of SUPPORT/PRESSURE/OBSTACLE
 * without directions, ../shared/method.md §3).
 * @throws MethodError (value) naming the first cell outside [0, 1] (1-based row and column).
 */
export function assertUnitInterval(data: Matrix, what = "data"): void {
  const { rows, cols, values } = data;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const v = values[i * cols + j];
      if (!(v >= 0 && v <= 1)) {
        throw invalidInput(
          `${what} row ${i + 1}, column ${j + 1} is ${v}, outside [0, 1]; give directions to normalize raw data`,
        );
      }
    }
  }
}
