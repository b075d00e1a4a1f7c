import { invalidInput } from "./method-error";
import { scaleToUnitSum } from "./weights";

/** How subjective (AHP) and objective (entropy) weights are combined. */
export type CombineMethod = "multiplicative" | "linear" | "geometric";

/**
 * Combined weights of subjective a and objective e, both first scaled to sum 1
 * (../shared/method.md §1.4; zhjx19/mathmodels docs/reference/combine_weights.md):
 * multiplicative w = a·e / Σ a·e; linear w = α a + (1 − α) e; geometric w = √(a e) / Σ √(a e).
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
    throw invalidInput(`subjective has ${subjective.length} weights and objective has ${objective.length}; they must match`);
  }
  const a = scaleToUnitSum(subjective, "subjective");
  const e = scaleToUnitSum(objective, "objective");
  const m = a.length;
  const w = new Float64Array(m);
  if (method === "linear") {
    if (!(alpha >= 0 && alpha <= 1)) throw invalidInput(`alpha is ${alpha}; it must lie in [0, 1]`);
    for (let j = 0; j < m; j++) w[j] = alpha * a[j] + (1 - alpha) * e[j];
    return w;
  }
  if (method !== "multiplicative" && method !== "geometric") {
    throw invalidInput(`method is '${String(method)}'; use "multiplicative", "linear" or "geometric"`);
  }
  let sum = 0;
  for (let j = 0; j < m; j++) {
    w[j] = method === "multiplicative" ? a[j] * e[j] : Math.sqrt(a[j] * e[j]);
    sum += w[j];
  }
  if (!(sum > 0)) throw invalidInput(`no indicator has weight on both sides, so ${method} combination is undefined`);
  for (let j = 0; j < m; j++) w[j] /= sum;
  return w;
}
