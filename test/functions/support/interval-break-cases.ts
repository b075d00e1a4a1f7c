/**
 * Tester (break4): adversarial target intervals and columns for NORMALIZE (../shared/method.md §1
 * item 1: every x' in [lower, upper], a column's best value exactly `upper`, its worst exactly
 * `lower`, a constant column `upper`), shared by the source-level test
 * (test/functions/normalize-interval-break.test.ts) and the bundle's
 * (test/tester-findings/normalize-interval-bundle.test.ts). The checks find each column's best and
 * worst raw value independently (max/min by direction); nothing is compared with the code itself.
 */

/** The next double above x (x finite). */
export function nextUp(x: number): number {
  if (x === 0) return 5e-324;
  const f = new Float64Array([x]);
  const u = new BigInt64Array(f.buffer);
  u[0] += x > 0 ? 1n : -1n;
  return f[0];
}

/** Whether upper − lower rounds up (the exact difference is below the double computed): two-sum error < 0. */
export function spanRoundsUp(lower: number, upper: number): boolean {
  const s = upper - lower;
  const bb = s - upper;
  const err = upper - (s - bb) + (-lower - bb);
  return err < 0;
}

/**
 * Target intervals [lower, upper]: both signs, spans that round up, ends near ±1e308 (span still
 * finite), subnormal spans, one-ulp spans next to huge and next to tiny values.
 */
export function adversarialIntervals(rand: () => number): Array<[number, number]> {
  const out: Array<[number, number]> = [
    [-1, 2 ** 53 + 2],
    [-3, 2 ** 53],
    [-(2 ** -60), 1],
    [-0.1, 0.2],
    [-8.9e307, 8.9e307],
    [-1e308, 7.9e307],
    [0, 5e-324],
    [5e-324, 1e-323],
    [-5e-324, 5e-324],
    [1e300, nextUp(1e300)],
    [-1e300, nextUp(-1e300)],
    [1, nextUp(1)],
    [2.2250738585072014e-308, nextUp(2.2250738585072014e-308)],
    [-1e-300, 1e300],
    [0.1, 0.30000000000000004],
  ];
  // Random spans that round up, over all magnitudes (lower < 0 < upper, each end a random double).
  while (out.length < 60) {
    const lower = -(1 + rand()) * 2 ** Math.floor(rand() * 2040 - 1060);
    const upper = (1 + rand()) * 2 ** Math.floor(rand() * 2040 - 1060);
    if (Number.isFinite(upper - lower) && spanRoundsUp(lower, upper)) out.push([lower, upper]);
  }
  return out;
}

/**
 * Columns (each n values) that put x' = t just below 1 (1 − 2⁻⁵³, the largest t that is not the best
 * value), near-equal values, a range that overflows (±1e308), a subnormal range, a constant column;
 * each column's best value sits in row 0 for a benefit and in row 1 for a cost, so row 0 is the best
 * on every indicator and row 1 the worst when `directions` are +1 (benefit) for even columns and −1
 * (cost) for odd ones. `n` ≥ 6; rows beyond the 6 designed ones repeat interior values.
 */
export function adversarialColumns(n: number): { rows: number[][]; directions: number[] } {
  const c = 7;
  const designed: number[][] = [
    // benefit: best (row 0) max, worst (row 1) min
    [1, 0, 1 - 2 ** -53, 1 - 2 ** -52, 0.5, 2 ** -1074],
    // cost: best (row 0) min, worst (row 1) max
    [0, 1, 2 ** -53, 2 ** -52, 0.5, 1 - 2 ** -53],
    // benefit, near-equal values (one ulp apart)
    [nextUp(nextUp(c)), c, nextUp(c), nextUp(c), c, nextUp(nextUp(c))],
    // cost, near-equal values
    [c, nextUp(nextUp(c)), nextUp(c), c, nextUp(c), nextUp(c)],
    // benefit, max − min overflows
    [1.7976931348623157e308, -1.7976931348623157e308, 1e308, -1e308, 5e-324, 0],
    // cost, max − min overflows
    [-1e308, 1e308, 0, 9.9e307, -9.9e307, 5e-324],
    // benefit, subnormal range
    [1e-323, 0, 5e-324, 5e-324, 0, 1e-323],
    // cost, constant
    [3, 3, 3, 3, 3, 3],
  ];
  const m = designed.length;
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) rows.push(designed.map((col) => col[i < 6 ? i : 2 + (i % 4)]));
  return { rows, directions: Array.from({ length: m }, (_, j) => (j % 2 ? -1 : 1)) };
}

/**
 * Everything wrong with `out` as NORMALIZE(rows, directions, lower, upper) by method.md §1 item 1
 * (empty when it is right): a value outside [lower, upper], a best value that is not exactly
 * `upper`, a worst that is not exactly `lower`, a constant column not `upper`.
 */
export function intervalFaults(rows: number[][], directions: number[], lower: number, upper: number, out: unknown[][]): string[] {
  const faults: string[] = [];
  const m = rows[0].length;
  for (let j = 0; j < m; j++) {
    let min = Infinity;
    let max = -Infinity;
    for (const r of rows) {
      min = Math.min(min, r[j]);
      max = Math.max(max, r[j]);
    }
    const [best, worst] = directions[j] === 1 ? [max, min] : [min, max];
    rows.forEach((r, i) => {
      const y = out[i][j] as number;
      const at = `[${lower}, ${upper}] row ${i + 1} column ${j + 1} (x = ${r[j]}): ${y}`;
      if (typeof y !== "number" || !(y >= lower && y <= upper)) faults.push(`${at} outside`);
      else if (r[j] === best && y !== upper) faults.push(`${at} is the best value, not upper`);
      else if (min !== max && r[j] === worst && y !== lower) faults.push(`${at} is the worst value, not lower`);
    });
  }
  return faults;
}
