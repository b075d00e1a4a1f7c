/**
 * The headless analysis: a clean panel → the analysis plan (the same plan the taskpane writes as live
 * formulas) → evaluated with src/core → tables for the results workbook and series for the charts.
 */
import { buildAnalysisPlan, blockById, type AnalysisPlan, type CellValue, type ChartSpec, type SourceTable } from "../plan/analysis-plan";
import { evaluatePlan, isErrorCode, type PlanEvaluation } from "../plan/evaluate-plan";
import { CONSISTENCY_THRESHOLD } from "../core";
import { ROLE_WORD, type ResolvedConfig } from "../plan/analysis-config";
import { LocalizedError, msg, renderMessage, type Locale, type MessageArg } from "../i18n";
import type { CleanPanel } from "./import-table";

/** An analysis that stopped: `message` in English, {@link AnalysisFailure.text} in a language. */
export class AnalysisFailure extends LocalizedError {
  constructor(private readonly describeIn: (locale: Locale) => string) {
    super(msg("fail.plain", { text: describeIn("en") }));
    this.name = "AnalysisFailure";
  }

  override text(locale: Locale): string {
    return this.describeIn(locale);
  }
}

/** The sheet name the runner gives the clean data (in the plan and in the results workbook). */
export const DATA_SHEET = "Data";

export interface AnalysisRun {
  plan: AnalysisPlan;
  evaluation: PlanEvaluation;
  /** Data sheet values: header row + rows. */
  dataSheet: CellValue[][];
}

/** A table for the results workbook: a sheet name and its rows (first row = header). */
export interface ResultTable {
  sheet: string;
  rows: CellValue[][];
}

/**
 * Lays the clean panel out as the "Data" sheet and builds and evaluates the plan.
 * @throws Error when a block fails, worded in the user's terms (see {@link describeFailure}).
 */
export function runAnalysis(panel: CleanPanel, config: ResolvedConfig): AnalysisRun {
  const headers = [config.areaColumn, ...(config.yearColumn ? [config.yearColumn] : []), ...panel.indicatorNames];
  const dataSheet: CellValue[][] = [
    headers,
    ...panel.values.map((v, i) => [panel.areas[i], ...(panel.years ? [panel.years[i]] : []), ...v]),
  ];
  const source: SourceTable = {
    sheet: DATA_SHEET,
    headerCell: "A1",
    headers,
    rowCount: panel.values.length,
    areas: panel.areas,
    years: panel.years,
  };
  const plan = buildAnalysisPlan(config, source);
  const evaluation = evaluatePlan(plan, dataSheet);
  if (evaluation.errors.length > 0) {
    const failure = evaluation.errors[0];
    throw new AnalysisFailure((locale) => describeFailure(failure, plan, panel, locale));
  }
  return { plan, evaluation, dataSheet };
}

/**
 * A failed block in the user's terms: what was being computed, the indicator and the file row (with
 * area and year) instead of panel coordinates, and the config field when a config choice is the cause.
 * Never names a block id alone. In `locale` (the method's own message too, where it is keyed).
 */
export function describeFailure(
  err: PlanEvaluation["errors"][number],
  plan: AnalysisPlan,
  panel: Pick<CleanPanel, "areas" | "years" | "rowNumbers">,
  locale: Locale = "en",
): string {
  const id = err.blockId;
  const role = /\.(support|pressure)$/.exec(id)?.[1] as "support" | "pressure" | undefined;
  const roleWord: MessageArg = role ? ROLE_WORD[role] : "";
  const w = plan.config.weighting;
  const inds = plan.indicators.filter((x) => x.role === (role ?? (id === "panel.P" ? "pressure" : "support")));
  const say = (m: MessageArg) => renderMessage(m, locale);
  const rowText = (i: number): MessageArg => {
    const file = panel.rowNumbers?.[i];
    const key = [panel.areas[i], panel.years?.[i]].filter((x) => x !== undefined).join(" ");
    return file !== undefined ? msg("fail.fileRow", { row: file, key }) : msg("fail.rowOf", { key });
  };
  let what: MessageArg;
  let field: string | undefined;
  let message = say(err.text ?? err.message);
  if (id.startsWith("ahp.")) {
    const level = w.ahp.level;
    const items = role ? (level === "subsystem" ? plan.subsystems[role] : inds.map((x) => x.name)) : [];
    // Group AHP: the experts' stacked grids (k·g rows) and the blocks that read them.
    const group = w.ahp.experts !== undefined && /^ahp\.(experts|group)\./.test(id);
    what = msg(group ? "fail.ahpGroup" : "fail.ahp", { role: roleWord, level: msg(`config.level.${level}`) });
    const english = err.message;
    const isRi = /random index|\bRI\b|ri is/.test(english);
    field = isRi ? "weighting.ahp.ri" : group ? "weighting.ahp.experts" : `weighting.ahp.matrices.${role}`;
    if (isRi && /covers n = /.test(english)) message += say(msg("fail.setAlonso", { value: '"alonso"' }));
    // Core messages count grid rows and columns from 1 ("row 2, column 1" / "第 2 行第 1 列"); name
    // the config entry and the items instead.
    const position = locale === "en" ? /(?:matrix |matrices )?row (\d+), column (\d+)/g : /(?:matrix |matrices )?第 (\d+) 行第 (\d+) 列/g;
    message = message.replace(position, (_m, r: string, c: string) => {
      const g = items.length || 1;
      const row = Number(r) - 1;
      // An expert's own block (RECC.AHPCR) counts rows within its grid; the stack (AHPGROUP) over all k·g.
      const own = /^ahp\.experts\.cr(\d+)\./.exec(id);
      const [e, i] = own ? [Number(own[1]) - 1, row] : group ? [Math.floor(row / g), row % g] : [0, row];
      const j = Number(c) - 1;
      const entry = group ? `weighting.ahp.experts[${e}].matrices.${role}` : `weighting.ahp.matrices.${role}`;
      return say(msg("fail.judgement", { entry, i, j, a: items[i] ?? "?", b: items[j] ?? "?" }));
    });
  } else if (id.startsWith("weights.entropy.")) {
    what = msg("fail.entropy", { role: roleWord });
    if (/^shift /.test(err.message)) field = "weighting.entropyShift";
  } else if (id.startsWith("weights.critic.")) {
    what = msg("fail.critic", { role: roleWord });
    field = "weighting.objective";
  } else if (id.startsWith("weights.combined.")) {
    what = msg("fail.combined", { role: roleWord });
    field = "weighting.combine";
  } else if (id.startsWith("weights.")) {
    what = role ? msg("fail.weights", { role: roleWord }) : msg("fail.weightsAll");
  } else if (id.startsWith("panel.normalized.")) what = msg("fail.normalized", { role: roleWord });
  else if (id === "panel.S" || id === "panel.P") what = msg(id === "panel.S" ? "fail.S" : "fail.P");
  else if (id === "panel.obstacles") what = msg("fail.obstacles");
  else if (id === "panel.ccd" || id === "panel.ccdLevel") {
    what = msg("fail.ccd");
    field = "ccd";
  } else if (id === "panel.topsis") {
    what = msg("fail.topsis");
    field = "topsis";
  } else if (id === "panel.grade") {
    what = msg("fail.grades");
    field = "grades";
  } else {
    const title = plan.blocks.find((b) => b.id === id)?.title.toLowerCase();
    what = title ? msg("fail.block", { title }) : msg("fail.results");
  }
  if (err.cell && (err.cell.what === "data" || err.cell.what === "obstacles")) {
    const indicator = inds[err.cell.col]?.name ?? `${err.cell.col + 1}`;
    message = say(msg("fail.dataCell", { indicator, row: rowText(err.cell.row), detail: err.cellDetail ?? err.cell.detail }));
  }
  const check = field && !message.includes(field) ? msg("fail.check", { field }) : "";
  return say(msg("fail.analysis", { what, message, check }));
}

/**
 * Warnings about a run that succeeded: a constant indicator (the same value in every row: it cannot
 * tell rows apart, so its entropy weight is 0, method.md §1), and an AHP comparison whose consistency
 * ratio is not below 0.1 (Saaty 1990) — its weights are computed but the judgements should be revised.
 */
export function analysisWarnings(run: AnalysisRun, locale: Locale = "en"): string[] {
  const out: MessageArg[] = [];
  const [header, ...rows] = run.dataSheet;
  const method = run.plan.config.weighting.method;
  for (const ind of run.plan.config.indicators) {
    const j = header.indexOf(ind.name);
    if (j < 0 || rows.length === 0) continue;
    const first = rows[0][j];
    if (!rows.every((r) => r[j] === first)) continue;
    const effect =
      method === "ahp"
        ? msg("run.constantAhp", { index: ind.role === "support" ? "S" : "P" })
        : method === "combined" && run.plan.config.weighting.combine.method === "linear"
          ? msg("run.constantLinear")
          : msg("run.constantEntropy", { combined: method === "combined" ? msg("run.constantCombined") : "" });
    out.push(msg("run.constant", { role: ROLE_WORD[ind.role], name: ind.name, value: String(first), n: rows.length, effect }));
  }
  const experts = run.plan.config.weighting.ahp.experts;
  for (const role of ["support", "pressure"] as const) {
    const cons = run.evaluation.values[`ahp.consistency.${role}`];
    if (!cons) continue;
    const cr = cons.find((r) => r[0] === "CR")?.[1];
    if (typeof cr === "number" && !(cr < CONSISTENCY_THRESHOLD)) {
      const args = { role: ROLE_WORD[role], cr: cr.toFixed(3), threshold: CONSISTENCY_THRESHOLD, key: role };
      out.push(experts ? msg("run.inconsistentGroup", { ...args, k: experts.matrices.length }) : msg("run.inconsistent", args));
    }
    // Group AHP: each expert's own CR (RECC.AHPCR beside the expert weights).
    experts?.matrices.forEach((_, e) => {
      const x = run.evaluation.values[`ahp.experts.cr${e + 1}.${role}`]?.[0]?.[0];
      if (typeof x === "number" && !(x < CONSISTENCY_THRESHOLD)) {
        out.push(msg("run.inconsistentExpert", { expert: e + 1, index: e, role: ROLE_WORD[role], cr: x.toFixed(3), threshold: CONSISTENCY_THRESHOLD, key: role }));
      }
    });
  }
  return out.map((w) => renderMessage(w, locale));
}

/**
 * The tables of the results workbook, one sheet each, values only. Top obstacles get
 * min(topK, number of support indicators) columns.
 */
export function resultTables(run: AnalysisRun): ResultTable[] {
  const { plan, evaluation } = run;
  const v = (id: string) => evaluation.values[id];
  const has = (id: string) => plan.blocks.some((b) => b.id === id);
  const keys = v("panel.keys");
  const keyHeader = blockById(plan, "panel.keys").header ?? [];
  const tables: ResultTable[] = [];
  // Obstacles rank the support indicators only: top-k columns past their number are always blank.
  const supportCount = plan.indicators.filter((x) => x.role === "support").length;
  const width = (id: string) => (id === "panel.topObstacles" ? Math.min(plan.config.topK, supportCount) : Infinity);
  const panelTable = (sheet: string, parts: string[]) => {
    const header: CellValue[] = [...keyHeader];
    for (const id of parts) header.push(...(blockById(plan, id).header ?? [id]).slice(0, width(id)));
    const rows = keys.map((k, i) => [...k, ...parts.flatMap((id) => v(id)[i].slice(0, width(id)))]);
    tables.push({ sheet, rows: [header, ...rows] });
  };
  panelTable("Results", ["panel.S", "panel.P", "panel.C", "panel.grade", "panel.region", "panel.topObstacles"]);

  const ind = v("indicators");
  const m = ind[0].length - 1;
  const rowsFor = (prefix: string) => {
    const s = has(`${prefix}.support`) ? v(`${prefix}.support`)[0] : [];
    const p = has(`${prefix}.pressure`) ? v(`${prefix}.pressure`)[0] : [];
    return [...s, ...p];
  };
  const critic = plan.config.weighting.objective === "critic";
  const wHeader: CellValue[] = ["Indicator", "System", "Direction", "Subsystem", critic ? "CRITIC weight" : "Entropy weight"];
  const cols: CellValue[][] = [rowsFor(critic ? "weights.critic" : "weights.entropy")];
  if (has("weights.ahp.support")) {
    wHeader.push("AHP weight");
    cols.push(rowsFor("weights.ahp"));
  }
  if (has("weights.combined.support")) {
    wHeader.push("Combined weight");
    cols.push(rowsFor("weights.combined"));
  }
  const used = plan.config.weighting.method === "entropy" && critic ? "critic" : plan.config.weighting.method;
  wHeader.push(`Weight used (${used})`);
  cols.push(cols[cols.length - 1]);
  tables.push({
    sheet: "Weights",
    rows: [wHeader, ...Array.from({ length: m }, (_, j) => [ind[0][j + 1], ind[1][j + 1], ind[2][j + 1], ind[3][j + 1], ...cols.map((c) => c[j])])],
  });
  const subRows: CellValue[][] = [["System", "Subsystem", "Weight"]];
  for (const role of ["support", "pressure"] as const) {
    const vals = v(`weights.subsystem.${role}`)[0];
    plan.subsystems[role].forEach((name, g) => subRows.push([role, name, vals[g]]));
  }
  tables.push({ sheet: "Subsystem weights", rows: subRows });
  if (has("ahp.grid.support") || has("ahp.group.support")) {
    const rows: CellValue[][] = [];
    const experts = plan.config.weighting.ahp.experts;
    for (const role of ["support", "pressure"] as const) {
      const labels = v(`ahp.labels.${role}`).map((r) => r[0]);
      // Group AHP: the group matrix (RECC.AHPGROUP) is what the weights, CR and suggestions read.
      const grid = v(experts ? `ahp.group.${role}` : `ahp.grid.${role}`);
      const w = v(`ahp.weights.${role}`);
      const cons = v(`ahp.consistency.${role}`);
      const level = `${plan.config.weighting.ahp.level} level${experts ? `, group matrix of ${experts.matrices.length} experts (weighted geometric mean)` : ""}`;
      rows.push([`${role} (${level})`, ...labels, "AHP weight"]);
      labels.forEach((l, i) => rows.push([l, ...grid[i], w[i][0]]));
      cons.forEach((c) => rows.push(c));
      if (experts) {
        // Each expert's weight, CR (RECC.AHPCR) and grid, as the sheet shows them under the group matrix.
        const k = experts.matrices.length;
        const names = Array.from({ length: k }, (_, e) => `Expert ${e + 1}`);
        rows.push(["Expert", ...names], ["Expert weight", ...v(`ahp.experts.weights.${role}`)[0]], ["Expert CR", ...names.map((_, e) => v(`ahp.experts.cr${e + 1}.${role}`)[0][0])]);
        const stack = v(`ahp.experts.${role}`);
        names.forEach((name, e) => {
          rows.push([name, ...labels]);
          labels.forEach((l, i) => rows.push([l, ...stack[e * labels.length + i]]));
        });
      }
      // CR ≥ 0.1: the judgements to revisit, as the sheet shows them beside the grid (RECC.AHPSUGGEST).
      const cr = cons.find((r) => r[0] === "CR")?.[1];
      const suggest = has(`ahp.suggest.${role}`) ? v(`ahp.suggest.${role}`).filter((r) => r[0] !== "") : [];
      if (typeof cr === "number" && !(cr < CONSISTENCY_THRESHOLD) && suggest.length > 0) {
        rows.push(["Judgements to revisit", "row", "column", "now", "suggested", "CR after"]);
        for (const [i, j, now, sug, after] of suggest) rows.push([`${labels[(i as number) - 1]} vs ${labels[(j as number) - 1]}`, i, j, now, sug, after]);
      }
      rows.push([]);
    }
    tables.push({ sheet: "AHP", rows });
  }
  panelTable("Normalized", ["panel.normalized.support", "panel.normalized.pressure"]);
  panelTable("Obstacle degrees", ["panel.obstacles"]);
  panelTable("Top obstacles", ["panel.topObstacles"]);
  panelTable("Subsystem obstacles", ["panel.subsystemObstacles"]);
  if (has("panel.ccd")) panelTable("CCD", ["panel.S", "panel.P", "panel.ccd", "panel.ccdLevel"]);
  if (has("panel.topsis")) {
    panelTable("TOPSIS", ["panel.topsis", "panel.topsisRank"]);
    // The weights and directions TOPSIS used, below a blank row (a pressure indicator's direction is turned).
    const t = v("topsis.settings");
    const rows = tables[tables.length - 1].rows;
    rows.push([], ["Indicator", ...plan.indicators.map((x) => x.name)], ["TOPSIS weight", ...t[0]], ["TOPSIS direction", ...t[1]]);
  }
  return tables;
}

/** One row of the terminal summary. */
export interface SummaryRow {
  area: string;
  year?: number;
  S: number;
  P: number;
  C: number | string;
  grade: string;
  region: string;
  topObstacle: string;
}

/**
 * Smallest and largest of `values` (undefined when empty). A loop, not Math.max(...values): spreading
 * a panel's worth of arguments overflows the call stack (RangeError) beyond ~100 000 rows.
 */
export function numberRange(values: ArrayLike<number>): { min: number; max: number } | undefined {
  if (values.length === 0) return undefined;
  let min = values[0];
  let max = values[0];
  for (let i = 1; i < values.length; i++) {
    const x = values[i];
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return { min, max };
}

/**
 * Rows of the latest year (or all rows of a cross-section), ranked by C from highest (most loaded)
 * to lowest; a C that is an error code sorts last.
 */
export function summaryRows(run: AnalysisRun): { year?: number; rows: SummaryRow[] } {
  const v = run.evaluation.values;
  const keys = v["panel.keys"];
  const hasYear = run.plan.config.yearColumn !== undefined;
  const latest = hasYear ? numberRange(keys.map((k) => Number(k[1])))?.max : undefined;
  const rows: SummaryRow[] = [];
  keys.forEach((k, i) => {
    if (hasYear && Number(k[1]) !== latest) return;
    rows.push({
      area: String(k[0]),
      year: hasYear ? Number(k[1]) : undefined,
      S: v["panel.S"][i][0] as number,
      P: v["panel.P"][i][0] as number,
      C: v["panel.C"][i][0] as number | string,
      grade: String(v["panel.grade"][i][0]),
      region: String(v["panel.region"][i][0]),
      topObstacle: String(v["panel.topObstacles"][i][0] ?? ""),
    });
  });
  const key = (c: number | string) => (typeof c === "number" ? c : -Infinity);
  rows.sort((a, b) => key(b.C) - key(a.C));
  return { year: latest, rows };
}

/** A chart spec's series resolved to values from the evaluated workbook. */
export interface ResolvedSeries {
  name: string;
  style: string;
  points: [number | string, number | null][];
}

/** Resolves a chart's series to points (blank and error cells become gaps, never 0). */
export function resolveChart(chart: ChartSpec, evaluation: PlanEvaluation): { categories?: (string | number)[]; series: ResolvedSeries[] } {
  const read = (r: { sheet: string; rect: import("../plan/a1").Rect }) => evaluation.model.read(r.sheet, r.rect).flat();
  const categories = chart.categoriesRef ? read(chart.categoriesRef).map((c) => (typeof c === "number" ? c : String(c))) : undefined;
  const num = (x: CellValue): number | null => (typeof x === "number" && !isErrorCode(x) ? x : null);
  const series = chart.series.map((s) => {
    const ys = read(s.yRef);
    const xs = s.xRef ? read(s.xRef) : undefined;
    const points: [number | string, number | null][] = ys.map((y, i) => [xs ? (num(xs[i]) ?? NaN) : (categories?.[i] ?? i), num(y)]);
    return { name: s.name, style: s.style, points: xs ? points.filter((p) => Number.isFinite(p[0] as number) && p[1] !== null) : points };
  });
  return { categories, series };
}
