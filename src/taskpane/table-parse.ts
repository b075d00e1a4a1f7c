/**
 * Reads a raw indicator table (pure): optional meta rows above the header ("role"/"system",
 * "direction", "subsystem" in the first column), the header row, one area column, one year column
 * and indicator columns. Guesses the area and year columns and pre-fills each indicator's role,
 * direction and subsystem from the meta rows (else support, +, "support"). Columns holding only 0
 * and 1 (dummies such as "post") are proposed as not-an-indicator. Trailing blank rows are trimmed;
 * blank rows inside the table are kept (see ParsedTable.rowCount).
 */
import { translator, type Locale } from "../i18n";
import { localAddress, parseAddress } from "../plan/a1";
import type { SourceTable } from "../plan/analysis-plan";
import type { CellValue } from "./write-model";

export interface IndicatorDraft {
  name: string;
  include: boolean;
  role: "support" | "pressure";
  direction: 1 | -1;
  subsystem: string;
}

export interface ParsedTable {
  sheet: string;
  /** Local address of the header row's first cell (e.g. "A4"). */
  headerCell: string;
  headers: string[];
  /**
   * Data rows below the header, trailing blank rows trimmed. Blank rows inside the table are kept
   * (the analysis reads one contiguous block under the header, so dropping them would shift rows
   * against their labels); `blankRows` names them.
   */
  rowCount: number;
  /** Guessed area column (the user may pick another). */
  areaColumn: string;
  /** Guessed year column, if any. */
  yearColumn?: string;
  /** The data cells of each column, columns[j][i] = header j, data row i (rowCount rows). */
  columns: CellValue[][];
  /** 1-based sheet row numbers of blank rows inside the table. */
  blankRows: number[];
  indicators: IndicatorDraft[];
  /** Plain-words remarks for the pane (e.g. "2 dummy columns were left out"). */
  notes: string[];
}

export class TableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TableError";
  }
}

const META: Record<string, "role" | "direction" | "subsystem"> = {
  role: "role",
  system: "role",
  direction: "direction",
  subsystem: "subsystem",
  criterion: "subsystem",
};

function text(v: CellValue | undefined): string {
  return v === undefined ? "" : String(v).trim();
}

function asNumber(v: CellValue | undefined): number | undefined {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v.trim()))) return Number(v.trim());
  return undefined;
}

/** Role from a meta cell: support/pressure, S/P. */
function roleOf(v: string): "support" | "pressure" | undefined {
  const t = v.toLowerCase();
  if (t === "support" || t === "s") return "support";
  if (t === "pressure" || t === "p") return "pressure";
  return undefined;
}

/** Direction from a meta cell, with the words of method.md §3. */
export function directionOf(v: CellValue): 1 | -1 | undefined {
  const t = String(v).trim().toLowerCase();
  if (["1", "+", "+1", "benefit", "positive"].includes(t)) return 1;
  if (["-1", "-", "−", "cost", "negative"].includes(t)) return -1;
  return undefined;
}

/**
 * Parses the table.
 * @param address full address of the values (`Data!A1:M301`), first row = header (after meta rows).
 * @param values the range's cells, rows × columns.
 * @throws TableError when there is no header, fewer than 2 data rows, or no numeric column.
 */
export function parseIndicatorTable(address: string, values: CellValue[][], locale: Locale = "en"): ParsedTable {
  const tr = translator(locale);
  const rect = parseAddress(address);
  const meta: Partial<Record<"role" | "direction" | "subsystem", CellValue[]>> = {};
  let h = 0;
  while (h < values.length && META[text(values[h][0]).toLowerCase()]) {
    meta[META[text(values[h][0]).toLowerCase()]] = values[h];
    h++;
  }
  if (h >= values.length) throw new TableError(tr("table.noHeader"));
  const headers = values[h].map((v, j) => text(v) || tr("table.blankHeader", { n: j + 1 }));
  const blank = (r: CellValue[]) => r.every((v) => text(v) === "");
  let end = values.length;
  while (end > h + 1 && blank(values[end - 1])) end--;
  const rows = values.slice(h + 1, end);
  const filled = rows.filter((r) => !blank(r));
  if (filled.length < 2) throw new TableError(tr("table.fewRows", { n: filled.length }));
  const blankRows = rows.flatMap((r, i) => (blank(r) ? [rect.row + h + 2 + i] : []));
  // Guesses (numeric columns, the year column, dummies) look at the filled rows only.
  const col = (j: number) => filled.map((r) => r[j]);
  const numeric = headers.map((_, j) => col(j).every((v) => text(v) === "" || asNumber(v) !== undefined));
  const find = (re: RegExp) => headers.findIndex((x) => re.test(x));
  let areaIdx = find(/^(area|city|region|country|province|mine|site|name)s?$/i);
  if (areaIdx < 0) areaIdx = numeric.findIndex((n) => !n);
  if (areaIdx < 0) throw new TableError(tr("table.noArea"));
  let yearIdx = find(/^(year|yr|time|period)$/i);
  if (yearIdx < 0) {
    yearIdx = headers.findIndex(
      (_, j) => j !== areaIdx && numeric[j] && col(j).every((v) => Number.isInteger(asNumber(v)) && asNumber(v)! >= 1900 && asNumber(v)! <= 2100),
    );
  }
  const notes: string[] = [];
  const indicators: IndicatorDraft[] = [];
  headers.forEach((name, j) => {
    if (j === areaIdx || j === yearIdx) return;
    if (!numeric[j]) {
      notes.push(tr("table.textColumn", { name }));
      return;
    }
    const vals = col(j).map(asNumber).filter((x): x is number => x !== undefined);
    const dummy = vals.length > 0 && vals.every((x) => x === 0 || x === 1);
    const role = meta.role ? roleOf(text(meta.role[j])) : undefined;
    const direction = meta.direction ? directionOf(meta.direction[j] ?? "") : undefined;
    const subsystem = meta.subsystem ? text(meta.subsystem[j]) : "";
    if (dummy && !meta.role) notes.push(tr("table.dummy", { name }));
    indicators.push({
      name,
      include: meta.role ? role !== undefined : !dummy,
      role: role ?? "support",
      direction: direction ?? 1,
      subsystem: subsystem || (role ?? "support"),
    });
  });
  if (indicators.length === 0) throw new TableError(tr("table.noNumeric"));
  return {
    sheet: rect.sheet,
    headerCell: localAddress({ row: rect.row + h, col: rect.col, rows: 1, cols: 1 }, false),
    headers,
    rowCount: rows.length,
    areaColumn: headers[areaIdx],
    ...(yearIdx >= 0 ? { yearColumn: headers[yearIdx] } : {}),
    columns: headers.map((_, j) => rows.map((r) => r[j] ?? "")),
    blankRows,
    indicators,
    notes,
  };
}

/** "row 7", "rows 7 and 12", "rows 7, 9 and 12". */
function rowList(rows: number[]): string {
  if (rows.length === 1) return `row ${rows[0]}`;
  return `rows ${rows.slice(0, -1).join(", ")} and ${rows[rows.length - 1]}`;
}

/**
 * The plan's view of a parsed table for the area and year columns the user chose (not the
 * guessed ones): area names and years come from those columns of the kept rows.
 * Area names (or years) are passed only when every row has one (a whole-number year), since the
 * per-area series and the trend pivots need them; otherwise a note says why they are left out.
 * @returns the SourceTable for buildAnalysisPlan and plain-words notes for the status line.
 * @throws TableError when a chosen column is not a header of the table.
 */
export function sourceTable(t: ParsedTable, areaColumn: string, yearColumn?: string, locale: Locale = "en"): { source: SourceTable; notes: string[] } {
  const tr = translator(locale);
  const column = (name: string) => {
    const j = t.headers.indexOf(name);
    if (j < 0) throw new TableError(tr("table.noColumn", { name, columns: t.headers.join(", ") }));
    return t.columns[j];
  };
  const notes: string[] = [];
  if (t.blankRows.length > 0) {
    notes.push(
      tr("table.blankRows", {
        sheet: t.sheet,
        // English: "row 7 is" / "rows 7 and 12 are"; Chinese: "第 7、12 行".
        rows: locale === "en" ? `${rowList(t.blankRows)} ${t.blankRows.length === 1 ? "is" : "are"}` : `第 ${t.blankRows.join(tr("list.sep"))} 行`,
      }),
    );
  }
  const areas = column(areaColumn).map(text);
  const haveAreas = areas.every((a) => a !== "");
  if (!haveAreas) notes.push(tr("table.noAreas", { column: areaColumn }));
  let years: number[] | undefined;
  if (yearColumn !== undefined) {
    const ys = column(yearColumn).map(asNumber);
    if (ys.every((y): y is number => y !== undefined && Number.isInteger(y))) years = ys;
    else notes.push(tr("table.noYears", { column: yearColumn }));
  }
  return {
    source: {
      sheet: t.sheet,
      headerCell: t.headerCell,
      headers: t.headers,
      rowCount: t.rowCount,
      ...(haveAreas ? { areas } : {}),
      ...(years ? { years } : {}),
    },
    notes,
  };
}
