/**
 * One reused buffer for the packed copy of a call's data (issue 9 §2): a fresh n×m Float64Array per
 * call costs about half of the input check at 100000×50 in first-touch page faults. The buffer is lent
 * to the first large matrix of a call only (so two matrices of one call never share memory), and it
 * is dropped about {@link RELEASE_MS} ms after the last call that used it, by a timer. Where the
 * runtime has no timers the buffer is never kept: every call gets a fresh array, as before.
 *
 * Safe because custom functions are synchronous and never return or keep their input matrix: the
 * buffer is lent again only by a later call, after this one has finished.
 *
 * Where the WebAssembly SIMD kernels run (src/core/simd-kernel.ts), the kept buffer is a
 * WebAssembly memory instead, with the data after the kernels' column arrays, so the kernels read
 * the data where coercion wrote them (no second copy). It is released the same way: the memory and
 * its instance are dropped (a WebAssembly memory cannot shrink, so it is never grown either: a call
 * that needs more gets a new one and the old one is dropped at once).
 */
import { forgetGatheredRanges, kernelBytes, kernelDataOffset, kernelRangeDone, kernelRangeRows, newKernelMemory, onKernelPathChange, setCurrentKernelMemory, simdPathOn, type KernelMemory } from "./simd-kernel";

/** A buffer is dropped this long after the last call that used it. */
export const RELEASE_MS = 2000;

/** Matrices smaller than this (in values) are cheap to allocate and never use the kept buffer. */
export const MIN_LENT_LENGTH = 16384;

let kept: Float64Array | undefined;
let keptKernel: KernelMemory | undefined;
let lendable = false;
let lastUse = 0;
let timer: unknown;

type TimerFns = {
  setTimeout?: (f: () => void, ms: number) => unknown;
};

function release(): void {
  const idle = Date.now() - lastUse;
  if (idle >= RELEASE_MS) {
    drop();
    timer = undefined;
  } else {
    timer = arm(RELEASE_MS - idle);
  }
}

function drop(): void {
  forgetGatheredRanges();
  kept = undefined;
  keptKernel = undefined;
  setCurrentKernelMemory(undefined);
}

onKernelPathChange(drop);

function arm(ms: number): unknown {
  const t = (globalThis as TimerFns).setTimeout!(release, ms);
  // Node: do not keep a process (tests, the demo) alive for the timer.
  (t as { unref?: () => void } | undefined)?.unref?.();
  return t;
}

/** Starts a call: its first large matrix may use the kept buffer. */
export function beginInputCall(): void {
  lendable = true;
}

/** Ends the argument coercion of a call: nothing more is lent until the next call. */
export function endInputCall(): void {
  lendable = false;
}

/**
 * A Float64Array of `length` values for a call's packed data: the kept buffer (first large matrix
 * of a call, where timers exist; in kernel memory where the SIMD kernels run, laid out for `cols`
 * columns) or a fresh array. Its contents are garbage; the caller overwrites every value.
 */
export function inputBuffer(length: number, cols = 0): Float64Array {
  if (!lendable || length < MIN_LENT_LENGTH || typeof (globalThis as TimerFns).setTimeout !== "function") return new Float64Array(length);
  lendable = false;
  forgetGatheredRanges();
  lastUse = Date.now();
  if (timer === undefined) timer = arm(RELEASE_MS);
  if (cols > 0 && simdPathOn()) {
    const bytes = kernelBytes(length, cols);
    if (!keptKernel || keptKernel.memory.buffer.byteLength < bytes) {
      drop(); // the old buffer first, so at most one is alive
      keptKernel = newKernelMemory(bytes);
      setCurrentKernelMemory(keptKernel);
    }
    if (keptKernel) return new Float64Array(keptKernel.memory.buffer, kernelDataOffset(cols), length);
  } else if (keptKernel) {
    drop();
  }
  if (!kept || kept.length < length) kept = new Float64Array(length);
  return kept.length === length ? kept : kept.subarray(0, length);
}

/** Whether a buffer is kept right now (for tests). */
export function keptInputBuffer(): boolean {
  return kept !== undefined || keptKernel !== undefined;
}

/** Rows per block of {@link packedRows}: about 100 KB of data at 50 columns, so a block is still in cache. */
export const PACKED_BLOCK_ROWS = 256;

/**
 * Coercion has written rows [r0, r1) of a matrix into `values` (from {@link inputBuffer}; blocks in
 * order from row 0): where the values sit in kernel memory, their column ranges are gathered now,
 * while the rows are in cache (the column-range pass of min–max scaling then reads nothing; same
 * bits). Call {@link packedAll} after the last row. Elsewhere nothing happens.
 */
export function packedRows(values: Float64Array, cols: number, r0: number, r1: number): void {
  kernelRangeRows(values, cols, r0, r1);
}

/** Coercion has written every row of `values` (see {@link packedRows}). */
export function packedAll(values: Float64Array, cols: number): void {
  kernelRangeDone(values, cols);
}
