/**
 * A1-address helpers (pure, no Office types). Addresses are what Excel's `Range.address` returns:
 * `Sheet1!B2:C10`, `'My sheet'!$A$1`; row/column indices here are 0-based.
 */

/** A rectangular range on one sheet, 0-based inclusive corners. */
export interface CellRect {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Column letters for a 0-based column index (0 → A, 25 → Z, 26 → AA). Throws on a negative index. */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new RangeError(`column index ${col} is not a non-negative integer`);
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based column index of column letters ("A" → 0, "AA" → 26). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) throw new RangeError(`"${letters}" is not a column`);
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/**
 * Sheet name as it must appear in a formula reference: quoted with '' doubled when it has anything
 * but letters, digits, underscore and dots (or starts with a digit); Excel accepts quotes everywhere.
 */
export function quoteSheet(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

/** Unquotes a sheet name taken from an address (`'It''s'` → `It's`). */
export function unquoteSheet(name: string): string {
  const t = name.trim();
  if (t.startsWith("'") && t.endsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
  return t;
}

/** Local (no sheet) address of a rectangle, absolute when `absolute`: `$B$2:$C$10` or `B2` for one cell. */
export function localAddress(r: Omit<CellRect, "sheet">, absolute = true): string {
  const d = absolute ? "$" : "";
  const a = `${d}${columnLetters(r.col)}${d}${r.row + 1}`;
  if (r.rows === 1 && r.cols === 1) return a;
  return `${a}:${d}${columnLetters(r.col + r.cols - 1)}${d}${r.row + r.rows}`;
}

/** Full reference `'Sheet name'!$B$2:$C$10` for use in a formula or a chart series. */
export function fullAddress(r: CellRect, absolute = true): string {
  return `${quoteSheet(r.sheet)}!${localAddress(r, absolute)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]+)$/;

/**
 * Parses `Sheet!A1:B2`, `'a b'!$A$1`, or a local `A1:B2` (sheet = `defaultSheet`). Whole-column or
 * whole-row references are not accepted (the pane works on explicit blocks). Throws RangeError with a
 * plain-words message when the text is not an address.
 */
export function parseAddress(text: string, defaultSheet = ""): CellRect {
  const t = text.trim();
  let sheet = defaultSheet;
  let local = t;
  const bang = t.lastIndexOf("!");
  if (bang >= 0) {
    sheet = unquoteSheet(t.slice(0, bang));
    local = t.slice(bang + 1);
  }
  const parts = local.split(":");
  if (parts.length > 2 || parts[0] === "") throw new RangeError(`"${text}" is not a range address like Sheet1!A1:B10`);
  const a = CELL.exec(parts[0]);
  const b = CELL.exec(parts[parts.length - 1]);
  if (!a || !b) throw new RangeError(`"${text}" is not a range address like Sheet1!A1:B10`);
  const r1 = Number(a[2]) - 1;
  const r2 = Number(b[2]) - 1;
  const c1 = columnIndex(a[1]);
  const c2 = columnIndex(b[1]);
  if (r1 < 0 || r2 < 0) throw new RangeError(`"${text}" has a row 0`);
  return {
    sheet,
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
}

/** The sub-rectangle of `r` starting `dr` rows / `dc` columns in, of the given size. */
export function offsetRect(r: CellRect, dr: number, dc: number, rows: number, cols: number): CellRect {
  return { sheet: r.sheet, row: r.row + dr, col: r.col + dc, rows, cols };
}

/** Single cell rectangle. */
export function cell(sheet: string, row: number, col: number): CellRect {
  return { sheet, row, col, rows: 1, cols: 1 };
}
