/**
 * The kernel memory's helpers of src/core/simd-kernel.ts (issue 12, surviving mutants of lines
 * 141–325): the size limit of a kernel memory, which data the kernels may read (kernelHolding), the
 * column ranges gathered while coercion packs the data and when they are served, the weighted
 * kernel's two output arrays, and the memory of kernelLog.
 *
 * Oracles: per-column min/max by a plain loop in the test (normalize.ts columnRange's `<`/`>`),
 * SUPPORT/PRESSURE's row sums by the JavaScript loop of weighted-index.ts unitIndex written out here
 * (same operations in the same order: the kernel must give the same bits), V8's Math.log for the
 * kernel's log, and the documented contracts (docstrings of simd-kernel.ts, input-buffer.ts).
 */
import { RELEASE_MS, beginInputCall, columnRange, endInputCall, inputBuffer, packedAll, packedRows, setKernelPath } from "../../src/core";
import {
  WEIGHTED_BLOCK,
  forgetGatheredRanges,
  kernelBytes,
  kernelColumnRange,
  kernelDataOffset,
  kernelHolding,
  kernelLog,
  kernelWeightedSetup,
  kernelWeightedSums,
  newKernelMemory,
  setCurrentKernelMemory,
  type KernelMemory,
} from "../../src/core/simd-kernel";
import { mulberry32 as rng } from "../bench/data";

beforeEach(() => jest.useFakeTimers());
afterEach(() => {
  // setKernelPath drops the input buffer's kept memory (and with it the current kernel memory and
  // the gathered ranges), so no test leaves state behind.
  setKernelPath("auto");
  setCurrentKernelMemory(undefined);
  forgetGatheredRanges();
  jest.advanceTimersByTime(10 * RELEASE_MS);
  jest.useRealTimers();
});

/** Oracle: per-column minimum and maximum of rows × cols values, by a plain loop. */
function plainRange(values: Float64Array, rows: number, cols: number): { min: number[]; max: number[] } {
  const min = Array<number>(cols).fill(Infinity);
  const max = Array<number>(cols).fill(-Infinity);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const v = values[i * cols + j];
      if (v < min[j]) min[j] = v;
      if (v > max[j]) max[j] = v;
    }
  }
  return { min, max };
}

/** Column j of seeded data in [j, j + 1), so columns never share values and mixing them shows. */
function fillPanel(values: Float64Array, rows: number, cols: number, seed: number): void {
  const r = rng(seed);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) values[i * cols + j] = j + r();
}

/** A kernel memory for rows × cols values, made the current one, and the view of its data. */
function ownMemory(rows: number, cols: number): { k: KernelMemory; values: Float64Array } {
  setKernelPath("wasm");
  const k = newKernelMemory(kernelBytes(rows * cols, cols))!;
  setCurrentKernelMemory(k);
  return { k, values: new Float64Array(k.memory.buffer, kernelDataOffset(cols), rows * cols) };
}

/** Packs nothing (the data are written already) but reports rows [r0, r1) as coercion does. */
function packAll(values: Float64Array, rows: number, cols: number): void {
  for (let r0 = 0; r0 < rows; r0 += 256) packedRows(values, cols, r0, Math.min(rows, r0 + 256));
  packedAll(values, cols);
}

describe("newKernelMemory", () => {
  // The size limit: every byte offset, and every end offset one past the last byte (the kernels' loop
  // bounds), a positive i32, so a memory stays below 2 GiB: at most 32767 whole pages of 64 KiB.
  const largest = 32767 * 65536; // 2^31 − 65536

  it("allocates the largest memory below 2 GiB (32767 pages) and refuses a byte more (32768 pages = 2 GiB)", () => {
    // The limit is a module-level constant: the module is loaded afresh here, so the test checks the
    // limit as computed by this load, not by the import at the top of the file.
    let fresh: typeof import("../../src/core/simd-kernel") | undefined;
    jest.isolateModules(() => {
      fresh = jest.requireActual<typeof import("../../src/core/simd-kernel")>("../../src/core/simd-kernel");
    });
    let k = fresh!.newKernelMemory(largest);
    expect(k?.memory.buffer.byteLength).toBe(largest);
    k = undefined; // let the 2 GiB of (untouched, lazily committed) memory go
    expect(fresh!.newKernelMemory(largest + 1)).toBeUndefined();
    expect(fresh!.newKernelMemory(2 ** 31)).toBeUndefined();
  });

  it("gives undefined where the runtime refuses the allocation, and the input buffer then lends a plain array", () => {
    setKernelPath("wasm");
    const spy = jest.spyOn(WebAssembly, "Memory").mockImplementation(() => {
      throw new RangeError("WebAssembly.Memory(): could not allocate memory");
    });
    try {
      expect(newKernelMemory(kernelBytes(40000, 40))).toBeUndefined();
      beginInputCall();
      const a = inputBuffer(40000, 40);
      endInputCall();
      expect(a.length).toBe(40000);
      expect(a.byteOffset).toBe(0); // a plain array (data in kernel memory start after its column arrays)
      expect(kernelHolding(a, 40)).toBeUndefined();
    } finally {
      spy.mockRestore();
    }
  });
});

describe("kernelHolding: the kernels read only data laid out for them, and never on the JavaScript path", () => {
  it("is undefined on the JavaScript path even for data in the current kernel memory", () => {
    const { k, values } = ownMemory(100, 4);
    expect(kernelHolding(values, 4)).toBe(k);
    setKernelPath("js"); // drops the current memory (input-buffer.ts)…
    setCurrentKernelMemory(k); // …registered again by hand: the path alone must keep the kernels out
    expect(kernelHolding(values, 4)).toBeUndefined();
    setKernelPath("wasm");
    setCurrentKernelMemory(k);
    expect(kernelHolding(values, 4)).toBe(k);
  });

  it("is undefined for data that start before the column arrays and output block of their column count end", () => {
    const rows = 300;
    const cols = 20;
    const { k } = ownMemory(rows + 50, cols);
    // A view over the kernel's own column arrays (right after the 512 bytes of constants).
    const early = new Float64Array(k.memory.buffer, 512, rows * cols);
    fillPanel(early, rows, cols, 7);
    const want = plainRange(early, rows, cols);
    expect(kernelHolding(early, cols)).toBeUndefined();
    // So columnRange reads it with the JavaScript loop; the kernel would write its range
    // accumulators over these very values.
    const { min, max } = columnRange({ rows, cols, values: early });
    expect({ min: Array.from(min), max: Array.from(max) }).toEqual(want);
  });
});

describe("column ranges: gathered while packing, served only to the matrix they were gathered for", () => {
  it("without gathered ranges, the kernel's pass gives each column's minimum and maximum", () => {
    const rows = 500;
    const cols = 7;
    const { values } = ownMemory(rows, cols);
    fillPanel(values, rows, cols, 11);
    const { min, max } = columnRange({ rows, cols, values });
    expect({ min: Array.from(min), max: Array.from(max) }).toEqual(plainRange(values, rows, cols));
  });

  it("the same values read with another column count get their own ranges", () => {
    const rows = 600;
    const cols = 4;
    const { values } = ownMemory(rows, cols);
    fillPanel(values, rows, cols, 12);
    packAll(values, rows, cols);
    // The same Float64Array as a (2·rows)×2 matrix (a valid Matrix: length = rows × cols).
    const { min, max } = columnRange({ rows: 2 * rows, cols: 2, values });
    expect({ min: Array.from(min), max: Array.from(max) }).toEqual(plainRange(values, 2 * rows, 2));
  });

  it("kernelColumnRange over the first rows of gathered data covers those rows only", () => {
    const rows = 600;
    const cols = 5;
    const { k, values } = ownMemory(rows, cols);
    fillPanel(values, rows, cols, 13);
    packAll(values, rows, cols);
    const min = new Float64Array(cols);
    const max = new Float64Array(cols);
    kernelColumnRange(k, 10, cols, values, min, max);
    expect({ min: Array.from(min), max: Array.from(max) }).toEqual(plainRange(values, 10, cols));
  });

  it("rows reported for another view while one is being gathered are not folded into its ranges", () => {
    const rows = 600;
    const cols = 6;
    const { k, values } = ownMemory(rows, cols);
    fillPanel(values, rows, cols, 14);
    // Another view of the same memory, one value later: its column j holds column j + 1's values.
    const shifted = new Float64Array(k.memory.buffer, values.byteOffset + 8, values.length - 1);
    expect(kernelHolding(shifted, cols)).toBe(k);
    packedRows(values, cols, 0, 256);
    packedRows(shifted, cols, 256, 512);
    packedRows(values, cols, 256, rows);
    packedAll(values, cols);
    const { min, max } = columnRange({ rows, cols, values });
    expect({ min: Array.from(min), max: Array.from(max) }).toEqual(plainRange(values, rows, cols));
  });

  it("a view whose rows were never reported gets no ranges from packedAll (the kernel reads it)", () => {
    const rows = 600;
    const cols = 6;
    const { k, values } = ownMemory(rows, cols);
    fillPanel(values, rows, cols, 15);
    values[0] = -1; // column 0's minimum and column 5's maximum in the first row only
    values[5] = 99;
    packAll(values, rows, cols);
    // The last rows - 1 rows, as a view of their own.
    const tail = new Float64Array(k.memory.buffer, values.byteOffset + cols * 8, (rows - 1) * cols);
    packedAll(tail, cols);
    const { min, max } = columnRange({ rows: rows - 1, cols, values: tail });
    expect({ min: Array.from(min), max: Array.from(max) }).toEqual(plainRange(tail, rows - 1, cols));
  });

  it("lending the memory to a later call forgets the ranges gathered for the earlier call's view", () => {
    setKernelPath("wasm");
    const rows = 3000;
    const cols = 8;
    beginInputCall();
    const first = inputBuffer(rows * cols, cols);
    fillPanel(first, rows, cols, 16);
    packAll(first, rows, cols);
    endInputCall();
    expect(kernelHolding(first, cols)).toBeDefined();
    beginInputCall();
    const second = inputBuffer(rows * cols, cols); // the same memory, the same bytes
    endInputCall();
    expect(second.buffer).toBe(first.buffer);
    expect(second.byteOffset).toBe(first.byteOffset);
    fillPanel(second, rows, cols, 17); // a test may write what the core never does
    const { min, max } = columnRange({ rows, cols, values: first });
    expect({ min: Array.from(min), max: Array.from(max) }).toEqual(plainRange(second, rows, cols));
  });

  it("forgetGatheredRanges makes the next columnRange read the data again", () => {
    const rows = 600;
    const cols = 3;
    const { values } = ownMemory(rows, cols);
    fillPanel(values, rows, cols, 18);
    packAll(values, rows, cols);
    forgetGatheredRanges();
    values[3 * cols + 1] = -5;
    values[4 * cols + 2] = 50;
    const { min, max } = columnRange({ rows, cols, values });
    expect({ min: Array.from(min), max: Array.from(max) }).toEqual(plainRange(values, rows, cols));
  });
});

describe("kernelWeightedSums: s and s2 of every row of a block at the offsets it returns", () => {
  // Oracle: weighted-index.ts unitIndex's JavaScript loop, v = (coef_j x − base_j)/range_j,
  // s += v w_j, s2 += (v w_j) v in column order; the kernel must give the same bits.
  it.each([
    [WEIGHTED_BLOCK + 476, 3],
    [WEIGHTED_BLOCK + 1, 4],
  ])("%i rows × %i columns, in blocks of WEIGHTED_BLOCK rows (a full block and a partial one)", (rows, cols) => {
    const { k, values } = ownMemory(rows, cols);
    const r = rng(rows + cols);
    for (let i = 0; i < values.length; i++) values[i] = r() * 10 - 3;
    const coef = Float64Array.from({ length: cols }, (_, j) => (j % 2 ? -1 : 1));
    const base = Float64Array.from({ length: cols }, (_, j) => (j % 2 ? -7 : -3));
    const range = Float64Array.from({ length: cols }, () => 10);
    const w = Float64Array.from({ length: cols }, (_, j) => (j + 1) / ((cols * (cols + 1)) / 2));
    kernelWeightedSetup(k, cols, coef, base, range, w);
    const bad: string[] = [];
    for (let r0 = 0; r0 < rows; r0 += WEIGHTED_BLOCK) {
      const r1 = Math.min(rows, r0 + WEIGHTED_BLOCK);
      const [at, at2] = kernelWeightedSums(k, cols, values, r0, r1);
      for (let i = r0; i < r1 && bad.length < 5; i++) {
        let s = 0;
        let s2 = 0;
        for (let j = 0; j < cols; j++) {
          const v = (coef[j] * values[i * cols + j] - base[j]) / range[j];
          const vw = v * w[j];
          s += vw;
          s2 += vw * v;
        }
        const gs = k.f64[at + i - r0];
        const gs2 = k.f64[at2 + i - r0];
        if (!Object.is(gs, s) || !Object.is(gs2, s2)) bad.push(`row ${i}: s ${gs} vs ${s}, s2 ${gs2} vs ${s2}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe("kernelLog's memory holds the values and the odd count's last pair", () => {
  it("counts around a 64 KiB page boundary give Math.log of every value, bit for bit (oracle: V8's Math.log)", () => {
    // 512 bytes of constants + 8 n bytes of values + 16 bytes: one page ends at n = 8126.
    for (let n = 8122; n <= 8134; n++) {
      const xs = Float64Array.from({ length: n }, (_, i) => 0.5 + i / 1000);
      const got = kernelLog(xs);
      expect(got?.length).toBe(n);
      const bad = Array.from(xs).filter((x, i) => !Object.is(got![i], Math.log(x)));
      expect(`n = ${n}: ${bad.length} mismatches`).toBe(`n = ${n}: 0 mismatches`);
    }
  });
});
