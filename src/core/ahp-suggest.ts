import { ahpConsistency } from "./ahp-consistency";
import { principalEigen } from "./ahp-weights";
import type { Matrix } from "./matrix";
import { invalidInput } from "./method-error";
import { msg, valueProblem } from "../i18n/messages";
import type { RandomIndexTable } from "./random-index";

/** One judgement to revisit: positions, current and suggested value, CR after the change. */
export interface AhpSuggestion {
  /** 0-based row of the judgement (i < j). */
  readonly i: number;
  /** 0-based column of the judgement. */
  readonly j: number;
  /** The current a_ij. */
  readonly current: number;
  /** w_i/w_j rounded onto Saaty's scale 1/9 … 9 (see {@link roundToSaatyScale}). */
  readonly suggested: number;
  /** ε_ij = a_ij·w_j/w_i; |ln ε_ij| ranks the suggestions. */
  readonly epsilon: number;
  /** CR of the matrix with a_ij and a_ji replaced by the suggestion and its reciprocal. */
  readonly crAfter: number;
}

/** |ln ε| at or below this counts as consistent: such a judgement is never suggested. */
export const SUGGEST_TOLERANCE = 1e-9;

/**
 * The nearest value of Saaty's 1–9 scale to a ratio r > 0: the intensity max(r, 1/r) rounded to the
 * nearest whole number and kept within 1…9, on the side of the larger element (3 or 1/3), as AHP-OS
 * proposes it. So the suggestion for a_ji is the reciprocal of the suggestion for a_ij.
 */
export function roundToSaatyScale(r: number): number {
  const intensity = Math.min(9, Math.max(1, Math.round(r >= 1 ? r : 1 / r)));
  return r >= 1 ? intensity : 1 / intensity;
}

/**
 * The judgements of a pairwise comparison matrix that are most inconsistent with its own priorities,
 * worst first: the rule AHP-OS uses for its top 3 inconsistent judgements (Goepel 2018, IJAHP 10(3)
 * 469–487; bpmsg/ahp-os classes/AhpCalc.php get_inconsistency(), after Saaty 2003, EJOR 145, 85–91:
 * ε_ij = a_ij·w_j/w_i, which is 1 for every pair of a consistent matrix, ranked by max(ε, 1/ε), and
 * the proposal min(9, round(w_i/w_j)) on the heavier side). Unlike AHP-OS, judgements that do not
 * deviate are not listed, and the CR after the change is given.
 *
 * w = principal eigenvector (Saaty 1990). For each pair i < j: ε_ij = a_ij·w_j/w_i, ranked by
 * |ln ε_ij| descending (deviations equal to 1e-9 tie and keep row-major order), pairs with |ln ε_ij| ≤ 1e-9 left
 * out. The suggestion is w_i/w_j rounded with {@link roundToSaatyScale}; a pair whose suggestion
 * equals its current a_ij rounded the same way (3 → 3, 0.334 → 1/3) changes nothing and is left out
 * too, so every listed row changes a judgement. crAfter is the CR
 * (../shared/method.md §1.3, same RI table) of the matrix with a_ij and a_ji replaced.
 *
 * @param matrix n×n positive reciprocal matrix (see completePairwiseMatrix).
 * @param count how many to return at most (k ≥ 1, default 3).
 * @param table RI table or RI as a number, as {@link ahpConsistency}.
 * @returns at most `count` suggestions, fewer when fewer judgements deviate and would change.
 * @throws MethodError (value) for count < 1; as {@link ahpConsistency} for the RI (notAvailable
 *   when the table does not cover n ≥ 3).
 */
export function ahpSuggestions(matrix: Matrix, count = 3, table: RandomIndexTable | number = "saaty"): AhpSuggestion[] {
  if (!(count >= 1) || !Number.isInteger(count)) throw invalidInput(valueProblem("k", count, msg("hint.kWhole")));
  const n = matrix.rows;
  const a = matrix.values;
  // CR of the given matrix first: an RI that does not cover n fails here, before any ranking.
  ahpConsistency(matrix, table);
  const w = principalEigen(matrix).vector;
  const pairs: { i: number; j: number; epsilon: number; dev: number }[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const epsilon = (a[i * n + j] * w[j]) / w[i];
      const dev = Math.abs(Math.log(epsilon));
      if (dev > SUGGEST_TOLERANCE) pairs.push({ i, j, epsilon, dev });
    }
  }
  pairs.sort((p, q) => q.dev - p.dev);
  // Deviations within 1e-9 (the eigenvector's accuracy) of a run's first tie and keep row-major
  // order; every pair of a 3×3 matrix ties (|ln ε| is the same for all three).
  for (let start = 0; start < pairs.length; ) {
    let end = start + 1;
    while (end < pairs.length && pairs[start].dev - pairs[end].dev <= SUGGEST_TOLERANCE) end++;
    const run = pairs.slice(start, end).sort((p, q) => p.i - q.i || p.j - q.j);
    for (let r = 0; r < run.length; r++) pairs[start + r] = run[r];
    start = end;
  }
  const out: AhpSuggestion[] = [];
  for (const { i, j, epsilon } of pairs) {
    if (out.length === count) break;
    const suggested = roundToSaatyScale(w[i] / w[j]);
    // A suggestion that is the current judgement on Saaty's scale changes nothing: not a suggestion.
    if (suggested === roundToSaatyScale(a[i * n + j])) continue;
    const changed = new Float64Array(a);
    changed[i * n + j] = suggested;
    changed[j * n + i] = 1 / suggested;
    const crAfter = ahpConsistency({ rows: n, cols: n, values: changed }, table).cr;
    out.push({ i, j, current: a[i * n + j], suggested, epsilon, crAfter });
  }
  return out;
}
