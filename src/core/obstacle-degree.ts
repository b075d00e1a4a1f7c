import { BOUNDARY_TOLERANCE } from "./grade";
import type { Matrix } from "./matrix";
import { invalidInput } from "./method-error";
import { msg } from "../i18n/messages";
import { assertScalingFits, scaleRow, type ColumnScaling } from "./normalize";
import { scaleToUnitSum } from "./weights";
import { kernelHolding, kernelObstacleRows, kernelWeightedSetup, obstacleBlockRows } from "./simd-kernel";

/**
 * Obstacle degrees (seed paper, obstacle factor diagnosis; ../shared/method.md §1.9).
 *
 * Deviation I_ij = 1 − x'_ij; A_ij = I_ij w_j / Σ_k I_ik w_k. A row with no deviation at all
 * (every indicator at its best) has every A = 0.
 *
 * @param data n×m normalized values in [0, 1] (rows = objects, columns = indicators), or raw
 *   values when `scaling` is given.
 * @param weights m weights ≥ 0 with a positive sum.
 * @param scaling normalize each row on the fly with it (from {@link minMaxScaling} of `data`, onto
 *   [0, 1]); the result equals obstacleDegrees(minMaxNormalize(data, …), weights).
 * @returns n×m shares; each row sums to 1 or is all 0.
 * @throws MethodError (value) when the weight count ≠ m, the weights are invalid, or the scaling
 *   was made for another column count.
 */
export function obstacleDegrees(data: Matrix, weights: ArrayLike<number>, scaling?: ColumnScaling): Matrix {
  const { rows, cols } = data;
  const out = new Float64Array(rows * cols);
  const a = new Float64Array(cols);
  forEachObstacleRow(data, weights, scaling, () => a, (i) => out.set(a, i * cols));
  return { rows, cols, values: out };
}

/**
 * {@link obstacleDegrees} as n arrays of m numbers, each row written once into a copy of a template
 * row of doubles (no packed n×m result, so the caller that returns rows to Excel holds one copy of
 * the result, not two). Every value is finite, in [0, 1].
 */
export function obstacleDegreeRows(data: Matrix, weights: ArrayLike<number>, scaling?: ColumnScaling): number[][] {
  const { rows, cols } = data;
  const out: number[][] = new Array(rows);
  // A row of doubles: slice() copies it as a packed double array, so writing degrees never
  // changes its elements kind (new Array(m) starts holey and small-integer).
  const template: number[] = [];
  for (let j = 0; j < cols; j++) template.push(0.5);
  forEachObstacleRow(data, weights, scaling, () => template.slice(), (i, a) => (out[i] = a));
  return out;
}

/** Anything indexable and writable as a row of doubles. */
type Row = { [j: number]: number };

/**
 * Computes the obstacle degrees of each row into a row from `newRow` (or one reused buffer) and
 * hands it to `emit`. With a [0, 1] scaling the normalization is folded into the loop (the same
 * operations as scaleRow).
 */
function forEachObstacleRow<R extends Row>(
  data: Matrix,
  weights: ArrayLike<number>,
  scaling: ColumnScaling | undefined,
  newRow: () => R,
  emit: (i: number, degrees: R) => void,
): void {
  const { rows, cols, values } = data;
  if (weights.length !== cols) throw invalidInput(msg("count.dataColumns", { what: "weights", n: weights.length, cols }));
  const w = scaleToUnitSum(weights);
  if (scaling) assertScalingFits(scaling, cols);
  const folded = scaling !== undefined && scaling.unit;
  const coef = scaling?.coef;
  const range = scaling?.range;
  const b = scaling?.base;
  // In kernel memory: the SIMD kernel computes a block of rows (two rows per SIMD pair, each row's
  // sum in column order, the same operations as below; without a scaling the identity scaling,
  // (1·x − 0)/1 = x exactly), and each row is copied into its own array here.
  const kernel = !scaling || folded ? kernelHolding(values, cols) : undefined;
  if (kernel) {
    if (scaling) kernelWeightedSetup(kernel, cols, coef!, b!, range!, w);
    else kernelWeightedSetup(kernel, cols, new Float64Array(cols).fill(1), new Float64Array(cols), new Float64Array(cols).fill(1), w);
    const f64 = kernel.f64;
    const block = obstacleBlockRows(cols);
    for (let r0 = 0; r0 < rows; r0 += block) {
      const r1 = Math.min(rows, r0 + block);
      let at = kernelObstacleRows(kernel, cols, values, r0, r1);
      for (let i = r0; i < r1; i++, at += cols) {
        const a = newRow();
        for (let j = 0; j < cols; j++) a[j] = f64[at + j];
        emit(i, a);
      }
    }
    return;
  }
  const x = scaling && !folded ? new Float64Array(cols) : values;
  for (let i = 0; i < rows; i++) {
    const a = newRow();
    let base = i * cols;
    let total = 0;
    if (folded) {
      for (let j = 0; j < cols; j++) {
        const d = (1 - (coef![j] * values[base + j] - b![j]) / range![j]) * w[j];
        a[j] = d;
        total += d;
      }
    } else {
      if (scaling) {
        scaleRow(scaling, values, base, x, 0);
        base = 0;
      }
      for (let j = 0; j < cols; j++) {
        const d = (1 - x[base + j]) * w[j];
        a[j] = d;
        total += d;
      }
    }
    if (total > 0) {
      const inv = 1 / total;
      // A subnormal total has no finite reciprocal: divide instead.
      if (Number.isFinite(inv)) for (let j = 0; j < cols; j++) a[j] *= inv;
      else for (let j = 0; j < cols; j++) a[j] /= total;
    } else {
      for (let j = 0; j < cols; j++) a[j] = 0;
    }
    emit(i, a);
  }
}

/**
 * The k largest obstacles of each row, as column positions, largest first (seed paper lists the
 * top 5 per area). Ties (../shared/method.md §1.9), a transitive rule: sort a row's degrees
 * descending; the largest remaining degree opens a tie group holding every remaining degree within
 * {@link BOUNDARY_TOLERANCE} (1e-12) of it; a group is listed in column order, then the next group
 * opens at the largest degree left. So the order never depends on where tied values sit, and
 * [0.3, 0.3 + 0.9e-12, 0.3 + 1.8e-12, 0.1] lists columns 2, 3, 1, 4 (0.3 is more than 1e-12 below
 * the group's largest, 0.3 + 1.8e-12, so it opens the next group). Indicators with obstacle degree
 * 0 are not obstacles and are not listed, so a row may have fewer than k entries.
 *
 * @param obstacles n×m obstacle degrees, each in [0, 1]. @param k how many per row, k ≥ 1.
 * @returns n arrays of at most k 0-based column positions.
 * @throws MethodError (value) naming the cell of a degree outside [0, 1] by more than 1e-12
 *   (degrees are shares; the 1e-12 leaves room for rounding of OBSTACLE's own output).
 */
export function topObstacles(obstacles: Matrix, k: number): number[][] {
  const { rows, cols, values } = obstacles;
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    // Within 1e-12: rounding of OBSTACLE's own shares is not a user's mistake.
    if (!(v >= -BOUNDARY_TOLERANCE && v <= 1 + BOUNDARY_TOLERANCE)) {
      const place = msg("place.cell", { what: "obstacles", row: Math.floor(c / cols) + 1, col: (c % cols) + 1 });
      throw invalidInput(msg("sentence.hint", { place, detail: msg("detail.outsideUnit", { value: v }), hint: msg("hint.obstacleShare") }));
    }
  }
  const out: number[][] = new Array(rows);
  const order = new Array<number>(cols);
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    let positive = 0;
    for (let j = 0; j < cols; j++) if (values[base + j] > 0) order[positive++] = j;
    order.length = positive;
    // Descending; equal degrees keep column order (the sort is stable) and tie groups re-sort by column anyway.
    order.sort((x, y) => values[base + y] - values[base + x]);
    const take = Math.min(k, positive);
    // Tie groups: a run opened by its largest degree, each member within 1e-12 of it, in column order.
    for (let start = 0; start < take; ) {
      const floor = values[base + order[start]] - BOUNDARY_TOLERANCE;
      let end = start + 1;
      while (end < positive && values[base + order[end]] >= floor) end++;
      const group = order.slice(start, end).sort((x, y) => x - y);
      for (let r = 0; r < group.length; r++) order[start + r] = group[r];
      start = end;
    }
    out[i] = order.slice(0, take);
  }
  return out;
}
