import type { Matrix } from "./matrix";
import { invalidInput } from "./method-error";
import { scaleToUnitSum } from "./weights";

/**
 * Obstacle degrees (seed paper, obstacle factor diagnosis; ../shared/method.md §1.9).
 *
 * Deviation I_ij = 1 − x'_ij; A_ij = I_ij w_j / Σ_k I_ik w_k. A row with no deviation at all
 * (every indicator at its best) has every A = 0.
 *
 * @param normalized n×m normalized values in [0, 1] (rows = objects, columns = indicators).
 * @param weights m weights ≥ 0 with a positive sum.
 * @returns n×m shares; each row sums to 1 or is all 0.
 * @throws MethodError (value) when the weight count ≠ m or the weights are invalid.
 */
export function obstacleDegrees(normalized: Matrix, weights: ArrayLike<number>): Matrix {
  const { rows, cols, values } = normalized;
  if (weights.length !== cols) throw invalidInput(`weights has ${weights.length} entries; the data have ${cols} columns`);
  const w = scaleToUnitSum(weights);
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    let total = 0;
    for (let j = 0; j < cols; j++) {
      const a = (1 - values[base + j]) * w[j];
      out[base + j] = a;
      total += a;
    }
    if (total > 0) {
      const inv = 1 / total;
      for (let j = 0; j < cols; j++) out[base + j] *= inv;
    } else {
      for (let j = 0; j < cols; j++) out[base + j] = 0;
    }
  }
  return { rows, cols, values: out };
}

/**
 * The k largest obstacles of each row, as column positions, largest first; ties keep column order
 * (seed paper lists the top 5 per area). Indicators with obstacle degree 0 are not obstacles and are
 * not listed, so a row may have fewer than k entries.
 *
 * @param obstacles n×m obstacle degrees. @param k how many per row, k ≥ 1.
 * @returns n arrays of at most k 0-based column positions.
 */
export function topObstacles(obstacles: Matrix, k: number): number[][] {
  const { rows, cols, values } = obstacles;
  const out: number[][] = new Array(rows);
  const order = new Array<number>(cols);
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    for (let j = 0; j < cols; j++) order[j] = j;
    // Array.prototype.sort is stable, so equal degrees keep column order.
    order.sort((x, y) => values[base + y] - values[base + x]);
    const top: number[] = [];
    for (let r = 0; r < cols && top.length < k; r++) {
      if (values[base + order[r]] > 0) top.push(order[r]);
    }
    out[i] = top;
  }
  return out;
}
