/**
 * An independent spreadsheet engine for the written analysis sheet: HyperFormula (GPL-v3 licence
 * key, dev dependency; nothing of it ships) with the RECC.* functions registered from the BUILT
 * bundle dist/functions.js (test/support/load-functions-bundle.ts), so the sheet's formulas are
 * computed by a formula engine that is not ours, by the code Excel runs.
 *
 * Where HyperFormula differs from Excel, this harness encodes Excel's documented behaviour (each
 * place says so):
 *  - A bare range reference (`='Data'!$G$2:$G$301`) is #VALUE! in HyperFormula; in Excel with
 *    dynamic arrays it spills, and "a reference to an empty cell gives 0" there too. Such formulas
 *    are rewritten to HARNESS.LINK(range), which spills the values with blanks as 0.
 *  - ROW(range) returns only the first row in HyperFormula; Excel's ROW(reference) returns the row
 *    number of every row of the reference (a vertical array). Rewritten to HARNESS.ROW(range).
 *  - HyperFormula must know the size of a function's array result before it evaluates it; Excel
 *    spills whatever the function returns. The harness predicts each RECC call's size from the plan,
 *    records the size actually returned, and recomputes until every prediction holds.
 *  - A blank cell reaches a custom function as `blank` (Excel passes "" for an empty cell of a range
 *    argument in some hosts, null in others; the tests run with each, see BlankAs).
 *  - An argument range holding an Excel error: the function is not called and the first error is
 *    shown (as src/plan/evaluate-plan.ts assumes).
 *  - HyperFormula 3.5 cannot parse a range built with INDEX (`A1:INDEX(A:A,n)`,
 *    `INDEX(A:A,m):INDEX(A:A,n)`), which Excel documents: "the reference returned by INDEX is the
 *    intersection of row_num and column_num … Depending on the formula, the return value of INDEX
 *    may be used as a reference or as a value: CELL("width",INDEX(A1:B2,1,2)) is equivalent to
 *    CELL("width",B1)" (support.microsoft.com, "INDEX function", reference form), and the range
 *    operator `:` joins two references into the range between them. The harness resolves such
 *    ranges as Excel does, in two passes (test/sheet/growing-ranges.ts): it computes the cells
 *    that hold m and n, then writes the fixed range they give.
 */
import { ArraySize, CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue, type CellValue as HfCellValue } from "hyperformula";
import { parseCell, rectAddress } from "../../src/plan/a1";
import type { AnalysisPlan, CellValue } from "../../src/plan/analysis-plan";
import { CustomFunctionsError, loadFunctionsBundle, type LoadedFunctionsBundle } from "../support/load-functions-bundle";
import { hasGrowingRanges, resolveGrowingRanges } from "./growing-ranges";

/** How the host passes an empty cell to a custom function. */
export type BlankAs = null | "" | 0;

const CODE_OF: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#REF!": ErrorType.REF,
  "#NAME?": ErrorType.NAME,
};

/** Settings of the engine run shared with the plugin (HyperFormula instantiates plugins itself). */
const run = {
  fns: undefined as LoadedFunctionsBundle | undefined,
  blank: "" as BlankAs,
  /** Predicted result size per formula cell ("sheetId:row:col" → [cols, rows]). */
  sizes: new Map<string, [number, number]>(),
  /** Sizes that turned out different from the prediction. */
  wrong: new Map<string, [number, number]>(),
  /** Messages of RECC errors per cell. */
  messages: new Map<string, string>(),
  /** A first pass that only computes the helper cells of growing ranges: RECC calls give 0 (1×1). */
  dry: false,
};

/** Marks the first pass of growing ranges (test/sheet/growing-ranges.ts). */
export function setDryRun(dry: boolean): void {
  run.dry = dry;
}

const key = (a: { sheet: number; row: number; col: number }) => `${a.sheet}:${a.row}:${a.col}`;

function toHostValue(v: unknown): unknown {
  // An omitted optional argument reaches a custom function as null; an empty cell as the host passes it.
  if (v === undefined) return null;
  if (v === null || typeof v === "symbol") return run.blank;
  return v;
}

class FirstError extends Error {
  constructor(readonly cellError: CellError) {
    super(cellError.message ?? "error");
  }
}

function hostArg(v: unknown): unknown {
  if (v instanceof CellError) throw new FirstError(v);
  if (v instanceof SimpleRangeValue) {
    return v.rawData().map((row) =>
      row.map((c) => {
        if (c instanceof CellError) throw new FirstError(c);
        return toHostValue(c);
      }),
    );
  }
  return toHostValue(v);
}

function errorOf(e: unknown): CellError {
  if (e instanceof CustomFunctionsError) return new CellError(CODE_OF[e.code] ?? ErrorType.VALUE, e.message);
  if (e instanceof FirstError) return e.cellError;
  throw e;
}

class ReccPlugin extends FunctionPlugin {
  recc(ast: { procedureName: string; args: unknown[] }, state: { formulaAddress: { sheet: number; row: number; col: number } }) {
    if (run.dry) return 0 as never;
    const id = ast.procedureName.replace(/^RECC\./, "");
    const fn = run.fns!.get(id)!;
    const at = key(state.formulaAddress);
    const predicted = run.sizes.get(at) ?? [1, 1];
    const settle = (size: [number, number]) => {
      if (predicted[0] !== size[0] || predicted[1] !== size[1]) run.wrong.set(at, size);
    };
    let result: unknown;
    try {
      result = this.runFunction(ast.args as never, state as never, this.metadata(ast.procedureName), (...args: unknown[]) => {
        let out: unknown;
        try {
          out = fn(...args.map(hostArg));
        } catch (e) {
          return errorOf(e);
        }
        const rows = Array.isArray(out) ? (out as unknown[][]) : [[out]];
        const cells = rows.map((r) => r.map((c) => (c instanceof CustomFunctionsError ? errorOf(c) : (c as number | string | boolean))));
        settle([cells[0].length, cells.length]);
        return cells.length === 1 && cells[0].length === 1 ? (cells[0][0] as never) : SimpleRangeValue.onlyValues(cells as never);
      });
    } catch (e) {
      // HyperFormula 3.5 throws 'Unknown array' when a range is exactly an errored spill of a
      // previous round; the recomputation with settled sizes does not meet it.
      if (!(e instanceof Error) || e.message !== "Unknown array") throw e;
      result = new CellError(ErrorType.VALUE, "argument is an errored spill (harness round)");
      run.wrong.set(at, predicted);
    }
    if (result instanceof CellError) {
      // Excel: a function that fails shows one error in its cell (no spill).
      run.messages.set(at, result.message ?? "");
      settle([1, 1]);
    }
    return result as never;
  }

  reccSize(_ast: unknown, state: { formulaAddress: { sheet: number; row: number; col: number } }) {
    if (run.dry) return ArraySize.scalar();
    const s = run.sizes.get(key(state.formulaAddress)) ?? [1, 1];
    return new ArraySize(s[0], s[1]);
  }

  /** Excel: a bare range reference spills its values, an empty cell as 0. */
  link(ast: { args: unknown[] }, state: unknown) {
    return this.runFunction(ast.args as never, state as never, this.metadata("HARNESS.LINK"), (r: unknown) => {
      if (!(r instanceof SimpleRangeValue)) return (r === undefined || typeof r === "symbol" ? 0 : r) as never;
      return SimpleRangeValue.onlyValues(r.rawData().map((row) => row.map((c) => (typeof c === "symbol" || c === null ? 0 : c))) as never);
    });
  }

  linkSize(ast: { args: { start?: { row: number; col: number }; end?: { row: number; col: number } }[] }, state: { formulaAddress: { row: number; col: number } }) {
    const a = ast.args[0];
    if (!a.start || !a.end) return ArraySize.scalar();
    const f = state.formulaAddress;
    const rows = resolveRow(a.end, f.row) - resolveRow(a.start, f.row) + 1;
    const cols = resolveCol(a.end, f.col) - resolveCol(a.start, f.col) + 1;
    return new ArraySize(cols, rows);
  }

  /** A growing range in the first pass (test/sheet/growing-ranges.ts): a placeholder 0; only its references matter. */
  growing() {
    return 0 as never;
  }

  growingSize() {
    return ArraySize.scalar();
  }

  /** Excel: ROW(reference) gives the row number of each row of the reference. */
  rowOf(ast: { args: { start?: { row: number }; end?: { row: number }; reference?: unknown }[] }, state: { formulaAddress: { row: number } }) {
    const a = ast.args[0];
    if (a.reference) return (resolveRow(a.reference, state.formulaAddress.row) + 1) as never;
    if (!a.start || !a.end) return 0 as never;
    const first = resolveRow(a.start!, state.formulaAddress.row);
    const last = resolveRow(a.end!, state.formulaAddress.row);
    return SimpleRangeValue.onlyValues(Array.from({ length: last - first + 1 }, (_, i) => [first + i + 1]) as never);
  }

  rowOfSize(ast: { args: { start?: { row: number }; end?: { row: number } }[] }, state: { formulaAddress: { row: number } }) {
    const a = ast.args[0];
    if (!a.start || !a.end) return ArraySize.scalar();
    return new ArraySize(1, resolveRow(a.end!, state.formulaAddress.row) - resolveRow(a.start!, state.formulaAddress.row) + 1);
  }
}

/** Absolute 0-based row and column of a HyperFormula AST cell address (relative parts count from the formula cell). */
function absolute(a: unknown, formula: unknown): { row: number; col: number } {
  return (a as { toSimpleCellAddress(base: unknown): { row: number; col: number } }).toSimpleCellAddress(formula);
}

function resolveRow(a: unknown, formulaRow: number, formula?: unknown): number {
  return absolute(a, formula ?? { sheet: 0, row: formulaRow, col: 0 }).row;
}

function resolveCol(a: unknown, formulaCol: number): number {
  return absolute(a, { sheet: 0, row: 0, col: formulaCol }).col;
}

const RECC_IDS = ["NORMALIZE", "ENTROPY", "ENTROPYWEIGHTS", "AHP", "AHPCR", "AHPCONSISTENCY", "COMBINEWEIGHTS", "SUPPORT", "PRESSURE", "INDEX", "GRADE", "REGION", "OBSTACLE", "TOPOBSTACLES", "GROUPSUM", "CRITICWEIGHTS", "TOPSIS", "CCD", "CCDLEVEL", "AHPSUGGEST", "AHPGROUP"];

let registered = false;
function register(): void {
  if (registered) return;
  const implemented: Record<string, unknown> = {};
  const names: Record<string, string> = {};
  for (const id of RECC_IDS) {
    implemented[`RECC.${id}`] = {
      method: "recc",
      sizeOfResultArrayMethod: "reccSize",
      parameters: Array.from({ length: 4 }, () => ({ argumentType: FunctionArgumentType.ANY, optionalArg: true })),
      vectorizationForbidden: true,
    };
    names[`RECC.${id}`] = `RECC.${id}`;
  }
  implemented["HARNESS.LINK"] = { method: "link", sizeOfResultArrayMethod: "linkSize", parameters: [{ argumentType: FunctionArgumentType.ANY }], vectorizationForbidden: true };
  implemented["HARNESS.ROW"] = { method: "rowOf", sizeOfResultArrayMethod: "rowOfSize", parameters: [{ argumentType: FunctionArgumentType.RANGE }], vectorizationForbidden: true, doesNotNeedArgumentsToBeComputed: true };
  for (const g of ["HARNESS.GROW1", "HARNESS.GROW2"]) {
    implemented[g] = { method: "growing", sizeOfResultArrayMethod: "growingSize", parameters: Array.from({ length: 3 }, () => ({ argumentType: FunctionArgumentType.ANY })), doesNotNeedArgumentsToBeComputed: true };
    names[g] = g;
  }
  names["HARNESS.LINK"] = "HARNESS.LINK";
  names["HARNESS.ROW"] = "HARNESS.ROW";
  (ReccPlugin as unknown as { implementedFunctions: unknown }).implementedFunctions = implemented;
  HyperFormula.registerFunctionPlugin(ReccPlugin as never, { enGB: names });
  registered = true;
}

const BARE_RANGE = /^=((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+)$/;

/** Excel → HyperFormula formula text (see the header: bare range spill, ROW of a range). */
export function toEngineFormula(f: string | number | boolean): string | number | boolean {
  if (typeof f !== "string" || !f.startsWith("=")) return f;
  const bare = BARE_RANGE.exec(f);
  if (bare) return `=HARNESS.LINK(${bare[1]})`;
  // Idempotent: a formula read back from HyperFormula already says HARNESS.ROW.
  return f.replace(/(?<![\w.])ROW\(/g, "HARNESS.ROW(");
}

/** Cell contents per sheet, as written (formulas as text, values as themselves). */
export type SheetContents = Map<string, Map<string, string | number | boolean | null>>;

/** The workbook the plan writes, on top of the user's data sheet. */
export function planWorkbook(plan: AnalysisPlan, sourceValues: ReadonlyArray<ReadonlyArray<unknown>>): SheetContents {
  const sheets: SheetContents = new Map();
  const put = (sheet: string, row: number, col: number, v: string | number | boolean | null) => {
    if (!sheets.has(sheet)) sheets.set(sheet, new Map());
    sheets.get(sheet)!.set(`${row}:${col}`, v);
  };
  const h = parseCell(plan.source.headerCell);
  // Text the user typed stays text (in Excel it was entered with a leading apostrophe or as text).
  const asTyped = (v: unknown) => (v === undefined || v === "" ? null : typeof v === "string" && /^[='+\-@]/.test(v) ? `'${v}` : (v as CellValue));
  sourceValues.forEach((r, i) => r.forEach((v, j) => put(plan.source.sheet, h.row + i, h.col + j, asTyped(v))));
  for (const b of plan.blocks) {
    for (const w of b.writes) {
      const a = parseCell(w.address.split(":")[0]);
      w.formulas.forEach((r, i) => r.forEach((v, j) => put(w.sheet, a.row + i, a.col + j, v)));
    }
  }
  return sheets;
}

/** Sets one cell of the contents (an edit the user makes): a value, a formula, or null to clear it. */
export function editCell(sheets: SheetContents, sheet: string, address: string, v: string | number | boolean | null): void {
  const a = parseCell(address);
  if (!sheets.has(sheet)) sheets.set(sheet, new Map());
  sheets.get(sheet)!.set(`${a.row}:${a.col}`, v);
}

export interface EngineResult {
  /** Value of a cell as Excel would show it (errors as their code, blanks as ""). */
  value(sheet: string, row: number, col: number): CellValue;
  /** Values of a rectangle. */
  read(sheet: string, rect: { row: number; col: number; rows: number; cols: number }): CellValue[][];
  /** The RECC error message at a formula cell, if any. */
  message(sheet: string, address: string): string | undefined;
}

/**
 * Computes the workbook with HyperFormula and the built RECC functions.
 * @param predicted initial size of each RECC spill (sheet!A1 of the formula → rows, cols), e.g. from the plan.
 * @param mutate structural edits a user makes in Excel after the build (e.g. hf.addRows): applied in
 *   the first pass of test/sheet/growing-ranges.ts (HyperFormula moves the references, as Excel
 *   does), whose result is then computed in full.
 */
export function computeWorkbook(
  sheets: SheetContents,
  options: { blank?: BlankAs; predicted?: Map<string, { rows: number; cols: number }>; mutate?: (hf: HyperFormula) => void } = {},
): EngineResult {
  register();
  run.fns ??= loadFunctionsBundle();
  run.blank = options.blank ?? "";
  // Ranges built with INDEX (and structural edits) are resolved to fixed ranges first, as Excel resolves them.
  if (options.mutate || hasGrowingRanges(sheets)) {
    sheets = resolveGrowingRanges(sheets, options.mutate);
    options = { ...options, mutate: undefined };
  }
  const names = [...sheets.keys()];
  const sizeByName = new Map<string, [number, number]>();
  for (const [k, s] of options.predicted ?? []) sizeByName.set(k, [s.cols, s.rows]);
  for (let attempt = 0; attempt < 6; attempt++) {
    run.wrong.clear();
    run.messages.clear();
    run.sizes.clear();
    const data: Record<string, (string | number | boolean | null)[][]> = {};
    for (const name of names) {
      const grid: (string | number | boolean | null)[][] = [];
      for (const [pos, v] of sheets.get(name)!) {
        const [r, c] = pos.split(":").map(Number);
        while (grid.length <= r) grid.push([]);
        grid[r][c] = typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? (toEngineFormula(v) as string | number | boolean) : null;
      }
      data[name] = grid.map((row) => Array.from({ length: row.length }, (_, j) => row[j] ?? null));
    }
    // Sheet ids follow insertion order in buildFromSheets.
    names.forEach((name, id) => {
      for (const [pos, v] of sheets.get(name)!) {
        if (typeof v === "string" && v.startsWith("=RECC.")) {
          const [r, c] = pos.split(":").map(Number);
          const s = sizeByName.get(`${name}!${rectAddress({ row: r, col: c, rows: 1, cols: 1 })}`);
          if (s) run.sizes.set(`${id}:${r}:${c}`, s);
        }
      }
    });
    let hf: HyperFormula;
    try {
      hf = HyperFormula.buildFromSheets(data, { licenseKey: "gpl-v3", useArrayArithmetic: true, smartRounding: false, maxRows: 1048576 });
    } catch (e) {
      // HyperFormula 3.5 throws 'Unknown array' when a built-in function reads a range that is
      // exactly an errored spill; a round with the settled sizes does not meet it.
      // 'Resizing to smaller array': a spill predicted smaller than it turned out (a grown table).
      if (!(e instanceof Error) || !["Unknown array", "Resizing to smaller array"].includes(e.message) || run.wrong.size === 0) throw e;
      for (const [k, s] of run.wrong) {
        const [id, r, c] = k.split(":").map(Number);
        sizeByName.set(`${names[id]}!${rectAddress({ row: r, col: c, rows: 1, cols: 1 })}`, s);
      }
      continue;
    }
    if (run.wrong.size === 0) {
      const messages = new Map(run.messages);
      const value = (sheet: string, row: number, col: number): CellValue => {
        const v: HfCellValue = hf.getCellValue({ sheet: hf.getSheetId(sheet)!, row, col });
        if (v === null || v === undefined) return "";
        if (typeof v === "object") return (v as { value: string }).value;
        return v;
      };
      return {
        value,
        read: (sheet, r) => Array.from({ length: r.rows }, (_, i) => Array.from({ length: r.cols }, (_, j) => value(sheet, r.row + i, r.col + j))),
        message: (sheet, address) => {
          const a = parseCell(address);
          return messages.get(`${hf.getSheetId(sheet)}:${a.row}:${a.col}`);
        },
      };
    }
    for (const [k, s] of run.wrong) {
      const [id, r, c] = k.split(":").map(Number);
      sizeByName.set(`${names[id]}!${rectAddress({ row: r, col: c, rows: 1, cols: 1 })}`, s);
    }
    hf.destroy();
  }
  throw new Error("the harness could not settle the spill sizes in 6 rounds");
}

/** The plan's RECC spill sizes as predictions for computeWorkbook. */
export function plannedSizes(plan: AnalysisPlan): Map<string, { rows: number; cols: number }> {
  const out = new Map<string, { rows: number; cols: number }>();
  for (const b of plan.blocks) {
    if (b.body.kind === "spill") out.set(`${b.sheet}!${rectAddress({ row: b.rect.row, col: b.rect.col, rows: 1, cols: 1 })}`, { rows: b.rect.rows, cols: b.rect.cols });
  }
  return out;
}
