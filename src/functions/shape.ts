/**
 * Output shaping: the core's numbers into the rectangular arrays Excel spills.
 *
 * Guarantees (../shared/method.md §4): every row has the same length; no cell is NaN, ±Infinity,
 * `null` or `undefined` (a number that is not finite becomes a #NUM! cell; padding is `""`).
 * One pass, one array per output row.
 */
import type { Matrix } from "../core";
import { invalidNumberCell } from "./coerce";

/** A value Excel can show in a cell. */
export type Cell = number | string | boolean | CustomFunctions.Error;

/** A finite number, or a #NUM! cell when the arithmetic overflowed. */
export function numberCell(x: number): number | CustomFunctions.Error {
  return x - x === 0 ? x : invalidNumberCell();
}

/** A scalar result; a non-finite one is thrown as #NUM!. */
export function scalar(x: number): number {
  if (x - x === 0) return x;
  throw invalidNumberCell();
}

/** n values as an n×1 column. */
export function column(values: ArrayLike<number>): Cell[][] {
  const out: Cell[][] = new Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = [numberCell(values[i])];
  return out;
}

/** m values as a 1×m row. */
export function row(values: ArrayLike<number>): Cell[][] {
  const r: Cell[] = new Array(values.length);
  for (let j = 0; j < values.length; j++) r[j] = numberCell(values[j]);
  return [r];
}

/** A vector as a row or a column. */
export function vector(values: ArrayLike<number>, asRow: boolean): Cell[][] {
  return asRow ? row(values) : column(values);
}

/** A matrix as rows of cells. */
export function matrix(m: Matrix): Cell[][] {
  const { rows, cols, values } = m;
  const out: Cell[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const r: Cell[] = new Array(cols);
    const base = i * cols;
    for (let j = 0; j < cols; j++) r[j] = numberCell(values[base + j]);
    out[i] = r;
  }
  return out;
}

/**
 * Rows of numbers made by the core, shaped in place (no copy): a non-finite number becomes #NUM!.
 * Every row must have the same length (the core's row results do).
 */
export function numberRows(rows: number[][]): Cell[][] {
  const out: Cell[][] = rows;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    for (let j = 0; j < r.length; j++) if (r[j] - r[j] !== 0) out[i][j] = invalidNumberCell();
  }
  return out;
}

/** An n×m grid from a function of the cell position. */
export function grid(rows: number, cols: number, cell: (k: number) => Cell): Cell[][] {
  const out: Cell[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const r: Cell[] = new Array(cols);
    const base = i * cols;
    for (let j = 0; j < cols; j++) r[j] = cell(base + j);
    out[i] = r;
  }
  return out;
}
