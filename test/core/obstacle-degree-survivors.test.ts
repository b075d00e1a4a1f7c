/**
 * Tests written for the surviving mutants of src/core/obstacle-degree.ts (issue 12, mutation run
 * reports/mutation/core-obstacle-index.json; verdicts in
 * reports/mutation/core-obstacle-index-verdicts-survL.md). Each test states its oracle.
 */
import {
  RELEASE_MS,
  fromRows,
  minMaxNormalize,
  minMaxScaling,
  obstacleDegreeRows,
  obstacleDegrees,
  setKernelPath,
  simdKernelAvailable,
  toRows,
  topObstacles,
  type KernelPath,
} from "../../src/core";
import * as simd from "../../src/core/simd-kernel";
import { coerceArgs } from "../../src/functions/coerce";
import { PARAMS } from "../../src/functions/params";
import { onPath } from "./support/kernel-path";

beforeEach(() => jest.useFakeTimers());
afterEach(() => {
  jest.restoreAllMocks();
  setKernelPath("auto");
  // Let the kept input buffer go (input-buffer.ts releases it after RELEASE_MS).
  jest.advanceTimersByTime(10 * RELEASE_MS);
  jest.useRealTimers();
});


/** Object.is on every cell (tells −0 from +0). */
const bits = (xs: ArrayLike<number>) => Array.from(xs, (x) => (Object.is(x, -0) ? "-0" : String(x)));

describe("obstacleDegrees: a row without deviation is exactly +0 (method.md §1.9 'every A = 0'; the kernel's +0 where total ≤ 0, simd-kernel.ts)", () => {
  it("a weight of −0 (accepted: −0 ≥ 0) gives (1 − x)·w = −0, yet the row's degrees are +0, not −0", () => {
    // By hand: w = (−0, 1)/1 = (−0, 1); row 1: d = (0·−0, 0·1) = (−0, +0), total = +0 → all +0.
    // Row 2: d = (0.5·−0, 0·1) = (−0, +0) → all +0.
    const a = obstacleDegrees(fromRows([[1, 1], [0.5, 1]]), [-0, 1]);
    expect(bits(a.values)).toEqual(["0", "0", "0", "0"]);
    expect(obstacleDegreeRows(fromRows([[1, 1], [0.5, 1]]), [-0, 1]).map(bits)).toEqual([["0", "0"], ["0", "0"]]);
  });
});

describe("obstacleDegrees with a scaling onto an interval other than [0, 1] (docstring: equals obstacleDegrees(minMaxNormalize(data, …), weights))", () => {
  // By hand: columns 0…1 and 10…20, benefit, interval [0, 0.5]: row [0.5, 20] → x' = (0.25, 0.5);
  // w = (0.25, 0.75); d = (0.75·0.25, 0.5·0.75) = (0.1875, 0.375); shares (1/3, 2/3). Rows [0, 10] and
  // [1, 20] → x' = (0, 0) and (0.5, 0.5) → shares (0.25, 0.75).
  const data = fromRows([[0, 10], [0.5, 20], [1, 20]]);
  const s = minMaxScaling(data, [1, 1], 0, 0.5);

  it("gives the shares computed by hand", () => {
    const a = toRows(obstacleDegrees(data, [1, 3], s));
    expect(a[0]).toEqual([0.25, 0.75]);
    expect(Math.abs(a[1][0] - 1 / 3)).toBeLessThanOrEqual(1e-15);
    expect(Math.abs(a[1][1] - 2 / 3)).toBeLessThanOrEqual(1e-15);
    expect(a[2]).toEqual([0.25, 0.75]);
  });

  it("equals the stored-normalized path bit for bit, for obstacleDegrees and obstacleDegreeRows", () => {
    const stored = obstacleDegrees(minMaxNormalize(data, [1, 1], 0, 0.5), [1, 3]);
    expect(obstacleDegrees(data, [1, 3], s)).toEqual(stored);
    expect(obstacleDegreeRows(data, [1, 3], s)).toEqual(toRows(stored));
  });
});

describe("obstacleDegrees on data in kernel memory goes through the WebAssembly kernel, block by block (simd-kernel.ts, issue 9 §2)", () => {
  // Oracle: kernelObstacleRows's contract (rows [r0, r1), 0 < r1 − r0 ≤ obstacleBlockRows(m)), the
  // plain JavaScript path for the values (bit for bit), and the fast path being taken where it may be.
  const m = 8;
  const block = simd.obstacleBlockRows(m);
  // A multiple of the block size, and large enough (≥ 16384 values) to be packed into the kept buffer.
  const n = block * Math.ceil(16384 / m / block);
  const rows = Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => ((i * 7 + j * 13) % 17) / 16));
  rows[1].fill(1); // at its best everywhere: all 0
  const w = [Array.from({ length: m }, (_, j) => j + 1)];
  const weights = w[0];

  /** The data coerced as OBSTACLE coerces them (packed into kernel memory on the wasm path). */
  const packed = (p: KernelPath) => onPath(p, () => coerceArgs(PARAMS.OBSTACLE, [rows, w, null])[0]);

  it("runs here (Node ≥ 20 has WebAssembly SIMD)", () => {
    expect(simdKernelAvailable()).toBe(true);
    expect(n % block).toBe(0);
  });

  it.each([
    ["no scaling", false],
    ["a [0, 1] scaling", true],
  ])("with %s: kernel calls partition the rows into consecutive non-empty blocks, and the values equal the JavaScript path", (_name, scaled) => {
    const js = packed("js");
    const expected = obstacleDegrees(js, weights, scaled ? minMaxScaling(js, undefined) : undefined);
    onPath("wasm", () => {
      const data = coerceArgs(PARAMS.OBSTACLE, [rows, w, null])[0];
      expect(simd.kernelHolding(data.values, m)).toBeDefined();
      const scaling = scaled ? minMaxScaling(data, undefined) : undefined;
      const spy = jest.spyOn(simd, "kernelObstacleRows");
      const got = obstacleDegrees(data, weights, scaling);
      const ranges = spy.mock.calls.map((c) => [c[3], c[4]]);
      const want: number[][] = [];
      for (let r0 = 0; r0 < n; r0 += block) want.push([r0, Math.min(n, r0 + block)]);
      expect(ranges).toEqual(want);
      expect(got).toEqual(expected);
    });
  });

  it("a scaling onto another interval never takes the kernel (it normalizes onto [0, 1] only) and equals the stored path", () => {
    onPath("wasm", () => {
      const data = coerceArgs(PARAMS.OBSTACLE, [rows, w, null])[0];
      expect(simd.kernelHolding(data.values, m)).toBeDefined();
      const s = minMaxScaling(data, undefined, 0.2, 0.8);
      const stored = obstacleDegrees(minMaxNormalize(data, undefined, 0.2, 0.8), weights);
      const spy = jest.spyOn(simd, "kernelObstacleRows");
      expect(obstacleDegrees(data, weights, s)).toEqual(stored);
      expect(spy).not.toHaveBeenCalled();
    });
  });

  it("on the JavaScript path the kernel is never called", () => {
    onPath("js", () => {
      const data = coerceArgs(PARAMS.OBSTACLE, [rows, w, null])[0];
      const spy = jest.spyOn(simd, "kernelObstacleRows");
      obstacleDegrees(data, weights);
      expect(spy).not.toHaveBeenCalled();
    });
  });
});

describe("topObstacles: the edges of the 1e-12 tolerance (method.md §1.9)", () => {
  it("accepts degrees exactly 1e-12 outside [0, 1] (the message says 'by more than 1e-12'); −1e-12 is not positive, so not listed", () => {
    expect(topObstacles(fromRows([[-1e-12, 0.5, 1 + 1e-12]]), 3)).toEqual([[2, 1]]);
  });

  it("ties a degree exactly 1e-12 (as a double) below the group's largest: 2e-12 − 1e-12 = 1e-12 exactly, and the double 1e-12 is below 10⁻¹²", () => {
    // method.md §1.9: degrees that differ by less than 1e-12 are tied and keep column order.
    // 2e-12 (double) = 2 × 1e-12 (double) exactly (scaling by 2), so the difference is the double
    // 1e-12 = 0.99999999999999998e-12 < 10⁻¹² (checked with exact fractions in Python): tied.
    expect(topObstacles(fromRows([[1e-12, 2e-12]]), 2)).toEqual([[0, 1]]);
    // Control: 3e-12 − 1e-12 = 2e-12 apart is not a tie.
    expect(topObstacles(fromRows([[1e-12, 3e-12]]), 2)).toEqual([[1, 0]]);
  });
});
