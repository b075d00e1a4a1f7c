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
 * A column normalized cell by cell as t = (factor·x − shift)/divisor instead of by the affine map:
 * one whose max − min overflows (|values| near 1.8e308; factor ½ so the difference stays finite)
 * or whose scale (upper − lower)/(max − min) overflows (a subnormal range, or a tiny range mapped
 * onto a wide interval).
 */
export interface HalvedColumn {
  readonly col: number;
  readonly factor: number;
  readonly shift: number;
  readonly divisor: number;
  readonly benefit: boolean;
}

/**
 * Min–max normalization of every column as one affine map, so callers can normalize on the fly
 * instead of storing the normalized n×m matrix: x'_ij = offset_j + scale_j·x_ij clamped to
 * [lower, upper]; columns in `halved` (max − min or the scale overflows) are computed cell by cell.
 * Apply it with {@link scaleRow}; {@link minMaxNormalize} is "apply it to every row".
 */
export interface ColumnScaling {
  readonly cols: number;
  readonly scale: Float64Array;
  readonly offset: Float64Array;
  /** [lower, upper]; a Float64Array so the clamp compares unboxed doubles (see scaleRow). */
  readonly bounds: Float64Array;
  readonly halved: readonly HalvedColumn[];
}

/**
 * The per-column scaling of min–max normalization with direction over all rows of a panel (so years
 * stay comparable).
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
 * @throws MethodError (value) for fewer than 2 rows, a direction count ≠ m, lower ≥ upper, or an
 *   interval wider than the largest double.
 */
export function minMaxScaling(
  data: Matrix,
  directions?: ArrayLike<Direction>,
  lower = 0,
  upper = 1,
): ColumnScaling {
  const { rows, cols } = data;
  if (rows < 2) throw invalidInput(`data has ${rows} row${rows === 1 ? "" : "s"}; min–max normalization needs a panel of at least 2 rows`);
  if (directions && directions.length !== cols) {
    throw invalidInput(`directions has ${directions.length} entries; the data have ${cols} columns`);
  }
  if (!(lower < upper) || !Number.isFinite(lower) || !Number.isFinite(upper)) {
    throw invalidInput(`the target interval [${lower}, ${upper}] is empty; lower must be below upper`);
  }
  const span = upper - lower;
  if (!Number.isFinite(span)) {
    throw invalidInput(`the target interval [${lower}, ${upper}] is too wide; upper − lower must stay below 1.8e308`);
  }
  const { min, max } = columnRange(data);
  const scale = new Float64Array(cols);
  const offset = new Float64Array(cols);
  const halved: HalvedColumn[] = [];
  for (let j = 0; j < cols; j++) {
    const range = max[j] - min[j];
    const benefit = !directions || directions[j] === 1;
    if (range === Infinity) {
      const shift = min[j] / 2;
      halved.push({ col: j, factor: 0.5, shift, divisor: max[j] / 2 - shift, benefit });
    } else if (!(range > 0)) {
      scale[j] = 0;
      offset[j] = upper;
    } else {
      const k = span / range;
      scale[j] = benefit ? k : -k;
      offset[j] = benefit ? lower - min[j] * k : lower + max[j] * k;
      // The affine map needs k·min, k·max and the offset as finite doubles; otherwise cell by cell.
      if (!Number.isFinite(offset[j]) || !Number.isFinite(k * min[j]) || !Number.isFinite(k * max[j])) {
        scale[j] = 0;
        offset[j] = 0;
        halved.push({ col: j, factor: 1, shift: min[j], divisor: range, benefit });
      }
    }
  }
  return { cols, scale, offset, bounds: Float64Array.of(lower, upper), halved };
}

/**
 * Normalizes one row: out[outBase + j] = x'_j of values[base + j], j = 0…m−1 (the one definition of
 * the normalization formula; see {@link ColumnScaling}).
 */
export function scaleRow(s: ColumnScaling, values: Float64Array, base: number, out: Float64Array, outBase: number): void {
  const { cols, scale, offset, bounds } = s;
  // Bounds read back from a Float64Array: clamping to the small-integer defaults 0 and 1 directly
  // makes V8 keep x as a tagged number (about a third more CPU at 100000×50, test/bench A/B).
  const lo = bounds[0];
  const hi = bounds[1];
  for (let j = 0; j < cols; j++) {
    let x = offset[j] + scale[j] * values[base + j];
    // Clamp rounding noise so x' never leaves [lower, upper].
    if (x < lo) x = lo;
    else if (x > hi) x = hi;
    out[outBase + j] = x;
  }
  for (const h of s.halved) {
    let t = (values[base + h.col] * h.factor - h.shift) / h.divisor;
    if (!h.benefit) t = 1 - t;
    out[outBase + h.col] = t <= 0 ? lo : t >= 1 ? hi : lo + (hi - lo) * t;
  }
}

/** Checks that a scaling was made for data with `cols` columns. */
export function assertScalingFits(s: ColumnScaling, cols: number): void {
  if (s.cols !== cols) throw invalidInput(`the scaling has ${s.cols} columns; the data have ${cols}`);
}

/**
 * Min–max normalization with direction over all rows of a panel: {@link minMaxScaling} applied
 * to every row (formula, parameters and errors there).
 * @returns a new n×m matrix with values in [lower, upper].
 */
export function minMaxNormalize(
  data: Matrix,
  directions?: ArrayLike<Direction>,
  lower = 0,
  upper = 1,
): Matrix {
  return applyScaling(data, minMaxScaling(data, directions, lower, upper));
}

/** Every row of `data` normalized with `s` ({@link scaleRow}), as a new n×m matrix. */
export function applyScaling(data: Matrix, s: ColumnScaling): Matrix {
  const { rows, cols, values } = data;
  assertScalingFits(s, cols);
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) scaleRow(s, values, i * cols, out, i * cols);
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
