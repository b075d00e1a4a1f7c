import type { Matrix } from "./matrix";
import { invalidInput } from "./method-error";
import { msg } from "../i18n/messages";
import { assertScalingFits, scaleRow, type ColumnScaling } from "./normalize";
import { scaleToUnitSum } from "./weights";

/**
 * Weighted index of one system: S_i = Σ_j x'_ij w_j (support) or P_i = Σ_j x'_ij w_j (pressure),
 * with the system's weights scaled to sum 1. Seed paper, comprehensive evaluation step;
 * ../shared/method.md §1.5.
 *
 * @param data n×m normalized values in [0, 1] (rows = objects, columns = the system's indicators),
 *   or raw values when `scaling` is given.
 * @param weights m weights ≥ 0 with a positive sum (scaled here).
 * @param scaling normalize on the fly with it (from {@link minMaxScaling} of `data`, onto [0, 1]):
 *   the result equals weightedIndex(minMaxNormalize(data, …), weights) bit for bit.
 * @returns n index values in [0, 1].
 * @throws MethodError (value) when the weight count ≠ m, the weights are invalid, or the scaling
 *   was made for another column count.
 */
export function weightedIndex(data: Matrix, weights: ArrayLike<number>, scaling?: ColumnScaling): Float64Array {
  const { rows, cols, values } = data;
  if (weights.length !== cols) {
    throw invalidInput(msg("count.dataColumns", { what: "weights", n: weights.length, cols }));
  }
  const w = scaleToUnitSum(weights);
  if (scaling) assertScalingFits(scaling, cols);
  if (scaling && scaling.unit) return foldedIndex(data, w, scaling);
  // With a scaling, each row is normalized into `row` (m values, stays in cache) and read from there.
  const x = scaling ? new Float64Array(cols) : values;
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let base = i * cols;
    if (scaling) {
      scaleRow(scaling, values, base, x, 0);
      base = 0;
    }
    let s = 0;
    let lo = Infinity;
    let hi = -Infinity;
    for (let j = 0; j < cols; j++) {
      const v = x[base + j];
      s += v * w[j];
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    // A weighted mean lies in [min x, max x]; the scaled weights may sum to 1 ± 1 ulp, so clamp the
    // rounding (an all-ones row gave 1.0000000000000002, which GRADE/REGION then refused).
    out[i] = s < lo ? lo : s > hi ? hi : s;
  }
  return out;
}

/**
 * {@link weightedIndex} with the normalization folded into the row loop: x' = (coef·x − base)/range
 * as in scaleRow (the same operations, so bit for bit the stored path), no row buffer.
 */
function foldedIndex(data: Matrix, w: Float64Array, scaling: ColumnScaling): Float64Array {
  const { rows, cols, values } = data;
  const { coef, range } = scaling;
  const b = scaling.base;
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    let s = 0;
    let lo = Infinity;
    let hi = -Infinity;
    for (let j = 0; j < cols; j++) {
      const v = (coef[j] * values[base + j] - b[j]) / range[j];
      s += v * w[j];
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    out[i] = s < lo ? lo : s > hi ? hi : s;
  }
  return out;
}
