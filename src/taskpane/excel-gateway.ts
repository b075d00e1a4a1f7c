/**
 * The only module of the pane that touches Office.js (`Excel`, `Office`). Everything else in
 * src/taskpane works on plain data (write-model.ts) and calls a `WorkbookGateway`.
 *
 * The Xl* interfaces below are the subset of the Excel JavaScript API this module uses. The real
 * `Excel.RequestContext` must be assignable to `XlContext` (checked at compile time in
 * `officeGateway`), so a typed fake in the tests implements exactly what production calls.
 *
 * Round trips: every operation uses a fixed number of `context.sync()` calls that does not depend
 * on the number of areas, years, indicators, blocks or charts (see `SYNCS`).
 */
import { paneText, resolveLocale, translator, type Locale, type PaneKey } from "../i18n";
import { escapeText, parseAddress } from "../plan/a1";
import { REQUIREMENTS } from "./requirements";
import { STATE_NAMESPACE, stateFromXml, stateToXml } from "./saved-state";
import {
  BlockWrite,
  CellValue,
  ChartSpec,
  emptyState,
  SavedState,
  SeriesSpec,
  SheetRole,
  WorkbookWrite,
} from "./write-model";

/* ------------------------------------------------------------------------------------------ */
/* The Excel API subset (names as in @types/office-js; string unions widened to string).      */
/* ------------------------------------------------------------------------------------------ */

type LoadNames = string | string[];

export interface XlFont {
  bold: boolean;
  color: string;
  italic: boolean;
}
export interface XlRangeFormat {
  readonly font: XlFont;
  readonly fill: { color: string };
  autofitColumns(): void;
}
export interface XlRange {
  readonly address: string;
  readonly isNullObject: boolean;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly rowIndex: number;
  readonly columnIndex: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly format: XlRangeFormat;
  load(propertyNames?: LoadNames): XlRange;
  clear(applyTo?: "All" | "Contents"): void;
}
export interface XlChartAxis {
  minimum: unknown;
  maximum: unknown;
  majorUnit: unknown;
  readonly title: { text: string; visible: boolean };
}
export interface XlChartLineFormat {
  color: string;
  lineStyle: string;
  weight: number;
}
export interface XlChartPoint {
  hasDataLabel: boolean;
  readonly dataLabel: { text: string; position: string };
}
export interface XlChartSeries {
  name: string;
  chartType: string;
  markerStyle: string;
  markerSize: number;
  smooth: boolean;
  readonly format: { readonly line: XlChartLineFormat };
  readonly points: { getItemAt(index: number): XlChartPoint };
  setValues(sourceData: XlRange): void;
  setXAxisValues(sourceData: XlRange): void;
  delete(): void;
}
export interface XlChart {
  name: string;
  top: number;
  left: number;
  width: number;
  height: number;
  readonly title: { text: string; visible: boolean };
  readonly legend: { position: string; visible: boolean };
  readonly axes: { readonly categoryAxis: XlChartAxis; readonly valueAxis: XlChartAxis };
  readonly series: {
    add(name?: string, index?: number): XlChartSeries;
    getItemAt(index: number): XlChartSeries;
  };
  setPosition(startCell: XlRange | string, endCell?: XlRange | string): void;
  delete(): void;
}
export interface XlChartCollection {
  readonly items: XlChart[];
  add(type: string, sourceData: XlRange, seriesBy?: "Auto" | "Columns" | "Rows"): XlChart;
  load(propertyNames?: LoadNames): XlChartCollection;
}
export interface XlWorksheet {
  readonly id: string;
  name: string;
  readonly charts: XlChartCollection;
  getRange(address?: string): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  activate(): void;
  delete(): void;
  load(propertyNames?: LoadNames): XlWorksheet;
}
export interface XlWorksheetCollection {
  readonly items: XlWorksheet[];
  add(name?: string): XlWorksheet;
  getItem(key: string): XlWorksheet;
  load(propertyNames?: LoadNames): XlWorksheetCollection;
}
export interface XlCustomXmlPart {
  readonly id: string;
  getXml(): { readonly value: string };
  setXml(xml: string): void;
  delete(): void;
}
export interface XlCustomXmlPartScopedCollection {
  readonly items: XlCustomXmlPart[];
  load(propertyNames?: LoadNames): XlCustomXmlPartScopedCollection;
}
export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly customXmlParts: {
    add(xml: string): XlCustomXmlPart;
    getByNamespace(namespaceUri: string): XlCustomXmlPartScopedCollection;
  };
  getSelectedRange(): XlRange;
}
export interface XlContext {
  readonly workbook: XlWorkbook;
  sync(): Promise<unknown>;
}

/** Runs a batch against a request context (Excel.run in production, a fake in tests). */
export type BatchRunner = <T>(batch: (ctx: XlContext) => Promise<T>) => Promise<T>;

/* ------------------------------------------------------------------------------------------ */
/* The gateway.                                                                               */
/* ------------------------------------------------------------------------------------------ */

/** Values of a range as read. */
export interface RangeData {
  /** Full address as Excel reports it (`Sheet1!B2:C9`). */
  address: string;
  sheet: string;
  values: CellValue[][];
}

/** The workbook's sheets and the add-in's saved state. */
export interface WorkbookInfo {
  sheets: { id: string; name: string; ours: boolean }[];
  state: SavedState;
}

/** What `apply` did. */
export interface ApplyReport {
  /** context.sync() calls made. */
  syncs: number;
  sheetsCreated: string[];
  sheetsUpdated: string[];
  charts: string[];
  /** Features left out because the host lacks their requirement set. */
  skipped: string[];
  state: SavedState;
}

/**
 * Thrown before anything is written (sheets added for the write are removed again) when a target
 * sheet exists and the add-in did not create it, or a chart of the same name sits on such a sheet.
 */
export class ForeignSheetError extends Error {
  constructor(
    readonly sheets: string[],
    readonly charts: { sheet: string; name: string }[] = [],
    locale: Locale = "en",
  ) {
    const tr = translator(locale);
    const sep = tr("list.sep");
    const parts: string[] = [];
    if (sheets.length > 0) parts.push(tr("err.foreignSheets", { sheets: sheets.map((s) => (locale === "en" ? `"${s}"` : `“${s}”`)).join(sep) }));
    if (charts.length > 0) parts.push(tr("err.foreignCharts", { charts: charts.map((c) => tr("err.foreignChart", c)).join(sep) }));
    super(tr("err.foreign", { parts: parts.join(locale === "en" ? "; " : "；") }));
    this.name = "ForeignSheetError";
  }
}

/** Thrown when an operation needs a requirement set the host lacks. */
export class RequirementError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RequirementError";
  }
}

/** Number of context.sync() calls per operation (constant by construction; the tests check it). */
export const SYNCS = { readSelection: 1, readRanges: 1, readUsedRange: 1, describe: 2, apply: 3 } as const;

/** Batched workbook operations used by the pane. */
export interface WorkbookGateway {
  /** True when the host supports ExcelApi `version` (e.g. "1.7"). */
  supports(version: string): boolean;
  readSelection(): Promise<RangeData>;
  /** Values of the ranges (one sync, also for an empty list, so callers' sync counts stay fixed). */
  readRanges(addresses: string[]): Promise<RangeData[]>;
  /** Values of a sheet's used range (null when the sheet is empty). */
  readUsedRange(sheet: string): Promise<RangeData | null>;
  /** Sheets and saved state. */
  describe(): Promise<WorkbookInfo>;
  /** Writes sheets, blocks, charts and the saved state; refuses foreign sheets (ForeignSheetError). */
  apply(write: WorkbookWrite): Promise<ApplyReport>;
}

const HEADER_FILL = "#EBF3FC"; // Fluent 2 brand background 2 (light)
const INPUT_FILL = "#FFF9E6"; // light yellow: cells meant for the user's input

/** A literal cell: text kept as text (escapeText, the plan's one rule), a non-finite number left blank. */
export function literalCell(v: CellValue): CellValue {
  if (typeof v === "number") return Number.isFinite(v) ? v : "";
  return typeof v === "string" ? escapeText(v) : v;
}

/** A `formulas` cell: "=…" is a formula, "'…" already carries its text prefix, anything else is a literal. */
function formulaCell(v: CellValue): CellValue {
  return typeof v === "string" && (v.startsWith("=") || v.startsWith("'")) ? v : literalCell(v);
}

function fill2d<T>(rows: number, cols: number, v: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => v));
}

function toCellValues(values: unknown[][]): CellValue[][] {
  return values.map((row) =>
    row.map((v) => (typeof v === "number" || typeof v === "boolean" || typeof v === "string" ? v : "")),
  );
}

/** Sheet name part of an address as Excel returns it (`'My sheet'!A1` → `My sheet`). */
function sheetOf(address: string): string {
  return parseAddress(address).sheet;
}

const lower = (s: string) => s.toLocaleLowerCase();

/** Creates the gateway over a batch runner and a requirement-set probe. */
export function createGateway(run: BatchRunner, isSetSupported: (version: string) => boolean, locale: Locale = "en"): WorkbookGateway {
  const supports = (v: string) => isSetSupported(v);

  async function readSelection(): Promise<RangeData> {
    return run(async (ctx) => {
      const r = ctx.workbook.getSelectedRange().load("address,values");
      await ctx.sync();
      return { address: r.address, sheet: sheetOf(r.address), values: toCellValues(r.values) };
    });
  }

  async function readRanges(addresses: string[]): Promise<RangeData[]> {
    return run(async (ctx) => {
      const ranges = addresses.map((a) => {
        const rect = parseAddress(a);
        const local = a.slice(a.lastIndexOf("!") + 1);
        return ctx.workbook.worksheets.getItem(rect.sheet).getRange(local).load("address,values");
      });
      await ctx.sync();
      return ranges.map((r) => ({ address: r.address, sheet: sheetOf(r.address), values: toCellValues(r.values) }));
    });
  }

  async function readUsedRange(sheet: string): Promise<RangeData | null> {
    return run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true).load("address,values");
      await ctx.sync();
      if (r.isNullObject) return null;
      return { address: r.address, sheet, values: toCellValues(r.values) };
    });
  }

  function firstState(parts: { value: string }[]): SavedState | null {
    for (const p of parts) {
      const s = stateFromXml(p.value);
      if (s) return s;
    }
    return null;
  }

  async function describe(): Promise<WorkbookInfo> {
    return run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load("items/name,items/id");
      const parts = ctx.workbook.customXmlParts.getByNamespace(STATE_NAMESPACE).load("items/id");
      await ctx.sync();
      const xml = parts.items.map((p) => p.getXml());
      await ctx.sync();
      const state = firstState(xml) ?? emptyState();
      const ours = new Set(state.sheets.map((s) => s.id));
      return {
        sheets: sheets.items.map((s) => ({ id: s.id, name: s.name, ours: ours.has(s.id) })),
        state,
      };
    });
  }

  async function apply(write: WorkbookWrite): Promise<ApplyReport> {
    if (write.charts.length > 0 && !supports(REQUIREMENTS.charts.excelApi)) {
      throw new RequirementError(paneText("err.chartsNeed", locale, { version: REQUIREMENTS.charts.excelApi }));
    }
    const labelsOk = supports(REQUIREMENTS.chartLabels.excelApi);
    return run(async (ctx) => {
      const wb = ctx.workbook;
      let syncs = 0;
      const sync = async () => {
        syncs++;
        await ctx.sync();
      };

      // Sync 1: which sheets exist, and our saved-state parts.
      const sheetList = wb.worksheets.load("items/name,items/id");
      const parts = wb.customXmlParts.getByNamespace(STATE_NAMESPACE).load("items/id");
      await sync();

      // Sync 2: read the state; add missing target sheets (no conflict possible); load the charts
      // of existing sheets that get charts or are replaced.
      const xml = parts.items.map((p) => p.getXml());
      const existing = new Map(sheetList.items.map((s) => [lower(s.name), s] as const));
      const targetNames = new Map<string, string>(); // lower → as given
      for (const s of write.sheets) targetNames.set(lower(s.name), s.name);
      const added = new Map<string, XlWorksheet>();
      for (const [key, name] of targetNames) {
        if (!existing.has(key)) {
          const ws = wb.worksheets.add(name);
          ws.load("id,name");
          added.set(key, ws);
        }
      }
      const chartSheets = new Set<string>([
        ...write.charts.map((c) => lower(c.sheet)),
        ...write.sheets.filter((s) => s.mode === "replace").map((s) => lower(s.name)),
      ]);
      const chartLists = new Map<string, XlChartCollection>();
      for (const key of chartSheets) {
        const ws = existing.get(key);
        if (ws) chartLists.set(key, ws.charts.load("items/name,items/top,items/left,items/width,items/height"));
      }
      await sync();

      const prev = firstState(xml) ?? emptyState();
      const ownedIds = new Set(prev.sheets.map((s) => s.id));
      const prevCharts = new Set(prev.charts.map((c) => `${lower(c.sheet)}\u0000${lower(c.name)}`));
      const foreign = [...targetNames.keys()]
        .filter((k) => existing.has(k) && !ownedIds.has(existing.get(k)!.id))
        .map((k) => existing.get(k)!.name);
      // A chart of the same name on a sheet that is not ours, and not recorded as ours, is the
      // user's: refuse before anything is written (a replaced sheet is ours, else it is in `foreign`).
      const foreignCharts: { sheet: string; name: string }[] = [];
      for (const spec of write.charts) {
        const key = lower(spec.sheet);
        const ws = existing.get(key);
        if (!ws || ownedIds.has(ws.id) || prevCharts.has(`${key}\u0000${lower(spec.name)}`)) continue;
        if ((chartLists.get(key)?.items ?? []).some((c) => lower(c.name) === lower(spec.name))) {
          foreignCharts.push({ sheet: ws.name, name: spec.name });
        }
      }
      if (foreign.length > 0 || foreignCharts.length > 0) {
        // Undo the sheets added in sync 2 so a refused write leaves the workbook as it was.
        for (const ws of added.values()) ws.delete();
        await sync();
        throw new ForeignSheetError(foreign, foreignCharts, locale);
      }

      // Sync 3: all writes.
      const sheetByKey = (key: string): XlWorksheet =>
        added.get(key) ?? existing.get(key) ?? wb.worksheets.getItem(targetNames.get(key) ?? key);
      const rangeOf = (address: string): XlRange => {
        const rect = parseAddress(address);
        const local = address.slice(address.lastIndexOf("!") + 1);
        return sheetByKey(lower(rect.sheet)).getRange(local);
      };
      const keptPosition = new Map<string, { top: number; left: number; width: number; height: number }>();

      for (const s of write.sheets) {
        const key = lower(s.name);
        const ws = sheetByKey(key);
        const charts = chartLists.get(key);
        if (s.mode === "replace") {
          ws.getRange().clear("All");
          for (const c of charts?.items ?? []) {
            keptPosition.set(`${key}\u0000${lower(c.name)}`, { top: c.top, left: c.left, width: c.width, height: c.height });
            c.delete();
          }
        }
        for (const b of s.blocks) writeBlock(ws, b);
      }
      // Charts replaced by name (rebuild) keep the user's position and size.
      for (const spec of write.charts) {
        const key = lower(spec.sheet);
        const id = `${key}\u0000${lower(spec.name)}`;
        const sheetWrite = write.sheets.find((s) => lower(s.name) === key);
        if (sheetWrite?.mode === "replace") continue; // already deleted above
        for (const c of chartLists.get(key)?.items ?? []) {
          if (lower(c.name) !== lower(spec.name)) continue; // ours: checked after sync 2
          keptPosition.set(id, { top: c.top, left: c.left, width: c.width, height: c.height });
          c.delete();
        }
      }
      const skipped = new Set<PaneKey>();
      for (const spec of write.charts) {
        const pos = keptPosition.get(`${lower(spec.sheet)}\u0000${lower(spec.name)}`);
        addChart(sheetByKey(lower(spec.sheet)), spec, rangeOf, pos, labelsOk, skipped);
      }

      // The saved state: our sheets (still existing or just added), charts, helper blocks, wizard.
      const existingIds = new Set(sheetList.items.map((s) => s.id));
      const roleOf = new Map<string, SheetRole>(write.sheets.map((s) => [lower(s.name), s.role]));
      const sheets = prev.sheets
        .filter((s) => existingIds.has(s.id))
        .map((s) => {
          const ws = sheetList.items.find((w) => w.id === s.id)!;
          return { id: s.id, name: ws.name, role: roleOf.get(lower(ws.name)) ?? s.role };
        });
      for (const [key, ws] of added) sheets.push({ id: ws.id, name: ws.name, role: roleOf.get(key) ?? "analysis" });
      const liveNames = new Set([...sheets.map((s) => lower(s.name)), ...sheetList.items.map((s) => lower(s.name))]);
      const chartKey = (c: { sheet: string; name: string }) => `${lower(c.sheet)}\u0000${lower(c.name)}`;
      const charts = new Map(prev.charts.filter((c) => liveNames.has(lower(c.sheet))).map((c) => [chartKey(c), c]));
      for (const c of write.charts) charts.set(chartKey(c), { name: c.name, sheet: c.sheet });
      const blocks = new Map(prev.helperBlocks.map((b) => [lower(b.chart), b]));
      for (const b of write.helperBlocks ?? []) blocks.set(lower(b.chart), b);
      const state: SavedState = {
        version: 1,
        sheets,
        charts: [...charts.values()],
        helperBlocks: [...blocks.values()],
        wizard: write.wizard === undefined ? prev.wizard : write.wizard,
      };
      const xmlText = stateToXml(state);
      if (parts.items.length > 0) {
        parts.items[0].setXml(xmlText);
        for (const extra of parts.items.slice(1)) extra.delete();
      } else {
        wb.customXmlParts.add(xmlText);
      }
      const active = write.sheets.find((s) => s.activate);
      if (active) sheetByKey(lower(active.name)).activate();
      await sync();

      const addedKeys = new Set(added.keys());
      return {
        syncs,
        sheetsCreated: write.sheets.filter((s) => addedKeys.has(lower(s.name))).map((s) => s.name),
        sheetsUpdated: write.sheets.filter((s) => !addedKeys.has(lower(s.name))).map((s) => s.name),
        charts: write.charts.map((c) => c.name),
        skipped: [...skipped].map((k) => paneText(k, locale)),
        state,
      };
    });
  }

  return { supports, readSelection, readRanges, readUsedRange, describe, apply };
}

function writeBlock(ws: XlWorksheet, b: BlockWrite): void {
  const r = ws.getRange(b.address);
  if (b.values) r.values = b.values.map((row) => row.map(literalCell));
  else if (b.formulas) r.formulas = b.formulas.map((row) => row.map(formulaCell));
  if (b.numberFormat) {
    const rect = parseAddress(b.address);
    r.numberFormat = fill2d(rect.rows, rect.cols, b.numberFormat);
  }
  if (b.header) {
    r.format.font.bold = true;
    r.format.fill.color = HEADER_FILL;
  }
  if (b.input) r.format.fill.color = INPUT_FILL;
}

const CHART_TYPE: Record<ChartSpec["kind"], string> = {
  scatter: "XYScatter",
  line: "LineMarkers",
  bar: "BarClustered",
};

/**
 * The `seriesBy` under which Excel makes exactly one default series from a one-row or one-column
 * range: "Rows" for a single row, else "Columns". `charts.add` makes one series per column under
 * "Columns" (per row under "Rows"); "Auto" guesses from the shape on the desktop and means "Columns"
 * on the web (Excel.ChartSeriesBy, ExcelApi 1.1), so it is never used.
 */
export function seriesByFor(address: string): "Rows" | "Columns" {
  return parseAddress(address).rows === 1 ? "Rows" : "Columns";
}

/**
 * Adds one chart: created from the first series' Y range (one row or one column) with the seriesBy
 * that gives exactly one default series, that series removed, then every series added with explicit
 * ranges so Excel never guesses. ChartSeries.delete and series.add need ExcelApi 1.7 (checked in apply).
 */
function addChart(
  ws: XlWorksheet,
  spec: ChartSpec,
  rangeOf: (a: string) => XlRange,
  pos: { top: number; left: number; width: number; height: number } | undefined,
  labelsOk: boolean,
  skipped: Set<PaneKey>,
): void {
  const source = spec.series[0].y;
  const chart = ws.charts.add(CHART_TYPE[spec.kind], rangeOf(source), seriesByFor(source));
  chart.name = spec.name;
  chart.series.getItemAt(0).delete();
  for (const s of spec.series) styleSeries(chart.series.add(s.name), s, spec.kind, rangeOf, labelsOk, skipped);
  chart.title.text = spec.title;
  chart.title.visible = true;
  chart.legend.visible = true;
  chart.legend.position = "Right";
  axis(chart.axes.categoryAxis, spec.xTitle, spec.xMin, spec.xMax);
  axis(chart.axes.valueAxis, spec.yTitle, spec.yMin, spec.yMax);
  if (pos) {
    chart.top = pos.top;
    chart.left = pos.left;
    chart.width = pos.width;
    chart.height = pos.height;
  } else {
    if (spec.anchorEnd) chart.setPosition(spec.anchor, spec.anchorEnd);
    else {
      chart.setPosition(spec.anchor);
      chart.width = spec.width ?? 480;
      chart.height = spec.height ?? 360;
    }
  }
}

function axis(a: XlChartAxis, title: string | undefined, min: number | undefined, max: number | undefined): void {
  if (title) {
    a.title.text = title;
    a.title.visible = true;
  }
  if (min !== undefined) a.minimum = min;
  if (max !== undefined) a.maximum = max;
}

function styleSeries(
  ser: XlChartSeries,
  s: SeriesSpec,
  kind: ChartSpec["kind"],
  rangeOf: (a: string) => XlRange,
  labelsOk: boolean,
  skipped: Set<PaneKey>,
): void {
  if (s.style === "labels" && !labelsOk) {
    // Without custom label text the points would be anonymous dots: leave the series empty.
    skipped.add(REQUIREMENTS.chartLabels.feature);
  }
  if (s.x) ser.setXAxisValues(rangeOf(s.x));
  ser.setValues(rangeOf(s.y));
  const line = ser.format.line;
  switch (s.style) {
    case "points":
      ser.chartType = "XYScatter";
      ser.markerStyle = "Circle";
      ser.markerSize = 7;
      line.lineStyle = "None";
      break;
    case "curve":
      ser.chartType = "XYScatterSmoothNoMarkers";
      ser.smooth = true;
      ser.markerStyle = "None";
      line.lineStyle = "Dash";
      line.weight = 1.5;
      line.color = s.color ?? "#605E5C";
      break;
    case "grid":
      ser.chartType = "XYScatterLinesNoMarkers";
      ser.markerStyle = "None";
      line.lineStyle = "RoundDot";
      line.weight = 0.75;
      line.color = s.color ?? "#A19F9D";
      break;
    case "labels":
      ser.chartType = "XYScatter";
      ser.markerStyle = "None";
      line.lineStyle = "None";
      if (labelsOk) {
        (s.labels ?? []).forEach((text, i) => {
          const p = ser.points.getItemAt(i);
          p.hasDataLabel = true;
          p.dataLabel.text = text;
          p.dataLabel.position = "Center";
        });
      }
      break;
    case "line":
      ser.markerStyle = "Circle";
      ser.markerSize = 5;
      line.weight = 1.5;
      break;
    case "average":
      ser.markerStyle = "None";
      line.lineStyle = "Dash";
      line.weight = 3;
      line.color = s.color ?? "#000000";
      break;
    case "bars":
      break;
  }
  if (s.color && (s.style === "points" || s.style === "line" || s.style === "bars") && kind !== "bar") {
    line.color = s.color;
  }
}

/**
 * The production gateway: Excel.run and Office's requirement-set probe. The assignment of
 * `Excel.RequestContext` to `XlContext` below is the compile-time check that the subset above
 * matches the real API.
 */
export function officeGateway(): WorkbookGateway {
  const run: BatchRunner = (batch) => Excel.run((ctx: Excel.RequestContext) => batch(ctx));
  const conforms: XlContext | null = null as unknown as Excel.RequestContext | null;
  void conforms;
  return createGateway(run, (v) => Office.context.requirements.isSetSupported("ExcelApi", v), officeLocale());
}

/**
 * The add-in's language: Office's display language (Office.context.displayLanguage, e.g. "zh-CN")
 * mapped by resolveLocale; English when Office does not say.
 */
export function officeLocale(): Locale {
  return resolveLocale(Office.context.displayLanguage);
}

/** Calls `ready(true)` once Office.js is ready in Excel (false in another host). */
export function onOfficeReady(ready: (inExcel: boolean) => void): void {
  Office.onReady((info) => ready(info.host === Office.HostType.Excel));
}
