/**
 * Coercion of Excel values into the method's types: written once, declared per function.
 *
 * Each custom function lists its parameters in {@link ./params} as `Param`s built here (the
 * HyperFormula pattern: optional, default and checks in one table, one shared routine that applies them),
 * so no function can forget a check and every function words its errors the same way.
 *
 * Excel's rules this module applies (../shared/method.md §4):
 * - Ranges arrive as `any[][]` (rows of cells); an omitted optional argument arrives as `null`.
 * - A blank cell arrives as `null` or `""` and is **missing** (#VALUE! naming the cell). Some desktop
 *   builds pass a blank as `0`; a 0 cannot be told from a typed zero and is read as zero, except in
 *   an AHP comparison matrix, where 0 is never a valid judgement and is read as blank.
 * - Text is never read as a number ("12" typed as text is rejected, naming the cell), except in an
 *   AHP comparison matrix, where "3" and fractions such as "1/3" are judgements.
 * - Booleans, Excel error values and data-type values other than plain numbers are rejected.
 * - Vectors may be one row or one column; a block with more than one row and column is rejected.
 *
 * Every message names the argument and the place in the user's terms, 1-based and relative to the
 * range given: "data row 3, column 2 is text 'n/a'", "weights item 4 is blank". A bad cell of a
 * range is a {@link CellError}, which carries its location as data.
 *
 * Pure: no `CustomFunctions` (errors are MethodError; ./excel-errors turns them into Excel errors),
 * so src/plan runs the same coercion headless.
 */
import { DIAGONAL_TOLERANCE, MethodError, PACKED_BLOCK_ROWS, beginInputCall, completePairwiseMatrix, endInputCall, inputBuffer, invalidInput, isTypedReciprocal, packedAll, packedRows, parseDirection, parseRatio, saatyScaleProblem } from "../core";
import type { Direction, Matrix } from "../core";
import { english, msg, quotedChoices, valueProblem, type Message, type MessageArg } from "../i18n/messages";

/** One declared parameter: its name as Excel shows it and how a raw Excel value becomes a T. */
export interface Param<T> {
  /** The parameter's name, as in the function's signature and Excel's formula tooltip. */
  readonly name: string;
  readonly optional: boolean;
  /** How Excel passes it (as in the generated metadata): one value, or a range as rows of cells. */
  readonly dimensionality: "scalar" | "matrix";
  /** Converts one raw argument; throws MethodError naming the place on bad input. */
  coerce(raw: unknown): T;
}

/** The coerced types of a tuple of parameters. */
export type ParamValues<P extends readonly Param<unknown>[]> = { -readonly [K in keyof P]: P[K] extends Param<infer T> ? T : never };

/** Coerces every argument of a call against its declared parameter, in order. */
export function coerceArgs<P extends readonly Param<unknown>[]>(params: P, raw: ArrayLike<unknown>): ParamValues<P> {
  const out: unknown[] = new Array(params.length);
  // The call's first large matrix may be packed into the kept input buffer (core input-buffer).
  beginInputCall();
  try {
    for (let k = 0; k < params.length; k++) out[k] = params[k].coerce(raw[k]);
  } finally {
    endInputCall();
  }
  return out as ParamValues<P>;
}

// ---------------------------------------------------------------------------------------------
// Errors at a cell

/** Where in a range argument a bad value sits (0-based, relative to the range given). */
export interface CellLocation {
  /** The argument, e.g. "data", "obstacles", "matrix". */
  readonly what: string;
  readonly row: number;
  readonly col: number;
  /** What is wrong, e.g. "is Infinity", "is blank". */
  readonly detail: string;
  /** What to do about it, e.g. "a finite number is needed" (absent when the detail says it). */
  readonly hint?: string;
}

/** The detail and hint of a {@link CellLocation}, keyed (for messages in the user's language). */
export interface CellText {
  readonly detail: Message;
  readonly hint?: MessageArg;
}

/**
 * A #VALUE! error at one cell of a range argument: a MethodError of kind "value" whose message is
 * "data row 3, column 2 is blank; fill it in …", with the location kept as data so callers (the
 * headless runner) can name the cell in their own terms. Given `cellText`, the message is keyed
 * (and the location's English detail and hint are its rendering).
 */
export class CellError extends MethodError {
  readonly cellText?: CellText;

  constructor(
    readonly location: CellLocation,
    cellText?: CellText,
  ) {
    const place = cellPlace(location.what, location.row, location.col);
    const detail: MessageArg = cellText?.detail ?? location.detail;
    const hint: MessageArg | undefined = cellText ? cellText.hint : location.hint;
    super("value", hint === undefined || hint === "" ? msg("sentence", { place, detail }) : msg("sentence.hint", { place, detail, hint }));
    this.cellText = cellText;
  }
}

/** A CellError from keyed texts; the location's detail and hint are their English rendering. */
function cellError(what: string, row: number, col: number, detail: Message, hint?: MessageArg): CellError {
  const location: CellLocation = { what, row, col, detail: english(detail), ...(hint === undefined ? {} : { hint: english(hint) }) };
  return new CellError(location, { detail, hint });
}

// ---------------------------------------------------------------------------------------------
// Describing cell values in messages

/** An Excel blank as custom functions receive it (`0` from some desktop builds is not included). */
export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

const MAX_QUOTED = 40;

/** How a cell value reads in a message: "blank", "text 'n/a'", "TRUE", "the error #N/A", "NaN". */
export function describeValue(v: unknown): string {
  return english(valueText(v));
}

/** {@link describeValue}, keyed. */
function valueText(v: unknown): MessageArg {
  if (isBlank(v)) return msg("value.blank");
  if (typeof v === "string") {
    const t = v.length > MAX_QUOTED ? `${v.slice(0, MAX_QUOTED)}…` : v;
    return msg("value.text", { text: t });
  }
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(v);
  const code = errorCodeOf(v);
  if (code !== undefined) return msg("value.error", { code });
  if (Array.isArray(v)) return msg("value.nested");
  // (null was read as blank above.)
  if (typeof v === "object" && typeof (v as { type?: unknown }).type === "string") {
    return msg("value.dataType", { type: (v as { type: string }).type });
  }
  return msg("value.jsType", { type: typeof v });
}

/**
 * The Excel error code an input value carries, if it is one: a CustomFunctions.Error-like object
 * (`code` "#N/A" …) or a data-types ErrorCellValue (`type` "Error"). With autogenerated metadata
 * Excel does not call a function whose input holds an error (the error propagates); this is the
 * defensive path for hosts that do pass them.
 */
function errorCodeOf(v: unknown): string | undefined {
  if (typeof v !== "object" || v === null) return undefined;
  const o = v as { code?: unknown; type?: unknown; basicValue?: unknown; errorType?: unknown };
  if (typeof o.code === "string" && o.code.startsWith("#")) return o.code;
  if (o.type === "Error") return typeof o.basicValue === "string" ? o.basicValue : String(o.errorType ?? "#VALUE!");
  return undefined;
}

/**
 * The plain value inside a data-types value (the generated metadata sets
 * allowCustomDataForDataTypeAny, so `any` parameters may receive `{ type: "Double", basicValue }`
 * for formatted-number cells). Other values pass through unchanged.
 */
function plainValue(v: unknown): unknown {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return v;
  const o = v as { type?: unknown; basicValue?: unknown };
  if (o.type === "Double" || o.type === "FormattedNumber" || o.type === "String" || o.type === "Boolean") {
    const b = o.basicValue;
    if (typeof b === "number" || typeof b === "string" || typeof b === "boolean") return b;
  }
  return v;
}

function cellPlace(name: string, i: number, j: number): Message {
  return msg("place.cell", { what: name, row: i + 1, col: j + 1 });
}

function itemPlace(name: string, k: number): Message {
  return msg("place.item", { what: name, item: k + 1 });
}

/**
 * Whether v is a number stored as text: "0.9", " 12 ", or with full-width digits and point ("０.９"
 * from a Chinese input method, read by Unicode NFKC).
 */
function isNumberText(v: unknown): v is string {
  if (typeof v !== "string") return false;
  const t = v.normalize("NFKC").trim();
  return t !== "" && Number.isFinite(Number(t));
}

/** Why a value is not a usable number (what it is; what to do), for messages. */
function whyNotANumber(v: unknown): [what: MessageArg, hint: Message] {
  if (isNumberText(v)) {
    return [msg("value.numberAsText", { value: valueText(v) }), msg("hint.convertNumber")];
  }
  if (typeof v === "number") return [String(v), msg("hint.finite")];
  if (isBlank(v)) return [msg("value.blank"), msg("hint.fillIn")];
  return [valueText(v), msg("hint.number")];
}

/** "{place} is {what}; {hint}" for a value that is not a usable number. */
function notANumber(place: MessageArg, v: unknown): Message {
  const [what, hint] = whyNotANumber(v);
  return valueProblem(place, what, hint);
}

/**
 * Slow path of numeric cells: unwraps data-type numbers, else throws naming the place (matrix cell
 * row i, column j; or vector item i when j < 0). Positions are passed, not a closure, so the hot
 * loops capture no loop variables (a captured `let` costs a heap context per iteration).
 */
function numberAt(raw: unknown, name: string, i: number, j: number): number {
  const v = plainValue(raw);
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (j < 0) throw invalidInput(notANumber(itemPlace(name, i), v));
  const [what, hint] = whyNotANumber(v);
  throw cellError(name, i, j, msg("detail.is", { value: what }), hint);
}

// ---------------------------------------------------------------------------------------------
// Ranges

/** The rows of a range argument; a lone scalar counts as a 1×1 range. */
function rowsOf(raw: unknown, name: string): unknown[][] {
  if (!Array.isArray(raw)) {
    if (isBlank(raw)) throw invalidInput(msg("arg.empty", { name }));
    return [[raw]];
  }
  if (raw.length === 0) throw invalidInput(msg("arg.empty", { name }));
  const first = raw[0];
  if (!Array.isArray(first)) throw invalidInput(msg("arg.notRange", { name }));
  if (first.length === 0) throw invalidInput(msg("arg.empty", { name }));
  return raw as unknown[][];
}

function checkRow(row: unknown, name: string, i: number, cols: number): unknown[] {
  if (!Array.isArray(row) || row.length !== cols) {
    const got = Array.isArray(row) ? row.length : 0;
    throw invalidInput(msg("arg.ragged", { name, row: i + 1, got, cols }));
  }
  return row;
}

/** Shape of a range argument, for messages ("3×4"). */
export function shapeText(m: { rows: number; cols: number }): string {
  return `${m.rows}×${m.cols}`;
}

function outsideUnit(name: string, i: number, j: number, x: number, hint: Message): MethodError {
  return cellError(name, i, j, msg("detail.outsideUnit", { value: x }), hint);
}

/**
 * The hot loop of {@link numericMatrix}: copies a row of plain numbers into `values` at `at` and
 * says whether every cell was a finite number (in [0, 1] when `unit`). One `typeof` per cell; the
 * finiteness test is a per-row sum of x·0 (0 for a finite x, NaN for ±Infinity and NaN), which
 * measured 0.6 ns/cell faster than a test per cell at 100000×50 (issue 9). A row that fails is
 * redone by {@link exactRow}, so which cell is reported, and in which order, is unchanged.
 */
function fastRow(row: readonly unknown[], values: Float64Array, at: number, m: number, unit: boolean): boolean {
  let zero = 0;
  for (let j = 0; j < m; j++) {
    const v = row[j];
    if (typeof v !== "number") return false;
    values[at + j] = v;
    zero += v * 0;
  }
  if (zero !== 0) return false;
  if (unit) {
    for (let j = 0; j < m; j++) {
      const x = values[at + j];
      if (!(x >= 0 && x <= 1)) return false;
    }
  }
  return true;
}

/**
 * A row cell by cell in column order: data-type numbers unwrapped, the first bad cell thrown
 * (outside [0, 1] with `unitHint`'s advice when one is given).
 */
function exactRow(row: readonly unknown[], values: Float64Array, at: number, name: string, i: number, unitHint: Message | undefined): void {
  for (let j = 0; j < row.length; j++) {
    const v = row[j];
    // v - v === 0 is false for NaN and ±Infinity.
    const x = typeof v === "number" && v - v === 0 ? v : numberAt(v, name, i, j);
    if (unitHint !== undefined && !(x >= 0 && x <= 1)) throw outsideUnit(name, i, j, x, unitHint);
    values[at + j] = x;
  }
}

export interface NumericMatrixOptions {
  /** Minimum number of rows (2 where min–max normalization needs a panel). */
  readonly minRows?: number;
  /** Every value must lie in [0, 1] (S and P indices, already-normalized data). */
  readonly unit?: boolean;
  /** The advice after "outside [0, 1]" (default: index values must lie in [0, 1]). */
  readonly unitHint?: Message;
  /** What the rows are, for the minRows message (default "objects"). */
  readonly rowsAre?: MessageArg;
}

/**
 * An n×m range of numbers, packed row-major into the core's {@link Matrix} in one pass without
 * intermediate arrays (the fast path is one `typeof` test per cell).
 */
export function numericMatrix(name: string, options: NumericMatrixOptions = {}): Param<Matrix> {
  const { minRows = 1, unit = false, rowsAre = msg("word.objects") } = options;
  const unitHint = unit ? (options.unitHint ?? msg("hint.unit")) : undefined;
  return {
    name,
    optional: false,
    dimensionality: "matrix",
    coerce(raw: unknown): Matrix {
      const rows = rowsOf(raw, name);
      const n = rows.length;
      const m = rows[0].length;
      if (n < minRows) {
        throw invalidInput(msg("arg.fewRows", { name, rows: n, min: minRows, rowsAre }));
      }
      const values = inputBuffer(n * m, m);
      let done = 0;
      for (let i = 0; i < n; i++) {
        const row = checkRow(rows[i], name, i, m);
        if (!fastRow(row, values, i * m, m, unit)) exactRow(row, values, i * m, name, i, unitHint);
        // Each block of rows handed to the core while in cache (column ranges; core input-buffer).
        if (i + 1 - done === PACKED_BLOCK_ROWS) {
          packedRows(values, m, done, i + 1);
          done = i + 1;
        }
      }
      packedRows(values, m, done, n); // the last block: no rows when n is a multiple of PACKED_BLOCK_ROWS
      packedAll(values, m);
      return { rows: n, cols: m, values };
    },
  };
}

/**
 * An AHP pairwise comparison matrix: numbers, text numbers and text fractions ("1/3"); a blank
 * (`null`, `""`, or `0`, which is never a valid judgement) is left for the core to complete
 * (diagonal = 1, lower triangle = reciprocals). Square, positive and reciprocal are checked by
 * the core's completePairwiseMatrix, whose messages name the cells.
 */
export function pairwiseMatrix(name: string): Param<Matrix> {
  return {
    name,
    optional: false,
    dimensionality: "matrix",
    coerce(raw: unknown): Matrix {
      const rows = rowsOf(raw, name);
      const n = rows.length;
      const m = rows[0].length;
      if (n !== m) {
        for (let i = 0; i < n; i++) checkRow(rows[i], name, i, m);
        // More rows than columns (else more columns than rows: n ≠ m here).
        const taller = n > m;
        // A header row (more rows than columns) or column (more columns than rows) selected with
        // the judgements: name its first label.
        // One label makes a header only where one more row (column) than square is just that line.
        const header = headerLabel(rows, { row: n === m + 1 ? 1 : 2, column: m === n + 1 ? 1 : 2 }, taller ? "row" : "column");
        if (header) {
          // The judgements' size: with a header row and column, the smaller side but that line;
          // else the columns (rows) beside a header row (column) when there are more rows (columns)
          // than that, else the rows (columns) but the header line.
          const size = header.both ? Math.min(n, m) - 1 : header.line === "row" ? (taller ? m : n - 1) : taller ? m - 1 : n;
          const hint = msg(header.both ? "hint.headerBoth" : header.line === "row" ? "hint.headerRow" : "hint.headerColumn", { n: size, name, rows: n, cols: m });
          throw cellError(name, header.row, header.col, msg("detail.is", { value: valueText(header.value) }), hint);
        }
        // A whole-column (whole-row) reference, or a range drawn too long (wide): blank rows below
        // the first m (blank columns right of the first n). Counted once: a whole column has 2²⁰ rows.
        const lastRow = lastFilledRow(rows);
        const lastColumn = lastFilledColumn(rows);
        if (taller && lastRow <= m) throw invalidInput(msg("arg.blankRowsBelow", { name, rows: n, cols: m, first: m + 1 }));
        if (!taller && lastColumn <= n) throw invalidInput(msg("arg.blankColumnsRight", { name, rows: n, cols: m, first: n + 1 }));
        // Blank rows (columns) between the judgements, pasted or left while typing, that are exactly
        // the extra ones: name the first, if the grid without them reads as a comparison matrix (a
        // blank diagonal beside a blank triangle leaves a whole line blank that belongs to the grid).
        const inside: number[] = [];
        if (taller) {
          for (let i = 0; i < lastRow - 1; i++) if (rows[i].every(isBlankJudgement)) inside.push(i);
        } else {
          for (let j = 0; j < lastColumn - 1; j++) if (rows.every((r) => isBlankJudgement(r[j]))) inside.push(j);
        }
        if (inside.length === Math.abs(n - m) && readsWithout(rows, inside, taller, name)) {
          throw invalidInput(taller ? msg("arg.blankRowInside", { name, row: inside[0] + 1, rows: n, cols: m }) : msg("arg.blankColumnInside", { name, col: inside[0] + 1, rows: n, cols: m }));
        }
        throw invalidInput(msg("arg.notSquare", { name, rows: n, cols: m }));
      }
      const judgements: (number | null)[][] = new Array(n);
      for (let i = 0; i < n; i++) {
        const row = checkRow(rows[i], name, i, m);
        const out: (number | null)[] = new Array(m);
        for (let j = 0; j < m; j++) out[j] = judgement(row[j], name, i, j, partnerValue(rows[j][i]));
        judgements[i] = out;
      }
      return completePairwiseMatrix(judgements);
    },
  };
}

/**
 * Whether a cell of an AHP comparison matrix is blank, to be completed (diagonal 1, reciprocal
 * below): `null`, `""`, spaces, or `0` (never a valid judgement; some desktop builds pass blanks as 0).
 */
export function isBlankJudgement(raw: unknown): boolean {
  const v = plainValue(raw);
  return isBlank(v) || v === 0 || (typeof v === "string" && v.trim() === "");
}

/**
 * The number a partner cell a_ji holds, read leniently (a number or a text fraction), or undefined
 * (isTypedReciprocal looks only at partners on Saaty's scale, so NaN or Infinity need no check here).
 */
function partnerValue(raw: unknown): number | undefined {
  const v = plainValue(raw);
  if (typeof v === "number") return v;
  return typeof v === "string" ? parseRatio(v) : undefined;
}

function judgement(raw: unknown, name: string, i: number, j: number, partner: number | undefined): number | null {
  if (isBlankJudgement(raw)) return null;
  const v = plainValue(raw);
  const bad = (what: MessageArg, hint: Message) => cellError(name, i, j, msg("detail.is", { value: what }), hint);
  // Named here, with the cell (AHPGROUP: its row in the whole stacked range), in the core's words:
  // a value ≤ 0 (text "0" as a typed 0), a diagonal other than 1 (never "off the scale" or "a date"
  // there), a value off Saaty's scale (method.md §3), a date serial called a date.
  const onScale = (x: number, fromNumberCell: boolean): number => {
    if (!(x > 0)) throw bad(String(x), msg("hint.positiveJudgement"));
    if (i === j) {
      if (Math.abs(x - 1) > DIAGONAL_TOLERANCE) throw bad(valueText(v), msg("hint.diagonal"));
      return x;
    }
    // 0.111 under a 9: the 9's reciprocal in decimals (the larger of the pair is the judgement).
    const problem = isTypedReciprocal(x, partner) ? undefined : saatyScaleProblem(x, valueText(v), fromNumberCell);
    if (problem) throw bad(problem.text.detail, problem.text.hint);
    return x;
  };
  if (typeof v === "number") {
    if (Number.isFinite(v)) return onScale(v, true);
    throw bad(String(v), msg("hint.positiveJudgement"));
  }
  if (typeof v === "string") {
    const r = parseRatio(v);
    if (r !== undefined) return onScale(r, false);
    // Words in the first row or column may be a header pasted with the judgements.
    const label = (i === 0 || j === 0) && /\p{L}/u.test(v);
    throw bad(valueText(v), msg(label ? "hint.typeFractionOrLabel" : "hint.typeFraction"));
  }
  throw bad(valueText(v), msg("hint.positiveOrFraction"));
}

// ---------------------------------------------------------------------------------------------
// Vectors

/** Whether a vector argument was given as one row (1×m, m ≥ 1) rather than a column. */
export function isRowVector(raw: unknown): boolean {
  return Array.isArray(raw) && raw.length === 1;
}

/** The cells of a one-row or one-column range, in reading order; rejects 2-D blocks. */
function vectorCells(raw: unknown, name: string): unknown[] {
  const rows = rowsOf(raw, name);
  const n = rows.length;
  const m = rows[0].length;
  if (n === 1) return checkRow(rows[0], name, 0, m);
  if (m !== 1) throw invalidInput(msg("arg.notVector", { name, rows: n, cols: m }));
  const out: unknown[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = checkRow(rows[i], name, i, 1)[0];
  return out;
}

/**
 * The cells of a vector, or of a block holding exactly `count` cells read row by row (REGION's
 * "4 cells" may be a 2×2 block, method.md §3).
 */
function blockCells(raw: unknown, name: string, count: number): unknown[] {
  const rows = rowsOf(raw, name);
  const n = rows.length;
  const m = rows[0].length;
  // A row or a column of `count` cells reads the same either way, so only the cell count decides.
  if (n * m !== count) return vectorCells(raw, name);
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) out.push(...checkRow(rows[i], name, i, m));
  return out;
}

type Vector<T> = Param<T> & { readonly optional: false };

/** A row or column of numbers (weights). */
export function numberVector(name: string): Vector<Float64Array> {
  return {
    name,
    optional: false,
    dimensionality: "matrix",
    coerce(raw: unknown): Float64Array {
      const cells = vectorCells(raw, name);
      const out = new Float64Array(cells.length);
      for (let k = 0; k < cells.length; k++) {
        const v = cells[k];
        out[k] = typeof v === "number" && v - v === 0 ? v : numberAt(v, name, k, -1);
      }
      return out;
    },
  };
}

/** A row or column of directions: 1/-1, "+"/"-", "benefit"/"cost", "positive"/"negative". */
export function directionVector(name: string): Vector<Direction[]> {
  return {
    name,
    optional: false,
    dimensionality: "matrix",
    coerce(raw: unknown): Direction[] {
      const cells = vectorCells(raw, name);
      return cells.map((c, k) => {
        const v = plainValue(c);
        if (isBlank(v)) throw invalidInput(valueProblem(itemPlace(name, k), msg("value.blank"), msg("hint.direction")));
        if (typeof v !== "number" && typeof v !== "string") {
          throw invalidInput(valueProblem(itemPlace(name, k), valueText(v), msg("hint.direction")));
        }
        return parseDirection(v, itemPlace(name, k));
      });
    },
  };
}

export interface LabelVectorOptions {
  /** Exact number of labels required (REGION's 4 labels). */
  readonly length?: number;
}

/** A row or column of labels: text or numbers (read as text, trimmed); blanks are rejected. */
export function labelVector(name: string, options: LabelVectorOptions = {}): Vector<string[]> {
  return {
    name,
    optional: false,
    dimensionality: "matrix",
    coerce(raw: unknown): string[] {
      const cells = options.length !== undefined ? blockCells(raw, name, options.length) : vectorCells(raw, name);
      if (options.length !== undefined && cells.length !== options.length) {
        throw invalidInput(msg("arg.exactCount", { name, n: cells.length, count: options.length }));
      }
      return cells.map((c, k) => {
        const v = plainValue(c);
        if (Number.isFinite(v)) return String(v); // false for anything but a finite number
        if (typeof v === "string" && v.trim() !== "") return v.trim();
        throw invalidInput(valueProblem(itemPlace(name, k), valueText(v), msg("hint.label")));
      });
    },
  };
}

/** Makes a parameter optional: an omitted argument (`null`, `undefined`) gives `undefined`. */
export function optional<T>(param: Param<T>): Param<T | undefined> {
  return {
    name: param.name,
    optional: true,
    dimensionality: param.dimensionality,
    coerce(raw: unknown): T | undefined {
      return raw === null || raw === undefined ? undefined : param.coerce(raw);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Scalars

/** A scalar argument: Excel passes a value; a 1×1 range (from `any` parameters) is unwrapped. */
function scalarOf(raw: unknown, name: string): unknown {
  if (!Array.isArray(raw)) return plainValue(raw);
  if (raw.length === 1 && Array.isArray(raw[0]) && raw[0].length === 1) return plainValue(raw[0][0]);
  throw invalidInput(msg("arg.notScalar", { name }));
}

export interface NumberOptions {
  /** Value of an omitted or blank argument. */
  readonly default: number;
  readonly integer?: boolean;
  readonly min?: number;
  readonly max?: number;
}

/** An optional number with a default (blank or omitted → default). */
export function numberWithDefault(name: string, options: NumberOptions): Param<number> {
  return {
    name,
    optional: true,
    dimensionality: "scalar",
    coerce(raw: unknown): number {
      const v = scalarOf(raw, name);
      if (isBlank(v)) return options.default;
      if (typeof v !== "number" || !Number.isFinite(v)) throw invalidInput(notANumber(name, v));
      if (options.integer && !Number.isInteger(v)) throw invalidInput(valueProblem(name, v, msg("hint.integer")));
      if (options.min !== undefined && v < options.min) throw invalidInput(valueProblem(name, v, msg("hint.atLeast", { min: options.min })));
      if (options.max !== undefined && v > options.max) throw invalidInput(valueProblem(name, v, msg("hint.atMost", { max: options.max })));
      return v;
    },
  };
}

/**
 * One of a fixed list of words (case and surrounding spaces ignored); blank or omitted → default.
 * With `allowNumber`, a number is accepted too (AHPCR's `ri`: a table name or RI itself).
 */
export function option<C extends string>(name: string, choices: readonly C[], defaultChoice: C): Param<C>;
export function option<C extends string>(name: string, choices: readonly C[], defaultChoice: C, allowNumber: true): Param<C | number>;
export function option<C extends string>(name: string, choices: readonly C[], defaultChoice: C, allowNumber = false): Param<C | number> {
  // '"saaty" or "alonso" or a number': the number is a third alternative after the quoted list.
  const list = allowNumber ? msg("list.or", { head: quotedChoices(choices), last: msg("list.aNumber") }) : quotedChoices(choices);
  return {
    name,
    optional: true,
    dimensionality: "scalar",
    coerce(raw: unknown): C | number {
      const v = scalarOf(raw, name);
      if (isBlank(v)) return defaultChoice;
      if (typeof v === "string") {
        const key = v.trim().toLowerCase();
        const found = choices.find((c) => c === key);
        if (found !== undefined) return found;
        if (key === "") return defaultChoice;
      }
      if (allowNumber && typeof v === "number" && Number.isFinite(v)) return v;
      // RI typed as text ("0.9", "０.９"): say so, as for any number stored as text. (Text of spaces
      // returned the default above.)
      if (allowNumber && isNumberText(v)) throw invalidInput(notANumber(name, v));
      throw invalidInput(valueProblem(name, valueText(v), msg("hint.use", { list })));
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Several experts' comparison matrices

/**
 * k pairwise comparison matrices of the same n stacked vertically, a (k·n)×n range (AHPGROUP):
 * each n×n block is read by {@link pairwiseMatrix}, so every expert's grid follows RECC.AHP's input
 * rules. A bad cell is named by its row in the whole range ("matrices row 5, column 2 …"); a
 * block-level error (not square, not reciprocal, both halves blank) names the expert and its rows.
 */
export function pairwiseStack(name: string): Param<Matrix[]> {
  const block = pairwiseMatrix(name);
  return {
    name,
    optional: false,
    dimensionality: "matrix",
    coerce(raw: unknown): Matrix[] {
      const rows = rowsOf(raw, name);
      const n = rows[0].length;
      for (let i = 0; i < rows.length; i++) checkRow(rows[i], name, i, n);
      if (rows.length % n !== 0) {
        // A header row or column selected with the stacked judgements: name its first label.
        const header = headerLabel(rows, { row: 2, column: 2 }, rows.length > n ? "row" : "column");
        if (header) {
          const hint = msg(header.both ? "hint.stackHeaderBoth" : header.line === "row" ? "hint.stackHeaderRow" : "hint.stackHeaderColumn");
          throw cellError(name, header.row, header.col, msg("detail.is", { value: valueText(header.value) }), hint);
        }
        // A whole-row reference: blank columns right of the experts' n×n matrices (never wider than
        // the rows: that is matrices side by side, stackLayoutProblem's case).
        const usedCols = lastFilledColumn(rows);
        if (usedCols > 0 && usedCols < n && usedCols <= rows.length) throw invalidInput(msg("arg.stackBlankRight", { name, first: usedCols + 1, last: usedCols }));
      }
      // Blank rows below the last expert's block and none between the blocks (whole columns): say
      // which rows to select. (A blank 1×1 grid is a valid expert: its diagonal is 1.)
      const used = Math.ceil(lastFilledRow(rows) / n) * n;
      if (n > 1 && used > 0 && used < rows.length && blankSeparator(rows.slice(0, used), n) < 0) {
        throw invalidInput(msg("arg.stackBlankBelow", { name, first: used + 1, last: used }));
      }
      if (rows.length % n !== 0) throw invalidInput(stackLayoutProblem(name, rows, n));
      const out: Matrix[] = [];
      for (let e = 0; e * n < rows.length; e++) {
        try {
          out.push(block.coerce(rows.slice(e * n, (e + 1) * n)));
        } catch (err) {
          // A block-level failure (diagonal, reciprocity) with a blank separator row above a filled
          // row: the separators shifted the blocks, so name them rather than the shifted block. (A
          // wholly blank range has no separator: its first expert's blank grid is named.)
          const separator = blankSeparator(rows.slice(0, used), n);
          // (A diagonal other than 1 is a sign of such a shift too.)
          const layout = err instanceof CellError ? err.location.row === err.location.col : err instanceof MethodError;
          if (separator >= 0 && layout) {
            throw invalidInput(msg("arg.stackBlankRows", { name, row: separator + 1 }));
          }
          throw inExpertBlock(err, name, e, n);
        }
      }
      return out;
    },
  };
}

/**
 * Why a range of `rows.length` rows × n columns is no vertical stack of n×n matrices: matrices
 * side by side (columns a multiple of the rows), blank separator rows (a wholly blank row; a blank
 * or 0 cell is blank in a comparison matrix), else the general rule.
 */
function stackLayoutProblem(name: string, rows: readonly (readonly unknown[])[], n: number): Message {
  // n ≠ rows.length here (the range is no stack), so a multiple of the rows is more than the rows.
  if (n % rows.length === 0) return msg("arg.stackSideBySide", { name, rows: rows.length, cols: n });
  // Only a blank row above a filled one separates anything (a wholly blank range gets the rule).
  const blank = blankSeparator(rows.slice(0, lastFilledRow(rows)), n);
  if (blank >= 0) return msg("arg.stackBlankRows", { name, row: blank + 1 });
  return msg("arg.stack", { name, rows: rows.length, cols: n });
}

/**
 * Whether the grid without the given rows (`lines` are row indices when `byRow`, else column
 * indices) reads as a comparison matrix, by the rules of {@link pairwiseMatrix}; only the user's
 * own errors (MethodError) say it does not, anything else is a bug and propagates.
 */
function readsWithout(rows: readonly (readonly unknown[])[], lines: readonly number[], byRow: boolean, name: string): boolean {
  const left = new Set(lines);
  const grid = byRow ? rows.filter((_, i) => !left.has(i)) : rows.map((r) => r.filter((_, j) => !left.has(j)));
  try {
    pairwiseMatrix(name).coerce(grid);
    return true;
  } catch (err) {
    if (err instanceof MethodError) return false;
    throw err;
  }
}

/** 1-based number of the last column holding a cell that is not blank (as a comparison matrix reads blanks); 0 when all are. */
function lastFilledColumn(rows: readonly (readonly unknown[])[]): number {
  for (let j = rows[0].length - 1; j >= 0; j--) if (!rows.every((r) => isBlankJudgement(r[j]))) return j + 1;
  return 0;
}

/**
 * A header row or column selected with the judgements: the labels (text with a letter that is no
 * judgement, parseRatio does not read it) of row 1 and of column 1. A line counts as a header with at
 * least `least.row` (`least.column`) labels, so one note typed below or beside the judgements is
 * none; of two, the one with more labels (`tie` when equal, e.g. only the corner cell). Returns the
 * line and its first label, whether both lines are headers, or undefined.
 */
function headerLabel(
  rows: readonly (readonly unknown[])[],
  least: { readonly row: number; readonly column: number },
  tie: "row" | "column",
): { line: "row" | "column"; both: boolean; row: number; col: number; value: unknown } | undefined {
  const isLabel = (v: unknown) => typeof v === "string" && /\p{L}/u.test(v) && parseRatio(v) === undefined;
  const inRow = rows[0].map(plainValue).filter(isLabel).length;
  const inColumn = rows.map((r) => plainValue(r[0])).filter(isLabel).length;
  const row = inRow >= least.row && inRow > 0;
  const column = inColumn >= least.column && inColumn > 0;
  if (!row && !column) return undefined;
  const line = row && column ? (inRow > inColumn ? "row" : inColumn > inRow ? "column" : tie) : row ? "row" : "column";
  // The line holds a label (row: inRow > 0; column: inColumn > 0), so the search ends at its first.
  for (let k = 0; ; k++) {
    const [i, j] = line === "row" ? [0, k] : [k, 0];
    const value = plainValue(rows[i][j]);
    if (isLabel(value)) return { line, both: row && column, row: i, col: j, value };
  }
}

/** 1-based number of the last row holding a cell that is not blank (as a comparison matrix reads blanks); 0 when all are. */
function lastFilledRow(rows: readonly (readonly unknown[])[]): number {
  for (let i = rows.length - 1; i >= 0; i--) if (!rows[i].every(isBlankJudgement)) return i + 1;
  return 0;
}

/**
 * The first wholly blank row (blank or 0 cells, as a comparison matrix reads them) that is not the
 * last row of its n-row block, where an upper triangle with a blank diagonal leaves a blank row; -1
 * when there is none.
 */
function blankSeparator(rows: readonly (readonly unknown[])[], n: number): number {
  return rows.findIndex((r, i) => i % n !== n - 1 && r.every((v) => v === null || v === undefined || v === "" || v === 0));
}

/** An error of expert e's block, re-worded to name its place in the whole stacked range. */
function inExpertBlock(err: unknown, name: string, e: number, n: number): unknown {
  if (err instanceof CellError) return new CellError({ ...err.location, row: err.location.row + e * n }, err.cellText);
  // A pair blank on both sides or not reciprocal: its cells by their rows in the whole range.
  if (err instanceof MethodError && typeof err.text !== "string" && (err.text.id === "ahp.bothBlank" || err.text.id === "ahp.notReciprocal")) {
    const { i, j } = err.text.args as { i: number; j: number };
    const at = { name, expert: e + 1, first: e * n + 1, last: (e + 1) * n, i, j, ri: i + e * n, rj: j + e * n };
    return new MethodError(err.kind, msg(err.text.id === "ahp.bothBlank" ? "stack.bothBlank" : "stack.notReciprocal", { ...err.text.args, ...at }));
  }
  // No other user error comes out of a block: judgement() names every bad cell first, and
  // completePairwiseMatrix repeats those checks before its pair checks (property test in
  // test/functions/coerce-header.test.ts). Anything else is a bug and propagates as it is.
  return err;
}
