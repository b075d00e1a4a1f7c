/**
 * What the reused input buffer keeps and releases, and where (src/core/input-buffer.ts with
 * src/core/simd-kernel.ts; issue 12, surviving mutants). Oracles: the docstrings — RELEASE_MS ("a
 * buffer is dropped this long after the last call that used it"), "dropped … by a timer", inputBuffer
 * ("the kept buffer … in kernel memory where the SIMD kernels run, laid out for `cols` columns, or a
 * fresh array"), "at most one is alive", the memory layout of simd-kernel.ts ("the data (n·m doubles)
 * and 16 bytes of padding (an odd row's last SIMD pair reads one double past it)") — and, for the
 * padding, the JavaScript path's results (bit for bit, as test/core/wasm-kernel.test.ts); beginInputCall
 * / endInputCall ("its first large matrix may use the kept buffer", "nothing more is lent until the
 * next call"), MIN_LENT_LENGTH ("matrices smaller than this never use the kept buffer") and
 * setKernelPath ("drops a kept input buffer").
 */
import { MIN_LENT_LENGTH, RELEASE_MS, beginInputCall, endInputCall, inputBuffer, keptInputBuffer, setKernelPath, type KernelPath } from "../../src/core";
import { kernelBytes, kernelDataOffset, kernelHolding, simdKernelAvailable } from "../../src/core/simd-kernel";
import { coerceArgs } from "../../src/functions/coerce";
import { PARAMS } from "../../src/functions/params";
import { callRecc } from "../../src/functions/recc";

const BIG = 20000;
const PAGE = 65536;

beforeEach(() => jest.useFakeTimers());
afterEach(() => {
  setKernelPath("auto");
  jest.advanceTimersByTime(10 * RELEASE_MS);
  jest.useRealTimers();
});

/** The buffer one call lends for an n-value matrix of `cols` columns. */
function lend(length: number, cols?: number): Float64Array {
  beginInputCall();
  try {
    return inputBuffer(length, cols);
  } finally {
    endInputCall();
  }
}

/** A plain Float64Array of its own (not a view into a larger buffer, nor into kernel memory). */
function expectPlain(v: Float64Array, length: number): void {
  expect(v.length).toBe(length);
  expect(v.byteOffset).toBe(0);
  expect(v.buffer.byteLength).toBe(length * 8);
}

/** The smallest row count ≥ minRows whose n×m data end `tail` bytes before the end of a page. */
function rowsEndingAt(m: number, minRows: number, tail: number): number {
  let n = minRows;
  while ((kernelDataOffset(m) + 8 * n * m + tail) % PAGE !== 0) n++;
  return n;
}

describe("release timing", () => {
  it(`the kept buffer is dropped exactly ${RELEASE_MS} ms after the last call that used it, not 1 ms later`, () => {
    lend(BIG);
    jest.advanceTimersByTime(RELEASE_MS - 1);
    expect(keptInputBuffer()).toBe(true);
    jest.advanceTimersByTime(1);
    expect(keptInputBuffer()).toBe(false);
  });

  it("one timer, however many calls use the buffer before it is released", () => {
    expect(jest.getTimerCount()).toBe(0);
    for (let k = 0; k < 5; k++) {
      lend(BIG);
      jest.advanceTimersByTime(RELEASE_MS / 4);
    }
    expect(jest.getTimerCount()).toBe(1);
    jest.advanceTimersByTime(RELEASE_MS);
    expect(keptInputBuffer()).toBe(false);
    expect(jest.getTimerCount()).toBe(0);
  });
});

describe("where the buffer lives", () => {
  it.each<KernelPath>(["js", "auto"])("on the %s path, a matrix without columns (cols 0) gets a plain array, never kernel memory", (p) => {
    setKernelPath(p);
    expectPlain(lend(BIG), BIG);
  });

  it("on the forced JavaScript path, a matrix with columns gets a plain array, never kernel memory", () => {
    setKernelPath("js");
    const v = lend(40000, 40);
    expectPlain(v, 40000);
    setKernelPath("auto");
    expect(kernelHolding(v, 40)).toBeUndefined();
  });

  it("on the WebAssembly path, a matrix with columns is laid out in kernel memory after the column arrays", () => {
    setKernelPath("wasm");
    const v = lend(40000, 40);
    expect(v.byteOffset).toBe(kernelDataOffset(40));
    expect(kernelHolding(v, 40)).toBeDefined();
  });

  it("kept kernel memory is dropped at once when a later call lends a plain array (at most one buffer alive)", () => {
    setKernelPath("wasm");
    const a = lend(40000, 40);
    expect(kernelHolding(a, 40)).toBeDefined();
    const b = lend(BIG); // no columns: a plain array
    expectPlain(b, BIG);
    expect(kernelHolding(a, 40)).toBeUndefined();
    expect(keptInputBuffer()).toBe(true); // the plain one
    expect(lend(BIG).buffer).toBe(b.buffer);
  });
});

describe("reuse and growth", () => {
  it("a plain buffer is reused by a later call of the same length, and replaced by a larger one for a longer matrix", () => {
    const a = lend(BIG);
    const b = lend(BIG);
    expect(b.buffer).toBe(a.buffer);
    const c = lend(2 * BIG);
    expectPlain(c, 2 * BIG);
    expect(c.buffer).not.toBe(a.buffer);
    expect(lend(BIG).buffer).toBe(c.buffer); // and the larger one serves the shorter matrix again
  });

  it("kernel memory exactly as large as a later call needs is reused, not replaced", () => {
    setKernelPath("wasm");
    const m = 9;
    const n = rowsEndingAt(m, 2000, 16); // kernelBytes(n·m, m) is a whole number of pages
    expect(kernelBytes(n * m, m) % PAGE).toBe(0);
    const a = lend(n * m, m);
    expect(a.buffer.byteLength).toBe(kernelBytes(n * m, m));
    const b = lend(n * m, m);
    expect(b.buffer).toBe(a.buffer);
    expect(kernelHolding(b, m)).toBeDefined();
  });
});

describe("the 16 bytes of padding after the data (oracle: the JavaScript path)", () => {
  it("odd column counts whose data end exactly at a page's end give the same bits on both paths", () => {
    for (const m of [9, 13]) {
      // The data end where a page ends: without the padding, the last SIMD pair of the last row
      // would read past the memory's end.
      const n = rowsEndingAt(m, Math.ceil(16384 / m), 0);
      const rows = Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => ((i * 7919 + j * 104729) % 1009) / 7 + j));
      const dirs = [Array.from({ length: m }, (_, j) => (j % 3 ? 1 : -1))];
      const w = [Array.from({ length: m }, (_, j) => j + 1)];
      setKernelPath("wasm");
      const [data] = coerceArgs(PARAMS.ENTROPYWEIGHTS, [rows, dirs, null]);
      expect(kernelHolding(data.values, m)).toBeDefined();
      expect((data.values.byteOffset + data.values.byteLength) % PAGE).toBe(0);
      for (const [fn, args] of [["ENTROPYWEIGHTS", [rows, dirs, null]], ["NORMALIZE", [rows, dirs, null, null]], ["OBSTACLE", [rows, w, dirs]]] as const) {
        setKernelPath("wasm");
        const wasm = callRecc(fn, [...args]);
        setKernelPath("js");
        const js = callRecc(fn, [...args]);
        expect(wasm).toEqual(js);
      }
    }
  });
});

describe("what is lent, and when", () => {
  it("after a call ends, nothing is lent until the next call, whether the call used the kept buffer or not", () => {
    const kept = lend(BIG).buffer; // a call that used the kept buffer
    const after = inputBuffer(BIG); // outside a call
    expectPlain(after, BIG);
    expect(after.buffer).not.toBe(kept);
    beginInputCall(); // a call whose matrices are all small: it lends nothing
    inputBuffer(100);
    endInputCall();
    const afterSmall = inputBuffer(BIG);
    expectPlain(afterSmall, BIG);
    expect(afterSmall.buffer).not.toBe(kept);
    expect(lend(BIG).buffer).toBe(kept); // the next call gets it again
  });

  it(`a matrix of fewer than ${MIN_LENT_LENGTH} values never uses the kept buffer; one of exactly ${MIN_LENT_LENGTH} does`, () => {
    const small = lend(MIN_LENT_LENGTH - 1);
    expectPlain(small, MIN_LENT_LENGTH - 1);
    expect(keptInputBuffer()).toBe(false); // nothing kept for a small matrix
    const a = lend(MIN_LENT_LENGTH);
    expect(keptInputBuffer()).toBe(true);
    expect(lend(MIN_LENT_LENGTH).buffer).toBe(a.buffer);
    const smallAgain = lend(MIN_LENT_LENGTH - 1); // the kept buffer exists now, and is still not lent
    expectPlain(smallAgain, MIN_LENT_LENGTH - 1);
    expect(smallAgain.buffer).not.toBe(a.buffer);
  });

  // input-buffer.ts registers its drop with simd-kernel.ts when it is loaded: modules loaded afresh in
  // the test, so the test does not rest on what the registration of the file's first import did.
  it("setKernelPath drops the kept buffer at once, plain or kernel memory", () => {
    let kernel: typeof import("../../src/core/simd-kernel") | undefined;
    let buffer: typeof import("../../src/core/input-buffer") | undefined;
    jest.isolateModules(() => {
      kernel = jest.requireActual<typeof import("../../src/core/simd-kernel")>("../../src/core/simd-kernel");
      buffer = jest.requireActual<typeof import("../../src/core/input-buffer")>("../../src/core/input-buffer");
    });
    const lendFresh = (length: number, cols: number) => {
      buffer!.beginInputCall();
      try {
        return buffer!.inputBuffer(length, cols);
      } finally {
        buffer!.endInputCall();
      }
    };
    kernel!.setKernelPath("js");
    lendFresh(BIG, 0);
    expect(buffer!.keptInputBuffer()).toBe(true);
    kernel!.setKernelPath("auto");
    expect(buffer!.keptInputBuffer()).toBe(false);
    if (!simdKernelAvailable()) return; // (Node ≥ 16 has WebAssembly SIMD)
    kernel!.setKernelPath("wasm");
    const v = lendFresh(40000, 40);
    expect(kernel!.kernelHolding(v, 40)).toBeDefined();
    kernel!.setKernelPath("js");
    expect(buffer!.keptInputBuffer()).toBe(false);
    kernel!.setKernelPath("wasm");
    expect(kernel!.kernelHolding(v, 40)).toBeUndefined(); // no longer the current kernel memory
    kernel!.setKernelPath("auto");
  });
});
