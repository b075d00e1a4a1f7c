/**
 * The analysis plan's data model: blocks (where a table goes and which formula computes it), chart
 * specs, and the formula text of a block's cells. Shared by the plan builders (src/plan/steps), the
 * taskpane writer and the headless evaluator.
 */
import { sheetText, type Locale } from "../i18n";
import { columnLetters, escapeText, qualified, sheetPrefix, type Rect } from "./a1";
import type { IndicatorConfig, IndicatorRole, ResolvedConfig } from "./analysis-config";

export type CellValue = number | string | boolean;

/** The user's table in the workbook. */
export interface SourceTable {
  /** Worksheet name. */
  sheet: string;
  /** Top-left cell of the header row, e.g. "A1". */
  headerCell: string;
  /** Header labels in column order. */
  headers: string[];
  /** Number of data rows below the header. */
  rowCount: number;
  /** Area name of each data row (needed to lay out chart series and trend pivots). */
  areas?: string[];
  /** Year of each data row (trend pivots, per-year series). */
  years?: number[];
}

/** A rectangle on a named sheet, with its quoted absolute address ('Data'!$C$2:$C$49). */
export interface RangeRef {
  sheet: string;
  rect: Rect;
  address: string;
}

/**
 * One cell of a "cells" block: a literal or an ordinary (non-RECC) Excel formula, as data. Names
 * are compared with `=` on TRIM'd text (Excel: case-insensitive, no wildcards, no criteria
 * operators), never through MATCH/COUNTIF/*IFS, which read `* ? ~ < > =` in a name as criteria.
 */
export type CellSpec =
  | { v: CellValue }
  | { ref: RangeRef }
  /**
   * The reciprocal of a judgement: =1/x, except that a text fraction "p/q" (typed as '1/3) gives q/p.
   * Excel's own =1/"1/3" would read the text as a date (3 January) and give about 2e-5. Where that
   * fails (blank, 0, "abc", an error) it is blank, so RECC.AHP/AHPGROUP name the user's cell above
   * the diagonal instead of receiving an unexplained #DIV/0! from ours.
   */
  | { recip: RangeRef }
  | { average: RangeRef }
  | { max: RangeRef }
  /** =SUMPRODUCT((criteria=key)*values)/SUMPRODUCT(--(criteria=key)): mean of the values whose criteria cell equals key. */
  | { meanWhere: { values: RangeRef; criteria: RangeRef; key: RangeRef } }
  /** =SUMPRODUCT((TRIM(groups)=TRIM(key))*values): sum of the values whose group is key. */
  | { groupSum: { values: RangeRef; groups: RangeRef; key: RangeRef } }
  /**
   * A group's weight split equally among its members: the weight beside the one label equal to
   * key, divided by the number of groups cells equal to key; #N/A unless exactly one label matches.
   */
  | { share: { weights: RangeRef; labels: RangeRef; key: RangeRef; groups: RangeRef } }
  /**
   * The live extent of the user's table (issue 8 item 4), one helper cell each:
   * firstRow =ROW(header)+1, the sheet row (1-based) of the first data row;
   * lastRow =SUMPRODUCT(MAX(((LEN(TRIM(w1))+LEN(TRIM(w2)))>0)*ROW(w1))), the last row of the windows
   *   (the key columns from their header down) whose area or year is not blank (spaces count as
   *   blank); blank rows below are not data;
   * rowCount =last-first+1; panelLast =top+count-1, the last row of the analysis sheet's panel.
   */
  | { firstRow: RangeRef }
  | { lastRow: RangeRef[] }
  | { rowCount: { first: RangeRef; last: RangeRef } }
  | { panelLast: { top: number; count: RangeRef } }
  /**
   * =IF(count=rows,ok,bad) where ok and bad are texts with the live cells in place of {first},
   * {last} and {count}: whether the table still has the rows the charts were drawn from.
   */
  | { rowsCheck: { first: RangeRef; last: RangeRef; count: RangeRef; rows: number; ok: string; bad: string } }
  /** =(a+b)/2 of two cells or numbers: a grade's midpoint from the cut-point settings. */
  | { mid: [RangeRef | number, RangeRef | number] }
  /** =-x of one cell: a pressure indicator's direction turned into its TOPSIS direction. */
  | { negate: RangeRef }
  /**
   * =SUMPRODUCT((groups=key)*(values>value))+1 (or =SUMPRODUCT(--(values>value))+1 without groups):
   * the rank of value among the values of its group, 1 = largest, ties share a rank. Groups are
   * years, compared as numbers with `=` (never COUNTIF/MATCH/*IFS, which read names as criteria).
   */
  | { rankWithin: { values: RangeRef; value: RangeRef; groups?: RangeRef; key?: RangeRef } }
  /** ok when every range sums to 1 (within 1e-9), else bad: a visible check. */
  | { sumCheck: { ranges: RangeRef[]; ok: string; bad: string } };

/** The RECC function ids of ../shared/method.md §3. */
export type ReccFunctionId =
  | "NORMALIZE"
  | "ENTROPY"
  | "ENTROPYWEIGHTS"
  | "AHP"
  | "AHPCR"
  | "AHPCONSISTENCY"
  | "COMBINEWEIGHTS"
  | "SUPPORT"
  | "PRESSURE"
  | "INDEX"
  | "GRADE"
  | "REGION"
  | "OBSTACLE"
  | "TOPOBSTACLES"
  | "GROUPSUM"
  | "CRITICWEIGHTS"
  | "TOPSIS"
  | "CCD"
  | "CCDLEVEL"
  | "AHPSUGGEST"
  | "AHPGROUP";

/** A literal string array is written as an Excel array constant {"a","b"} (one row). */
export type PlanArg = { ref: RangeRef } | { literal: number | string | readonly string[] };

export type BlockBody =
  /** Literal values filling the block. */
  | { kind: "values"; values: CellValue[][] }
  /** One CellSpec per cell of the block. */
  | { kind: "cells"; cells: CellSpec[][] }
  /** One spilling reference per column in the block's first row (the rest is the spill). */
  | { kind: "columnLinks"; columns: RangeRef[] }
  /**
   * One spilling checked link per column: each source cell as itself, or, where it is not a number
   * ("number") or is blank ("value"), a text naming the source cell ("not a number: 'Data'!G5").
   * Decided with ISNUMBER / ISBLANK on the source cells, so no blank reaches a RECC function as 0.
   */
  | { kind: "checkedLinks"; columns: RangeRef[]; expect: "number" | "value"; locale?: Locale }
  /** Per key cell (a column each): =MMULT(values,TRANSPOSE(--(TRIM(groups)=TRIM(key)))), the row sums of a group's columns. */
  | { kind: "groupColumns"; values: RangeRef; groups: RangeRef; keys: RangeRef[] }
  /** One spilling =RECC.<fn>(args) in the block's top-left cell. */
  | { kind: "spill"; fn: ReccFunctionId; args: PlanArg[] };

/** A write the taskpane performs: range.formulas = formulas (values are written as themselves). */
export interface CellWrite {
  sheet: string;
  address: string;
  formulas: (string | number | boolean)[][];
}

export interface PlanBlock {
  /** Stable id, e.g. "weights.entropy.support", "panel.S". */
  id: string;
  sheet: string;
  title: string;
  /** Block output rectangle (the values the block holds or spills). */
  rect: Rect;
  address: string;
  /** Column labels written in the row above the block (may be absent). */
  header?: CellValue[];
  /** When given, the header cells are links to these cells (=ref), e.g. to the editable subsystem names; `header` holds their values at build time. */
  headerLinks?: RangeRef[];
  /** Cell of the title (above the header when present). */
  titleCell?: string;
  body: BlockBody;
  /** Cells the user may edit (unqualified addresses on `sheet`), e.g. directions. */
  editable?: string[];
  /** The writes that create this block (title, header, body), in order. */
  writes: CellWrite[];
}

export type SeriesStyle = "markers" | "dashedSmooth" | "line" | "boldLine" | "bars";

export interface ChartSeriesSpec {
  name: string;
  /** X values (scatter) — a qualified range. */
  x?: string;
  /** Y values — a qualified range. */
  y: string;
  style: SeriesStyle;
  /** Resolved ranges for evaluation. */
  xRef?: RangeRef;
  yRef: RangeRef;
}

export interface ChartAnnotation {
  text: string;
  x: number;
  y: number;
  kind: "grade" | "region";
}

export interface ChartSpec {
  id: "coupling" | "trend.C" | "trend.S" | "trend.P" | "trend.D" | "weights" | "obstacles";
  type: "xyScatter" | "line" | "bar";
  title: string;
  /** Where the chart sits (cells on `sheet`). */
  sheet: string;
  topLeft: string;
  bottomRight: string;
  xAxis: { title: string; min?: number; max?: number };
  yAxis: { title: string; min?: number; max?: number };
  /** Category labels (line and bar charts) — a qualified range. */
  categories?: string;
  categoriesRef?: RangeRef;
  /** Series order: data first, then reference curves and grid. */
  series: ChartSeriesSpec[];
  /** Text drawn on the chart (grade labels I–IX, region names); needs ExcelApi 1.8 data labels or text boxes. */
  annotations?: ChartAnnotation[];
  /** Coupling chart: how the data series are split. */
  seriesBy?: "area" | "year";
}

export interface AnalysisPlan {
  version: 1;
  sheet: string;
  helperSheet: string;
  source: SourceTable;
  config: ResolvedConfig;
  /** Indicators in layout order (support first, then pressure). */
  indicators: IndicatorConfig[];
  subsystems: Record<IndicatorRole, string[]>;
  /** Blocks in dependency order (a block only refers to blocks before it and to the source). */
  blocks: PlanBlock[];
  charts: ChartSpec[];
  /** Things the user should know (e.g. charts left out because area names were not given). */
  notes: string[];
  /** The language of the sheet's words (PlanOptions.locale). */
  locale: Locale;
}

export interface PlanOptions {
  sheet?: string;
  helperSheet?: string;
  /** Language of the sheet's titles, headers, labels and charts (default English); users' names are never translated. */
  locale?: Locale;
}

/** Thrown by buildAnalysisPlan when the configuration does not fit the table. */
export class PlanError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("; "));
    this.name = "PlanError";
  }
}

/** A quoted absolute reference to a rectangle on a sheet. */
export function ref(sheet: string, rect: Rect): RangeRef {
  return { sheet, rect, address: qualified(sheet, rect) };
}

/**
 * A column range that follows the live table (issue 8 item 4): the same rectangle as built (`rect`,
 * which the headless evaluator reads), with an address whose rows come from helper cells. Excel
 * reads `INDEX(col,n)` as a reference to the n-th cell of col, and `ref:INDEX(...)` or
 * `INDEX(...):INDEX(...)` as the range between them (non-volatile, unlike OFFSET/INDIRECT).
 * @param first the fixed first row (the panel's spill anchors) or a cell holding the 1-based first row.
 * @param last a cell holding the 1-based last row.
 */
export function growingRef(r: RangeRef, first: "fixed" | RangeRef, last: RangeRef): RangeRef {
  const lastCol = r.rect.col + r.rect.cols - 1;
  const column = (c: number) => `${sheetPrefix(r.sheet)}$${columnLetters(c)}:$${columnLetters(c)}`;
  const start = first === "fixed" ? qualified(r.sheet, { ...r.rect, rows: 1, cols: 1 }) : `INDEX(${column(r.rect.col)},${first.address})`;
  return { ...r, address: `${start}:INDEX(${column(lastCol)},${last.address})` };
}

/** TRIM(x) = TRIM(key) over a range: Excel's `=` on text (case-insensitive, no wildcards). */
function sameName(range: RangeRef, key: RangeRef): string {
  return `(TRIM(${range.address})=TRIM(${key.address}))`;
}

/** Formula text of a CellSpec. */
export function cellFormula(c: CellSpec): string | number | boolean {
  if ("v" in c) return typeof c.v === "string" ? escapeText(c.v) : c.v;
  if ("ref" in c) return `=${c.ref.address}`;
  if ("recip" in c) {
    const x = c.recip.address;
    return `=IFERROR(IF(ISTEXT(${x}),IFERROR(MID(${x},FIND("/",${x})+1,99)/LEFT(${x},FIND("/",${x})-1),1/${x}),1/${x}),"")`;
  }
  if ("average" in c) return `=AVERAGE(${c.average.address})`;
  if ("max" in c) return `=MAX(${c.max.address})`;
  if ("meanWhere" in c) {
    const { values, criteria, key } = c.meanWhere;
    return `=SUMPRODUCT((${criteria.address}=${key.address})*${values.address})/SUMPRODUCT(--(${criteria.address}=${key.address}))`;
  }
  if ("groupSum" in c) return `=SUMPRODUCT(${sameName(c.groupSum.groups, c.groupSum.key)}*${c.groupSum.values.address})`;
  if ("firstRow" in c) return `=ROW(${c.firstRow.address})+1`;
  if ("lastRow" in c) {
    const w = c.lastRow;
    // A cell of spaces is blank here too, as the pane's table reader trims it.
    const filled = w.length === 1 ? `(LEN(TRIM(${w[0].address}))>0)` : `((${w.map((r) => `LEN(TRIM(${r.address}))`).join("+")})>0)`;
    return `=SUMPRODUCT(MAX(${filled}*ROW(${w[0].address})))`;
  }
  if ("rowCount" in c) return `=${c.rowCount.last.address}-${c.rowCount.first.address}+1`;
  if ("panelLast" in c) return `=${c.panelLast.top}+${c.panelLast.count.address}-1`;
  if ("rowsCheck" in c) {
    const r = c.rowsCheck;
    const live = { first: r.first.address, last: r.last.address, count: r.count.address };
    return `=IF(${r.count.address}=${r.rows},${templateFormula(r.ok, live)},${templateFormula(r.bad, live)})`;
  }
  if ("mid" in c) {
    const [a, b] = c.mid.map((x) => (typeof x === "number" ? String(x) : x.address));
    return `=(${a}+${b})/2`;
  }
  if ("negate" in c) return `=-${c.negate.address}`;
  if ("rankWithin" in c) {
    const { values, value, groups, key } = c.rankWithin;
    const greater = `(${values.address}>${value.address})`;
    return groups && key ? `=SUMPRODUCT((${groups.address}=${key.address})*${greater})+1` : `=SUMPRODUCT(--${greater})+1`;
  }
  if ("sumCheck" in c) {
    const tests = c.sumCheck.ranges.map((r) => `ABS(SUM(${r.address})-1)<0.000000001`).join(",");
    return `=IF(AND(${tests}),${textLiteral(c.sumCheck.ok)},${textLiteral(c.sumCheck.bad)})`;
  }
  const s = c.share;
  const hit = sameName(s.labels, s.key);
  return `=IF(SUMPRODUCT(--${hit})<>1,NA(),SUMPRODUCT(${hit}*${s.weights.address})/SUMPRODUCT(--${sameName(s.groups, s.key)}))`;
}

/**
 * A text with live cells in it as a formula expression: `{name}` placeholders become the cells of
 * `cells` joined with & ("rows "&$B$5&"–"&$D$5); other text stays literal.
 */
export function templateFormula(template: string, cells: Readonly<Record<string, string>>): string {
  const parts = template.split(/\{([A-Za-z]+)\}/);
  const out: string[] = [];
  parts.forEach((p, i) => {
    if (i % 2 === 1) out.push(p in cells ? cells[p] : textLiteral(`{${p}}`));
    else if (p !== "") out.push(textLiteral(p));
  });
  return out.length ? out.join("&") : '""';
}

/** A text as a formula string literal ("a ""b"""). */
export function textLiteral(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** The text a checked link shows for a bad source cell, e.g. "not a number: 'Data'!G" (the row number follows). */
export function checkPrefix(expect: "number" | "value", column: RangeRef, locale: Locale = "en"): string {
  return `${sheetText(expect === "number" ? "check.notNumber" : "check.blank", locale)}: ${sheetPrefix(column.sheet)}${columnLetters(column.rect.col)}`;
}

/** Formula text of a checked link (see BlockBody "checkedLinks"). */
export function checkedLinkFormula(expect: "number" | "value", column: RangeRef, locale: Locale = "en"): string {
  const a = column.address;
  const where = `${textLiteral(checkPrefix(expect, column, locale))}&ROW(${a})`;
  return expect === "number" ? `=IF(ISNUMBER(${a}),${a},${where})` : `=IF(ISBLANK(${a}),${where},${a})`;
}

/** Formula text of one column of a "groupColumns" block. */
export function groupColumnFormula(values: RangeRef, groups: RangeRef, key: RangeRef): string {
  return `=MMULT(${values.address},TRANSPOSE(--${sameName(groups, key)}))`;
}

/** Formula text of a spilling RECC call. */
export function spillFormula(fn: ReccFunctionId, args: PlanArg[]): string {
  const parts = args.map((a) => {
    if ("ref" in a) return a.ref.address;
    const l = a.literal;
    return typeof l === "number" ? String(l) : typeof l === "string" ? textLiteral(l) : `{${l.map(textLiteral).join(",")}}`;
  });
  return `=RECC.${fn}(${parts.join(",")})`;
}

