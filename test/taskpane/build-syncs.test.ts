/**
 * The number of context.sync() calls of a wizard Build does not grow with areas, years,
 * indicators or charts: the pane's Build sequence (read the table, read the AHP grids, apply the
 * plan) against the typed fake, for 2 areas × 2 years × 3 indicators and for the real panel of
 * 30 cities × 10 years × 9 indicators (../shared/data/real/china_30cities_air_2008_2017, read at
 * test time only).
 */
import * as fs from "fs";
import { validateAnalysisConfig } from "../../src/plan/analysis-config";
import { buildAnalysisPlan } from "../../src/plan/analysis-plan";
import { createGateway, SYNCS } from "../../src/taskpane/excel-gateway";
import { ahpGridBlocks, planToWrite } from "../../src/taskpane/plan-adapter";
import { parseIndicatorTable, sourceTable } from "../../src/taskpane/table-parse";
import { choicesToConfig } from "../../src/taskpane/wizard";
import { sharedDataPath } from "../support/shared-data";
import { fakeRun, FakeWorkbookModel, type FakeValue } from "./fake-excel";

const CSV = () => sharedDataPath("data/real/china_30cities_air_2008_2017/final_air_pollution_30cities_with_petrogas.csv");

function panel(): FakeValue[][] {
  return fs
    .readFileSync(CSV(), "utf8")
    .trim()
    .split(/\r?\n/)
    .map((line, i) => [...line.matchAll(/"([^"]*)"/g)].map((m, j) => (i === 0 || j === 0 ? m[1].trim() : Number(m[1].trim()))));
}

const SMALL: FakeValue[][] = [
  ["area", "year", "x1", "x2", "x3"],
  ["A", 2020, 1, 5, 3],
  ["A", 2021, 2, 4, 4],
  ["B", 2020, 3, 2, 1],
  ["B", 2021, 4, 1, 2],
];

/** The pane's Build, step by step (src/taskpane/pane.ts, "wz-build"). */
async function build(rows: FakeValue[][], pressure: string[], weighting: "entropy" | "combined") {
  const model = new FakeWorkbookModel(["Data"]);
  model.setValues("Data", "A1", rows);
  const gw = createGateway(fakeRun(model), () => true);
  const address = `Data!A1:${String.fromCharCode(64 + rows[0].length)}${rows.length}`;
  const [r] = await gw.readRanges([address]);
  const t = parseIndicatorTable(r.address, r.values);
  const config = choicesToConfig({
    areaColumn: t.areaColumn,
    yearColumn: t.yearColumn,
    indicators: t.indicators.map((d) => (pressure.includes(d.name) ? { ...d, role: "pressure", subsystem: "pressure" } : d)),
    weighting,
    ahpLevel: "indicator",
    combine: "multiplicative",
    seriesBy: "area",
  });
  const check = validateAnalysisConfig(config);
  if (!check.ok) throw new Error(check.errors.join("; "));
  const { source } = sourceTable(t, config.areaColumn, config.yearColumn);
  const plan = buildAnalysisPlan(check.config, source);
  // First build: no earlier AHP grid to read back, but the pane still makes this (empty) read so the
  // count is the same for a rebuild (see the rebuild test below).
  await gw.readRanges([]);
  const report = await gw.apply(planToWrite(plan, { version: 1, table: address, sheet: plan.sheet, helperSheet: plan.helperSheet, config }));
  return { model, plan, report, indicators: config.indicators.length };
}

test.each(["entropy", "combined"] as const)("a %s Build takes the same number of syncs for 2×2×3 and 30×10×9", async (weighting) => {
  const small = await build(SMALL, ["x2"], weighting);
  const large = await build(panel(), ["PM10", "SO2", "NOx", "pop_density", "second_industry"], weighting);
  expect(small.indicators).toBe(3);
  expect(large.indicators).toBe(9); // 11 numeric columns minus the dummies post, key_regions
  expect(large.plan.source.rowCount).toBe(300);
  const expected = SYNCS.readRanges * 2 + SYNCS.apply;
  expect(small.model.syncs).toBe(expected);
  expect(large.model.syncs).toBe(expected);
  expect(expected).toBe(5);
  expect(small.report.charts).toHaveLength(6);
  expect(large.report.charts).toHaveLength(6);
  // The coupling chart of the large build has one series per city.
  const coupling = large.model.liveCharts("RECC analysis").find((c) => c.name === "RECC coupling chart")!;
  expect(coupling.series.filter((s) => !s.deleted && s.markerStyle === "Circle")).toHaveLength(30);
  // The user's table is untouched (no cell of Data carries a formula or a format).
  expect([...large.model.sheet("Data")!.cells.values()].some((c) => c.formula || c.bold || c.fill || c.numberFormat)).toBe(false);
});

test("a rebuild (reading the AHP grids back) takes the same number of syncs", async () => {
  const first = await build(SMALL, ["x2"], "combined");
  const gw = createGateway(fakeRun(first.model), () => true);
  const before = first.model.syncs;
  await gw.readRanges(["Data!A1:E5"]);
  const grids = await gw.readRanges(ahpGridBlocks(first.plan).map((g) => g.address));
  expect(grids.map((g) => g.values.length)).toEqual([2, 1]); // indicator level: support x1, x3; pressure x2
  await gw.apply(planToWrite(first.plan, null));
  expect(first.model.syncs - before).toBe(5);
});

test("the plan's formulas reach the analysis sheet unchanged, and text stays text", async () => {
  const { model, plan } = await build(SMALL, ["x2"], "combined");
  for (const b of plan.blocks) {
    for (const w of b.writes) {
      const [first] = w.address.split(":");
      const v = w.formulas[0][0];
      const got = model.formulaAt(w.sheet, first);
      if (typeof v === "string" && v.startsWith("'")) expect(got).toBe(v.slice(1));
      else if (v === "") expect(got).toBe("");
      else expect(got).toBe(v);
    }
  }
  const grid = plan.blocks.find((b) => b.id === "ahp.grid.support")!;
  expect(grid.rect.rows).toBe(2); // x1, x3 at indicator level
});
