/**
 * The number of context.sync() calls of a wizard Build does not grow with areas, years,
 * indicators or charts: the pane's Build sequence (read the table, read the AHP grids, apply the
 * plan) against the typed fake, for 2 areas × 2 years × 3 indicators and for the real panel of
 * 30 cities × 10 years × 9 indicators (../shared/data/real/china_30cities_air_2008_2017, read at
 * test time only).
 */
import { createGateway, SYNCS } from "../../src/taskpane/excel-gateway";
import { ahpGridBlocks, planToWrite } from "../../src/taskpane/plan-adapter";
import { fakeRun } from "./fake-excel";
import { build, panel, SMALL } from "./wizard-build";

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
