import { assertUnit } from "./grade";
import type { Matrix } from "./matrix";
import { invalidInput } from "./method-error";
import { msg, quotedChoices } from "../i18n/messages";
import { scaleToUnitSum } from "./weights";

/** Which coupling degree C the coordination degree uses. */
export type CouplingVariant = "standard" | "adjusted";

/** One object's coupling coordination: coupling degree C, comprehensive index T, D = √(C·T). */
export interface CouplingCoordination {
  readonly c: number;
  readonly t: number;
  readonly d: number;
}

/**
 * Coupling coordination degree (CCD) of k ≥ 2 system indices U_1…U_k ∈ [0, 1] of each object.
 *
 * "standard": C = [Π U_j / ((Σ U_j)/k)^k]^(1/k) = k·(Π U_j)^(1/k) / Σ U_j, the ratio of the
 * geometric to the arithmetic mean (the form most CCD studies use, as reviewed by Wang Shujia et al.
 * 2021 below; zhjx19/mathmodels R/system_evaluation.R `type = "standard"`).
 * "adjusted": C = √{[1 − Σ_{i<j} |U_i − U_j| / (k(k−1)/2)] · [Π_j (U_j / max U)]^(1/(k−1))}
 * (Wang Shujia, Kong Wei et al. 2021, Misconceptions and corrections of domestic coupling coordination
 * degree models, Journal of Natural Resources 36(3) 793–810,
 * the corrected model; as zhjx19/mathmodels R/system_evaluation.R `type = "adjusted"`).
 * T = Σ β_j U_j with β scaled to sum 1 (equal by default); D = √(C·T).
 *
 * A row of zeros has no development to coordinate: C, T and D are 0 (the formulas' 0/0).
 * A row with some U_j = 0 has C = 0 (the product vanishes).
 * Equal systems (every U_j = u > 0) are exact in both variants: C = 1, T = u, D = √u.
 *
 * @param systems n×k indices in [0, 1] (rows = objects, columns = systems, e.g. S and P), k ≥ 2.
 * @param weights k weights β ≥ 0 with a positive sum; omitted: 1/k each.
 * @returns one {c, t, d} per row, each in [0, 1].
 * @throws MethodError (value) for fewer than 2 columns, a value outside [0, 1], a weight count ≠ k,
 *   invalid weights, or an unknown variant.
 */
export function couplingCoordination(
  systems: Matrix,
  weights?: ArrayLike<number>,
  variant: CouplingVariant = "standard",
): CouplingCoordination[] {
  const { rows: n, cols: k, values } = systems;
  if (k < 2) throw invalidInput(msg("ccd.fewSystems", { k }));
  if (variant !== "standard" && variant !== "adjusted") throw invalidInput(msg("option.unknown", { name: "variant", value: String(variant), list: quotedChoices(["standard", "adjusted"]) }));
  if (weights !== undefined && weights.length !== k) throw invalidInput(msg("ccd.weights", { n: weights.length, k }));
  const beta = weights === undefined ? new Float64Array(k).fill(1 / k) : scaleToUnitSum(weights, "weights");
  const out: CouplingCoordination[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const u = values.subarray(i * k, (i + 1) * k);
    for (let j = 0; j < k; j++) assertUnit(u[j], `systems row ${i + 1}, column ${j + 1}`);
    // Equal systems: C = 1 and T = u exactly (the logs and the weighted sum would round).
    if (u[0] > 0 && u.every((x) => x === u[0])) {
      out[i] = { c: 1, t: u[0], d: Math.sqrt(u[0]) };
      continue;
    }
    let t = 0;
    for (let j = 0; j < k; j++) t += beta[j] * u[j];
    const c = variant === "standard" ? standardCoupling(u) : adjustedCoupling(u);
    // Rounding can push C or T a hair above 1.
    const cc = Math.min(1, c);
    const tt = Math.min(1, t);
    out[i] = { c: cc, t: tt, d: Math.sqrt(cc * tt) };
  }
  return out;
}

/** k·(Π U)^(1/k)/Σ U in logs (no underflow of the product for many small U); 0 if any U = 0. */
function standardCoupling(u: Float64Array): number {
  const k = u.length;
  let sum = 0;
  let logSum = 0;
  for (let j = 0; j < k; j++) {
    if (u[j] === 0) return 0;
    sum += u[j];
    logSum += Math.log(u[j]);
  }
  return (k * Math.exp(logSum / k)) / sum;
}

/** √{[1 − mean_{i<j} |U_i − U_j|] · [Π (U_j / max U)]^(1/(k−1))}; 0 if any U = 0. */
function adjustedCoupling(u: Float64Array): number {
  const k = u.length;
  let max = 0;
  for (let j = 0; j < k; j++) {
    if (u[j] === 0) return 0;
    if (u[j] > max) max = u[j];
  }
  let spread = 0;
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) spread += Math.abs(u[i] - u[j]);
  const c1 = 1 - spread / ((k * (k - 1)) / 2);
  let logRatio = 0;
  for (let j = 0; j < k; j++) logRatio += Math.log(u[j] / max);
  const c2 = Math.exp(logRatio / (k - 1));
  return Math.sqrt(Math.max(0, c1) * c2);
}

/**
 * The ten coordination classes of D in 0.1 steps, intervals (a, b] with D = 0 in the first
 * (Tian Yaoyao et al. 2021, Acta Geographica Sinica 76(4); the common ten-class table of CCD studies).
 */
export const COORDINATION_CLASSES = [
  "extreme imbalance",
  "serious imbalance",
  "moderate imbalance",
  "mild imbalance",
  "near imbalance",
  "barely coordinated",
  "primary coordination",
  "intermediate coordination",
  "good coordination",
  "high-quality coordination",
] as const;
export type CoordinationClass = (typeof COORDINATION_CLASSES)[number];

/** Distance within which D counts as lying on a class boundary (../shared/method.md §1.8). */
export const CLASS_BOUNDARY_TOLERANCE = 1e-12;

/**
 * The coordination class of a coupling coordination degree D: class c (0-based) covers
 * ((c)/10, (c+1)/10], class 0 also D = 0. A D within 1e-12 of a boundary b/10 lies on it and belongs
 * to the class below ((a, b] includes b), as GRADE and REGION treat their cut points
 * (../shared/method.md §1.8): 0.3 and 0.3 + 1e-13 are "moderate imbalance", 0.3 + 1e-11 "mild".
 *
 * @param d D in [0, 1].
 * @returns the class's position 0…9 in {@link COORDINATION_CLASSES}.
 * @throws MethodError (value) when D lies outside [0, 1].
 */
export function coordinationClass(d: number): number {
  assertUnit(d, "d");
  // The boundaries are the doubles nearest 0.1 … 0.9 (b/10 correctly rounded), not c·0.1.
  let c = 0;
  // Stops by c = 9 at the latest: assertUnit gives d ≤ 1 < 10/10 + tolerance.
  while (d > (c + 1) / 10 + CLASS_BOUNDARY_TOLERANCE) c++;
  return c;
}
