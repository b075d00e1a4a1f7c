import { principalEigen } from "./ahp-weights";
import type { Matrix } from "./matrix";
import { randomIndex, type RandomIndexTable } from "./random-index";

/** The consistency readout of a pairwise comparison matrix. */
export interface AhpConsistency {
  readonly lambdaMax: number;
  /** CI = (λmax − n)/(n − 1); 0 for n ≤ 2. */
  readonly ci: number;
  readonly ri: number;
  /** CR = CI/RI; 0 for n ≤ 2. */
  readonly cr: number;
  /** CR < 0.1 (Saaty 1990). */
  readonly consistent: boolean;
}

/** Threshold below which a matrix counts as consistent (Saaty 1990). */
export const CONSISTENCY_THRESHOLD = 0.1;

/**
 * Consistency of a complete pairwise comparison matrix (Saaty 1990; ../shared/method.md §1.3):
 * λmax by power iteration, CI = (λmax − n)/(n − 1), CR = CI/RI(n), consistent when CR < 0.1.
 *
 * @param matrix n×n positive reciprocal matrix.
 * @param table RI table ("saaty" default, "alonso") or RI as a number.
 * @throws MethodError (notAvailable) when the RI table does not cover n; MethodError (value) for an
 *   unknown table or a numeric RI outside [0.1, 2] (see randomIndex).
 */
export function ahpConsistency(matrix: Matrix, table: RandomIndexTable | number = "saaty"): AhpConsistency {
  const n = matrix.rows;
  const lambdaMax = principalEigen(matrix).value;
  if (n <= 2) return { lambdaMax: n, ci: 0, ri: randomIndex(n, table), cr: 0, consistent: true };
  const ri = randomIndex(n, table);
  // λmax ≥ n in exact arithmetic; clamp rounding noise of a consistent matrix to CI = 0.
  const ci = Math.max(0, (lambdaMax - n) / (n - 1));
  // ri > 0 here: randomIndex returns a table value > 0 for n ≥ 3, Alonso's line > 0 beyond it, or a
  // number it checked to lie in [0.1, 2].
  const cr = ci / ri;
  return { lambdaMax, ci, ri, cr, consistent: cr < CONSISTENCY_THRESHOLD };
}
