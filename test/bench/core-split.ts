/**
 * Timing split of the data functions into coercion (Excel any[][] → packed Float64 Matrix),
 * compute (src/core on the packed matrix) and output (packed result → arrays of rows), using the core
 * directly and the simplest possible coercion loop. It shows where the time of a registered function
 * goes, and what the core alone costs against numpy on the same packed data.
 */
import {
  ahpConsistency,
  ahpWeights,
  completePairwiseMatrix,
  COUPLING_REGIONS,
  couplingRegion,
  entropyWeights,
  grade,
  minMaxNormalize,
  obstacleDegrees,
  weightedIndex,
  type Direction,
  type Matrix,
} from "../../src/core";

/** any[][] of numbers → Matrix, checking every cell is a finite number (as an adapter must). */
export function packRows(rows: unknown[][]): Matrix {
  const n = rows.length;
  const m = n === 0 ? 0 : rows[0].length;
  const values = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    if (r.length !== m) throw new Error(`row ${i + 1} is ragged`);
    const base = i * m;
    for (let j = 0; j < m; j++) {
      const v = r[j];
      if (typeof v !== "number" || !Number.isFinite(v)) throw new Error(`row ${i + 1}, column ${j + 1} is not a number`);
      values[base + j] = v;
    }
  }
  return { rows: n, cols: m, values };
}

/** Packed n×m → arrays of rows (what a function returns to Excel). */
export function unpackRows(m: Matrix): number[][] {
  const out: number[][] = new Array(m.rows);
  for (let i = 0; i < m.rows; i++) {
    const row: number[] = new Array(m.cols);
    const base = i * m.cols;
    for (let j = 0; j < m.cols; j++) row[j] = m.values[base + j];
    out[i] = row;
  }
  return out;
}

/** Packed vector → n×1 column. */
export function unpackColumn(v: Float64Array): number[][] {
  const out: number[][] = new Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = [v[i]];
  return out;
}

export interface SplitStep {
  readonly name: "coerce" | "compute" | "output";
  readonly run: () => void;
}

/**
 * The three steps of one data function, each a closure that reuses the previous step's result, so
 * they can be timed one by one.
 */
export function splitSteps(fn: string, rows: unknown[][], dirs: ArrayLike<number>, w: ArrayLike<number>): SplitStep[] {
  const d = Array.from(dirs) as Direction[];
  let packed: Matrix | undefined;
  let result: Matrix | Float64Array | undefined;
  const compute: Record<string, () => Matrix | Float64Array> = {
    ENTROPYWEIGHTS: () => entropyWeights(minMaxNormalize(packed!, d)),
    SUPPORT: () => weightedIndex(minMaxNormalize(packed!, d), w),
    OBSTACLE: () => obstacleDegrees(minMaxNormalize(packed!, d), w),
  };
  const c = compute[fn];
  if (!c) throw new Error(`no split for ${fn}`);
  return [
    { name: "coerce", run: () => void (packed = packRows(rows)) },
    { name: "compute", run: () => void (result = c()) },
    {
      name: "output",
      run: () => {
        const r = result!;
        if (r instanceof Float64Array) {
          if (fn === "SUPPORT") unpackColumn(r);
          else unpackRows({ rows: 1, cols: r.length, values: r });
        } else unpackRows(r);
      },
    },
  ];
}

/** Row or column of numbers → flat array. */
function vector(v: unknown[][]): number[] {
  return v.length === 1 ? (v[0] as number[]) : v.map((r) => r[0] as number);
}

/**
 * A stand-in for the registered functions built from the core and the coercion above
 * (`--source core`): the same arguments and result shapes as ../shared/method.md §3, none of the
 * adapters' error handling. Used while src/functions is being written, and to compare.
 */
export function coreFunctionTable(): Map<string, (...args: unknown[]) => unknown> {
  const dirs = (d: unknown[][]) => vector(d) as Direction[];
  return new Map<string, (...args: unknown[]) => unknown>([
    ["ENTROPYWEIGHTS", (data, d) => unpackRows(rowOf(entropyWeights(minMaxNormalize(packRows(data as unknown[][]), dirs(d as unknown[][])))))],
    ["SUPPORT", (data, w, d) => unpackColumn(weightedIndex(minMaxNormalize(packRows(data as unknown[][]), dirs(d as unknown[][])), vector(w as unknown[][])))],
    ["OBSTACLE", (data, w, d) => unpackRows(obstacleDegrees(minMaxNormalize(packRows(data as unknown[][]), dirs(d as unknown[][])), vector(w as unknown[][])))],
    ["AHP", (a) => unpackColumn(ahpWeights(completePairwiseMatrix(a as number[][])))],
    [
      "AHPCONSISTENCY",
      (a) => {
        const c = ahpConsistency(completePairwiseMatrix(a as number[][]));
        return [["lambda_max", c.lambdaMax], ["CI", c.ci], ["RI", c.ri], ["CR", c.cr], ["consistent", c.consistent]];
      },
    ],
    ["GRADE", (s, p) => (s as number[][]).map((r, i) => [grade(r[0], (p as number[][])[i][0])])],
    ["REGION", (s, p) => (s as number[][]).map((r, i) => [COUPLING_REGIONS[couplingRegion(r[0], (p as number[][])[i][0])]])],
  ]);
}

function rowOf(v: Float64Array): Matrix {
  return { rows: 1, cols: v.length, values: v };
}
