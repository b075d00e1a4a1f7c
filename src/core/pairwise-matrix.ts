import type { Matrix } from "./matrix";
import { invalidInput } from "./method-error";
import { english, msg, valueProblem, type Message, type MessageArg } from "../i18n/messages";

/** Relative tolerance of the reciprocity check a_ij · a_ji ≈ 1 (../shared/method.md §3). */
export const RECIPROCITY_TOLERANCE = 0.01;

/** How far a given diagonal cell may lie from 1 (rounding of a typed or computed 1). */
export const DIAGONAL_TOLERANCE = 1e-9;

/** Saaty's scale: judgements lie in [1/9, 9] (Saaty 1990), within this absolute tolerance (method.md §3). */
export const SAATY_SCALE = { min: 1 / 9, max: 9, tolerance: 1e-9 } as const;

/**
 * Why a judgement is refused, worded to follow "matrix row i, column j is " (detail) and "; " (hint),
 * in English; `text` holds both keyed, for messages in the user's language.
 */
export interface JudgementProblem {
  readonly detail: string;
  readonly hint: string;
  readonly text: { readonly detail: Message; readonly hint: Message };
}

function problem(detail: Message, hint: Message): JudgementProblem {
  return { detail: english(detail), hint: english(hint), text: { detail, hint } };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * The calendar date of an Excel serial number in the 1900 date system (serial 1 = 1 January 1900,
 * with Excel's fictitious 29 February 1900 at 60), for serials from 61 on.
 */
export function excelSerialDate(serial: number): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86400000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Serials of 1 January 1901 and 31 December 9999: whole numbers in between may be dates. */
const DATE_SERIALS = { first: 367, last: 2958465 } as const;

/**
 * Checks a positive finite judgement against Saaty's scale 1/9…9 (within 1e-9; ../shared/method.md
 * §3). A whole number that could be an Excel date serial gets a message that says so: Excel turns a
 * typed 1/3 into a date (46025 = 3 January 2026 when typed in 2026), so the hint suggests '1/3.
 *
 * @param x the judgement. @param shown how the value reads in the message (default String(x)).
 * @param fromNumberCell the value came from a cell holding a number (only those can be dates).
 * @returns undefined when x is on the scale, else the words of the error.
 */
export function saatyScaleProblem(x: number, shown: MessageArg = String(x), fromNumberCell = true): JudgementProblem | undefined {
  const { min, max, tolerance } = SAATY_SCALE;
  if (x >= min - tolerance && x <= max + tolerance) return undefined;
  if (fromNumberCell && Number.isInteger(x) && x >= DATE_SERIALS.first && x <= DATE_SERIALS.last) {
    const { year, month, day } = excelSerialDate(x);
    // A typed 1/d becomes 1 January…9 January (month/day order) or d March… (day/month order).
    const d = month === 1 && day >= 2 && day <= 9 ? day : day === 1 && month >= 2 && month <= 9 ? month : undefined;
    const typed = d === undefined ? "1/3" : `1/${d}`;
    return problem(msg("value.date", { value: shown, day, month, monthName: MONTHS[month - 1], year }), msg("hint.dateJudgement", { typed }));
  }
  // Just off the scale (within a factor 2: 0.11 typed for 1/9, 10): name the nearest end, as the
  // user would type it; farther off (1e-300, 100) it is no slip of the scale, so the general hint.
  if (x >= min / 2 && x <= 2 * max) return problem(msg("value.offScale", { value: shown }), msg("hint.onScaleNearest", { nearest: x < min ? "'1/9" : "9" }));
  return problem(msg("value.offScale", { value: shown }), msg("hint.onScale"));
}

/**
 * Whether x, off Saaty's scale, is its partner judgement's reciprocal typed in decimals (9 with 0.111
 * below it, as papers print full matrices): the partner p = a_ji is given, lies on the scale, is at
 * least x, and x·p is within 1 % of 1. Such an x is not the judgement (the larger of a pair typed
 * both ways is, and the other becomes its exact reciprocal; method.md §3), so it is not refused.
 */
export function isTypedReciprocal(x: number, partner: number | null | undefined): boolean {
  return typeof partner === "number" && partner >= x && saatyScaleProblem(partner) === undefined && Math.abs(x * partner - 1) <= RECIPROCITY_TOLERANCE;
}

/**
 * Reads a judgement written as text: a number ("3", "0.25") or a fraction ("1/3", " 1 / 5 ").
 * Excel turns a typed 1/3 into a date, so users type '1/3 and the cell holds text.
 * Read as their ASCII forms (Unicode NFKC): full-width digits, slash and point ("１/３", "1／3" from
 * a Chinese input method, which look like 1/3 in the message that would refuse them), vulgar
 * fractions ("⅓") and the fraction or division slash ("1⁄3", "1∕3"). One leading apostrophe kept
 * in the text ("'1/3" pasted or imported, Excel's text prefix) is not part of the judgement.
 * @returns the number (completePairwiseMatrix checks that it is positive), or `undefined` when the
 *   text is not a number or fraction.
 */
export function parseRatio(text: string): number | undefined {
  const t = text
    .normalize("NFKC")
    .replace(/[\u2044\u2215]/g, "/")
    .trim()
    .replace(/^['\u2018\u2019]/, "")
    .trim();
  const fraction = /^([0-9]*\.?[0-9]+)\s*\/\s*([0-9]*\.?[0-9]+)$/.exec(t);
  if (fraction) {
    const value = Number(fraction[1]) / Number(fraction[2]);
    return Number.isFinite(value) ? value : undefined;
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return undefined;
  return Number(t);
}

/**
 * Builds a complete pairwise comparison matrix from judgements (Saaty 1990).
 *
 * A blank diagonal counts as 1; a blank lower-triangle cell is filled with the reciprocal of its
 * upper-triangle partner; where both a_ij and a_ji are given their product must be within 1 % of 1,
 * and the larger of the two is the judgement (3 with 0.333 below it reads as 3 and 1/3), so the
 * result is reciprocal: with 0.333 kept as typed, a consistent matrix would get CI > 0 (or λmax < n).
 * Every value must be positive and lie on Saaty's scale 1/9…9 ({@link saatyScaleProblem}). Source: ../shared/method.md §1.3 and §3.
 *
 * @param judgements n×n array; `null` marks a blank cell. Rows = the element judged, a_ij = how
 *   much more important i is than j.
 * @returns the n×n reciprocal matrix.
 * @throws MethodError (value) for a non-square or empty matrix, a non-positive value, a value off
 *   Saaty's scale (a date serial says so), a blank in
 *   the upper triangle whose partner is blank too, or a pair that is not reciprocal.
 */
export function completePairwiseMatrix(judgements: ReadonlyArray<ReadonlyArray<number | null>>): Matrix {
  const n = judgements.length;
  if (n === 0) throw invalidInput(msg("ahp.matrixEmpty"));
  for (let i = 0; i < n; i++) {
    if (judgements[i].length !== n) {
      throw invalidInput(msg("ahp.matrixNotSquare", { rows: n, cols: judgements[i].length }));
    }
  }
  const values = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = judgements[i][j];
      if (v !== null && !(v > 0 && Number.isFinite(v))) {
        throw invalidInput(valueProblem(cell(i, j), String(v), msg("hint.positiveJudgement")));
      }
      // The diagonal is checked against 1 below: "the diagonal must be 1" says more than the scale.
      // (0.111 under a 9 is the 9's reciprocal in decimals, not a judgement off the scale.)
      const problem = v === null || i === j || isTypedReciprocal(v, judgements[j][i]) ? undefined : saatyScaleProblem(v);
      if (problem) throw invalidInput(valueProblem(cell(i, j), problem.text.detail, problem.text.hint));
    }
  }
  for (let i = 0; i < n; i++) {
    const d = judgements[i][i];
    if (d !== null && Math.abs(d - 1) > DIAGONAL_TOLERANCE) {
      throw invalidInput(valueProblem(cell(i, i), d, msg("hint.diagonal")));
    }
    values[i * n + i] = 1;
    for (let j = i + 1; j < n; j++) {
      const upper = judgements[i][j];
      const lower = judgements[j][i];
      if (upper === null && lower === null) {
        throw invalidInput(msg("ahp.bothBlank", { i: i + 1, j: j + 1 }));
      }
      if (upper !== null && lower !== null && Math.abs(upper * lower - 1) > RECIPROCITY_TOLERANCE) {
        throw invalidInput(msg("ahp.notReciprocal", { i: i + 1, j: j + 1, upper, lower, expected: formatReciprocal(upper) }));
      }
      // Both given: the larger is the judgement as typed (3), kept exactly; the other (0.333, its
      // reciprocal typed in decimals) becomes 1/3, so the matrix is reciprocal (method.md §1.3).
      if (upper !== null && (lower === null || upper >= lower)) {
        values[i * n + j] = upper;
        values[j * n + i] = 1 / upper;
      } else {
        values[j * n + i] = lower as number;
        values[i * n + j] = 1 / (lower as number);
      }
    }
  }
  return { rows: n, cols: n, values };
}

/** "matrix row i, column j" (0-based in, 1-based out). */
function cell(i: number, j: number): Message {
  return msg("place.cell", { what: "matrix", row: i + 1, col: j + 1 });
}

function formatReciprocal(x: number): string {
  const r = 1 / x;
  return Number.isInteger(x) ? `1/${x}` : String(Math.round(r * 10000) / 10000);
}
