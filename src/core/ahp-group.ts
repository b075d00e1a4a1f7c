import type { Matrix } from "./matrix";
import { invalidInput } from "./method-error";
import { msg } from "../i18n/messages";
import { scaleToUnitSum } from "./weights";

/** Relative distance within which a geometric mean is a value of Saaty's scale (rounding of exp/log). */
export const SCALE_SNAP = 1e-12;

/** The value of Saaty's scale 1…9, 1/2…1/9 within relative SCALE_SNAP of x, else x. */
function snapToScale(x: number): number {
  // k ≥ 1 always (x = exp(…) ≥ 0: x ≥ 1 rounds to ≥ 1, 0 < x < 1 has 1/x > 1, x = 0 gives k = ∞).
  const k = Math.round(x >= 1 ? x : 1 / x);
  if (k > 9) return x;
  const s = x >= 1 ? k : 1 / k;
  return Math.abs(x - s) <= SCALE_SNAP * s ? s : x;
}

/**
 * One group comparison matrix from k experts' pairwise comparison matrices by aggregation of
 * individual judgements (AIJ): the weighted geometric mean of each judgement,
 * a^G_ij = Π_e (a^e_ij)^λ_e with expert weights λ scaled to sum 1 (Aczél & Saaty 1983, J. Math.
 * Psychol. 27, 93–102, the only aggregation that keeps the reciprocal property; Forman & Peniwati
 * 1998, EJOR 108, 165–169, AIJ with the weighted geometric mean; AHP-OS group input, Goepel 2018,
 * IJAHP 10(3) 469–487).
 *
 * Computed as exp(Σ_e λ_e ln a^e_ij) for i < j, the lower triangle as 1/a^G_ij, so the group matrix
 * is reciprocal and lies between the experts' smallest and largest judgement of each pair. Exact
 * where the mathematics is (method.md §1.3): when every counted expert gives the same judgement, the
 * group judgement is that judgement exactly; a geometric mean within relative {@link SCALE_SNAP}
 * (1e-12, a few ulps of the logs' rounding) of a value of Saaty's scale (1…9, 1/2…1/9) is that
 * value, so identical experts, or 1/3 and 3 with equal weights (→ 1), give exact judgements.
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
      let same: number | undefined;
      let agree = true;
      for (let e = 0; e < k; e++) {
        if (!(lambda[e] > 0)) continue;
        const x = matrices[e].values[i * n + j];
        if (same === undefined) same = x;
        else if (x !== same) agree = false;
        logSum += lambda[e] * Math.log(x);
      }
      // Agreeing experts: their judgement as given; else one exp, snapped onto the scale when within
      // rounding of it, and its reciprocal below.
      const a = agree && same !== undefined ? same : snapToScale(Math.exp(logSum));
      values[i * n + j] = a;
      values[j * n + i] = 1 / a;
    }
  }
  return { rows: n, cols: n, values };
}
