/**
 * A1 addressing for the analysis plan: column letters, cells, rectangles and sheet-qualified
 * references with Excel's quoting rule (a sheet name is wrapped in single quotes and an apostrophe
 * inside it is doubled: O'Brien → 'O''Brien'!A1).
 */

/** Excel's last column (XFD) and row. */
export const MAX_COLUMNS = 16384;
export const MAX_ROWS = 1048576;

/** A rectangle on a sheet: 0-based top row and left column, size in rows × columns. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** Column letters of a 0-based column index (0 → A, 25 → Z, 26 → AA). @throws RangeError past XFD. */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col >= MAX_COLUMNS) throw new RangeError(`column ${col + 1} is outside the sheet`);
  let s = "";
  let c = col + 1;
  while (c > 0) {
    const r = (c - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    c = Math.floor((c - 1) / 26);
  }
  return s;
}

/** "B7" for 0-based (row 6, col 1); absolute "$B$7" when `absolute`. @throws RangeError outside the sheet. */
export function cellAddress(row: number, col: number, absolute = false): string {
  if (!Number.isInteger(row) || row < 0 || row >= MAX_ROWS) throw new RangeError(`row ${row + 1} is outside the sheet`);
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(col)}${d}${row + 1}`;
}

/** "B7:D9" (or "B7" for one cell) for a rectangle. */
export function rectAddress(r: Rect, absolute = false): string {
  const a = cellAddress(r.row, r.col, absolute);
  if (r.rows === 1 && r.cols === 1) return a;
  return `${a}:${cellAddress(r.row + r.rows - 1, r.col + r.cols - 1, absolute)}`;
}

/** Parses "B7" or "$B$7" into a 0-based {row, col}. @throws Error for anything else. */
export function parseCell(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`'${address}' is not a cell address such as A1`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1 || row > MAX_ROWS || col > MAX_COLUMNS) throw new Error(`'${address}' is outside the sheet`);
  return { row: row - 1, col: col - 1 };
}

/** Parses "B7:D9" or "B7" into a rectangle. */
export function parseRect(address: string): Rect {
  const [a, b] = address.split(":");
  const p = parseCell(a);
  const q = b === undefined ? p : parseCell(b);
  return { row: Math.min(p.row, q.row), col: Math.min(p.col, q.col), rows: Math.abs(q.row - p.row) + 1, cols: Math.abs(q.col - p.col) + 1 };
}

/** A sheet name as a formula prefix: always quoted, apostrophes doubled ('My data'!, 'O''Brien'!). */
export function sheetPrefix(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}

/** Sheet-qualified absolute reference, e.g. 'Data'!$C$2:$C$49. */
export function qualified(sheet: string, r: Rect): string {
  return sheetPrefix(sheet) + rectAddress(r, true);
}

/**
 * Checks a worksheet name against Excel's rules: 1–31 characters, none of : \ / ? * [ ],
 * not starting or ending with an apostrophe, not "History".
 * @returns a message, or undefined when the name is valid.
 */
export function sheetNameProblem(name: string): string | undefined {
  if (name.length === 0 || name.length > 31) return `sheet name '${name}' must have 1 to 31 characters`;
  if (/[:\\/?*[\]]/.test(name)) return `sheet name '${name}' contains one of : \\ / ? * [ ]`;
  if (name.startsWith("'") || name.endsWith("'")) return `sheet name '${name}' must not start or end with an apostrophe`;
  if (name.toLowerCase() === "history") return "sheet name 'History' is reserved by Excel";
  return undefined;
}
