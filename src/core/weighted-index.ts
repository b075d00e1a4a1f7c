import type { Matrix } from "./matrix";
import { invalidInput } from "./method-error";
import { scaleToUnitSum } from "./weights";

/**
 * Weighted index of one system: S_i = Σ_j x'_ij w_j (support) or P_i = Σ_j x'_ij w_j (pressure),
 * with the system's weights scaled to sum 1. Seed paper, comprehensive evaluation step;
 * ../shared/method.md §1.5.
 *
 * @param normalized n×m normalized values in [0, 1] (rows = objects, columns = the system's indicators).
 * @param weights m weights ≥ 0 with a positive sum (scaled here).
 * @returns n index values in [0, 1].
 * @throws MethodError (value) when the weight count ≠ m or the weights are invalid.
 */
export function weightedIndex(normalized: Matrix, weights: ArrayLike<number>): Float64Array {
  const { rows, cols, values } = normalized;
  if (weights.length !== cols) {
    throw invalidInput(`weights has ${weights.length} entries; the data have ${cols} columns`);
  }
  const w = scaleToUnitSum(weights);
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    let s = 0;
    let lo = Infinity;
    let hi = -Infinity;
    for (let j = 0; j < cols; j++) {
      const x = values[base + j];
      s += x * w[j];
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    // A weighted mean lies in [min x, max x]; the scaled weights may sum to 1 ± 1 ulp, so clamp the
    // rounding (an all-ones row gave 1.0000000000000002, which GRADE/REGION then refused).
    out[i] = s < lo ? lo : s > hi ? hi : s;
  }
  return out;
}
