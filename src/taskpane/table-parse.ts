/**
 * Reads a raw indicator table (pure): optional meta rows above the header ("role"/"system",
 * "direction", "subsystem" in the first column), the header row, one area column, one year column
 * and indicator columns. Guesses the area and year columns and pre-fills each indicator's role,
 * direction and subsystem from the meta rows (else support, +, "support"). Columns holding only 0
 * and 1 (dummies such as "post") are proposed as not-an-indicator.
 */
import { localAddress, parseAddress } from "../plan/a1";
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
  rowCount: number;
  areaColumn: string;
  yearColumn?: string;
  areas: string[];
  years?: number[];
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
export function parseIndicatorTable(address: string, values: CellValue[][]): ParsedTable {
  const rect = parseAddress(address);
  const meta: Partial<Record<"role" | "direction" | "subsystem", CellValue[]>> = {};
  let h = 0;
  while (h < values.length && META[text(values[h][0]).toLowerCase()]) {
    meta[META[text(values[h][0]).toLowerCase()]] = values[h];
    h++;
  }
  if (h >= values.length) throw new TableError("The range has no header row: select the table with its labels in the first row.");
  const headers = values[h].map((v, j) => text(v) || `Column ${j + 1}`);
  const rows = values.slice(h + 1).filter((r) => r.some((v) => text(v) !== ""));
  if (rows.length < 2) throw new TableError(`The table has ${rows.length} data row(s) below its labels; the method needs at least 2.`);
  const col = (j: number) => rows.map((r) => r[j]);
  const numeric = headers.map((_, j) => col(j).every((v) => text(v) === "" || asNumber(v) !== undefined));
  const find = (re: RegExp) => headers.findIndex((x) => re.test(x));
  let areaIdx = find(/^(area|city|region|country|province|mine|site|name)s?$/i);
  if (areaIdx < 0) areaIdx = numeric.findIndex((n) => !n);
  if (areaIdx < 0) throw new TableError("No column of area names was found: the table needs one text column naming the areas.");
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
      notes.push(`Column "${name}" holds text and is not used as an indicator.`);
      return;
    }
    const vals = col(j).map(asNumber).filter((x): x is number => x !== undefined);
    const dummy = vals.length > 0 && vals.every((x) => x === 0 || x === 1);
    const role = meta.role ? roleOf(text(meta.role[j])) : undefined;
    const direction = meta.direction ? directionOf(meta.direction[j] ?? "") : undefined;
    const subsystem = meta.subsystem ? text(meta.subsystem[j]) : "";
    if (dummy && !meta.role) notes.push(`Column "${name}" holds only 0 and 1 (a dummy); it is left out. Tick it to use it.`);
    indicators.push({
      name,
      include: meta.role ? role !== undefined : !dummy,
      role: role ?? "support",
      direction: direction ?? 1,
      subsystem: subsystem || (role ?? "support"),
    });
  });
  if (indicators.length === 0) throw new TableError("No numeric indicator column was found in the table.");
  return {
    sheet: rect.sheet,
    headerCell: localAddress({ row: rect.row + h, col: rect.col, rows: 1, cols: 1 }, false),
    headers,
    rowCount: rows.length,
    areaColumn: headers[areaIdx],
    ...(yearIdx >= 0 ? { yearColumn: headers[yearIdx], years: col(yearIdx).map((v) => asNumber(v) ?? NaN) } : {}),
    areas: col(areaIdx).map(text),
    indicators,
    notes,
  };
}
