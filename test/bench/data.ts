/**
 * Deterministic bench inputs: a seeded PRNG and generators for raw indicator panels, weights,
 * directions, a 15×15 pairwise comparison matrix and S/P columns.
 *
 * Every generator returns the packed row-major Float64Array that the numpy reference reads from a
 * binary file, and {@link excelRows} turns it into the any[][] Excel hands a custom function, so both
 * sides compute on bit-identical numbers.
 */

/** mulberry32: a small 32-bit seeded PRNG, uniform in [0, 1); plenty for test data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws (Box–Muller) from a uniform source. */
function normal(rand: () => number): () => number {
  let spare: number | undefined;
  return () => {
    if (spare !== undefined) {
      const s = spare;
      spare = undefined;
      return s;
    }
    const u = 1 - rand();
    const v = rand();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
}

/**
 * The kinds of raw indicator found in carrying-capacity panels (county statistics yearbooks):
 * each column gets one, so the magnitudes span ~1e-1 … 1e8 as in real data.
 */
const INDICATOR_KINDS: ReadonlyArray<(rand: () => number, gauss: () => number) => number> = [
  // GDP per capita, yuan: lognormal around 45,000
  (_r, g) => Math.exp(Math.log(45000) + 0.6 * g()),
  // share or rate, % in [0, 100] with 2 decimals
  (r) => Math.round(r() * 10000) / 100,
  // industrial wastewater discharge, 10^4 t: heavy-tailed
  (_r, g) => Math.exp(Math.log(800) + 1.2 * g()),
  // population density, persons/km²
  (_r, g) => Math.exp(Math.log(300) + 0.9 * g()),
  // forest cover ratio in [0, 1]
  (r) => 0.05 + 0.9 * r(),
  // total output value, 10^4 yuan: large
  (_r, g) => Math.exp(Math.log(5e6) + 1.0 * g()),
  // counts (hospitals beds, patents): integers
  (_r, g) => Math.round(Math.exp(Math.log(120) + 0.8 * g())),
  // precipitation, mm
  (_r, g) => Math.max(50, 900 + 250 * g()),
];

/** Raw n×m indicator panel, row-major. Seeded by (rows, cols) so each size is reproducible alone. */
export function rawPanel(rows: number, cols: number, seed = 20240601): Float64Array {
  const rand = mulberry32(seed ^ Math.imul(rows, 31) ^ Math.imul(cols, 7919));
  const gauss = normal(rand);
  const kinds = Array.from({ length: cols }, (_, j) => INDICATOR_KINDS[j % INDICATOR_KINDS.length]);
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) out[i * cols + j] = kinds[j](rand, gauss);
  }
  return out;
}

/** m directions: every third indicator is a cost (−1), the rest benefits (+1). */
export function directions(cols: number): Float64Array {
  return Float64Array.from({ length: cols }, (_, j) => (j % 3 === 2 ? -1 : 1));
}

/** m positive weights (not scaled: the functions scale them to sum 1). */
export function weights(cols: number, seed = 7): Float64Array {
  const rand = mulberry32(seed + cols);
  return Float64Array.from({ length: cols }, () => 0.2 + rand());
}

/** Saaty's scale 1/9 … 9. */
const SAATY = [1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9];

/**
 * An n×n positive reciprocal matrix as a judge would fill it: ratios of hidden priorities,
 * perturbed and rounded to Saaty's scale in the upper triangle, exact reciprocals below.
 */
export function pairwiseMatrix(n: number, seed = 15): Float64Array {
  const rand = mulberry32(seed * 1000 + n);
  const gauss = normal(rand);
  const priority = Array.from({ length: n }, () => Math.exp(0.8 * gauss()));
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    a[i * n + i] = 1;
    for (let j = i + 1; j < n; j++) {
      const ratio = (priority[i] / priority[j]) * Math.exp(0.25 * gauss());
      let best = SAATY[0];
      for (const s of SAATY) if (Math.abs(Math.log(s / ratio)) < Math.abs(Math.log(best / ratio))) best = s;
      a[i * n + j] = best;
      a[j * n + i] = 1 / best;
    }
  }
  return a;
}

/** n index values in [0, 1] (S or P columns for GRADE and REGION). */
export function unitColumn(rows: number, seed: number): Float64Array {
  const rand = mulberry32(seed ^ rows);
  return Float64Array.from({ length: rows }, () => rand());
}

/**
 * The any[][] a custom function receives for a packed n×m range. The rows go through
 * JSON.stringify/parse because that is how the host hands range values to the JavaScript runtime
 * (a JSON message), so the arrays have the element kinds V8 gives parsed JSON.
 */
export function excelRows(values: Float64Array, rows: number, cols: number): unknown[][] {
  const plain: number[][] = new Array(rows);
  for (let i = 0; i < rows; i++) plain[i] = Array.from(values.subarray(i * cols, (i + 1) * cols));
  return JSON.parse(JSON.stringify(plain)) as unknown[][];
}
