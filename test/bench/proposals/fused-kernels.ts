/**
 * PROPOSAL, not used by the add-in: fused "normalize while computing" kernels for src/core, and the
 * measurement behind them. Run: `npx tsx test/bench/proposals/fused-kernels.ts`.
 *
 * Today SUPPORT and OBSTACLE materialize the normalized n×m matrix (minMaxNormalize) and OBSTACLE
 * also a packed n×m result before shaping it into rows: at 100000×50 that is two or three 40 MB
 * allocations (page faults) and two extra passes over memory. Applying x' = offset_j + scale_j·x on
 * the fly from the column range removes them; results agree with the current path to ~1e-16.
 * Each kernel takes the core's coerced Matrix; the coefficients mirror minMaxNormalize (without
 * its overflow branch for columns whose max − min is infinite, which a real version must keep).
 */
import { columnRange, entropy, minMaxNormalize, obstacleDegrees, scaleToUnitSum, weightedIndex, weightsFromEntropy, type Direction, type Matrix } from "../../../src/core";
import { PARAMS } from "../../../src/functions/params";
import { column, matrix, row } from "../../../src/functions/shape";
import { directions, excelRows, rawPanel, weights } from "../data";

/** Per-column x' = offset + scale·x of min–max normalization onto [0, 1] (as minMaxNormalize). */
function coefficients(data: Matrix, dirs: ArrayLike<Direction> | undefined): { scale: Float64Array; offset: Float64Array } {
  const { min, max } = columnRange(data);
  const m = data.cols;
  const scale = new Float64Array(m);
  const offset = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const r = max[j] - min[j];
    if (!(r > 0)) offset[j] = 1;
    else if (!dirs || dirs[j] === 1) {
      scale[j] = 1 / r;
      offset[j] = -min[j] * scale[j];
    } else {
      scale[j] = -1 / r;
      offset[j] = max[j] / r;
    }
  }
  return { scale, offset };
}

/** Entropy e_j of the normalized columns without storing them (same one-pass formula as entropy()). */
export function entropyOfRaw(data: Matrix, dirs: ArrayLike<Direction> | undefined, shift = 0): Float64Array {
  const { rows, cols, values } = data;
  const { scale, offset } = coefficients(data, dirs);
  const total = new Float64Array(cols);
  const sumYLogY = new Float64Array(cols);
  const first = new Float64Array(cols);
  const varies = new Uint8Array(cols);
  for (let j = 0; j < cols; j++) {
    const x = offset[j] + scale[j] * values[j];
    first[j] = (x < 0 ? 0 : x > 1 ? 1 : x) + shift;
  }
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    for (let j = 0; j < cols; j++) {
      const x = offset[j] + scale[j] * values[base + j];
      const y = (x < 0 ? 0 : x > 1 ? 1 : x) + shift;
      total[j] += y;
      if (y > 0) sumYLogY[j] += y * Math.log(y);
      if (y !== first[j]) varies[j] = 1;
    }
  }
  const k = 1 / Math.log(rows);
  const e = new Float64Array(cols);
  for (let j = 0; j < cols; j++) {
    const t = total[j];
    const ej = -k * (sumYLogY[j] / t - Math.log(t));
    e[j] = !varies[j] || !(t > 0) ? 1 : ej < 0 ? 0 : ej > 1 ? 1 : ej;
  }
  return e;
}

/** S_i = Σ_j x'_ij w_j without storing X'. */
export function weightedIndexOfRaw(data: Matrix, dirs: ArrayLike<Direction> | undefined, weightsIn: ArrayLike<number>): Float64Array {
  const { rows, cols, values } = data;
  const { scale, offset } = coefficients(data, dirs);
  const w = scaleToUnitSum(weightsIn);
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    let s = 0;
    for (let j = 0; j < cols; j++) {
      const x = offset[j] + scale[j] * values[base + j];
      s += (x < 0 ? 0 : x > 1 ? 1 : x) * w[j];
    }
    out[i] = s;
  }
  return out;
}

/** Obstacle degrees written straight into the rows Excel receives (no X', no packed result). */
export function obstacleRowsOfRaw(data: Matrix, dirs: ArrayLike<Direction> | undefined, weightsIn: ArrayLike<number>): number[][] {
  const { rows, cols, values } = data;
  const { scale, offset } = coefficients(data, dirs);
  const w = scaleToUnitSum(weightsIn);
  const out: number[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    const r: number[] = new Array(cols);
    let total = 0;
    for (let j = 0; j < cols; j++) {
      const x = offset[j] + scale[j] * values[base + j];
      const a = (1 - (x < 0 ? 0 : x > 1 ? 1 : x)) * w[j];
      r[j] = a;
      total += a;
    }
    const inv = total > 0 ? 1 / total : 0;
    for (let j = 0; j < cols; j++) r[j] *= inv;
    out[i] = r;
  }
  return out;
}

function main(): void {
  const n = 100000;
  const m = 50;
  const X = excelRows(rawPanel(n, m), n, m);
  const D = [Array.from(directions(m))];
  const W = [Array.from(weights(m))];
  const [dataP, weightP, dirP] = PARAMS.OBSTACLE;
  const coerce = () => ({ d: dataP.coerce(X), w: weightP.coerce(W), dirs: dirP.coerce(D) });
  const variants: Array<[string, () => unknown]> = [
    ["ENTROPYWEIGHTS current", () => { const a = coerce(); return row(weightsFromEntropy(entropy(minMaxNormalize(a.d, a.dirs)))); }],
    ["ENTROPYWEIGHTS fused", () => { const a = coerce(); return row(weightsFromEntropy(entropyOfRaw(a.d, a.dirs))); }],
    ["SUPPORT current", () => { const a = coerce(); return column(weightedIndex(minMaxNormalize(a.d, a.dirs), a.w)); }],
    ["SUPPORT fused", () => { const a = coerce(); return column(weightedIndexOfRaw(a.d, a.dirs, a.w)); }],
    ["OBSTACLE current", () => { const a = coerce(); return matrix(obstacleDegrees(minMaxNormalize(a.d, a.dirs), a.w)); }],
    ["OBSTACLE fused rows", () => { const a = coerce(); return obstacleRowsOfRaw(a.d, a.dirs, a.w); }],
  ];
  // The fused results must equal the current ones.
  for (let v = 0; v < variants.length; v += 2) {
    const a = (variants[v][1]() as number[][]).flat();
    const b = (variants[v + 1][1]() as number[][]).flat();
    let d = 0;
    for (let k = 0; k < a.length; k++) d = Math.max(d, Math.abs(a[k] - b[k]));
    console.log(`${variants[v + 1][0]}: max |fused − current| = ${d.toExponential(1)}`);
  }
  const med = (x: number[]) => [...x].sort((p, q) => p - q)[x.length >> 1];
  for (let round = 0; round < 2; round++) {
    for (const [name, f] of variants) {
      for (let k = 0; k < 3; k++) f();
      const wall: number[] = [];
      const cpu: number[] = [];
      for (let k = 0; k < 9; k++) {
        const c = process.cpuUsage();
        const t = performance.now();
        f();
        wall.push(performance.now() - t);
        const u = process.cpuUsage(c);
        cpu.push((u.user + u.system) / 1000);
      }
      console.log(`${name.padEnd(24)} wall ${med(wall).toFixed(1).padStart(7)} ms   cpu ${med(cpu).toFixed(1).padStart(7)} ms`);
    }
  }
}

main();
