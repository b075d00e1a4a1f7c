/**
 * The wizard's issue-10 options (objective weights, game-theory combination, CCD and TOPSIS blocks)
 * reach the configuration and the written sheet: the pane's Build step by step against the typed
 * Office.js fake (test/taskpane/fake-excel.ts). Oracle: the configuration rules (defaults give
 * today's configuration) and the plan's own formulas as the fake workbook holds them.
 */
import { validateAnalysisConfig } from "../../src/plan/analysis-config";
import { buildAnalysisPlan } from "../../src/plan/analysis-plan";
import { createGateway } from "../../src/taskpane/excel-gateway";
import { PLAN_CHART_NAMES, planToWrite } from "../../src/taskpane/plan-adapter";
import { parseIndicatorTable, sourceTable } from "../../src/taskpane/table-parse";
import { choicesToConfig, type WizardChoices } from "../../src/taskpane/wizard";
import { fakeRun, FakeWorkbookModel } from "./fake-excel";
import { SMALL } from "./wizard-build";

const base = (t: ReturnType<typeof parseIndicatorTable>): WizardChoices => ({
  areaColumn: t.areaColumn,
  yearColumn: t.yearColumn,
  indicators: t.indicators.map((d) => (d.name === "x3" ? { ...d, role: "pressure", subsystem: "pressure" } : d)),
  weighting: "combined",
  ahpLevel: "indicator",
  combine: "multiplicative",
  seriesBy: "area",
});

async function buildWith(extra: Partial<WizardChoices>) {
  const model = new FakeWorkbookModel(["Data"]);
  model.setValues("Data", "A1", SMALL);
  const gw = createGateway(fakeRun(model), () => true);
  const [r] = await gw.readRanges(["Data!A1:E5"]);
  const t = parseIndicatorTable(r.address, r.values);
  const config = choicesToConfig({ ...base(t), ...extra });
  const check = validateAnalysisConfig(config);
  if (!check.ok) throw new Error(check.errors.join("; "));
  const plan = buildAnalysisPlan(check.config, sourceTable(t, config.areaColumn, config.yearColumn).source);
  await gw.apply(planToWrite(plan, { version: 1, table: "Data!A1:E5", sheet: plan.sheet, helperSheet: plan.helperSheet, config }));
  const formulas = [...model.sheet(plan.sheet)!.cells.values()].map((c) => c.formula).filter((f): f is string => typeof f === "string");
  return { config, resolvedConfig: check.config, plan, model, formulas };
}

describe("wizard options of issue 10", () => {
  test("left at their defaults, the configuration is today's (no objective, ccd or topsis field)", async () => {
    const { config, formulas } = await buildWith({});
    expect(config.weighting).toEqual({ method: "combined", ahp: { level: "indicator" }, combine: { method: "multiplicative" } });
    expect("ccd" in config || "topsis" in config).toBe(false);
    expect(formulas.some((f) => f.startsWith("=RECC.ENTROPYWEIGHTS("))).toBe(true);
    expect(formulas.some((f) => /^=RECC\.(CRITICWEIGHTS|CCD|TOPSIS)\(/.test(f))).toBe(false);
  });

  test("CRITIC, game theory, CCD and TOPSIS reach the configuration and the written sheet", async () => {
    const { config, formulas, plan } = await buildWith({ objective: "critic", combine: "game", ccd: true, topsis: true });
    expect(config.weighting.objective).toBe("critic");
    expect(config.weighting.combine).toEqual({ method: "game" });
    expect(config.ccd).toEqual({});
    expect(config.topsis).toEqual({});
    for (const fn of ["CRITICWEIGHTS", "COMBINEWEIGHTS", "CCD", "CCDLEVEL", "TOPSIS"]) expect(formulas.filter((f) => f.startsWith(`=RECC.${fn}(`)).length).toBeGreaterThan(0);
    expect(formulas.some((f) => f.startsWith("=RECC.ENTROPYWEIGHTS("))).toBe(false);
    // The rank compares years with = inside SUMPRODUCT, never COUNTIF/MATCH/*IFS.
    expect(formulas.filter((f) => /^=SUMPRODUCT\(\(.+=.+\)\*\(.+>.+\)\)\+1$/.test(f))).toHaveLength(4);
    expect(formulas.filter((f) => /\b(MATCH|COUNTIFS?|SUMIFS?|AVERAGEIFS?)\(/.test(f))).toEqual([]);
    // The combination setting cell holds "game" (what COMBINEWEIGHTS reads).
    expect(plan.blocks.find((b) => b.id === "settings")!.writes.at(-1)!.formulas).toContainEqual(["Combination", "game"]);
    expect(plan.charts.map((c) => PLAN_CHART_NAMES[c.id])).toContain("RECC trend D");
  });

  test("objective weights do not apply to AHP alone", async () => {
    const { config } = await buildWith({ weighting: "ahp", objective: "critic" });
    expect(config.weighting.objective).toBeUndefined();
  });
});
