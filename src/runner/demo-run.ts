/**
 * One demo run: config → import → analysis plan evaluated with src/core → results workbook, SVG
 * charts and a terminal summary. Writes only into `options.out`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { validateAnalysisConfig, type ResolvedConfig } from "../plan/analysis-config";
import { COUPLING_REGIONS, couplingRegion, grade, reccIndex } from "../core";
import { cleanPanel, readTableFile, validateImportOptions, type ImportOptions, ImportError, noSuchColumn, parseNumberCell } from "./import-table";
import { analysisWarnings, numberRange, resultTables, runAnalysis, summaryRows, type AnalysisRun } from "./run-analysis";
import { areaHighlight, ccdTrendChartSvg, couplingChartSvg, couplingInput, trendChartSvg } from "./charts-svg";
import { writeWorkbook, type SheetSpec } from "./xlsx";
import { SEED_SOURCE, WB_ATTRIBUTION, WB_LICENSE, WB_QUIRKS, WB_SOURCE } from "./samples";
import { applicableConfig, configSettingRows } from "./about";
import { displayWidth, padDisplay, plural } from "./text";
import { decodeText } from "./encoding";
import { localizeTables, sheetName } from "./localize";
import { regionLabel, reportText, type ReportTextId } from "../i18n/report-text";
import { joinList, LocalizedError, msg, renderMessage, sheetText, type Locale, type MessageId, type SheetKey } from "../i18n";
import type { CellValue } from "../plan/analysis-plan";

export interface DemoOptions {
  data?: string;
  config?: string;
  sample?: "worldbank" | "seed";
  out: string;
  log: (line: string) => void;
  /** Folder of the bundled samples (assets/samples). */
  samplesDir: string;
  /** Areas to highlight in crowded charts (default: the top by C in the latest year). */
  highlight?: string[];
  /** Language of the workbook, the charts and the terminal summary (--lang); default English. */
  lang?: Locale;
  /** The data file's text encoding (--encoding); overrides import.encoding and the detection. */
  encoding?: string;
}

export interface DemoResult {
  files: string[];
  run?: AnalysisRun;
}

export const WB_SAMPLE = "worldbank-wdi-2000-2015";
export const SEED_SAMPLE = "seed-study-sp.csv";

/** Every file name a run writes; a run removes the ones it did not write from its folder (see {@link removeStale}). */
export const OUTPUT_NAMES = ["recc-results.xlsx", "coupling-chart.svg", "trend-chart.svg", "ccd-trend-chart.svg", "seed-study-results.xlsx"];

/**
 * The default output folder of a run: out/ for the World Bank sample (the README's names),
 * out/seed/ for the seed sample, out/<name>_<extension>/ for the user's data, so that x.csv and
 * x.xlsx never share a folder. --out overrides it.
 */
export function defaultOutFolder(base: string, run: { sample?: "worldbank" | "seed"; data?: string }): string {
  if (run.data) {
    const { name, ext } = path.parse(run.data);
    const safe = (s: string) => s.replace(/[^\p{L}\p{N}._-]+/gu, "_");
    return path.join(base, [safe(name) || "data", safe(ext.replace(/^\./, "").toLowerCase())].filter((s) => s !== "").join("_"));
  }
  return run.sample === "seed" ? path.join(base, "seed") : base;
}

/**
 * Creates `dir` and its missing parents one level at a time. Node's mkdirSync(…, {recursive: true})
 * loops forever at 100 % CPU where the file system answers ENOENT for a parent that exists (e.g. under
 * /proc, Node 20); one level at a time, that answer is an error like any other.
 */
export function makeFolder(dir: string): void {
  const missing: string[] = [];
  let d = path.resolve(dir);
  while (!fs.existsSync(d)) {
    missing.unshift(d);
    const up = path.dirname(d);
    if (up === d) break;
    d = up;
  }
  for (const m of missing) fs.mkdirSync(m);
}

/** Written into every output file (the workbook's About sheet, a comment at the end of each SVG) to prove RECC wrote it. */
export const RECC_SIGNATURE = "RECC for Excel — headless run (npm run demo)";

function escapeXml(t: string): string {
  return t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** An SVG chart with the signature appended as an XML comment (allowed after the root element). */
export function signedSvg(svg: string): string {
  return `${svg.trimEnd()}\n<!-- ${RECC_SIGNATURE} -->\n`;
}

/**
 * Whether RECC wrote `file`: an SVG ending with {@link signedSvg}'s comment, or an .xlsx whose text
 * holds {@link RECC_SIGNATURE}. A file a user made with the same name is not (it is never removed or
 * overwritten).
 */
export function writtenByRecc(file: string): boolean {
  try {
    if (file.endsWith(".svg")) {
      const text = fs.readFileSync(file, "utf8");
      // Charts of versions before the signature: RECC's ECharts SVG with both axis titles.
      const legacy = text.startsWith("<svg ") && text.includes(">Support index S</text>") && text.includes(">Pressure index P</text>");
      return legacy || text.trimEnd().endsWith(`<!-- ${RECC_SIGNATURE} -->`);
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { unzipSync, strFromU8 } = require("fflate") as typeof import("fflate");
    const zip = unzipSync(fs.readFileSync(file), { filter: (f) => /^xl\/(sharedStrings|worksheets\/sheet\d+)\.xml$/.test(f.name) });
    // The seed workbook of versions before the signature names the study as its source.
    return Object.values(zip).some((part) => strFromU8(part).includes(RECC_SIGNATURE) || (file.endsWith("seed-study-results.xlsx") && strFromU8(part).includes(escapeXml(SEED_SOURCE))));
  } catch {
    return false;
  }
}

/**
 * Refuses to overwrite a file in `out` that has an output's name but was not written by RECC.
 * @throws Error naming the files, before anything is written.
 */
export function checkNoForeignFiles(out: string, names: string[]): void {
  const foreign = names.filter((name) => {
    const f = path.join(out, name);
    return fs.existsSync(f) && (!fs.statSync(f).isFile() || !writtenByRecc(f));
  });
  if (foreign.length > 0) {
    throw new LocalizedError(msg("out.foreign", { out, names: joinList(foreign), n: foreign.length }));
  }
}

/**
 * Keeps a run's folder self-consistent: removes RECC output files (by name, {@link OUTPUT_NAMES})
 * that this run did not write, e.g. the trend chart of an earlier run with a year column, but only
 * those RECC can prove it wrote ({@link writtenByRecc}); the names of the others go to `left`.
 * @returns the names removed.
 */
export function removeStale(out: string, written: string[], left: string[] = []): string[] {
  const keep = new Set(written.map((f) => path.basename(f)));
  const removed: string[] = [];
  for (const name of OUTPUT_NAMES) {
    const f = path.join(out, name);
    if (!keep.has(name) && fs.existsSync(f) && fs.statSync(f).isFile()) {
      if (!writtenByRecc(f)) {
        left.push(name);
        continue;
      }
      fs.rmSync(f);
      removed.push(name);
    }
  }
  return removed;
}

/** Removes the stale outputs of an earlier run and says so; names the same-named files RECC did not write and left. */
function tidyFolder(out: string, files: string[], log: (line: string) => void, locale: Locale = "en"): void {
  const left: string[] = [];
  for (const name of removeStale(out, files, left)) log(renderMessage(msg("run.removed", { name }), locale));
  for (const name of left) log(renderMessage(msg("run.leftAlone", { name }), locale));
}

/** Reads and checks a runner config file: the analysis config plus an optional "import" section. */
export function loadRunConfig(file: string, locale: Locale = "en"): { config: ResolvedConfig; importOptions: ImportOptions } {
  const name = path.basename(file);
  if (!fs.existsSync(file)) throw new LocalizedError(msg("configFile.notFound", { name, path: file }));
  let raw: unknown;
  try {
    // Decoded like a CSV: a BOM (Notepad, PowerShell) or UTF-16 is fine.
    raw = JSON.parse(decodeText(fs.readFileSync(file)).text);
  } catch (e) {
    throw new LocalizedError(msg("configFile.notJson", { name, detail: e instanceof LocalizedError ? e.detail : (e as Error).message }));
  }
  // "import" is the runner's own section; "comment" (a text or a list of texts) is for people only.
  const { import: imp, comment, ...rest } = (raw ?? {}) as Record<string, unknown>;
  const commentOk = comment === undefined || typeof comment === "string" || (Array.isArray(comment) && comment.every((c) => typeof c === "string"));
  const check = validateAnalysisConfig(typeof raw === "object" && raw !== null && !Array.isArray(raw) ? rest : raw, "json", locale);
  const importErrors = validateImportOptions(imp, locale);
  const errors = [...(check.ok ? [] : check.errors), ...importErrors, ...(commentOk ? [] : [renderMessage(msg("configFile.comment"), locale)])];
  if (errors.length > 0 || !check.ok) throw new Error(`${renderMessage(msg("config.fileProblems", { file: name, n: errors.length }), locale)}\n  - ${errors.join("\n  - ")}`);
  return { config: check.config, importOptions: (imp ?? {}) as ImportOptions };
}

/**
 * Checks the output folder before anything is computed: `out` must be a folder or creatable as one.
 * @throws Error worded for the user ("--out X is a file; give a folder") instead of EEXIST/ENOTDIR.
 */
export function checkOutFolder(out: string): void {
  if (fs.existsSync(out)) {
    if (!fs.statSync(out).isDirectory()) throw new LocalizedError(msg("out.isFile", { out }));
    try {
      fs.accessSync(out, fs.constants.W_OK);
    } catch {
      throw new LocalizedError(msg("out.noPermission", { out }));
    }
    return;
  }
  let parent = path.dirname(out);
  while (!fs.existsSync(parent) && path.dirname(parent) !== parent) parent = path.dirname(parent);
  if (fs.existsSync(parent) && !fs.statSync(parent).isDirectory()) {
    throw new LocalizedError(msg("out.parentIsFile", { out, parent }));
  }
  try {
    fs.accessSync(parent, fs.constants.W_OK);
  } catch {
    throw new LocalizedError(msg("out.parentNoPermission", { out, parent }));
  }
}

/** Runs a file-system step on the output folder; turns Node's error codes into a sentence. */
async function onOut<T>(out: string, step: () => T | Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why: Record<string, MessageId> = {
      EEXIST: "out.EEXIST",
      ENOTDIR: "out.ENOTDIR",
      EISDIR: "out.EISDIR",
      EACCES: "out.EACCES",
      EPERM: "out.EACCES",
      EROFS: "out.EROFS",
      ENOSPC: "out.ENOSPC",
      // A parent that exists but refuses new folders (a virtual file system such as /proc).
      ENOENT: "out.ENOENT",
    };
    if (code && why[code]) throw new LocalizedError(msg("out.code", { out, why: msg(why[code]) }));
    throw e;
  }
}

function fmt(x: number | string, digits = 4): string {
  return typeof x === "number" ? x.toFixed(digits) : x;
}

/** The About sheet's and the terminal's sentence on what the obstacle degrees cover. */
export function obstacleNote(config: ResolvedConfig, locale: Locale = "en"): string {
  const ms = config.indicators.filter((i) => i.role === "support").length;
  return reportText("about.obstacleNote", locale, { ms, k: topObstacleCount(config), topK: config.topK });
}

/**
 * A plain-text table; columns in `right` (0-based) are right-aligned (numbers). Widths are terminal
 * columns ({@link displayWidth}: a Chinese character takes two), so Chinese area names line up.
 */
export function textTable(header: string[], rows: string[][], right: number[] = [2, 3, 4]): string[] {
  const widths = header.map((h, j) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[j]))));
  const line = (r: string[]) => r.map((c, j) => padDisplay(c, widths[j], right.includes(j))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
}

/** Number of top-obstacle columns written: obstacles rank the support indicators only, so at most their number. */
export function topObstacleCount(config: ResolvedConfig): number {
  return Math.min(config.topK, config.indicators.filter((i) => i.role === "support").length);
}

/** The plan's notes (built in English: the results workbook is localized after) in the run's language. */
const PLAN_NOTES: readonly SheetKey[] = ["note.noTrend", "note.noCcdTrend", "note.oneSeries.year", "note.oneSeries.area"];
export function planNote(note: string, locale: Locale): string {
  const key = PLAN_NOTES.find((k) => sheetText(k, "en") === note);
  return key ? sheetText(key, locale) : note;
}

/** The reasons a row leaves the panel (CleanPanel.skippedByReason's keys) → their words in the catalog. */
const SKIP_REASONS: Record<string, MessageId> = {
  "no area": "reason.noArea",
  "excluded area (aggregate)": "reason.excluded",
  "no year": "reason.noYear",
  "missing indicator value": "reason.missingValue",
};

/** Runs the demo; returns the files written. @throws Error / ImportError with a message for the user. */
export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const log = options.log;
  if (options.sample === "seed") return runSeed(options);
  const L = options.lang ?? "en";
  const T = (id: ReportTextId, args?: Record<string, string | number>) => reportText(id, L, args);
  const isSample = !options.data;
  const dataFile = options.data ? path.resolve(options.data) : path.join(options.samplesDir, `${WB_SAMPLE}.csv`);
  const configFile = options.config ? path.resolve(options.config) : path.join(options.samplesDir, `${WB_SAMPLE}.config.json`);
  log(T("sum.title", { what: isSample ? T("sum.bundled") : path.basename(dataFile) }));
  checkOutFolder(options.out);
  log(T("sum.step1", { file: path.basename(configFile) }));
  const loaded = loadRunConfig(configFile, L);
  const config = loaded.config;
  const importOptions: ImportOptions = options.encoding ? { ...loaded.importOptions, encoding: options.encoding } : loaded.importOptions;
  log(T("sum.step2", { file: path.basename(dataFile) }));
  const table = await readTableFile(dataFile, importOptions);
  if (table.encoding && table.encoding !== "utf-8") log(T("sum.encoding", { encoding: table.encoding }));
  const panel = cleanPanel(table, config, importOptions, L);
  const years = panel.years ? numberRange(panel.years) : undefined;
  const skipped = Object.entries(panel.skippedByReason);
  const yearText = years ? T(years.min === years.max ? "sum.yearOnly" : "sum.yearsRange", years) : T("sum.noYear");
  const areaCount = new Set(panel.areas).size;
  log(
    L === "en"
      ? T("sum.rowsRead", { read: plural(panel.rowCountRead, "row"), kept: plural(panel.values.length, "row"), areas: plural(areaCount, "area"), years: yearText })
      : T("sum.rowsRead", { read: panel.rowCountRead, kept: panel.values.length, areas: areaCount, years: yearText }),
  );
  const say = (id: MessageId, args: Record<string, string | number> = {}) => renderMessage(msg(id, args), L);
  for (const [reason, count] of skipped) log(`      ${say("run.leftOut", { n: count, reason: SKIP_REASONS[reason] ? say(SKIP_REASONS[reason]) : reason })}`);
  for (const w of panel.warnings ?? []) log(`      ${renderMessage(msg("import.warning", { text: w }), L)}`);
  const shown = panel.messages.slice(panel.warnings?.length ?? 0).slice(0, 5);
  for (const m of shown) log(`      ${m}`);
  const more = panel.messages.length - (panel.warnings?.length ?? 0) - shown.length;
  if (more > 0) log(`      ${say("run.moreLines", { n: more })}`);
  const ms = config.indicators.filter((i) => i.role === "support").length;
  const m = config.indicators.length;
  const weightsComputed = config.weighting.method === "entropy" && config.weighting.objective === "critic" ? "critic" : config.weighting.method;
  log(T("sum.step3", { method: T(`sum.method.${weightsComputed}`), rows: plural(panel.values.length, "row"), inds: plural(m, "indicator"), n: panel.values.length, m, ms, mp: m - ms }));
  const run = runAnalysis(panel, config);
  const checked = areaHighlight(run, options.highlight); // checks --highlight names before anything is written
  if (options.highlight?.length && !checked.muted) {
    log(`      ${say("run.highlightIdle", { n: checked.areas.length })}`);
  }
  const warnings = analysisWarnings(run, L);
  for (const w of warnings) log(`      ${renderMessage(msg("import.warning", { text: w }), L)}`);

  await onOut(options.out, () => makeFolder(options.out));
  const files: string[] = [];
  log(T("sum.step4"));
  const xlsxFile = path.join(options.out, "recc-results.xlsx");
  const about: CellValue[][] = [
    // The value is the signature (the same in every language): it marks the workbook as RECC's.
    [T("about.title"), RECC_SIGNATURE],
    [T("about.dataFile"), path.basename(dataFile)],
    [T("about.rows"), panel.values.length],
    [T("about.rowsLeftOut"), panel.rowCountRead - panel.values.length],
  ];
  if (L !== "en") about.push([T("about.language"), T("about.languageValue")]);
  if (isSample) {
    // The data source's name, license and notes stay as published (English).
    about.push([T("about.dataSource"), WB_ATTRIBUTION], [T("about.license"), WB_LICENSE], [T("about.attribution"), `Contains data from ${WB_ATTRIBUTION} (CC BY 4.0); countries and years selected by RECC for Excel`], [T("about.retrievedVia"), WB_SOURCE]);
  } else {
    about.push([T("about.dataSource"), T("about.usersFile")]);
  }
  // The sheet the taskpane writes in this language (the run's own plan is built in English).
  const paneSheet = run.plan.sheet === sheetText("sheet.analysis", "en") ? sheetText("sheet.analysis", L) : run.plan.sheet;
  about.push([T("about.plan"), T("about.planValue", { sheet: paneSheet })]);
  about.push([T("about.obstacles"), obstacleNote(config, L)]);
  if (isSample) for (const q of WB_QUIRKS) about.push([T("about.dataNote"), q]);
  for (const w of warnings) about.push([T("about.warning"), w]);
  for (const n of run.plan.notes) about.push([T("about.note"), planNote(n, L)]);
  // The charts are drawn here so that the About sheet can say what their highlight and average are.
  const trendChart = trendChartSvg(run, options.highlight, undefined, undefined, L);
  const highlight = areaHighlight(run, options.highlight, L);
  if (highlight.muted) about.push([T("about.charts"), T("about.chartsValue", { n: highlight.areas.length, note: highlight.note })]);
  about.push([T("about.trendChart"), trendChart.svg ? (trendChart.average?.definition ?? "") : T("about.none", { reason: trendChart.reason ?? "" })]);
  const ccdChart = config.ccd ? ccdTrendChartSvg(run, options.highlight, undefined, undefined, L) : undefined;
  if (ccdChart) about.push([T("about.ccdChart"), ccdChart.svg ? (ccdChart.average?.definition ?? "") : T("about.none", { reason: ccdChart.reason ?? "" })]);
  about.push([], [T("about.configuration"), T("about.configurationValue")]);
  for (const [field, value] of configSettingRows(config, importOptions, L)) about.push([field, value]);
  about.push([], [T("about.configurationJson"), JSON.stringify(applicableConfig(config, importOptions), null, 2)]);
  const sheets: SheetSpec[] = [
    { name: sheetName("About", L), rows: about, widths: [34, 110], wrap: true },
    { name: sheetName("Data", L), rows: run.dataSheet, headerRow: true, widths: [24, 8] },
    ...localizeTables(resultTables(run), L).map((t) => ({ name: t.sheet, rows: t.rows, headerRow: true, widths: [24, 8] })),
    { name: sheetName("Import log", L), rows: [[T("col.message")], ...(panel.messages.length ? panel.messages : [T("word.nothingLeftOut")]).map((m) => [m])], headerRow: true, widths: [120] },
  ];
  checkNoForeignFiles(options.out, ["recc-results.xlsx", "coupling-chart.svg", ...(trendChart.svg ? ["trend-chart.svg"] : []), ...(ccdChart?.svg ? ["ccd-trend-chart.svg"] : [])]);
  await onOut(options.out, () => writeWorkbook(xlsxFile, sheets));
  files.push(xlsxFile);

  log(T(config.ccd ? "sum.step5ccd" : "sum.step5"));
  const subtitle = isSample ? T("chart.countries", { years: years ? `${years.min}–${years.max}` : "", source: WB_ATTRIBUTION }) : path.basename(dataFile);
  const coupling = path.join(options.out, "coupling-chart.svg");
  await onOut(options.out, () => fs.writeFileSync(coupling, signedSvg(couplingChartSvg(couplingInput(run, subtitle, options.highlight, L)))));
  files.push(coupling);
  if (trendChart.svg) {
    const trend = path.join(options.out, "trend-chart.svg");
    await onOut(options.out, () => fs.writeFileSync(trend, signedSvg(trendChart.svg!)));
    files.push(trend);
    if (trendChart.average) log(T("sum.trendChart", { text: trendChart.average.definition }));
  } else log(T("sum.noTrendChart", { text: trendChart.reason ?? "" }));
  if (ccdChart?.svg) {
    const ccdFile = path.join(options.out, "ccd-trend-chart.svg");
    await onOut(options.out, () => fs.writeFileSync(ccdFile, signedSvg(ccdChart.svg!)));
    files.push(ccdFile);
  } else if (ccdChart) log(T("sum.noCcdChart", { text: ccdChart.reason ?? "" }));

  const summary = summaryRows(run);
  log("");
  log(summary.year !== undefined ? T("sum.rankedYear", { year: summary.year }) : T("sum.ranked"));
  log(T("sum.topNote"));
  const rows = summary.rows.map((r, i) => [String(i + 1), r.area, fmt(r.C), fmt(r.S), fmt(r.P), r.grade, regionLabel(r.region, L, COUPLING_REGIONS), r.topObstacle]);
  const lines = textTable(["#", T("sum.colArea"), "C", "S", "P", T("sum.colGrade"), T("sum.colRegion"), T("sum.colTop")], rows);
  const limit = 40;
  if (rows.length > limit) {
    lines.splice(2 + limit / 2, rows.length - limit, T("sum.between", { n: rows.length - limit, sheet: sheetName("Results", L) }));
  }
  for (const l of lines) log(l);
  log("");
  tidyFolder(options.out, files, log, L);
  return { files, run };
}

/** The seed study's printed figures: coupling chart of every (S, P) pair it prints. */
async function runSeed(options: DemoOptions): Promise<DemoResult> {
  const log = options.log;
  const L = options.lang ?? "en";
  const T = (id: ReportTextId, args?: Record<string, string | number>) => reportText(id, L, args);
  const file = path.join(options.samplesDir, SEED_SAMPLE);
  log(T("sum.title", { what: T("seed.what", { file: SEED_SAMPLE }) }));
  checkOutFolder(options.out);
  const t = await readTableFile(file);
  const col = (n: string) => {
    const j = t.headers.indexOf(n);
    if (j < 0) throw new ImportError(t.file, undefined, n, noSuchColumn(n, t.headers));
    return j;
  };
  const [ai, yi, si, pi, ci] = ["area", "year", "S", "P", "C_printed"].map(col);
  const num = (v: unknown, row: number, c: string) => {
    const p = parseNumberCell(v as string);
    if (p.kind === "bad") throw new ImportError(t.file, row, c, p.why);
    return p.kind === "number" ? p.value : undefined;
  };
  const groups = new Map<string, [number, number][]>();
  const out: CellValue[][] = [[T("sum.colArea"), T("seed.year"), "S", "P", T("seed.cPrinted"), "C = P/S", T("sum.colGrade"), T("sum.colRegion")]];
  t.rows.forEach((r, k) => {
    const row = t.rowNumbers[k];
    const area = String(r[ai]).trim();
    const year = num(r[yi], row, "year");
    const S = num(r[si], row, "S");
    const P = num(r[pi], row, "P");
    const C = num(r[ci], row, "C_printed");
    if (S === undefined || P === undefined) {
      out.push([area, year ?? "", S ?? "", P ?? "", C ?? "", "", "", ""]);
      return;
    }
    if (!groups.has(area)) groups.set(area, []);
    groups.get(area)!.push([S, P]);
    const c = reccIndex(P, S);
    out.push([area, year ?? "", S, P, C ?? "", c.status === "ok" ? c.value : "#DIV/0!", grade(S, P), regionLabel(COUPLING_REGIONS[couplingRegion(S, P)], L, COUPLING_REGIONS)]);
  });
  checkNoForeignFiles(options.out, ["coupling-chart.svg", "seed-study-results.xlsx"]);
  await onOut(options.out, () => makeFolder(options.out));
  const files: string[] = [];
  const svg = couplingChartSvg({
    title: T("seed.title"),
    subtitle: T("seed.subtitle"),
    locale: L,
    groups: [...groups].map(([name, points]) => ({ name, points })),
    low: 1 / 3,
    high: 2 / 3,
    seriesBy: "area",
  });
  const coupling = path.join(options.out, "coupling-chart.svg");
  await onOut(options.out, () => fs.writeFileSync(coupling, signedSvg(svg)));
  files.push(coupling);
  const xlsx = path.join(options.out, "seed-study-results.xlsx");
  await onOut(options.out, () => writeWorkbook(xlsx, [
    { name: T("seed.figures"), rows: out, headerRow: true, widths: [14, 8] },
    { name: sheetName("About", L), rows: [[T("seed.source"), SEED_SOURCE], [T("about.note"), T("seed.note")], [T("seed.writtenBy"), RECC_SIGNATURE]], widths: [12, 120] },
  ]));
  files.push(xlsx);
  // Years are whole numbers; S, P and C to the 4 decimals the study prints.
  const cell = (c: CellValue, j: number) => (typeof c === "number" ? (j === 1 ? String(c) : c.toFixed(4)) : String(c ?? ""));
  log("");
  for (const l of textTable(out[0].map(String), out.slice(1).map((r) => r.map(cell)), [1, 2, 3, 4, 5])) log(l);
  log("");
  tidyFolder(options.out, files, log, L);
  return { files };
}
