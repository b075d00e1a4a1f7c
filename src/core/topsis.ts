import type { Direction } from "./direction";
import type { Matrix } from "./matrix";
import { invalidInput } from "./method-error";
import { msg, quotedChoices } from "../i18n/messages";
import { minMaxNormalize } from "./normalize";
import { scaleToUnitSum } from "./weights";

/** How TOPSIS normalizes the decision matrix. */
export type TopsisNormalization = "vector" | "minmax";

/**
 * TOPSIS relative closeness to the ideal solution (Hwang & Yoon 1981, Multiple Attribute Decision
 * Making, Springer, ch. 3; Opricovic & Tzeng 2004, EJOR 156, 445–455, eq. (6)–(10)).
 *
 * "vector" (default; Hwang & Yoon): r_ij = x_ij / √Σ_i x_ij²; v_ij = w_j r_ij; ideal A⁺_j = max_i
 * v_ij for a benefit, min for a cost; anti-ideal A⁻ the other way.
 * "minmax": x' = min–max normalization with directions (../shared/method.md §1.1, so every column is
 * a benefit after it); v_ij = w_j x'_ij; A⁺ = column max, A⁻ = column min.
 * D⁺_i = ‖v_i − A⁺‖, D⁻_i = ‖v_i − A⁻‖ (Euclidean), C_i = D⁻_i / (D⁺_i + D⁻_i).
 * A row at the ideal in every column has C = 1 exactly; at the anti-ideal, 0 exactly. With one
 * positive weight, C_i reduces to the min–max fraction (x − worst)/(best − worst) of that column for
 * either normalization (both are increasing linear maps of x), computed so (exactly 0.25, 0.5, 0.75).
 *
 * @param data n×m raw values (rows = objects, columns = indicators), n ≥ 2, all finite; for
 *   "vector" a column of zeros contributes nothing.
 * @param weights m weights ≥ 0 with a positive sum (scaled to sum 1; C does not change with scale).
 * @param directions m directions; omitted means every indicator is a benefit (+1).
 * @returns n closeness values in [0, 1], in row order.
 * @throws MethodError (value) for fewer than 2 rows, a weight or direction count ≠ m, invalid
 *   weights, an unknown normalization, or when no indicator with a positive weight varies (every
 *   D⁺ + D⁻ = 0, closeness undefined).
 */
export function topsis(
  data: Matrix,
  weights: ArrayLike<number>,
  directions?: ArrayLike<Direction>,
  normalization: TopsisNormalization = "vector",
): Float64Array {
  const { rows: n, cols: m } = data;
  if (n < 2) throw invalidInput(msg("topsis.fewRows", { rows: n }));
  if (weights.length !== m) throw invalidInput(msg("count.dataColumns", { what: "weights", n: weights.length, cols: m }));
  if (directions && directions.length !== m) throw invalidInput(msg("count.dataColumns", { what: "directions", n: directions.length, cols: m }));
  const w = scaleToUnitSum(weights, "weights");
  if (normalization !== "vector" && normalization !== "minmax") {
    throw invalidInput(msg("option.unknown", { name: "normalization", value: String(normalization), list: quotedChoices(["vector", "minmax"]) }));
  }
  const single = onlyPositive(w);
  if (single >= 0) return singleCriterion(data, single, directions);
  const v = weightedNormalized(data, w, directions, normalization);
  const best = new Float64Array(m).fill(-Infinity);
  const worst = new Float64Array(m).fill(Infinity);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const x = v[i * m + j];
      if (x > best[j]) best[j] = x;
      if (x < worst[j]) worst[j] = x;
    }
  }
  if (normalization === "vector" && directions) {
    for (let j = 0; j < m; j++) if (directions[j] === -1) [best[j], worst[j]] = [worst[j], best[j]];
  }
  const c = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let plus = 0;
    let minus = 0;
    for (let j = 0; j < m; j++) {
      const x = v[i * m + j];
      plus += (x - best[j]) ** 2;
      minus += (x - worst[j]) ** 2;
    }
    const dPlus = Math.sqrt(plus);
    const dMinus = Math.sqrt(minus);
    if (!(dPlus + dMinus > 0)) {
      throw invalidInput(msg("topsis.noneVaries"));
    }
    c[i] = dMinus / (dPlus + dMinus);
  }
  return c;
}

/** The one column with a positive weight, or −1 when there are several. */
function onlyPositive(w: Float64Array): number {
  let only = -1;
  for (let j = 0; j < w.length; j++) {
    if (w[j] > 0) {
      if (only >= 0) return -1;
      only = j;
    }
  }
  return only;
}

/** C_i of one criterion j: the min–max fraction of column j (method.md §1.1, exact at the ends). */
function singleCriterion(data: Matrix, j: number, directions: ArrayLike<Direction> | undefined): Float64Array {
  const { rows: n, cols: m, values } = data;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    lo = Math.min(lo, values[i * m + j]);
    hi = Math.max(hi, values[i * m + j]);
  }
  if (!(hi > lo)) throw invalidInput(msg("topsis.noneVaries"));
  const x = minMaxNormalize({ rows: n, cols: 1, values: Float64Array.from({ length: n }, (_, i) => values[i * m + j]) }, directions ? [directions[j]] : undefined).values;
  return Float64Array.from(x);
}

/** v_ij = w_j · (normalized x_ij), row-major; normalization already checked by topsis ("vector" unless "minmax"). */
function weightedNormalized(
  data: Matrix,
  w: Float64Array,
  directions: ArrayLike<Direction> | undefined,
  normalization: TopsisNormalization,
): Float64Array {
  const { rows: n, cols: m } = data;
  if (normalization === "minmax") {
    const v = minMaxNormalize(data, directions).values;
    for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) v[i * m + j] *= w[j];
    return v;
  }
  const x = data.values;
  const v = new Float64Array(n * m);
  for (let j = 0; j < m; j++) {
    // Divide by the column's largest magnitude first so squares of values near 1e200 cannot overflow.
    let big = 0;
    for (let i = 0; i < n; i++) big = Math.max(big, Math.abs(x[i * m + j]));
    if (big === 0) continue; // a column of zeros: r = 0
    let sq = 0;
    for (let i = 0; i < n; i++) sq += (x[i * m + j] / big) ** 2;
    const norm = Math.sqrt(sq);
    for (let i = 0; i < n; i++) v[i * m + j] = (w[j] * (x[i * m + j] / big)) / norm;
  }
  return v;
}
