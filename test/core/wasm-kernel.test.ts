/**
 * The WebAssembly SIMD path of the method core (src/core/simd-kernel.ts, src/core/wasm/kernel.wat;
 * issue 9 §2) against the plain-JavaScript path, which is the oracle: results must be bit for bit
 * the same, and errors the same, in the same order.
 *
 * - The kernel's log against V8's Math.log (fdlibm's __ieee754_log), compared bit for bit (Object.is)
 *   over random positive doubles of every exponent, subnormals, values near 1 (the |f| < 2^-20
 *   branch), every power of 2 and its neighbours 1 ulp away, the two cut points of fdlibm's
 *   polynomial choice and its x-or-x/2 normalization.
 * - Every function whose core uses a kernel (NORMALIZE, ENTROPY, ENTROPYWEIGHTS, SUPPORT, PRESSURE,
 *   OBSTACLE, with and without directions; TOPOBSTACLES of OBSTACLE's result) on both paths, forced with setKernelPath, over
 *   seeded random panels large enough to use the kept input buffer (odd and even column counts,
 *   constant columns, repeated extremes, zeros, subnormal and huge values, shifts).
 * - The committed bytes are what `npm run wasm` makes of kernel.wat (wabt, the dev dependency).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { RELEASE_MS, beginInputCall, columnRange, endInputCall, inputBuffer, keptInputBuffer, kernelLog, kernelPath, setKernelPath, simdKernelAvailable, type KernelPath } from "../../src/core";
import { kernelHolding } from "../../src/core/simd-kernel";
import { coerceArgs } from "../../src/functions/coerce";
import { PARAMS } from "../../src/functions/params";
import { callRecc } from "../../src/functions/recc";
import { assembleKernel, kernelBytesModule } from "../../scripts/wasm-assemble";
// A seeded generator (mulberry32), so every case is reproducible.
import { mulberry32 as rng } from "../bench/data";
import { onPath } from "./support/kernel-path";

const SEED = Number(process.env.FC_SEED ?? 20261206);

beforeEach(() => jest.useFakeTimers());
afterEach(() => {
  setKernelPath("auto");
  jest.advanceTimersByTime(10 * RELEASE_MS);
  jest.useRealTimers();
});


const view = new DataView(new ArrayBuffer(8));
function fromWords(hi: number, lo: number): number {
  view.setUint32(0, hi >>> 0);
  view.setUint32(4, lo >>> 0);
  return view.getFloat64(0);
}
function nextUp(x: number, ulps: number): number {
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + BigInt(ulps));
  return view.getFloat64(0);
}

/** Indices where kernelLog(xs) and Math.log differ in any bit (the first few). */
function logMismatches(xs: Float64Array): string[] {
  const got = kernelLog(xs)!;
  const bad: string[] = [];
  for (let k = 0; k < xs.length && bad.length < 5; k++) {
    const want = Math.log(xs[k]);
    if (!Object.is(got[k], want)) bad.push(`log(${xs[k]}) = ${got[k]}, Math.log gives ${want}`);
  }
  return bad;
}

describe("the SIMD kernels are available and are what kernel.wat assembles to", () => {
  it("WebAssembly SIMD runs here (Node ≥ 20), so CI runs the kernel path", () => {
    expect(simdKernelAvailable()).toBe(true);
  });

  it("src/core/wasm/kernel-bytes.ts equals `npm run wasm` of src/core/wasm/kernel.wat", async () => {
    const root = path.resolve(__dirname, "../..");
    const wat = fs.readFileSync(path.join(root, "src/core/wasm/kernel.wat"), "utf8");
    // Mutation testing (StrykerJS) puts "// @ts-nocheck" on top of every source in its sandbox.
    const committed = fs.readFileSync(path.join(root, "src/core/wasm/kernel-bytes.ts"), "utf8").replace(/^\/\/ @ts-nocheck\r?\n/, "");
    const bytes = await assembleKernel(wat);
    expect(committed).toBe(kernelBytesModule(bytes));
    // The size the README states (about 2 KB; the Chrome main-thread limit for synchronous compiling is 4 KB).
    expect(bytes.length).toBeLessThan(4096);
  });

  it("is left out of mutation testing: an instrumented copy of the generated file fails the comparison above", () => {
    // `npm run mutation:core` failed its dry run on this test until stryker.config.mjs excluded the file.
    const config = fs.readFileSync(path.resolve(__dirname, "../../stryker.config.mjs"), "utf8");
    expect(config).toMatch(/const notMutated = \["!src\/core\/wasm\/kernel-bytes\.ts"/);
    expect(config).toMatch(/core: \["src\/core\/\*\*\/\*\.ts", notMutated\[0\]\]/);
    expect(config).toMatch(/all: \[[^\]]*\.\.\.notMutated\]/);
  });
});

describe("the kernel's log equals Math.log bit for bit (oracle: V8's Math.log)", () => {
  const N = 1 << 18;

  it("random positive doubles of every exponent (random bit patterns)", () => {
    const r = rng(SEED);
    const xs = new Float64Array(N);
    for (let k = 0; k < N; k++) xs[k] = fromWords(1 + Math.floor(r() * 0x7fefffff), Math.floor(r() * 2 ** 32));
    expect(logMismatches(xs)).toEqual([]);
  });

  it("subnormals, from the smallest (5e-324) to the largest", () => {
    const r = rng(SEED + 1);
    const xs = new Float64Array(N);
    for (let k = 0; k < N; k++) xs[k] = fromWords(Math.floor(r() * 0x00100000), 1 + Math.floor(r() * (2 ** 32 - 1)));
    xs[0] = Number.MIN_VALUE;
    xs[1] = fromWords(0x000fffff, 0xffffffff);
    expect(logMismatches(xs)).toEqual([]);
  });

  it("near 1: 1 ± k ulp and 1 + δ for |δ| < 2^-18 (both branches around |f| = 2^-20)", () => {
    const r = rng(SEED + 2);
    const xs = new Float64Array(N);
    for (let k = 0; k < N / 2; k++) xs[k] = nextUp(1, k - N / 4);
    for (let k = N / 2; k < N; k++) xs[k] = 1 + (r() - 0.5) * 2 ** -17;
    expect(logMismatches(xs)).toEqual([]);
  });

  it("every power of 2 (2^-1074 … 2^1023) and its neighbours up to 3 ulp away", () => {
    const xs: number[] = [];
    for (let e = -1074; e <= 1023; e++) {
      const p = 2 ** e;
      for (let u = -3; u <= 3; u++) {
        const x = nextUp(p, u);
        if (x > 0 && Number.isFinite(x)) xs.push(x);
      }
    }
    xs.push(Number.MAX_VALUE);
    expect(logMismatches(Float64Array.from(xs))).toEqual([]);
  });

  it("the cut points of fdlibm's branches (high word 0x6147a, 0x6b851, 0x6a09e: x or x/2) in every binade", () => {
    const xs: number[] = [];
    for (let e = 1; e < 2047; e += 7) {
      for (const mant of [0x6147a, 0x6b851, 0x6a09f, 0x6a09e, 0x00000, 0xfffff, 0x00001, 0xffffe]) {
        for (const d of [-1, 0, 1]) {
          const m = (mant + d) & 0xfffff;
          for (const lo of [0, 1, 0x80000000, 0xffffffff]) xs.push(fromWords((e << 20) | m, lo));
        }
      }
    }
    expect(logMismatches(Float64Array.from(xs))).toEqual([]);
  });

  it("any positive double fast-check draws (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 64 }), (xs) => {
        expect(logMismatches(Float64Array.from(xs))).toEqual([]);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

/** A panel of Excel-shaped rows with the features that exercise every branch of the kernels. */
function panelRows(seed: number, n: number, m: number): number[][] {
  const r = rng(seed);
  const kinds = Array.from({ length: m }, (_, j) => j % 8);
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row: number[] = new Array(m);
    for (let j = 0; j < m; j++) {
      const u = r();
      switch (kinds[j]) {
        case 0: row[j] = u * 1e5; break; // GDP-like
        case 1: row[j] = Math.round(u * 100) / 4; break; // repeated values, repeated extremes
        case 2: row[j] = 7; break; // constant column
        case 3: row[j] = u < 0.3 ? 0 : u; break; // many zeros (y = 0 cells)
        case 4: row[j] = u < 0.5 ? u * 1e-310 : 1 + u * 1e-300; break; // subnormals; t subnormal
        case 5: row[j] = (u - 0.5) * 1.6e308; break; // huge: max − min overflows (halved scaling)
        case 6: row[j] = -u * 1e-3 - 5; break; // negatives
        default: row[j] = i === 0 ? 1 : 1 + u * 2 ** -40; // values near one
      }
    }
    rows.push(row);
  }
  return rows;
}

/** The result of a call, or its error (kind and message). */
function outcome(fn: string, args: unknown[]): unknown {
  try {
    return callRecc(fn as never, args);
  } catch (e) {
    return { error: (e as Error).message, kind: (e as { kind?: string }).kind };
  }
}

/**
 * Where two outcomes differ (the first place), or "" when they are the same bit for bit: numbers by
 * Object.is (which tells −0 from +0; the results hold no NaN), everything else by value.
 */
function firstDifference(a: unknown, b: unknown, at = ""): string {
  if (typeof a === "number" && typeof b === "number") return Object.is(a, b) ? "" : `${at}: ${a} vs ${b}`;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${at}: length ${a.length} vs ${b.length}`;
    for (let k = 0; k < a.length; k++) {
      const d = firstDifference(a[k], b[k], `${at}[${k}]`);
      if (d) return d;
    }
    return "";
  }
  return JSON.stringify(a) === JSON.stringify(b) ? "" : `${at}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
}


describe("every function gives the same bits and the same errors on the WebAssembly and the JavaScript path", () => {
  const shapes: Array<[number, number]> = [
    [2100, 8],
    [1701, 11],
    [3000, 13],
    [16384, 1],
    [2, 9000],
  ];

  it("the comparison itself tells −0 from +0, 1 ulp, a length and a message apart", () => {
    expect(firstDifference([[0]], [[-0]])).not.toBe("");
    expect(firstDifference([[1]], [[nextUp(1, 1)]])).not.toBe("");
    expect(firstDifference([[1, 2]], [[1]])).not.toBe("");
    expect(firstDifference({ error: "a" }, { error: "b" })).not.toBe("");
    expect(firstDifference([[0.5, "x"]], [[0.5, "x"]])).toBe("");
  });

  it.each(shapes)("%i×%i panels (oracle: the JavaScript path)", (n, m) => {
    for (let c = 0; c < 2; c++) {
      const seed = SEED + 31 * n + m + c;
      const rows = panelRows(seed, n, m);
      const dirs = [Array.from({ length: m }, (_, j) => (j % 3 === 2 ? -1 : 1))];
      const w = [Array.from({ length: m }, (_, j) => ((j * 7919) % 13) + 0.5)];
      const unitRows = rows.map((row) => row.map((x, j) => (j % 2 ? Math.abs(Math.sin(x)) : 0.5)));
      // OBSTACLE's rare branches: a row at its best everywhere (total 0: all degrees +0) and a row whose
      // total is subnormal (1/total overflows: divide instead).
      unitRows[1].fill(1);
      if (n > 2) unitRows[2].fill(1)[0] = 0.5;
      const tinyFirst = [w[0].map((x, j) => (j === 0 ? 5e-320 : x))];
      const calls: Array<[string, unknown[]]> = [
        ["NORMALIZE", [rows, dirs, null, null]],
        ["ENTROPY", [rows, dirs, null]],
        ["ENTROPYWEIGHTS", [rows, dirs, null]],
        ["ENTROPYWEIGHTS", [rows, null, 0.01 * c + 1e-4]],
        ["ENTROPYWEIGHTS", [rows, dirs, 1e300]],
        ["SUPPORT", [rows, w, dirs]],
        ["PRESSURE", [unitRows, w, null]],
        ["OBSTACLE", [rows, w, dirs]],
        ["OBSTACLE", [unitRows, w, null]],
        ["OBSTACLE", [unitRows, tinyFirst, null]],
        ["SUPPORT", [unitRows, tinyFirst, null]],
      ];
      for (const [fn, args] of calls) {
        const js = onPath("js", () => outcome(fn, args));
        const wasm = onPath("wasm", () => outcome(fn, args));
        expect(`${fn} ${n}×${m}: ${firstDifference(wasm, js) || "same"}`).toBe(`${fn} ${n}×${m}: same`);
      }
      const obstacles = onPath("js", () => callRecc("OBSTACLE", [rows, w, dirs])) as number[][];
      const names = [Array.from({ length: m }, (_, j) => `i${j}`)];
      const top = (p: KernelPath) => onPath(p, () => outcome("TOPOBSTACLES", [obstacles, names, 3]));
      expect(firstDifference(top("wasm"), top("js"))).toBe("");
    }
  });

  it("the data really go through the kernels on the WebAssembly path, and never on the JavaScript path", () => {
    const rows = panelRows(SEED, 2100, 9);
    const dirs = [Array(9).fill(1)];
    const holds = (p: KernelPath) =>
      onPath(p, () => {
        const [data] = coerceArgs(PARAMS.ENTROPYWEIGHTS, [rows, dirs, null]);
        return kernelHolding(data.values, data.cols) !== undefined;
      });
    expect(holds("wasm")).toBe(true);
    expect(holds("js")).toBe(false);
    expect(kernelPath()).toBe("auto");
  });

  it("column ranges gathered while packing equal a plain min/max loop, and serve only the matrix they were gathered for", () => {
    // Oracle: min and max per column by a loop in the test (first of equal values kept, as `<` does).
    const plain = (rows: number[][], j: number) => {
      let lo = Infinity;
      let hi = -Infinity;
      for (const r of rows) {
        if (r[j] < lo) lo = r[j];
        if (r[j] > hi) hi = r[j];
      }
      return [lo, hi];
    };
    for (const [n, m] of [[2100, 9], [1024, 20], [257, 70]]) {
      const rows = panelRows(SEED + n, n, m);
      onPath("wasm", () => {
        const [data] = coerceArgs(PARAMS.ENTROPYWEIGHTS, [rows, null, null]);
        expect(kernelHolding(data.values, m)).toBeDefined();
        const { min, max } = columnRange(data);
        for (let j = 0; j < m; j++) expect([min[j], max[j]]).toEqual(plain(rows, j));
        // Another view of the same kernel memory, one value changed: the ranges gathered for the
        // first view are not this one's (the kernel reads it again).
        const other = new Float64Array(data.values.buffer, data.values.byteOffset, data.values.length);
        other[5 * m + 1] = -1e307;
        expect(kernelHolding(other, m)).toBeDefined();
        expect(columnRange({ rows: n, cols: m, values: other }).min[1]).toBe(-1e307);
        // The first view itself still gets its gathered ranges (no second pass: the core never
        // writes its input, so only a test that does can see this).
        expect(columnRange(data).min[1]).toBe(min[1]);
      });
    }
  });

  it("errors and their order are the same: a bad cell, a value outside [0, 1], a weight count", () => {
    const rows = panelRows(SEED + 5, 2100, 8);
    const bad = rows.map((r) => r.slice());
    (bad[1500] as unknown[])[3] = "n/a";
    (bad[1900] as unknown[])[1] = null;
    const unitRows = rows.map((row) => row.map((x) => Math.abs(Math.sin(x))));
    unitRows[1700][5] = 1.5;
    unitRows[1800][2] = -0.1;
    const dirs = [Array(8).fill(1)];
    const w = [Array(8).fill(1)];
    const calls: Array<[string, unknown[]]> = [
      ["ENTROPYWEIGHTS", [bad, dirs, null]],
      ["SUPPORT", [unitRows, w, null]],
      ["OBSTACLE", [unitRows, w, null]],
      ["SUPPORT", [rows, [Array(7).fill(1)], dirs]],
      ["ENTROPYWEIGHTS", [rows.map((r) => r.map(() => 3)), dirs, null]],
    ];
    for (const [fn, args] of calls) {
      const js = onPath("js", () => outcome(fn, args));
      expect(js).toHaveProperty("error");
      expect(onPath("wasm", () => outcome(fn, args))).toEqual(js);
      expect(firstDifference(onPath("wasm", () => outcome(fn, args)), js)).toBe("");
    }
  });
});

describe("the kept kernel memory", () => {
  it(`is released ${RELEASE_MS} ms after the last call that used it, like the JavaScript buffer`, () => {
    setKernelPath("wasm");
    beginInputCall();
    const a = inputBuffer(40000, 40);
    endInputCall();
    expect(kernelHolding(a, 40)).toBeDefined();
    expect(keptInputBuffer()).toBe(true);
    jest.advanceTimersByTime(RELEASE_MS - 1);
    expect(keptInputBuffer()).toBe(true);
    jest.advanceTimersByTime(RELEASE_MS);
    expect(keptInputBuffer()).toBe(false);
    expect(kernelHolding(a, 40)).toBeUndefined();
  });

  it("is reused by a later call that fits and replaced (never grown) by one that does not", () => {
    setKernelPath("wasm");
    const lend = (n: number, m: number) => {
      beginInputCall();
      const v = inputBuffer(n, m);
      endInputCall();
      return v;
    };
    const a = lend(40000, 40);
    const b = lend(30000, 30);
    expect(b.buffer).toBe(a.buffer);
    const c = lend(400000, 40);
    expect(c.buffer).not.toBe(a.buffer);
    expect(kernelHolding(a, 40)).toBeUndefined();
    expect(kernelHolding(c, 40)).toBeDefined();
  });

  it("switching to the JavaScript path drops it", () => {
    setKernelPath("wasm");
    beginInputCall();
    const a = inputBuffer(40000, 40);
    endInputCall();
    setKernelPath("js");
    expect(keptInputBuffer()).toBe(false);
    expect(kernelHolding(a, 40)).toBeUndefined();
  });
});
