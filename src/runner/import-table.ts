/**
 * Reads the user's table (CSV or .xlsx) and turns it into a clean panel for the analysis.
 *
 * Rules (README "The importer"):
 * - Lines before the header that start with # are comments. Blank lines are ignored.
 * - Numbers are read from text: surrounding spaces are trimmed ("792.06 "), leading zeros are
 *   decimal ("0050" = 50). A thousands separator, a percent sign or any other text is an error
 *   that names file, row and column.
 * - Missing markers ("", NaN, NA, N/A, .., -, null; case ignored) are missing, never 0: a row
 *   with a missing indicator leaves the panel, with a message. So does a row without an area.
 * - Rows whose area is listed in import.excludeAreas (aggregates such as "World") leave the panel.
 * - A repeated (area, year) is an error.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import Papa from "papaparse";
import type { ResolvedConfig } from "../plan/analysis-config";

/** Data-import options: the "import" section of the runner's config file. */
export interface ImportOptions {
  /** Worksheet of an .xlsx file (default: the first). */
  sheet?: string;
  /** 1-based row of the header (default: the first row that is not a comment or blank). */
  headerRow?: number;
  /** 1-based rows to ignore (e.g. a units row under the header). */
  skipRows?: number[];
  /** Area names to leave out (aggregates such as "World", "High income"). */
  excludeAreas?: string[];
  /** Texts that mean "missing" (default: "", NaN, NA, N/A, .., -, null; case ignored). */
  missingValues?: string[];
}

export const DEFAULT_MISSING = ["", "nan", "na", "n/a", "..", "-", "null", "#n/a"];

/** Bad input: names the file, the 1-based row and the column. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly row: number | undefined,
    readonly column: string | undefined,
    detail: string,
  ) {
    super(`${file}${row !== undefined ? `, row ${row}` : ""}${column !== undefined ? `, column '${column}'` : ""}: ${detail}`);
    this.name = "ImportError";
  }
}

export type RawCell = string | number | boolean | Date | null;

/** A table as read from the file: header labels and rows with their 1-based row numbers in the file. */
export interface RawTable {
  file: string;
  sheet?: string;
  headers: string[];
  rows: RawCell[][];
  rowNumbers: number[];
}

/** The clean panel the analysis runs on. */
export interface CleanPanel {
  areas: string[];
  years?: number[];
  /** n × m indicator values in config order. */
  values: number[][];
  indicatorNames: string[];
  /** One line per row left out or value reinterpreted. */
  messages: string[];
  /** Counts per reason, for the terminal. */
  skippedByReason: Record<string, number>;
  rowCountRead: number;
}

/** Checks the "import" section. @returns messages naming each bad field (empty when fine). */
export function validateImportOptions(raw: unknown): string[] {
  if (raw === undefined) return [];
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return ["import must be an object"];
  const errs: string[] = [];
  const o = raw as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if (!["sheet", "headerRow", "skipRows", "excludeAreas", "missingValues"].includes(k)) errs.push(`import.${k} is not a known field`);
  }
  if (o.sheet !== undefined && typeof o.sheet !== "string") errs.push(`import.sheet is ${JSON.stringify(o.sheet)}; give a sheet name`);
  if (o.headerRow !== undefined && !(Number.isInteger(o.headerRow) && (o.headerRow as number) >= 1)) {
    errs.push(`import.headerRow is ${JSON.stringify(o.headerRow)}; give a row number ≥ 1`);
  }
  for (const k of ["skipRows"] as const) {
    const v = o[k];
    if (v !== undefined && !(Array.isArray(v) && v.every((x) => Number.isInteger(x) && x >= 1))) errs.push(`import.${k} must be a list of row numbers ≥ 1`);
  }
  for (const k of ["excludeAreas", "missingValues"] as const) {
    const v = o[k];
    if (v !== undefined && !(Array.isArray(v) && v.every((x) => typeof x === "string"))) errs.push(`import.${k} must be a list of texts`);
  }
  return errs;
}

/** Reads a .csv or .xlsx file into a RawTable. @throws ImportError for an unreadable or empty file. */
export async function readTableFile(file: string, options: ImportOptions = {}): Promise<RawTable> {
  const name = path.basename(file);
  if (!fs.existsSync(file)) throw new ImportError(name, undefined, undefined, `file not found (${file})`);
  const ext = path.extname(file).toLowerCase();
  let grid: RawCell[][];
  let sheet: string | undefined;
  if (ext === ".csv" || ext === ".txt") {
    const text = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
    const fatal = parsed.errors.find((e) => e.type === "Quotes");
    if (fatal) throw new ImportError(name, (fatal.row ?? 0) + 1, undefined, `CSV quoting error: ${fatal.message}`);
    grid = parsed.data;
  } else if (ext === ".xlsx") {
    // read-excel-file's CommonJS build (the package is ESM-first; this keeps jest and tsx alike).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const readXlsxFile = require("read-excel-file/node").default as typeof import("read-excel-file/node").default;
    let sheets;
    try {
      sheets = await readXlsxFile(file, { parseNumber: (s: string) => Number(s) });
    } catch (e) {
      throw new ImportError(name, undefined, undefined, `not a readable .xlsx workbook (${(e as Error).message})`);
    }
    const chosen = options.sheet ? sheets.find((s) => s.sheet === options.sheet) : sheets[0];
    if (!chosen) throw new ImportError(name, undefined, undefined, `no sheet '${options.sheet}' (sheets: ${sheets.map((s) => s.sheet).join(", ")})`);
    sheet = chosen.sheet;
    grid = chosen.data as RawCell[][];
  } else {
    throw new ImportError(name, undefined, undefined, `unsupported file type '${ext}'; use .csv or .xlsx`);
  }
  const skip = new Set(options.skipRows ?? []);
  const isBlank = (r: RawCell[]) => r.every((c) => c === null || c === undefined || String(c).trim() === "");
  let headerIndex = -1;
  if (options.headerRow !== undefined) {
    headerIndex = options.headerRow - 1;
    if (headerIndex >= grid.length) throw new ImportError(name, options.headerRow, undefined, `import.headerRow is past the end of the table (${grid.length} rows)`);
  } else {
    headerIndex = grid.findIndex((r, i) => !skip.has(i + 1) && !isBlank(r) && !String(r[0] ?? "").trimStart().startsWith("#"));
    if (headerIndex < 0) throw new ImportError(name, undefined, undefined, "the file has no header row (it is empty or all comments)");
  }
  const headers = grid[headerIndex].map((h) => String(h ?? "").trim());
  const rows: RawCell[][] = [];
  const rowNumbers: number[] = [];
  for (let i = headerIndex + 1; i < grid.length; i++) {
    if (skip.has(i + 1) || isBlank(grid[i])) continue;
    rows.push(grid[i]);
    rowNumbers.push(i + 1);
  }
  return { file: name, sheet, headers, rows, rowNumbers };
}

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

type Parsed = { kind: "number"; value: number; note?: string } | { kind: "missing"; text: string } | { kind: "bad"; why: string };

/** Reads one cell as a number under the importer's rules. */
export function parseNumberCell(v: RawCell, missing: readonly string[] = DEFAULT_MISSING): Parsed {
  if (v === null || v === undefined) return { kind: "missing", text: "" };
  if (typeof v === "number") return Number.isFinite(v) ? { kind: "number", value: v } : { kind: "missing", text: String(v) };
  if (typeof v === "boolean") return { kind: "bad", why: `is the logical value ${v}, not a number` };
  if (v instanceof Date) return { kind: "bad", why: `is a date (${v.toISOString().slice(0, 10)}), not a number` };
  const t = v.replace(/\u00a0/g, " ").trim();
  if (missing.includes(t.toLowerCase())) return { kind: "missing", text: v };
  if (NUMBER_TEXT.test(t)) {
    const value = Number(t);
    const note = /^[+-]?0\d/.test(t) ? `leading zeros: '${v}' read as ${value}` : undefined;
    return { kind: "number", value, note };
  }
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return { kind: "bad", why: `is '${v}' with a thousands separator; remove the commas` };
  if (/%$/.test(t)) return { kind: "bad", why: `is '${v}' with a percent sign; give the number only` };
  return { kind: "bad", why: `is the text '${v}', not a number` };
}

/**
 * Picks the configured columns out of a RawTable and cleans them (rules in the file header).
 * @throws ImportError for a missing column, a value that is not a number, a bad year or a repeated (area, year).
 */
export function cleanPanel(table: RawTable, config: ResolvedConfig, options: ImportOptions = {}): CleanPanel {
  const missing = (options.missingValues ?? DEFAULT_MISSING).map((s) => s.trim().toLowerCase());
  const exclude = new Set((options.excludeAreas ?? []).map((s) => s.trim()));
  const where = table.sheet ? `${table.file} [${table.sheet}]` : table.file;
  const col = (name: string) => {
    const j = table.headers.indexOf(name.trim());
    if (j < 0) throw new ImportError(where, undefined, name, `no such column; the header row has: ${table.headers.join(", ")}`);
    return j;
  };
  const areaJ = col(config.areaColumn);
  const yearJ = config.yearColumn ? col(config.yearColumn) : -1;
  const indJ = config.indicators.map((i) => col(i.name));
  const out: CleanPanel = {
    areas: [],
    years: config.yearColumn ? [] : undefined,
    values: [],
    indicatorNames: config.indicators.map((i) => i.name),
    messages: [],
    skippedByReason: {},
    rowCountRead: table.rows.length,
  };
  const skip = (reason: string, message: string) => {
    out.skippedByReason[reason] = (out.skippedByReason[reason] ?? 0) + 1;
    out.messages.push(message);
  };
  const seen = new Map<string, number>();
  table.rows.forEach((r, k) => {
    const rowNo = table.rowNumbers[k];
    const area = String(r[areaJ] ?? "").trim();
    if (area === "") return skip("no area", `row ${rowNo}: left out, the area ('${config.areaColumn}') is blank`);
    if (exclude.has(area)) return skip("excluded area (aggregate)", `row ${rowNo}: left out, '${area}' is in import.excludeAreas`);
    let year: number | undefined;
    if (yearJ >= 0) {
      const y = parseNumberCell(r[yearJ], missing);
      if (y.kind === "missing") return skip("no year", `row ${rowNo} (${area}): left out, the year is blank`);
      if (y.kind === "bad" || !Number.isInteger(y.value)) {
        throw new ImportError(where, rowNo, config.yearColumn, `the year ${y.kind === "bad" ? y.why : `is ${y.value}, not a whole number`}`);
      }
      year = y.value;
    }
    const label = year === undefined ? area : `${area} ${year}`;
    const values: number[] = [];
    const missingCols: string[] = [];
    indJ.forEach((j, c) => {
      const p = parseNumberCell(r[j], missing);
      if (p.kind === "bad") throw new ImportError(where, rowNo, config.indicators[c].name, p.why);
      if (p.kind === "missing") missingCols.push(`${config.indicators[c].name} ${p.text.trim() === "" ? "blank" : `'${p.text}'`}`);
      else {
        if (p.note) out.messages.push(`row ${rowNo} (${label}), column '${config.indicators[c].name}': ${p.note}`);
        values.push(p.value);
      }
    });
    if (missingCols.length > 0) {
      return skip("missing indicator value", `row ${rowNo} (${label}): left out, missing ${missingCols.join(", ")} (a missing value is never read as 0)`);
    }
    const key = `${area}\u0000${year ?? ""}`;
    if (seen.has(key)) {
      throw new ImportError(where, rowNo, config.yearColumn ?? config.areaColumn, `${label} appears twice (first in row ${seen.get(key)})`);
    }
    seen.set(key, rowNo);
    out.areas.push(area);
    if (out.years && year !== undefined) out.years.push(year);
    out.values.push(values);
  });
  if (out.values.length < 2) {
    throw new ImportError(where, undefined, undefined, `only ${out.values.length} complete rows remain after cleaning; the method needs at least 2`);
  }
  return out;
}
