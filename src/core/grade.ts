import { invalidInput } from "./method-error";
import { msg, valueProblem } from "../i18n/messages";

/** Grade labels I…IX, index = grade number − 1. */
export const GRADE_LABELS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"] as const;
export type Grade = (typeof GRADE_LABELS)[number];

/** Default cut points of the low/medium/high levels (seed paper Table 3). */
export const DEFAULT_GRADE_CUTS = { low: 1 / 3, high: 2 / 3 } as const;

/**
 * Checks cut points 0 < low < high < 1. @throws MethodError (value) otherwise.
 */
export function assertGradeCuts(low: number, high: number): void {
  if (!(low > 0 && low < high && high < 1)) {
    throw invalidInput(msg("grade.cuts", { low, high }));
  }
}

/**
 * How far from a cut point or a coupling curve a computed S or P may be and still lie on it
 * (../shared/method.md §1.8: S and P in floating point miss a boundary by a few ulp), and how close
 * two obstacle degrees must be to tie (§1.9).
 */
export const BOUNDARY_TOLERANCE = 1e-12;

/**
 * Level of a value in [0, 1]: 0 low [0, low), 1 medium [low, high), 2 high [high, 1]. A value within
 * {@link BOUNDARY_TOLERANCE} of a cut point lies on it and takes the upper level (1/3 is medium).
 */
export function level(value: number, low: number, high: number): 0 | 1 | 2 {
  return low - value > BOUNDARY_TOLERANCE ? 0 : high - value > BOUNDARY_TOLERANCE ? 1 : 2;
}

/**
 * Grade of an area from its support index S and pressure index P (seed paper Table 3;
 * ../shared/method.md §1.7): grade number = 3·level(P) + level(S) + 1, written I…IX.
 * I, V, IX lie on the balance diagonal; II, III, VI are surplus; IV, VII, VIII are overload.
 * S or P within 1e-12 of a cut point counts as on it (method.md §1.8), so an S that should be 1/3
 * and comes out an ulp low is medium.
 *
 * @param support S in [0, 1]. @param pressure P in [0, 1].
 * @param low, high cut points, 0 < low < high < 1 (default 1/3, 2/3); validated by the caller
 *   once per range with {@link assertGradeCuts}.
 * @throws MethodError (value) when S or P lies outside [0, 1].
 */
export function grade(support: number, pressure: number, low: number = DEFAULT_GRADE_CUTS.low, high: number = DEFAULT_GRADE_CUTS.high): Grade {
  assertUnit(support, "support");
  assertUnit(pressure, "pressure");
  return GRADE_LABELS[3 * level(pressure, low, high) + level(support, low, high)];
}

/** @throws MethodError (value) when an index value is outside [0, 1]. */
export function assertUnit(value: number, what: string): void {
  if (!(value >= 0 && value <= 1)) throw invalidInput(valueProblem(what, value, msg("hint.unit")));
}
