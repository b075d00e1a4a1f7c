/**
 * End to end: the production build (dist/, built by jest's globalSetup) served on localhost, opened
 * in headless Debian Chromium through playwright-core, with office.js replaced by a stand-in
 * (office-standin.js) over the typed fake workbook of the unit tests. Drives the coupling chart,
 * the trend chart and the wizard by clicks and keys, and checks what was written.
 *
 * Workbooks: (a) the seed paper's printed S and P (../shared/method.md §2), plus one area-year
 * without values; (b) the real 30-city panel (../shared/data/real/china_30cities_air_2008_2017,
 * read at test time, never copied into the repo); (c) hostile indicator and area names.
 *
 * Skipped with a message only when /usr/bin/chromium is missing and CI is not set.
 */
import * as fs from "fs";
import * as path from "path";
import { sharedDataPath } from "../support/shared-data";
import { ARTIFACTS, e2eSuite, idle, inBook, PAPER_ROWS, select, type Cell, type Opened, type Seed } from "./pane-harness";

const PANEL_CSV = () => sharedDataPath("data/real/china_30cities_air_2008_2017/final_air_pollution_30cities_with_petrogas.csv");

const { describeE2E, harness } = e2eSuite();

/** The real panel as Excel would import it: quoted numbers become numbers (trailing spaces, leading zeros). */
function panelRows(): Cell[][] {
  const lines = fs.readFileSync(PANEL_CSV(), "utf8").trim().split(/\r?\n/);
  return lines.map((line, i) => {
    const cells = [...line.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
    return cells.map((c, j) => (i === 0 || j === 0 ? c.trim() : Number(c.trim())));
  });
}

const HOSTILE = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', '=HYPERLINK("http://x","y")'];
const HOSTILE_ROWS: Cell[][] = [
  ["area", "year", ...HOSTILE],
  ["<b>north</b>", 2020, 1, 5, 3],
  ["<b>north</b>", 2021, 2, 4, 4],
  ["south & 'co'", 2020, 3, 2, 1],
  ["south & 'co'", 2021, 4, 1, 2],
];

/** Opens the pane over a seeded fake workbook; 350 px wide like Excel's task pane. */
const openPane = (seed: Seed): Promise<Opened> => harness().openPane(seed, 350);

const liveSeries = `return m.liveCharts(args[0]).map(c => ({ name: c.name, type: c.type, seriesBy: c.seriesBy, axes: c.axes, title: c.title.text,
  series: c.series.filter(s => !s.deleted).map(s => ({ name: s.name, x: s.x, y: s.y, chartType: s.chartType, lineStyle: s.line.lineStyle, labels: Object.values(s.labels).map(l => l.text) })) }));`;

interface ChartDump {
  name: string;
  type: string;
  seriesBy: string;
  axes: { categoryAxis: { minimum: number; maximum: number }; valueAxis: { minimum: number; maximum: number } };
  title: string;
  series: { name: string; x?: string; y: string; chartType?: string; lineStyle?: string; labels: string[] }[];
}

describeE2E("task pane in Chromium", () => {
  test("coupling chart from selected ranges (paper figures): series per area, blanks skipped, reference picture", async () => {
    const { page, dialogs, problems } = await openPane({ sheets: [{ name: "Paper", rows: PAPER_ROWS }], selection: { sheet: "Paper", address: "A1" } });
    // The selection fills the first empty field each time (Analysis ToolPak behaviour), driven by keyboard.
    for (const address of ["C1:C11", "D1:D11", "A1:A11", "B1:B11"]) {
      await select(page, "Paper", address);
      await page.focus("#cp-use");
      await page.keyboard.press("Enter");
      await idle(page);
    }
    expect(await page.inputValue("#cp-s")).toBe("Paper!C1:C11");
    expect(await page.inputValue("#cp-p")).toBe("Paper!D1:D11");
    expect(await page.inputValue("#cp-areas")).toBe("Paper!A1:A11");
    expect(await page.inputValue("#cp-years")).toBe("Paper!B1:B11");
    const before = await inBook<number>(page, "return m.syncs;");
    await page.click("#cp-insert");
    await idle(page);
    const syncs = (await inBook<number>(page, "return m.syncs;")) - before;
    expect(await page.textContent("#error")).toBe("");
    expect(await page.textContent("#status")).toContain('Inserted "RECC coupling 1": 9 points in 5 series. 1 row(s) with a blank S or P were left out');
    expect(syncs).toBe(6); // readRanges 1 + describe 2 + apply 3

    const [chart] = await inBook<ChartDump[]>(page, liveSeries, "RECC coupling 1");
    expect(chart.type).toBe("XYScatter");
    expect(chart.seriesBy).toBe("Columns");
    expect(chart.axes.categoryAxis).toMatchObject({ minimum: 0, maximum: 1 });
    expect(chart.axes.valueAxis).toMatchObject({ minimum: 0, maximum: 1 });
    expect(chart.series.map((s) => s.name)).toEqual([
      "Bayan Obo", "Mianning", "Longnan", "Pingyuan", "Chongzuo",
      "y = x", "y = x²", "y = √x", "Grade grid (0.333, 0.667)", "Grades I–IX", "Coupling regions",
    ]);
    // Bayan Obo: 2 points in contiguous helper columns; Chongzuo: only 2019 (its 2012 is blank).
    expect(chart.series[0]).toMatchObject({ x: "'RECC coupling data'!Q4:Q5", y: "'RECC coupling data'!R4:R5" });
    expect(chart.series[4]).toMatchObject({ x: "'RECC coupling data'!Y4", y: "'RECC coupling data'!Z4" });
    expect(await inBook(page, "return m.formulaAt('RECC coupling data', 'Y4');")).toBe("=IF(ISNUMBER('Paper'!$C$11),'Paper'!$C$11,NA())");
    expect(chart.series[6]).toMatchObject({ chartType: "XYScatterSmoothNoMarkers", lineStyle: "Dash" });
    expect(chart.series[9].labels).toEqual(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]);
    // Helper sheet: y = x² at x = 0.5 is 0.25 (row 14 = 11th point, x = 10/20).
    expect(await inBook(page, "return [m.formulaAt('RECC coupling data','A14'), m.formulaAt('RECC coupling data','C14')];")).toEqual([0.5, 0.25]);
    const state = await inBook<{ sheets: { name: string }[]; helperBlocks: { chart: string; col: number }[] }>(
      page,
      "const x = m.liveParts()[0].xml; return JSON.parse(x.slice(x.indexOf('<state>') + 7, x.indexOf('</state>')).replace(/&lt;/g,'<').replace(/&gt;/g,'>').replace(/&amp;/g,'&'));",
    );
    expect(state.sheets.map((s) => s.name).sort()).toEqual(["RECC coupling 1", "RECC coupling data"]);
    expect(state.helperBlocks).toEqual([{ chart: "RECC coupling 1", sheet: "RECC coupling data", col: 16, cols: 10 }]);
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-coupling.png"), fullPage: true });
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  test("trend charts from the real 30-city panel: a line per city and the average", async () => {
    const { page, problems } = await openPane({ sheets: [{ name: "Data", rows: panelRows() }] });
    await page.click("#tab-trend");
    await page.fill("#tr-areas", "Data!A1:A301");
    await page.fill("#tr-years", "Data!B1:B301");
    await page.fill("#tr-values", "Data!C1:D301");
    await page.click("#tr-insert");
    await idle(page);
    expect(await page.textContent("#error")).toBe("");
    expect(await page.textContent("#status")).toBe("Inserted 2 trend chart(s): RECC trend 1, RECC trend 2.");
    const charts = await inBook<ChartDump[]>(page, liveSeries, "RECC trend 1");
    expect(charts.map((c) => c.title)).toEqual(["PM10: trend per area and average", "SO2: trend per area and average"]);
    expect(charts[0].type).toBe("LineMarkers");
    expect(charts[0].series).toHaveLength(31); // 30 cities + Average
    expect(charts[0].series[30]).toMatchObject({ name: "Average", lineStyle: "Dash" });
    expect(charts[0].series[0]).toMatchObject({ name: "Beijing", x: "'RECC trend data'!A4:A13", y: "'RECC trend data'!B4:B13" });
    // Beijing 2008 PM10 is Data!C2 (first data row of the CSV).
    expect(await inBook(page, "return m.formulaAt('RECC trend data','B4');")).toBe("=IF(ISNUMBER('Data'!$C$2),'Data'!$C$2,NA())");
    const avg = await inBook<string>(page, "return m.formulaAt('RECC trend data','AF4');");
    expect(avg.startsWith("=AVERAGE('Data'!$C$2,")).toBe(true);
    expect(avg.split(",")).toHaveLength(30);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  test("wizard on the real panel: build, AHP grid, rebuild in place, share; the table is untouched", async () => {
    const { page, dialogs, problems } = await openPane({ sheets: [{ name: "Data", rows: panelRows() }] });
    const dataBefore = await inBook<string>(page, "return m.snapshot('Data');");
    // Keyboard: focus the first tab and move right twice to the wizard.
    await page.focus("#tab-coupling");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(await page.getAttribute("#tab-wizard", "aria-selected")).toBe("true");
    await select(page, "Data", "A1:M301");
    await page.click("#wz-use");
    await idle(page);
    expect(await page.inputValue("#wz-table")).toBe("Data!A1:M301");
    await page.click("#wz-read");
    await idle(page);
    expect(await page.textContent("#status")).toContain("Read 300 rows, 11 numeric columns (9 ticked).");
    const names = await page.$$eval("#wz-grid td.name", (tds) => tds.map((t) => t.textContent));
    expect(names).toEqual(["PM10", "SO2", "NOx", "pop_density", "GRP_pc", "second_industry", "total_gas_supply", "petro_gas_supply", "green_coveraged", "post", "key_regions"]);
    expect(await page.isChecked("#wz-use-9")).toBe(false); // dummy "post"
    // Roles and subsystems as in the data README: 5 pressure, 4 support indicators.
    const pressure = [0, 1, 2, 3, 5];
    for (const i of pressure) {
      await page.focus(`#wz-role-${i}`);
      await page.keyboard.press("ArrowDown"); // Support → Pressure
    }
    const subsystem: Record<number, string> = { 0: "air", 1: "air", 2: "air", 3: "society", 5: "society", 4: "economy", 6: "energy", 7: "energy", 8: "ecology" };
    for (const [i, s] of Object.entries(subsystem)) await page.fill(`#wz-sub-${i}`, s);
    await page.selectOption("#wz-weighting", "combined");
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-wizard.png"), fullPage: true });

    expect(await page.textContent("#wz-build")).toBe("Build analysis");
    expect(await page.isVisible("#wz-build-why")).toBe(false);
    let before = await inBook<number>(page, "return m.syncs;");
    await page.click("#wz-build");
    await idle(page);
    const buildSyncs = (await inBook<number>(page, "return m.syncs;")) - before;
    expect(await page.textContent("#error")).toBe("");
    expect(await page.textContent("#status")).toContain('Built "RECC analysis"');
    expect(buildSyncs).toBe(5); // read table 1 + read AHP grids 1 + apply 3

    const formulas = await inBook<string[]>(page, "return [...m.sheet('RECC analysis').cells.values()].map(c => c.formula).filter(Boolean);");
    for (const fn of ["NORMALIZE", "ENTROPYWEIGHTS", "AHP", "AHPCONSISTENCY", "COMBINEWEIGHTS", "SUPPORT", "PRESSURE", "INDEX", "GRADE", "REGION", "OBSTACLE", "TOPOBSTACLES"]) {
      expect(formulas.some((f) => f.startsWith(`=RECC.${fn}(`))).toBe(true);
    }
    // Subsystems are grouped by name with = (never MATCH/COUNTIF/*IFS, which read names as criteria).
    expect(formulas.some((f) => f.startsWith("=MMULT(") && f.includes("TRIM("))).toBe(true);
    expect(formulas.filter((f) => /\b(MATCH|COUNTIF|SUMIF|AVERAGEIFS|COUNTIFS|SUMIFS)\(/.test(f))).toEqual([]);
    expect(formulas.some((f) => f.startsWith("=IFERROR(IF(ISTEXT("))).toBe(true); // reciprocal lower triangle of the AHP grid
    const charts = await inBook<ChartDump[]>(page, liveSeries, "RECC analysis");
    expect(charts.map((c) => c.name)).toEqual(["RECC coupling chart", "RECC trend C", "RECC trend S", "RECC trend P", "RECC weights", "RECC obstacles"]);
    // Exactly the plan's series: one bar series each (no default "Series2…" left from charts.add).
    expect(charts[4].series.map((s) => s.name)).toEqual(["Weight used"]);
    expect(charts[5].series.map((s) => s.name)).toEqual(["Mean obstacle degree"]);
    expect(charts.flatMap((c) => c.series).filter((s) => /^Series\d+$/.test(s.name))).toEqual([]);
    expect(await page.textContent("#wz-build")).toBe("Rebuild analysis");
    expect(charts[0].series.filter((s) => s.chartType === "XYScatter" && s.labels.length === 0)).toHaveLength(30);
    const sheetId = await inBook<string>(page, "return m.sheet('RECC analysis').id;");
    const wizard = await inBook<{ table: string; config: { weighting: { method: string } } }>(
      page,
      "const x = m.liveParts()[0].xml; return JSON.parse(x.slice(x.indexOf('<state>') + 7, x.indexOf('</state>')).replace(/&lt;/g,'<').replace(/&gt;/g,'>').replace(/&amp;/g,'&')).wizard;",
    );
    expect(wizard.table).toBe("Data!A1:M301");
    expect(wizard.config.weighting.method).toBe("combined");
    expect(await page.isVisible("#wz-ahp")).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-wizard-built.png"), fullPage: true });

    // The user edits an AHP judgement in the sheet (upper triangle), then rebuilds.
    const gridCell = await inBook<string>(
      page,
      "const s = m.sheet('RECC analysis'); for (const [k, c] of s.cells) { if (c.formula && c.formula.startsWith('=IFERROR(IF(ISTEXT(')) { const ref = c.formula.slice(19).split(')')[0].split('!')[1].replace(/\\$/g, ''); return ref; } } return '';",
    );
    expect(gridCell).not.toBe("");
    await inBook(page, "m.setValues('RECC analysis', args[0], [[3]]);", gridCell);
    before = await inBook<number>(page, "return m.syncs;");
    await page.click("#wz-build");
    await idle(page);
    expect(await page.textContent("#error")).toBe("");
    expect((await inBook<number>(page, "return m.syncs;")) - before).toBe(5);
    expect(await page.textContent("#status")).toContain('Rebuilt "RECC analysis"');
    expect(await inBook(page, "return m.sheet('RECC analysis').id;")).toBe(sheetId);
    expect(await inBook(page, "return m.liveSheets().map(s => s.name);")).toEqual(["Data", "RECC analysis", "RECC analysis charts"]);
    expect((await inBook<ChartDump[]>(page, liveSeries, "RECC analysis")).length).toBe(6);
    expect(await inBook(page, "return m.formulaAt('RECC analysis', args[0]);", gridCell)).toBe(3); // the judgement survived
    expect(await inBook(page, "return m.liveParts().length;")).toBe(1);

    await page.click("#wz-share");
    await idle(page);
    expect(await page.textContent("#error")).toBe("");
    const shared = await inBook<{ formulas: number; cells: number }>(
      page,
      "const s = m.sheet('RECC analysis (values)'); const c = [...s.cells.values()]; return { formulas: c.filter(x => x.formula).length, cells: c.length };",
    );
    expect(shared.formulas).toBe(0);
    expect(shared.cells).toBeGreaterThan(100);

    // The AHP readout: a measure × system table. Before a refresh it says where the blocks live;
    // then it shows what Excel computed there (here written into the fake, which has no engine).
    const readout = () => page.$$eval("#wz-ahp-table tr", (trs) => trs.map((tr) => [...tr.children].map((c) => `${c.tagName}:${c.textContent}`)));
    expect((await readout())[0]).toEqual(["TH:Measure", "TH:Support", "TH:Pressure"]);
    expect((await readout()).slice(1).map((r) => r[0])).toEqual(["TH:λmax", "TH:CI", "TH:RI", "TH:CR", "TH:Consistent (CR < 0.1)"]);
    expect(await page.textContent("#wz-ahp-where")).toMatch(/^Live on the sheet at 'RECC analysis'!\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+ \(support\)/);
    const blocks = await inBook<string[]>(
      page,
      "const s = m.sheet('RECC analysis'); return [...s.cells.entries()].filter(([, c]) => (c.formula || '').startsWith('=RECC.AHPCONSISTENCY(')).map(([k]) => k);",
    );
    expect(blocks).toHaveLength(2);
    // Support (3 subsystems): CI = (3.0092 − 3)/2, RI(3) = 0.58 (Saaty), CR = CI/RI. Pressure: what
    // Excel shows when a judgement is left blank (an error cell is shown as its text).
    const computed = [
      [["lambda_max", 3.0092], ["CI", 0.0046], ["RI", 0.58], ["CR", 0.0079], ["consistent", true]],
      [["lambda_max", "#VALUE!"], ["CI", "#VALUE!"], ["RI", "#VALUE!"], ["CR", "#VALUE!"], ["consistent", "#VALUE!"]],
    ];
    for (const [i, k] of blocks.entries()) {
      await inBook(page, "const [r, c] = args[0].split(',').map(Number); const s = m.sheet('RECC analysis'); args[1].forEach((row, i) => row.forEach((v, j) => s.cells.set((r + i) + ',' + (c + j), { value: v })));", k, computed[i]);
    }
    await page.click("#wz-ahp-refresh");
    await idle(page);
    expect(await page.textContent("#error")).toBe("");
    expect((await readout()).slice(1)).toEqual([
      ["TH:λmax", "TD:3.0092", "TD:#VALUE!"],
      ["TH:CI", "TD:0.0046", "TD:#VALUE!"],
      ["TH:RI", "TD:0.5800", "TD:#VALUE!"],
      ["TH:CR", "TD:0.0079", "TD:#VALUE!"],
      ["TH:Consistent (CR < 0.1)", "TD:yes", "TD:#VALUE!"],
    ]);
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-ahp-readout.png"), fullPage: true });
    // The note stays in A1; the copy sits two rows lower (the analysis sheet's A1 title is in A3).
    expect(await inBook(page, "return m.formulaAt('RECC analysis (values)','A1');")).toMatch(/^Values-only copy of "RECC analysis"/);
    expect(await inBook(page, "return m.formulaAt('RECC analysis (values)','A3');")).toBe(await inBook(page, "return m.formulaAt('RECC analysis','A1');"));
    expect(await inBook<string>(page, "return m.snapshot('Data');")).toBe(dataBefore);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 90_000);

  test("a foreign sheet with the analysis sheet's name is never overwritten; another name builds", async () => {
    const { page } = await openPane({
      sheets: [
        { name: "Data", rows: PAPER_ROWS.slice(0, 9).map((r) => r.slice(0, 4)) },
        { name: "RECC analysis", rows: [["the user's own sheet"]] },
      ],
    });
    await page.click("#tab-wizard");
    await page.fill("#wz-table", "Data!A1:D9");
    await page.click("#wz-read");
    await idle(page);
    await page.focus("#wz-role-1");
    await page.keyboard.press("ArrowDown");
    await page.click("#wz-build");
    await idle(page);
    expect(await page.textContent("#error")).toContain('A sheet named "RECC analysis" already exists and was not made by RECC');
    expect(await inBook(page, "return m.formulaAt('RECC analysis','A1');")).toBe("the user's own sheet");
    expect(await inBook(page, "return m.liveSheets().map(s => s.name);")).toEqual(["Data", "RECC analysis"]);
    await page.fill("#wz-sheet", "RECC results");
    await page.click("#wz-build");
    await idle(page);
    expect(await page.textContent("#error")).toBe("");
    expect(await page.textContent("#status")).toContain('Built "RECC results"');
    await page.context().close();
  }, 60_000);

  test("the area column the user picks (not the guessed one) names the coupling chart's series", async () => {
    const rows = [
      ["city", "province", "year", "x1", "x2"],
      ["Baotou", "Inner Mongolia", 2020, 1, 5],
      ["Baotou", "Inner Mongolia", 2021, 2, 4],
      ["Xichang", "Sichuan", 2020, 3, 2],
      ["Xichang", "Sichuan", 2021, 4, 1],
    ];
    const { page } = await openPane({ sheets: [{ name: "Data", rows }] });
    await page.click("#tab-wizard");
    await page.fill("#wz-table", "Data!A1:E5");
    await page.click("#wz-read");
    await idle(page);
    expect(await page.inputValue("#wz-area")).toBe("0"); // guessed: city
    await page.selectOption("#wz-area", "1"); // the user picks province
    await page.focus("#wz-role-1");
    await page.keyboard.press("ArrowDown"); // x2 → pressure
    await page.click("#wz-build");
    await idle(page);
    expect(await page.textContent("#error")).toBe("");
    const charts = await inBook<ChartDump[]>(page, liveSeries, "RECC analysis");
    const coupling = charts.find((c) => c.name === "RECC coupling chart")!;
    const points = coupling.series.filter((x) => x.chartType === "XYScatter" && x.labels.length === 0).map((x) => x.name);
    expect(points).toEqual(["Inner Mongolia", "Sichuan"]);
    const trend = charts.find((c) => c.name === "RECC trend C")!;
    expect(trend.series.map((x) => x.name)).toEqual(["Inner Mongolia", "Sichuan", "Average"]);
    await page.context().close();
  }, 60_000);

  test("hostile indicator and area names show as text and nothing executes (2 areas × 2 years × 3 indicators)", async () => {
    const { page, dialogs, problems } = await openPane({ sheets: [{ name: "Data", rows: HOSTILE_ROWS }] });
    const scriptsBefore = await page.$$eval("script", (s) => s.length);
    await page.click("#tab-wizard");
    await page.fill("#wz-table", "Data!A1:E5");
    await page.click("#wz-read");
    await idle(page);
    const names = await page.$$eval("#wz-grid td.name", (tds) => tds.map((t) => t.textContent));
    expect(names).toEqual(HOSTILE);
    const areaOptions = await page.$$eval("#wz-area option", (o) => o.map((x) => x.textContent));
    expect(areaOptions).toEqual(["area", "year", ...HOSTILE]);
    await page.focus("#wz-role-1");
    await page.keyboard.press("ArrowDown");
    const before = await inBook<number>(page, "return m.syncs;");
    await page.click("#wz-build");
    await idle(page);
    expect(await page.textContent("#error")).toBe("");
    expect((await inBook<number>(page, "return m.syncs;")) - before).toBe(5); // same as 30 × 10 × 9
    // In the sheet the names are text, never formulas (the =HYPERLINK name included).
    const cells = await inBook<{ value: unknown; formula?: string }[]>(page, "return [...m.sheet('RECC analysis').cells.values()];");
    for (const h of HOSTILE) expect(cells.some((c) => c.value === h && !c.formula)).toBe(true);
    expect(cells.some((c) => typeof c.formula === "string" && c.formula.startsWith("=HYPERLINK"))).toBe(false);
    expect(await page.$$eval("img", (i) => i.length)).toBe(0);
    expect(await page.$$eval("b", (i) => i.length)).toBe(0);
    expect(await page.$$eval("script", (s) => s.length)).toBe(scriptsBefore);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-hostile.png"), fullPage: true });
    await page.context().close();
  }, 60_000);

  test("ExcelApi 1.11: charts are offered, Build analysis is not, and the message under it and the bar agree", async () => {
    const { page } = await openPane({ sheets: [{ name: "Data", rows: PAPER_ROWS.slice(0, 9) }], excelApiMax: 11 });
    const bar = await page.textContent("#requirements");
    expect(bar).toBe(
      "The analysis sheet needs a newer Excel (ExcelApi 1.12, for formulas that spill into neighbouring cells). " +
        "Use Excel for the web, or Microsoft 365 on Windows or Mac, and try again.",
    );
    expect(await page.isDisabled("#cp-insert")).toBe(false);
    expect(await page.isDisabled("#tr-insert")).toBe(false);
    await page.click("#tab-wizard");
    await page.fill("#wz-table", "Data!A1:D9");
    await page.click("#wz-read");
    await idle(page);
    expect(await page.textContent("#error")).toBe("");
    expect(await page.isDisabled("#wz-build")).toBe(true);
    expect(await page.isVisible("#wz-build-why")).toBe(true);
    expect(await page.textContent("#wz-build-why")).toBe("Build analysis is turned off: this Excel lacks ExcelApi 1.12 (formulas that spill into neighbouring cells).");
    expect(await page.getAttribute("#wz-build", "aria-describedby")).toBe("wz-build-why");
    // Still off after another action re-enables the idle buttons.
    await page.click("#wz-read");
    await idle(page);
    expect(await page.isDisabled("#wz-build")).toBe(true);
    expect(await inBook(page, "return m.liveSheets().map(s => s.name);")).toEqual(["Data"]);
    await page.context().close();
  }, 60_000);

  test("ExcelApi 1.12 exactly: Build analysis is offered and builds", async () => {
    const { page } = await openPane({ sheets: [{ name: "Data", rows: PAPER_ROWS.slice(0, 9) }], excelApiMax: 12 });
    expect(await page.isVisible("#requirements")).toBe(false);
    await page.click("#tab-wizard");
    await page.fill("#wz-table", "Data!A1:D9");
    await page.click("#wz-read");
    await idle(page);
    await page.selectOption("#wz-role-1", "pressure");
    expect(await page.isDisabled("#wz-build")).toBe(false);
    expect(await page.isVisible("#wz-build-why")).toBe(false);
    await page.click("#wz-build");
    await idle(page);
    expect(await page.textContent("#error")).toBe("");
    expect(await page.textContent("#status")).toContain('Built "RECC analysis"');
    expect(await page.textContent("#wz-build")).toBe("Rebuild analysis");
    // Another sheet name means a new build, and the button says so.
    await page.fill("#wz-sheet", "RECC second");
    expect(await page.textContent("#wz-build")).toBe("Build analysis");
    await page.fill("#wz-sheet", "recc ANALYSIS");
    expect(await page.textContent("#wz-build")).toBe("Rebuild analysis");
    // A workbook with this saved configuration opens with Rebuild.
    const xml = await inBook<string>(page, "return m.liveParts()[0].xml;");
    await page.context().close();
    const again = await openPane({ sheets: [{ name: "Data", rows: PAPER_ROWS.slice(0, 9) }], parts: [xml] });
    expect(await again.page.textContent("#status")).toContain("This workbook has a saved RECC analysis");
    expect(await again.page.textContent("#wz-build")).toBe("Rebuild analysis");
    expect(await again.page.isDisabled("#wz-build")).toBe(false);
    await again.page.context().close();
  }, 60_000);

  test("a host without ExcelApi 1.7 gets a plain-words message and no chart buttons", async () => {
    const { page } = await openPane({ sheets: [{ name: "Data", rows: PAPER_ROWS }], excelApiMax: 6 });
    const bar = await page.textContent("#requirements");
    expect(await page.isVisible("#requirements")).toBe(true);
    expect(bar).toContain("Charts needs a newer Excel (ExcelApi 1.7");
    expect(bar).toContain("The analysis sheet needs a newer Excel (ExcelApi 1.12");
    expect(await page.isDisabled("#cp-insert")).toBe(true);
    expect(await page.isDisabled("#tr-insert")).toBe(true);
    expect(await page.textContent("#cp-insert-why")).toBe("Insert coupling chart is turned off: this Excel lacks ExcelApi 1.7 (adding chart series from ranges).");
    await page.click("#tab-wizard");
    await page.fill("#wz-table", "Data!A1:D11");
    await page.click("#wz-read");
    await idle(page);
    expect(await page.isDisabled("#wz-build")).toBe(true);
    expect(await page.textContent("#wz-build-why")).toContain("ExcelApi 1.7 (adding chart series from ranges), ExcelApi 1.12");
    await page.context().close();
  }, 60_000);
});
