import { scaleToUnitSum } from "../../../src/core";

/** Oracle: Σ_j w_j x_j in column order (weights scaled to sum 1 first), clamped to the row's [min, max]. */
export function alwaysClamped(rows: number[][], weights: number[]): number[] {
  const w = scaleToUnitSum(weights);
  return rows.map((r) => {
    let s = 0;
    for (let j = 0; j < r.length; j++) s += r[j] * w[j];
    const lo = Math.min(...r);
    const hi = Math.max(...r);
    return s < lo ? lo : s > hi ? hi : s;
  });
}
