/**
 * Tester's break attempts on the WebAssembly SIMD path (issue 9). Oracle: the JavaScript path
 * (setKernelPath("js")), which test/core/wasm-kernel.test.ts and the numpy oracles check in turn.
 * Each scenario runs a SEQUENCE of calls on one path without switching paths in between (switching
 * drops the kept buffer), so the wasm path's buffer reuse across calls of different shapes and
 * different functions is exercised; then the same sequence on the JS path; results compared with
 * Object.is. Also a sequence interrupted by the 2 s release.
 */
import { RELEASE_MS, setKernelPath, simdKernelAvailable, type KernelPath } from "../../src/core";
import { callRecc } from "../../src/functions/recc";
// A seeded generator (mulberry32), so every case is reproducible.
import { mulberry32 as rng } from "../bench/data";

beforeEach(() => jest.useFakeTimers());
afterEach(() => {
  setKernelPath("auto");
  jest.advanceTimersByTime(10 * RELEASE_MS);
  jest.useRealTimers();
});


type Kind = "mixed" | "extreme" | "constOne" | "signs";
function panel(seed: number, n: number, m: number, kind: Kind): number[][] {
  const r = rng(seed);
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(m);
    for (let j = 0; j < m; j++) {
      const u = r();
      if (kind === "extreme") {
        const pick = [1e308, 5e-324, -0, 0, -1e308, 1, 2.2250738585072014e-308, u][(i * 7 + j * 3) % 8];
        row[j] = pick;
      } else if (kind === "constOne") {
        row[j] = i === Math.floor(n / 2) ? 3 + j : 7; // constant except one cell
      } else if (kind === "signs") {
        row[j] = (u - 0.5) * 10 ** ((j % 5) * 60 - 120);
      } else {
        row[j] = j % 3 === 0 ? u * 1e5 : j % 3 === 1 ? Math.round(u * 40) : u < 0.3 ? 0 : u;
      }
    }
    rows.push(row);
  }
  return rows;
}

function outcome(fn: string, args: unknown[]): unknown {
  try {
    return callRecc(fn as never, args);
  } catch (e) {
    return { error: (e as Error).message };
  }
}

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
  return JSON.stringify(a) === JSON.stringify(b) ? "" : `${at}: ${JSON.stringify(a).slice(0, 200)} vs ${JSON.stringify(b).slice(0, 200)}`;
}

type Call = [string, unknown[]] | "release";
function callsFor(n: number, m: number, kind: Kind, seed: number): Call[] {
  const rows = panel(seed, n, m, kind);
  const dirs = [Array.from({ length: m }, (_, j) => (j % 2 ? -1 : 1))];
  const w = [Array.from({ length: m }, (_, j) => (j % 4) + 0.25)];
  const unit = rows.map((row) => row.map((x) => Math.min(1, Math.abs(Math.sin(x)))));
  return [
    ["NORMALIZE", [rows, dirs, null, null]],
    ["ENTROPY", [rows, dirs, null]],
    ["ENTROPYWEIGHTS", [rows, null, 1e-4]],
    ["SUPPORT", [rows, w, dirs]],
    ["PRESSURE", [unit, w, null]],
    ["OBSTACLE", [rows, w, dirs]],
    ["OBSTACLE", [unit, w, null]],
    // CRITIC's m×m correlations are slow for thousands of columns (and use no kernel).
    ...(m <= 64 ? ([["CRITICWEIGHTS", [rows, dirs]], ["TOPSIS", [rows, w, dirs, null]]] as Call[]) : []),
  ];
}

function runSequence(p: KernelPath, seq: Call[]): unknown[] {
  setKernelPath(p);
  const out: unknown[] = [];
  try {
    for (const c of seq) {
      if (c === "release") {
        jest.advanceTimersByTime(RELEASE_MS + 10);
        out.push("released");
      } else out.push(outcome(c[0], c[1]));
    }
  } finally {
    setKernelPath("auto");
  }
  return out;
}

function compare(seq: Call[]): string[] {
  const js = runSequence("js", seq);
  const wasm = runSequence("wasm", seq);
  const bad: string[] = [];
  seq.forEach((c, k) => {
    if (c === "release") return;
    const d = firstDifference(wasm[k], js[k]);
    if (d) bad.push(`call ${k} ${c[0]}: ${d}`);
  });
  return bad;
}

const maybe = simdKernelAvailable() ? describe : describe.skip;

maybe("tester: wasm vs JS on odd shapes and back-to-back shapes (buffer reuse)", () => {
  const shapes: Array<[number, number, Kind]> = [
    [1, 1, "mixed"],
    [1, 16384, "mixed"],
    [2, 8192, "mixed"],
    [2, 8193, "signs"],
    [16384, 1, "mixed"],
    [100000, 1, "signs"],
    [8193, 2, "extreme"],
    [5462, 3, "constOne"],
    [3, 5462, "constOne"],
    [4097, 5, "extreme"],
    [2049, 9, "signs"],
    [16385, 1, "constOne"],
  ];
  it.each(shapes)("%i×%i %s alone", (n, m, kind) => {
    expect(compare(callsFor(n, m, kind, n * 31 + m))).toEqual([]);
  });

  it("all shapes back to back on one path (big, small, big with other column counts)", () => {
    const seq: Call[] = [];
    for (const [n, m, kind] of [[4097, 5, "extreme"], [16384, 1, "mixed"], [2049, 9, "signs"], [8193, 2, "extreme"], [2, 8193, "signs"], [5462, 3, "constOne"], [4097, 5, "mixed"]] as Array<[number, number, Kind]>) {
      seq.push(...callsFor(n, m, kind, n + m));
    }
    expect(compare(seq)).toEqual([]);
  });

  it("interleaved functions of different shapes, with the 2 s release in between", () => {
    const a = callsFor(4097, 5, "mixed", 1);
    const b = callsFor(2049, 9, "signs", 2);
    const c = callsFor(16384, 1, "extreme", 3);
    const seq: Call[] = [];
    for (let k = 0; k < a.length; k++) seq.push(a[k], b[k], c[(k + 3) % c.length]);
    seq.push("release", ...a.slice(0, 3), "release", ...c.slice(0, 4), ...b.slice(2, 6));
    expect(compare(seq)).toEqual([]);
  });
});

maybe("tester: wasm vs JS when a large call fails half-way (text or blank cell late in the data)", () => {
  it("failing calls between good ones leave no stale state", () => {
    const good = panel(7, 6000, 4, "mixed");
    const bad = good.map((r) => [...r]) as unknown[][];
    bad[5000][2] = "n/a";
    const blank = good.map((r) => [...r]) as unknown[][];
    blank[5999][3] = null;
    const bigger = panel(8, 7000, 4, "signs");
    const dirs = [[1, -1, 1, -1]];
    const w = [[1, 2, 3, 4]];
    const seq: Call[] = [];
    for (const fn of ["NORMALIZE", "ENTROPYWEIGHTS", "SUPPORT", "OBSTACLE"]) {
      const args = (rows: unknown) => (fn === "SUPPORT" || fn === "OBSTACLE" ? [rows, w, dirs] : fn === "NORMALIZE" ? [rows, dirs, null, null] : [rows, dirs, null]);
      seq.push([fn, args(bad)], [fn, args(good)], [fn, args(blank)], [fn, args(bigger)], [fn, args(good)]);
    }
    expect(compare(seq)).toEqual([]);
  });
});

maybe("tester: wasm vs JS with a target interval, shifts and directions as text", () => {
  it("NORMALIZE [a, b], ENTROPY shifts, text directions", () => {
    const rows = panel(11, 4100, 4, "extreme");
    const rows2 = panel(12, 3000, 7, "mixed");
    const seq: Call[] = [
      ["NORMALIZE", [rows, [["+", "-", "benefit", "cost"]], 0.1, 0.9]],
      ["NORMALIZE", [rows2, null, -1, 1]],
      ["NORMALIZE", [rows2, [[1, -1, 1, -1, 1, -1, 1]], 0, 1e-300]],
      ["ENTROPY", [rows2, null, 0.5]],
      ["ENTROPY", [rows, [[" Positive ", "NEGATIVE", 1, -1]], 5e-324]],
      ["ENTROPYWEIGHTS", [rows2, null, 1]],
      ["OBSTACLE", [rows2, [[0, 0, 0, 1, 0, 0, 0]], null]],
      ["SUPPORT", [rows2, [[1e308, 1e308, 1e308, 1e308, 1e308, 1e308, 1e308]], [[1, 1, 1, 1, 1, 1, -1]]]],
    ];
    expect(compare(seq)).toEqual([]);
  });
});
