/**
 * weightedIndex (src/core/weighted-index.ts), issue 12: the mutants that survived the mutation run
 * of reports/mutation/core-obstacle-index.json (verdicts in
 * reports/mutation/core-obstacle-index-verdicts-survM.md).
 *
 * - A scaling onto another interval than [0, 1] is refused (the index is defined on [0, 1] values;
 *   nothing in the add-in made one): whole message, English and Chinese.
 * - The SIMD path's clamp (kernelIndex) across blocks of WEIGHTED_BLOCK rows: rows whose weighted sum
 *   rounds outside the row's [min, max] must still be clamped, on the first and on later blocks.
 * - The clamp's edge cases in IEEE arithmetic: a sum that underflows to 0 while every x' is a positive
 *   subnormal, and a row of −0.
 *
 * Oracles: by hand (a row of equal values c has the weighted mean c: method.md §1.5, the clamp of
 * issue 9), and the always-clamped sum (Σ_j w_j x'_j in column order, clamped to [min_j x'_j,
 * max_j x'_j]: the definition the variance gate must reproduce bit for bit) computed here.
 */
import { renderMessage } from "../../src/i18n/messages";
import { fromRows, minMaxScaling, scaleToUnitSum, setKernelPath, weightedIndex, type Matrix } from "../../src/core";
import { WEIGHTED_BLOCK, kernelBytes, kernelDataOffset, kernelHolding, newKernelMemory, setCurrentKernelMemory } from "../../src/core/simd-kernel";
import { expectMethodError } from "./support/errors";
import { alwaysClamped } from "./support/weighted-index-oracle";

afterEach(() => {
  setKernelPath("auto");
  setCurrentKernelMemory(undefined);
});


/** The rows as a matrix in a kernel memory of its own (the SIMD path reads it), and the check that it does. */
function inKernelMemory(rows: number[][]): Matrix {
  const n = rows.length;
  const m = rows[0].length;
  setKernelPath("wasm");
  const k = newKernelMemory(kernelBytes(n * m, m))!;
  setCurrentKernelMemory(k);
  const values = new Float64Array(k.memory.buffer, kernelDataOffset(m), n * m);
  rows.forEach((r, i) => values.set(r, i * m));
  expect(kernelHolding(values, m)).toBe(k);
  return { rows: n, cols: m, values };
}

describe("weightedIndex refuses a scaling onto another interval than [0, 1]", () => {
  const data = fromRows([[1, 10], [2, 30], [4, 20]]);

  it.each([
    [0.2, 1, "[0.2, 1]"],
    [0, 2, "[0, 2]"],
  ])("onto [%d, %d]: #VALUE! naming the interval (English and Chinese)", (lower, upper, shown) => {
    const e = expectMethodError(() => weightedIndex(data, [1, 1], minMaxScaling(data, [1, -1], lower, upper)), "value");
    expect(e.message).toBe(`the scaling is onto the target interval ${shown}; a support or pressure index needs one onto [0, 1]`);
    expect(renderMessage(e.text, "zh-CN")).toBe(`缩放参数的目标区间为 ${shown}；支撑指数或压力指数需要目标区间为 [0, 1] 的缩放参数`);
  });

  it("a [0, 1] scaling is taken (by hand: x' = (0, 1), (1/3, 0), (1, 1/2) → S = 1/2, 1/6, 3/4)", () => {
    const s = weightedIndex(data, [1, 1], minMaxScaling(data, [1, -1]));
    // rows: (1, 10) → (0, 1); (2, 30) → (1/3, 0); (4, 20) → (1, 1/2)
    expect(Array.from(s)).toEqual([0.5, 1 / 6, 0.75]);
  });
});

describe("the SIMD path clamps every row that needs it, in every block", () => {
  // Weights 0.1, 0.2, 0.3 scale to 1/6, 1/3, 0.4999999999999999 (sum 1 − 2⁻⁵³): a row of 1/3s sums to
  // 0.33333333333333326 and a row of 1s to 0.9999999999999999, so both must be clamped (by hand: a
  // row of equal values has that value as its weighted mean).
  const w = [0.1, 0.2, 0.3];
  const third = 1 / 3;

  it("precondition: the plain sums of those rows leave [c, c]", () => {
    const ws = scaleToUnitSum(w);
    const plain = (c: number) => c * ws[0] + c * ws[1] + c * ws[2];
    expect(plain(third)).not.toBe(third);
    expect(plain(1)).not.toBe(1);
  });

  it(`${WEIGHTED_BLOCK + 76} rows (a full block and a partial one) of equal values give exactly that value, as the JavaScript path`, () => {
    // Rows 0…511 and the second block hold 1/3s, rows 512…1023 hold 1s: a row that took another
    // row's s or s2 (or a stale slot) would skip the clamp and keep 0.33333333333333326.
    const n = WEIGHTED_BLOCK + 76;
    const rows = Array.from({ length: n }, (_, i) => new Array(3).fill(i >= 512 && i < WEIGHTED_BLOCK ? 1 : third));
    const expected = rows.map((r) => r[0]);
    expect(alwaysClamped(rows, w)).toEqual(expected);
    setKernelPath("js");
    expect(Array.from(weightedIndex(fromRows(rows), w))).toEqual(expected);
    expect(Array.from(weightedIndex(inKernelMemory(rows), w))).toEqual(expected);
  });
});

describe("the clamp in IEEE edge cases (both paths)", () => {
  const paths = ["js", "wasm"] as const;

  it.each(paths)("%s: a row of positive subnormals whose weighted sum underflows to 0 gives the row's value (5e-324)", (path) => {
    // By hand: 5e-324 · ½ = 2.5e-324 rounds (ties to even) to 0, so Σ w x = 0 < min x = 5e-324.
    const rows = [[5e-324, 5e-324], [0, 1]];
    expect(alwaysClamped(rows, [1, 1])).toEqual([5e-324, 0.5]);
    const data = path === "js" ? fromRows(rows) : inKernelMemory(rows);
    if (path === "js") setKernelPath("js");
    expect(Array.from(weightedIndex(data, [1, 1]))).toEqual([5e-324, 0.5]);
  });

  it.each(paths)("%s: a row of −0 gives +0 (0 + (−0)·w = +0, inside [−0, −0]), not −0", (path) => {
    const rows = [[-0, -0], [0, 1]];
    const want = alwaysClamped(rows, [1, 1]);
    expect(Object.is(want[0], 0)).toBe(true);
    const data = path === "js" ? fromRows(rows) : inKernelMemory(rows);
    if (path === "js") setKernelPath("js");
    const s = weightedIndex(data, [1, 1]);
    expect(Object.is(s[0], 0)).toBe(true);
    expect(Array.from(s)).toEqual(want);
  });

  it("with a [0, 1] scaling a −0 in a column whose minimum is +0 normalizes to −0, and the row still gives +0", () => {
    // Column minimum +0 (the first of 0 and −0 met), so x' = (1·(−0) − 0)/5 = −0 in both columns.
    const data = fromRows([[0, 0], [-0, -0], [5, 5]]);
    setKernelPath("js");
    const s = weightedIndex(data, [1, 1], minMaxScaling(data));
    expect(Array.from(s)).toEqual([0, 0, 1]);
    expect(Object.is(s[1], 0)).toBe(true);
  });
});
