/**
 * Applies the analysis plan (src/plan) through the gateway's write model: every block's
 * writes (title, header, body) become BlockWrites on their sheet; the plan's chart specs become
 * native chart specs; the plan's annotations (grade I–IX, region names) become label series that
 * read the plan's own helper blocks "helper.gradeLabels" / "helper.regionLabels".
 */
import { sheetText } from "../i18n";
import type { AnalysisPlan, ChartSpec as PlanChart, PlanBlock } from "../plan/analysis-plan";
import { columnLetters, sheetPrefix } from "../plan/a1";
import { SERIES_COLORS } from "./coupling-chart";
import type { BlockWrite, ChartSpec, SeriesSpec, SheetWrite, WorkbookWrite } from "./write-model";

/** Chart names on the analysis sheet, by plan chart id (stable: a rebuild replaces them by name). */
export const PLAN_CHART_NAMES: Record<PlanChart["id"], string> = {
  coupling: "RECC coupling chart",
  "trend.C": "RECC trend C",
  "trend.S": "RECC trend S",
  "trend.P": "RECC trend P",
  "trend.D": "RECC trend D",
  weights: "RECC weights",
  obstacles: "RECC obstacles",
};

/** RECC functions whose output is numeric (gets a 4-decimal number format). */
const NUMERIC_FNS = new Set(["NORMALIZE", "ENTROPY", "ENTROPYWEIGHTS", "AHP", "COMBINEWEIGHTS", "SUPPORT", "PRESSURE", "INDEX", "OBSTACLE", "GROUPSUM", "CRITICWEIGHTS", "TOPSIS", "CCD", "AHPGROUP", "AHPCR"]);

function blockWrites(b: PlanBlock): BlockWrite[] {
  const out: BlockWrite[] = [];
  let i = 0;
  if (b.titleCell) out.push({ address: b.writes[i++].address, formulas: b.writes[i - 1].formulas, header: true });
  if (b.header) out.push({ address: b.writes[i++].address, formulas: b.writes[i - 1].formulas, header: true });
  for (; i < b.writes.length; i++) out.push({ address: b.writes[i].address, formulas: b.writes[i].formulas });
  if (b.body.kind === "spill" && NUMERIC_FNS.has(b.body.fn)) out.push({ address: b.address, numberFormat: "0.0000" });
  for (const e of b.editable ?? []) out.push({ address: e, input: true });
  return out;
}

function labelSeries(plan: AnalysisPlan, spec: PlanChart): SeriesSpec[] {
  const out: SeriesSpec[] = [];
  for (const [id, kind, name] of [
    ["helper.gradeLabels", "grade", sheetText("series.grades", plan.locale)],
    ["helper.regionLabels", "region", sheetText("series.regions", plan.locale)],
  ] as const) {
    const block = plan.blocks.find((b) => b.id === id);
    const texts = (spec.annotations ?? []).filter((a) => a.kind === kind).map((a) => a.text);
    if (!block || texts.length === 0) continue;
    const r = block.rect;
    const col = (k: number) => {
      const c = columnLetters(r.col + k);
      return `${sheetPrefix(block.sheet)}$${c}$${r.row + 1}:$${c}$${r.row + r.rows}`;
    };
    out.push({ name, x: col(1), y: col(2), style: "labels", labels: texts });
  }
  return out;
}

function chartOf(plan: AnalysisPlan, c: PlanChart): ChartSpec {
  const kind = c.type === "xyScatter" ? "scatter" : c.type;
  let data = 0;
  const series: SeriesSpec[] = c.series.map((s) => {
    const style: SeriesSpec["style"] =
      s.style === "markers"
        ? "points"
        : s.style === "dashedSmooth"
          ? "curve"
          : s.style === "boldLine"
            ? "average"
            : s.style === "bars"
              ? "bars"
              : kind === "scatter"
                ? "grid"
                : "line";
    const color = style === "points" || style === "line" ? SERIES_COLORS[data++ % SERIES_COLORS.length] : undefined;
    const x = s.x ?? (kind !== "scatter" ? c.categories : undefined);
    return { name: s.name, ...(x ? { x } : {}), y: s.y, style, ...(color ? { color } : {}) };
  });
  if (kind === "scatter") series.push(...labelSeries(plan, c));
  return {
    name: PLAN_CHART_NAMES[c.id],
    sheet: c.sheet,
    kind,
    title: c.title,
    xTitle: c.xAxis.title,
    yTitle: c.yAxis.title,
    ...(c.xAxis.min !== undefined ? { xMin: c.xAxis.min } : {}),
    ...(c.xAxis.max !== undefined ? { xMax: c.xAxis.max } : {}),
    ...(c.yAxis.min !== undefined ? { yMin: c.yAxis.min } : {}),
    ...(c.yAxis.max !== undefined ? { yMax: c.yAxis.max } : {}),
    series,
    anchor: c.topLeft,
    anchorEnd: c.bottomRight,
  };
}

/**
 * The whole write for a Build: the analysis sheet and the helper sheet (both replaced, both ours),
 * all charts, and the wizard configuration to save.
 */
export function planToWrite(plan: AnalysisPlan, wizard: unknown): WorkbookWrite {
  const bySheet = new Map<string, BlockWrite[]>([
    [plan.sheet, []],
    [plan.helperSheet, []],
  ]);
  for (const b of plan.blocks) {
    const list = bySheet.get(b.sheet) ?? [];
    list.push(...blockWrites(b));
    bySheet.set(b.sheet, list);
  }
  const sheets: SheetWrite[] = [...bySheet.entries()].map(([name, blocks]) => ({
    name,
    role: name === plan.sheet ? "analysis" : "helper",
    mode: "replace",
    blocks,
    activate: name === plan.sheet,
  }));
  return { sheets, charts: plan.charts.map((c) => chartOf(plan, c)), wizard };
}

/**
 * The AHP grid blocks of a plan, for reading the user's judgements back: each system's single grid
 * ("ahp.grid.support" / "ahp.grid.pressure"), or with group AHP its experts' stacked grids
 * ("ahp.experts.<role>", `experts` grids of `size` rows each).
 */
export function ahpGridBlocks(plan: AnalysisPlan): { role: "support" | "pressure"; address: string; size: number; experts?: number }[] {
  return plan.blocks
    .filter((b) => /^ahp\.(grid|experts)\.(support|pressure)$/.test(b.id))
    .map((b) => ({
      role: b.id.endsWith("support") ? ("support" as const) : ("pressure" as const),
      address: `${sheetPrefix(b.sheet)}${b.address}`,
      size: b.rect.cols,
      ...(b.id.startsWith("ahp.experts.") ? { experts: b.rect.rows / b.rect.cols } : {}),
    }));
}

/** The editable expert-weights row of a group AHP plan (the first system's), or undefined. */
export function expertWeightsBlock(plan: AnalysisPlan): { address: string; experts: number } | undefined {
  const b = plan.blocks.find((x) => x.id.startsWith("ahp.experts.weights.") && (x.editable?.length ?? 0) > 0);
  return b ? { address: `${sheetPrefix(b.sheet)}${b.address}`, experts: b.rect.cols } : undefined;
}
