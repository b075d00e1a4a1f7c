import type { Matrix } from "./matrix";
import { invalidInput } from "./method-error";
import { msg, valueProblem } from "../i18n/messages";
import { assertScalingFits, scaleRow, type ColumnScaling } from "./normalize";
import { kernelEntropySums, kernelHolding } from "./simd-kernel";

/**
 * Largest shift accepted (the literature uses 0.0001–0.01). 1 − e_j shrinks like 1/s² as the shift s
 * grows, so it cancels in doubles: at s = 1 the weights stay within about 1e-15 of an exact
 * computation, at s = 1e3 they are off by ~1e-9 and at s = 1e7 the answer is wrong (test/core/entropy.test.ts).
 */
export const MAX_ENTROPY_SHIFT = 1;

/**
 * Shannon entropy of each column of a normalized matrix, as used by the entropy weight method.
 *
 * p_ij = (x'_ij + s) / Σ_i (x'_ij + s),  e_j = −(1/ln n) Σ_i p_ij ln p_ij, with 0·ln 0 = 0.
 * A column whose shifted values are all 0 or all equal has e_j = 1 (no information).
 * Source: seed paper eq. (3); Shannon entropy with k = 1/ln n (Zou, Yun & Sun 2006);
 * ../shared/method.md §1.2.
 *
 * Computed in one pass per row: Σ p ln p = (1/T) Σ y ln y − ln T with y = x' + s and T = Σ y.
 *
 * @param data n×m matrix (rows = objects), n ≥ 2: normalized values ≥ 0, or raw values when
 *   `scaling` is given.
 * @param shift s in [0, {@link MAX_ENTROPY_SHIFT}] added to every x' before the proportions (default 0;
 *   0.0001 and 0.01 are common).
 * @param scaling normalize each row on the fly with it (from {@link minMaxScaling} of `data`), so
 *   the normalized matrix is never stored; the result equals entropy(minMaxNormalize(data, …), shift).
 * @returns m entropies in [0, 1].
 * @throws MethodError (value) for fewer than 2 rows, a shift outside [0, 1] (or not a number), or a scaling
 *   made for another column count.
 */
export function entropy(data: Matrix, shift = 0, scaling?: ColumnScaling): Float64Array {
  const { rows, cols, values } = data;
  if (rows < 2) throw invalidInput(msg("entropy.fewRows", { rows }));
  if (!(shift >= 0 && shift <= MAX_ENTROPY_SHIFT)) throw invalidInput(valueProblem("shift", shift, msg("hint.shiftRange", { max: MAX_ENTROPY_SHIFT })));
  if (scaling) assertScalingFits(scaling, cols);
  const total = new Float64Array(cols);
  const sumYLogY = new Float64Array(cols);
  const varies = new Uint8Array(cols);
  if (scaling && scaling.unit) {
    // Normalization folded into the row loop: y = t + s with t = (coef·x − base)/range, the same
    // operations as scaleRow, so the result is bit for bit that of the stored path.
    // Where the data sit in kernel memory, the SIMD kernel runs this loop (same operations, same
    // order, fdlibm's log as Math.log: the same bits; src/core/simd-kernel.ts).
    const { coef, range } = scaling;
    const b = scaling.base;
    const kernel = kernelHolding(values, cols);
    if (kernel) {
      kernelEntropySums(kernel, rows, cols, values, coef, b, range, shift, total, sumYLogY);
    } else {
      for (let i = 0; i < rows; i++) {
        const base = i * cols;
        for (let j = 0; j < cols; j++) {
          const y = (coef[j] * values[base + j] - b[j]) / range[j] + shift;
          total[j] += y;
          if (y > 0) sumYLogY[j] += y * Math.log(y);
        }
      }
    }
    // A varying column holds t = 0 and t = 1, so its y = s and 1 + s differ (s ≤ 1 never absorbs the 1).
    for (let j = 0; j < cols; j++) varies[j] = coef[j] !== 0 ? 1 : 0;
  } else {
    const first = new Float64Array(cols);
    // With a scaling, each row is normalized into `row` (m values, stays in cache) and read from there.
    const row = scaling ? new Float64Array(cols) : values;
    if (scaling) scaleRow(scaling, values, 0, row, 0);
    for (let j = 0; j < cols; j++) first[j] = row[j] + shift;
    for (let i = 0; i < rows; i++) {
      let base = i * cols;
      if (scaling) {
        scaleRow(scaling, values, base, row, 0);
        base = 0;
      }
      for (let j = 0; j < cols; j++) {
        const y = row[base + j] + shift;
        total[j] += y;
        if (y > 0) sumYLogY[j] += y * Math.log(y);
        if (y !== first[j]) varies[j] = 1;
      }
    }
  }
  const k = 1 / Math.log(rows);
  const e = new Float64Array(cols);
  for (let j = 0; j < cols; j++) {
    const t = total[j];
    if (!varies[j] || !(t > 0)) {
      e[j] = 1;
      continue;
    }
    const sumPLogP = sumYLogY[j] / t - Math.log(t);
    const ej = -k * sumPLogP;
    // Rounding can push e a hair outside [0, 1]; `<= 0` also turns −0 into 0.
    e[j] = ej <= 0 ? 0 : ej > 1 ? 1 : ej;
  }
  return e;
}

/**
 * Entropy weights: d_j = 1 − e_j, w_j = d_j / Σ_j d_j.
 * Source: seed paper eq. (4)–(5); ../shared/method.md §1.2.
 *
 * @param normalized n×m normalized matrix (rows = objects), n ≥ 2.
 * @param shift see {@link entropy}.
 * @param scaling see {@link entropy} (then `normalized` holds the raw values).
 * @returns m weights ≥ 0 summing to 1; an indicator that does not vary gets weight 0.
 * @throws MethodError (value) "no indicator varies" when every e_j = 1, and as {@link entropy}.
 */
export function entropyWeights(normalized: Matrix, shift = 0, scaling?: ColumnScaling): Float64Array {
  return weightsFromEntropy(entropy(normalized, shift, scaling));
}

/** d_j = 1 − e_j scaled to sum 1. @throws MethodError (value) when every d_j is 0. */
export function weightsFromEntropy(e: Float64Array): Float64Array {
  const m = e.length;
  const w = new Float64Array(m);
  let sum = 0;
  for (let j = 0; j < m; j++) {
    w[j] = 1 - e[j];
    sum += w[j];
  }
  if (!(sum > 0)) throw invalidInput(msg("entropy.noneVaries"));
  for (let j = 0; j < m; j++) w[j] /= sum;
  return w;
}
