/**
 * Trend charts from a selected panel (pure): area column, year column and one or more value columns
 * (C, S, P or any column) → per value column a pivot on the helper sheet (rows = years, columns =
 * areas + Average, each cell a live link to the user's cell) and a native line chart with one line
 * per area and the average line, like the seed study's trend figure. A missing area-year stays
 * blank (a gap in the line), never 0; a linked cell emptied later shows #N/A (not plotted); the
 * average is AVERAGE over the areas' cells of that year, which ignores blanks. A blank year leaves
 * its row out; a year must be a whole number.
 */
import { paneText, sheetText, type Locale } from "../i18n";
import { columnLetters, fullAddress, localAddress, parseAddress, sheetPrefix, type CellRect } from "../plan/a1";
import { SERIES_COLORS } from "./coupling-chart";
import { CellValue, ChartSpec, HelperBlock, SeriesSpec, SheetWrite, WorkbookWrite } from "./write-model";

export const TREND_HELPER_SHEET = "RECC trend data";

export interface TrendRequest {
  areas: { address: string; values: CellValue[][] };
  years: { address: string; values: CellValue[][] };
  /** One or more value columns side by side. */
  values: { address: string; values: CellValue[][] };
  labelsInFirstRow: boolean;
  output: { kind: "newSheet" } | { kind: "place"; address: string };
  /** Language of the charts' and helper cells' words (default English). */
  locale?: Locale;
}

export interface TrendPivot {
  label: string;
  years: number[];
  areas: string[];
  /** cells[y][a]: the source cell of area a in year y, or null when the panel has none. */
  cells: (CellRect | null)[][];
}

export class TrendInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TrendInputError";
  }
}

/**
 * The year in a cell: a whole number (2012 or the text "2012"); a blank or whitespace cell is
 * missing (undefined), never year 0.
 * @throws TrendInputError naming the cell for anything else (2012.5, "n/a", TRUE).
 */
function yearOf(v: CellValue | undefined, Y: CellRect, i: number, locale: Locale = "en"): number | undefined {
  const t = typeof v === "string" ? v.trim() : v;
  if (t === undefined || t === "") return undefined;
  const year = typeof t === "number" ? t : typeof t === "string" ? Number(t) : NaN;
  if (Number.isInteger(year)) return year;
  const at = localAddress({ row: Y.row + i, col: Y.col, rows: 1, cols: 1 }, false);
  throw new TrendInputError(paneText("tr.err.year", locale, { at, value: String(v) }));
}

/** Pivots the panel: years ascending, areas in order of first appearance; blank values → null. */
export function pivotPanel(req: TrendRequest): TrendPivot[] {
  const A = parseAddress(req.areas.address);
  const Y = parseAddress(req.years.address);
  const V = parseAddress(req.values.address);
  const locale = req.locale ?? "en";
  if (A.cols !== 1 || Y.cols !== 1) throw new TrendInputError(paneText("tr.err.columns", locale));
  if (A.rows !== Y.rows || A.rows !== V.rows) {
    throw new TrendInputError(paneText("tr.err.rows", locale, { a: A.rows, y: Y.rows, v: V.rows }));
  }
  const skip = req.labelsInFirstRow ? 1 : 0;
  const n = A.rows - skip;
  const areas: string[] = [];
  const years: number[] = [];
  const rows: { area: string; year: number; i: number }[] = [];
  for (let i = skip; i < A.rows; i++) {
    const area = String(req.areas.values[i][0] ?? "").trim();
    const year = yearOf(req.years.values[i][0], Y, i, locale);
    if (area === "" || year === undefined) continue;
    if (!areas.includes(area)) areas.push(area);
    if (!years.includes(year)) years.push(year);
    rows.push({ area, year, i });
  }
  if (rows.length < 2 || n < 2) throw new TrendInputError(paneText("tr.err.few", locale));
  years.sort((a, b) => a - b);
  return Array.from({ length: V.cols }, (_, c) => {
    const unnamed = paneText("table.blankHeader", locale, { n: c + 1 });
    const label = req.labelsInFirstRow ? String(req.values.values[0][c] ?? "").trim() || unnamed : unnamed;
    const cells: (CellRect | null)[][] = years.map(() => areas.map(() => null));
    for (const r of rows) {
      const v = req.values.values[r.i][c];
      if (typeof v !== "number" || !Number.isFinite(v)) continue; // blank or text: a gap
      cells[years.indexOf(r.year)][areas.indexOf(r.area)] = { sheet: V.sheet, row: V.row + r.i, col: V.col + c, rows: 1, cols: 1 };
    }
    return { label, years, areas, cells };
  });
}

/**
 * Builds the helper pivots and one line chart per value column.
 * @param existing helper blocks already claimed; the charts take the next free columns.
 * @param firstNumber number of the first chart ("RECC trend N").
 */
export function buildTrendCharts(req: TrendRequest, existing: HelperBlock[], firstNumber: number): { write: WorkbookWrite; charts: string[] } {
  const pivots = pivotPanel(req);
  const locale = req.locale ?? "en";
  const helper = TREND_HELPER_SHEET;
  let col = Math.max(0, ...existing.filter((b) => b.sheet === helper).map((b) => b.col + b.cols + 1));
  const blocks: SheetWrite["blocks"] = [];
  const charts: ChartSpec[] = [];
  const helperBlocks: HelperBlock[] = [];
  const sheets: SheetWrite[] = [];
  const outSheet = req.output.kind === "newSheet" ? `RECC trend ${firstNumber}` : parseAddress(req.output.address, parseAddress(req.values.address).sheet).sheet;
  const outAnchor = req.output.kind === "newSheet" ? parseAddress("B2") : parseAddress(req.output.address, outSheet);
  pivots.forEach((p, k) => {
    const name = `RECC trend ${firstNumber + k}`;
    const width = p.areas.length + 2;
    const c0 = col;
    const L = (c: number) => columnLetters(c0 + c);
    const last = 3 + p.years.length;
    blocks.push({ address: `${L(0)}1`, values: [[`${name}: ${sheetText("trend.byYearArea", locale, { label: p.label })}`]], header: true });
    blocks.push({ address: `${L(0)}3:${L(width - 1)}3`, values: [[sheetText("year", locale), ...p.areas, sheetText("average", locale)]], header: true });
    blocks.push({
      address: `${L(0)}4:${L(width - 1)}${last}`,
      formulas: p.years.map((y, yi) => {
        const refs = p.cells[yi].filter((c): c is CellRect => c !== null).map((c) => fullAddress(c));
        // A link shows #N/A (not plotted) when its cell is later emptied or made text, never 0;
        // AVERAGE reads the user's cells directly, which skips blanks and text.
        const link = (c: CellRect) => `=IF(ISNUMBER(${fullAddress(c)}),${fullAddress(c)},NA())`;
        return [y, ...p.cells[yi].map((c) => (c ? link(c) : "")), refs.length ? `=AVERAGE(${refs.join(",")})` : ""];
      }),
    });
    blocks.push({ address: `${L(1)}4:${L(width - 1)}${last}`, numberFormat: "0.0000" });
    const q = sheetPrefix(helper);
    const years = `${q}$${L(0)}$4:$${L(0)}$${last}`;
    const series: SeriesSpec[] = p.areas.map((a, i) => ({
      name: a,
      x: years,
      y: `${q}$${L(1 + i)}$4:$${L(1 + i)}$${last}`,
      style: "line",
      color: SERIES_COLORS[i % SERIES_COLORS.length],
    }));
    series.push({ name: sheetText("average", locale), x: years, y: `${q}$${L(width - 1)}$4:$${L(width - 1)}$${last}`, style: "average" });
    charts.push({
      name,
      sheet: outSheet,
      kind: "line",
      title: sheetText("trend.chartTitle", locale, { label: p.label }),
      xTitle: sheetText("year", locale),
      yTitle: p.label,
      series,
      anchor: localAddress({ row: outAnchor.row + k * 24, col: outAnchor.col, rows: 1, cols: 1 }, false),
      width: 560,
      height: 340,
    });
    helperBlocks.push({ chart: name, sheet: helper, col: c0, cols: width });
    col = c0 + width + 1;
  });
  sheets.push({ name: helper, role: "helper", mode: "merge", blocks });
  if (req.output.kind === "newSheet") sheets.push({ name: outSheet, role: "chart", mode: "replace", blocks: [], activate: true });
  return { write: { sheets, charts, helperBlocks }, charts: charts.map((c) => c.name) };
}
