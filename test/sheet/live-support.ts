/**
 * What the live-sheet tests share: the sample tables, the plan's source table, and the comparison of
 * every block as the independent engine (test/sheet/excel-engine.ts) computes it with the headless
 * run (evaluatePlan) to 1e-9.
 */
import * as path from "path";
import type { HyperFormula } from "hyperformula";
import { blockById, type AnalysisPlan, type CellValue, type SourceTable } from "../../src/plan/analysis-plan";
import { validateAnalysisConfig, type AnalysisConfig, type ResolvedConfig } from "../../src/plan/analysis-config";
import { evaluatePlan } from "../../src/plan/evaluate-plan";
import { readCsvRecords } from "../support/csv";
import { CHINA_CONFIG, chinaCsv } from "../runner/helpers";
import { computeWorkbook, planWorkbook, plannedSizes, type BlankAs, type EngineResult, type SheetContents } from "./excel-engine";

const WB_CSV = path.resolve(__dirname, "../../assets/samples/worldbank-wdi-2000-2015.csv");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const WB_CONFIG = require("../../assets/samples/worldbank-wdi-2000-2015.config.json") as AnalysisConfig & { comment?: unknown };

export interface Table {
  rows: (string | number | null)[][];
  areaColumn: string;
  yearColumn: string;
}

export function tableOf(file: string, areaColumn: string, yearColumn: string, columns: string[]): Table {
  const recs = readCsvRecords(file);
  const headers = [areaColumn, yearColumn, ...columns];
  return { areaColumn, yearColumn, rows: [headers, ...recs.map((r) => headers.map((h) => (h === areaColumn ? r[h] : Number(r[h]))))] };
}

export function resolved(config: unknown): ResolvedConfig {
  const c = validateAnalysisConfig(config);
  if (!c.ok) throw new Error(c.errors.join("\n"));
  return c.config;
}

export function sourceOf(t: Table, sheet = "Data"): SourceTable {
  const body = t.rows.slice(1);
  const ai = t.rows[0].indexOf(t.areaColumn);
  const yi = t.rows[0].indexOf(t.yearColumn);
  return {
    sheet,
    headerCell: "A1",
    headers: t.rows[0].map(String),
    rowCount: body.length,
    areas: body.map((r) => String(r[ai] ?? "")),
    years: body.map((r) => Number(r[yi] ?? 0)),
  };
}

export const wbTable = () => {
  // The sample's config file also holds the runner's import options and a comment.
  const { comment: _c, import: _i, ...cfg } = WB_CONFIG as typeof WB_CONFIG & { import?: unknown };
  void _c;
  void _i;
  return { table: tableOf(WB_CSV, "country", "year", cfg.indicators.map((x) => x.name)), config: cfg as AnalysisConfig };
};
export const chinaTable = () => tableOf(chinaCsv(), "city", "year", CHINA_CONFIG.indicators.map((x) => x.name));

/** AHP on subsystems with a few real judgements (support: 3 subsystems, pressure: 3 for China). */
export function withWeighting(config: AnalysisConfig, method: "entropy" | "ahp" | "combined"): AnalysisConfig {
  if (method === "entropy") return { ...config, weighting: { method: "entropy" } };
  const n = (role: string) => new Set(config.indicators.filter((x) => x.role === role).map((x) => x.subsystem.trim().toLowerCase())).size;
  const grid = (k: number) => Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (j > i ? (i + j) % 3 === 0 ? "1/2" : j - i + 1 : j === i ? 1 : null)));
  return {
    ...config,
    weighting: {
      method,
      entropyShift: 0.0001,
      ahp: { level: "subsystem", matrices: { support: grid(n("support")), pressure: grid(n("pressure")) } },
      combine: { method: "linear", alpha: 0.4 },
    },
  };
}

export interface Comparison {
  worst: number;
  mismatches: string[];
  engine: EngineResult;
}

/**
 * Every block of `plan` (values and linked headers) as the engine computes `sheets`, against the
 * headless run of `headlessPlan` on `table` (the same configuration as the edited sheet).
 */
export function compare(
  plan: AnalysisPlan,
  table: Table,
  options: { sheets?: SheetContents; headless?: AnalysisPlan; blank?: BlankAs; mutate?: (hf: HyperFormula) => void; grown?: boolean } = {},
): Comparison {
  const sheets = options.sheets ?? planWorkbook(plan, table.rows);
  // A grown table (issue 8 item 4): the written plan is read where the headless plan of the grown
  // table puts each block (same anchors, more rows), and the spills are predicted at that size.
  const grown = options.grown === true && options.headless !== undefined;
  const engine = computeWorkbook(sheets, { blank: options.blank, predicted: plannedSizes(grown ? options.headless! : plan), mutate: options.mutate });
  const headlessPlan = options.headless ?? plan;
  const headless = evaluatePlan(headlessPlan, table.rows);
  let worst = 0;
  const mismatches: string[] = [];
  const check = (where: string, want: CellValue, got: CellValue) => {
    if (typeof want === "number" && typeof got === "number") {
      const d = Math.abs(want - got);
      if (!(d <= 1e-9)) mismatches.push(`${where}: headless ${want}, engine ${got}`);
      worst = Math.max(worst, d);
    } else if (want !== got) mismatches.push(`${where}: headless ${JSON.stringify(want)}, engine ${JSON.stringify(got)}`);
  };
  for (const b0 of plan.blocks) {
    const want = headless.values[b0.id];
    if (!want) continue;
    // Grown: the chart data (helper sheet), the table check (it says the charts are stale) and
    // the per-row TOPSIS rank cells keep the rows as built, by design; the rest follows the table.
    // The title names the table as selected at build time (static text).
    if (grown && (b0.sheet === plan.helperSheet || ["title", "table.check", "panel.topsisRank"].includes(b0.id))) continue;
    const b = grown ? blockById(options.headless!, b0.id) : b0;
    if (grown && (b.sheet !== b0.sheet || b.rect.row !== b0.rect.row || b.rect.col !== b0.rect.col)) mismatches.push(`${b0.id}: the grown plan puts it elsewhere`);
    const got = engine.read(b.sheet, b.rect);
    if (typeof want[0][0] === "string" && want[0][0].startsWith("#")) {
      // A failed block: Excel shows the error in its anchor cell (HyperFormula's MMULT spills one per cell).
      check(`${b.id}[0][0]`, want[0][0], got[0][0]);
      continue;
    }
    want.forEach((row, i) => row.forEach((v, j) => check(`${b.id}[${i}][${j}]`, v, got[i][j])));
    if (b.headerLinks) {
      const hb = blockById(headlessPlan, b.id);
      const gotHeader = engine.read(b.sheet, { ...b.rect, row: b.rect.row - 1, rows: 1 })[0];
      hb.header!.forEach((h, j) => check(`${b.id} header[${j}]`, h, gotHeader[j]));
    }
  }
  return { worst, mismatches, engine };
}

export function anchor(plan: AnalysisPlan, engine: EngineResult, id: string): CellValue {
  const b = blockById(plan, id);
  return engine.value(b.sheet, b.rect.row, b.rect.col);
}

/** Every value the engine shows in the analysis sheet's blocks. */
export function allValues(plan: AnalysisPlan, engine: EngineResult): CellValue[] {
  return plan.blocks.flatMap((b) => engine.read(b.sheet, b.rect).flat());
}
