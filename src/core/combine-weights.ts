import { invalidInput } from "./method-error";
import { msg, quotedChoices, valueProblem } from "../i18n/messages";
import { scaleToUnitSum } from "./weights";

/** How subjective (AHP) and objective (entropy) weights are combined. */
export type CombineMethod = "multiplicative" | "linear" | "geometric" | "game";

/**
 * Combined weights of subjective a and objective e, both first scaled to sum 1
 * (../shared/method.md §1.4; zhjx19/mathmodels docs/reference/combine_weights.md):
 * multiplicative w = a·e / Σ a·e; linear w = α a + (1 − α) e; geometric w = √(a e) / Σ √(a e);
 * game: the game-theory (cooperative) combination, see {@link gameTheoryCoefficients}.
 *
 * @param subjective m weights ≥ 0 with a positive sum.
 * @param objective m weights ≥ 0 with a positive sum.
 * @param alpha weight of the subjective side for "linear", in [0, 1] (default 0.5).
 * @returns m weights summing to 1.
 * @throws MethodError (value) for lengths that differ, invalid weights, α outside [0, 1], an unknown
 *   method, or a product that is 0 for every indicator.
 */
export function combineWeights(
  subjective: ArrayLike<number>,
  objective: ArrayLike<number>,
  method: CombineMethod = "multiplicative",
  alpha = 0.5,
): Float64Array {
  if (subjective.length !== objective.length) {
    throw invalidInput(msg("combine.lengths", { a: subjective.length, b: objective.length }));
  }
  const a = scaleToUnitSum(subjective, "subjective");
  const e = scaleToUnitSum(objective, "objective");
  const m = a.length;
  const w = new Float64Array(m);
  if (method === "linear") {
    if (!(alpha >= 0 && alpha <= 1)) throw invalidInput(valueProblem("alpha", alpha, msg("hint.alphaUnit")));
    for (let j = 0; j < m; j++) w[j] = alpha * a[j] + (1 - alpha) * e[j];
    return w;
  }
  if (method === "game") {
    const [ca, ce] = gameTheoryCoefficients(a, e);
    for (let j = 0; j < m; j++) w[j] = ca * a[j] + ce * e[j];
    return w;
  }
  if (method !== "multiplicative" && method !== "geometric") {
    throw invalidInput(msg("option.unknown", { name: "method", value: String(method), list: quotedChoices(["multiplicative", "linear", "geometric", "game"]) }));
  }
  let sum = 0;
  for (let j = 0; j < m; j++) {
    w[j] = method === "multiplicative" ? a[j] * e[j] : Math.sqrt(a[j] * e[j]);
    sum += w[j];
  }
  if (!(sum > 0)) throw invalidInput(msg("combine.noOverlap", { method }));
  for (let j = 0; j < m; j++) w[j] /= sum;
  return w;
}

/**
 * Coefficients (α_a, α_e) of the game-theory combination w = α_a a + α_e e of two weight vectors
 * (cooperative game between the two weightings; zhjx19/mathmodels R/combine_weights.R
 * `type = "game_linear"`, whose docs/reference/combine_weights.md example it reproduces).
 *
 * α minimizes ‖α_a a + α_e e − u‖ for u = a and u = e together, whose first-order conditions are
 * the linear system [a·a  a·e; e·a  e·e] (α_a, α_e)ᵀ = (a·a, e·e)ᵀ. The solution is scaled as
 * α*_k = |α_k| / (|α_a| + |α_e|), so w stays a convex combination of a and e and sums to 1. When both
 * α are positive (every published example we found) this equals mathmodels' α/Σα; a negative α,
 * possible when one vector is much more concentrated than the other, would give negative weights
 * under α/Σα, so the magnitudes are used.
 * When a and e are (nearly) equal the system is singular and every combination is the same vector:
 * α* = (½, ½).
 *
 * @param a, e m weights each, already scaled to sum 1.
 * @returns [α*_a, α*_e], both ≥ 0, summing to 1.
 */
export function gameTheoryCoefficients(a: ArrayLike<number>, e: ArrayLike<number>): [number, number] {
  let aa = 0;
  let ae = 0;
  let ee = 0;
  for (let j = 0; j < a.length; j++) {
    aa += a[j] * a[j];
    ae += a[j] * e[j];
    ee += e[j] * e[j];
  }
  const det = aa * ee - ae * ae;
  // Cauchy–Schwarz: det ≥ 0, 0 only for parallel vectors (equal ones, since both sum to 1).
  if (!(det > 1e-14 * aa * ee)) return [0.5, 0.5];
  const alphaA = Math.abs((ee * (aa - ae)) / det);
  const alphaE = Math.abs((aa * (ee - ae)) / det);
  const sum = alphaA + alphaE;
  return [alphaA / sum, alphaE / sum];
}
