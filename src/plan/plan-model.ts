/**
 * The analysis plan's data model: blocks (where a table goes and which formula computes it), chart
 * specs, and the formula text of a block's cells. Shared by the plan builders (src/plan/steps), the
 * taskpane writer and the headless evaluator.
 */
import { escapeText, qualified, type Rect } from "./a1";
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

/** One cell of a "cells" block: a literal or an ordinary (non-RECC) Excel formula, as data. */
export type CellSpec =
  | { v: CellValue }
  | { ref: RangeRef }
  | { recip: RangeRef }
  | { average: RangeRef }
  | { max: RangeRef }
  | { averageIfs: { values: RangeRef; criteria: RangeRef; key: RangeRef } }
  /** =INDEX(weights, MATCH(key, labels, 0)) / COUNTIF(groups, key): a group's weight split equally. */
  | { share: { weights: RangeRef; labels: RangeRef; key: RangeRef; groups: RangeRef } };

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
  | "GROUPSUM";

export type PlanArg = { ref: RangeRef } | { literal: number | string };

export type BlockBody =
  /** Literal values filling the block. */
  | { kind: "values"; values: CellValue[][] }
  /** One CellSpec per cell of the block. */
  | { kind: "cells"; cells: CellSpec[][] }
  /** One spilling reference per column in the block's first row (the rest is the spill). */
  | { kind: "columnLinks"; columns: RangeRef[] }
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
  id: "coupling" | "trend.C" | "trend.S" | "trend.P" | "weights" | "obstacles";
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
}

export interface PlanOptions {
  sheet?: string;
  helperSheet?: string;
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

/** Formula text of a CellSpec. */
export function cellFormula(c: CellSpec): string | number | boolean {
  if ("v" in c) return typeof c.v === "string" ? escapeText(c.v) : c.v;
  if ("ref" in c) return `=${c.ref.address}`;
  if ("recip" in c) return `=1/${c.recip.address}`;
  if ("average" in c) return `=AVERAGE(${c.average.address})`;
  if ("max" in c) return `=MAX(${c.max.address})`;
  if ("averageIfs" in c) return `=AVERAGEIFS(${c.averageIfs.values.address},${c.averageIfs.criteria.address},${c.averageIfs.key.address})`;
  const s = c.share;
  return `=INDEX(${s.weights.address},MATCH(${s.key.address},${s.labels.address},0))/COUNTIF(${s.groups.address},${s.key.address})`;
}

/** Formula text of a spilling RECC call. */
export function spillFormula(fn: ReccFunctionId, args: PlanArg[]): string {
  const parts = args.map((a) => ("ref" in a ? a.ref.address : typeof a.literal === "number" ? String(a.literal) : `"${a.literal.replace(/"/g, '""')}"`));
  return `=RECC.${fn}(${parts.join(",")})`;
}

