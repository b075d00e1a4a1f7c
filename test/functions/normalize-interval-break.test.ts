/**
 * Tester (break4): RECC.NORMALIZE onto adversarial target intervals after scaleRow's x > upper clamp
 * was removed as dead (src/core/normalize.ts), through the function table on the JavaScript path and
 * on the WebAssembly SIMD path (the column ranges come from the kernel there; data of ≥ 16384 cells
 * are packed into kernel memory). Oracle: ../shared/method.md §1 item 1 (each x' in [lower, upper],
 * a column's best value exactly `upper`, its worst exactly `lower`) and item 9 and §1.5 at the edges
 * (a row best on every indicator: S exactly 1, every obstacle degree exactly 0; a row worst on every
 * indicator: S exactly 0), with each column's best and worst found in the test.
 */
import * as kernel from "../../src/core/simd-kernel";
import { RELEASE_MS, setKernelPath, simdKernelAvailable, type KernelPath } from "../../src/core";
import { callRecc } from "../../src/functions/recc";
import { mulberry32 } from "../bench/data";
import { adversarialColumns, adversarialIntervals, intervalFaults, spanRoundsUp } from "./support/interval-break-cases";

beforeEach(() => jest.useFakeTimers());
afterEach(() => {
  setKernelPath("auto");
  jest.advanceTimersByTime(10 * RELEASE_MS);
  jest.useRealTimers();
});

const intervals = adversarialIntervals(mulberry32(20261206));
const paths: KernelPath[] = simdKernelAvailable() ? ["js", "wasm"] : ["js"];

it("the random intervals are the tight case of the proof: upper − lower rounds up", () => {
  expect(intervals.slice(15).every(([lo, hi]) => spanRoundsUp(lo, hi))).toBe(true);
  // 2⁵³ + 3 rounds to 2⁵³ + 4 (ties to even), 2⁵³ + 1 to 2⁵³: exact by hand.
  expect([spanRoundsUp(-1, 2 ** 53 + 2), spanRoundsUp(-3, 2 ** 53), spanRoundsUp(-1, 2 ** 53)]).toEqual([true, true, false]);
});

describe.each(paths)("%s path", (path) => {
  // 6 designed rows (small: JavaScript only) and 2100 rows × 8 columns = 16800 cells (kernel memory).
  it.each([6, 2100])("NORMALIZE of %i rows onto every interval: inside, best = upper, worst = lower", (n) => {
    const { rows, directions } = adversarialColumns(n);
    setKernelPath(path);
    const ranges = jest.spyOn(kernel, "kernelColumnRange");
    const faults: string[] = [];
    for (const [lower, upper] of intervals) {
      const out = callRecc("NORMALIZE", [rows, [directions], lower, upper]) as unknown[][];
      faults.push(...intervalFaults(rows, directions, lower, upper, out));
    }
    expect(faults).toEqual([]);
    // The kernel's column ranges were used exactly on the WebAssembly path with kernel-sized data.
    expect(ranges.mock.calls.length > 0).toBe(path === "wasm" && n === 2100);
    ranges.mockRestore();
  });

  it("SUPPORT, PRESSURE and OBSTACLE on the same columns: the all-best row is exactly 1 / 0, the all-worst row exactly 0", () => {
    const { rows, directions } = adversarialColumns(2100);
    // The constant column is its best value in every row: left out, so row 1 is worst everywhere.
    const data = rows.map((r) => r.slice(0, 7));
    const dirs = [directions.slice(0, 7)];
    const w = [[0.3, 1e-300, 2, 5e-324, 1, 0.25, 7]];
    setKernelPath(path);
    for (const id of ["SUPPORT", "PRESSURE"]) {
      const s = callRecc(id as "SUPPORT", [data, w, dirs]) as number[][];
      expect([s[0][0], s[1][0]]).toEqual([1, 0]);
      expect(s.every(([x]) => x >= 0 && x <= 1)).toBe(true);
    }
    const a = callRecc("OBSTACLE", [data, w, dirs]) as number[][];
    expect(a[0].every((x) => Object.is(x, 0))).toBe(true);
    expect(a.every((r) => r.every((x) => x >= 0 && x <= 1))).toBe(true);
    expect(Math.abs(a[1].reduce((p, q) => p + q, 0) - 1)).toBeLessThanOrEqual(8 * Number.EPSILON);
  });
});
