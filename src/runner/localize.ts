/**
 * The results workbook's own words in the run's language (--lang): sheet names, the column headers
 * the runner and the plan write, region labels and the system column. Users' names (indicators,
 * areas, subsystems, column names from the file) pass through unchanged: only cells that equal one
 * of the runner's English words are replaced, and only in header rows or the columns that hold them.
 */
import { COORDINATION_CLASSES, COUPLING_REGIONS } from "../core";
import { COORDINATION_TERMS, term, type Locale } from "../i18n";
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
  return id ? reportText(id, locale) : cell;
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
    return { sheet: sheetName(t.sheet, locale), rows: [head.map((c) => header(c, locale)), ...rows] };
  });
}
