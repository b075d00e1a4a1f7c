/**
 * Runs test/core/oracles/mcdm_oracle.py (python3 + numpy) inside jest on cases built by the test,
 * as test/runner/helpers.ts runs recc_oracle.py: one process per batch, JSON in and out.
 */
import { execFileSync } from "child_process";
import * as path from "path";
import { mulberry32 } from "../../bench/data";

export type OracleCase = { fn: string } & Record<string, unknown>;

/** The numpy oracle's results for the cases, in order. */
export function runMcdmOracle<T = unknown>(cases: readonly OracleCase[]): T[] {
  const out = execFileSync("python3", [path.join(__dirname, "..", "oracles", "mcdm_oracle.py")], {
    input: JSON.stringify(cases),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as T[];
}

/** A seeded generator of uniform numbers in [0, 1) (the bench's mulberry32), so every run draws the same cases. */
export const seededRandom = mulberry32;

const SAATY_SCALE = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1 / 2, 1 / 3, 1 / 4, 1 / 5, 1 / 6, 1 / 7, 1 / 8, 1 / 9];

/** An n×n reciprocal matrix with its upper triangle drawn from Saaty's scale (usually inconsistent). */
export function randomSaatyMatrix(random: () => number, n: number): number[][] {
  const a = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      a[i][j] = SAATY_SCALE[Math.floor(random() * SAATY_SCALE.length)];
      a[j][i] = 1 / a[i][j];
    }
  }
  return a;
}

/** An n×m panel of random raw values with per-column scales from 0.01 to 1000 (spreadsheet-like). */
export function randomPanel(random: () => number, n: number, m: number): number[][] {
  const scale = Array.from({ length: m }, () => 10 ** (random() * 5 - 2));
  const offset = Array.from({ length: m }, () => random() * 100 - 20);
  return Array.from({ length: n }, () => scale.map((s, j) => offset[j] + s * random()));
}

/** m directions, mixed: at least one benefit and one cost when m ≥ 2. */
export function mixedDirections(random: () => number, m: number): (1 | -1)[] {
  const d = Array.from({ length: m }, () => (random() < 0.5 ? 1 : -1) as 1 | -1);
  if (m >= 2) {
    d[0] = 1;
    d[1] = -1;
  }
  return d;
}

/** m unequal positive weights (not scaled to sum 1, so the functions' scaling is exercised). */
export function unequalWeights(random: () => number, m: number): number[] {
  return Array.from({ length: m }, (_, j) => 0.5 + random() * 3 + j * 0.01);
}
