/**
 * Dense numeric matrix used by every algorithm of the method.
 *
 * Row-major `Float64Array` of n rows (objects: one area in one year) × m columns (indicators).
 * Packed storage keeps the hot loops of large panels (10⁵ × 50) free of per-row arrays.
 */
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  /** Row-major values, length rows × cols: element (i, j) is `values[i * cols + j]`. */
  readonly values: Float64Array;
}

/** A matrix of the given shape filled with 0. */
export function zeros(rows: number, cols: number): Matrix {
  return { rows, cols, values: new Float64Array(rows * cols) };
}

/**
 * Packs an array of rows into a {@link Matrix}.
 * @param rowArrays n arrays of m numbers each (rows = objects).
 * @throws RangeError when the rows differ in length (callers validate first; this is a guard).
 */
export function fromRows(rowArrays: ReadonlyArray<ArrayLike<number>>): Matrix {
  const rows = rowArrays.length;
  const cols = rows === 0 ? 0 : rowArrays[0].length;
  const values = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const r = rowArrays[i];
    if (r.length !== cols) throw new RangeError(`row ${i + 1} has ${r.length} values, expected ${cols}`);
    for (let j = 0; j < cols; j++) values[i * cols + j] = r[j];
  }
  return { rows, cols, values };
}

/** Unpacks a matrix into an array of rows (plain numbers), e.g. for returning to Excel. */
export function toRows(matrix: Matrix): number[][] {
  const out: number[][] = new Array(matrix.rows);
  for (let i = 0; i < matrix.rows; i++) {
    out[i] = Array.from(matrix.values.subarray(i * matrix.cols, (i + 1) * matrix.cols));
  }
  return out;
}

/** The columns `indices` (0-based, in that order) of a matrix, as a new matrix. */
export function selectColumns(matrix: Matrix, indices: ReadonlyArray<number>): Matrix {
  const { rows, cols, values } = matrix;
  const k = indices.length;
  const out = new Float64Array(rows * k);
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    for (let c = 0; c < k; c++) out[i * k + c] = values[base + indices[c]];
  }
  return { rows, cols: k, values: out };
}
