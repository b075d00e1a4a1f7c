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
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import * as ts from "typescript";
import type { Browser, Page } from "playwright-core";
import { sharedDataPath } from "../support/shared-data";

const CHROMIUM = "/usr/bin/chromium";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "dist");
const artifacts = path.join(root, "test-artifacts");
const PANEL_CSV = () => sharedDataPath("data/real/china_30cities_air_2008_2017/final_air_pollution_30cities_with_petrogas.csv");

const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium && process.env.CI) {
  throw new Error(`${CHROMIUM} is missing in CI: install Debian's chromium (apt-get install -y chromium)`);
}
const describeE2E = haveChromium ? describe : describe.skip;
if (!haveChromium) {
  console.warn(`[e2e] skipped: ${CHROMIUM} not found (install with: apt-get update && apt-get install -y chromium)`);
}

type Cell = string | number | null;
interface Seed {
  sheets: { name: string; topLeft?: string; rows?: Cell[][] }[];
  selection?: { sheet: string; address: string };
  excelApiMax?: number;
}

/** method.md §2: S and P as printed in the paper; "Chongzuo 2012" has no values (a blank, not 0). */
const PAPER_ROWS: Cell[][] = [
  ["area", "year", "S", "P"],
  ["Bayan Obo", 2012, 0.451, 0.3382],
  ["Bayan Obo", 2019, 0.4188, 0.5253],
  ["Mianning", 2012, 0.4451, 0.2821],
  ["Mianning", 2019, 0.4073, 0.2596],
  ["Longnan", 2012, 0.4894, 0.2729],
  ["Longnan", 2019, 0.5056, 0.4281],
  ["Pingyuan", 2012, 0.4241, 0.1439],
  ["Pingyuan", 2019, 0.4247, 0.1545],
  ["Chongzuo", 2012, null, null],
  ["Chongzuo", 2019, 0.4468, 0.0384],
];

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

let server: http.Server;
let baseUrl = "";
let browser: Browser;
let standin = "";

function transpiledFake(): string {
  const src = fs.readFileSync(path.join(root, "test/taskpane/fake-excel.ts"), "utf8");
  const js = ts.transpileModule(src, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
  return `(function(){var exports={};var module={exports:exports};\n${js}\nwindow.__FakeExcel=exports;})();\n`;
}

beforeAll(async () => {
  if (!haveChromium) return;
  if (!fs.existsSync(path.join(dist, "taskpane.html"))) throw new Error("dist/taskpane.html is missing: the jest globalSetup build did not run");
  fs.mkdirSync(artifacts, { recursive: true });
  standin = transpiledFake() + fs.readFileSync(path.join(__dirname, "office-standin.js"), "utf8");
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const file = path.normalize(path.join(dist, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    const type = file.endsWith(".html") ? "text/html" : file.endsWith(".js") ? "text/javascript" : file.endsWith(".css") ? "text/css" : "application/octet-stream";
    res.writeHead(200, { "content-type": `${type}; charset=utf-8` });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { chromium } = await import("playwright-core");
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
});

interface Opened {
  page: Page;
  dialogs: string[];
  problems: string[];
}

/** Opens the pane over a seeded fake workbook; 350 px wide like Excel's task pane. */
async function openPane(seed: Seed): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 350, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const problems: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: "text/javascript", body: standin });
    if (url.startsWith(baseUrl)) return route.continue();
    return route.abort(); // nothing else leaves the machine
  });
  await page.addInitScript((s) => {
    (window as unknown as { __RECC_SEED: unknown }).__RECC_SEED = s;
  }, seed);
  await page.goto(`${baseUrl}/taskpane.html`);
  await page.waitForFunction(() => document.getElementById("status")?.textContent !== "Loading…");
  return { page, dialogs, problems };
}

/** The user selects a range in Excel. */
async function select(page: Page, sheet: string, address: string): Promise<void> {
  await page.evaluate(([s, a]) => {
    (window as unknown as { __reccModel: { selection: unknown } }).__reccModel.selection = { sheet: s, address: a };
  }, [sheet, address] as const);
}

/** Waits until the pane is idle again (buttons re-enabled). */
async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.body.hasAttribute("aria-busy"));
}

/** Reads parts of the fake workbook from the page. */
async function inBook<T>(page: Page, fn: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([body, a]) => {
      const m = (window as unknown as { __reccModel: unknown }).__reccModel;
      return new Function("m", "args", body)(m, a);
    },
    [fn, args] as const,
  ) as Promise<T>;
}

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
    await page.screenshot({ path: path.join(artifacts, "taskpane-coupling.png"), fullPage: true });
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
    await page.screenshot({ path: path.join(artifacts, "taskpane-wizard.png"), fullPage: true });

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
    expect(formulas.some((f) => f.startsWith("=1/"))).toBe(true); // reciprocal lower triangle of the AHP grid
    const charts = await inBook<ChartDump[]>(page, liveSeries, "RECC analysis");
    expect(charts.map((c) => c.name)).toEqual(["RECC coupling chart", "RECC trend C", "RECC trend S", "RECC trend P", "RECC weights", "RECC obstacles"]);
    expect(charts[0].series.filter((s) => s.chartType === "XYScatter" && s.labels.length === 0)).toHaveLength(30);
    const sheetId = await inBook<string>(page, "return m.sheet('RECC analysis').id;");
    const wizard = await inBook<{ table: string; config: { weighting: { method: string } } }>(
      page,
      "const x = m.liveParts()[0].xml; return JSON.parse(x.slice(x.indexOf('<state>') + 7, x.indexOf('</state>')).replace(/&lt;/g,'<').replace(/&gt;/g,'>').replace(/&amp;/g,'&')).wizard;",
    );
    expect(wizard.table).toBe("Data!A1:M301");
    expect(wizard.config.weighting.method).toBe("combined");
    expect(await page.isVisible("#wz-ahp")).toBe(true);
    await page.screenshot({ path: path.join(artifacts, "taskpane-wizard-built.png"), fullPage: true });

    // The user edits an AHP judgement in the sheet (upper triangle), then rebuilds.
    const gridCell = await inBook<string>(
      page,
      "const s = m.sheet('RECC analysis'); for (const [k, c] of s.cells) { if (c.formula && c.formula.startsWith('=1/')) { const ref = c.formula.slice(3).split('!')[1].replace(/\\$/g, ''); return ref; } } return '';",
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
    await page.screenshot({ path: path.join(artifacts, "taskpane-hostile.png"), fullPage: true });
    await page.context().close();
  }, 60_000);

  test("a host without ExcelApi 1.7 gets a plain-words message and no chart buttons", async () => {
    const { page } = await openPane({ sheets: [{ name: "Data", rows: PAPER_ROWS }], excelApiMax: 6 });
    const bar = await page.textContent("#requirements");
    expect(await page.isVisible("#requirements")).toBe(true);
    expect(bar).toContain("Charts needs a newer Excel (ExcelApi 1.7");
    expect(bar).toContain("The analysis sheet needs a newer Excel (ExcelApi 1.12");
    expect(await page.isDisabled("#cp-insert")).toBe(true);
    expect(await page.isDisabled("#tr-insert")).toBe(true);
    await page.context().close();
  }, 60_000);
});
