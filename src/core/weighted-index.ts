import type { Matrix } from "./matrix";
import { invalidInput } from "./method-error";
import { applyScaling, assertScalingFits, type ColumnScaling } from "./normalize";
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
 *   the result equals weightedIndex(minMaxNormalize(data, …), weights) up to rounding (see below).
 * @returns n index values in [0, 1].
 * @throws MethodError (value) when the weight count ≠ m, the weights are invalid, or the scaling
 *   was made for another column count.
 */
export function weightedIndex(data: Matrix, weights: ArrayLike<number>, scaling?: ColumnScaling): Float64Array {
  const { rows, cols, values } = data;
  if (weights.length !== cols) {
    throw invalidInput(`weights has ${weights.length} entries; the data have ${cols} columns`);
  }
  const w = scaleToUnitSum(weights);
  if (scaling) {
    assertScalingFits(scaling, cols);
    if (scaling.halved.length === 0) return foldedIndex(data, w, scaling);
  }
  const x = scaling ? applyScaling(data, scaling).values : values;
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
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
 * S_i = Σ_j w_j (offset_j + scale_j x_ij) = Σ_j w_j offset_j + Σ_j (w_j scale_j) x_ij: one
 * multiply-add per cell and no normalized copy. It skips the per-cell clamp of x' to [lower, upper],
 * which only removes rounding noise (|x' − clamp(x')| ≤ a few ulp of |offset_j|), and clamps S to
 * [lower, upper] instead, so the result differs from the stored-X′ path by rounding only (both
 * carry an error of order ulp(|offset_j|), i.e. ulp(|min_j| / (max_j − min_j))).
 */
function foldedIndex(data: Matrix, w: Float64Array, s: ColumnScaling): Float64Array {
  const { rows, cols, values } = data;
  const v = new Float64Array(cols);
  let c = 0;
  for (let j = 0; j < cols; j++) {
    v[j] = w[j] * s.scale[j];
    c += w[j] * s.offset[j];
  }
  const lo = s.bounds[0];
  const hi = s.bounds[1];
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    let sum = c;
    for (let j = 0; j < cols; j++) sum += v[j] * values[base + j];
    out[i] = sum < lo ? lo : sum > hi ? hi : sum;
  }
  return out;
}
