/**
 * What the pane asks the workbook gateway to write: plain data, no Office types. The gateway
 * applies a whole `WorkbookWrite` in a fixed number of `context.sync()` calls.
 */

/** A cell value as Excel stores it. */
export type CellValue = string | number | boolean;

/**
 * One rectangular block on a sheet. `address` is local to the sheet (`B2:D10`). At most one of
 * `values` (literals; text is always written as text, never interpreted as a formula) or `formulas`
 * (cells starting with "=" are formulas, other cells literals) is given, with the block's shape;
 * a block with neither only sets formats.
 */
export interface BlockWrite {
  address: string;
  values?: CellValue[][];
  formulas?: CellValue[][];
  /** One Excel number format for the whole block (e.g. "0.0000"). */
  numberFormat?: string;
  /** Header styling (bold). */
  header?: boolean;
  /** Marks cells the user is meant to edit (AHP judgments): light fill. */
  input?: boolean;
}

/** Who a sheet is for; recorded in the saved state so we can tell our sheets from the user's. */
export type SheetRole = "analysis" | "helper" | "chart" | "ahp" | "share";

/**
 * A sheet the add-in owns. `replace`: cleared (cells and charts) before writing; `merge`: only the
 * given blocks are written. Either way an existing sheet of that name that the add-in did not create
 * is never touched (the gateway refuses the whole write).
 */
export interface SheetWrite {
  name: string;
  role: SheetRole;
  mode: "replace" | "merge";
  blocks: BlockWrite[];
  /** Make this the active sheet at the end. */
  activate?: boolean;
}

/** How a chart series is drawn. */
export type SeriesStyle =
  | "points" // data points: markers, no line
  | "curve" // reference curve: smooth dashed line, no markers
  | "grid" // grade grid: thin dashed straight line, no markers
  | "labels" // invisible points carrying per-point data labels (needs ExcelApi 1.8)
  | "line" // trend line with markers
  | "average" // trend average: thick dashed line
  | "bars"; // bar chart values

/** A chart series: explicit X (category) and Y ranges as full addresses (`'Sheet'!$A$2:$A$9`). */
export interface SeriesSpec {
  name: string;
  x?: string;
  y: string;
  style: SeriesStyle;
  /** Per-point data-label texts for `labels` series, in point order. */
  labels?: string[];
  color?: string;
}

/** A native Excel chart. The gateway adds it, removes the default series and adds `series` in order. */
export interface ChartSpec {
  /** Unique name on its sheet; a rebuild replaces the chart of that name (keeping its position). */
  name: string;
  sheet: string;
  kind: "scatter" | "line" | "bar";
  title: string;
  xTitle?: string;
  yTitle?: string;
  xMin?: number;
  xMax?: number;
  yMin?: number;
  yMax?: number;
  series: SeriesSpec[];
  /** Top-left cell (local address on `sheet`) for a new chart. */
  anchor: string;
  /** Bottom-right cell: when given the chart spans anchor…anchorEnd instead of width × height. */
  anchorEnd?: string;
  width?: number;
  height?: number;
}

/** Everything one Build/Insert writes. */
export interface WorkbookWrite {
  sheets: SheetWrite[];
  charts: ChartSpec[];
  /** New wizard configuration to save (undefined keeps the saved one). */
  wizard?: unknown;
  /** Helper-sheet column blocks claimed by charts (merged into the saved state by chart name). */
  helperBlocks?: HelperBlock[];
}

/** A block of helper-sheet columns used by one chart's series. */
export interface HelperBlock {
  chart: string;
  sheet: string;
  col: number;
  cols: number;
}

/** The add-in's record in the workbook (CustomXmlPart, see saved-state.ts). */
export interface SavedState {
  version: 1;
  /** Sheets the add-in created: id is Excel's worksheet id (stable across renames). */
  sheets: { id: string; name: string; role: SheetRole }[];
  /** Charts the add-in created. */
  charts: { name: string; sheet: string }[];
  helperBlocks: HelperBlock[];
  /** The wizard configuration (AnalysisConfig JSON) or null. */
  wizard: unknown;
}

/** An empty state. */
export function emptyState(): SavedState {
  return { version: 1, sheets: [], charts: [], helperBlocks: [], wizard: null };
}
