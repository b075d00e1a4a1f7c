/**
 * Tests written against surviving mutants of src/core/ahp-group.ts (report
 * core-ahp-group-suggest.json; verdicts in reports/mutation/core-ahp-group-suggest-verdicts-survH.md).
 *
 * Oracles: the contract of aggregateJudgements (its docstring and ../shared/method.md §1.3): the
 * group judgement is exp(Σ_e λ_e ln a^e_ij) with λ = weights / Σ weights; agreeing counted experts
 * give their judgement exactly; a mean within relative SCALE_SNAP (1e-12) of a value of Saaty's
 * scale (1…9, 1/2…1/9) is that value, any other mean is left as computed; the lower triangle is
 * 1/upper; a weight-0 expert does not count. Each case first checks its precondition in floating
 * point (the plain exp-of-logs is NOT the exact value), so it cannot pass vacuously. Error messages:
 * the ahp.groupShape template of src/i18n/messages.ts, English and Chinese.
 */
import { aggregateJudgements, fromRows, SCALE_SNAP, toRows, type Matrix } from "../../src/core";
import { renderMessage } from "../../src/i18n/messages";
import { expectMethodError } from "./support/errors";

/** A 2×2 reciprocal matrix with upper judgement a. */
const pair = (a: number): Matrix => fromRows([[1, a], [1 / a, 1]]);

/** exp(Σ λ_e ln x_e) with λ = w / Σ w, in the order the contract writes it (no snapping, no agreement shortcut). */
function plainMean(xs: number[], w: number[] = xs.map(() => 1)): number {
  const sum = w.reduce((s, v) => s + v, 0);
  let logSum = 0;
  xs.forEach((x, e) => (logSum += (w[e] / sum) * Math.log(x)));
  return Math.exp(logSum);
}

/** The group judgement of 2×2 experts with upper judgements xs (and its lower-triangle partner). */
function groupPair(xs: number[], w?: number[]): [number, number] {
  const g = toRows(aggregateJudgements(xs.map(pair), w));
  return [g[0][1], g[1][0]];
}

describe("snapping onto Saaty's scale (survivors of snapToScale)", () => {
  it("1, 9 and 3 (equal weights): the cube root of 27 is exactly 3 although exp of the mean log is not", () => {
    expect(plainMean([1, 9, 3])).not.toBe(3); // precondition: 2.9999999999999996 in floating point
    expect(groupPair([1, 9, 3])).toEqual([3, 1 / 3]);
  });

  it("1, 1/3 and 1/9 (equal weights): the cube root of 1/27 is exactly 1/3 (a judgement below 1)", () => {
    expect(plainMean([1, 1 / 3, 1 / 9])).not.toBe(1 / 3); // precondition: 0.33333333333333337
    expect(groupPair([1, 1 / 3, 1 / 9])).toEqual([1 / 3, 3]);
  });

  it("9 with weight 1 and 8 with weight 4e-12: relative distance 4.7e-13 ≤ 1e-12 from 9, so exactly 9", () => {
    const x = plainMean([9, 8], [1, 4e-12]);
    expect(x).not.toBe(9);
    expect(Math.abs(x - 9) / 9).toBeLessThan(SCALE_SNAP); // 9·(8/9)^(4e-12/(1+4e-12)) = 9·(1 − 4.7e-13)
    expect(Math.abs(x - 9) / 9).toBeGreaterThan(SCALE_SNAP / 81); // beyond an absolute 1e-12/9 (a tolerance not relative to s)
    expect(groupPair([9, 8], [1, 4e-12])).toEqual([9, 1 / 9]);
  });

  it("1/9 with weight 1 and 1/8 with weight 4e-11: relative distance 4.7e-12 > 1e-12 from 1/9, so left as computed", () => {
    const x = plainMean([1 / 9, 1 / 8], [1, 4e-11]);
    expect(Math.abs(x - 1 / 9) / (1 / 9)).toBeGreaterThan(SCALE_SNAP); // (9/8)^(4e-11) − 1 = 4.7e-12
    expect(Math.abs(x - 1 / 9)).toBeLessThan(SCALE_SNAP * 9); // within an absolute 9e-12 (a tolerance scaled by 1/s)
    const [a, b] = groupPair([1 / 9, 1 / 8], [1, 4e-11]);
    expect(a).toBe(x);
    expect(b).toBe(1 / x);
  });

  it.each([
    [1, 100, 10],
    [1 / 100, 1, 1 / 10],
    [2, 50, 10],
  ])("%p and %p: the geometric mean near %p is not a value of Saaty's scale (1…9, 1/2…1/9), so it is left as computed", (a, b, near) => {
    const x = plainMean([a, b]);
    expect(x).not.toBe(near); // precondition: 10.000000000000002, 0.10000000000000002, 9.999999999999998
    expect(Math.abs(x - near) / near).toBeLessThan(SCALE_SNAP);
    expect(groupPair([a, b])).toEqual([x, 1 / x]);
  });
});

describe("agreeing experts give their judgement exactly, also off the scale (method.md §1.3)", () => {
  it("two experts who both judge 2.6: exactly 2.6 (exp of the mean log is 2.6000000000000005)", () => {
    expect(plainMean([2.6, 2.6])).not.toBe(2.6);
    expect(groupPair([2.6, 2.6])).toEqual([2.6, 1 / 2.6]);
    expect(groupPair([2.6, 2.6, 2.6], [0.2, 0.3, 0.5])).toEqual([2.6, 1 / 2.6]);
  });

  it("a weight-0 expert does not count: 2.6 (weight 1) with 5 (weight 0), in either order, is exactly 2.6", () => {
    expect(Math.exp(Math.log(2.6))).not.toBe(2.6); // precondition: exp(1·ln 2.6 + 0·ln 5) would be 2.6000000000000005
    expect(groupPair([2.6, 5], [1, 0])).toEqual([2.6, 1 / 2.6]);
    expect(groupPair([5, 2.6], [0, 1])).toEqual([2.6, 1 / 2.6]);
  });
});

describe("matrices of different shapes (survivors of the shape check)", () => {
  const three = fromRows([[1, 2, 3], [1 / 2, 1, 2], [1 / 3, 1 / 2, 1]]);
  it.each([
    ["3×4 (same rows, one column more)", fromRows([[1, 2, 3, 4], [1 / 2, 1, 2, 3], [1 / 3, 1 / 2, 1, 2]]), "expert 2's matrix is 3×4; expert 1's is 3×3", "专家 2 的判断矩阵为 3×4；专家 1 的为 3×3"],
    ["4×3 (one row more, same columns)", fromRows([[1, 2, 3], [1 / 2, 1, 2], [1 / 3, 1 / 2, 1], [1, 1, 1]]), "expert 2's matrix is 4×3; expert 1's is 3×3", "专家 2 的判断矩阵为 4×3；专家 1 的为 3×3"],
  ])("expert 2's matrix is %s: rejected with the whole message", (_shape, other, en, zh) => {
    const err = expectMethodError(() => aggregateJudgements([three, other]), "value");
    expect(err.message).toBe(en);
    expect(renderMessage(err.text, "zh-CN")).toBe(zh);
  });
});
