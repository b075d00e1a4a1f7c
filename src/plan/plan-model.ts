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
   * =IF(AND(ROWS(linked)=rows,COUNTA(below)=0),ok,bad): the table still has the rows the analysis
   * was built for (a row inserted inside grows `linked`, rows appended fill `below`).
   */
  | { tableCheck: { linked: RangeRef; below: RangeRef; rows: number; ok: string; bad: string } }
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

/** TRIM(x) = TRIM(key) over a range: Excel's `=` on text (case-insensitive, no wildcards). */
function sameName(range: RangeRef, key: RangeRef): string {
  return `(TRIM(${range.address})=TRIM(${key.address}))`;
}

/** Formula text of a CellSpec. */
export function cellFormula(c: CellSpec): string | number | boolean {
  if ("v" in c) return typeof c.v === "string" ? escapeText(c.v) : c.v;
  if ("ref" in c) return `=${c.ref.address}`;
  if ("recip" in c) return `=1/${c.recip.address}`;
  if ("average" in c) return `=AVERAGE(${c.average.address})`;
  if ("max" in c) return `=MAX(${c.max.address})`;
  if ("meanWhere" in c) {
    const { values, criteria, key } = c.meanWhere;
    return `=SUMPRODUCT((${criteria.address}=${key.address})*${values.address})/SUMPRODUCT(--(${criteria.address}=${key.address}))`;
  }
  if ("groupSum" in c) return `=SUMPRODUCT(${sameName(c.groupSum.groups, c.groupSum.key)}*${c.groupSum.values.address})`;
  if ("tableCheck" in c) {
    const t = c.tableCheck;
    return `=IF(AND(ROWS(${t.linked.address})=${t.rows},COUNTA(${t.below.address})=0),${textLiteral(t.ok)},${textLiteral(t.bad)})`;
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

