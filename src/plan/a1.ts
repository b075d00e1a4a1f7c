/**
 * A1 addressing (pure, no Office types), shared by the analysis plan and the task pane: column
 * letters, cells, rectangles, sheet-qualified references and the addresses Excel's `Range.address`
 * returns (`Sheet1!B2:C10`, `'My sheet'!$A$1`). Sheet names are always quoted in what we write
 * (Excel accepts quotes around any name; an apostrophe inside is doubled: O'Brien → 'O''Brien'!A1).
 * Row and column indices are 0-based; the sheet is 1,048,576 rows × 16,384 columns (A…XFD).
 */
import { english, msg, type Message } from "../i18n";

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

/** A sheet name as it appears in a reference: always quoted, apostrophes doubled ('My data', 'O''Brien'). */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** A sheet name as a formula prefix: quoteSheet plus "!" ('My data'!, 'O''Brien'!). */
export function sheetPrefix(sheet: string): string {
  return `${quoteSheet(sheet)}!`;
}

/** The sheet name of an address's sheet part, quotes removed and '' undoubled (`'It''s'` → `It's`). */
export function unquoteSheet(name: string): string {
  const t = name.trim();
  if (t.length >= 2 && t.startsWith("'") && t.endsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
  return t;
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
  const m = sheetNameIssue(name);
  return m && english(m);
}

/** {@link sheetNameProblem} as a keyed message, to render in a locale. */
export function sheetNameIssue(name: string): Message | undefined {
  if (name.length === 0 || name.length > 31) return msg("plan.sheetLength", { name });
  if (/[:\\/?*[\]]/.test(name)) return msg("plan.sheetChars", { name });
  if (name.startsWith("'") || name.endsWith("'")) return msg("plan.sheetApostrophe", { name });
  if (name.toLowerCase() === "history") return msg("plan.sheetHistory");
  return undefined;
}

/** A rectangle on a named sheet (0-based top row and left column, size in rows × columns). */
export interface CellRect extends Rect {
  readonly sheet: string;
}

/** 0-based column index of column letters ("A" → 0, "AA" → 26, "XFD" → 16383). @throws RangeError past XFD or for non-letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`"${letters}" is not a column`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  if (n > MAX_COLUMNS) throw new RangeError(`column ${letters} is outside the sheet (the last column is XFD)`);
  return n - 1;
}

/** Local address of a rectangle, absolute by default: `$B$2:$C$10`, or `$B$2` for one cell. */
export function localAddress(r: Rect, absolute = true): string {
  return rectAddress(r, absolute);
}

/** Full reference `'Sheet name'!$B$2:$C$10` for a formula or a chart series. */
export function fullAddress(r: CellRect, absolute = true): string {
  return sheetPrefix(r.sheet) + rectAddress(r, absolute);
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]+)$/;

/**
 * Parses `Sheet!A1:B2`, `'a b'!$A$1`, or a local `A1:B2` (sheet = `defaultSheet`). Whole-column and
 * whole-row references are not accepted (the pane works on explicit blocks).
 * @throws RangeError with a plain-words message when the text is not an address or leaves the sheet
 *   (rows 1…1,048,576, columns A…XFD).
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
  const a = CELL.exec(parts[0]);
  const b = CELL.exec(parts[parts.length - 1]);
  if (parts.length > 2 || !a || !b) throw new RangeError(`"${text}" is not a range address like Sheet1!A1:B10`);
  const r1 = Number(a[2]) - 1;
  const r2 = Number(b[2]) - 1;
  if (r1 < 0 || r2 < 0) throw new RangeError(`"${text}" has a row 0`);
  if (r1 >= MAX_ROWS || r2 >= MAX_ROWS) throw new RangeError(`"${text}" is outside the sheet (the last row is ${MAX_ROWS})`);
  const c1 = columnIndex(a[1]);
  const c2 = columnIndex(b[1]);
  return { sheet, row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

/**
 * The one rule for text written into a cell (through `values` or `formulas`): text Excel would read
 * as something else gets a leading apostrophe, which Excel hides and which keeps it text. That is
 * text starting with = + - @ (a formula) or ' (itself a prefix), TRUE/FALSE, and text that looks like
 * a number, percentage, fraction, date or time ("2012", "1e5", "50%", "1/3", "12:30").
 */
export function escapeText(s: string): string {
  const t = s.trim();
  if (t === "") return s;
  if (/^[=+\-@']/.test(s)) return `'${s}`;
  if (/^(true|false)$/i.test(t)) return `'${s}`;
  if (/\d/.test(t) && (/^[\d\s.,/:%$()-]+$/.test(t) || /^[\d.]+e[+-]?\d+$/i.test(t))) return `'${s}`;
  return s;
}
