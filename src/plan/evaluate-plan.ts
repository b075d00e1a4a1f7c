/**
 * Headless evaluation of an analysis plan: every block's values as Excel would show them after the
 * plan's formulas recalculate. No Office: each RECC block calls the pure RECC function of
 * src/functions/recc (the one definition of argument handling the Excel adapters also run) with the
 * values its argument ranges hold, as Excel would pass them, so a block sees exactly what its
 * formula sees; the few ordinary formulas (links, checked links, =1/x, AVERAGE, MAX, SUMPRODUCT
 * name matches, MMULT group sums) are interpreted cell by cell as Excel computes them.
 * test/sheet/live-sheet.test.ts checks every block against an independent engine (HyperFormula with
 * the built custom functions).
 */
import { MethodError } from "../core";
import { fillTemplate, msg, type Message, type MessageArg } from "../i18n";
import { CellError, type CellLocation } from "../functions/coerce";
import { PARAMS } from "../functions/params";
import { callRecc } from "../functions/recc";
import { isErrorCell, type Cell } from "../functions/shape";
import { parseCell, type Rect } from "./a1";
import { checkPrefix, type AnalysisPlan, type CellSpec, type CellValue, type PlanArg, type PlanBlock, type RangeRef, type ReccFunctionId } from "./plan-model";

export { CellError, type CellLocation };

/** Excel error codes a cell may hold. */
export const ERROR_CODES: Record<MethodError["kind"], string> = {
  value: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  number: "#NUM!",
};

/** Sparse sheets of cell values; a missing cell is blank (""). */
export class WorkbookModel {
  private readonly sheets = new Map<string, Map<number, CellValue>>();

  set(sheet: string, row: number, col: number, v: CellValue): void {
    let s = this.sheets.get(sheet);
    if (!s) this.sheets.set(sheet, (s = new Map()));
    s.set(row * 16384 + col, v);
  }

  get(sheet: string, row: number, col: number): CellValue {
    return this.sheets.get(sheet)?.get(row * 16384 + col) ?? "";
  }

  /** Values of a rectangle, rows × cols. */
  read(sheet: string, r: Rect): CellValue[][] {
    const out: CellValue[][] = [];
    for (let i = 0; i < r.rows; i++) {
      const row: CellValue[] = [];
      for (let j = 0; j < r.cols; j++) row.push(this.get(sheet, r.row + i, r.col + j));
      out.push(row);
    }
    return out;
  }

  write(sheet: string, r: { row: number; col: number }, values: CellValue[][]): void {
    values.forEach((row, i) => row.forEach((v, j) => this.set(sheet, r.row + i, r.col + j, v)));
  }
}

export interface PlanEvaluation {
  /** Values of each block's output rectangle, by block id. */
  values: Record<string, CellValue[][]>;
  /**
   * Blocks whose formula ended in an error (the block holds the error code in its first cell).
   * `cell` locates a bad argument value when known (rows of a panel block are panel rows).
   */
  /**
   * The failed blocks: `message` in English; `text` the same keyed (for another language); with a
   * cell, `cellDetail` what is wrong with it, keyed where the function gave it so.
   */
  errors: { blockId: string; code: string; message: string; text?: Message | string; cell?: CellLocation; cellDetail?: MessageArg }[];
  model: WorkbookModel;
}

/**
 * Evaluates every block of a plan in order.
 *
 * @param plan from buildAnalysisPlan.
 * @param sourceValues the user's table from its header cell: the header row, then the data rows
 *   (numbers as numbers; blanks as "" or null).
 * @returns block values, errors and the filled workbook model. Never throws for bad data: a block
 *   whose computation fails holds the Excel error code, and the error is listed.
 */
export function evaluatePlan(plan: AnalysisPlan, sourceValues: ReadonlyArray<ReadonlyArray<unknown>>): PlanEvaluation {
  const model = new WorkbookModel();
  const h = parseCell(plan.source.headerCell);
  sourceValues.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v !== null && v !== undefined && v !== "") model.set(plan.source.sheet, h.row + i, h.col + j, v as CellValue);
    }),
  );
  const values: Record<string, CellValue[][]> = {};
  const errors: PlanEvaluation["errors"] = [];
  for (const block of plan.blocks) {
    if (block.titleCell) {
      const t = parseCell(block.titleCell);
      model.set(block.sheet, t.row, t.col, block.title);
    }
    if (block.header) {
      const header = block.headerLinks ? block.headerLinks.map((l) => readRef(model, l)[0][0]) : block.header;
      model.write(block.sheet, { row: block.rect.row - 1, col: block.rect.col }, [header]);
    }
    let out: CellValue[][];
    try {
      out = evaluateBlock(block, model);
    } catch (e) {
      if (!(e instanceof MethodError)) throw e;
      const code = e instanceof ErrorInput ? e.code : ERROR_CODES[e.kind];
      const cellDetail = e instanceof CellError ? (e.cellText?.detail ?? e.location.detail) : undefined;
      errors.push({ blockId: block.id, code, message: e.message, text: e.text, ...(e instanceof CellError ? { cell: e.location, cellDetail } : {}) });
      out = [[code]];
    }
    model.write(block.sheet, block.rect, out);
    values[block.id] = model.read(block.sheet, block.rect);
  }
  return { values, errors, model };
}

function evaluateBlock(block: PlanBlock, model: WorkbookModel): CellValue[][] {
  const body = block.body;
  switch (body.kind) {
    case "values":
      return body.values;
    case "columnLinks": {
      // Excel: a reference to an empty cell gives 0, in a spill too.
      const cols = body.columns.map((c) => model.read(c.sheet, c.rect).map((r) => (r[0] === "" ? 0 : r[0])));
      return Array.from({ length: block.rect.rows }, (_, i) => cols.map((c) => c[i] ?? ""));
    }
    case "checkedLinks": {
      const cols = body.columns.map((c) =>
        model.read(c.sheet, c.rect).map((r, i): CellValue => {
          const v = r[0];
          const bad = body.expect === "number" ? typeof v !== "number" : v === "";
          return bad ? `${checkPrefix(body.expect, c, body.locale)}${c.rect.row + i + 1}` : v;
        }),
      );
      return Array.from({ length: block.rect.rows }, (_, i) => cols.map((c) => c[i]));
    }
    case "groupColumns": {
      const values = readRef(model, body.values);
      const groups = readRef(model, body.groups).flat();
      const keys = body.keys.map((k) => readRef(model, k)[0][0]);
      for (const row of values) for (const v of row) if (isErrorCode(v)) return [[v]];
      return values.map((row) => keys.map((k) => row.reduce<number>((sum, v, j) => (sameName(groups[j], k) ? sum + (typeof v === "number" ? v : 0) : sum), 0)));
    }
    case "cells":
      // Row-major, each cell stored at once: a reciprocal below the diagonal reads its partner above it.
      return body.cells.map((row, i) =>
        row.map((c, j) => {
          const v = evaluateCell(c, model);
          model.set(block.sheet, block.rect.row + i, block.rect.col + j, v);
          return v;
        }),
      );
    case "spill":
      return evaluateSpill(body.fn, body.args, model);
  }
}

function readRef(model: WorkbookModel, r: RangeRef): CellValue[][] {
  return model.read(r.sheet, r.rect);
}

function numbersIn(values: CellValue[][]): number[] {
  return values.flat().filter((v): v is number => typeof v === "number");
}

/** Excel's reading of a text as a number in arithmetic (" 3 " is 3), dates and times left out. */
function textNumber(t: string): number | undefined {
  const s = t.trim();
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s) ? Number(s) : undefined;
}

function evaluateCell(c: CellSpec, model: WorkbookModel): CellValue {
  if ("v" in c) return c.v;
  if ("ref" in c) return readRef(model, c.ref)[0][0];
  if ("recip" in c) {
    // The written formula: "p/q" gives q/p (MID/LEFT), else 1/x with Excel's text-to-number coercion;
    // blank wherever that fails (a blank x is 0 in arithmetic, so 1/x fails too). Not modelled: text
    // Excel would read as a date or time ("1/2/3").
    const v = readRef(model, c.recip)[0][0];
    const reciprocal = (x: number | undefined): CellValue => (x === undefined || x === 0 ? "" : 1 / x);
    if (typeof v === "number") return reciprocal(v);
    if (typeof v !== "string" || isErrorCode(v)) return "";
    const k = v.indexOf("/");
    const [q, p] = k >= 0 ? [textNumber(v.slice(k + 1)), textNumber(v.slice(0, k))] : [undefined, undefined];
    if (q !== undefined && p !== undefined && p !== 0) return q / p;
    return reciprocal(textNumber(v));
  }
  if ("average" in c) {
    const xs = readRef(model, c.average).flat();
    const err = xs.find(isErrorCode);
    if (err !== undefined) return err;
    const nums = numbersIn([xs]);
    return nums.length === 0 ? "#DIV/0!" : nums.reduce((s, x) => s + x, 0) / nums.length;
  }
  if ("max" in c) {
    // A loop, not Math.max(...nums): spreading more than ~100k arguments throws a RangeError.
    let max = -Infinity;
    for (const row of readRef(model, c.max)) for (const v of row) if (typeof v === "number" && v > max) max = v;
    return max === -Infinity ? 0 : max;
  }
  if ("meanWhere" in c) {
    const vals = readRef(model, c.meanWhere.values).map((r) => r[0]);
    const crit = readRef(model, c.meanWhere.criteria).map((r) => r[0]);
    const key = readRef(model, c.meanWhere.key)[0][0];
    let sum = 0;
    let count = 0;
    for (let i = 0; i < vals.length; i++) {
      // SUMPRODUCT multiplies every row: an error anywhere is the result.
      if (isErrorCode(vals[i])) return vals[i];
      if (crit[i] === key) {
        count++;
        if (typeof vals[i] === "number") sum += vals[i] as number;
      }
    }
    return count === 0 ? "#DIV/0!" : sum / count;
  }
  if ("groupSum" in c) {
    const vals = readRef(model, c.groupSum.values).flat();
    const groups = readRef(model, c.groupSum.groups).flat();
    const key = readRef(model, c.groupSum.key)[0][0];
    let sum = 0;
    for (let j = 0; j < vals.length; j++) {
      if (isErrorCode(vals[j])) return vals[j];
      if (sameName(groups[j], key) && typeof vals[j] === "number") sum += vals[j] as number;
    }
    return sum;
  }
  if ("firstRow" in c) return c.firstRow.rect.row + 2;
  if ("lastRow" in c) {
    // The last row (1-based) whose key cells are not all blank; the header row counts, so an empty table gives the header's row.
    const cols = c.lastRow.map((r) => readRef(model, r).map((x) => x[0]));
    let last = 0;
    cols[0].forEach((_, i) => {
      if (cols.some((col) => excelTrim(String(col[i])) !== "")) last = c.lastRow[0].rect.row + i + 1;
    });
    return last;
  }
  if ("rowCount" in c) {
    const [first, last] = [readRef(model, c.rowCount.first)[0][0], readRef(model, c.rowCount.last)[0][0]];
    return (last as number) - (first as number) + 1;
  }
  if ("panelLast" in c) return c.panelLast.top + (readRef(model, c.panelLast.count)[0][0] as number) - 1;
  if ("rowsCheck" in c) {
    const r = c.rowsCheck;
    const [first, last, count] = [r.first, r.last, r.count].map((x) => String(readRef(model, x)[0][0]));
    return fillTemplate(readRef(model, r.count)[0][0] === r.rows ? r.ok : r.bad, { first, last, count });
  }
  if ("mid" in c) {
    const [a, b] = c.mid.map((x) => (typeof x === "number" ? x : readRef(model, x)[0][0]));
    if (isErrorCode(a) || isErrorCode(b)) return isErrorCode(a) ? a : b;
    const num = (v: CellValue) => (v === "" ? 0 : v);
    if (typeof num(a) !== "number" || typeof num(b) !== "number") return "#VALUE!";
    return ((num(a) as number) + (num(b) as number)) / 2;
  }
  if ("negate" in c) {
    const v = readRef(model, c.negate)[0][0];
    if (isErrorCode(v)) return v;
    if (v === "") return 0;
    return typeof v === "number" ? -v : "#VALUE!";
  }
  if ("rankWithin" in c) return rankWithin(c.rankWithin, model);
  if ("sumCheck" in c) {
    const all = c.sumCheck.ranges.map((r) => readRef(model, r).flat());
    // SUM shows the first error of its range.
    const err = all.flat().find(isErrorCode);
    if (err !== undefined) return err;
    const ok = all.every((xs) => Math.abs(numbersIn([xs]).reduce((a, x) => a + x, 0) - 1) < 1e-9);
    return ok ? c.sumCheck.ok : c.sumCheck.bad;
  }
  const s = c.share;
  const key = readRef(model, s.key)[0][0];
  const labels = readRef(model, s.labels).flat();
  const weights = readRef(model, s.weights).flat();
  const groups = readRef(model, s.groups).flat();
  const hits = labels.map((l, i) => (sameName(l, key) ? i : -1)).filter((i) => i >= 0);
  if (hits.length !== 1) return "#N/A";
  const wv = weights[hits[0]];
  if (typeof wv !== "number") return isErrorCode(wv) ? wv : "#VALUE!";
  return wv / groups.filter((g) => sameName(g, key)).length;
}

/**
 * =SUMPRODUCT((groups=key)*(values>value))+1 as Excel computes it: an error in any cell is the
 * result; `=` compares numbers as numbers and text case-insensitively (a number never equals text);
 * `>` of two numbers as numbers, text above every number, a blank as 0 against a number.
 */
function rankWithin(r: { values: RangeRef; value: RangeRef; groups?: RangeRef; key?: RangeRef }, model: WorkbookModel): CellValue {
  const vals = readRef(model, r.values).map((x) => x[0]);
  const groups = r.groups ? readRef(model, r.groups).map((x) => x[0]) : undefined;
  const key = r.key ? readRef(model, r.key)[0][0] : undefined;
  const value = readRef(model, r.value)[0][0];
  for (const v of [value, key, ...vals, ...(groups ?? [])]) if (isErrorCode(v)) return v as CellValue;
  const num = (v: CellValue) => (v === "" ? 0 : v);
  const greater = (a: CellValue, b: CellValue): boolean => {
    const [x, y] = [num(a), num(b)];
    if (typeof x === "number" && typeof y === "number") return x > y;
    if (typeof x === "string" && typeof y === "number") return true;
    if (typeof x === "number" && typeof y === "string") return false;
    return String(x).toLowerCase() > String(y).toLowerCase();
  };
  const equal = (a: CellValue, b: CellValue): boolean => {
    const [x, y] = [num(a), num(b)];
    if (typeof x === "string" && typeof y === "string") return x.toLowerCase() === y.toLowerCase();
    return x === y;
  };
  let count = 0;
  vals.forEach((v, i) => {
    if ((!groups || equal(groups[i], key as CellValue)) && greater(v, value)) count++;
  });
  return count + 1;
}

/** Excel's TRIM: leading and trailing spaces removed, inner runs of spaces made one (spaces only). */
export function excelTrim(s: string): string {
  return s.replace(/^ +| +$/g, "").replace(/ {2,}/g, " ");
}

/** TRIM(a) = TRIM(b) as Excel compares: text case-insensitively, a number only with the same number. */
function sameName(a: CellValue, b: CellValue): boolean {
  if (typeof a === "string" && typeof b === "string") return excelTrim(a).toLowerCase() === excelTrim(b).toLowerCase();
  // TRIM makes text of a number: TRIM(12) = "12".
  return excelTrim(String(a)).toLowerCase() === excelTrim(String(b)).toLowerCase();
}

/** True for an Excel error code such as "#VALUE!". */
export function isErrorCode(v: unknown): boolean {
  return typeof v === "string" && /^#(VALUE!|N\/A|DIV\/0!|NUM!|REF!|NAME\?|NULL!|SPILL!|CALC!)$/.test(v);
}

// ---- RECC blocks

/**
 * An argument cell holding an Excel error: Excel does not call the function but shows that error
 * (it propagates), so the block holds `code`.
 */
class ErrorInput extends CellError {
  constructor(
    location: CellLocation,
    readonly code: string,
  ) {
    super(location, { detail: msg("detail.is", { value: code }) });
  }
}

/**
 * RECC.<fn>(args) on the values the argument ranges hold, passed as Excel passes them: a range
 * parameter gets its rows of cells, a scalar parameter its one value (a blank as ""), a literal
 * itself. Argument handling and messages are those of the custom function (src/functions/recc).
 * @throws MethodError as the function throws it (CellError naming a bad cell), or ErrorInput.
 */
function evaluateSpill(fn: ReccFunctionId, args: PlanArg[], model: WorkbookModel): CellValue[][] {
  const params = PARAMS[fn];
  const raw = args.map((a, i): unknown => {
    if ("literal" in a) return Array.isArray(a.literal) ? [a.literal] : a.literal;
    const values = readRef(model, a.ref);
    const name = params[i]?.name ?? `argument ${i + 1}`;
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (isErrorCode(v)) throw new ErrorInput({ what: name, row: r, col: c, detail: `is ${v}` }, v as string);
      }),
    );
    return params[i]?.dimensionality === "scalar" ? values[0][0] : values;
  });
  const out = callRecc(fn, raw);
  return Array.isArray(out) ? out.map((row) => row.map(cellValue)) : [[cellValue(out)]];
}

/** A function's output cell as a sheet value: an error cell as its code ("#DIV/0!"). */
function cellValue(c: Cell): CellValue {
  return isErrorCell(c) ? c.error : c;
}
