/**
 * Failures and warnings of the headless analysis, in the user's terms: file rows, indicator names
 * and config fields instead of block ids and panel coordinates.
 */
import { AnalysisFailure, describeFailure, analysisWarnings, numberRange, runAnalysis } from "../../src/runner/run-analysis";
import { msg } from "../../src/i18n";
import type { CleanPanel } from "../../src/runner/import-table";
import type { ResolvedConfig } from "../../src/plan/analysis-config";
import { resolved } from "../plan/fixtures";

const IND = [
  { name: "s1", role: "support", direction: 1, subsystem: "A" },
  { name: "s2", role: "support", direction: -1, subsystem: "B" },
  { name: "p1", role: "pressure", direction: 1, subsystem: "C" },
  { name: "p2", role: "pressure", direction: 1, subsystem: "D" },
  { name: "p3", role: "pressure", direction: 1, subsystem: "E" },
];

function panel(values: number[][]): CleanPanel {
  return {
    areas: ["X", "X", "Y", "Y"],
    years: [2010, 2011, 2010, 2011],
    values,
    // File rows as after a comment line and a skipped row: not the panel positions.
    rowNumbers: [3, 4, 6, 7],
    indicatorNames: IND.map((i) => i.name),
    messages: [],
    skippedByReason: {},
    rowCountRead: 5,
  };
}

const GOOD = [
  [1, 2, 3, 4, 5],
  [2, 3, 4, 1, 2],
  [3, 1, 2, 2, 4],
  [4, 5, 1, 3, 1],
];

const base = (weighting: unknown): ResolvedConfig => resolved({ version: 1, areaColumn: "area", yearColumn: "year", indicators: IND, weighting });

describe("describeFailure: analysis errors name file rows, indicators and config fields", () => {
  test("a non-finite value (one the importer would have refused) is named by indicator and file row, not panel coordinates", () => {
    const values = GOOD.map((r) => [...r]);
    values[1][1] = Infinity;
    let message = "";
    try {
      runAnalysis(panel(values), base({ method: "entropy" }));
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toBe("the analysis failed computing the entropy weights of the support indicators: 's2' in file row 4 (X 2011) is Infinity");
    expect(message).not.toMatch(/weights\.entropy|data row|column \d/);
  });

  test("16 subsystems with the Saaty RI table point at weighting.ahp.ri and suggest alonso", () => {
    // The validator now refuses this; the run still words it for the user if a config gets past it.
    const inds = Array.from({ length: 16 }, (_, i) => ({ name: `s${i}`, role: "support", direction: 1, subsystem: `S${i}` }));
    const config = resolved({ version: 1, areaColumn: "area", indicators: [...inds, { name: "p", role: "pressure", direction: 1, subsystem: "P" }], weighting: { method: "ahp", ahp: { ri: "alonso" } } });
    config.weighting.ahp.ri = "saaty";
    const values = Array.from({ length: 3 }, (_, i) => Array.from({ length: 17 }, (_, j) => ((i + 1) * (j + 2)) % 7));
    const p: CleanPanel = { ...panel(values), areas: ["X", "Y", "Z"], years: undefined, rowNumbers: [2, 3, 4], indicatorNames: [...inds.map((x) => x.name), "p"] };
    expect(() => runAnalysis(p, config)).toThrow(
      /^the analysis failed computing the AHP comparison of the support subsystems: the saaty random index table covers n = 1\.\.15, not n = 16; .* \(set weighting\.ahp\.ri to "alonso"\)$/,
    );
  });

  test("RI = 0 (outside the plausible [0.1, 2]) points at weighting.ahp.ri", () => {
    const config = base({ method: "ahp" });
    config.weighting.ahp.ri = 0;
    expect(() => runAnalysis(panel(GOOD), config)).toThrow(/AHP comparison of the support subsystems: ri is 0; a random index given as a number must lie in \[0\.1, 2\].*check weighting\.ahp\.ri/);
  });

  test("a core AHP message's matrix row and column become the config entry and the items compared", () => {
    const config = base({ method: "ahp" });
    const plan = runAnalysis(panel(GOOD), config).plan;
    const text = describeFailure({ blockId: "ahp.weights.pressure", code: "#VALUE!", message: "matrix row 2, column 1 is Infinity; judgements must be positive numbers" }, plan, panel(GOOD));
    expect(text).toBe(
      "the analysis failed computing the AHP comparison of the pressure subsystems: weighting.ahp.matrices.pressure[1][0] (D compared with C) is Infinity; judgements must be positive numbers",
    );
  });

  test("in zh-CN the same failure is Chinese, with the core's keyed message and the config entry in place of 第 2 行第 1 列", () => {
    const config = base({ method: "ahp" });
    const plan = runAnalysis(panel(GOOD), config).plan;
    const text = msg("place.cell", { what: "matrix", row: 2, col: 1 });
    const err = { blockId: "ahp.weights.pressure", code: "#VALUE!", message: "matrix row 2, column 1 is blank", text: msg("sentence", { place: text, detail: msg("detail.is", { value: "blank" }) }) };
    // Oracle: the catalog's templates, written out (no "check …" suffix: the message names the entry).
    expect(describeFailure(err, plan, panel(GOOD), "zh-CN")).toBe("计算压力子系统的判断矩阵时分析失败：weighting.ahp.matrices.pressure[1][0]（D 与 C 相比）为 blank");
  });

  test("runAnalysis throws an AnalysisFailure: English message, Chinese text(zh-CN)", () => {
    const config = base({ method: "entropy" });
    const bad = GOOD.map((r, i) => (i === 1 ? r.map((v, j) => (j === 1 ? Infinity : v)) : r));
    let caught: unknown;
    try {
      runAnalysis(panel(bad), config);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(AnalysisFailure);
    expect((caught as Error).message).toMatch(/^the analysis failed computing /);
    expect((caught as AnalysisFailure).text("zh-CN")).toMatch(/^计算.*时分析失败：/);
  });
});

describe("analysisWarnings", () => {
  test("an inconsistent AHP comparison (CR ≥ 0.1) is reported with its system and CR", () => {
    // Circular judgements C > D > E > C, each 9: numpy.linalg.eigvals gives λmax = 10.1111, so
    // CI = (λmax − 3)/2 = 3.5556 and CR = CI / 0.58 (Saaty RI, n = 3) = 6.130.
    const config = base({ method: "ahp", ahp: { matrices: { pressure: [[1, 9, "1/9"], [null, 1, 9], [null, null, 1]] } } });
    const run = runAnalysis(panel(GOOD), config);
    expect(analysisWarnings(run)).toEqual([
      "the AHP comparison of the pressure system is inconsistent: CR = 6.130 ≥ 0.1 (Saaty 1990); its weights are used, but revise weighting.ahp.matrices.pressure",
    ]);
    expect(analysisWarnings(runAnalysis(panel(GOOD), base({ method: "ahp" })))).toEqual([]);
  });
});

describe("a constant indicator is named in a warning (issue 13 item 10)", () => {
  test("entropy: its weight is 0 (e = 1 for a constant column, method.md §1) and the warning names it", () => {
    const values = GOOD.map((r) => [r[0], r[1], r[2], r[3], 7]);
    const run = runAnalysis(panel(values), base({ method: "entropy" }));
    expect(run.evaluation.values["weights.entropy.pressure"][0][2]).toBe(0);
    expect(analysisWarnings(run)).toEqual(["pressure indicator 'p3' has the same value (7) in all 4 rows: it cannot tell the rows apart; its entropy weight is 0, so it does not count"]);
  });

  test("AHP: the warning says what the indicator then does", () => {
    const values = GOOD.map((r) => [5, r[1], r[2], r[3], r[4]]);
    expect(analysisWarnings(runAnalysis(panel(values), base({ method: "ahp" })))).toEqual([
      "support indicator 's1' has the same value (5) in all 4 rows: it cannot tell the rows apart; it normalizes to 1 in every row, so its AHP weight adds the same amount to every S",
    ]);
  });

  test("no warning when every indicator varies", () => {
    expect(analysisWarnings(runAnalysis(panel(GOOD), base({ method: "entropy" })))).toEqual([]);
  });
});

describe("numberRange (the years of a panel of any length)", () => {
  it("finds min and max of 300 000 values, where Math.max(...values) overflows the stack", () => {
    // Oracle: by construction, a permutation of 1000..300999 (i·7919 mod n is a bijection, 7919 prime ∤ n).
    const n = 300000;
    const values = Array.from({ length: n }, (_, i) => 1000 + ((i * 7919) % n));
    expect(numberRange(values)).toEqual({ min: 1000, max: 1000 + n - 1 });
  });

  it("is undefined for no values and exact for one", () => {
    expect(numberRange([])).toBeUndefined();
    expect(numberRange([2015])).toEqual({ min: 2015, max: 2015 });
  });
});
