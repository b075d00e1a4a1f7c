import { KERNEL_WASM_BASE64 } from "./wasm/kernel-bytes";

/**
 * The WebAssembly SIMD path of the method core (issue 9 §2): a 2.6 KB module (src/core/wasm/kernel.wat,
 * embedded as bytes; nothing is fetched) with the hot loops of entropy (including fdlibm's log, the
 * algorithm of V8's Math.log), the column ranges of min–max scaling, SUPPORT/PRESSURE's weighted
 * sums and OBSTACLE's degrees. Small enough (< 4 KB) for synchronous compiling on a browser's main
 * thread. Each kernel does the same IEEE operations in the same order as the JavaScript loop it
 * replaces, so both paths give the same bits (test/core/wasm-kernel.test.ts runs both).
 *
 * Used only where compiling the module succeeds (WebAssembly with SIMD), and only on data packed
 * into a {@link KernelMemory} (the reused input buffer, src/core/input-buffer.ts): the kernels read
 * the data where coercion wrote them, without a copy. Elsewhere plain JavaScript.
 *
 * Memory layout (bytes): [0, 512) the kernel's constants (written at instantiation);
 * then 8 column arrays of m + (m & 1) doubles (coef, base, range, weights, two accumulators, two
 * scratch rows); then an output block of max(2 × (WEIGHTED_BLOCK + 2), 4 × (m + (m & 1))) doubles
 * (SUPPORT's row sums, OBSTACLE's rows of a block); then the data (n·m doubles) and 16 bytes of
 * padding (an odd row's last SIMD pair reads one double past it).
 */

/** Which path the core takes: "auto" (WebAssembly where available), or one forced (tests). */
export type KernelPath = "auto" | "js" | "wasm";

interface KernelExports {
  log(src: number, dst: number, n: number): void;
  entropy(x: number, n: number, m: number, coef: number, base: number, range: number, total: number, sum: number, yrow: number, lrow: number, shift: number): void;
  range(x: number, n: number, m: number, min: number, max: number): void;
  weighted(x: number, m: number, r0: number, r1: number, coef: number, base: number, range: number, w: number, out: number, out2: number): void;
  obstacle(x: number, m: number, r0: number, r1: number, coef: number, base: number, range: number, w: number, out: number): void;
}

/** A WebAssembly memory with the kernels instantiated on it. */
export interface KernelMemory {
  readonly memory: WebAssembly.Memory;
  readonly exports: KernelExports;
  /** The whole memory as doubles (never grown, so never detached). */
  readonly f64: Float64Array;
}

const CONSTANT_BYTES = 512;
/** Rows per call of the weighted kernel (its two output arrays hold this many sums). */
export const WEIGHTED_BLOCK = 1024;
const PAGE = 65536;
/** wasm32 addresses 4 GiB; stay below 2 GiB so every byte offset is a positive i32. */
const MAX_BYTES = 2 ** 31 - PAGE;

let path: KernelPath = "auto";
let compiled: WebAssembly.Module | null | undefined;

/**
 * The bytes of standard base64 text (RFC 4648 §4; trailing "=" padding optional), decoded by hand
 * (neither atob nor Buffer needed). Exported for its test only.
 */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const digits = new Uint8Array(128);
  for (let k = 0; k < 64; k++) digits[alphabet.charCodeAt(k)] = k;
  const clean = text.replace(/=+$/, "");
  const out = new Uint8Array((clean.length * 3) >> 2);
  let bits = 0;
  let count = 0;
  let o = 0;
  for (let k = 0; k < clean.length; k++) {
    bits = (bits << 6) | digits[clean.charCodeAt(k)];
    count += 6;
    if (count >= 8) {
      count -= 8;
      out[o++] = (bits >> count) & 255;
    }
  }
  return out;
}

/**
 * The compiled module, or null where WebAssembly or its SIMD is unavailable (compiled once). The
 * constructor validates the bytes (a CompileError where SIMD is unknown; a ReferenceError where there
 * is no WebAssembly at all), so nothing is checked before it.
 */
function kernelModule(): WebAssembly.Module | null {
  if (compiled !== undefined) return compiled;
  try {
    compiled = new WebAssembly.Module(decodeBase64(KERNEL_WASM_BASE64));
  } catch {
    compiled = null;
  }
  return compiled;
}

/** Whether this runtime runs the SIMD kernels (WebAssembly with SIMD, module compiled). */
export function simdKernelAvailable(): boolean {
  return kernelModule() !== null;
}

/**
 * Forces a path (tests run every function on both; "auto" is the default). "wasm" where the
 * kernels are unavailable throws. Drops a kept input buffer (see input-buffer.ts), so the next call
 * packs its data for the path chosen.
 */
export function setKernelPath(p: KernelPath): void {
  if (p === "wasm" && !simdKernelAvailable()) throw new Error("WebAssembly SIMD kernels are not available in this runtime");
  path = p;
  onPathChange?.();
}

/** The path in force. */
export function kernelPath(): KernelPath {
  return path;
}

let onPathChange: (() => void) | undefined;

/** Called by input-buffer.ts: drop its kept buffer when the path changes. */
export function onKernelPathChange(f: () => void): void {
  onPathChange = f;
}

/** Whether calls should pack their data into kernel memory now. */
export function simdPathOn(): boolean {
  return path !== "js" && simdKernelAvailable();
}

const even = (m: number) => m + (m & 1);

/** Byte offset of column array `a` (0…7) for m columns. */
const columnArray = (m: number, a: number) => CONSTANT_BYTES + a * even(m) * 8;

/** Doubles in the output block for m columns. */
const outDoubles = (m: number) => Math.max(2 * (WEIGHTED_BLOCK + 2), 4 * even(m));

/** Byte offset of the data for m columns (after the column arrays and the output block). */
export function kernelDataOffset(m: number): number {
  return columnArray(m, 8) + outDoubles(m) * 8;
}

/** OBSTACLE's rows per kernel call for m columns: even, ≥ 2, with one spare row in the block. */
export function obstacleBlockRows(m: number): number {
  return Math.max(2, (Math.floor(outDoubles(m) / m) - 1) & ~1);
}

/** Bytes of a kernel memory for n·m = length values in m columns. */
export function kernelBytes(length: number, m: number): number {
  return kernelDataOffset(m) + length * 8 + 16;
}

/**
 * A new kernel memory of at least `bytes` bytes, or undefined when the kernels are unavailable, the
 * size is beyond 2 GiB, or the runtime refuses the allocation.
 */
export function newKernelMemory(bytes: number): KernelMemory | undefined {
  const mod = kernelModule();
  if (!mod || bytes > MAX_BYTES) return undefined;
  try {
    const pages = Math.ceil(bytes / PAGE);
    const memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
    const instance = new WebAssembly.Instance(mod, { env: { memory } });
    return { memory, exports: instance.exports as unknown as KernelExports, f64: new Float64Array(memory.buffer) };
  } catch {
    return undefined;
  }
}

let current: KernelMemory | undefined;

/** Registers the kernel memory the input buffer lends from (undefined when none is kept). */
export function setCurrentKernelMemory(k: KernelMemory | undefined): void {
  current = k;
}

/**
 * The kernel memory holding `values` with room for the column arrays of `m` columns before them,
 * or undefined (the data are elsewhere, or the JavaScript path is forced).
 */
export function kernelHolding(values: Float64Array, m: number): KernelMemory | undefined {
  const k = current;
  if (!k || path === "js" || values.buffer !== k.memory.buffer || values.byteOffset < kernelDataOffset(m)) return undefined;
  return k;
}

/** Writes m values (a pad value after them for odd m) into column array `a`. */
function put(k: KernelMemory, m: number, a: number, v: ArrayLike<number>, pad: number): number {
  const byte = columnArray(m, a);
  const at = byte >> 3;
  for (let j = 0; j < m; j++) k.f64[at + j] = v[j];
  if (m & 1) k.f64[at + m] = pad;
  return byte;
}

/** Fills column array `a` with `x`. */
function fill(k: KernelMemory, m: number, a: number, x: number): number {
  const byte = columnArray(m, a);
  k.f64.fill(x, byte >> 3, (byte >> 3) + even(m));
  return byte;
}

/** Copies m values of column array `a` out. */
function take(k: KernelMemory, m: number, a: number, out: Float64Array): void {
  out.set(k.f64.subarray(columnArray(m, a) >> 3, (columnArray(m, a) >> 3) + m));
}

/**
 * Entropy's column sums (entropy.ts, [0, 1] scaling folded in): total_j = Σ_i y_ij and
 * sum_j = Σ_{y > 0} y ln y with y = (coef_j x − base_j)/range_j + shift, row by row.
 */
export function kernelEntropySums(
  k: KernelMemory,
  rows: number,
  cols: number,
  values: Float64Array,
  coef: ArrayLike<number>,
  base: ArrayLike<number>,
  range: ArrayLike<number>,
  shift: number,
  total: Float64Array,
  sum: Float64Array,
): void {
  const c = put(k, cols, 0, coef, 0);
  const b = put(k, cols, 1, base, -1);
  const r = put(k, cols, 2, range, 1);
  const t = fill(k, cols, 4, 0);
  const s = fill(k, cols, 5, 0);
  k.exports.entropy(values.byteOffset, rows, cols, c, b, r, t, s, columnArray(cols, 6), columnArray(cols, 7), shift);
  take(k, cols, 4, total);
  take(k, cols, 5, sum);
}

/**
 * Column ranges gathered while the data are packed (see {@link kernelRangeRows}): valid for exactly
 * this Float64Array view (a new call makes a new view; the core never writes its input).
 */
let gathered: { values: Float64Array; min: Float64Array; max: Float64Array } | undefined;
let gathering: Float64Array | undefined;

/**
 * Coercion has packed rows [r0, r1) of `values` (a view into kernel memory, r0 = the previous r1,
 * starting at 0): fold them into the column ranges now, while they are in cache, so
 * {@link kernelColumnRange} need not read the whole matrix again. The same pmin/pmax in the same
 * row order as one pass, so the same bits. Does nothing for data outside kernel memory.
 */
export function kernelRangeRows(values: Float64Array, cols: number, r0: number, r1: number): void {
  const k = kernelHolding(values, cols);
  if (!k) return;
  if (r0 === 0) {
    gathered = undefined;
    gathering = values;
    fill(k, cols, 6, Infinity);
    fill(k, cols, 7, -Infinity);
  } else if (gathering !== values) return;
  k.exports.range(values.byteOffset + r0 * cols * 8, r1 - r0, cols, columnArray(cols, 6), columnArray(cols, 7));
}

/** Coercion has packed all `rows` rows of `values` through {@link kernelRangeRows}: keep the ranges. */
export function kernelRangeDone(values: Float64Array, cols: number): void {
  const k = kernelHolding(values, cols);
  if (!k || gathering !== values) return;
  gathering = undefined;
  const min = new Float64Array(cols);
  const max = new Float64Array(cols);
  take(k, cols, 6, min);
  take(k, cols, 7, max);
  gathered = { values, min, max };
}

/** Forgets gathered ranges (a new buffer is lent or the kept one released). */
export function forgetGatheredRanges(): void {
  gathered = undefined;
  gathering = undefined;
}

/** Column minima and maxima (normalize.ts columnRange), into min and max. */
export function kernelColumnRange(k: KernelMemory, rows: number, cols: number, values: Float64Array, min: Float64Array, max: Float64Array): void {
  if (gathered && gathered.values === values && gathered.min.length === cols && values.length === rows * cols) {
    min.set(gathered.min);
    max.set(gathered.max);
    return;
  }
  const lo = fill(k, cols, 6, Infinity);
  const hi = fill(k, cols, 7, -Infinity);
  k.exports.range(values.byteOffset, rows, cols, lo, hi);
  take(k, cols, 6, min);
  take(k, cols, 7, max);
}

/**
 * SUPPORT/PRESSURE's row sums (weighted-index.ts unitIndex) of rows [r0, r1), r1 − r0 ≤
 * {@link WEIGHTED_BLOCK}: s = Σ_j v w_j and s2 = Σ_j (v w_j) v with v = (coef_j x − base_j)/range_j.
 * Returns the offsets (in doubles) of s and s2 of row r0 in `k.f64`. Call {@link kernelWeightedSetup} first.
 */
export function kernelWeightedSums(k: KernelMemory, cols: number, values: Float64Array, r0: number, r1: number): [number, number] {
  const out = columnArray(cols, 8);
  const out2 = out + (WEIGHTED_BLOCK + 2) * 8;
  k.exports.weighted(values.byteOffset, cols, r0, r1, columnArray(cols, 0), columnArray(cols, 1), columnArray(cols, 2), columnArray(cols, 3), out, out2);
  return [out >> 3, out2 >> 3];
}

/**
 * OBSTACLE's degrees of rows [r0, r1), r1 − r0 ≤ {@link obstacleBlockRows}: for each row,
 * d_j = (1 − (coef_j x − base_j)/range_j) w_j, then d_j·(1/total) (d_j/total where 1/total
 * overflows; +0 where total ≤ 0), as obstacle-degree.ts computes them. Returns the offset (in
 * doubles) in `k.f64` of row r0's m degrees; row r0 + i follows at + i·m. Call
 * {@link kernelWeightedSetup} first (the same column arrays).
 */
export function kernelObstacleRows(k: KernelMemory, cols: number, values: Float64Array, r0: number, r1: number): number {
  const out = columnArray(cols, 8);
  k.exports.obstacle(values.byteOffset, cols, r0, r1, columnArray(cols, 0), columnArray(cols, 1), columnArray(cols, 2), columnArray(cols, 3), out);
  return out >> 3;
}

/** Writes the column arrays (coef, base, range, weights) of {@link kernelWeightedSums} and {@link kernelObstacleRows}. */
export function kernelWeightedSetup(k: KernelMemory, cols: number, coef: ArrayLike<number>, base: ArrayLike<number>, range: ArrayLike<number>, w: ArrayLike<number>): void {
  put(k, cols, 0, coef, 0);
  put(k, cols, 1, base, 0);
  put(k, cols, 2, range, 1);
  put(k, cols, 3, w, 0);
}

/**
 * log of every value with the kernel (for the property test against Math.log): positive finite
 * doubles only (a lane holding anything else gets a meaningless value). Undefined without SIMD.
 */
export function kernelLog(xs: Float64Array): Float64Array | undefined {
  const n = xs.length;
  const k = newKernelMemory(CONSTANT_BYTES + (n + 2) * 8);
  if (!k) return undefined;
  const at = CONSTANT_BYTES >> 3;
  k.f64.set(xs, at);
  k.exports.log(CONSTANT_BYTES, CONSTANT_BYTES, n);
  return k.f64.slice(at, at + n);
}
