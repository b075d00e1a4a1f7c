/**
 * The context the analysis steps (src/plan/steps) build the plan in: the checked source table, the
 * sheet layout cursors, the blocks added so far and the handles one step leaves for the next
 * (settings cells, indicator rows, data, weights, indices...).
 *
 * Layout of the analysis sheet: a top area (title, settings, indicators, AHP grids, weights), a
 * chart area, then the panel (one row per table row, blocks side by side). A step reserves its top
 * rows in `layout` (all steps lay out before any builds, so the panel's top row is known), and takes
 * panel columns with `panelColumns` while it builds, in sequence order.
 */
import { msg, renderMessage, sheetText, type Locale, type MessageArg, type SheetKey } from "../i18n";
import { escapeText, parseCell, rectAddress, sheetNameIssue, type Rect } from "./a1";
import { subsystemsOf, type IndicatorConfig, type IndicatorRole, type ResolvedConfig } from "./analysis-config";
import { cellFormula, checkedLinkFormula, groupColumnFormula, growingRef, PlanError, ref, spillFormula, type ChartSpec, type PlanBlock, type PlanOptions, type RangeRef, type SourceTable } from "./plan-model";

/** What the steps hand on to later steps; each is set by the step named in its comment. */
export interface StepHandles {
  /** settings step: the cell of a setting ("shift", "low", "high", "k", "ahpMethod", "ri", "combine", "alpha", "ccdVariant", "topsisNormalization"). */
  setting?: (key: string) => RangeRef;
  /** settings step: the editable cell holding the name of subsystem k of a system. */
  subsystemCell?: (role: IndicatorRole, k: number) => RangeRef;
  /** settings step: the indicators block (rows label, system, direction, subsystem). */
  indicators?: PlanBlock;
  /**
   * data links step: the helper cells of the live table extent (1-based sheet rows): the first and
   * last data row of the user's table and the last row of the panel. Set before any block that
   * reads the table or the panel is added: from then on addBlock writes such ranges as growing ones.
   */
  rows?: { first: RangeRef; last: RangeRef; count: RangeRef; panelLast: RangeRef };
  /** data links step: the linked key columns (area, year) and indicator data per system. */
  keys?: PlanBlock;
  data?: Record<IndicatorRole, PlanBlock>;
  /** weights step: the weight row each system's indices use. */
  finalWeights?: Record<IndicatorRole, RangeRef>;
  /** normalization step. */
  normalized?: Record<IndicatorRole, PlanBlock>;
  /** indices step. */
  S?: RangeRef;
  P?: RangeRef;
  C?: RangeRef;
  /** CCD step (when config.ccd): the coordination degree D column. */
  D?: RangeRef;
  /** obstacles step: obstacle degrees of the support indicators. */
  obstacles?: PlanBlock;
  /** charts step: the first row of the chart area on the analysis sheet. */
  chartTop?: number;
}

/** One analysis step: reserves its rows of the top area, then adds its blocks (and charts). */
/** One analysis step (a fresh one per plan: a step keeps its reserved rows between layout and build). */
export interface AnalysisStep {
  /** Reserve rows above the chart area (called for every step, in order, before any build). */
  layout?(b: PlanBuilder): void;
  build(b: PlanBuilder): void;
}

export const ROLES_IN_LAYOUT: readonly IndicatorRole[] = ["support", "pressure"];

export class PlanBuilder {
  readonly sheet: string;
  readonly helperSheet: string;
  /** Number of data rows. */
  readonly n: number;
  /** Header cell of the table (0-based). */
  readonly header: { row: number; col: number };
  /** Trimmed header labels. */
  readonly labels: string[];
  readonly areaIdx: number;
  readonly yearIdx: number;
  /** Indicators in layout order (support first, then pressure). */
  readonly ordered: IndicatorConfig[];
  /** Table column (0-based from the header cell) of each indicator in `ordered`. */
  readonly indIdx: number[];
  readonly ms: number;
  readonly mp: number;
  readonly subsystems: Record<IndicatorRole, string[]>;
  readonly usesAhp: boolean;
  readonly blocks: PlanBlock[] = [];
  readonly charts: ChartSpec[] = [];
  readonly notes: string[] = [];
  readonly handles: StepHandles = {};
  /** Language of the sheet's words (PlanOptions.locale). */
  readonly locale: Locale;
  /** A word of the sheet in the plan's language (src/i18n/sheet-text.ts). */
  t(key: SheetKey, args?: Readonly<Record<string, string | number>>): string {
    return sheetText(key, this.locale, args);
  }
  /** Next free row of the top area. */
  private topRow = 0;
  private panelCol = 0;

  constructor(
    readonly config: ResolvedConfig,
    readonly source: SourceTable,
    options: PlanOptions,
  ) {
    this.locale = options.locale ?? "en";
    this.sheet = options.sheet ?? this.t("sheet.analysis");
    this.helperSheet = options.helperSheet ?? this.t("sheet.chartData");
    const problems: MessageArg[] = [];
    for (const s of [this.sheet, this.helperSheet, source.sheet]) {
      const p = sheetNameIssue(s);
      if (p) problems.push(p);
    }
    if (source.sheet === this.sheet || source.sheet === this.helperSheet) problems.push(msg("plan.sheetClash", { sheet: source.sheet }));
    const n = source.rowCount;
    if (!Number.isInteger(n) || n < 2) problems.push(msg("plan.fewRows", { n }));
    let header = { row: 0, col: 0 };
    try {
      header = parseCell(source.headerCell);
    } catch (e) {
      problems.push((e as Error).message);
    }
    const labels = source.headers.map((h) => String(h ?? "").trim());
    const columnOf = (name: string, what: MessageArg): number => {
      const j = labels.indexOf(name.trim());
      if (j < 0) problems.push(msg("plan.notHeader", { what, name, headers: labels.join(", ") }));
      return j;
    };
    this.areaIdx = columnOf(config.areaColumn, "areaColumn");
    this.yearIdx = config.yearColumn ? columnOf(config.yearColumn, "yearColumn") : -1;
    this.ordered = [...config.indicators.filter((x) => x.role === "support"), ...config.indicators.filter((x) => x.role === "pressure")];
    this.indIdx = this.ordered.map((ind) => columnOf(ind.name, msg("plan.what.indicator")));
    if (source.areas && source.areas.length !== n) problems.push(msg("plan.lengthMismatch", { what: "areas", count: source.areas.length, n }));
    if (source.years && source.years.length !== n) problems.push(msg("plan.lengthMismatch", { what: "years", count: source.years.length, n }));
    if (problems.length > 0) throw new PlanError(problems.map((p) => renderMessage(p, this.locale)));
    this.n = n;
    this.header = header;
    this.labels = labels;
    this.ms = this.ordered.filter((x) => x.role === "support").length;
    this.mp = this.ordered.length - this.ms;
    this.subsystems = { support: subsystemsOf(this.ordered, "support"), pressure: subsystemsOf(this.ordered, "pressure") };
    const w = config.weighting;
    this.usesAhp = w.method === "ahp" || w.method === "combined";
  }

  /** Number of indicators. */
  get m(): number {
    return this.ms + this.mp;
  }

  /** Indicators of one system, with their index in `ordered`. */
  indicatorsOf(role: IndicatorRole): { x: IndicatorConfig; j: number }[] {
    return this.ordered.map((x, j) => ({ x, j })).filter((e) => e.x.role === role);
  }

  /** Reserves `rows` rows of the top area (callable in layout only) and returns the first. */
  reserveRows(rows: number): number {
    if (this.panelTop !== undefined) throw new Error("top rows are reserved in layout, before any step builds");
    const first = this.topRow;
    this.topRow += rows;
    return first;
  }

  /** Row of the panel's titles (set when the build phase starts); the panel's data starts two rows below. */
  panelTop?: number;

  /** Ends the layout phase: the panel starts below everything reserved. */
  startBuild(): void {
    this.panelTop = this.topRow;
  }

  /** First data row of the panel. */
  get panelDataRow(): number {
    if (this.panelTop === undefined) throw new Error("the panel is placed after layout");
    return this.panelTop + 2;
  }

  /** Takes `width` panel columns (then leaves `gap` empty) and returns the first. */
  panelColumns(width: number, gap = 1): number {
    const c = this.panelCol;
    this.panelCol += width + gap;
    return c;
  }

  /** A handle left by an earlier step. @throws Error when the step that sets it has not run. */
  need<K extends keyof StepHandles>(key: K): NonNullable<StepHandles[K]> {
    const v = this.handles[key];
    if (v === undefined) throw new Error(`plan step order: '${key}' is used before the step that sets it`);
    return v as NonNullable<StepHandles[K]>;
  }

  at(row: number, col: number, rows: number, cols: number): Rect {
    return { row, col, rows, cols };
  }

  /** A reference on the analysis sheet (or on `sheet`). */
  r(rect: Rect, sheet = this.sheet): RangeRef {
    return ref(sheet, rect);
  }

  /** The row of the indicators block (0 label, 1 system, 2 direction, 3 subsystem) for one system. */
  indicatorRow(k: number, role: IndicatorRole): RangeRef {
    const ind = this.need("indicators");
    return this.r(this.at(ind.rect.row + k, role === "support" ? 1 : 1 + this.ms, 1, role === "support" ? this.ms : this.mp));
  }

  /** A column of the user's table (data rows only), by its index from the header cell. */
  sourceColumn(j: number): RangeRef {
    return ref(this.source.sheet, { row: this.header.row + 1, col: this.header.col + j, rows: this.n, cols: 1 });
  }

  /**
   * A reference as written: a column of the user's table (its data rows) or a range of the panel's
   * full height grows with the live table once the data links step has set `handles.rows`
   * (growingRef); any other reference (a single panel cell, the top area) stays fixed.
   */
  live(r: RangeRef): RangeRef {
    const rows = this.handles.rows;
    if (!rows || r.rect.rows !== this.n) return r;
    if (r.sheet === this.source.sheet && r.rect.row === this.header.row + 1) return growingRef(r, rows.first, rows.last);
    if (r.sheet === this.sheet && this.panelTop !== undefined && r.rect.row === this.panelDataRow) return growingRef(r, "fixed", rows.panelLast);
    return r;
  }

  /** Adds a block with its writes (title, header, body) and returns it. */
  addBlock(b0: Omit<PlanBlock, "address" | "writes">): PlanBlock {
    // Every reference in the body as written (live); the block's own rectangle stays as built.
    const b = { ...b0, body: liveRefs(b0.body, (r) => this.live(r)) };
    const block: PlanBlock = { ...b, address: rectAddress(b.rect), writes: [] };
    const { rect } = b;
    if (b.titleCell) block.writes.push({ sheet: b.sheet, address: b.titleCell, formulas: [[escapeText(b.title)]] });
    if (b.header) {
      block.writes.push({
        sheet: b.sheet,
        address: rectAddress({ row: rect.row - 1, col: rect.col, rows: 1, cols: b.header.length }),
        formulas: [b.headerLinks ? b.headerLinks.map((l) => `=${l.address}`) : b.header.map((h) => (typeof h === "string" ? escapeText(h) : h))],
      });
    }
    const body = b.body;
    if (body.kind === "values") {
      block.writes.push({ sheet: b.sheet, address: block.address, formulas: body.values.map((r) => r.map((v) => (typeof v === "string" ? escapeText(v) : v))) });
    } else if (body.kind === "cells") {
      block.writes.push({ sheet: b.sheet, address: block.address, formulas: body.cells.map((r) => r.map(cellFormula)) });
    } else if (body.kind === "checkedLinks") {
      block.writes.push({
        sheet: b.sheet,
        address: rectAddress({ row: rect.row, col: rect.col, rows: 1, cols: rect.cols }),
        formulas: [body.columns.map((c) => checkedLinkFormula(body.expect, c, body.locale))],
      });
    } else if (body.kind === "groupColumns") {
      block.writes.push({
        sheet: b.sheet,
        address: rectAddress({ row: rect.row, col: rect.col, rows: 1, cols: rect.cols }),
        formulas: [body.keys.map((k) => groupColumnFormula(body.values, body.groups, k))],
      });
    } else if (body.kind === "columnLinks") {
      block.writes.push({
        sheet: b.sheet,
        address: rectAddress({ row: rect.row, col: rect.col, rows: 1, cols: rect.cols }),
        formulas: [body.columns.map((c) => `=${c.address}`)],
      });
    } else {
      block.writes.push({ sheet: b.sheet, address: rectAddress({ row: rect.row, col: rect.col, rows: 1, cols: 1 }), formulas: [[spillFormula(body.fn, body.args)]] });
    }
    this.blocks.push(block);
    return block;
  }
}

/** A copy of a block body with every RangeRef in it (at any depth) replaced by `f(ref)`. */
function liveRefs<T>(x: T, f: (r: RangeRef) => RangeRef): T {
  if (Array.isArray(x)) return x.map((e) => liveRefs(e, f)) as T;
  if (x === null || typeof x !== "object") return x;
  const o = x as Record<string, unknown>;
  if (typeof o.sheet === "string" && typeof o.address === "string" && typeof o.rect === "object") return f(o as unknown as RangeRef) as T;
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, liveRefs(v, f)])) as T;
}
