import type { Direction } from "./direction";
import type { Matrix } from "./matrix";
import { invalidInput } from "./method-error";
import { msg } from "../i18n/messages";
import { minMaxNormalize } from "./normalize";

/**
 * CRITIC weights (CRiteria Importance Through Intercriteria Correlation; Diakoulaki, Mavrotas &
 * Papayannakis 1995, Computers & Operations Research 22(7) 763–770, eq. (1)–(3)):
 *
 * x' = min–max normalization with directions over all rows (as ENTROPYWEIGHTS, ../shared/method.md
 * §1.1); σ_j = standard deviation of column j of x'; r_jk = Pearson correlation of columns j and k;
 * C_j = σ_j Σ_k (1 − r_jk); w_j = C_j / Σ_k C_k.
 *
 * σ is the sample standard deviation (n − 1); the n of the population form cancels in w.
 * A constant column (σ = 0) gets weight 0 and is left out of the other columns' sums (its
 * correlations are 0/0), so adding a constant indicator never changes the other weights.
 *
 * @param data n×m raw values (rows = objects, columns = indicators), n ≥ 3 (with 2 rows every
 *   correlation is ±1), all finite.
 * @param directions m directions; omitted means every indicator is a benefit (+1). Directions
 *   matter: a cost indicator's correlations change sign.
 * @returns m weights ≥ 0 summing to 1.
 * @throws MethodError (value) "no indicator varies" when every column is constant; "…perfectly
 *   correlated…" when the varying columns are all perfectly positively correlated (every C_j = 0);
 *   "needs at least 3 rows" for n < 3; as {@link minMaxNormalize} for a direction count ≠ m.
 */
export function criticWeights(data: Matrix, directions?: ArrayLike<Direction>): Float64Array {
  // With 2 rows every correlation is ±1: CRITIC's conflict term says nothing (all "perfectly correlated").
  if (data.rows < 3) throw invalidInput(msg("critic.fewRows", { rows: data.rows }));
  const x = minMaxNormalize(data, directions);
  const { rows: n, cols: m, values } = x;
  const mean = new Float64Array(m);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) mean[j] += values[i * m + j];
  for (let j = 0; j < m; j++) mean[j] /= n;
  // Centered columns' cross products: s_jk = Σ_i (x_ij − x̄_j)(x_ik − x̄_k).
  const s = new Float64Array(m * m);
  const d = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) d[j] = values[i * m + j] - mean[j];
    for (let j = 0; j < m; j++) {
      const dj = d[j];
      if (dj === 0) continue;
      for (let k = j; k < m; k++) s[j * m + k] += dj * d[k];
    }
  }
  const sigma = new Float64Array(m);
  for (let j = 0; j < m; j++) sigma[j] = Math.sqrt(s[j * m + j] / (n - 1));
  const varies: number[] = [];
  for (let j = 0; j < m; j++) if (s[j * m + j] > 0) varies.push(j);
  if (varies.length === 0) throw invalidInput(msg("critic.noneVaries"));
  const c = new Float64Array(m);
  let total = 0;
  for (const j of varies) {
    let conflict = 0;
    for (const k of varies) {
      if (k === j) continue;
      const [a, b] = j < k ? [j, k] : [k, j];
      const r = s[a * m + b] / Math.sqrt(s[a * m + a] * s[b * m + b]);
      // Rounding can push r a hair outside [−1, 1].
      conflict += 1 - (r > 1 ? 1 : r < -1 ? -1 : r);
    }
    c[j] = sigma[j] * conflict;
    total += c[j];
  }
  // Conflict sums that are rounding noise of 0 (perfectly correlated columns) give no weights.
  let sigmaSum = 0;
  for (const j of varies) sigmaSum += sigma[j];
  if (!(total > 1e-12 * sigmaSum)) {
    throw invalidInput(
      msg(varies.length === 1 ? "critic.oneVaries" : "critic.correlated"),
    );
  }
  const w = new Float64Array(m);
  for (const j of varies) w[j] = c[j] / total;
  return w;
}
