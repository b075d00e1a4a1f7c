/**
 * Every chart the pane writes has exactly the series its spec names (count and names, in order),
 * also when the chart's source range is one row: the weights and obstacles bar charts, whose first
 * series is a one-row range, used to keep m − 1 default series "Series2…" next to the real one.
 *
 * Oracle for the host: the typed fake's charts.add makes default series the way Excel does, one per
 * column under seriesBy "Columns" and one per row under "Rows" (Excel.ChartSeriesBy, ExcelApi 1.1),
 * checked first on its own so this test would fail on the old "Columns"-always code.
 */
import { createGateway, seriesByFor, type XlRange } from "../../src/taskpane/excel-gateway";
import { buildCouplingChart } from "../../src/taskpane/coupling-chart";
import { buildTrendCharts } from "../../src/taskpane/trend-chart";
import type { WorkbookWrite } from "../../src/taskpane/write-model";
import { FakeContext, fakeRun, FakeWorkbookModel, type FakeChartModel } from "./fake-excel";
import { build, panel, SMALL } from "./wizard-build";

const liveNames = (c: FakeChartModel) => c.series.filter((s) => !s.deleted).map((s) => s.name);

/** Each chart of `write` on the fake holds exactly its spec's series, by name and in order. */
function expectSeriesAsSpecified(model: FakeWorkbookModel, write: WorkbookWrite): void {
  expect(write.charts.length).toBeGreaterThan(0);
  for (const spec of write.charts) {
    const chart = model.liveCharts(spec.sheet).find((c) => c.name === spec.name);
    expect(chart).toBeDefined();
    const names = liveNames(chart!);
    expect({ chart: spec.name, count: names.length }).toEqual({ chart: spec.name, count: spec.series.length });
    expect(names).toEqual(spec.series.map((s) => s.name));
    expect(names.some((n) => /^Series\d+$/.test(n))).toBe(false);
  }
}

describe("the fake's charts.add makes default series as Excel does", () => {
  const add = (address: string, by: "Columns" | "Rows") => {
    const model = new FakeWorkbookModel(["S"]);
    const ctx = new FakeContext(model);
    const ws = ctx.workbook.worksheets.getItem("S");
    ws.charts.add("BarClustered", ws.getRange(address) as XlRange, by);
    return liveNames(model.liveCharts("S")[0]);
  };
  test("a one-row range of 5 cells: 5 series by columns, 1 by rows", () => {
    expect(add("C2:G2", "Columns")).toEqual(["Series1", "Series2", "Series3", "Series4", "Series5"]);
    expect(add("C2:G2", "Rows")).toEqual(["Series1"]);
  });
  test("a one-column range of 4 cells: 1 series by columns, 4 by rows", () => {
    expect(add("B2:B5", "Columns")).toEqual(["Series1"]);
    expect(add("B2:B5", "Rows")).toHaveLength(4);
  });
});

test("seriesByFor picks the orientation that gives one default series", () => {
  expect(seriesByFor("'RECC analysis'!$C$40:$M$40")).toBe("Rows");
  expect(seriesByFor("Data!$B$2:$B$301")).toBe("Columns");
  expect(seriesByFor("Data!B2")).toBe("Rows");
});

describe("wizard Build: every chart has exactly the plan's series", () => {
  test.each(["entropy", "combined"] as const)("2 areas × 2 years × 3 indicators, %s weighting", async (weighting) => {
    const { model, write } = await build(SMALL, ["x2"], weighting);
    expect(write.charts.map((c) => c.name)).toEqual(["RECC coupling chart", "RECC trend C", "RECC trend S", "RECC trend P", "RECC weights", "RECC obstacles"]);
    expectSeriesAsSpecified(model, write);
    const weights = model.liveCharts("RECC analysis").find((c) => c.name === "RECC weights")!;
    expect(weights.seriesBy).toBe("Rows"); // its source, the weights row, is one row of 3 cells
    expect(liveNames(weights)).toEqual(["Weight used"]);
    const obstacles = model.liveCharts("RECC analysis").find((c) => c.name === "RECC obstacles")!;
    expect(liveNames(obstacles)).toEqual(["Mean obstacle degree"]);
  });

  test("the China 30-city panel (9 indicators): weights 1 series, obstacles 1, coupling 30 cities + 9 reference", async () => {
    const { model, write } = await build(panel(), ["PM10", "SO2", "NOx", "pop_density", "second_industry"], "combined");
    expectSeriesAsSpecified(model, write);
    const counts = Object.fromEntries(model.liveCharts("RECC analysis").map((c) => [c.name, liveNames(c).length]));
    // 30 cities + y = x, y = x², y = √x + 4 grade-grid lines + grade and region labels; trend: 30 + Average.
    expect(counts).toEqual({
      "RECC coupling chart": 30 + 3 + 4 + 2,
      "RECC trend C": 31,
      "RECC trend S": 31,
      "RECC trend P": 31,
      "RECC weights": 1,
      "RECC obstacles": 1,
    });
  });
});

test("a rebuild replaces the charts without leaving default series behind", async () => {
  const first = await build(SMALL, ["x2"], "combined");
  await createGateway(fakeRun(first.model), () => true).apply(first.write);
  expectSeriesAsSpecified(first.model, first.write);
  expect(first.model.liveCharts("RECC analysis")).toHaveLength(6);
});

test("coupling and trend charts inserted from ranges have exactly their series", async () => {
  const model = new FakeWorkbookModel(["P"]);
  model.setValues("P", "A1", [
    ["area", "year", "S", "P"],
    ["A", 2012, 0.45, 0.34],
    ["A", 2019, 0.42, 0.53],
    ["B", 2012, 0.44, 0.28],
    ["B", 2019, 0.41, 0.26],
  ]);
  const gw = createGateway(fakeRun(model), () => true);
  const [s, p, a, y] = await gw.readRanges(["P!C1:C5", "P!D1:D5", "P!A1:A5", "P!B1:B5"]);
  const coupling = buildCouplingChart({ support: s, pressure: p, areas: a, years: y, labelsInFirstRow: true, seriesBy: "year", output: { kind: "newSheet" } }, [], 1);
  await gw.apply(coupling.write);
  expectSeriesAsSpecified(model, coupling.write);
  const [values] = await gw.readRanges(["P!C1:D5"]);
  const trend = buildTrendCharts({ areas: a, years: y, values, labelsInFirstRow: true, output: { kind: "newSheet" } }, [], 1);
  await gw.apply(trend.write);
  expectSeriesAsSpecified(model, trend.write);
});

test("the chart-data sheet says \"Latest year\" once, above the year it computes, under the obstacle means' title", async () => {
  const { model, plan } = await build(SMALL, ["x2"], "entropy");
  const helper = model.sheet(plan.helperSheet)!;
  const at = (k: string) => k.split(",").map(Number);
  const texts = [...helper.cells.entries()].filter(([, c]) => typeof c.value === "string" && !c.formula);
  const latest = texts.filter(([, c]) => c.value === "Latest year");
  expect(latest).toHaveLength(1);
  const [row, col] = at(latest[0][0]);
  // Below it: =MAX of the analysis sheet's year column; above it: the title of the block.
  expect(helper.cells.get(`${row + 1},${col}`)?.formula).toMatch(/^=MAX\(/);
  expect(helper.cells.get(`${row - 1},${col}`)?.value).toBe("Mean obstacle degree, latest year");
  expect(texts.filter(([, c]) => c.value === "Mean obstacle degree, latest year")).toHaveLength(1);
});
