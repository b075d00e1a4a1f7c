/**
 * The coupling chart from selected ranges (pure): S and P ranges (+ optional area labels and years)
 * → the helper cells and the native XY scatter chart spec, as a WorkbookWrite.
 *
 * Picture (seed paper, Table 3 and 4 / ../shared/method.md §1.7–1.8): x = S, y = P on 0–1; reference
 * curves y = x, y = x², y = √x; grade grid at the cut points with grades I–IX; the four coupling
 * regions named. Blank (or non-numeric) S or P cells are left out of the series, never drawn as 0:
 * each series gets its own contiguous helper columns holding only its valid rows.
 */
import { paneText, REGION_TERMS, sheetText, term, translator, type Locale } from "../i18n";
import { columnLetters, fullAddress, localAddress, parseAddress, quoteSheet, type CellRect } from "../plan/a1";
import { CellValue, ChartSpec, HelperBlock, SeriesSpec, SheetWrite, WorkbookWrite } from "./write-model";

/** The helper sheet of charts made from selections (the wizard has its own). */
export const COUPLING_HELPER_SHEET = "RECC coupling data";
/** First helper column used by per-chart series blocks (A–O hold the shared reference cells). */
export const FIRST_SERIES_COL = 16;

/** Roman grade numerals in grade-number order (method.md §1.7). */
export const GRADES = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];

/** A 1-D range as read: its address and cells (row or column vector). */
export interface VectorInput {
  address: string;
  values: CellValue[][];
}

export interface CouplingRequest {
  support: VectorInput;
  pressure: VectorInput;
  areas?: VectorInput;
  years?: VectorInput;
  /** First cell of every range is a label, not data (Analysis ToolPak "Labels in first row"). */
  labelsInFirstRow: boolean;
  seriesBy: "area" | "year";
  /** "newSheet": a new sheet named after the chart; else top-left cell `Sheet!B2` for the chart. */
  output: { kind: "newSheet" } | { kind: "place"; address: string };
  /** Grade cut points (default 1/3, 2/3). */
  low?: number;
  high?: number;
  /** Language of the chart's and helper cells' words (default English). */
  locale?: Locale;
}

/** A row that made it into the chart. */
export interface CouplingPoint {
  /** 0-based index among the data cells (after the label). */
  index: number;
  s: number;
  p: number;
  group: string;
}

export interface CouplingResult {
  write: WorkbookWrite;
  chartName: string;
  points: CouplingPoint[];
  /** Data rows left out because S or P was blank or not a number (1-based positions in the data). */
  skipped: number[];
  groups: string[];
}

/** Thrown with a plain-words message when the ranges do not fit together. */
export class CouplingInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CouplingInputError";
  }
}

interface Cells {
  rect: CellRect;
  label?: string;
  /** Data cells with their own rectangle (row or column). */
  cells: { v: CellValue; at: CellRect }[];
}

function vector(input: VectorInput, what: string, labels: boolean, locale: Locale = "en"): Cells {
  const rect = parseAddress(input.address);
  if (rect.rows > 1 && rect.cols > 1) {
    throw new CouplingInputError(paneText("cp.err.block", locale, { what, address: input.address }));
  }
  const flat: { v: CellValue; at: CellRect }[] = [];
  input.values.forEach((row, i) =>
    row.forEach((v, j) => flat.push({ v, at: { sheet: rect.sheet, row: rect.row + i, col: rect.col + j, rows: 1, cols: 1 } })),
  );
  if (labels) {
    const first = flat.shift();
    return { rect, label: first === undefined ? undefined : String(first.v), cells: flat };
  }
  return { rect, cells: flat };
}

const isNum = (v: CellValue): v is number => typeof v === "number" && Number.isFinite(v);

/** Grade-grid path along the cut lines; the extra legs run on the plot border (x or y = 0 or 1). */
export function gradeGridPath(low: number, high: number): [number, number][] {
  return [
    [low, 0],
    [low, 1],
    [high, 1],
    [high, 0],
    [1, 0],
    [1, low],
    [0, low],
    [0, high],
    [1, high],
  ];
}

/**
 * Label anchors of the nine grade cells, in grade order I…IX (column = level of S, row = level of P):
 * near each cell's top-left corner, so the cell centres stay free for the data and region names.
 */
export function gradeLabelPoints(low: number, high: number): { text: string; x: number; y: number }[] {
  const left = [0, low, high];
  const top = [low, high, 1];
  return GRADES.map((text, i) => ({ text, x: left[i % 3] + 0.05, y: top[Math.floor(i / 3)] - 0.05 }));
}

/** Anchors of the region names, each inside its region (method.md §1.8). */
export const REGION_LABEL_POINTS = [
  { text: "high-value surplus", x: 0.86, y: 0.16 },
  { text: "low-value surplus", x: 0.62, y: 0.48 },
  { text: "low-value load", x: 0.28, y: 0.43 },
  { text: "high-value load", x: 0.15, y: 0.8 },
];

/** The shared reference cells of the helper sheet (curves, grade grid path, label anchors). */
export function referenceBlocks(low: number, high: number, locale: Locale = "en"): SheetWrite["blocks"] {
  const curve: number[][] = [];
  for (let i = 0; i <= 20; i++) {
    const x = i / 20;
    curve.push([x, x, x * x, Math.sqrt(x)]);
  }
  const grades = gradeLabelPoints(low, high);
  return [
    { address: "A1", values: [[sheetText("cp.helperNote", locale)]], header: true },
    { address: "A3:D3", values: [["x", "y = x", "y = x²", "y = √x"]], header: true },
    { address: "A4:D24", values: curve },
    { address: "F3:G3", values: [[sheetText("cp.gridX", locale), sheetText("cp.gridY", locale)]], header: true },
    { address: "F4:G12", values: gradeGridPath(low, high) },
    { address: "I3:K3", values: [[sheetText("col.grade", locale), "x", "y"]], header: true },
    { address: "I4:K12", values: grades.map((g) => [g.text, g.x, g.y]) },
    { address: "M3:O3", values: [[sheetText("col.region", locale), "x", "y"]], header: true },
    { address: "M4:O7", values: REGION_LABEL_POINTS.map((g, i) => [term(REGION_TERMS[i], locale), g.x, g.y]) },
  ];
}

/** Series of the reference picture, reading the helper sheet's shared cells. */
export function referenceSeries(helper: string, low: number, high: number, locale: Locale = "en"): SeriesSpec[] {
  const h = (a: string) => `${quoteSheet(helper)}!${a}`;
  return [
    { name: "y = x", x: h("$A$4:$A$24"), y: h("$B$4:$B$24"), style: "curve", color: "#605E5C" },
    { name: "y = x²", x: h("$A$4:$A$24"), y: h("$C$4:$C$24"), style: "curve", color: "#C50F1F" },
    { name: "y = √x", x: h("$A$4:$A$24"), y: h("$D$4:$D$24"), style: "curve", color: "#107C10" },
    { name: sheetText("cp.gradeGrid", locale, { low: round(low), high: round(high) }), x: h("$F$4:$F$12"), y: h("$G$4:$G$12"), style: "grid" },
    { name: sheetText("series.grades", locale), x: h("$J$4:$J$12"), y: h("$K$4:$K$12"), style: "labels", labels: GRADES.slice() },
    {
      name: sheetText("series.regions", locale),
      x: h("$N$4:$N$7"),
      y: h("$O$4:$O$7"),
      style: "labels",
      labels: REGION_LABEL_POINTS.map((_r, i) => term(REGION_TERMS[i], locale)),
    },
  ];
}

function round(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}

/** Palette for data series (Fluent 2 shared colours), cycled. */
export const SERIES_COLORS = [
  "#0F6CBD", "#C239B3", "#CA5010", "#107C10", "#8764B8", "#038387",
  "#D13438", "#986F0B", "#004E8C", "#E3008C", "#4F6BED", "#00B7C3",
];

/**
 * Builds the write for one coupling chart.
 * @param existing helper blocks already claimed (saved state); the new chart takes the next free columns.
 * @param chartNumber the chart's number (chart "RECC coupling N").
 * @throws CouplingInputError for ranges that do not fit (sizes, shapes, values outside 0–1).
 */
export function buildCouplingChart(req: CouplingRequest, existing: HelperBlock[], chartNumber: number): CouplingResult {
  const low = req.low ?? 1 / 3;
  const high = req.high ?? 2 / 3;
  const locale = req.locale ?? "en";
  const tr = translator(locale);
  const S = vector(req.support, tr("cp.what.S"), req.labelsInFirstRow, locale);
  const P = vector(req.pressure, tr("cp.what.P"), req.labelsInFirstRow, locale);
  if (S.cells.length !== P.cells.length) {
    throw new CouplingInputError(
      tr("cp.err.sp", { s: S.cells.length, p: P.cells.length }),
    );
  }
  const A = req.areas ? vector(req.areas, tr("cp.what.areas"), req.labelsInFirstRow, locale) : undefined;
  const Y = req.years ? vector(req.years, tr("cp.what.years"), req.labelsInFirstRow, locale) : undefined;
  for (const [v, what] of [
    [A, tr("cp.what.areas")],
    [Y, tr("cp.what.years")],
  ] as const) {
    if (v && v.cells.length !== S.cells.length) {
      throw new CouplingInputError(tr("cp.err.length", { what, n: v.cells.length, s: S.cells.length }));
    }
  }
  const by = req.seriesBy === "year" && Y ? Y : req.seriesBy === "area" && A ? A : (A ?? Y);
  const points: CouplingPoint[] = [];
  const skipped: number[] = [];
  const outside: string[] = [];
  S.cells.forEach((s, i) => {
    const p = P.cells[i];
    if (!isNum(s.v) || !isNum(p.v)) {
      skipped.push(i + 1);
      return;
    }
    if (s.v < 0 || s.v > 1 || p.v < 0 || p.v > 1) outside.push(tr("cp.outsideRow", { row: i + 1, s: s.v, p: p.v }));
    const g = by ? String(by.cells[i].v).trim() || tr("cp.noLabel") : "S, P";
    points.push({ index: i, s: s.v, p: p.v, group: g });
  });
  if (outside.length > 0) {
    throw new CouplingInputError(
      tr("cp.err.outside", { rows: outside.slice(0, 3).join(tr("list.sep")) + (outside.length > 3 ? tr("cp.more", { n: outside.length - 3 }) : "") }),
    );
  }
  if (points.length === 0) throw new CouplingInputError(tr("cp.err.none"));

  const groups: string[] = [];
  for (const pt of points) if (!groups.includes(pt.group)) groups.push(pt.group);

  const chartName = `RECC coupling ${chartNumber}`;
  const helper = COUPLING_HELPER_SHEET;
  const col0 = Math.max(FIRST_SERIES_COL, ...existing.filter((b) => b.sheet === helper && b.chart !== chartName).map((b) => b.col + b.cols + 1));
  const own = existing.find((b) => b.sheet === helper && b.chart === chartName);
  const startCol = own ? own.col : col0;
  const width = groups.length * 2;

  const blocks: SheetWrite["blocks"] = referenceBlocks(low, high, locale);
  blocks.push({
    address: localAddress({ row: 0, col: startCol, rows: 1, cols: 1 }, false),
    values: [[`${chartName}: ${sheetText(by === Y && Y ? "cp.pointsPerYear" : by ? "cp.pointsPerArea" : "cp.pointsPerChart", locale)}`]],
    header: true,
  });
  const series: SeriesSpec[] = [];
  groups.forEach((g, k) => {
    const pts = points.filter((p) => p.group === g);
    const cx = startCol + 2 * k;
    const colX = columnLetters(cx);
    const colY = columnLetters(cx + 1);
    blocks.push({ address: `${colX}3:${colY}3`, values: [[`${g}: S`, "P"]], header: true });
    // Live links to the user's cells; #N/A (not plotted) if a cell is later emptied.
    const link = (at: CellRect) => {
      const a = fullAddress(at);
      return `=IF(ISNUMBER(${a}),${a},NA())`;
    };
    blocks.push({
      address: `${colX}4:${colY}${3 + pts.length}`,
      formulas: pts.map((p) => [link(S.cells[p.index].at), link(P.cells[p.index].at)]),
      numberFormat: "0.0000",
    });
    series.push({
      name: g,
      x: `${quoteSheet(helper)}!$${colX}$4:$${colX}$${3 + pts.length}`,
      y: `${quoteSheet(helper)}!$${colY}$4:$${colY}$${3 + pts.length}`,
      style: "points",
      color: SERIES_COLORS[k % SERIES_COLORS.length],
    });
  });
  // Clear this chart's old columns beyond the new width (rebuild with fewer groups).
  const clearCols = own ? Math.max(0, own.cols - width) : 0;
  if (clearCols > 0) {
    // Title, blank and header rows, then at most one row per selected cell.
    const maxRows = S.cells.length + 3;
    blocks.push({
      address: `${columnLetters(startCol + width)}1:${columnLetters(startCol + width + clearCols - 1)}${maxRows}`,
      values: Array.from({ length: maxRows }, () => Array.from({ length: clearCols }, () => "")),
    });
  }

  const sheets: SheetWrite[] = [{ name: helper, role: "helper", mode: "merge", blocks }];
  let chartSheet: string;
  let anchor: string;
  if (req.output.kind === "newSheet") {
    chartSheet = chartName;
    anchor = "B2";
    sheets.push({ name: chartSheet, role: "chart", mode: "replace", blocks: [], activate: true });
  } else {
    const place = parseAddress(req.output.address, S.rect.sheet);
    chartSheet = place.sheet;
    anchor = localAddress({ ...place, rows: 1, cols: 1 }, false);
  }
  const xTitle = S.label ? sheetText("cp.axisLabelled", locale, { axis: sheetText("axis.S", locale), label: S.label }) : sheetText("axis.S", locale);
  const yTitle = P.label ? sheetText("cp.axisLabelled", locale, { axis: sheetText("axis.P", locale), label: P.label }) : sheetText("axis.P", locale);
  const chart: ChartSpec = {
    name: chartName,
    sheet: chartSheet,
    kind: "scatter",
    title: sheetText("chart.coupling", locale),
    xTitle,
    yTitle,
    xMin: 0,
    xMax: 1,
    yMin: 0,
    yMax: 1,
    series: [...series, ...referenceSeries(helper, low, high, locale)],
    anchor,
    width: 560,
    height: 440,
  };
  return {
    write: {
      sheets,
      charts: [chart],
      helperBlocks: [{ chart: chartName, sheet: helper, col: startCol, cols: Math.max(width, own?.cols ?? 0) }],
    },
    chartName,
    points,
    skipped,
    groups,
  };
}
