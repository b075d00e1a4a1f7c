/**
 * A small typed fake of the Excel objects the gateway uses (src/taskpane/excel-gateway.ts Xl*).
 * It keeps Office.js's proxy rules that matter for batching: a property can be read only after
 * `load()` and a following `context.sync()` (else it throws, like PropertyNotLoaded), the
 * `isNullObject` of a *OrNullObject result only after a sync, and ClientResult.value only after a
 * sync. Every sync is counted.
 *
 * Range writes follow Office.js: setting values, formulas or numberFormat, format.font.bold,
 * format.fill.color and clear() are queued and applied at the next `context.sync()`, in order with
 * the loads queued around them (a load queued after a write reads the written cells; nothing is
 * written if the batch never syncs), and a bad grid (wrong shape, NaN) fails that sync. A `null` in a
 * written values, formulas or numberFormat grid leaves that cell unchanged, as Office.js documents. Tests:
 * test/taskpane/fake-excel.test.ts.
 *
 * Not modelled (and where it is covered instead): formulas are stored, never evaluated (the values
 * of the written sheet are checked through the plan: test/plan/evaluate-plan.test.ts; an independent
 * spreadsheet engine is another change); sheet and chart operations (add, delete, rename, charts.add
 * and chart properties) apply at once instead of at sync; a text like "1.5" written as a value
 * becomes a number without Excel's locale rules.
 *
 * Standalone on purpose (type-only imports): the e2e test transpiles this file and runs it in the
 * browser behind the office.js stand-in, so the unit tests and the e2e share one fake.
 */
import type {
  XlChart,
  XlChartAxis,
  XlChartCollection,
  XlChartLineFormat,
  XlChartPoint,
  XlChartSeries,
  XlContext,
  XlCustomXmlPart,
  XlCustomXmlPartScopedCollection,
  XlRange,
  XlRangeFormat,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetCollection,
} from "../../src/taskpane/excel-gateway";

export type FakeValue = string | number | boolean;

export interface FakeCell {
  value: FakeValue;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  fill?: string;
}

export interface FakeSeriesModel {
  name: string;
  x?: string;
  y?: string;
  chartType?: string;
  markerStyle?: string;
  markerSize?: number;
  smooth?: boolean;
  line: { color?: string; lineStyle?: string; weight?: number };
  labels: Record<number, { hasDataLabel?: boolean; text?: string; position?: string }>;
  deleted: boolean;
}

export interface FakeAxisModel {
  minimum?: unknown;
  maximum?: unknown;
  majorUnit?: unknown;
  title: { text: string; visible: boolean };
}

export interface FakeChartModel {
  name: string;
  type: string;
  source: string;
  seriesBy?: string;
  series: FakeSeriesModel[];
  title: { text: string; visible: boolean };
  legend: { position: string; visible: boolean };
  axes: { categoryAxis: FakeAxisModel; valueAxis: FakeAxisModel };
  top: number;
  left: number;
  width: number;
  height: number;
  anchor?: string;
  deleted: boolean;
}

export interface FakeSheetModel {
  id: string;
  name: string;
  cells: Map<string, FakeCell>;
  charts: FakeChartModel[];
  deleted: boolean;
}

export interface FakePartModel {
  id: string;
  xml: string;
  deleted: boolean;
}

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

function colLetters(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function quote(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Parses a local A1 address (`B2`, `$B$2:$C$9`); whole sheet when undefined. */
function parseLocal(address: string | undefined): Rect {
  if (address === undefined) return { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS };
  const parts = address.replace(/\$/g, "").split(":");
  const m1 = /^([A-Za-z]+)(\d+)$/.exec(parts[0]);
  const m2 = /^([A-Za-z]+)(\d+)$/.exec(parts[parts.length - 1]);
  if (!m1 || !m2) throw new Error(`InvalidArgument: fake cannot parse address "${address}"`);
  const r1 = Number(m1[2]) - 1;
  const r2 = Number(m2[2]) - 1;
  const c1 = colIndex(m1[1]);
  const c2 = colIndex(m2[1]);
  return { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

function rectAddress(sheet: string, r: Rect): string {
  const a = `${colLetters(r.col)}${r.row + 1}`;
  const local = r.rows === 1 && r.cols === 1 ? a : `${a}:${colLetters(r.col + r.cols - 1)}${r.row + r.rows}`;
  return `${quote(sheet)}!${local}`;
}

const key = (r: number, c: number) => `${r},${c}`;

/** The workbook behind the fake: sheets, parts, selection, requirement sets, counters. */
export class FakeWorkbookModel {
  sheets: FakeSheetModel[] = [];
  parts: FakePartModel[] = [];
  selection: { sheet: string; address: string } = { sheet: "Sheet1", address: "A1" };
  activeSheet = "";
  /** Total context.sync() calls over all runs. */
  syncs = 0;
  private nextId = 1;

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const n of sheetNames) this.addSheet(n);
    this.activeSheet = sheetNames[0] ?? "";
  }

  newId(prefix: string): string {
    return `{${prefix}-${String(this.nextId++).padStart(4, "0")}}`;
  }

  addSheet(name: string): FakeSheetModel {
    if (this.sheet(name)) throw new Error(`ItemAlreadyExists: a sheet named "${name}" exists`);
    const s: FakeSheetModel = { id: this.newId("sheet"), name, cells: new Map(), charts: [], deleted: false };
    this.sheets.push(s);
    return s;
  }

  /** Live sheet by name (case-insensitive, as in Excel). */
  sheet(name: string): FakeSheetModel | undefined {
    return this.sheets.find((s) => !s.deleted && s.name.toLowerCase() === name.toLowerCase());
  }

  liveSheets(): FakeSheetModel[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  /** Puts a 2-D block of values (numbers, text; null = leave blank) at a local address's top-left. */
  setValues(sheetName: string, topLeft: string, rows: (FakeValue | null)[][]): void {
    const s = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const r = parseLocal(topLeft);
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null || v === "") s.cells.delete(key(r.row + i, r.col + j));
        else s.cells.set(key(r.row + i, r.col + j), { value: v });
      }),
    );
  }

  cell(sheetName: string, address: string): FakeCell | undefined {
    const r = parseLocal(address);
    return this.sheet(sheetName)?.cells.get(key(r.row, r.col));
  }

  /** Formula if any, else value, else "" — what a user sees in the formula bar. */
  formulaAt(sheetName: string, address: string): FakeValue {
    const c = this.cell(sheetName, address);
    return c?.formula ?? c?.value ?? "";
  }

  liveCharts(sheetName: string): FakeChartModel[] {
    return (this.sheet(sheetName)?.charts ?? []).filter((c) => !c.deleted);
  }

  liveParts(): FakePartModel[] {
    return this.parts.filter((p) => !p.deleted);
  }

  /** Snapshot of one sheet's cells (for "untouched" assertions). */
  snapshot(sheetName: string): string {
    const s = this.sheet(sheetName);
    if (!s) return "";
    return JSON.stringify([...s.cells.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  }
}

/** A pending action queued by load(); run at the next sync. */
type Pending = () => void;

abstract class Proxy {
  protected loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}

  protected need<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new Error(`PropertyNotLoaded: "${prop}" was read without load() and context.sync()`);
    }
    return this.loaded.get(prop) as T;
  }

  /** Marks properties loaded now (for items of a collection loaded in the same sync). */
  setLoaded(props: string[], read: (p: string) => unknown): void {
    for (const p of props) this.loaded.set(p, read(p));
  }

  queueLoad(props: string[], read: (p: string) => unknown): void {
    this.ctx.queue(() => {
      for (const p of props) this.loaded.set(p, read(p));
    });
  }
}

function propList(names?: string | string[]): string[] {
  if (names === undefined) return [];
  const list = Array.isArray(names) ? names : names.split(",");
  return list.map((s) => s.trim()).filter(Boolean);
}

/** items/name,items/id → name,id */
function itemProps(names?: string | string[]): string[] {
  return propList(names).map((p) => p.replace(/^items\//, ""));
}

class FakeRange extends Proxy implements XlRange {
  constructor(
    ctx: FakeContext,
    private readonly sheetModel: FakeSheetModel | null,
    private readonly rect: Rect,
  ) {
    super(ctx);
    ctx.queue(() => this.loaded.set("isNullObject", this.sheetModel === null));
  }

  private model(): FakeSheetModel {
    if (!this.sheetModel || this.sheetModel.deleted) throw new Error("ItemNotFound: the range's sheet does not exist");
    return this.sheetModel;
  }

  private read(prop: string): unknown {
    const s = this.model();
    const grid = (f: (c: FakeCell | undefined) => unknown) =>
      Array.from({ length: this.rect.rows }, (_, i) =>
        Array.from({ length: this.rect.cols }, (_, j) => f(s.cells.get(key(this.rect.row + i, this.rect.col + j)))),
      );
    switch (prop) {
      case "address":
        return rectAddress(s.name, this.rect);
      case "values":
        return grid((c) => (c ? c.value : ""));
      case "formulas":
        return grid((c) => (c ? (c.formula ?? c.value) : ""));
      case "numberFormat":
        return grid((c) => c?.numberFormat ?? "General");
      case "rowCount":
        return this.rect.rows;
      case "columnCount":
        return this.rect.cols;
      case "rowIndex":
        return this.rect.row;
      case "columnIndex":
        return this.rect.col;
      default:
        throw new Error(`fake Range cannot load "${prop}"`);
    }
  }

  get address(): string {
    return this.need("address");
  }
  get isNullObject(): boolean {
    return this.need("isNullObject");
  }
  get rowCount(): number {
    return this.need("rowCount");
  }
  get columnCount(): number {
    return this.need("columnCount");
  }
  get rowIndex(): number {
    return this.need("rowIndex");
  }
  get columnIndex(): number {
    return this.need("columnIndex");
  }
  get values(): unknown[][] {
    return this.need("values");
  }
  set values(v: unknown[][]) {
    this.writeGrid(v, "values");
  }
  get formulas(): unknown[][] {
    return this.need("formulas");
  }
  set formulas(v: unknown[][]) {
    this.writeGrid(v, "formulas");
  }
  get numberFormat(): unknown[][] {
    return this.need("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    const copy = v.map((r) => [...r]);
    this.ctx.queue(() => this.applyNumberFormat(copy));
  }
  private applyNumberFormat(v: unknown[][]): void {
    this.checkShape(v);
    const s = this.model();
    v.forEach((row, i) =>
      row.forEach((f, j) => {
        if (f === null) return; // null leaves the cell's format unchanged
        const k = key(this.rect.row + i, this.rect.col + j);
        const c = s.cells.get(k) ?? { value: "" };
        c.numberFormat = String(f);
        s.cells.set(k, c);
      }),
    );
  }

  private checkShape(v: unknown[][]): void {
    if (v.length !== this.rect.rows || v.some((r) => r.length !== this.rect.cols)) {
      throw new Error(
        `InvalidArgument: ${v.length}×${v[0]?.length ?? 0} values for a ${this.rect.rows}×${this.rect.cols} range`,
      );
    }
  }

  /** Queues the write for the next sync (Office.js applies a batch's commands at sync, in order). */
  private writeGrid(v: unknown[][], via: "values" | "formulas"): void {
    // Office.js serializes the grid when it is set: later changes to the caller's arrays do not count.
    const copy = v.map((r) => [...r]);
    this.ctx.queue(() => this.applyGrid(copy, via));
  }

  /**
   * Excel's rules: "=..." becomes a formula (also through values), "'..." is text without the ';
   * null leaves the cell as it is (Office.js, "Blank and null values in Excel add-ins").
   */
  private applyGrid(v: unknown[][], _via: "values" | "formulas"): void {
    this.checkShape(v);
    const s = this.model();
    if (v.some((row) => row.some((x) => typeof x === "number" && !Number.isFinite(x)))) {
      throw new Error("InvalidArgument: non-finite number");
    }
    v.forEach((row, i) =>
      row.forEach((x, j) => {
        const k = key(this.rect.row + i, this.rect.col + j);
        const old = s.cells.get(k);
        if (x === null) return;
        if (x === undefined) throw new Error("InvalidArgument: undefined in a written grid");
        let cell: FakeCell;
        if (typeof x === "string" && x.startsWith("=")) cell = { value: "", formula: x };
        else if (typeof x === "string" && x.startsWith("'")) cell = { value: x.slice(1) };
        else if (typeof x === "string" && x !== "" && /^\s*-?\d+(\.\d+)?\s*$/.test(x)) cell = { value: Number(x) };
        else cell = { value: x as FakeValue };
        if (old) {
          cell.numberFormat = old.numberFormat;
          cell.bold = old.bold;
          cell.fill = old.fill;
        }
        if (cell.value === "" && !cell.formula && !cell.numberFormat && !cell.bold && !cell.fill) s.cells.delete(k);
        else s.cells.set(k, cell);
      }),
    );
  }

  private forEachCell(f: (c: FakeCell) => void): void {
    const s = this.model();
    for (let i = 0; i < this.rect.rows; i++) {
      for (let j = 0; j < this.rect.cols; j++) {
        const k = key(this.rect.row + i, this.rect.col + j);
        const c = s.cells.get(k) ?? { value: "" };
        f(c);
        s.cells.set(k, c);
      }
    }
  }

  get format(): XlRangeFormat {
    const font = {
      set bold(b: boolean) {
        self.ctx.queue(() => self.forEachCell((c) => (c.bold = b)));
      },
      get bold(): boolean {
        throw new Error("PropertyNotLoaded: format.font.bold");
      },
      color: "",
      italic: false,
    };
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    return {
      font,
      fill: {
        set color(col: string) {
          self.ctx.queue(() => self.forEachCell((c) => (c.fill = col)));
        },
        get color(): string {
          throw new Error("PropertyNotLoaded: format.fill.color");
        },
      },
      autofitColumns: () => undefined,
    };
  }

  /** The fake's own bookkeeping (no load needed): full address and rectangle. */
  addressNow(): string {
    return rectAddress(this.model().name, this.rect);
  }
  rectNow(): Rect {
    return this.rect;
  }

  load(names?: string | string[]): XlRange {
    const props = propList(names);
    this.queueLoad(props, (p) => this.read(p));
    return this;
  }

  clear(applyTo?: "All" | "Contents"): void {
    this.ctx.queue(() => this.applyClear(applyTo));
  }
  private applyClear(_applyTo?: "All" | "Contents"): void {
    const s = this.model();
    if (this.rect.rows === MAX_ROWS && this.rect.cols === MAX_COLS) {
      s.cells.clear();
      return;
    }
    for (const k of [...s.cells.keys()]) {
      const [r, c] = k.split(",").map(Number);
      if (r >= this.rect.row && r < this.rect.row + this.rect.rows && c >= this.rect.col && c < this.rect.col + this.rect.cols) {
        s.cells.delete(k);
      }
    }
  }
}

class FakeAxis implements XlChartAxis {
  constructor(private readonly m: FakeAxisModel) {}
  get title() {
    return this.m.title;
  }
  set minimum(v: unknown) {
    this.m.minimum = v;
  }
  get minimum(): unknown {
    return this.m.minimum;
  }
  set maximum(v: unknown) {
    this.m.maximum = v;
  }
  get maximum(): unknown {
    return this.m.maximum;
  }
  set majorUnit(v: unknown) {
    this.m.majorUnit = v;
  }
  get majorUnit(): unknown {
    return this.m.majorUnit;
  }
}

class FakeSeries implements XlChartSeries {
  constructor(
    private readonly m: FakeSeriesModel,
    private readonly chart: FakeChartModel,
  ) {}
  get name() {
    return this.m.name;
  }
  set name(v: string) {
    this.m.name = v;
  }
  get chartType() {
    return this.m.chartType ?? this.chart.type;
  }
  set chartType(v: string) {
    this.m.chartType = v;
  }
  get markerStyle() {
    return this.m.markerStyle ?? "Automatic";
  }
  set markerStyle(v: string) {
    this.m.markerStyle = v;
  }
  get markerSize() {
    return this.m.markerSize ?? 5;
  }
  set markerSize(v: number) {
    this.m.markerSize = v;
  }
  get smooth() {
    return this.m.smooth ?? false;
  }
  set smooth(v: boolean) {
    this.m.smooth = v;
  }
  get format(): { readonly line: XlChartLineFormat } {
    const line = this.m.line;
    return {
      line: {
        get color() {
          return line.color ?? "";
        },
        set color(v: string) {
          line.color = v;
        },
        get lineStyle() {
          return line.lineStyle ?? "Automatic";
        },
        set lineStyle(v: string) {
          line.lineStyle = v;
        },
        get weight() {
          return line.weight ?? 1;
        },
        set weight(v: number) {
          line.weight = v;
        },
      },
    };
  }
  get points(): { getItemAt(index: number): XlChartPoint } {
    const labels = this.m.labels;
    return {
      getItemAt(i: number): XlChartPoint {
        const l = (labels[i] = labels[i] ?? {});
        return {
          get hasDataLabel() {
            return l.hasDataLabel ?? false;
          },
          set hasDataLabel(v: boolean) {
            l.hasDataLabel = v;
          },
          dataLabel: {
            get text() {
              return l.text ?? "";
            },
            set text(v: string) {
              l.text = v;
            },
            get position() {
              return l.position ?? "";
            },
            set position(v: string) {
              l.position = v;
            },
          },
        };
      },
    };
  }
  setValues(r: XlRange): void {
    this.m.y = (r as FakeRange).addressNow();
  }
  setXAxisValues(r: XlRange): void {
    this.m.x = (r as FakeRange).addressNow();
  }
  delete(): void {
    this.m.deleted = true;
  }
}


class FakeChart extends Proxy implements XlChart {
  constructor(
    ctx: FakeContext,
    readonly m: FakeChartModel,
  ) {
    super(ctx);
  }
  private read(p: string): unknown {
    return (this.m as unknown as Record<string, unknown>)[p];
  }
  load(names?: string | string[]): this {
    this.queueLoad(itemProps(names), (p) => this.read(p));
    return this;
  }
  get name(): string {
    return this.need("name");
  }
  set name(v: string) {
    this.m.name = v;
  }
  get top(): number {
    return this.need("top");
  }
  set top(v: number) {
    this.m.top = v;
  }
  get left(): number {
    return this.need("left");
  }
  set left(v: number) {
    this.m.left = v;
  }
  get width(): number {
    return this.need("width");
  }
  set width(v: number) {
    this.m.width = v;
  }
  get height(): number {
    return this.need("height");
  }
  set height(v: number) {
    this.m.height = v;
  }
  get title() {
    return this.m.title;
  }
  get legend() {
    return this.m.legend;
  }
  get axes() {
    return { categoryAxis: new FakeAxis(this.m.axes.categoryAxis), valueAxis: new FakeAxis(this.m.axes.valueAxis) };
  }
  get series() {
    const m = this.m;
    const live = () => m.series.filter((s) => !s.deleted);
    return {
      add: (name?: string, index?: number): XlChartSeries => {
        const s: FakeSeriesModel = { name: name ?? `Series${m.series.length + 1}`, line: {}, labels: {}, deleted: false };
        if (index === undefined) m.series.push(s);
        else m.series.splice(index, 0, s);
        return new FakeSeries(s, m);
      },
      getItemAt: (i: number): XlChartSeries => {
        const s = live()[i];
        if (!s) throw new Error(`ItemNotFound: series ${i}`);
        return new FakeSeries(s, m);
      },
    };
  }
  setPosition(startCell: XlRange | string): void {
    this.m.anchor = typeof startCell === "string" ? startCell : (startCell as FakeRange).addressNow();
    const r = parseLocal(this.m.anchor.slice(this.m.anchor.lastIndexOf("!") + 1));
    this.m.top = r.row * 15;
    this.m.left = r.col * 48;
  }
  delete(): void {
    this.m.deleted = true;
  }
}

class FakeChartCollection extends Proxy implements XlChartCollection {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeSheetModel,
  ) {
    super(ctx);
  }
  private charts: FakeChart[] = [];
  load(names?: string | string[]): XlChartCollection {
    const props = itemProps(names);
    this.ctx.queue(() => {
      this.charts = this.sheet.charts.filter((c) => !c.deleted).map((m) => new FakeChart(this.ctx, m));
      for (const c of this.charts) c.setLoaded(props, (p) => (c.m as unknown as Record<string, unknown>)[p]);
      this.loaded.set("items", this.charts);
    });
    return this;
  }
  get items(): XlChart[] {
    return this.need("items");
  }
  /**
   * Default series as Excel makes them (Excel.ChartSeriesBy, ExcelApi 1.1): one per column under
   * "Columns", one per row under "Rows"; "Auto" guesses from the shape on the desktop (modelled:
   * by rows when the range is wider than tall) and means "Columns" on the web.
   */
  add(type: string, sourceData: XlRange, seriesBy?: "Auto" | "Columns" | "Rows"): XlChart {
    const src = sourceData as FakeRange;
    const rect = src.rectNow();
    const byRows = seriesBy === "Rows" || ((seriesBy === undefined || seriesBy === "Auto") && rect.cols > rect.rows);
    const n = byRows ? rect.rows : rect.cols;
    const axis = (): FakeAxisModel => ({ title: { text: "", visible: false } });
    const m: FakeChartModel = {
      name: `Chart ${this.sheet.charts.length + 1}`,
      type,
      source: src.addressNow(),
      seriesBy,
      series: Array.from({ length: n }, (_, i) => ({ name: `Series${i + 1}`, line: {}, labels: {}, deleted: false })),
      title: { text: "", visible: false },
      legend: { position: "Right", visible: true },
      axes: { categoryAxis: axis(), valueAxis: axis() },
      top: 0,
      left: 0,
      width: 360,
      height: 216,
      deleted: false,
    };
    this.sheet.charts.push(m);
    return new FakeChart(this.ctx, m);
  }
}

class FakeWorksheet extends Proxy implements XlWorksheet {
  constructor(
    ctx: FakeContext,
    readonly m: FakeSheetModel,
  ) {
    super(ctx);
  }
  load(names?: string | string[]): XlWorksheet {
    this.queueLoad(itemProps(names), (p) => (p === "id" ? this.m.id : p === "name" ? this.m.name : undefined));
    return this;
  }
  get id(): string {
    return this.need("id");
  }
  get name(): string {
    return this.need("name");
  }
  set name(v: string) {
    this.m.name = v;
  }
  get charts(): XlChartCollection {
    return new FakeChartCollection(this.ctx, this.m);
  }
  getRange(address?: string): XlRange {
    return new FakeRange(this.ctx, this.m, parseLocal(address));
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): XlRange {
    const keys = [...this.m.cells.keys()].map((k) => k.split(",").map(Number));
    if (keys.length === 0) return new FakeRange(this.ctx, null, { row: 0, col: 0, rows: 1, cols: 1 });
    const r0 = Math.min(...keys.map((k) => k[0]));
    const r1 = Math.max(...keys.map((k) => k[0]));
    const c0 = Math.min(...keys.map((k) => k[1]));
    const c1 = Math.max(...keys.map((k) => k[1]));
    return new FakeRange(this.ctx, this.m, { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 });
  }
  activate(): void {
    this.ctx.model.activeSheet = this.m.name;
  }
  delete(): void {
    this.m.deleted = true;
  }
}

class FakeWorksheetCollection extends Proxy implements XlWorksheetCollection {
  load(names?: string | string[]): XlWorksheetCollection {
    const props = itemProps(names);
    this.ctx.queue(() => {
      const items = this.ctx.model.liveSheets().map((m) => new FakeWorksheet(this.ctx, m));
      for (const w of items) w.setLoaded(props, (p) => (p === "id" ? w.m.id : p === "name" ? w.m.name : undefined));
      this.loaded.set("items", items);
    });
    return this;
  }
  get items(): XlWorksheet[] {
    return this.need("items");
  }
  add(name?: string): XlWorksheet {
    const m = this.ctx.model.addSheet(name ?? `Sheet${this.ctx.model.sheets.length + 1}`);
    return new FakeWorksheet(this.ctx, m);
  }
  getItem(k: string): XlWorksheet {
    const m = this.ctx.model.sheet(k) ?? this.ctx.model.liveSheets().find((s) => s.id === k);
    if (!m) throw new Error(`ItemNotFound: no sheet "${k}"`);
    return new FakeWorksheet(this.ctx, m);
  }
}

class FakePart extends Proxy implements XlCustomXmlPart {
  constructor(
    ctx: FakeContext,
    readonly m: FakePartModel,
  ) {
    super(ctx);
    this.loaded.set("id", m.id);
  }
  get id(): string {
    return this.need("id");
  }
  getXml(): { readonly value: string } {
    const result: { v?: string; done: boolean } = { done: false };
    this.ctx.queue(() => {
      result.v = this.m.xml;
      result.done = true;
    });
    return {
      get value(): string {
        if (!result.done) throw new Error("PropertyNotLoaded: ClientResult.value read before context.sync()");
        return result.v as string;
      },
    };
  }
  setXml(xml: string): void {
    this.m.xml = xml;
  }
  delete(): void {
    this.m.deleted = true;
  }
}

class FakePartScoped extends Proxy implements XlCustomXmlPartScopedCollection {
  constructor(
    ctx: FakeContext,
    private readonly ns: string,
  ) {
    super(ctx);
  }
  load(_names?: string | string[]): XlCustomXmlPartScopedCollection {
    this.ctx.queue(() => {
      const items = this.ctx.model
        .liveParts()
        .filter((p) => new RegExp(`xmlns="${this.ns.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"`).test(p.xml))
        .map((p) => new FakePart(this.ctx, p));
      this.loaded.set("items", items);
    });
    return this;
  }
  get items(): XlCustomXmlPart[] {
    return this.need("items");
  }
}

class FakeWorkbook implements XlWorkbook {
  constructor(private readonly ctx: FakeContext) {}
  readonly worksheets = new FakeWorksheetCollection(this.ctx);
  get customXmlParts() {
    const ctx = this.ctx;
    return {
      add(xml: string): XlCustomXmlPart {
        const m: FakePartModel = { id: ctx.model.newId("part"), xml, deleted: false };
        ctx.model.parts.push(m);
        return new FakePart(ctx, m);
      },
      getByNamespace(ns: string): XlCustomXmlPartScopedCollection {
        return new FakePartScoped(ctx, ns);
      },
    };
  }
  getSelectedRange(): XlRange {
    const sel = this.ctx.model.selection;
    const s = this.ctx.model.sheet(sel.sheet);
    if (!s) throw new Error(`ItemNotFound: selection sheet "${sel.sheet}"`);
    return new FakeRange(this.ctx, s, parseLocal(sel.address));
  }
}

/** A request context over a model; `syncCount` counts this context's syncs. */
export class FakeContext implements XlContext {
  syncCount = 0;
  private pending: Pending[] = [];
  readonly workbook: FakeWorkbook;
  constructor(readonly model: FakeWorkbookModel) {
    this.workbook = new FakeWorkbook(this);
  }
  queue(p: Pending): void {
    this.pending.push(p);
  }
  async sync(): Promise<void> {
    this.syncCount++;
    this.model.syncs++;
    const run = this.pending.splice(0);
    for (const p of run) p();
  }
}

/** A batch runner like Excel.run over the model. */
export function fakeRun(model: FakeWorkbookModel) {
  return <T>(batch: (ctx: XlContext) => Promise<T>): Promise<T> => batch(new FakeContext(model));
}
