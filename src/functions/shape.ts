/**
 * Output shaping: the core's numbers into the rectangular arrays Excel spills. Pure (no
 * `CustomFunctions`): a cell that must show an Excel error is made by the caller's `errorCell`
 * (default: the plain marker `{ error: "#NUM!" }`; the Excel adapter passes one that makes a
 * CustomFunctions.Error, see ./excel-errors), so no second pass over the output is needed.
 *
 * Guarantees (../shared/method.md §4): every row has the same length; no cell is NaN, ±Infinity,
 * `null` or `undefined` (a number that is not finite becomes a #NUM! cell; padding is `""`).
 * One pass, one array per output row.
 */
import { MethodError } from "../core";
import { msg } from "../i18n/messages";
import type { Matrix } from "../core";

/** The Excel errors a single output cell may hold (the whole call fails for the others). */
export type ErrorCellCode = "#DIV/0!" | "#NUM!";

/** A per-cell Excel error as plain data: #DIV/0! where S = 0 in C = P/S, #NUM! on overflow. */
export interface ErrorCell {
  readonly error: ErrorCellCode;
}

/** A value Excel can show in a cell; E is how an error cell is represented (plain marker by default). */
export type Cell<E = ErrorCell> = number | string | boolean | E;

/** Makes the cell for an Excel error code. */
export type MakeErrorCell<E> = (code: ErrorCellCode) => E;

/** The plain marker representation of an error cell. */
export const plainErrorCell: MakeErrorCell<ErrorCell> = (code) => ({ error: code });

/** True for a plain error-cell marker. */
export function isErrorCell(v: unknown): v is ErrorCell {
  return typeof v === "object" && v !== null && typeof (v as { error?: unknown }).error === "string";
}

// The default makes plain markers; a caller-supplied E replaces them (cast: E defaults to ErrorCell).
function maker<E>(errorCell: MakeErrorCell<E> | undefined): MakeErrorCell<E> {
  return errorCell ?? (plainErrorCell as unknown as MakeErrorCell<E>);
}

/**
 * A scalar result.
 * @throws MethodError of kind "number" (#NUM!) when it is not finite.
 */
export function scalar(x: number): number {
  if (x - x === 0) return x;
  throw new MethodError("number", msg("result.notFinite", { value: x }));
}

/** n values as an n×1 column. */
export function column<E = ErrorCell>(values: ArrayLike<number>, errorCell?: MakeErrorCell<E>): Cell<E>[][] {
  const out: Cell<E>[][] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    out[i] = [x - x === 0 ? x : maker(errorCell)("#NUM!")];
  }
  return out;
}

/** m values as a 1×m row. */
export function row<E = ErrorCell>(values: ArrayLike<number>, errorCell?: MakeErrorCell<E>): Cell<E>[][] {
  const r: Cell<E>[] = new Array(values.length);
  for (let j = 0; j < values.length; j++) {
    const x = values[j];
    r[j] = x - x === 0 ? x : maker(errorCell)("#NUM!");
  }
  return [r];
}

/** A vector as a row or a column. */
export function vector<E = ErrorCell>(values: ArrayLike<number>, asRow: boolean, errorCell?: MakeErrorCell<E>): Cell<E>[][] {
  return asRow ? row(values, errorCell) : column(values, errorCell);
}

/** A matrix as rows of cells. */
export function matrix<E = ErrorCell>(m: Matrix, errorCell?: MakeErrorCell<E>): Cell<E>[][] {
  const { rows, cols, values } = m;
  const out: Cell<E>[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const r: Cell<E>[] = new Array(cols);
    const base = i * cols;
    for (let j = 0; j < cols; j++) {
      const x = values[base + j];
      r[j] = x - x === 0 ? x : maker(errorCell)("#NUM!");
    }
    out[i] = r;
  }
  return out;
}

/**
 * Rows of numbers made by the core, shaped in place (no copy): a non-finite number becomes #NUM!.
 * Every row must have the same length (the core's row results do).
 */
export function numberRows<E = ErrorCell>(rows: number[][], errorCell?: MakeErrorCell<E>): Cell<E>[][] {
  const out: Cell<E>[][] = rows;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    for (let j = 0; j < r.length; j++) if (r[j] - r[j] !== 0) out[i][j] = maker(errorCell)("#NUM!");
  }
  return out;
}

/** An n×m grid from a function of the cell position. */
export function grid<C>(rows: number, cols: number, cell: (k: number) => C): C[][] {
  const out: C[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const r: C[] = new Array(cols);
    const base = i * cols;
    for (let j = 0; j < cols; j++) r[j] = cell(base + j);
    out[i] = r;
  }
  return out;
}
