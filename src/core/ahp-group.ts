import type { Matrix } from "./matrix";
import { invalidInput } from "./method-error";
import { msg } from "../i18n/messages";
import { scaleToUnitSum } from "./weights";

/**
 * One group comparison matrix from k experts' pairwise comparison matrices by aggregation of
 * individual judgements (AIJ): the weighted geometric mean of each judgement,
 * a^G_ij = Π_e (a^e_ij)^λ_e with expert weights λ scaled to sum 1 (Aczél & Saaty 1983, J. Math.
 * Psychol. 27, 93–102, the only aggregation that keeps the reciprocal property; Forman & Peniwati
 * 1998, EJOR 108, 165–169, AIJ with the weighted geometric mean; AHP-OS group input, Goepel 2018,
 * IJAHP 10(3) 469–487).
 *
 * Computed as exp(Σ_e λ_e ln a^e_ij), so the group matrix is reciprocal (a^G_ji = 1/a^G_ij) and lies
 * between the experts' smallest and largest judgement of each pair.
 *
 * @param matrices k ≥ 1 complete n×n positive reciprocal matrices (see completePairwiseMatrix),
 *   all of the same n.
 * @param weights k expert weights ≥ 0 with a positive sum (equal when omitted); an expert with
 *   weight 0 does not count.
 * @returns the n×n group matrix (diagonal exactly 1).
 * @throws MethodError (value) for no matrix, matrices of different sizes, or invalid weights or a
 *   weight count ≠ k.
 */
export function aggregateJudgements(matrices: readonly Matrix[], weights?: ArrayLike<number>): Matrix {
  const k = matrices.length;
  if (k === 0) throw invalidInput(msg("ahp.groupNone"));
  const n = matrices[0].rows;
  for (let e = 0; e < k; e++) {
    const m = matrices[e];
    if (m.rows !== n || m.cols !== n) {
      throw invalidInput(msg("ahp.groupShape", { expert: e + 1, rows: m.rows, cols: m.cols, n }));
    }
  }
  if (weights !== undefined && weights.length !== k) {
    throw invalidInput(msg("ahp.groupWeights", { n: weights.length, k }));
  }
  const lambda = weights === undefined ? new Float64Array(k).fill(1 / k) : scaleToUnitSum(weights, "weights");
  const values = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    values[i * n + i] = 1;
    for (let j = i + 1; j < n; j++) {
      let logSum = 0;
      for (let e = 0; e < k; e++) if (lambda[e] > 0) logSum += lambda[e] * Math.log(matrices[e].values[i * n + j]);
      // One exp, its reciprocal below: a^G_ji · a^G_ij = 1 up to one rounding.
      const a = Math.exp(logSum);
      values[i * n + j] = a;
      values[j * n + i] = 1 / a;
    }
  }
  return { rows: n, cols: n, values };
}
