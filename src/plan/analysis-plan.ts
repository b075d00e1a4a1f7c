/**
 * The analysis plan: where every table of a RECC analysis goes on the analysis sheet, which live
 * formula computes it, and the chart specs — as plain data, shared by the taskpane wizard (writes it
 * through Office.js) and the headless runner (evaluates it with src/core, see evaluate-plan.ts).
 *
 * Layout of the analysis sheet (default name "RECC analysis"), top to bottom:
 *   settings (editable values: entropy shift, grade cuts, k, AHP/combination options)
 *   indicators (editable rows: label, system, direction, subsystem; support first, then pressure)
 *   AHP grids per system (when AHP is used): judgements, =1/x below the diagonal, RECC.AHP, RECC.AHPCONSISTENCY
 *   weights rows (entropy, AHP, combined; one spill per system side by side) and subsystem weights
 *   charts area (chart specs give their cell positions)
 *   panel: keys | support data | pressure data | normalized | S P C grade region | obstacles | top-k | subsystem obstacles
 * Indicator columns need not be contiguous in the user's table: the "data" blocks link each column
 * with one spilling reference (='Data'!$C$2:$C$49), which then feeds RECC.NORMALIZE. No
 * Excel-365-only worksheet functions are used (only INDEX, MATCH, COUNTIF, AVERAGE, AVERAGEIFS, MAX).
 * Chart helper cells (reference curves, grade grid, pivots for trends) go on a helper sheet.
 */
import { escapeText, parseCell, qualified, rectAddress, sheetNameProblem, type Rect } from "./a1";
import { subsystemsOf, type IndicatorConfig, type IndicatorRole, type ResolvedConfig } from "./analysis-config";

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

const CURVE_STEPS = 20;
const CHART_ROWS = 16;
const CHART_COLS = 8;

function ref(sheet: string, rect: Rect): RangeRef {
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

/**
 * Builds the analysis plan for a configuration and the user's table.
 *
 * @param config a validated configuration (validateAnalysisConfig).
 * @param source the user's table: sheet, header cell, header labels, row count (and area/year values for charts).
 * @returns blocks with absolute A1 addresses, their writes, and chart specs.
 * @throws PlanError listing every problem (a column not found, fewer than 2 rows, a sheet name clash).
 */
export function buildAnalysisPlan(config: ResolvedConfig, source: SourceTable, options: PlanOptions = {}): AnalysisPlan {
  const sheet = options.sheet ?? "RECC analysis";
  const helperSheet = options.helperSheet ?? "RECC chart data";
  const problems: string[] = [];
  for (const s of [sheet, helperSheet, source.sheet]) {
    const p = sheetNameProblem(s);
    if (p) problems.push(p);
  }
  if (source.sheet === sheet || source.sheet === helperSheet) problems.push(`the table's sheet '${source.sheet}' has the name of a sheet the analysis writes`);
  const n = source.rowCount;
  if (!Number.isInteger(n) || n < 2) problems.push(`the table has ${n} data rows; the method needs at least 2`);
  let header = { row: 0, col: 0 };
  try {
    header = parseCell(source.headerCell);
  } catch (e) {
    problems.push((e as Error).message);
  }
  const labels = source.headers.map((h) => String(h ?? "").trim());
  const columnOf = (name: string, what: string): number => {
    const j = labels.indexOf(name.trim());
    if (j < 0) problems.push(`${what} '${name}' is not a header of the table (headers: ${labels.join(", ")})`);
    return j;
  };
  const areaIdx = columnOf(config.areaColumn, "areaColumn");
  const yearIdx = config.yearColumn ? columnOf(config.yearColumn, "yearColumn") : -1;
  const ordered = [...config.indicators.filter((x) => x.role === "support"), ...config.indicators.filter((x) => x.role === "pressure")];
  const indIdx = ordered.map((ind) => columnOf(ind.name, `indicator`));
  if (source.areas && source.areas.length !== n) problems.push(`areas has ${source.areas.length} values for ${n} rows`);
  if (source.years && source.years.length !== n) problems.push(`years has ${source.years.length} values for ${n} rows`);
  if (problems.length > 0) throw new PlanError(problems);

  const srcColumn = (j: number): RangeRef => ref(source.sheet, { row: header.row + 1, col: header.col + j, rows: n, cols: 1 });
  const ms = ordered.filter((x) => x.role === "support").length;
  const mp = ordered.length - ms;
  const m = ms + mp;
  const subsystems = { support: subsystemsOf(ordered, "support"), pressure: subsystemsOf(ordered, "pressure") };
  const w = config.weighting;
  const usesAhp = w.method === "ahp" || w.method === "combined";
  const blocks: PlanBlock[] = [];
  const notes: string[] = [];

  const addBlock = (b: Omit<PlanBlock, "address" | "writes">): PlanBlock => {
    const block: PlanBlock = { ...b, address: rectAddress(b.rect), writes: [] };
    const { rect } = b;
    if (b.titleCell) block.writes.push({ sheet: b.sheet, address: b.titleCell, formulas: [[escapeText(b.title)]] });
    if (b.header) {
      block.writes.push({
        sheet: b.sheet,
        address: rectAddress({ row: rect.row - 1, col: rect.col, rows: 1, cols: b.header.length }),
        formulas: [b.header.map((h) => (typeof h === "string" ? escapeText(h) : h))],
      });
    }
    const body = b.body;
    if (body.kind === "values") {
      block.writes.push({ sheet: b.sheet, address: block.address, formulas: body.values.map((r) => r.map((v) => (typeof v === "string" ? escapeText(v) : v))) });
    } else if (body.kind === "cells") {
      block.writes.push({ sheet: b.sheet, address: block.address, formulas: body.cells.map((r) => r.map(cellFormula)) });
    } else if (body.kind === "columnLinks") {
      block.writes.push({
        sheet: b.sheet,
        address: rectAddress({ row: rect.row, col: rect.col, rows: 1, cols: rect.cols }),
        formulas: [body.columns.map((c) => `=${c.address}`)],
      });
    } else {
      block.writes.push({ sheet: b.sheet, address: rectAddress({ row: rect.row, col: rect.col, rows: 1, cols: 1 }), formulas: [[spillFormula(body.fn, body.args)]] });
    }
    blocks.push(block);
    return block;
  };
  const at = (row: number, col: number, rows: number, cols: number): Rect => ({ row, col, rows, cols });
  const r = (rect: Rect, s = sheet): RangeRef => ref(s, rect);

  // --- title
  addBlock({
    id: "title",
    sheet,
    title: "RECC analysis",
    rect: at(0, 0, 2, 1),
    body: {
      kind: "values",
      values: [
        [`RECC analysis of ${qualified(source.sheet, { row: header.row, col: header.col, rows: n + 1, cols: labels.length })}`],
        ["Yellow cells are settings you may edit; every other table is a live RECC.* formula. Built by RECC for Excel."],
      ],
    },
  });

  // --- settings
  let row = 3;
  const settingRows: [string, string, CellValue][] = [
    ["shift", "Entropy shift s", w.entropyShift],
    ["low", "Grade cut low", config.grades.low],
    ["high", "Grade cut high", config.grades.high],
    ["k", "Top obstacles k", config.topK],
  ];
  if (usesAhp) {
    settingRows.push(["ahpMethod", "AHP method", w.ahp.method], ["ri", "AHP RI table", w.ahp.ri]);
  }
  if (w.method === "combined") settingRows.push(["combine", "Combination", w.combine.method], ["alpha", "Alpha (linear)", w.combine.alpha]);
  const settingsBlock = addBlock({
    id: "settings",
    sheet,
    title: "Settings",
    titleCell: rectAddress(at(row, 0, 1, 1)),
    rect: at(row + 1, 0, settingRows.length, 2),
    body: { kind: "values", values: settingRows.map(([, label, v]) => [label, v]) },
    editable: settingRows.map((_, i) => rectAddress(at(row + 1 + i, 1, 1, 1))),
  });
  const setting = (key: string): RangeRef => {
    const i = settingRows.findIndex((s) => s[0] === key);
    return r(at(settingsBlock.rect.row + i, 1, 1, 1));
  };
  row = settingsBlock.rect.row + settingRows.length + 1;

  // --- indicators (rows: label, system, direction, subsystem)
  const indBlock = addBlock({
    id: "indicators",
    sheet,
    title: "Indicators (edit directions and subsystems here)",
    titleCell: rectAddress(at(row, 0, 1, 1)),
    rect: at(row + 1, 0, 4, m + 1),
    body: {
      kind: "values",
      values: [
        ["Indicator", ...ordered.map((x) => x.name)],
        ["System", ...ordered.map((x) => x.role)],
        ["Direction", ...ordered.map((x) => x.direction)],
        ["Subsystem", ...ordered.map((x) => x.subsystem)],
      ],
    },
    editable: [rectAddress(at(row + 2 + 1, 1, 2, m))],
  });
  const indRow = (k: number, role: IndicatorRole): RangeRef =>
    r(at(indBlock.rect.row + k, role === "support" ? 1 : 1 + ms, 1, role === "support" ? ms : mp));
  const labelsRow = (role: IndicatorRole) => indRow(0, role);
  const dirRow = (role: IndicatorRole) => indRow(2, role);
  const subRow = (role: IndicatorRole) => indRow(3, role);
  row = indBlock.rect.row + 5;

  // --- AHP grids
  const ahpCol: Partial<Record<IndicatorRole, RangeRef>> = {};
  const ahpLabels: Partial<Record<IndicatorRole, RangeRef>> = {};
  if (usesAhp) {
    for (const role of ["support", "pressure"] as const) {
      const items = w.ahp.level === "subsystem" ? subsystems[role] : ordered.filter((x) => x.role === role).map((x) => x.name);
      const g = items.length;
      const jm = w.ahp.matrices[role];
      const titleRow = row;
      const gridRect = at(row + 2, 1, g, g);
      addBlock({
        id: `ahp.labels.${role}`,
        sheet,
        title: `AHP comparison of the ${role} ${w.ahp.level === "subsystem" ? "subsystems" : "indicators"} (row vs column; edit the upper triangle)`,
        titleCell: rectAddress(at(titleRow, 0, 1, 1)),
        rect: at(row + 2, 0, g, 1),
        body: { kind: "values", values: items.map((x) => [x]) },
      });
      ahpLabels[role] = r(at(row + 2, 0, g, 1));
      const cells: CellSpec[][] = [];
      for (let i = 0; i < g; i++) {
        const rowCells: CellSpec[] = [];
        for (let j = 0; j < g; j++) {
          if (j >= i) rowCells.push({ v: i === j ? 1 : (jm[i][j] as number) });
          else rowCells.push({ recip: r(at(gridRect.row + j, gridRect.col + i, 1, 1)) });
        }
        cells.push(rowCells);
      }
      const grid = addBlock({
        id: `ahp.grid.${role}`,
        sheet,
        title: "comparison grid",
        header: items,
        rect: gridRect,
        body: { kind: "cells", cells },
        editable: items.length > 1 ? items.slice(0, -1).map((_, i) => rectAddress(at(gridRect.row + i, gridRect.col + i + 1, 1, g - i - 1))) : [],
      });
      const weightsBlock = addBlock({
        id: `ahp.weights.${role}`,
        sheet,
        title: "AHP weight",
        header: ["AHP weight"],
        rect: at(gridRect.row, 1 + g + 1, g, 1),
        body: { kind: "spill", fn: "AHP", args: [{ ref: r(grid.rect) }, { ref: setting("ahpMethod") }] },
      });
      ahpCol[role] = r(weightsBlock.rect);
      addBlock({
        id: `ahp.consistency.${role}`,
        sheet,
        title: "Consistency",
        header: ["Consistency", ""],
        rect: at(gridRect.row, 1 + g + 3, 5, 2),
        body: { kind: "spill", fn: "AHPCONSISTENCY", args: [{ ref: r(grid.rect) }, { ref: setting("ri") }] },
      });
      row = gridRect.row + Math.max(g, 5) + 1;
    }
  }

  // --- weights
  const weightRows: string[] = ["Entropy weight"];
  if (usesAhp) weightRows.push("AHP weight");
  if (w.method === "combined") weightRows.push("Combined weight");
  const weightsTop = row + 1;
  addBlock({
    id: "weights.labels",
    sheet,
    title: `Weights per system (each system sums to 1; used: ${w.method === "entropy" ? "entropy" : w.method === "ahp" ? "AHP" : "combined"})`,
    titleCell: rectAddress(at(row, 0, 1, 1)),
    rect: at(weightsTop, 0, weightRows.length, 1),
    body: { kind: "values", values: weightRows.map((x) => [x]) },
  });
  const finalWeights: Partial<Record<IndicatorRole, RangeRef>> = {};
  const pendingWeights: PendingWeights[] = [];
  for (const role of ["support", "pressure"] as const) {
    const col = role === "support" ? 1 : 1 + ms;
    const cols = role === "support" ? ms : mp;
    let k = 0;
    const entropyRect = at(weightsTop + k++, col, 1, cols);
    finalWeights[role] = r(entropyRect);
    let ahpRowRef: RangeRef | undefined;
    if (usesAhp) {
      const rect = at(weightsTop + k++, col, 1, cols);
      ahpRowRef = r(rect);
      if (w.method === "ahp") finalWeights[role] = ahpRowRef;
    }
    if (w.method === "combined") {
      finalWeights[role] = r(at(weightsTop + k++, col, 1, cols));
    }
    // The entropy, AHP and combined blocks are added after the data blocks exist (see below).
    pendingWeights.push({ role, entropyRect, ahpRow: ahpRowRef, combinedRow: w.method === "combined" ? finalWeights[role] : undefined });
  }
  row = weightsTop + weightRows.length + 1;

  // Subsystem weights rows (added after the weights).
  const subTitleRow = row;
  const subRectOf = (role: IndicatorRole): Rect =>
    at(subTitleRow + 2, role === "support" ? 1 : 1 + subsystems.support.length + 1, 1, subsystems[role].length);
  row = subTitleRow + 4;

  // --- charts area: 2 charts per row band, CHART_ROWS tall.
  const chartTop = row;
  const chartSlots = 6;
  const chartBands = Math.ceil(chartSlots / 2);
  row = chartTop + chartBands * (CHART_ROWS + 1) + 1;

  // --- panel
  const panelTitle = row;
  const top = row + 2;
  let col = 0;
  const keyCols = [areaIdx, ...(yearIdx >= 0 ? [yearIdx] : [])];
  const keys = addBlock({
    id: "panel.keys",
    sheet,
    title: "Keys",
    titleCell: rectAddress(at(panelTitle, col, 1, 1)),
    header: keyCols.map((j) => labels[j]),
    rect: at(top, col, n, keyCols.length),
    body: { kind: "columnLinks", columns: keyCols.map(srcColumn) },
  });
  col += keyCols.length + 1;
  const dataBlock: Partial<Record<IndicatorRole, PlanBlock>> = {};
  for (const role of ["support", "pressure"] as const) {
    const inds = ordered.map((x, j) => ({ x, j })).filter((e) => e.x.role === role);
    dataBlock[role] = addBlock({
      id: `panel.data.${role}`,
      sheet,
      title: `${cap(role)} data (linked)`,
      titleCell: rectAddress(at(panelTitle, col, 1, 1)),
      header: inds.map((e) => e.x.name),
      rect: at(top, col, n, inds.length),
      body: { kind: "columnLinks", columns: inds.map((e) => srcColumn(indIdx[e.j])) },
    });
    col += inds.length + 1;
  }

  // Weights blocks now that the data blocks exist.
  for (const p of pendingWeights) {
    const role = p.role;
    const data = r(dataBlock[role]!.rect);
    addBlock({
      id: `weights.entropy.${role}`,
      sheet,
      title: "Entropy weight",
      rect: p.entropyRect,
      body: { kind: "spill", fn: "ENTROPYWEIGHTS", args: [{ ref: data }, { ref: dirRow(role) }, { ref: setting("shift") }] },
    });
    if (p.ahpRow) {
      const key = w.ahp.level === "subsystem" ? subRow(role) : labelsRow(role);
      const cells: CellSpec[][] = [
        Array.from({ length: p.ahpRow.rect.cols }, (_, j) => ({
          share: {
            weights: ahpCol[role]!,
            labels: ahpLabels[role]!,
            key: r(at(key.rect.row, key.rect.col + j, 1, 1)),
            groups: key,
          },
        })),
      ];
      addBlock({ id: `weights.ahp.${role}`, sheet, title: "AHP weight", rect: p.ahpRow.rect, body: { kind: "cells", cells } });
    }
    if (p.combinedRow && p.ahpRow) {
      addBlock({
        id: `weights.combined.${role}`,
        sheet,
        title: "Combined weight",
        rect: p.combinedRow.rect,
        body: {
          kind: "spill",
          fn: "COMBINEWEIGHTS",
          args: [{ ref: p.ahpRow }, { ref: r(p.entropyRect) }, { ref: setting("combine") }, { ref: setting("alpha") }],
        },
      });
    }
  }
  for (const role of ["support", "pressure"] as const) {
    addBlock({
      id: `weights.subsystem.${role}`,
      sheet,
      title: role === "support" ? "Subsystem weights (sum of the indicator weights used)" : "",
      titleCell: role === "support" ? rectAddress(at(subTitleRow, 0, 1, 1)) : undefined,
      header: subsystems[role],
      rect: subRectOf(role),
      body: { kind: "spill", fn: "GROUPSUM", args: [{ ref: finalWeights[role]! }, { ref: subRow(role) }] },
    });
  }

  const norm: Partial<Record<IndicatorRole, PlanBlock>> = {};
  for (const role of ["support", "pressure"] as const) {
    const d = dataBlock[role]!;
    norm[role] = addBlock({
      id: `panel.normalized.${role}`,
      sheet,
      title: `${cap(role)} normalized`,
      titleCell: rectAddress(at(panelTitle, col, 1, 1)),
      header: d.header,
      rect: at(top, col, n, d.rect.cols),
      body: { kind: "spill", fn: "NORMALIZE", args: [{ ref: r(d.rect) }, { ref: dirRow(role) }] },
    });
    col += d.rect.cols + 1;
  }
  const one = (c: number): Rect => at(top, c, n, 1);
  const sBlock = addBlock({
    id: "panel.S",
    sheet,
    title: "Indices",
    titleCell: rectAddress(at(panelTitle, col, 1, 1)),
    header: ["S"],
    rect: one(col),
    body: { kind: "spill", fn: "SUPPORT", args: [{ ref: r(norm.support!.rect) }, { ref: finalWeights.support! }] },
  });
  const pBlock = addBlock({
    id: "panel.P",
    sheet,
    title: "P",
    header: ["P"],
    rect: one(col + 1),
    body: { kind: "spill", fn: "PRESSURE", args: [{ ref: r(norm.pressure!.rect) }, { ref: finalWeights.pressure! }] },
  });
  const S = r(sBlock.rect);
  const P = r(pBlock.rect);
  const cBlock = addBlock({ id: "panel.C", sheet, title: "C", header: ["C"], rect: one(col + 2), body: { kind: "spill", fn: "INDEX", args: [{ ref: P }, { ref: S }] } });
  addBlock({
    id: "panel.grade",
    sheet,
    title: "Grade",
    header: ["Grade"],
    rect: one(col + 3),
    body: { kind: "spill", fn: "GRADE", args: [{ ref: S }, { ref: P }, { ref: setting("low") }, { ref: setting("high") }] },
  });
  addBlock({ id: "panel.region", sheet, title: "Region", header: ["Region"], rect: one(col + 4), body: { kind: "spill", fn: "REGION", args: [{ ref: S }, { ref: P }] } });
  col += 6;
  const obst = addBlock({
    id: "panel.obstacles",
    sheet,
    title: "Obstacle degrees (support)",
    titleCell: rectAddress(at(panelTitle, col, 1, 1)),
    header: dataBlock.support!.header,
    rect: at(top, col, n, ms),
    body: { kind: "spill", fn: "OBSTACLE", args: [{ ref: r(norm.support!.rect) }, { ref: finalWeights.support! }] },
  });
  col += ms + 1;
  addBlock({
    id: "panel.topObstacles",
    sheet,
    title: `Top ${config.topK} obstacles`,
    titleCell: rectAddress(at(panelTitle, col, 1, 1)),
    header: Array.from({ length: config.topK }, (_, i) => `#${i + 1}`),
    rect: at(top, col, n, config.topK),
    body: { kind: "spill", fn: "TOPOBSTACLES", args: [{ ref: r(obst.rect) }, { ref: labelsRow("support") }, { ref: setting("k") }] },
  });
  col += config.topK + 1;
  addBlock({
    id: "panel.subsystemObstacles",
    sheet,
    title: "Subsystem obstacle degrees",
    titleCell: rectAddress(at(panelTitle, col, 1, 1)),
    header: subsystems.support,
    rect: at(top, col, n, subsystems.support.length),
    body: { kind: "spill", fn: "GROUPSUM", args: [{ ref: r(obst.rect) }, { ref: subRow("support") }] },
  });
  addBlock({
    id: "panel.title",
    sheet,
    title: "Panel",
    rect: at(panelTitle - 1, 0, 1, 1),
    body: { kind: "values", values: [["Results per row of the table (one area in one year)"]] },
  });

  // --- helper sheet and charts
  const charts = buildCharts({
    plan: { sheet, helperSheet, config, n, areas: source.areas, years: source.years },
    S,
    P,
    C: r(cBlock.rect),
    keys,
    obstacles: obst,
    labelsSupport: labelsRow("support"),
    weightsRowAll: { support: finalWeights.support!, pressure: finalWeights.pressure! },
    indicatorLabelsAll: r(at(indBlock.rect.row, 1, 1, m)),
    setting,
    addBlock,
    chartTop,
    notes,
  });

  return { version: 1, sheet, helperSheet, source, config, indicators: ordered, subsystems, blocks, charts, notes };
}

/** Weight rows whose blocks are added once the data blocks they read exist. */
interface PendingWeights {
  role: IndicatorRole;
  entropyRect: Rect;
  ahpRow?: RangeRef;
  combinedRow?: RangeRef;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

interface ChartContext {
  plan: { sheet: string; helperSheet: string; config: ResolvedConfig; n: number; areas?: string[]; years?: number[] };
  S: RangeRef;
  P: RangeRef;
  C: RangeRef;
  keys: PlanBlock;
  obstacles: PlanBlock;
  labelsSupport: RangeRef;
  weightsRowAll: Record<IndicatorRole, RangeRef>;
  indicatorLabelsAll: RangeRef;
  setting: (key: string) => RangeRef;
  addBlock: (b: Omit<PlanBlock, "address" | "writes">) => PlanBlock;
  chartTop: number;
  notes: string[];
}

/** Reference curves, grade grid, region anchors, coupling series, trend pivots and obstacle means on the helper sheet. */
function buildCharts(ctx: ChartContext): ChartSpec[] {
  const { plan, addBlock } = ctx;
  const hs = plan.helperSheet;
  const at = (row: number, col: number, rows: number, cols: number): Rect => ({ row, col, rows, cols });
  const h = (rect: Rect): RangeRef => ref(hs, rect);
  const a = (rect: Rect): RangeRef => ref(plan.sheet, rect);
  const { low, high } = plan.config.grades;
  const slot = (i: number) => {
    const row = ctx.chartTop + Math.floor(i / 2) * (CHART_ROWS + 1);
    const col = (i % 2) * (CHART_COLS + 1);
    return { topLeft: rectAddress(at(row, col, 1, 1)), bottomRight: rectAddress(at(row + CHART_ROWS - 1, col + CHART_COLS - 1, 1, 1)) };
  };
  addBlock({
    id: "helper.title",
    sheet: hs,
    title: "RECC chart data",
    rect: at(0, 0, 1, 1),
    body: { kind: "values", values: [["Helper cells for the RECC charts (written by RECC for Excel; rebuilt with the analysis)"]] },
  });
  // Reference curves y = x, x², √x on x = 0, 0.05, …, 1.
  const curveRows: number[][] = [];
  for (let i = 0; i <= CURVE_STEPS; i++) {
    const x = i / CURVE_STEPS;
    curveRows.push([x, x, x * x, Math.sqrt(x)]);
  }
  const curves = addBlock({
    id: "helper.curves",
    sheet: hs,
    title: "Reference curves",
    titleCell: "A3",
    header: ["x", "y = x", "y = x²", "y = √x"],
    rect: at(4, 0, curveRows.length, 4),
    body: { kind: "values", values: curveRows },
  });
  const cr = curves.rect;
  // Grade grid: vertical lines S = low, high and horizontal P = low, high; two points each.
  const gridVals = [
    [low, 0, high, 0, 0, low, 0, high],
    [low, 1, high, 1, 1, low, 1, high],
  ];
  const grid = addBlock({
    id: "helper.gradeGrid",
    sheet: hs,
    title: "Grade grid",
    titleCell: "F3",
    header: ["S = low: x", "y", "S = high: x", "y", "P = low: x", "y", "P = high: x", "y"],
    rect: at(4, 5, 2, 8),
    body: { kind: "values", values: gridVals },
  });
  const mid = [low / 2, (low + high) / 2, (high + 1) / 2];
  const gradeLabels = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
  const gradeAnnotations: ChartAnnotation[] = gradeLabels.map((text, i) => ({ text, x: mid[i % 3], y: mid[Math.floor(i / 3)], kind: "grade" }));
  addBlock({
    id: "helper.gradeLabels",
    sheet: hs,
    title: "Grade labels",
    titleCell: "F8",
    header: ["grade", "x", "y"],
    rect: at(9, 5, 9, 3),
    body: { kind: "values", values: gradeAnnotations.map((g) => [g.text, g.x, g.y]) },
  });
  // Region names, placed inside their regions (checked: P < S², S² ≤ P ≤ S, S < P ≤ √S, P > √S).
  const regionAnnotations: ChartAnnotation[] = [
    { text: "high-value surplus", x: 0.86, y: 0.16, kind: "region" },
    { text: "low-value surplus", x: 0.7, y: 0.58, kind: "region" },
    { text: "low-value load", x: 0.28, y: 0.43, kind: "region" },
    { text: "high-value load", x: 0.12, y: 0.88, kind: "region" },
  ];
  addBlock({
    id: "helper.regionLabels",
    sheet: hs,
    title: "Region labels",
    titleCell: "J8",
    header: ["region", "x", "y"],
    rect: at(9, 9, 4, 3),
    body: { kind: "values", values: regionAnnotations.map((g) => [g.text, g.x, g.y]) },
  });
  let helperRow = cr.row + cr.rows + 1;
  const charts: ChartSpec[] = [];

  // Coupling chart series.
  const groupsBy = plan.config.charts.couplingSeriesBy;
  const keyOf = groupsBy === "year" ? plan.years?.map(String) : plan.areas;
  const dataSeries: ChartSeriesSpec[] = [];
  if (!keyOf) {
    ctx.notes.push(`coupling chart: one series for all rows (the ${groupsBy === "year" ? "years" : "area names"} were not given to the plan)`);
    dataSeries.push({ name: "S, P", x: ctx.S.address, y: ctx.P.address, xRef: ctx.S, yRef: ctx.P, style: "markers" });
  } else {
    const order: string[] = [];
    const rowsOf = new Map<string, number[]>();
    keyOf.forEach((k, i) => {
      if (!rowsOf.has(k)) {
        rowsOf.set(k, []);
        order.push(k);
      }
      rowsOf.get(k)!.push(i);
    });
    const contiguous = order.every((k) => {
      const rs = rowsOf.get(k)!;
      return rs[rs.length - 1] - rs[0] === rs.length - 1;
    });
    if (contiguous) {
      for (const k of order) {
        const rs = rowsOf.get(k)!;
        const xr = a(at(ctx.S.rect.row + rs[0], ctx.S.rect.col, rs.length, 1));
        const yr = a(at(ctx.P.rect.row + rs[0], ctx.P.rect.col, rs.length, 1));
        dataSeries.push({ name: k, x: xr.address, y: yr.address, xRef: xr, yRef: yr, style: "markers" });
      }
    } else {
      // Rows of a series are scattered: link them into contiguous helper columns (x, y per series).
      const height = Math.max(...order.map((k) => rowsOf.get(k)!.length));
      const cells: CellSpec[][] = Array.from({ length: height }, () => []);
      order.forEach((k) => {
        const rs = rowsOf.get(k)!;
        for (let i = 0; i < height; i++) {
          if (i < rs.length) {
            cells[i].push({ ref: a(at(ctx.S.rect.row + rs[i], ctx.S.rect.col, 1, 1)) }, { ref: a(at(ctx.P.rect.row + rs[i], ctx.P.rect.col, 1, 1)) });
          } else cells[i].push({ v: "" }, { v: "" });
        }
      });
      const block = addBlock({
        id: "helper.couplingSeries",
        sheet: hs,
        title: `Coupling chart points per ${groupsBy}`,
        titleCell: rectAddress(at(helperRow, 0, 1, 1)),
        header: order.flatMap((k) => [`${k}: S`, "P"]),
        rect: at(helperRow + 2, 0, height, order.length * 2),
        body: { kind: "cells", cells },
      });
      order.forEach((k, s) => {
        const rows = rowsOf.get(k)!.length;
        const xr = h(at(block.rect.row, 2 * s, rows, 1));
        const yr = h(at(block.rect.row, 2 * s + 1, rows, 1));
        dataSeries.push({ name: k, x: xr.address, y: yr.address, xRef: xr, yRef: yr, style: "markers" });
      });
      helperRow = block.rect.row + height + 1;
    }
  }
  const curveSeries: ChartSeriesSpec[] = [1, 2, 3].map((c) => {
    const xr = h(at(cr.row, 0, cr.rows, 1));
    const yr = h(at(cr.row, c, cr.rows, 1));
    return { name: ["y = x", "y = x²", "y = √x"][c - 1], x: xr.address, y: yr.address, xRef: xr, yRef: yr, style: "dashedSmooth" as const };
  });
  const gridSeries: ChartSeriesSpec[] = [0, 1, 2, 3].map((i) => {
    const xr = h(at(grid.rect.row, grid.rect.col + 2 * i, 2, 1));
    const yr = h(at(grid.rect.row, grid.rect.col + 2 * i + 1, 2, 1));
    return { name: ["S = low", "S = high", "P = low", "P = high"][i], x: xr.address, y: yr.address, xRef: xr, yRef: yr, style: "line" as const };
  });
  charts.push({
    id: "coupling",
    type: "xyScatter",
    title: "Coupling of support and pressure",
    sheet: plan.sheet,
    ...slot(0),
    xAxis: { title: "Support index S", min: 0, max: 1 },
    yAxis: { title: "Pressure index P", min: 0, max: 1 },
    series: [...dataSeries, ...curveSeries, ...gridSeries],
    annotations: [...gradeAnnotations, ...regionAnnotations],
    seriesBy: groupsBy,
  });

  // Trend pivots: rows = years, columns = areas + Average.
  if (plan.areas && plan.years) {
    const areas: string[] = [];
    const years: number[] = [];
    const rowOf = new Map<string, number>();
    plan.areas.forEach((ar, i) => {
      if (!areas.includes(ar)) areas.push(ar);
      if (!years.includes(plan.years![i])) years.push(plan.years![i]);
      const key = `${ar}\u0000${plan.years![i]}`;
      if (!rowOf.has(key)) rowOf.set(key, i);
    });
    years.sort((x, y) => x - y);
    const indices: [ChartSpec["id"], string, RangeRef][] = [
      ["trend.C", "RECC index C", ctx.C],
      ["trend.S", "Support index S", ctx.S],
      ["trend.P", "Pressure index P", ctx.P],
    ];
    indices.forEach(([id, label, src], t) => {
      const titleRow = helperRow;
      const yearsBlock = addBlock({
        id: `helper.${id}.years`,
        sheet: hs,
        title: `${label} by year and area`,
        titleCell: rectAddress(at(titleRow, 0, 1, 1)),
        header: ["Year"],
        rect: at(titleRow + 2, 0, years.length, 1),
        body: { kind: "values", values: years.map((y) => [y]) },
      });
      const cells: CellSpec[][] = years.map((y, yi) => {
        const rowCells: CellSpec[] = areas.map((ar) => {
          const i = rowOf.get(`${ar}\u0000${y}`);
          return i === undefined ? { v: "" } : { ref: a(at(src.rect.row + i, src.rect.col, 1, 1)) };
        });
        rowCells.push({ average: h(at(titleRow + 2 + yi, 1, 1, areas.length)) });
        return rowCells;
      });
      const pivot = addBlock({
        id: `helper.${id}`,
        sheet: hs,
        title: label,
        header: [...areas, "Average"],
        rect: at(titleRow + 2, 1, years.length, areas.length + 1),
        body: { kind: "cells", cells },
      });
      const series: ChartSeriesSpec[] = [...areas, "Average"].map((name, s) => {
        const yr = h(at(pivot.rect.row, 1 + s, years.length, 1));
        return { name, y: yr.address, yRef: yr, style: name === "Average" && s === areas.length ? "boldLine" : "line" };
      });
      const cat = h(yearsBlock.rect);
      charts.push({
        id,
        type: "line",
        title: `${label}: trend per area and average`,
        sheet: plan.sheet,
        ...slot(1 + t),
        xAxis: { title: "Year" },
        yAxis: { title: label },
        categories: cat.address,
        categoriesRef: cat,
        series,
      });
      helperRow = pivot.rect.row + years.length + 1;
    });
  } else {
    ctx.notes.push("trend charts left out: they need area names and years for every row");
  }

  // Weights bar chart: all indicators (support then pressure), the weights used; the two systems'
  // weight rows sit side by side in one sheet row, so one series covers both.
  const wAll = ref(plan.sheet, { ...ctx.weightsRowAll.support.rect, cols: ctx.indicatorLabelsAll.rect.cols });
  const ms = ctx.weightsRowAll.support.rect.cols;
  charts.push({
    id: "weights",
    type: "bar",
    title: "Indicator weights (each system sums to 1)",
    sheet: plan.sheet,
    ...slot(4),
    xAxis: { title: "Indicator" },
    yAxis: { title: "Weight", min: 0 },
    categories: ctx.indicatorLabelsAll.address,
    categoriesRef: ctx.indicatorLabelsAll,
    series: [{ name: "Weight used", y: wAll.address, yRef: wAll, style: "bars" }],
  });

  // Obstacles bar chart: mean obstacle degree per support indicator, latest year (or all rows).
  const obst = ctx.obstacles;
  const yearCol = plan.config.yearColumn ? ref(plan.sheet, { ...ctx.keys.rect, col: ctx.keys.rect.col + 1, cols: 1 }) : undefined;
  const obstTitle = helperRow;
  let latestCell: RangeRef | undefined;
  if (yearCol) {
    const latest = addBlock({
      id: "helper.latestYear",
      sheet: hs,
      title: "Latest year",
      header: ["Latest year"], // written once, as the header; the row above carries the means' title
      rect: at(obstTitle + 2, 0, 1, 1),
      body: { kind: "cells", cells: [[{ max: yearCol }]] },
    });
    latestCell = h(latest.rect);
  }
  const meanCells: CellSpec[][] = [
    Array.from({ length: ms }, (_, j) => {
      const colRef = ref(plan.sheet, { row: obst.rect.row, col: obst.rect.col + j, rows: obst.rect.rows, cols: 1 });
      return latestCell && yearCol ? { averageIfs: { values: colRef, criteria: yearCol, key: latestCell } } : { average: colRef };
    }),
  ];
  const means = addBlock({
    id: "helper.obstacleMeans",
    sheet: hs,
    title: latestCell ? "Mean obstacle degree, latest year" : "Mean obstacle degree",
    titleCell: rectAddress(at(obstTitle, 0, 1, 1)),
    header: obst.header,
    rect: at(obstTitle + 2, 2, 1, ms),
    body: { kind: "cells", cells: meanCells },
  });
  const meansRef = h(means.rect);
  charts.push({
    id: "obstacles",
    type: "bar",
    title: latestCell ? "Support obstacles: mean obstacle degree in the latest year" : "Support obstacles: mean obstacle degree",
    sheet: plan.sheet,
    ...slot(5),
    xAxis: { title: "Support indicator" },
    yAxis: { title: "Obstacle degree", min: 0 },
    categories: ctx.labelsSupport.address,
    categoriesRef: ctx.labelsSupport,
    series: [{ name: "Mean obstacle degree", y: meansRef.address, yRef: meansRef, style: "bars" }],
  });
  return charts;
}

/** The block with an id. @throws Error when the plan has none. */
export function blockById(plan: AnalysisPlan, id: string): PlanBlock {
  const b = plan.blocks.find((x) => x.id === id);
  if (!b) throw new Error(`the plan has no block '${id}'`);
  return b;
}
