import type { Matrix } from "./matrix";
import { invalidInput } from "./method-error";

/** Relative tolerance of the reciprocity check a_ij · a_ji ≈ 1 (../shared/method.md §3). */
export const RECIPROCITY_TOLERANCE = 0.01;

/**
 * Reads a judgement written as text: a number ("3", "0.25") or a fraction ("1/3", " 1 / 5 ").
 * Excel turns a typed 1/3 into a date, so users type '1/3 and the cell holds text.
 * @returns the number (completePairwiseMatrix checks that it is positive), or `undefined` when the
 *   text is not a number or fraction.
 */
export function parseRatio(text: string): number | undefined {
  const t = text.trim();
  const fraction = /^([0-9]*\.?[0-9]+)\s*\/\s*([0-9]*\.?[0-9]+)$/.exec(t);
  if (fraction) {
    const value = Number(fraction[1]) / Number(fraction[2]);
    return Number.isFinite(value) ? value : undefined;
  }
  if (t === "" || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return undefined;
  return Number(t);
}

/**
 * Builds a complete pairwise comparison matrix from judgements (Saaty 1990).
 *
 * A blank diagonal counts as 1; a blank lower-triangle cell is filled with the reciprocal of its
 * upper-triangle partner; where both a_ij and a_ji are given their product must be within 1 % of 1.
 * Every value must be positive and finite. Source: ../shared/method.md §1.3 and §3.
 *
 * @param judgements n×n array; `null` marks a blank cell. Rows = the element judged, a_ij = how
 *   much more important i is than j.
 * @returns the n×n reciprocal matrix.
 * @throws MethodError (value) for a non-square or empty matrix, a non-positive value, a blank in
 *   the upper triangle whose partner is blank too, or a pair that is not reciprocal.
 */
export function completePairwiseMatrix(judgements: ReadonlyArray<ReadonlyArray<number | null>>): Matrix {
  const n = judgements.length;
  if (n === 0) throw invalidInput("the comparison matrix is empty");
  for (let i = 0; i < n; i++) {
    if (judgements[i].length !== n) {
      throw invalidInput(`the comparison matrix must be square; it has ${n} rows and ${judgements[i].length} columns`);
    }
  }
  const values = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = judgements[i][j];
      if (v !== null && !(v > 0 && Number.isFinite(v))) {
        throw invalidInput(`matrix row ${i + 1}, column ${j + 1} is ${v}; judgements must be positive numbers`);
      }
      if (v !== null && !Number.isFinite(1 / v)) {
        throw invalidInput(`matrix row ${i + 1}, column ${j + 1} is ${v}; its reciprocal is too large (Saaty's scale is 1/9 to 9)`);
      }
    }
  }
  for (let i = 0; i < n; i++) {
    const d = judgements[i][i];
    if (d !== null && Math.abs(d - 1) > 1e-9) {
      throw invalidInput(`matrix row ${i + 1}, column ${i + 1} is ${d}; the diagonal must be 1`);
    }
    values[i * n + i] = 1;
    for (let j = i + 1; j < n; j++) {
      const upper = judgements[i][j];
      const lower = judgements[j][i];
      if (upper === null && lower === null) {
        throw invalidInput(`matrix row ${i + 1}, column ${j + 1} is blank, and so is row ${j + 1}, column ${i + 1}`);
      }
      if (upper !== null && lower !== null && Math.abs(upper * lower - 1) > RECIPROCITY_TOLERANCE) {
        throw invalidInput(
          `matrix is not reciprocal: row ${i + 1}, column ${j + 1} is ${upper} but row ${j + 1}, column ${i + 1} is ${lower} (expected ${formatReciprocal(upper)})`,
        );
      }
      const a = upper !== null ? upper : 1 / (lower as number);
      values[i * n + j] = a;
      values[j * n + i] = lower !== null ? lower : 1 / a;
    }
  }
  return { rows: n, cols: n, values };
}

function formatReciprocal(x: number): string {
  const r = 1 / x;
  return Number.isInteger(x) ? `1/${x}` : String(Math.round(r * 10000) / 10000);
}
