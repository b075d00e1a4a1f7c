import type { Matrix } from "./matrix";
import { invalidInput } from "./method-error";
import { msg, quotedChoices } from "../i18n/messages";

/** How priorities are derived from a pairwise comparison matrix. */
export type AhpMethod = "eigen" | "geometric" | "arithmetic";

/** Convergence threshold of the power iteration (max absolute change of the weights). */
export const POWER_ITERATION_TOLERANCE = 1e-12;
const MAX_ITERATIONS = 10000;

/** Result of the principal-eigenvector computation. */
export interface PrincipalEigen {
  /** Eigenvector scaled to sum 1 (the AHP priorities). */
  readonly vector: Float64Array;
  /** Principal eigenvalue λmax. */
  readonly value: number;
  /** Matrix–vector products done: 1 when the start vector is already the eigenvector; 10000 at most. */
  readonly iterations: number;
}

/**
 * Principal eigenvector and eigenvalue of a positive n×n matrix by power iteration
 * (Saaty 1990; Perron–Frobenius guarantees a unique positive vector), starting from the uniform
 * vector and stopping when no weight changes by more than 1e-12, or after 10000 products. The cap is
 * reached only far off Saaty's scale (a 3×3 matrix with judgements near 1e4 and strong cyclic
 * inconsistency); matrices on the scale 1/9…9, the only ones the parser lets through, needed at
 * most 134 products in a hill-climbing search over 3000 matrices with n = 3…15.
 * λmax = Σ_i (A w)_i for w scaled to sum 1.
 */
export function principalEigen(matrix: Matrix): PrincipalEigen {
  const n = matrix.rows;
  const a = matrix.values;
  let w = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  let value = n;
  let iterations = 0;
  while (iterations < MAX_ITERATIONS) {
    iterations++;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += a[i * n + j] * w[j];
      next[i] = s;
      sum += s;
    }
    value = sum;
    let change = 0;
    for (let i = 0; i < n; i++) {
      next[i] /= sum;
      const d = Math.abs(next[i] - w[i]);
      if (d > change) change = d;
    }
    [w, next] = [next, w];
    if (change <= POWER_ITERATION_TOLERANCE) break;
  }
  return { vector: w, value, iterations };
}

/**
 * AHP priorities of a complete pairwise comparison matrix.
 *
 * "eigen" (default): principal eigenvector (Saaty 1990). "geometric": normalized geometric means of
 * the rows (Crawford & Williams 1985). "arithmetic": average of the normalized columns (Saaty 1980's
 * approximation). All three agree on a consistent matrix. ../shared/method.md §1.3.
 *
 * @param matrix n×n positive reciprocal matrix (see completePairwiseMatrix).
 * @returns n weights summing to 1, in row order.
 * @throws MethodError (value) for an unknown method.
 */
export function ahpWeights(matrix: Matrix, method: AhpMethod = "eigen"): Float64Array {
  const n = matrix.rows;
  const a = matrix.values;
  const w = new Float64Array(n);
  if (method === "eigen") return principalEigen(matrix).vector;
  if (method === "geometric") {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      let logSum = 0;
      for (let j = 0; j < n; j++) logSum += Math.log(a[i * n + j]);
      w[i] = Math.exp(logSum / n);
      sum += w[i];
    }
    for (let i = 0; i < n; i++) w[i] /= sum;
    return w;
  }
  if (method === "arithmetic") {
    for (let j = 0; j < n; j++) {
      // Divide by the column's largest entry first so judgements near 1.8e308 cannot overflow the sum.
      let colMax = 0;
      for (let i = 0; i < n; i++) colMax = Math.max(colMax, a[i * n + j]);
      let colSum = 0;
      for (let i = 0; i < n; i++) colSum += a[i * n + j] / colMax;
      for (let i = 0; i < n; i++) w[i] += a[i * n + j] / colMax / colSum / n;
    }
    return w;
  }
  throw invalidInput(msg("option.unknown", { name: "method", value: String(method), list: quotedChoices(["eigen", "geometric", "arithmetic"]) }));
}
