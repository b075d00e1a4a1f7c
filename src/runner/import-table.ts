/**
 * Reads the user's table (CSV or .xlsx) and turns it into a clean panel for the analysis.
 *
 * Rules (README "The importer"):
 * - Lines before the header that start with # are comments. Blank lines are ignored.
 * - Numbers are read from text: surrounding spaces are trimmed ("792.06 "), leading zeros are
 *   decimal ("0050" = 50). A thousands separator, a percent sign, any other text or a number too
 *   large for a double ("1e400") is an error that names file, row and column.
 * - Missing markers (a blank cell always; NaN, NA, N/A, .., -, null by default, plus the texts of
 *   import.missingValues; case ignored) and Excel error values (#DIV/0!, #N/A, …; in .xlsx cells or
 *   as text in a CSV) are missing, never 0: a row with a missing indicator leaves the panel, with a
 *   message. So does a row without an area.
 * - A column name used by the configuration that appears twice in the header is an error naming
 *   both columns; an unused duplicate is noted in the import log.
 * - Rows whose area is listed in import.excludeAreas (aggregates such as "World") leave the panel.
 * - A repeated (area, year) is an error.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import Papa from "papaparse";
import { unknownField, type ResolvedConfig } from "../plan/analysis-config";
import { joinList, LocalizedError, msg, renderMessage, type Locale, type Message, type MessageArg } from "../i18n";
import { decodeText, encodingName, ENCODINGS } from "./encoding";

const IMPORT_KEYS = ["sheet", "headerRow", "skipRows", "excludeAreas", "missingValues", "decimalSeparator", "thousandsSeparator", "yearFromDate", "encoding", "delimiter"];

/** The CSV field separators import.delimiter accepts. */
export const DELIMITERS = [",", ";", "\t", "|"] as const;

/** The decimal separators import.decimalSeparator accepts. */
export const DECIMAL_SEPARATORS = [".", ","] as const;
/** The thousands separators import.thousandsSeparator accepts (a space also matches a no-break space). */
export const THOUSANDS_SEPARATORS = [",", ".", " ", "'"] as const;

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
  /**
   * More texts that mean "missing" (case ignored). They add to {@link DEFAULT_MISSING}; a blank cell
   * is always missing.
   */
  missingValues?: string[];
  /** "." (default) or ",": the decimal separator of numbers written as text (a CSV from a European locale). */
  decimalSeparator?: (typeof DECIMAL_SEPARATORS)[number];
  /**
   * ",", ".", " " or "'": a thousands separator to accept in numbers written as text ("1,234.5",
   * "1.234,5", "1 234,5"); it must group digits by three. Default: none (a separator is an error).
   */
  thousandsSeparator?: (typeof THOUSANDS_SEPARATORS)[number];
  /** true: a date in the year column (an .xlsx date cell, or text such as 2015-12-31) is read as its year. */
  yearFromDate?: boolean;
  /**
   * The CSV's text encoding (utf-8, gb18030, gbk, gb2312, utf-16le, utf-16be); default: detected
   * (./encoding: BOM, else UTF-8, else GB18030). --encoding on the command line overrides it.
   */
  encoding?: string;
  /** The CSV's field separator (default: guessed from the header row onward). */
  delimiter?: (typeof DELIMITERS)[number];
}

/** How numbers written as text are read (from {@link ImportOptions}); `delimiter` is the CSV's field separator. */
export interface NumberFormat {
  decimal: "." | ",";
  thousands?: string;
  delimiter?: string;
}

/** Texts that always mean "missing" (compared trimmed and lower-cased). */
export const DEFAULT_MISSING = ["", "nan", "na", "n/a", "..", "-", "null", "#n/a"];

/** Excel's error values, as an .xlsx error cell or as the text a CSV export writes for one. */
const EXCEL_ERROR = /^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!|EXTERNAL!)$/i;

/** The missing markers in force: the defaults plus the user's texts (a blank is always missing). */
export function missingMarkers(options: ImportOptions = {}): string[] {
  return [...new Set([...DEFAULT_MISSING, ...(options.missingValues ?? []).map((s) => s.trim().toLowerCase())])];
}

/**
 * Bad input: names the file, the 1-based row and the column. `message` is English;
 * `text(locale)` (from LocalizedError) gives it in the demo's --lang.
 */
export class ImportError extends LocalizedError {
  constructor(
    readonly file: string,
    readonly row: number | undefined,
    readonly column: string | undefined,
    detail: MessageArg,
  ) {
    const id = row !== undefined ? (column !== undefined ? "import.atCell" : "import.atRow") : column !== undefined ? "import.atColumn" : "import.at";
    super(msg(id, { file, detail, ...(row !== undefined ? { row } : {}), ...(column !== undefined ? { column } : {}) }));
    this.name = "ImportError";
  }
}

export type RawCell = string | number | boolean | Date | null;

/** A table as read from the file: header labels and rows with their 1-based row numbers in the file. */
export interface RawTable {
  file: string;
  sheet?: string;
  /** Every sheet of an .xlsx file (for the hint when a column is missing). */
  sheets?: string[];
  /** 1-based row of the header in the file. */
  headerRow?: number;
  /** The CSV's text encoding, as given or detected (./encoding). */
  encoding?: string;
  /** The CSV's field separator as detected. */
  delimiter?: string;
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
  /** 1-based row in the file of each panel row (for messages). */
  rowNumbers: number[];
  indicatorNames: string[];
  /** One line per row left out or value reinterpreted. */
  messages: string[];
  /** Counts per reason, for the terminal. */
  skippedByReason: Record<string, number>;
  /** Doubts about data read as written (areas differing only in case, implausible years); also in `messages`. */
  warnings?: string[];
  rowCountRead: number;
}

/**
 * Checks the "import" section.
 * @param locale language of the messages (the demo's --lang); English by default.
 * @returns messages naming each bad field (empty when fine).
 */
export function validateImportOptions(raw: unknown, locale: Locale = "en"): string[] {
  return importOptionProblems(raw).map((m) => renderMessage(m, locale));
}

/** {@link validateImportOptions} as keyed messages. */
export function importOptionProblems(raw: unknown): MessageArg[] {
  if (raw === undefined) return [];
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return [msg("importOpt.notObject")];
  const errs: MessageArg[] = [];
  const o = raw as Record<string, unknown>;
  const json = (v: unknown) => String(JSON.stringify(v));
  for (const k of Object.keys(o)) {
    if (!IMPORT_KEYS.includes(k)) errs.push(unknownField(`import.${k}`, k, IMPORT_KEYS));
  }
  if (o.sheet !== undefined && typeof o.sheet !== "string") errs.push(msg("importOpt.sheet", { value: json(o.sheet) }));
  if (o.headerRow !== undefined && !(Number.isInteger(o.headerRow) && (o.headerRow as number) >= 1)) {
    errs.push(msg("importOpt.headerRow", { value: json(o.headerRow) }));
  }
  for (const k of ["skipRows"] as const) {
    const v = o[k];
    if (v !== undefined && !(Array.isArray(v) && v.every((x) => Number.isInteger(x) && x >= 1))) errs.push(msg("importOpt.rowList", { field: `import.${k}` }));
  }
  for (const k of ["excludeAreas", "missingValues"] as const) {
    const v = o[k];
    if (v !== undefined && !(Array.isArray(v) && v.every((x) => typeof x === "string"))) errs.push(msg("importOpt.textList", { field: `import.${k}` }));
  }
  const dec = o.decimalSeparator;
  const th = o.thousandsSeparator;
  if (dec !== undefined && !(DECIMAL_SEPARATORS as readonly unknown[]).includes(dec)) errs.push(msg("importOpt.decimal", { value: json(dec) }));
  if (th !== undefined && !(THOUSANDS_SEPARATORS as readonly unknown[]).includes(th)) errs.push(msg("importOpt.thousands", { value: json(th) }));
  if (th !== undefined && th === (dec ?? ".")) errs.push(msg("importOpt.sameSeparators", { value: json(th) }));
  if (o.encoding !== undefined && !(typeof o.encoding === "string" && encodingName(o.encoding))) {
    errs.push(msg("importOpt.encoding", { value: json(o.encoding), list: ENCODINGS.join(", ") }));
  }
  if (o.delimiter !== undefined && !(DELIMITERS as readonly unknown[]).includes(o.delimiter)) errs.push(msg("importOpt.delimiter", { value: json(o.delimiter) }));
  if (o.yearFromDate !== undefined && typeof o.yearFromDate !== "boolean") errs.push(msg("importOpt.yearFromDate", { value: json(o.yearFromDate) }));
  return errs;
}

/** Reads a .csv or .xlsx file into a RawTable. @throws ImportError for an unreadable or empty file. */
export async function readTableFile(file: string, options: ImportOptions = {}): Promise<RawTable> {
  const name = path.basename(file);
  if (!fs.existsSync(file)) throw new ImportError(name, undefined, undefined, msg("import.fileNotFound", { path: file }));
  const ext = path.extname(file).toLowerCase();
  let grid: RawCell[][];
  let sheet: string | undefined;
  let sheetNames: string[] | undefined;
  let delimiter: string | undefined;
  let encoding: string | undefined;
  if (ext === ".csv" || ext === ".txt") {
    let text: string;
    try {
      const decoded = decodeText(fs.readFileSync(file), options.encoding);
      text = decoded.text;
      encoding = decoded.encoding;
    } catch (e) {
      throw new ImportError(name, undefined, undefined, e instanceof LocalizedError ? e.detail : (e as Error).message);
    }
    delimiter = options.delimiter ?? guessDelimiter(text, options);
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter });
    const fatal = parsed.errors.find((e) => e.type === "Quotes");
    if (fatal) {
      const detail = fatal.code === "MissingQuotes" ? msg("import.quotesUnterminated") : fatal.code === "InvalidQuotes" ? msg("import.quotesMalformed") : fatal.message;
      throw new ImportError(name, (fatal.row ?? 0) + 1, undefined, msg("import.csvQuotes", { detail }));
    }
    grid = parsed.data;
    delimiter = parsed.meta.delimiter;
  } else if (ext === ".xlsx") {
    // read-excel-file's CommonJS build (the package is ESM-first; this keeps jest and tsx alike).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const readXlsxFile = require("read-excel-file/node").default as typeof import("read-excel-file/node").default;
    let sheets;
    try {
      sheets = await readXlsxFile(file, { parseNumber: (s: string) => Number(s) });
    } catch (e) {
      throw new ImportError(name, undefined, undefined, msg("import.notXlsx", { detail: (e as Error).message }));
    }
    const chosen = options.sheet ? sheets.find((s) => s.sheet === options.sheet) : sheets[0];
    if (!chosen) throw new ImportError(name, undefined, undefined, msg("import.noSheet", { sheet: options.sheet ?? "", sheets: sheets.map((s) => s.sheet).join(", ") }));
    sheet = chosen.sheet;
    sheetNames = sheets.map((s) => s.sheet);
    grid = chosen.data as RawCell[][];
    // read-excel-file reads an error cell (#DIV/0!) as empty; put the error value back so that the
    // import log says what the cell holds (the row still leaves the panel).
    for (const e of xlsxErrorCells(file, sheets.indexOf(chosen), chosen.sheet)) {
      while (grid.length <= e.row) grid.push([]);
      const r = grid[e.row];
      while (r.length <= e.col) r.push(null);
      if (r[e.col] === null || r[e.col] === undefined) r[e.col] = e.code;
    }
  } else {
    throw new ImportError(name, undefined, undefined, msg("import.fileType", { ext }));
  }
  const skip = new Set(options.skipRows ?? []);
  const isBlank = (r: RawCell[]) => r.every((c) => c === null || c === undefined || String(c).trim() === "");
  let headerIndex = -1;
  if (options.headerRow !== undefined) {
    headerIndex = options.headerRow - 1;
    if (headerIndex >= grid.length) throw new ImportError(name, options.headerRow, undefined, msg("import.headerPastEnd", { n: grid.length }));
  } else {
    headerIndex = grid.findIndex((r, i) => !skip.has(i + 1) && !isBlank(r) && !String(r[0] ?? "").trimStart().startsWith("#"));
    if (headerIndex < 0) throw new ImportError(name, undefined, undefined, msg("import.noHeader"));
  }
  const headers = grid[headerIndex].map((h) => String(h ?? "").trim());
  const rows: RawCell[][] = [];
  const rowNumbers: number[] = [];
  for (let i = headerIndex + 1; i < grid.length; i++) {
    if (skip.has(i + 1) || isBlank(grid[i])) continue;
    rows.push(grid[i]);
    rowNumbers.push(i + 1);
  }
  return { file: name, sheet, sheets: sheetNames, headerRow: headerIndex + 1, delimiter, ...(encoding ? { encoding } : {}), headers, rows, rowNumbers };
}

/**
 * The CSV's field separator, guessed by papaparse from the header row onward: a title line or a
 * '# comment' above the header (often with commas in its text) must not decide it.
 */
function guessDelimiter(text: string, options: ImportOptions): string {
  const lines = text.split(/\r\n|\n|\r/);
  let start = options.headerRow !== undefined ? options.headerRow - 1 : 0;
  const skip = new Set(options.skipRows ?? []);
  while (start < lines.length && (skip.has(start + 1) || lines[start].trim() === "" || lines[start].trimStart().startsWith("#"))) start++;
  const body = lines.slice(start).join("\n");
  return Papa.parse<string[]>(body === "" ? text : body, { preview: 50, delimitersToGuess: [...DELIMITERS] }).meta.delimiter;
}

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

type Parsed =
  | { kind: "number"; value: number; note?: Message }
  /** `why` completes "<column> …": "is blank", "is 'NaN'", "is the Excel error #DIV/0!" (a keyed message: render it in a language). */
  | { kind: "missing"; text: string; why: Message }
  | { kind: "bad"; why: Message };

const esc = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The format of {@link ImportOptions} (decimal point and no thousands separator by default). */
export function numberFormat(options: ImportOptions = {}, delimiter?: string): NumberFormat {
  return { decimal: options.decimalSeparator ?? ".", thousands: options.thousandsSeparator, delimiter };
}

/**
 * Reads one cell as a number under the importer's rules.
 * @param missing missing markers, trimmed and lower-cased (default {@link DEFAULT_MISSING}); a blank
 *   cell is missing whatever the list says.
 * @param format decimal and thousands separators for numbers written as text (default: "." and none).
 */
export function parseNumberCell(v: RawCell, missing: readonly string[] = DEFAULT_MISSING, format: NumberFormat = { decimal: "." }): Parsed {
  if (v === null || v === undefined) return { kind: "missing", text: "", why: msg("cell.blank") };
  if (typeof v === "number") {
    if (Number.isNaN(v)) return { kind: "missing", text: "NaN", why: msg("cell.nan") };
    return Number.isFinite(v) ? { kind: "number", value: v } : { kind: "bad", why: msg("cell.tooLarge", { value: String(v) }) };
  }
  if (typeof v === "boolean") return { kind: "bad", why: msg("cell.logical", { value: String(v) }) };
  if (v instanceof Date) return { kind: "bad", why: msg("cell.date", { date: v.toISOString().slice(0, 10) }) };
  const t = v.replace(/[\u00a0\u202f]/g, " ").trim();
  if (t === "") return { kind: "missing", text: v, why: msg("cell.blank") };
  if (EXCEL_ERROR.test(t)) return { kind: "missing", text: v, why: msg("cell.excelError", { code: t.toUpperCase() }) };
  if (missing.includes(t.toLowerCase())) return { kind: "missing", text: v, why: msg("cell.marker", { text: v }) };
  const { decimal, thousands } = format;
  // Rewrite to the plain form: thousands separators (grouping by three only) out, decimal comma to a point.
  let plain: string | undefined = t;
  if (thousands !== undefined && t.includes(thousands)) {
    const grouped = new RegExp(`^[+-]?\\d{1,3}(${esc(thousands)}\\d{3})+(${esc(decimal)}\\d*)?([eE][+-]?\\d+)?$`);
    plain = grouped.test(t) ? t.split(thousands).join("") : undefined;
  }
  if (plain !== undefined && decimal === ",") plain = plain.includes(".") ? undefined : plain.replace(",", ".");
  if (plain !== undefined && NUMBER_TEXT.test(plain)) {
    const value = Number(plain);
    // "1e400" overflows to Infinity, which no later step can use; "1e-400" underflows to 0 harmlessly.
    if (!Number.isFinite(value)) return { kind: "bad", why: msg("cell.tooLargeText", { text: v }) };
    const note = /^[+-]?0\d/.test(plain) ? msg("cell.leadingZeros", { text: v, value: String(value) }) : undefined;
    return { kind: "number", value, note };
  }
  return { kind: "bad", why: badNumberText(v, t, format) };
}

/** Why a text is not a number under `format`, with the import option that would read it. */
function badNumberText(v: string, t: string, format: NumberFormat): Message {
  const { decimal, thousands, delimiter } = format;
  const setDec = msg("cell.setDecimal");
  const setTh = (c: string) => msg("cell.setThousands", { sep: JSON.stringify(c) });
  if (/%$/.test(t)) return msg("cell.percent", { text: v });
  if (thousands !== undefined && t.includes(thousands)) return msg("cell.thousandsNotGrouped", { text: v, sep: JSON.stringify(thousands) });
  if (decimal === ",") {
    if (/^[+-]?\d{1,3}(\.\d{3})+(,\d*)?$/.test(t)) return msg("cell.dotGroups", { text: v, fix: setTh(".") });
    if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return msg("cell.decimalPoint", { text: v });
    return msg("cell.text", { text: v });
  }
  // Decimal point in force, no thousands separator (or another one).
  const m = /^([+-]?\d{1,3}),(\d{3})$/.exec(t);
  if (m) {
    // "288,140": one comma before three digits is either (there is no telling which from the text alone).
    const asThousands = msg("cell.asThousands", { value: String(Number(m[1] + m[2])), fix: setTh(",") });
    const asDecimal = msg("cell.asDecimal", { value: String(Number(`${m[1]}.${m[2]}`)), fix: setDec });
    return msg(delimiter === ";" ? "cell.commaSemicolon" : "cell.comma", { text: v, asThousands, asDecimal });
  }
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return msg("cell.commaGroups", { text: v, fix: setTh(",") });
  if (/^[+-]?\d{1,3}( \d{3})+(,\d+)?$/.test(t)) return msg("cell.spaceGroups", { text: v, fix: t.includes(",") ? msg("cell.fixBoth", { a: setTh(" "), b: setDec }) : setTh(" ") });
  if (/^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(t)) return msg("cell.europeanGroups", { text: v, fix: msg("cell.fixBoth", { a: setDec, b: setTh(".") }) });
  // "35,2", "-0,5", "2,5e3": a decimal comma (European locale export, often with ";" between fields).
  if (/^[+-]?\d*,\d+([eE][+-]?\d+)?$/.test(t)) return msg("cell.decimalCommaText", { text: v, fix: setDec });
  return msg("cell.text", { text: v });
}

/**
 * The year of a date written as text: ISO-like "2015-12-31", "2015/12/31" or "31.12.2015", "12/31/2015".
 * @returns undefined for text that is not such a date.
 */
export function yearOfDateText(t: string): number | undefined {
  const s = t.trim();
  const m = /^(\d{4})[-/.]\d{1,2}[-/.]\d{1,2}([ T].*)?$/.exec(s) ?? /^\d{1,2}[-/.]\d{1,2}[-/.](\d{4})([ T].*)?$/.exec(s);
  return m ? Number(m[1]) : undefined;
}

/**
 * Picks the configured columns out of a RawTable and cleans them (rules in the file header).
 * @throws ImportError for a missing column, a value that is not a number, a bad year or a repeated (area, year).
 */
export function cleanPanel(table: RawTable, config: ResolvedConfig, options: ImportOptions = {}, locale: Locale = "en"): CleanPanel {
  const missing = missingMarkers(options);
  const format = numberFormat(options, table.delimiter);
  const exclude = new Set((options.excludeAreas ?? []).map((s) => s.trim()));
  const where = table.sheet ? `${table.file} [${table.sheet}]` : table.file;
  const wanted = [config.areaColumn, ...(config.yearColumn ? [config.yearColumn] : []), ...config.indicators.map((i) => i.name)];
  const absent = wanted.filter((name) => !table.headers.includes(name.trim()));
  if (absent.length > 0) throw missingColumnsError(where, absent, table, options);
  const col = (name: string) => table.headers.indexOf(name.trim());
  const duplicates = new Map<string, number[]>();
  table.headers.forEach((h, j) => {
    if (h === "") return;
    duplicates.set(h, [...(duplicates.get(h) ?? []), j]);
  });
  const used = new Set([config.areaColumn, ...(config.yearColumn ? [config.yearColumn] : []), ...config.indicators.map((i) => i.name)].map((x) => x.trim()));
  const notes: string[] = [];
  const say = (m: MessageArg) => renderMessage(m, locale);
  for (const [h, js] of duplicates) {
    if (js.length < 2) continue;
    const cols = js.map((j): MessageArg => msg("import.colRef", { n: j + 1, letter: columnLetter(j) })).reduce((a, b) => msg("import.and", { a, b }));
    if (used.has(h)) throw new ImportError(where, undefined, h, msg("import.dupUsed", { cols, name: h }));
    notes.push(say(msg("import.dupUnused", { cols, name: h })));
  }
  const areaJ = col(config.areaColumn);
  const yearJ = config.yearColumn ? col(config.yearColumn) : -1;
  const indJ = config.indicators.map((i) => col(i.name));
  const out: CleanPanel = {
    areas: [],
    years: config.yearColumn ? [] : undefined,
    values: [],
    rowNumbers: [],
    indicatorNames: config.indicators.map((i) => i.name),
    messages: notes,
    skippedByReason: {},
    rowCountRead: table.rows.length,
  };
  const skip = (reason: string, message: Message) => {
    out.skippedByReason[reason] = (out.skippedByReason[reason] ?? 0) + 1;
    out.messages.push(say(message));
  };
  const seen = new Map<string, number>();
  table.rows.forEach((r, k) => {
    const rowNo = table.rowNumbers[k];
    const area = String(r[areaJ] ?? "").trim();
    if (area === "") return skip("no area", msg("import.areaBlank", { row: rowNo, column: config.areaColumn }));
    if (EXCEL_ERROR.test(area)) return skip("no area", msg("import.areaError", { row: rowNo, column: config.areaColumn, code: area }));
    if (exclude.has(area)) return skip("excluded area (aggregate)", msg("import.excluded", { row: rowNo, area }));
    let year: number | undefined;
    if (yearJ >= 0) {
      const y = readYear(r[yearJ], missing, format, options.yearFromDate === true);
      if (y.kind === "missing") return skip("no year", msg("import.noYear", { row: rowNo, area, why: y.why }));
      if (y.kind === "bad" || !Number.isInteger(y.value)) {
        throw new ImportError(where, rowNo, config.yearColumn, msg("import.yearBad", { why: y.kind === "bad" ? y.why : msg("cell.notWhole", { value: String(y.value) }) }));
      }
      year = y.value;
    }
    const label = year === undefined ? area : `${area} ${year}`;
    const values: number[] = [];
    const missingCols: MessageArg[] = [];
    indJ.forEach((j, c) => {
      const p = parseNumberCell(r[j], missing, format);
      if (p.kind === "bad") throw new ImportError(where, rowNo, config.indicators[c].name, p.why);
      if (p.kind === "missing") missingCols.push(msg("import.valueWhy", { name: config.indicators[c].name, why: p.why }));
      else {
        if (p.note) out.messages.push(say(msg("import.cellNote", { row: rowNo, label, column: config.indicators[c].name, note: p.note })));
        values.push(p.value);
      }
    });
    if (missingCols.length > 0) {
      return skip("missing indicator value", msg("import.missingValues", { row: rowNo, label, cols: joinList(missingCols) }));
    }
    const key = `${area}\u0000${year ?? ""}`;
    if (seen.has(key)) {
      throw new ImportError(where, rowNo, config.yearColumn ?? config.areaColumn, msg("import.twice", { label, first: seen.get(key)! }));
    }
    seen.set(key, rowNo);
    out.areas.push(area);
    out.rowNumbers.push(rowNo);
    if (out.years && year !== undefined) out.years.push(year);
    out.values.push(values);
  });
  const warnings = [...caseTwinWarnings(out), ...yearWarnings(out)];
  out.warnings = warnings.map((w) => renderMessage(w, locale));
  out.messages.unshift(...warnings.map((w) => renderMessage(msg("import.warning", { text: w }), locale)));
  if (out.values.length < 2) {
    throw new ImportError(where, undefined, undefined, msg("import.fewComplete", { n: out.values.length }));
  }
  return out;
}

/** "rows 2, 4, 6" or "rows 2, 4, 6 … (12 rows)". */
function rowList(rows: number[]): MessageArg {
  return rows.length === 1
    ? msg("rows.one", { row: rows[0] })
    : msg("import.rowList", { list: rows.slice(0, 5).join(", "), more: rows.length > 5 ? msg("import.rowMore", { n: rows.length }) : "" });
}

/** Area names that differ only in case: read as different areas (as written), which is rarely meant. */
function caseTwinWarnings(p: CleanPanel): MessageArg[] {
  const spellings = new Map<string, Map<string, number[]>>();
  p.areas.forEach((a, k) => {
    const byName = spellings.get(a.toLowerCase()) ?? new Map<string, number[]>();
    byName.set(a, [...(byName.get(a) ?? []), p.rowNumbers[k]]);
    spellings.set(a.toLowerCase(), byName);
  });
  return [...spellings.values()]
    .filter((m) => m.size > 1)
    .map((m) => {
      const names = [...m].map(([a, rows]): MessageArg => msg("import.nameRows", { name: a, rows: rowList(rows) }));
      return msg("import.caseTwin", { names: names.reduce((a, b) => msg("import.and", { a, b })), n: m.size });
    });
}

/** Plausible years; outside, or far from the panel's median year, a year is likely a typo (12 for 2012). */
export const PLAUSIBLE_YEARS = { min: 1000, max: 2999, maxFromMedian: 100 };

/** Years outside {@link PLAUSIBLE_YEARS} or more than 100 years from the median year: read as written, with a warning naming rows and value. */
function yearWarnings(p: CleanPanel): MessageArg[] {
  if (!p.years || p.years.length === 0) return [];
  const sorted = [...p.years].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const rowsOf = new Map<number, number[]>();
  p.years.forEach((y, k) => rowsOf.set(y, [...(rowsOf.get(y) ?? []), p.rowNumbers[k]]));
  const { min, max, maxFromMedian } = PLAUSIBLE_YEARS;
  const odd = [...rowsOf.keys()].filter((y) => y < min || y > max || Math.abs(y - median) > maxFromMedian).sort((a, b) => a - b);
  const others = sorted.filter((y) => !odd.includes(y));
  const [lo, hi] = [others[0], others[others.length - 1]];
  const rest = others.length === 0 ? "" : lo === hi ? msg("import.yearRestOne", { year: lo }) : msg("import.yearRestSpan", { lo, hi });
  return odd.map((y) =>
    msg("import.yearOdd", {
      year: y,
      rows: rowList(rowsOf.get(y)!),
      why: y < min || y > max ? msg("import.yearOutside", { min, max }) : msg("import.yearFar", { d: maxFromMedian, median }),
      rest,
      first: sorted[0],
      last: sorted[sorted.length - 1],
    }),
  );
}

/**
 * Reads a year cell: a number, or with `fromDate` a date (an .xlsx date cell or date text) as its year.
 * Without `fromDate` a date is refused with the hint to set import.yearFromDate.
 */
function readYear(v: RawCell, missing: readonly string[], format: NumberFormat, fromDate: boolean): Parsed {
  const dateYear = v instanceof Date ? v.getUTCFullYear() : typeof v === "string" ? yearOfDateText(v) : undefined;
  if (v instanceof Date) {
    // A year typed as a number in a date-formatted cell: Excel's serial 2015 is 1905-07-07.
    const serial = (v.getTime() - Date.UTC(1899, 11, 30)) / 864e5;
    if (Number.isInteger(serial) && serial >= 1000 && serial <= 2999 && v.getUTCFullYear() < 1909) {
      return { kind: "bad", why: msg("cell.serialAsDate", { serial, date: v.toISOString().slice(0, 10) }) };
    }
  }
  if (dateYear !== undefined) {
    if (fromDate) return { kind: "number", value: dateYear };
    const shown = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
    return { kind: "bad", why: msg("cell.dateAsYear", { date: shown, year: dateYear }) };
  }
  return parseNumberCell(v, missing, format);
}

/**
 * Every configured column the header lacks, in one message, with where to look: a near name
 * (case or spaces), import.headerRow when the header is not the row read, import.sheet for a workbook.
 */
function missingColumnsError(where: string, absent: string[], table: RawTable, options: ImportOptions): ImportError {
  const nears = absent.map((name) => {
    const key = name.trim().toLowerCase();
    const near = table.headers.find((h) => h.trim().toLowerCase() === key);
    return near !== undefined ? msg("import.didYouMean", { near }) : undefined;
  });
  const list = absent.map((name, i): MessageArg => (nears[i] ? msg("import.absentNear", { name, hint: nears[i] }) : msg("import.absent", { name })));
  const sep = table.delimiter !== undefined ? msg("import.fieldsSep", { d: delimiterName(table.delimiter) }) : "";
  const rowText = table.headerRow !== undefined ? msg("import.headerRowN", { row: table.headerRow, sep }) : msg("import.theHeaderRow", { sep });
  const tips: { headerRow?: boolean; text: Message }[] = [];
  const other = table.delimiter !== undefined ? DELIMITERS.find((d) => d !== table.delimiter && table.headers.some((h) => h.includes(d))) : undefined;
  if (other !== undefined) tips.push({ text: msg("import.tipDelimiter", { d: delimiterName(other), json: JSON.stringify(other) }) });
  if (nears.some((h) => h === undefined)) {
    tips.push(
      options.headerRow !== undefined
        ? { headerRow: true, text: msg("import.tipHeaderRowSet", { n: options.headerRow }) }
        : { headerRow: true, text: msg("import.tipHeaderRow") },
    );
    if (table.sheets && table.sheets.length > 1) {
      tips.push({ text: msg("import.tipSheets", { sheets: table.sheets.join(", "), sheet: table.sheet ?? "" }) });
    } else if (table.sheets) tips.push({ text: msg("import.tipSheet") });
  }
  // A title row ("My data (2024 release)" in A1, the rest blank) lists only its filled cells.
  const filled = table.headers.filter((h) => h !== "");
  const titleLike = filled.length === 1 && table.headers.length > 1;
  if (titleLike) {
    const k = tips.findIndex((t) => t.headerRow);
    tips.splice(k < 0 ? 0 : k, k < 0 ? 0 : 1, { headerRow: true, text: msg("import.tipTitleRow", { row: table.headerRow ?? 1 }) });
  }
  const tipText = tips.length ? msg("import.tips", { tips: joinList(tips.map((t) => t.text), true) }) : "";
  const headers = filled.map((h) => (titleLike ? `'${h}'` : h)).join(", ");
  const one = absent.length === 1;
  return new ImportError(
    where,
    undefined,
    one ? absent[0] : undefined,
    one
      ? msg("import.noSuchColumn", { near: nears[0] ? msg("import.nearOne", { hint: nears[0] }) : "", rowText, headers, tips: tipText })
      : msg("import.noColumns", { list: joinList(list), rowText, headers, tips: tipText }),
  );
}

/** A field separator as the messages name it: "';'", "a tab". */
function delimiterName(d: string): MessageArg {
  return d === "\t" ? msg("import.tab") : `'${d}'`;
}

/**
 * "no such column; did you mean 'Year'? the header row has: …" — the hint names a header that differs
 * only in case or surrounding spaces (the configuration's names must match exactly).
 */
export function noSuchColumn(name: string, headers: readonly string[]): Message {
  const key = name.trim().toLowerCase();
  const near = headers.find((h) => h.trim().toLowerCase() === key);
  return msg("import.noSuchColumnRow", { near: near !== undefined ? msg("import.nearParen", { near }) : "", headers: headers.join(", ") });
}

/** Column letters of a 0-based column index (0 → A, 27 → AB). */
function columnLetter(j: number): string {
  let s = "";
  for (let c = j + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/**
 * The error cells (t="e") of one worksheet of an .xlsx file: 0-based row and column and the error
 * value. Reads the package directly because read-excel-file returns such cells as empty.
 * The sheet's part is found through xl/workbook.xml and its relationships; on anything unexpected
 * the list is empty (the cells then count as blank, which is still missing, never 0).
 */
export function xlsxErrorCells(file: string, sheetIndex: number, sheetName: string): { row: number; col: number; code: string }[] {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { unzipSync, strFromU8 } = require("fflate") as typeof import("fflate");
    const zip = unzipSync(fs.readFileSync(file), { filter: (f) => /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|worksheets\/[^/]+\.xml)$/.test(f.name) });
    const text = (name: string) => (zip[name] ? strFromU8(zip[name]) : "");
    const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
    const sheets = text("xl/workbook.xml").match(/<(?:\w+:)?sheet\s[^>]*>/g) ?? [];
    const tag = sheets.find((t) => unescapeXml(attr(t, "name") ?? "") === sheetName) ?? sheets[sheetIndex];
    const rid = tag ? attr(tag, "r:id") : undefined;
    const rel = (text("xl/_rels/workbook.xml.rels").match(/<Relationship\s[^>]*>/g) ?? []).find((t) => attr(t, "Id") === rid);
    const target = rel ? attr(rel, "Target") : undefined;
    if (!target) return [];
    const part = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    const out: { row: number; col: number; code: string }[] = [];
    for (const m of text(part).matchAll(/<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = ` ${m[1]}`;
      if (attr(attrs, "t") !== "e") continue;
      const ref = /^([A-Z]+)(\d+)$/.exec(attr(attrs, "r") ?? "");
      const v = /<v>([^<]*)<\/v>/.exec(m[2] ?? "")?.[1];
      if (!ref || !v) continue;
      let col = 0;
      for (const ch of ref[1]) col = col * 26 + ch.charCodeAt(0) - 64;
      out.push({ row: Number(ref[2]) - 1, col: col - 1, code: unescapeXml(v) });
    }
    return out;
  } catch {
    return [];
  }
}

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}
