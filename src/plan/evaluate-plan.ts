/**
 * Headless evaluation of an analysis plan with src/core: every block's values as Excel would show
 * them after the plan's formulas recalculate. No Office, no src/functions: each RECC block is
 * computed from the values its argument ranges hold (so a block sees exactly what its formula sees),
 * and the few ordinary formulas (links, =1/x, AVERAGE, AVERAGEIFS, MAX, INDEX/MATCH/COUNTIF) are
 * interpreted cell by cell. test/plan checks the RECC blocks against the real custom functions.
 */
import {
  ahpConsistency,
  ahpWeights,
  combineWeights,
  completePairwiseMatrix,
  COUPLING_REGIONS,
  couplingRegion,
  entropyWeights,
  fromRows,
  grade,
  assertGradeCuts,
  groupSum,
  MethodError,
  minMaxNormalize,
  obstacleDegrees,
  parseDirection,
  parseRatio,
  reccIndex,
  toRows,
  topObstacles,
  weightedIndex,
  assertUnitInterval,
  type AhpMethod,
  type CombineMethod,
  type Direction,
  type Matrix,
  type RandomIndexTable,
} from "../core";
import { parseCell, type Rect } from "./a1";
import type { AnalysisPlan, CellSpec, CellValue, PlanArg, PlanBlock, RangeRef, ReccFunctionId } from "./analysis-plan";

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

/** Where in a block's argument a bad value sits (0-based), so callers can name it in the user's terms. */
export interface CellLocation {
  /** The argument, e.g. "data", "obstacles". */
  what: string;
  row: number;
  col: number;
  /** What is wrong, e.g. "is Infinity", "is blank". */
  detail: string;
}

/** A value error at one cell of an argument (a MethodError of kind "value" with its location). */
export class CellError extends MethodError {
  constructor(readonly location: CellLocation) {
    super("value", `${location.what} row ${location.row + 1}, column ${location.col + 1} ${location.detail}`);
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
      const code = ERROR_CODES[e.kind];
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
      return callRecc(body.fn, body.args.map((a) => argValues(a, model)));
  }
}

function argValues(a: PlanArg, model: WorkbookModel): CellValue[][] {
  return "ref" in a ? model.read(a.ref.sheet, a.ref.rect) : [[a.literal]];
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
    const nums = numbersIn(readRef(model, c.max));
    return nums.length === 0 ? 0 : Math.max(...nums);
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

// ---- RECC functions on plain values (the contract of ../shared/method.md §3)

function fail(message: string): never {
  throw new MethodError("value", message);
}

function matrixOf(values: CellValue[][], what: string): Matrix {
  if (values.length === 0 || values[0].length === 0) fail(`${what} is empty`);
  const rows = values.map((row, i) =>
    row.map((v, j) => {
      if (typeof v === "number" && Number.isFinite(v)) return v;
      const at = (detail: string): never => {
        throw new CellError({ what, row: i, col: j, detail });
      };
      if (isErrorCode(v)) at(`is ${v}`);
      if (v === "" || (v as unknown) === null || (v as unknown) === undefined) at("is blank");
      return at(`is ${typeof v === "string" ? `text '${v}'` : String(v)}`);
    }),
  );
  return fromRows(rows);
}

function vectorOf(values: CellValue[][]): CellValue[] {
  return values.flat();
}

function numberVector(values: CellValue[][], what: string): number[] {
  return vectorOf(values).map((v, i) => {
    if (typeof v === "number" && Number.isFinite(v)) return v;
    return fail(`${what} item ${i + 1} is ${v === "" ? "blank" : String(v)}`);
  });
}

function directionsOf(values: CellValue[][]): Direction[] {
  return vectorOf(values).map((v, i) => parseDirection(v, `directions item ${i + 1}`));
}

function scalar(values: CellValue[][]): CellValue {
  return values[0][0];
}

function column(xs: ArrayLike<number | string>): CellValue[][] {
  return Array.from(xs, (x) => [x]);
}

function isRow(values: CellValue[][]): boolean {
  return values.length === 1;
}

function callRecc(fn: ReccFunctionId, args: CellValue[][][]): CellValue[][] {
  switch (fn) {
    case "NORMALIZE": {
      const data = matrixOf(args[0], "data");
      return toRows(minMaxNormalize(data, args[1] ? directionsOf(args[1]) : undefined));
    }
    case "ENTROPYWEIGHTS": {
      const data = matrixOf(args[0], "data");
      const shift = args[2] ? Number(scalar(args[2]) === "" ? 0 : scalar(args[2])) : 0;
      const norm = minMaxNormalize(data, args[1] ? directionsOf(args[1]) : undefined);
      return [Array.from(entropyWeights(norm, shift))];
    }
    case "AHP": {
      const m = completePairwiseMatrix(judgements(args[0]));
      const method = (args[1] ? String(scalar(args[1]) || "eigen").trim().toLowerCase() : "eigen") as AhpMethod;
      return column(ahpWeights(m, method));
    }
    case "AHPCONSISTENCY": {
      const m = completePairwiseMatrix(judgements(args[0]));
      const riArg = args[1] ? scalar(args[1]) : "saaty";
      const ri = typeof riArg === "number" ? riArg : ((String(riArg).trim().toLowerCase() || "saaty") as RandomIndexTable);
      const c = ahpConsistency(m, ri);
      return [
        ["lambda_max", c.lambdaMax],
        ["CI", c.ci],
        ["RI", c.ri],
        ["CR", c.cr],
        ["consistent", c.consistent],
      ];
    }
    case "COMBINEWEIGHTS": {
      const sub = numberVector(args[0], "subjective");
      const obj = numberVector(args[1], "objective");
      const method = (args[2] ? String(scalar(args[2]) || "multiplicative").trim().toLowerCase() : "multiplicative") as CombineMethod;
      const alpha = args[3] && scalar(args[3]) !== "" ? Number(scalar(args[3])) : 0.5;
      const w = Array.from(combineWeights(sub, obj, method, alpha));
      return isRow(args[1]) ? [w] : column(w);
    }
    case "SUPPORT":
    case "PRESSURE": {
      const data = matrixOf(args[0], "data");
      const norm = args[2] ? minMaxNormalize(data, directionsOf(args[2])) : (assertUnitInterval(data), data);
      return column(weightedIndex(norm, numberVector(args[1], "weights")));
    }
    case "INDEX": {
      const p = args[0];
      const s = args[1];
      return p.map((row, i) =>
        row.map((pv, j) => {
          const sv = s[i]?.[j];
          if (typeof pv !== "number" || typeof sv !== "number") return "#VALUE!";
          const c = reccIndex(pv, sv);
          return c.status === "ok" ? c.value : c.status === "divisionByZero" ? "#DIV/0!" : "#NUM!";
        }),
      );
    }
    case "GRADE": {
      const low = args[2] && scalar(args[2]) !== "" ? Number(scalar(args[2])) : 1 / 3;
      const high = args[3] && scalar(args[3]) !== "" ? Number(scalar(args[3])) : 2 / 3;
      assertGradeCuts(low, high);
      return pairwise(args[0], args[1], (s, p) => grade(s, p, low, high));
    }
    case "REGION":
      return pairwise(args[0], args[1], (s, p) => COUPLING_REGIONS[couplingRegion(s, p)]);
    case "OBSTACLE": {
      const data = matrixOf(args[0], "data");
      const norm = args[2] ? minMaxNormalize(data, directionsOf(args[2])) : (assertUnitInterval(data), data);
      return toRows(obstacleDegrees(norm, numberVector(args[1], "weights")));
    }
    case "TOPOBSTACLES": {
      const obst = matrixOf(args[0], "obstacles");
      const labels = vectorOf(args[1]).map(String);
      const k = args[2] && scalar(args[2]) !== "" ? Number(scalar(args[2])) : 5;
      if (labels.length !== obst.cols) fail(`labels has ${labels.length} entries; obstacles have ${obst.cols} columns`);
      if (!Number.isInteger(k) || k < 1) fail(`k is ${k}; use a whole number ≥ 1`);
      return topObstacles(obst, k).map((top) => Array.from({ length: k }, (_, r) => (r < top.length ? labels[top[r]] : "")));
    }
    case "GROUPSUM": {
      const v = matrixOf(args[0], "values");
      // Case-insensitive, as RECC.GROUPSUM (and Excel's UNIQUE) group labels.
      const groups = vectorOf(args[1]).map((g) => String(g).trim().toLowerCase());
      return toRows(groupSum(v, groups).sums);
    }
    default:
      return fail(`RECC.${fn} is not used by analysis plans`);
  }
}

function pairwise(s: CellValue[][], p: CellValue[][], f: (s: number, p: number) => string): CellValue[][] {
  return s.map((row, i) =>
    row.map((sv, j) => {
      const pv = p[i]?.[j];
      if (typeof sv !== "number" || typeof pv !== "number") fail(`row ${i + 1} has no numeric S and P`);
      return f(sv, pv);
    }),
  );
}

function judgements(values: CellValue[][]): (number | null)[][] {
  return values.map((row, i) =>
    row.map((v, j) => {
      if (v === "" || v === null) return null;
      if (typeof v === "number") return v;
      const x = typeof v === "string" ? parseRatio(v) : undefined;
      if (x === undefined) fail(`matrix row ${i + 1}, column ${j + 1} is ${String(v)}`);
      return x;
    }),
  );
}
