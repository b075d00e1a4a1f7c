/**
 * Headless evaluation of an analysis plan: every block's values as Excel would show them after the
 * plan's formulas recalculate. No Office: each RECC block calls the pure RECC function of
 * src/functions/recc (the one definition of argument handling the Excel adapters also run) with the
 * values its argument ranges hold, as Excel would pass them, so a block sees exactly what its
 * formula sees; the few ordinary formulas (links, =1/x, AVERAGE, AVERAGEIFS, MAX,
 * INDEX/MATCH/COUNTIF) are interpreted cell by cell. test/plan checks the RECC blocks against the
 * built custom functions.
 */
import { MethodError } from "../core";
import { CellError, type CellLocation } from "../functions/coerce";
import { PARAMS } from "../functions/params";
import { callRecc } from "../functions/recc";
import { isErrorCell, type Cell } from "../functions/shape";
import { parseCell, type Rect } from "./a1";
import type { AnalysisPlan, CellSpec, CellValue, PlanArg, PlanBlock, RangeRef, ReccFunctionId } from "./analysis-plan";

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
  errors: { blockId: string; code: string; message: string; cell?: CellLocation }[];
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
    if (block.header) model.write(block.sheet, { row: block.rect.row - 1, col: block.rect.col }, [block.header]);
    let out: CellValue[][];
    try {
      out = evaluateBlock(block, model);
    } catch (e) {
      if (!(e instanceof MethodError)) throw e;
      const code = e instanceof ErrorInput ? e.code : ERROR_CODES[e.kind];
      errors.push({ blockId: block.id, code, message: e.message, ...(e instanceof CellError ? { cell: e.location } : {}) });
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
      const cols = body.columns.map((c) => model.read(c.sheet, c.rect).map((r) => r[0]));
      return Array.from({ length: block.rect.rows }, (_, i) => cols.map((c) => c[i] ?? ""));
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

function evaluateCell(c: CellSpec, model: WorkbookModel): CellValue {
  if ("v" in c) return c.v;
  if ("ref" in c) return readRef(model, c.ref)[0][0];
  if ("recip" in c) {
    const v = readRef(model, c.recip)[0][0];
    if (isErrorCode(v)) return v;
    // =1/x with x blank divides by zero in Excel (a blank is 0 in arithmetic).
    if (v === "") return "#DIV/0!";
    if (typeof v !== "number") return "#VALUE!";
    return v === 0 ? "#DIV/0!" : 1 / v;
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
  if ("averageIfs" in c) {
    const vals = readRef(model, c.averageIfs.values).map((r) => r[0]);
    const crit = readRef(model, c.averageIfs.criteria).map((r) => r[0]);
    const key = readRef(model, c.averageIfs.key)[0][0];
    const picked: number[] = [];
    for (let i = 0; i < vals.length; i++) {
      if (crit[i] === key) {
        if (isErrorCode(vals[i])) return vals[i];
        if (typeof vals[i] === "number") picked.push(vals[i] as number);
      }
    }
    return picked.length === 0 ? "#DIV/0!" : picked.reduce((s, x) => s + x, 0) / picked.length;
  }
  const s = c.share;
  const key = readRef(model, s.key)[0][0];
  const labels = readRef(model, s.labels).flat();
  const weights = readRef(model, s.weights).flat();
  const groups = readRef(model, s.groups).flat();
  const pos = labels.findIndex((l) => String(l).toLowerCase() === String(key).toLowerCase());
  if (pos < 0) return "#N/A";
  const count = groups.filter((g) => String(g).toLowerCase() === String(key).toLowerCase()).length;
  const wv = weights[pos];
  if (typeof wv !== "number") return isErrorCode(wv) ? wv : "#VALUE!";
  return wv / count;
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
    super(location);
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
    if ("literal" in a) return a.literal;
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
