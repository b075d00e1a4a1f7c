import type { Matrix } from "./matrix";
import { invalidInput } from "./method-error";
import { msg } from "../i18n/messages";
import { assertScalingFits, type ColumnScaling } from "./normalize";
import { scaleToUnitSum } from "./weights";
import { WEIGHTED_BLOCK, kernelHolding, kernelWeightedSetup, kernelWeightedSums, type KernelMemory } from "./simd-kernel";

/**
 * Weighted index of one system: S_i = Σ_j x'_ij w_j (support) or P_i = Σ_j x'_ij w_j (pressure),
 * with the system's weights scaled to sum 1. Seed paper, comprehensive evaluation step;
 * ../shared/method.md §1.5.
 *
 * @param data n×m normalized values in [0, 1] (rows = objects, columns = the system's indicators),
 *   or raw values when `scaling` is given.
 * @param weights m weights ≥ 0 with a positive sum (scaled here).
 * @param scaling normalize on the fly with it (from {@link minMaxScaling} of `data`, onto [0, 1]; the
 *   index is defined on [0, 1] values only): the result equals
 *   weightedIndex(minMaxNormalize(data, …), weights) bit for bit.
 * @returns n index values in [0, 1].
 * @throws MethodError (value) when the weight count ≠ m, the weights are invalid, or the scaling
 *   was made for another column count or onto another interval than [0, 1].
 */
export function weightedIndex(data: Matrix, weights: ArrayLike<number>, scaling?: ColumnScaling): Float64Array {
  const { cols } = data;
  if (weights.length !== cols) {
    throw invalidInput(msg("count.dataColumns", { what: "weights", n: weights.length, cols }));
  }
  const w = scaleToUnitSum(weights);
  if (scaling) {
    assertScalingFits(scaling, cols);
    if (!scaling.unit) throw invalidInput(msg("normalize.unitScaling", { lower: scaling.bounds[0], upper: scaling.bounds[1] }));
  }
  return unitIndex(data, w, scaling);
}

/**
 * S_i = Σ_j w_j x'_ij for x' in [0, 1] (stored, or normalized in the loop with a [0, 1] scaling by
 * the same operations as scaleRow, so both give the same bits), clamped to [min_j x'_ij, max_j x'_ij].
 *
 * Why the clamp: a weighted mean lies between the row's smallest and largest x', but the scaled
 * weights may sum to 1 ± 1 ulp and the sum rounds, so an all-ones row gave 1.0000000000000002 (which
 * GRADE/REGION then refused) and a row of 1s must give exactly 1 (method.md §1.1, issue 9).
 * Tracking the row's min and max costs unpredictable branches (2.5× the whole loop), so the loop also
 * sums Σ w x'² and the clamp is looked at only when the weighted variance σ² = Σ w x'² − S² is tiny:
 * by the Bhatia–Davis inequality σ² ≤ (max − μ)(μ − min) ≤ min(max − μ, μ − min) for x' in [0, 1],
 * and S leaves [min, max] only by rounding, i.e. when max − μ or μ − min is below ~2m·ε; σ² computed
 * carries another ~4m·ε. So a computed σ² above 8(m + 1)·ε proves S inside [min, max] (the clamp is
 * a no-op), and every other row is clamped as before: the result is bit for bit the clamped sum.
 */
function unitIndex(data: Matrix, w: Float64Array, scaling: ColumnScaling | undefined): Float64Array {
  const { rows, cols, values } = data;
  const coef = scaling?.coef;
  const range = scaling?.range;
  const b = scaling?.base;
  const floor = 8 * (cols + 1) * Number.EPSILON;
  const out = new Float64Array(rows);
  const kernel = kernelHolding(values, cols);
  if (kernel) return kernelIndex(kernel, data, w, scaling, floor, out);
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    let s = 0;
    let s2 = 0;
    if (scaling) {
      for (let j = 0; j < cols; j++) {
        const v = (coef![j] * values[base + j] - b![j]) / range![j];
        const vw = v * w[j];
        s += vw;
        s2 += vw * v;
      }
    } else {
      for (let j = 0; j < cols; j++) {
        const v = values[base + j];
        const vw = v * w[j];
        s += vw;
        s2 += vw * v;
      }
    }
    out[i] = s2 - s * s <= floor ? clampToRow(s, values, base, cols, scaling) : s;
  }
  return out;
}

/** s clamped to the row's smallest and largest (scaled) value: the rare case where rounding put it outside. */
function clampToRow(s: number, values: Float64Array, base: number, cols: number, scaling: ColumnScaling | undefined): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (let j = 0; j < cols; j++) {
    const v = scaling ? (scaling.coef[j] * values[base + j] - scaling.base[j]) / scaling.range[j] : values[base + j];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return s < lo ? lo : s > hi ? hi : s;
}

/**
 * {@link unitIndex} with the sums s and s2 from the SIMD kernel (two rows per SIMD pair, each row's
 * sum in column order: the same bits as the loop above; without a scaling the kernel divides by
 * the identity scaling, (1·x − 0)/1 = x exactly). The rare clamp is {@link clampToRow}, as above.
 */
function kernelIndex(kernel: KernelMemory, data: Matrix, w: Float64Array, scaling: ColumnScaling | undefined, floor: number, out: Float64Array): Float64Array {
  const { rows, cols, values } = data;
  if (scaling) kernelWeightedSetup(kernel, cols, scaling.coef, scaling.base, scaling.range, w);
  else kernelWeightedSetup(kernel, cols, new Float64Array(cols).fill(1), new Float64Array(cols), new Float64Array(cols).fill(1), w);
  const f64 = kernel.f64;
  for (let r0 = 0; r0 < rows; r0 += WEIGHTED_BLOCK) {
    const r1 = Math.min(rows, r0 + WEIGHTED_BLOCK);
    const [at, at2] = kernelWeightedSums(kernel, cols, values, r0, r1);
    for (let i = r0; i < r1; i++) {
      const s = f64[at + i - r0];
      out[i] = f64[at2 + i - r0] - s * s <= floor ? clampToRow(s, values, i * cols, cols, scaling) : s;
    }
  }
  return out;
}
