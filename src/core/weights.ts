import { invalidInput } from "./method-error";
import { msg, valueProblem } from "../i18n/messages";

/**
 * Scales weights to sum 1 (the method scales each system's weights to sum 1, ../shared/method.md §1.5).
 * @param weights m numbers ≥ 0 with a positive finite sum.
 * @param what the name to use in errors, e.g. "weights".
 * @throws MethodError (value) for an empty vector, a negative or non-finite weight (named by its
 *   1-based position) or a zero sum.
 */
export function scaleToUnitSum(weights: ArrayLike<number>, what = "weights"): Float64Array {
  const m = weights.length;
  if (m === 0) throw invalidInput(msg("weights.empty", { what }));
  let sum = 0;
  let largest = 0;
  for (let j = 0; j < m; j++) {
    const w = weights[j];
    if (!(w >= 0) || !Number.isFinite(w)) throw invalidInput(valueProblem(msg("place.item", { what, item: j + 1 }), w, msg("hint.weightNonNegative")));
    sum += w;
    if (w > largest) largest = w;
  }
  if (!(sum > 0)) throw invalidInput(msg("weights.sum", { what, sum }));
  // Weights near 1.8e308 overflow the sum: scale them by the largest first.
  const divisor = Number.isFinite(sum) ? sum : largest;
  const out = new Float64Array(m);
  let total = 0;
  for (let j = 0; j < m; j++) total += out[j] = weights[j] / divisor;
  if (divisor !== sum) for (let j = 0; j < m; j++) out[j] /= total;
  return out;
}
