/**
 * The workbook gateway against the typed fake (fake-excel.ts): formulas and values written, charts
 * and their series ranges, the helper sheet, the saved configuration, ownership rules, rebuild, and
 * the number of context.sync() calls.
 */
import { createGateway, ForeignSheetError, literalCell, RequirementError, SYNCS } from "../../src/taskpane/excel-gateway";
import { STATE_NAMESPACE, stateFromXml } from "../../src/taskpane/saved-state";
import type { WorkbookWrite } from "../../src/taskpane/write-model";
import { fakeRun, FakeWorkbookModel } from "./fake-excel";

function gatewayOn(model: FakeWorkbookModel, supported = "1.12") {
  const max = Number(supported.split(".")[1]);
  return createGateway(fakeRun(model), (v) => Number(v.split(".")[1]) <= max);
}

const simpleWrite = (name = "RECC analysis"): WorkbookWrite => ({
  sheets: [
    {
      name,
      role: "analysis",
      mode: "replace",
      blocks: [
        { address: "A1:B1", values: [["Area", "=not a formula"]], header: true },
        { address: "A2:B2", formulas: [["=RECC.SUPPORT(Data!$B$2:$C$5,Data!$B$1:$C$1)", "x"]] },
      ],
    },
  ],
  charts: [
    {
      name: "RECC chart",
      sheet: name,
      kind: "scatter",
      title: "T",
      xMin: 0,
      xMax: 1,
      yMin: 0,
      yMax: 1,
      anchor: "D2",
      series: [
        { name: "a", x: `'${name}'!$A$2:$A$3`, y: `'${name}'!$B$2:$B$3`, style: "points" },
        { name: "y = x²", x: `'${name}'!$A$2:$A$3`, y: `'${name}'!$B$2:$B$3`, style: "curve" },
        { name: "Grades", x: `'${name}'!$A$2:$A$3`, y: `'${name}'!$B$2:$B$3`, style: "labels", labels: ["I", "II"] },
      ],
    },
  ],
  wizard: { version: 1, areaColumn: "Area" },
});

describe("apply", () => {
  test("creates the sheet, writes literals as text and formulas as formulas, in SYNCS.apply syncs", async () => {
    const model = new FakeWorkbookModel(["Data"]);
    const report = await gatewayOn(model).apply(simpleWrite());
    expect(report.syncs).toBe(SYNCS.apply);
    expect(model.syncs).toBe(SYNCS.apply);
    expect(report.sheetsCreated).toEqual(["RECC analysis"]);
    // Text that looks like a formula stays text (written with a ' prefix, which Excel hides).
    expect(model.cell("RECC analysis", "B1")).toMatchObject({ value: "=not a formula", bold: true });
    expect(model.cell("RECC analysis", "B1")?.formula).toBeUndefined();
    expect(model.formulaAt("RECC analysis", "A2")).toBe("=RECC.SUPPORT(Data!$B$2:$C$5,Data!$B$1:$C$1)");
  });

  test("charts: explicit seriesBy, default series removed, each series with explicit ranges and style", async () => {
    const model = new FakeWorkbookModel(["Data"]);
    await gatewayOn(model).apply(simpleWrite());
    const [chart] = model.liveCharts("RECC analysis");
    expect(chart.name).toBe("RECC chart");
    expect(chart.type).toBe("XYScatter");
    expect(chart.seriesBy).toBe("Columns");
    const live = chart.series.filter((s) => !s.deleted);
    expect(live.map((s) => s.name)).toEqual(["a", "y = x²", "Grades"]);
    expect(chart.series[0].deleted).toBe(true); // the default series
    expect(live[0]).toMatchObject({ x: "'RECC analysis'!A2:A3", y: "'RECC analysis'!B2:B3", markerStyle: "Circle" });
    expect(live[0].line.lineStyle).toBe("None");
    expect(live[1]).toMatchObject({ chartType: "XYScatterSmoothNoMarkers", smooth: true, markerStyle: "None" });
    expect(live[1].line.lineStyle).toBe("Dash");
    expect(live[2].labels[1]).toMatchObject({ hasDataLabel: true, text: "II" });
    expect(chart.axes.categoryAxis).toMatchObject({ minimum: 0, maximum: 1 });
    expect(chart.axes.valueAxis).toMatchObject({ minimum: 0, maximum: 1 });
    expect(chart.title).toEqual({ text: "T", visible: true });
    expect(chart.legend.visible).toBe(true);
  });

  test("saves the state in our namespace with the new sheet's id and the wizard config", async () => {
    const model = new FakeWorkbookModel(["Data"]);
    await gatewayOn(model).apply(simpleWrite());
    const parts = model.liveParts();
    expect(parts).toHaveLength(1);
    expect(parts[0].xml).toContain(`xmlns="${STATE_NAMESPACE}"`);
    const state = stateFromXml(parts[0].xml)!;
    expect(state.sheets).toEqual([{ id: model.sheet("RECC analysis")!.id, name: "RECC analysis", role: "analysis" }]);
    expect(state.charts).toEqual([{ name: "RECC chart", sheet: "RECC analysis" }]);
    expect(state.wizard).toEqual({ version: 1, areaColumn: "Area" });
    const info = await gatewayOn(model).describe();
    expect(info.sheets.find((s) => s.name === "RECC analysis")?.ours).toBe(true);
    expect(info.sheets.find((s) => s.name === "Data")?.ours).toBe(false);
  });

  test("never writes to a sheet it did not create, and leaves no new sheet behind", async () => {
    const model = new FakeWorkbookModel(["Data", "RECC analysis"]);
    model.setValues("RECC analysis", "A1", [["my own notes"]]);
    const before = model.snapshot("RECC analysis");
    const write = simpleWrite();
    write.sheets.push({ name: "RECC helper", role: "helper", mode: "merge", blocks: [{ address: "A1", values: [[1]] }] });
    await expect(gatewayOn(model).apply(write)).rejects.toBeInstanceOf(ForeignSheetError);
    expect(model.snapshot("RECC analysis")).toBe(before);
    expect(model.liveCharts("RECC analysis")).toHaveLength(0);
    expect(model.sheet("RECC helper")).toBeUndefined();
    expect(model.liveParts()).toHaveLength(0);
  });

  test("a chart of the same name on the user's sheet is refused before anything is written", async () => {
    const model = new FakeWorkbookModel(["Data"]);
    // The user's own chart on their own sheet, named like the chart we are about to place there.
    await gatewayOn(model).apply({ sheets: [], charts: [] }); // nothing of ours yet, one empty state
    const userRun = fakeRun(model);
    await userRun(async (ctx) => {
      const c = ctx.workbook.worksheets.getItem("Data").charts.add("Line", ctx.workbook.worksheets.getItem("Data").getRange("A1:A2"), "Columns");
      c.name = "RECC chart";
      await ctx.sync();
    });
    const partsBefore = model.liveParts().map((p) => p.xml);
    const write = simpleWrite("RECC helper");
    write.charts[0].sheet = "Data"; // chart placed on the user's sheet, helper cells on a new sheet
    const syncs0 = model.syncs;
    const err = await gatewayOn(model).apply(write).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ForeignSheetError);
    expect((err as ForeignSheetError).charts).toEqual([{ sheet: "Data", name: "RECC chart" }]);
    expect((err as Error).message).toContain('"Data" already has a chart named "RECC chart" that RECC did not make');
    expect(model.syncs - syncs0).toBe(SYNCS.apply); // sheets, state + add, undo
    expect(model.sheet("RECC helper")).toBeUndefined(); // the sheet added in sync 2 was removed again
    expect(model.liveCharts("Data").map((c) => c.name)).toEqual(["RECC chart"]);
    expect(model.liveParts().map((p) => p.xml)).toEqual(partsBefore);
  });

  test("rebuild updates the same sheet and chart (same id, one chart, position kept, one part)", async () => {
    const model = new FakeWorkbookModel(["Data"]);
    const gw = gatewayOn(model);
    await gw.apply(simpleWrite());
    const id = model.sheet("RECC analysis")!.id;
    const moved = model.liveCharts("RECC analysis")[0];
    moved.top = 321;
    moved.left = 123;
    model.setValues("RECC analysis", "Z99", [["stale"]]);
    const report = await gw.apply(simpleWrite());
    expect(report.sheetsCreated).toEqual([]);
    expect(report.sheetsUpdated).toEqual(["RECC analysis"]);
    expect(model.sheet("RECC analysis")!.id).toBe(id);
    expect(model.liveSheets().map((s) => s.name)).toEqual(["Data", "RECC analysis"]);
    const charts = model.liveCharts("RECC analysis");
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({ top: 321, left: 123 });
    expect(model.cell("RECC analysis", "Z99")).toBeUndefined(); // replace mode cleared old cells
    expect(model.liveParts()).toHaveLength(1);
  });

  test("a renamed sheet of ours is still ours (ownership by sheet id)", async () => {
    const model = new FakeWorkbookModel(["Data"]);
    const gw = gatewayOn(model);
    await gw.apply(simpleWrite());
    model.sheet("RECC analysis")!.name = "Old analysis";
    await gw.apply(simpleWrite("Old analysis"));
    expect(model.liveSheets().map((s) => s.name)).toEqual(["Data", "Old analysis"]);
  });

  test("charts need ExcelApi 1.7; labels are skipped below 1.8 with a note", async () => {
    const model = new FakeWorkbookModel(["Data"]);
    await expect(gatewayOn(model, "1.6").apply(simpleWrite())).rejects.toBeInstanceOf(RequirementError);
    expect(model.sheet("RECC analysis")).toBeUndefined();
    const report = await gatewayOn(model, "1.7").apply(simpleWrite());
    expect(report.skipped).toEqual(["Grade and region labels in the chart"]);
    const labels = model.liveCharts("RECC analysis")[0].series.filter((s) => !s.deleted)[2].labels;
    expect(labels).toEqual({});
  });
});

describe("reads", () => {
  test("readSelection and readRanges take one sync each and return values", async () => {
    const model = new FakeWorkbookModel(["Data"]);
    model.setValues("Data", "A1", [["S", "P"], [0.451, 0.3382], [null, 0.2821]]);
    model.selection = { sheet: "Data", address: "A1:B3" };
    const gw = gatewayOn(model);
    const sel = await gw.readSelection();
    expect(model.syncs).toBe(SYNCS.readSelection);
    expect(sel).toEqual({ address: "Data!A1:B3", sheet: "Data", values: [["S", "P"], [0.451, 0.3382], ["", 0.2821]] });
    const [a, b] = await gw.readRanges(["Data!A2:A3", "'Data'!$B$2:$B$3"]);
    expect(model.syncs).toBe(SYNCS.readSelection + SYNCS.readRanges);
    expect(a.values).toEqual([[0.451], [""]]);
    expect(b.values).toEqual([[0.3382], [0.2821]]);
  });
});

test("literalCell keeps text as text (the plan's escapeText rule) and never writes NaN", () => {
  expect(literalCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
  expect(literalCell("TRUE")).toBe("'TRUE");
  expect(literalCell("+1")).toBe("'+1");
  expect(literalCell("1/3")).toBe("'1/3");
  expect(literalCell("Bayan Obo")).toBe("Bayan Obo");
  expect(literalCell(Number.NaN)).toBe("");
  expect(literalCell(0.5)).toBe(0.5);
});
