/**
 * The results workbook's own words in the run's language (--lang): sheet names, the column headers
 * the runner and the plan write, region labels and the system column. Users' names (indicators,
 * areas, subsystems, column names from the file) pass through unchanged: only cells that equal one
 * of the runner's English words are replaced, and only in header rows or the columns that hold them.
 */
import { COORDINATION_CLASSES, COUPLING_REGIONS } from "../core";
import { COORDINATION_TERMS, sheetText, term, type Locale, type SheetKey } from "../i18n";
import { regionLabel, reportText, type ReportTextId } from "../i18n/report-text";
import type { CellValue } from "../plan/analysis-plan";
import type { ResultTable } from "./run-analysis";

/** English sheet name → catalog id. */
const SHEETS: Record<string, ReportTextId> = {
  About: "sheet.about",
  Data: "sheet.data",
  Results: "sheet.results",
  Weights: "sheet.weights",
  "Subsystem weights": "sheet.subsystemWeights",
  AHP: "sheet.ahp",
  Normalized: "sheet.normalized",
  "Obstacle degrees": "sheet.obstacles",
  "Top obstacles": "sheet.topObstacles",
  "Subsystem obstacles": "sheet.subsystemObstacles",
  "Import log": "sheet.importLog",
  CCD: "sheet.ccd",
  TOPSIS: "sheet.topsis",
};

/** English header word → catalog id (headers written by the runner and the plan). */
const HEADERS: Record<string, ReportTextId> = {
  Grade: "col.grade",
  Region: "col.region",
  Indicator: "col.indicator",
  System: "col.system",
  Direction: "col.direction",
  Subsystem: "col.subsystem",
  Weight: "col.weight",
  "Entropy weight": "col.entropyWeight",
  "AHP weight": "col.ahpWeight",
  "Combined weight": "col.combinedWeight",
  Message: "col.message",
};

/** Headers the plan's blocks write (their words in the sheet catalog, as the analysis sheet shows them). */
const PLAN_HEADERS: readonly SheetKey[] = ["w.critic", "ccd.C", "ccd.T", "ccd.Dshort", "ccd.class", "topsis.closeness", "topsis.rankInYearHeader", "topsis.rankHeader"];

/** Row labels of the AHP sheet (RECC.AHPCONSISTENCY's measures, RECC.AHPSUGGEST's columns) and of the TOPSIS sheet's rows under the table. */
const ROW_LABELS: Record<string, ReportTextId> = {
  lambda_max: "ahp.lambdaMax",
  CI: "ahp.ci",
  RI: "ahp.ri",
  CR: "ahp.cr",
  consistent: "ahp.consistent",
  "AHP weight": "col.ahpWeight",
  "Judgements to revisit": "ahp.revisit",
  row: "ahp.row",
  column: "ahp.column",
  now: "ahp.now",
  suggested: "ahp.suggested",
  "CR after": "ahp.crAfter",
  "Expert weight": "ahp.expertWeight",
  "Expert CR": "ahp.expertCr",
  Indicator: "topsis.indicator",
  "TOPSIS weight": "topsis.weight",
  "TOPSIS direction": "topsis.direction",
};

/** A sheet name in a language (an unknown name unchanged). */
export function sheetName(english: string, locale: Locale): string {
  const id = SHEETS[english];
  return id ? reportText(id, locale) : english;
}

function header(cell: CellValue, locale: Locale): CellValue {
  if (typeof cell !== "string") return cell;
  const used = /^Weight used \((.+)\)$/.exec(cell);
  if (used) return reportText("col.weightUsed", locale, { method: used[1] });
  const id = HEADERS[cell];
  if (id) return reportText(id, locale);
  const key = PLAN_HEADERS.find((k) => sheetText(k, "en") === cell);
  return key ? sheetText(key, locale) : cell;
}

/**
 * The AHP sheet's and the TOPSIS sheet's own words: a system's heading row ("support (indicator
 * level)", the items as typed, "AHP weight"), the consistency measures, the judgements to revisit
 * ("a vs b" with a and b the heading row's items) and TOPSIS's weight and direction rows. Only the
 * first cell of a row, or every cell of a row whose first cell is such a label, and never an item.
 */
function localizeLabelRows(rows: CellValue[][], locale: Locale): CellValue[][] {
  let items: string[] = [];
  const label = (c: CellValue) => (typeof c === "string" && ROW_LABELS[c] ? reportText(ROW_LABELS[c], locale) : c);
  return rows.map((r) => {
    const first = r[0];
    if (typeof first !== "string") return r;
    const level = /^(support|pressure) \((subsystem|indicator) level(?:, group matrix of (\d+) experts \(weighted geometric mean\))?\)$/.exec(first);
    if (level) {
      items = r.slice(1, -1).map(String);
      const system = reportText(level[1] === "support" ? "word.support" : "word.pressure", locale);
      const args = { system, level: reportText(level[2] === "subsystem" ? "ahp.level.subsystem" : "ahp.level.indicator", locale), k: level[3] ?? "" };
      return [reportText(level[3] === undefined ? "ahp.levelRow" : "ahp.groupLevelRow", locale, args), ...r.slice(1, -1), label(r[r.length - 1])];
    }
    // Group AHP: the experts' row ("Expert", "Expert 1"…), their weights and CRs, and each expert's grid heading.
    const expert = (c: CellValue) => {
      const m = typeof c === "string" ? /^Expert (\d+)$/.exec(c) : null;
      return m ? reportText("ahp.expertN", locale, { n: m[1] }) : c;
    };
    if (first === "Expert") return [reportText("ahp.expert", locale), ...r.slice(1).map(expert)];
    if (/^Expert \d+$/.test(first)) return [expert(first), ...r.slice(1)];
    if (items.includes(first)) return r;
    if (first === "Judgements to revisit") return r.map(label);
    for (const a of items) for (const b of items) if (a !== b && first === `${a} vs ${b}`) return [reportText("ahp.versus", locale, { a, b }), ...r.slice(1)];
    return ROW_LABELS[first] ? [label(first), ...r.slice(1)] : r;
  });
}

/** A column whose every filled cell is one of `labels` (at least one filled): a column of the method's labels, not the user's names. */
function labelColumn(body: CellValue[][], j: number, labels: readonly string[]): boolean {
  const filled = body.map((r) => r[j]).filter((c) => c !== null && c !== undefined && c !== "");
  return filled.length > 0 && filled.every((c) => typeof c === "string" && labels.includes(c));
}

/** A coupling coordination class's label (src/core's English) in a language; other texts unchanged. */
export function coordinationLabel(english: string, locale: Locale): string {
  const i = (COORDINATION_CLASSES as readonly string[]).indexOf(english);
  return i < 0 ? english : term(COORDINATION_TERMS[i], locale);
}

/**
 * The result tables with their sheet names, header rows, region labels (the "Region" column, or any
 * column holding only region labels), coupling coordination classes (any column holding only class
 * labels) and system words ("System" column: support/pressure) in `locale`. English: unchanged.
 */
export function localizeTables(tables: ResultTable[], locale: Locale): ResultTable[] {
  if (locale === "en") return tables;
  return tables.map((t) => {
    if (t.sheet === "AHP") return { sheet: sheetName(t.sheet, locale), rows: localizeLabelRows(t.rows, locale) };
    const [head, ...body] = t.rows;
    if (!head) return { ...t, sheet: sheetName(t.sheet, locale) };
    const regionCol = head.indexOf("Region");
    const systemCol = head.indexOf("System");
    const regionCols = head.map((_, j) => j === regionCol || labelColumn(body, j, COUPLING_REGIONS));
    const classCols = head.map((_, j) => labelColumn(body, j, COORDINATION_CLASSES));
    const rows = body.map((r) =>
      r.map((c, j) => {
        if (regionCols[j] && typeof c === "string") return regionLabel(c, locale, COUPLING_REGIONS);
        if (classCols[j] && typeof c === "string") return coordinationLabel(c, locale);
        if (j === systemCol && (c === "support" || c === "pressure")) return reportText(c === "support" ? "word.support" : "word.pressure", locale);
        return c;
      }),
    );
    // TOPSIS: the weights and directions it used, in rows under the table.
    if (t.sheet === "TOPSIS") {
      const blank = rows.findIndex((r) => r.length === 0);
      if (blank >= 0) rows.splice(blank + 1, rows.length, ...localizeLabelRows(rows.slice(blank + 1), locale));
    }
    return { sheet: sheetName(t.sheet, locale), rows: [head.map((c) => header(c, locale)), ...rows] };
  });
}
