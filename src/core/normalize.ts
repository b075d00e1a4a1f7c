import type { Direction } from "./direction";
import type { Matrix } from "./matrix";
import { invalidInput } from "./method-error";
import { msg } from "../i18n/messages";
import { kernelColumnRange, kernelHolding } from "./simd-kernel";

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
  // In kernel memory: the SIMD kernel's pmin/pmax are exactly these comparisons (simd-kernel.ts).
  const kernel = kernelHolding(values, cols);
  if (kernel) {
    kernelColumnRange(kernel, rows, cols, values, min, max);
    return { min, max };
  }
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
 * Min–max normalization of every column, kept as three numbers per column so callers can normalize
 * on the fly instead of storing the normalized n×m matrix: t_ij = (coef_j·x_ij − base_j)/range_j,
 * one correctly rounded division (../shared/method.md §1.1), then x' = t on [0, 1] or the target
 * interval's point for t. Apply it with {@link scaleRow}; {@link minMaxNormalize} is "apply it to
 * every row".
 *
 * Per column: benefit coef = 1, base = min (t = (x − min)/(max − min)); cost coef = −1,
 * base = −max (−x + max rounds as max − x does); a constant column coef = 0, base = −1, range = 1
 * (t = 1); a column whose max − min overflows (|values| near 1.8e308) uses coef = ±½ and halved
 * base and range, so the subtractions stay finite. The best value's numerator is the divisor itself
 * and the worst value's is 0, so they give exactly 1 and 0.
 */
export interface ColumnScaling {
  readonly cols: number;
  readonly coef: Float64Array;
  readonly base: Float64Array;
  readonly range: Float64Array;
  /** [lower, upper]; a Float64Array so comparisons read unboxed doubles (see scaleRow). */
  readonly bounds: Float64Array;
  /** The target interval is [0, 1] (x' = t, no interval arithmetic). */
  readonly unit: boolean;
}

/**
 * The per-column scaling of min–max normalization with direction over all rows of a panel (so years
 * stay comparable).
 *
 * Benefit (+1): x' = (x − min)/(max − min); cost (−1): x' = (max − x)/(max − min), each one
 * correctly rounded division, so a column's best value is exactly 1 and its worst exactly 0.
 * A constant column (max = min) normalizes to 1. With a target interval [lower, upper] the result
 * is lower + (upper − lower)·x', with the best value exactly `upper` and the worst exactly `lower`
 * (a constant column becomes `upper`).
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
  if (rows < 2) throw invalidInput(msg("normalize.fewRows", { rows }));
  if (directions && directions.length !== cols) {
    throw invalidInput(msg("count.dataColumns", { what: "directions", n: directions.length, cols }));
  }
  if (!(lower < upper) || !Number.isFinite(lower) || !Number.isFinite(upper)) {
    throw invalidInput(msg("normalize.emptyInterval", { lower, upper }));
  }
  if (!Number.isFinite(upper - lower)) {
    throw invalidInput(msg("normalize.wideInterval", { lower, upper }));
  }
  const { min, max } = columnRange(data);
  const coef = new Float64Array(cols);
  const base = new Float64Array(cols);
  const range = new Float64Array(cols);
  for (let j = 0; j < cols; j++) {
    const benefit = !directions || directions[j] === 1;
    let r = max[j] - min[j];
    let f = 1;
    if (r === Infinity) {
      f = 0.5;
      r = max[j] * f - min[j] * f;
    }
    if (!(r > 0)) {
      coef[j] = 0;
      base[j] = -1;
      range[j] = 1;
    } else {
      coef[j] = benefit ? f : -f;
      base[j] = benefit ? min[j] * f : -(max[j] * f);
      range[j] = r;
    }
  }
  return { cols, coef, base, range, bounds: Float64Array.of(lower, upper), unit: lower === 0 && upper === 1 };
}

/**
 * Normalizes one row: out[outBase + j] = x'_j of values[base + j], j = 0…m−1 (the one definition of
 * the normalization formula; see {@link ColumnScaling}).
 */
export function scaleRow(s: ColumnScaling, values: Float64Array, base: number, out: Float64Array, outBase: number): void {
  const { cols, coef, range } = s;
  const b = s.base;
  if (s.unit) {
    for (let j = 0; j < cols; j++) out[outBase + j] = (coef[j] * values[base + j] - b[j]) / range[j];
    return;
  }
  const lo = s.bounds[0];
  const hi = s.bounds[1];
  const span = hi - lo;
  for (let j = 0; j < cols; j++) {
    const t = (coef[j] * values[base + j] - b[j]) / range[j];
    // t = 1 is exactly `upper` (lo + span·1 may round above it when upper − lower rounds up).
    // For t < 1 no clamp is needed: 0 ≤ t ≤ 1 − 2⁻⁵³ (the numerator rounds to at most the divisor),
    // and span·t rounds to at most the exact upper − lower: span is exact when the difference is
    // below 2⁻¹⁰²¹, otherwise span·(1 − 2⁻⁵³) rounds to at most the double below span, which lies
    // below upper − lower when span rounded up. So lo + span·t ≤ upper exactly, and its rounding too.
    out[outBase + j] = t === 1 ? hi : lo + span * t;
  }
}

/** Checks that a scaling was made for data with `cols` columns. */
export function assertScalingFits(s: ColumnScaling, cols: number): void {
  if (s.cols !== cols) throw invalidInput(msg("normalize.scalingColumns", { n: s.cols, cols }));
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
