/**
 * The coupling chart and the trend chart as SVG, drawn with Apache ECharts' server-side SVG renderer
 * (echarts.init(null, null, {renderer: "svg", ssr: true}) + renderToSVGString(); no canvas, no DOM).
 * Titles and the coupling chart's grouping come from the plan's chart specs, so they show what the
 * taskpane's native Excel charts show; the points are the run's S, P and C.
 *
 * Readable at any number of areas (a static SVG cannot scroll, so no legend ever pages):
 * - up to {@link MAX_COLORED} areas: each in its own categorical colour, every one in the legend;
 * - more: a few areas highlighted (the user's choice, else the {@link DEFAULT_HIGHLIGHTS} with the
 *   highest C in the latest year), each in its own categorical colour and labelled; all other areas
 *   grey, as one legend entry ("other N areas"). The legend is complete either way.
 * - the three reference curves are always in the legend.
 */
import * as echarts from "echarts";
import type { AnalysisRun } from "./run-analysis";
import { summaryRows } from "./run-analysis";
import { isErrorCode } from "../plan/evaluate-plan";
import type { ChartSpec } from "../plan/analysis-plan";
import { plural } from "./text";
import { reportText } from "../i18n/report-text";
import { joinList, LocalizedError, msg, term, REGION_TERMS, type Locale } from "../i18n";

/**
 * The charts' font stack: Latin fonts first, then a Simplified-Chinese font of each system (Windows:
 * Microsoft YaHei; macOS: PingFang SC, Hiragino Sans GB; Linux: Noto Sans CJK SC / Source Han Sans SC,
 * WenQuanYi Micro Hei), so that a --lang zh-CN chart and users' Chinese area names render everywhere.
 */
export const FONT = "'Segoe UI', 'Microsoft YaHei', 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', Helvetica, Arial, sans-serif";
const CURVE_COLOR = "#555";
const GRID_COLOR = "#999";
/** Areas that are not highlighted in a crowded chart. */
export const MUTED_COLOR = "#c8cdd3";
export const AVERAGE_COLOR = "#000000";

/** Tableau 10: a categorical palette of 10 colours that stay distinct for most colour-vision types. */
export const CATEGORICAL = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];
/** Up to this many areas every area gets its own colour and legend entry. */
export const MAX_COLORED = 10;
/** Areas highlighted in a crowded chart when the user names none. */
export const DEFAULT_HIGHLIGHTS = 5;
/**
 * At most this many highlighted areas: Tableau's 10th colour (#bab0ac, a warm grey) is too close to
 * the grey of the other areas (CIE76 ΔE 12), so a crowded chart uses the first 9 only.
 */
export const MAX_HIGHLIGHTS = 9;

/** Viridis (matplotlib), perceptually uniform and ordered, at 0, 0.1, …, 1: for years, which are ordered. */
const VIRIDIS = ["#440154", "#482878", "#3e4989", "#31688e", "#26828e", "#1f9e89", "#35b779", "#6ece58", "#b5de2b", "#fde725"];

/**
 * Legend icons drawn as lines. ECharts draws a line series' legend as a line with a marker (a circle
 * even with symbol "none"); a path icon is stretched to the legend item box (25 × 14), so each path
 * spans that box with two invisible specks at its corners and draws a 2-px bar in the middle.
 */
const BOX = "M0,0h0.01v0.01h-0.01z M24.99,13.99h0.01v0.01h-0.01z";
export const DASHED_LINE_ICON = `path://${BOX} M0,6h6v2h-6z M9.5,6h6v2h-6z M19,6h6v2h-6z`;
export const SOLID_LINE_ICON = `path://${BOX} M0,5.75h25v2.5h-25z`;

/** The three reference curves of the coupling chart (paper Table 4), always drawn and always in the legend. */
export const REFERENCE_CURVES = [
  { name: "y = x²", f: (x: number) => x * x, color: "#c50f1f" },
  { name: "y = x", f: (x: number) => x, color: CURVE_COLOR },
  { name: "y = √x", f: Math.sqrt, color: "#107c10" },
];

function hexMix(a: string, b: string, t: number): string {
  const c = (h: string, i: number) => parseInt(h.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `#${[0, 1, 2].map((i) => Math.round(c(a, i) + (c(b, i) - c(a, i)) * t).toString(16).padStart(2, "0")).join("")}`;
}

/** Viridis at t in [0, 1] (linear between the stops). */
export function viridis(t: number): string {
  const x = Math.min(1, Math.max(0, t)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x));
  return hexMix(VIRIDIS[i], VIRIDIS[i + 1], x - i);
}

/** The areas of a run in order of first appearance in the panel. */
function runAreas(run: AnalysisRun): string[] {
  return [...new Set(run.evaluation.values["panel.keys"].map((k) => String(k[0])))];
}

/** Which areas a chart colours, and each one's colour; the same for the coupling and the trend chart. */
export interface AreaHighlight {
  /** All areas (order of first appearance). */
  areas: string[];
  /** Areas drawn in colour (all of them up to {@link MAX_COLORED}; else the highlighted ones, in rank order). */
  colored: string[];
  /** True when some areas are grey. */
  muted: boolean;
  colorOf: (area: string) => string;
  /** What the highlight is, for the chart's subtitle (empty when every area has a colour). */
  note: string;
}

/**
 * The areas a chart shows in colour. Up to {@link MAX_COLORED} areas: all, in order of appearance.
 * More: `chosen` (the user's --highlight, at most {@link MAX_HIGHLIGHTS}), else the {@link DEFAULT_HIGHLIGHTS} areas with
 * the highest C in the latest year; the rest grey.
 * @throws Error naming a chosen area that is not in the panel.
 */
export function areaHighlight(run: AnalysisRun, chosen?: string[], locale: Locale = "en"): AreaHighlight {
  const areas = runAreas(run);
  if (chosen && chosen.length > 0) {
    const unknown = chosen.filter((a) => !areas.includes(a));
    if (unknown.length > 0) throw new LocalizedError(msg("run.highlightUnknown", { names: joinList(unknown.map((a) => `'${a}'`)), examples: areas.slice(0, 5).join(", ") }));
    if (new Set(chosen).size > MAX_HIGHLIGHTS) throw new LocalizedError(msg("run.highlightTooMany", { n: new Set(chosen).size, max: MAX_HIGHLIGHTS }));
  }
  let colored: string[];
  let note = "";
  const muted = areas.length > MAX_COLORED;
  if (!muted) colored = areas;
  else if (chosen && chosen.length > 0) {
    colored = [...new Set(chosen)];
    note = locale === "en" ? `in colour and labelled: ${plural(colored.length, "area")} chosen with --highlight; the other ${areas.length - colored.length} in grey` : reportText("chart.highlightChosen", locale, { n: colored.length, rest: areas.length - colored.length });
  } else {
    const summary = summaryRows(run);
    colored = summary.rows.filter((r) => typeof r.C === "number").slice(0, DEFAULT_HIGHLIGHTS).map((r) => r.area);
    const when = summary.year !== undefined ? (locale === "en" ? ` in ${summary.year}` : `${summary.year} 年 `) : "";
    note = locale !== "en" ? reportText("chart.highlightTop", locale, { n: colored.length, when, rest: areas.length - colored.length }) : `in colour and labelled: the ${colored.length} areas with the highest C${when}; the other ${areas.length - colored.length} in grey`;
  }
  const index = new Map(colored.map((a, i) => [a, i]));
  return { areas, colored, muted, note, colorOf: (a) => (index.has(a) ? CATEGORICAL[index.get(a)!] : MUTED_COLOR) };
}

/** "other 12 areas": the legend entry of the grey areas. */
function otherAreas(n: number, locale: Locale): string {
  return n === 1 ? reportText("chart.otherArea", locale) : reportText("chart.otherAreas", locale, { n });
}

function render(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, backgroundColor: "#fff", ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

/** East Asian wide characters (CJK punctuation, ideographs, full-width forms): about one em wide. */
const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

/** Rough width in pixels of a text in the chart's font (for layout: labels, legend rows). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let w = 0;
  for (const ch of text) w += /[A-Z]/.test(ch) ? 0.68 : /[ .,:;'()|!il1]/.test(ch) ? 0.33 : CJK.test(ch) ? 1 : 0.56;
  return w * fontSize * (bold ? 1.08 : 1);
}

/** Points of the coupling chart, grouped as in the spec (per area or per year). */
export interface CouplingInput {
  title: string;
  subtitle?: string;
  /** Each group's points in year order (when the data have years), with their years when known. */
  groups: { name: string; points: [number, number][]; years?: number[] }[];
  low: number;
  high: number;
  seriesBy: "area" | "year";
  /** Per area: the areas in colour (default: all groups, which must then be at most {@link MAX_COLORED}). */
  highlight?: AreaHighlight;
  /** Language of the chart's own words (axis titles, region names, legend); default English. */
  locale?: Locale;
}

/** Builds the coupling input from an analysis run: the plan's title and grouping, the run's S and P. */
export function couplingInput(run: AnalysisRun, subtitle?: string, chosen?: string[], locale: Locale = "en"): CouplingInput {
  const spec = run.plan.charts.find((c) => c.id === "coupling") as ChartSpec;
  const seriesBy = spec.seriesBy ?? "area";
  const v = run.evaluation.values;
  const keys = v["panel.keys"];
  const hasYear = run.plan.config.yearColumn !== undefined;
  const order = keys.map((_, i) => i);
  if (hasYear) order.sort((a, b) => Number(keys[a][1]) - Number(keys[b][1]) || a - b);
  const groups = new Map<string, [number, number][]>();
  const yearsOf = new Map<string, number[]>();
  if (seriesBy === "year") for (const i of order) groups.set(String(keys[i][1]), []);
  for (const i of order) {
    const S = v["panel.S"][i][0];
    const P = v["panel.P"][i][0];
    if (typeof S !== "number" || typeof P !== "number" || isErrorCode(S) || isErrorCode(P)) continue;
    const name = seriesBy === "year" ? String(keys[i][1]) : String(keys[i][0]);
    if (!groups.has(name)) groups.set(name, []);
    groups.get(name)!.push([S, P]);
    yearsOf.set(name, [...(yearsOf.get(name) ?? []), Number(keys[i][1])]);
  }
  return {
    title: locale === "en" ? spec.title : reportText("chart.couplingTitle", locale),
    subtitle,
    locale,
    groups: [...groups].map(([name, points]) => ({ name, points, ...(hasYear && seriesBy === "area" ? { years: yearsOf.get(name) ?? [] } : {}) })),
    low: run.plan.config.grades.low,
    high: run.plan.config.grades.high,
    seriesBy,
    highlight: seriesBy === "area" ? areaHighlight(run, chosen, locale) : undefined,
  };
}

/** Whether the panel has a year strictly between `a` and `b` (the area lacks it there). */
function missingBetween(panelYears: number[], a: number, b: number): boolean {
  return panelYears.some((y) => y > a && y < b);
}

/**
 * An area's path through the years on the coupling chart: a thin line in the area's colour, broken
 * ("-") where the area lacks a year of the panel (as in the trend chart), an arrow at its last point.
 */
function pathSeries(gr: CouplingInput["groups"][number], panelYears: number[], color: string, px: (x: number) => number, py: (y: number) => number): Record<string, unknown> {
  const data: unknown[] = [];
  const n = gr.points.length;
  gr.points.forEach((p, k) => {
    if (k > 0 && gr.years && missingBetween(panelYears, gr.years[k - 1], gr.years[k])) data.push("-");
    if (k < n - 1) return data.push(p);
    // The arrow points along the last step (symbolRotate: degrees, counter-clockwise from up).
    const [q, r] = [gr.points[n - 2], p];
    const angle = (Math.atan2(px(r[0]) - px(q[0]), py(q[1]) - py(r[1])) * 180) / Math.PI;
    const joined = data[data.length - 1] !== "-";
    data.push(joined ? { value: p, symbol: "arrow", symbolSize: 8, symbolRotate: -angle } : p);
  });
  return { type: "line", data, symbol: "none", connectNulls: false, silent: true, lineStyle: { color, width: 1, opacity: 0.7 }, itemStyle: { color, opacity: 0.8 }, z: 7 };
}

/** A label's box in data units of the coupling chart: x0..x1 (S), y0..y1 (P). */
export interface LabelBox {
  name: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Plot area of the coupling chart in pixels. */
function couplingGrid(width: number, height: number) {
  const grid = { left: 70, right: 210, top: 96, bottom: 60 };
  return { ...grid, w: width - grid.left - grid.right, h: height - grid.top - grid.bottom };
}

const REGION_FONT = 13;
/**
 * The four region names, each inside its region (paper Table 4) and clear of the curves: the two
 * narrow regions between the curves get two-line labels. Each has a few candidate places (top-left
 * corner x0, y1 in data units); a chart uses the one covering the fewest of its points.
 */
const REGION_LABELS = [
  { name: "high-value surplus", lines: ["high-value surplus"], at: [[0.74, 0.075], [0.76, 0.3], [0.4, 0.075]] },
  { name: "low-value surplus", lines: ["low-value", "surplus"], at: [[0.53, 0.51], [0.38, 0.32]] },
  { name: "low-value load", lines: ["low-value", "load"], at: [[0.35, 0.56], [0.12, 0.31]] },
  { name: "high-value load", lines: ["high-value load"], at: [[0.42, 0.975], [0.08, 0.975], [0.05, 0.8]] },
];

/** Every candidate box of the region names on a chart of this size (data units), for the layout test. */
export function regionLabelBoxes(width = 900, height = 720): LabelBox[] {
  return REGION_LABELS.flatMap((r) => regionCandidates(r, width, height));
}

function regionCandidates(r: (typeof REGION_LABELS)[number], width: number, height: number): LabelBox[] {
  const g = couplingGrid(width, height);
  const w = (Math.max(...r.lines.map((l) => textWidth(l, REGION_FONT, true))) + 8) / g.w;
  const h = (r.lines.length * (REGION_FONT + 3) + 4) / g.h;
  return r.at.map(([x0, y1]) => ({ name: r.name, x0, x1: x0 + w, y0: y1 - h, y1 }));
}

/** The candidate box of each region name that covers the fewest points (ties: the first). */
export function placeRegionLabels(points: [number, number][], width = 900, height = 720): LabelBox[] {
  return REGION_LABELS.map((r) => {
    const boxes = regionCandidates(r, width, height);
    const inside = (b: LabelBox) => points.reduce((n, [x, y]) => n + (x >= b.x0 - 0.01 && x <= b.x1 + 0.01 && y >= b.y0 - 0.01 && y <= b.y1 + 0.01 ? 1 : 0), 0);
    const counts = boxes.map(inside);
    return boxes[counts.indexOf(Math.min(...counts))];
  });
}

/**
 * The coupling chart: x = S, y = P on [0, 1]; points per group; the reference curves y = x², y = x,
 * y = √x dashed and always in the legend; the grade grid at the cut points with grades I–IX in the
 * corner of each cell; the four region names. Grade numerals and region names are drawn above the
 * points. Per area with more than {@link MAX_COLORED} areas: highlighted areas in colour and labelled
 * at their latest point, the rest grey. Per year with more than 10 years: a colour bar of the years.
 */
export function couplingChartSvg(input: CouplingInput, width = 900, height = 720): string {
  const steps = 100;
  const curve = (f: (x: number) => number) => Array.from({ length: steps + 1 }, (_, i) => [i / steps, f(i / steps)]);
  const { low, high } = input;
  const g = couplingGrid(width, height);
  const px = (x: number) => g.left + x * g.w;
  const py = (y: number) => g.top + (1 - y) * g.h;
  const byYear = input.seriesBy === "year";
  const yearBar = byYear && input.groups.length > MAX_COLORED;
  const hl = input.highlight;
  const locale = input.locale ?? "en";
  const muted = !byYear && hl !== undefined && hl.muted;
  if (!byYear && !hl && input.groups.length > MAX_COLORED) throw new Error(`couplingChartSvg: ${input.groups.length} areas need a highlight`);
  const series: Record<string, unknown>[] = [];
  const legend: (string | { name: string; icon: string })[] = [];
  const total = input.groups.reduce((n, gr) => n + gr.points.length, 0);
  const panelYears = [...new Set(input.groups.flatMap((gr) => gr.years ?? []))].sort((a, b) => a - b);
  const paths = !byYear && input.groups.some((gr) => gr.points.length > 1);
  const gaps = paths && input.groups.some((gr) => (gr.years ?? []).some((y, k) => k > 0 && missingBetween(panelYears, gr.years![k - 1], y)));
  if (yearBar) {
    // A series per year in viridis (years are ordered), explained by a colour bar that any number of
    // years fits. The bar (visualMap) drives only an empty series: large series take no per-point colour.
    series.push({ type: "scatter", name: reportText("chart.yearScale", locale), data: [], silent: true });
    const n = input.groups.length;
    input.groups.forEach((gr, i) => {
      series.push({ type: "scatter", name: gr.name, data: gr.points, symbolSize: gr.points.length > 2000 ? 3 : 6, itemStyle: { color: viridis((0.9 * i) / (n - 1)), opacity: 0.85 }, z: 5, large: gr.points.length > 2000 });
    });
  } else if (muted) {
    const others = input.groups.filter((gr) => !hl.colored.includes(gr.name));
    const otherName = otherAreas(others.length, locale);
    series.push({
      type: "scatter",
      name: otherName,
      data: others.flatMap((gr) => gr.points),
      symbolSize: total > 2000 ? 3 : 5,
      itemStyle: { color: MUTED_COLOR, opacity: 0.8 },
      z: 4,
      large: total > 2000,
    });
    for (const area of hl.colored) {
      const gr = input.groups.find((x) => x.name === area);
      if (!gr) continue;
      const color = hl.colorOf(area);
      series.push({ type: "scatter", name: area, data: gr.points, symbolSize: 9, itemStyle: { color, borderColor: "#fff", borderWidth: 0.8 }, z: 8 });
      if (gr.points.length > 1) series.push(pathSeries(gr, panelYears, color, px, py));
      legend.push(area);
    }
    legend.push(otherName);
  } else {
    const colorOf = (name: string, i: number) => (hl ? hl.colorOf(name) : CATEGORICAL[i % CATEGORICAL.length]);
    input.groups.forEach((gr, i) => {
      series.push({ type: "scatter", name: gr.name, data: gr.points, symbolSize: 9, itemStyle: { color: colorOf(gr.name, i), opacity: 0.9 }, z: 5 });
      if (!byYear && gr.points.length > 1) series.push(pathSeries(gr, panelYears, colorOf(gr.name, i), px, py));
      legend.push(gr.name);
    });
  }
  // symbol "none": the legend then draws the curve's dashed line, not a marker.
  for (const c of REFERENCE_CURVES) {
    series.push({
      type: "line",
      name: c.name,
      data: curve(c.f),
      color: c.color,
      itemStyle: { color: c.color },
      symbol: "none",
      showSymbol: false,
      smooth: true,
      silent: true,
      lineStyle: { type: "dashed", color: c.color, width: 1.5 },
      z: 3,
    });
    legend.push({ name: c.name, icon: DASHED_LINE_ICON });
  }
  const gridLine = (data: number[][]) => ({ type: "line", data, symbol: "none", showSymbol: false, silent: true, lineStyle: { color: GRID_COLOR, width: 1 }, z: 2, tooltip: { show: false } });
  for (const c of [low, high]) series.push(gridLine([[c, 0], [c, 1]]), gridLine([[0, c], [1, c]]));
  // Grade numerals in the top-left corner of each cell, region names inside their regions: drawn as
  // graphic text above everything (the points never hide them), with a white halo or box.
  const cuts = [0, low, high, 1];
  const grades = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
  const graphic: Record<string, unknown>[] = grades.map((name, i) => ({
    type: "text",
    left: px(cuts[i % 3]) + 4,
    top: py(cuts[Math.floor(i / 3) + 1]) + 3,
    z: 100,
    silent: true,
    style: { text: name, fill: "#8a8886", font: `bold 15px ${FONT}`, stroke: "#fff", lineWidth: 3 },
  }));
  for (const box of placeRegionLabels(input.groups.flatMap((gr) => gr.points), width, height)) {
    const r = REGION_LABELS.find((x) => x.name === box.name)!;
    graphic.push({
      type: "text",
      left: px(box.x0),
      top: py(box.y1),
      z: 101,
      silent: true,
      style: {
        text: locale === "en" ? r.lines.join("\n") : term(REGION_TERMS[REGION_LABELS.indexOf(r)], locale),
        fill: "#004e8c",
        font: `bold ${REGION_FONT}px ${FONT}`,
        lineHeight: REGION_FONT + 3,
        backgroundColor: "rgba(255,255,255,0.85)",
        padding: [2, 4],
        borderRadius: 3,
      },
    });
  }
  if (muted) {
    // Each highlighted area named beside its latest point; names pushed apart so that none overlap.
    const ends = hl.colored
      .map((area) => ({ area, p: input.groups.find((x) => x.name === area)?.points.at(-1) }))
      .filter((e): e is { area: string; p: [number, number] } => e.p !== undefined);
    const ys = placeLabels(ends.map((e) => py(e.p[1])), g.top + 8, g.top + g.h - 8, 16);
    ends.forEach((e, k) => {
      // A long name is shortened like the legend's, so that it never runs across the plot.
      const name = truncate(e.area, g.right - 60, 12 * 1.08);
      const w = textWidth(name, 12, true) + 8;
      const x = Math.min(px(e.p[0]) + 9, g.left + g.w - w);
      graphic.push({ type: "text", left: x, top: ys[k] - 8, z: 102, silent: true, style: { text: name, fill: hl.colorOf(e.area), font: `bold 12px ${FONT}`, backgroundColor: "rgba(255,255,255,0.8)", padding: [1, 3], borderRadius: 2 } });
    });
  }
  const years = yearBar ? input.groups.map((gr) => Number(gr.name)) : [];
  const pathNote = paths
    ? reportText("chart.pathNote", locale, {
        span: panelYears.length ? reportText("chart.pathSpan", locale, { first: panelYears[0], last: panelYears[panelYears.length - 1] }) : "",
        gaps: gaps ? reportText("chart.pathGaps", locale) : "",
      })
    : "";
  const note = [muted ? hl.note : yearBar ? reportText("chart.yearPoints", locale, { n: total }) : "", pathNote].filter((x) => x).join("\n");
  return render(
    {
      title: { text: input.title, subtext: [input.subtitle, note].filter((s) => s).join("\n"), left: "center", textStyle: { fontSize: 18 }, subtextStyle: { lineHeight: 16 } },
      legend: { type: "plain", data: legend, right: 12, top: g.top, orient: "vertical", itemGap: 7, textStyle: { fontSize: 12, width: g.right - 60, overflow: "truncate" } },
      ...(yearBar
        ? {
            visualMap: {
              type: "continuous",
              dimension: 2,
              seriesIndex: 0,
              min: Math.min(...years),
              max: Math.max(...years),
              inRange: { color: [0, 0.225, 0.45, 0.675, 0.9].map(viridis) },
              text: [String(Math.max(...years)), String(Math.min(...years))],
              calculable: false,
              orient: "vertical",
              right: 40,
              top: g.top + 90,
              itemHeight: Math.min(260, g.h - 140),
              textStyle: { fontSize: 12 },
            },
          }
        : {}),
      grid: { left: g.left, right: g.right, top: g.top, bottom: g.bottom },
      xAxis: { type: "value", min: 0, max: 1, name: reportText("chart.supportAxis", locale), nameLocation: "middle", nameGap: 32, interval: 0.1, splitLine: { show: false } },
      yAxis: { type: "value", min: 0, max: 1, name: reportText("chart.pressureAxis", locale), nameLocation: "middle", nameGap: 45, interval: 0.1, splitLine: { show: false } },
      series,
      graphic,
    },
    width,
    height,
  );
}

/** What the trend chart's average is over. */
export interface TrendAverage {
  /** Areas the average is over (with C, S and P in every year of `years`); empty: no average drawn. */
  areas: string[];
  /** The consecutive years the average is drawn for (all the panel's years when every area is complete). */
  years: number[];
  /** The sentence written on the chart. */
  definition: string;
  /** The average drawn per year of the panel (NaN outside `years`), per index drawn (C, S and P; or D). */
  values?: Record<string, number[]>;
}

/**
 * The trend chart's average: the mean over a fixed set of areas, so that it never changes because
 * areas join or leave (a gap would otherwise pull the mean up or down: issue 13's "V"). The set is
 * the areas with C, S and P in every year of a span of consecutive years, the span chosen to cover
 * the most area-years (areas × years, at least 2 areas and 2 years; ties: the longer, then the
 * later span); a complete panel gives all areas and all years. No average for a single area (it
 * would be the area's own line) or when no span has two complete areas.
 */
export function trendAverage(
  areas: string[],
  years: number[],
  has: (area: string, year: number) => boolean,
  locale: Locale = "en",
  what = reportText("chart.whatCSP", locale),
): TrendAverage {
  const all = `${years[0]}–${years[years.length - 1]}`;
  if (areas.length < 2) return { areas: [], years: [], definition: reportText("avg.oneArea", locale) };
  // prefix[a][t]: how many of the first t years area a has.
  const prefix = areas.map((a) => {
    const p = [0];
    years.forEach((y, t) => p.push(p[t] + (has(a, y) ? 1 : 0)));
    return p;
  });
  let best: { i: number; j: number; k: number } | undefined;
  for (let i = 0; i < years.length; i++) {
    for (let j = i + 1; j < years.length; j++) {
      let k = 0;
      for (const p of prefix) if (p[j + 1] - p[i] === j - i + 1) k++;
      if (k < 2) continue;
      const score = k * (j - i + 1);
      const bestScore = best ? best.k * (best.j - best.i + 1) : -1;
      if (score > bestScore || (score === bestScore && best && j - i >= best.j - best.i)) best = { i, j, k };
    }
  }
  if (!best) return { areas: [], years: [], definition: reportText("avg.none", locale, { all, what }) };
  const span = years.slice(best.i, best.j + 1);
  const inSpan = areas.filter((_, a) => prefix[a][best!.j + 1] - prefix[a][best!.i] === span.length);
  const spanText = `${span[0]}–${span[span.length - 1]}`;
  // Data every 5 years: "every year 2000–2020" would claim years that are not in the panel.
  // "every year 2000–2020" for yearly data; "every observed year (6 years, 2000–2020)" otherwise.
  const every = (ys: number[], text: string) =>
    ys[ys.length - 1] - ys[0] + 1 === ys.length ? reportText("avg.everyYear", locale, { text }) : reportText("avg.everyObserved", locale, { n: ys.length, text });
  if (inSpan.length === areas.length && span.length === years.length) {
    return { areas: inSpan, years: span, definition: reportText("avg.all", locale, { n: areas.length, every: every(years, all), what }) };
  }
  const gaps = areas.length - inSpan.length;
  const left = [
    gaps > 0 ? (gaps === 1 ? reportText("avg.gapLeftOut", locale) : reportText("avg.gapsLeftOut", locale, { n: gaps })) : "",
    span.length < years.length ? reportText("avg.yearsOutside", locale, { spanText }) : "",
  ].filter((x) => x);
  const spanNote = span.length < years.length ? (locale === "en" ? ` (${spanText})` : `（${spanText}）`) : "";
  return {
    areas: inSpan,
    years: span,
    definition: reportText("avg.part", locale, { span: spanNote, k: inSpan.length, n: areas.length, every: every(span, spanText), left: left.join(reportText("avg.and", locale)), what }),
  };
}

/** The trend chart, or why there is none. */
export interface TrendChart {
  svg?: string;
  /** Why no trend chart was drawn (no year column, a single year). */
  reason?: string;
  average?: TrendAverage;
}

/** A y axis from 0 with about four nice steps (1, 2, 2.5 or 5 × 10^k) reaching at or above `max`. */
export function niceAxis(max: number): { max: number; interval: number } {
  if (!(max > 0)) return { max: 1, interval: 0.25 };
  const raw = max / 4;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * p).find((x) => x >= raw)!;
  const top = Math.ceil(max / step - 1e-9) * step;
  return { max: Number(top.toPrecision(12)), interval: step };
}

/**
 * Places end-of-line labels next to a panel: each at its line's last value, pushed apart to at least
 * `gap` pixels and kept between `top` and `bottom` (so none ever covers the x-axis or its last tick).
 */
export function placeLabels(wanted: number[], top: number, bottom: number, gap: number): number[] {
  const order = wanted.map((y, i) => ({ y: Math.min(bottom, Math.max(top, y)), i })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < order.length; k++) order[k].y = Math.max(order[k].y, order[k - 1].y + gap);
  const over = order.length ? order[order.length - 1].y - bottom : 0;
  if (over > 0) {
    order[order.length - 1].y = bottom;
    for (let k = order.length - 2; k >= 0; k--) order[k].y = Math.min(order[k].y, order[k + 1].y - gap);
  }
  const out = new Array<number>(wanted.length);
  for (const o of order) out[o.i] = o.y;
  return out;
}

/**
 * Trend chart: one panel per index (C, S and P), a line per area and the bold black average (see
 * {@link trendAverage}; its definition is written on the chart). Up to {@link MAX_COLORED} areas: each
 * in its colour (the same as in the coupling chart). More: every area thin light grey (all in one
 * series, so 2,800 areas stay light), and the highlighted areas in colour, labelled at the line's end.
 * No chart without a year column or with a single year (a trend needs two years): `reason` says why.
 */
export function trendChartSvg(run: AnalysisRun, chosen?: string[], width = 900, height = 1000, locale: Locale = "en"): TrendChart {
  const specTitle = (id: string) => run.plan.charts.find((c) => c.id === id)?.yAxis.title;
  return indexTrendSvg(
    run,
    {
      title: reportText("chart.trendTitle", locale),
      what: reportText("chart.whatCSP", locale),
      indices: [
        // The plan's own axis title (it names a custom C) in English; the catalog's otherwise.
        { key: "C", title: (locale === "en" ? specTitle("trend.C") : undefined) ?? reportText("chart.reccAxis", locale), block: "panel.C", col: 0 },
        { key: "S", title: reportText("chart.supportAxis", locale), block: "panel.S", col: 0 },
        { key: "P", title: reportText("chart.pressureAxis", locale), block: "panel.P", col: 0 },
      ],
    },
    chosen,
    width,
    height,
    locale,
  );
}

/**
 * CCD trend chart: the coordination degree D of S and P per area by year with the average, drawn as
 * the trend chart of C, S and P (same highlight, same honest average). None without a CCD block.
 */
export function ccdTrendChartSvg(run: AnalysisRun, chosen?: string[], width = 900, height = 480, locale: Locale = "en"): TrendChart {
  if (!run.evaluation.values["panel.ccd"]) return { reason: reportText("chart.noCcdBlock", locale) };
  return indexTrendSvg(
    run,
    { title: reportText("chart.ccdTitle", locale), what: "D", indices: [{ key: "D", title: reportText("chart.ccdAxis", locale), block: "panel.ccd", col: 2 }] },
    chosen,
    width,
    height,
    locale,
  );
}

/** One panel of a trend chart: an index read from column `col` of a panel block. */
interface TrendIndex {
  key: string;
  title: string;
  block: string;
  col: number;
}

function indexTrendSvg(
  run: AnalysisRun,
  chart: { title: string; what: string; indices: TrendIndex[] },
  chosen: string[] | undefined,
  width: number,
  height: number,
  locale: Locale,
): TrendChart {
  if (run.plan.config.yearColumn === undefined) return { reason: reportText("chart.noYearColumn", locale) };
  const v = run.evaluation.values;
  const keys = v["panel.keys"];
  const years = [...new Set(keys.map((k) => Number(k[1])))].sort((a, b) => a - b);
  if (years.length < 2) return { reason: reportText("chart.singleYear", locale, { year: years[0] }) };
  const hl = areaHighlight(run, chosen, locale);
  const cells = new Map<string, number[]>();
  const num = (x: unknown) => (typeof x === "number" && !isErrorCode(x) ? x : NaN);
  keys.forEach((k, i) => cells.set(`${k[0]}\u0000${k[1]}`, chart.indices.map((ix) => num(v[ix.block][i][ix.col]))));
  const get = (a: string, y: number) => cells.get(`${a}\u0000${y}`);
  const average = trendAverage(hl.areas, years, (a, y) => get(a, y)?.every(Number.isFinite) ?? false, locale, chart.what);
  const indices = chart.indices.map((ix, k) => ({ title: ix.title, k }));
  const averageName = reportText("chart.average", locale);
  const line = (a: string, k: number) => years.map((y) => get(a, y)?.[k] ?? NaN);
  const avgLine = (k: number) => years.map((y) => (average.years.includes(y) ? average.areas.reduce((s, a) => s + get(a, y)![k], 0) / average.areas.length : NaN));
  if (average.areas.length) average.values = Object.fromEntries(chart.indices.map((ix, k) => [ix.key, avgLine(k)]));
  // Legend: every coloured area, "other N areas" when some are grey, and the average; rows laid out here.
  const legendItems = [...(average.areas.length ? [{ name: averageName, color: AVERAGE_COLOR }] : []), ...hl.colored.map((a) => ({ name: a, color: hl.colorOf(a) }))];
  const others = hl.areas.length - hl.colored.length;
  if (hl.muted) legendItems.push({ name: otherAreas(others, locale), color: MUTED_COLOR });
  const itemW = (t: string) => 25 + 5 + textWidth(t, 12) + 20;
  const legendRows: (typeof legendItems)[] = [[]];
  let rowW = 0;
  for (const it of legendItems) {
    if (rowW + itemW(it.name) > width - 80 && legendRows[legendRows.length - 1].length) {
      legendRows.push([]);
      rowW = 0;
    }
    legendRows[legendRows.length - 1].push(it);
    rowW += itemW(it.name);
  }
  const span = `${years[0]}–${years[years.length - 1]}`;
  const areasText = hl.areas.length === 1 ? reportText("chart.oneArea", locale, { years: span }) : reportText("chart.areasYears", locale, { n: hl.areas.length, years: span });
  const subtitle = [`${areasText}${hl.muted ? `${locale === "en" ? "; " : "；"}${hl.note}` : ""}`, average.definition];
  const subLines = subtitle.flatMap((s) => wrapText(s, width - 60, 12));
  const legendTop = 44 + subLines.length * 16 + 6;
  const top = legendTop + legendRows.length * 22 + 18;
  const right = 20 + Math.min(190, Math.max(70, ...legendItems.map((it) => textWidth(it.name, 11) + 14)));
  const panelH = (height - top - 10) / indices.length;
  const grids = indices.map((_, i) => ({ left: 62, right, top: top + 22 + i * panelH, height: panelH - 60 }));
  const series: Record<string, unknown>[] = [];
  const graphic: Record<string, unknown>[] = [];
  const axes: { max: number; interval: number }[] = [];
  indices.forEach((ix, i) => {
    const lines = hl.areas.map((a) => ({ a, ys: line(a, ix.k) }));
    const top0 = grids[i].top;
    const h = grids[i].height;
    const axis = niceAxis(lines.reduce((m, l) => l.ys.reduce((mm, y) => (y > mm ? y : mm), m), 0));
    const max = axis.max;
    axes.push(axis);
    // Grey areas: one series with a gap between areas (value x axis; "-" breaks the line).
    if (hl.muted) {
      const data: (number[] | "-")[] = [];
      for (const l of lines) {
        if (hl.colored.includes(l.a)) continue;
        l.ys.forEach((y, t) => data.push(Number.isFinite(y) ? [years[t], y] : "-"));
        data.push("-");
      }
      series.push({ type: "line", name: otherAreas(others, locale), xAxisIndex: i, yAxisIndex: i, data, symbol: "none", connectNulls: false, lineStyle: { width: 0.6, color: MUTED_COLOR, opacity: 0.9 }, itemStyle: { color: MUTED_COLOR }, silent: true, z: 2, large: true });
    }
    const labels: { text: string; color: string; x: number; y: number; bold: boolean }[] = [];
    const xOf = (t: number) => grids[i].left + ((years[t] - years[0]) / (years[years.length - 1] - years[0])) * (width - right - grids[i].left);
    const drawn = [...hl.colored.map((a) => ({ name: a, ys: line(a, ix.k), color: hl.colorOf(a), avg: false })), ...(average.areas.length ? [{ name: averageName, ys: avgLine(ix.k), color: AVERAGE_COLOR, avg: true }] : [])];
    for (const d of drawn) {
      series.push({
        type: "line",
        name: d.name,
        xAxisIndex: i,
        yAxisIndex: i,
        // A year with no neighbour on either side would be an invisible one-point line: give it a dot.
        data: d.ys.map((y, t) =>
          !Number.isFinite(y) ? "-" : !Number.isFinite(d.ys[t - 1] ?? NaN) && !Number.isFinite(d.ys[t + 1] ?? NaN) ? { value: [years[t], y], symbol: "circle", symbolSize: 5 } : [years[t], y],
        ),
        connectNulls: false,
        symbol: !hl.muted && !d.avg && years.length <= 20 ? "circle" : "none",
        symbolSize: 4,
        lineStyle: { width: d.avg ? 3.5 : hl.muted ? 2.2 : 1.6, color: d.color },
        itemStyle: { color: d.color },
        silent: true,
        z: d.avg ? 12 : 10,
      });
      // At the line's last actual value (a later missing or error year has no point to label).
      const t = d.ys.map(Number.isFinite).lastIndexOf(true);
      if (t >= 0) labels.push({ text: d.name, color: d.color, x: xOf(t), y: top0 + h * (1 - d.ys[t] / max), bold: d.avg });
    }
    const ys = placeLabels(labels.map((l) => l.y), top0, top0 + h, 13);
    labels.forEach((l, k) =>
      graphic.push({
        type: "text",
        left: l.x + 8,
        top: ys[k] - 7,
        z: 100,
        silent: true,
        style: { text: truncate(l.text, right - 16, 11), fill: l.color, font: `${l.bold ? "bold " : ""}11px ${FONT}`, stroke: "#fff", lineWidth: 3 },
      }),
    );
  });
  const legendGraphic = legendRows.flatMap((row, r) => {
    const total = row.reduce((s, it) => s + itemW(it.name), 0) - 20;
    let x = (width - total) / 2;
    return row.flatMap((it) => {
      const y = legendTop + r * 22;
      const out = [
        { type: "rect", left: x, top: y + 5, shape: { width: 25, height: it.color === AVERAGE_COLOR ? 3.5 : 2.5 }, style: { fill: it.color }, silent: true, z: 100 },
        { type: "text", left: x + 30, top: y, style: { text: it.name, fill: "#333", font: `12px ${FONT}` }, silent: true, z: 100 },
      ];
      x += itemW(it.name);
      return out;
    });
  });
  const stride = years.length <= 16 ? 1 : Math.ceil(years.length / 12);
  const tickYears = years.filter((_, t) => t === years.length - 1 || (t % stride === 0 && years.length - 1 - t >= stride / 2));
  const svg = render(
    {
      title: [
        { text: chart.title, subtext: subLines.join("\n"), left: "center", textStyle: { fontSize: 18 }, subtextStyle: { lineHeight: 16, fontSize: 12 } },
        ...indices.map((ix, i) => ({ text: ix.title, left: grids[i].left, top: grids[i].top - 22, textStyle: { fontSize: 13 } })),
      ],
      grid: grids.map((gr) => ({ left: gr.left, right: gr.right, top: gr.top, height: gr.height })),
      xAxis: indices.map((_, i) => ({
        type: "value",
        gridIndex: i,
        min: years[0],
        max: years[years.length - 1],
        minInterval: 1,
        splitLine: { show: false },
        // Ticks at observed years (1955, 1960, … for data every 5 years): all up to 16, else about 12, first and last included.
        axisTick: { customValues: tickYears },
        axisLabel: { customValues: tickYears, formatter: (y: number) => (Number.isInteger(y) ? String(y) : ""), hideOverlap: true },
      })),
      yAxis: axes.map((a, i) => ({ type: "value", gridIndex: i, min: 0, max: a.max, interval: a.interval })),
      series,
      graphic: [...graphic, ...legendGraphic],
    },
    width,
    height,
  );
  return { svg, average };
}

/** Splits a text into lines of at most `width` pixels (at `fontSize`), at spaces (Chinese text: also between characters). */
function wrapText(text: string, width: number, fontSize: number): string[] {
  if (CJK.test(text)) {
    const out: string[] = [];
    let line = "";
    for (const tok of text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+|\s+/g) ?? []) {
      if (line.trim() && !/^\s+$/.test(tok) && textWidth(line + tok, fontSize) > width) {
        out.push(line.trimEnd());
        line = "";
      }
      line = line || !/^\s+$/.test(tok) ? line + tok : line;
    }
    if (line.trim()) out.push(line.trimEnd());
    return out;
  }
  const lines: string[] = [];
  let cur = "";
  for (const word of text.split(" ")) {
    const next = cur ? `${cur} ${word}` : word;
    if (cur && textWidth(next, fontSize) > width) {
      lines.push(cur);
      cur = word;
    } else cur = next;
  }
  if (cur) lines.push(cur);
  return lines;
}

/** Shortens a text to `width` pixels with an ellipsis. */
function truncate(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  let t = text;
  while (t.length > 1 && textWidth(`${t}…`, fontSize) > width) t = t.slice(0, -1);
  return `${t}…`;
}
