/**
 * Issue 9 §1, AHP input (../shared/method.md §3): judgements lie on Saaty's scale 1/9…9 (within
 * 1e-9), and a whole number that could be a date serial (a typed 1/3 becomes 46025, 3 January 2026)
 * is called a date with '1/3 suggested. RECC.AHP (what the sheet's formulas run), the configuration
 * validator and the wizard (judgements read from the sheet's grid go through the validator) must agree:
 * the same values refused with the same words, the same values accepted.
 */
import { validateAnalysisConfig } from "../../src/plan/analysis-config";
import { callRecc } from "../../src/functions/recc";
import { MethodError } from "../../src/core";
import { judgementsFromGrid } from "../../src/taskpane/wizard";
import { COMBINED_CONFIG } from "./fixtures";

/** The 2×2 subsystem grid of COMBINED_CONFIG's support side with judgement a_12 = v. */
const config = (v: unknown) => ({
  ...COMBINED_CONFIG,
  weighting: { ...COMBINED_CONFIG.weighting, ahp: { level: "subsystem", matrices: { support: [[1, v], [null, 1]] } } },
});
const configErrors = (v: unknown) => {
  const c = validateAnalysisConfig(config(v));
  return c.ok ? [] : c.errors;
};
/** RECC.AHP's message for the same grid, or "" when it accepts it. */
function reccMessage(v: unknown): string {
  try {
    callRecc("AHP", [[[1, v], ["", 1]], null]);
    return "";
  } catch (e) {
    expect(e).toBeInstanceOf(MethodError);
    return (e as Error).message;
  }
}

describe("Saaty's scale: RECC.AHP, the config validator and the wizard agree", () => {
  it.each([
    [46025, "46025, which looks like a date (3 January 2026)", "'1/3"],
    [46082, "46082, which looks like a date (1 March 2026)", "'1/3"], // a typed 1/3 where dates read day/month
    [46030, "46030, which looks like a date (8 January 2026)", "'1/8"],
    [12, "12, outside Saaty's scale 1/9 to 9", "the nearest scale value is 9"],
    [0.1, "0.1, outside Saaty's scale 1/9 to 9", "the nearest scale value is '1/9"],
    [9.000001, "9.000001, outside Saaty's scale 1/9 to 9", "the nearest scale value is 9"],
  ])("%p is refused as %s, suggesting %s", (v, detail, hint) => {
    const recc = reccMessage(v);
    expect(recc.startsWith(`matrix row 1, column 2 is ${detail}; `)).toBe(true);
    expect(recc).toContain(hint);
    const errors = configErrors(v);
    expect(errors).toEqual([`weighting.ahp.matrices.support[0][1] is ${recc.slice("matrix row 1, column 2 is ".length)}`]);
  });

  it("text outside the scale ('1/12) is refused by both without a date hint", () => {
    expect(reccMessage("1/12")).toMatch(/^matrix row 1, column 2 is text '1\/12', outside Saaty's scale 1\/9 to 9; /);
    expect(configErrors("1/12")[0]).toMatch(/^weighting\.ahp\.matrices\.support\[0\]\[1\] is '1\/12', outside Saaty's scale 1\/9 to 9; /);
  });

  it.each([[9], [1 / 9], ["1/9"], [9 + 1e-10], [1 / 9 - 1e-10], [0.1111111111]])("%p is on the scale (within 1e-9) for both", (v) => {
    expect(reccMessage(v)).toBe("");
    expect(configErrors(v)).toEqual([]);
  });

  // Tester (break4): a pair typed both ways as papers print it, 9 over 0.111 (product 0.999, within
  // 1 %): the larger is the judgement and 0.111 its reciprocal in decimals (method.md §3), accepted by
  // both; 0.111 alone or under an 8 stays off the scale for both.
  const pairErrors = (upper: unknown, lower: unknown) => {
    const c = validateAnalysisConfig({
      ...COMBINED_CONFIG,
      weighting: { ...COMBINED_CONFIG.weighting, ahp: { level: "subsystem", matrices: { support: [[1, upper], [lower, 1]] } } },
    });
    return c.ok ? [] : c.errors;
  };
  it.each([[9, 0.111], ["0.111", 9], [9, "0.111"]])("%p over %p is 9 and 1/9 for both", (u, l) => {
    expect(callRecc("AHP", [[[1, u], [l, 1]], null])).toEqual(u === 9 ? [[0.9], [0.1]] : [[0.1], [0.9]]);
    expect(pairErrors(u, l)).toEqual([]);
  });
  it.each([[null, 0.111], [8, 0.111]])("%p over %p is refused by both (0.111 off the scale)", (u, l) => {
    expect(() => callRecc("AHP", [[[1, u], [l, 1]], null])).toThrow("matrix row 2, column 1 is 0.111, outside Saaty's scale 1/9 to 9");
    expect(pairErrors(u, l)[0]).toMatch(/^weighting\.ahp\.matrices\.support\[1\]\[0\] is 0\.111, outside Saaty's scale 1\/9 to 9; /);
  });

  it("the wizard's grid read from the sheet keeps 46025 as a number, so the validator calls it a date", () => {
    const grid = judgementsFromGrid([[1, 46025], ["", 1]]);
    expect(grid[0][1]).toBe(46025);
    expect(configErrors(grid[0][1])[0]).toMatch(/is 46025, which looks like a date \(3 January 2026\); Excel turns a typed 1\/3 into a date; type '1\/3/);
  });
});
