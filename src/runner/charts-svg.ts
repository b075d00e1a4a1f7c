/**
 * The coupling chart and the trend chart as SVG, drawn with Apache ECharts' server-side SVG renderer
 * (echarts.init(null, null, {renderer: "svg", ssr: true}) + renderToSVGString(); no canvas, no DOM).
 * Both are drawn from the plan's chart specs resolved to values, so they show what the taskpane's
 * native Excel charts show.
 */
import * as echarts from "echarts";
import type { AnalysisRun } from "./run-analysis";
import { resolveChart, summaryRows } from "./run-analysis";
import type { ChartSpec } from "../plan/analysis-plan";

const FONT = "Segoe UI, Helvetica, Arial, sans-serif";
const CURVE_COLOR = "#555";
const GRID_COLOR = "#999";
/** Areas that are not highlighted in a crowded trend chart. */
const MUTED_COLOR = "#cfd4da";

/** Tableau 10: a categorical palette of 10 colours that stay distinct for most colour-vision types. */
export const CATEGORICAL = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];

/** Viridis (matplotlib), perceptually uniform and ordered, at 0, 0.1, …, 1. */
const VIRIDIS = ["#440154", "#482878", "#3e4989", "#31688e", "#26828e", "#1f9e89", "#35b779", "#6ece58", "#b5de2b", "#fde725"];

/**
 * Legend icons drawn as lines. ECharts draws a line series' legend as a line with a marker (a circle
 * even with symbol "none"); a path icon is stretched to the legend item box (25 × 14), so each path
 * spans that box with two invisible specks at its corners and draws a 2-px bar in the middle.
 */
const BOX = "M0,0h0.01v0.01h-0.01z M24.99,13.99h0.01v0.01h-0.01z";
export const DASHED_LINE_ICON = `path://${BOX} M0,6h6v2h-6z M9.5,6h6v2h-6z M19,6h6v2h-6z`;
export const SOLID_LINE_ICON = `path://${BOX} M0,5.75h25v2.5h-25z`;

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

/**
 * Colours for n series: the categorical palette for up to 10, else viridis from dark violet to
 * yellow-green (stopping at 0.9: the last yellow is too pale on white), in series order.
 */
export function seriesColors(n: number): string[] {
  if (n <= CATEGORICAL.length) return CATEGORICAL.slice(0, n);
  return Array.from({ length: n }, (_, i) => viridis((0.9 * i) / (n - 1)));
}

/**
 * One colour per area of a run (areas in order of first appearance in the panel), so an area has the
 * same colour in the coupling chart and the trend chart.
 */
export function areaColors(run: AnalysisRun): Map<string, string> {
  const areas = [...new Set(run.evaluation.values["panel.keys"].map((k) => String(k[0])))];
  const colors = seriesColors(areas.length);
  return new Map(areas.map((a, i) => [a, colors[i]]));
}

function render(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, backgroundColor: "#fff", ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

/** Points of the coupling chart, grouped as in the spec (per area or per year). */
export interface CouplingInput {
  title: string;
  subtitle?: string;
  groups: { name: string; points: [number, number][] }[];
  /** One colour per group (default {@link seriesColors}). */
  colors?: string[];
  low: number;
  high: number;
  seriesBy: "area" | "year";
}

/** Builds the coupling input from an analysis run's plan. */
export function couplingInput(run: AnalysisRun, subtitle?: string): CouplingInput {
  const spec = run.plan.charts.find((c) => c.id === "coupling") as ChartSpec;
  const resolved = resolveChart(spec, run.evaluation);
  const groups = resolved.series
    .filter((s) => s.style === "markers")
    .map((s) => ({ name: s.name, points: s.points.filter((p) => p[1] !== null) as [number, number][] }));
  const seriesBy = spec.seriesBy ?? "area";
  const byArea = areaColors(run);
  const colors = seriesBy === "area" ? groups.map((g) => byArea.get(g.name) ?? MUTED_COLOR) : undefined;
  return { title: spec.title, subtitle, groups, colors, low: run.plan.config.grades.low, high: run.plan.config.grades.high, seriesBy };
}

/**
 * The coupling chart: x = S, y = P on [0, 1]; one scatter series per group; reference curves
 * y = x, x², √x dashed; grade grid at the cut points with grades I–IX; the four region names.
 */
export function couplingChartSvg(input: CouplingInput, width = 900, height = 720): string {
  const steps = 100;
  const curve = (f: (x: number) => number) => Array.from({ length: steps + 1 }, (_, i) => [i / steps, f(i / steps)]);
  const { low, high } = input;
  const mid = [low / 2, (low + high) / 2, (high + 1) / 2];
  const grades = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"].map((g, i) => ({ value: [mid[i % 3], mid[Math.floor(i / 3)]], name: g }));
  const regions = [
    // Inside each region and clear of the grade numerals (P < S², S² ≤ P ≤ S, S < P ≤ √S, P > √S).
    { value: [0.84, 0.04], name: "high-value surplus" },
    { value: [0.74, 0.62], name: "low-value surplus" },
    { value: [0.3, 0.45], name: "low-value load" },
    { value: [0.13, 0.96], name: "high-value load" },
  ];
  const many = input.groups.length > 10;
  const palette = input.colors ?? seriesColors(input.groups.length);
  const dataSeries = input.groups.map((g, i) => ({
    type: "scatter",
    name: g.name,
    data: g.points,
    symbolSize: many ? 6 : 9,
    itemStyle: { color: palette[i], opacity: many ? 0.8 : 0.9 },
    z: 5,
  }));
  // symbol "none": the legend then draws the curve's dashed line, not a marker.
  const line = (name: string, data: number[][], style: { color: string; type: string; width: number }) => ({
    type: "line",
    name,
    data,
    color: style.color,
    itemStyle: { color: style.color },
    symbol: "none",
    showSymbol: false,
    smooth: true,
    silent: true,
    lineStyle: style,
    z: 3,
  });
  const gridLine = (data: number[][]) => ({ type: "line", data, symbol: "none", showSymbol: false, silent: true, lineStyle: { color: GRID_COLOR, width: 1 }, z: 2, tooltip: { show: false } });
  // Drawn above the points (higher z) with a white halo or background so that points never hide them.
  const labels = (data: { value: number[]; name: string }[], color: string, size: number, weight: string, boxed: boolean) => ({
    type: "scatter",
    data,
    symbolSize: 0,
    silent: true,
    label: {
      show: true,
      formatter: "{b}",
      color,
      fontSize: size,
      fontWeight: weight,
      ...(boxed ? { backgroundColor: "rgba(255,255,255,0.8)", padding: [2, 5], borderRadius: 3 } : { textBorderColor: "#fff", textBorderWidth: 4 }),
    },
    z: 20,
  });
  const legendNames = input.groups.map((g) => g.name);
  return render(
    {
      title: { text: input.title, subtext: input.subtitle, left: "center", textStyle: { fontSize: 18 } },
      legend: {
        type: legendNames.length > 24 ? "scroll" : "plain",
        data: [...legendNames, ...["y = x", "y = x²", "y = √x"].map((name) => ({ name, icon: DASHED_LINE_ICON }))],
        right: 10,
        top: 70,
        orient: "vertical",
        textStyle: { fontSize: 11 },
      },
      grid: { left: 70, right: 190, top: 80, bottom: 60 },
      xAxis: { type: "value", min: 0, max: 1, name: "Support index S", nameLocation: "middle", nameGap: 32, interval: 0.1, splitLine: { show: false } },
      yAxis: { type: "value", min: 0, max: 1, name: "Pressure index P", nameLocation: "middle", nameGap: 45, interval: 0.1, splitLine: { show: false } },
      color: palette,
      series: [
        ...dataSeries,
        line("y = x", curve((x) => x), { type: "dashed", color: CURVE_COLOR, width: 1.5 }),
        line("y = x²", curve((x) => x * x), { type: "dashed", color: "#c50f1f", width: 1.5 }),
        line("y = √x", curve(Math.sqrt), { type: "dashed", color: "#107c10", width: 1.5 }),
        gridLine([
          [low, 0],
          [low, 1],
        ]),
        gridLine([
          [high, 0],
          [high, 1],
        ]),
        gridLine([
          [0, low],
          [1, low],
        ]),
        gridLine([
          [0, high],
          [1, high],
        ]),
        labels(grades, "#8a8886", 22, "bold", false),
        labels(regions, "#004e8c", 14, "bold", true),
      ],
    },
    width,
    height,
  );
}

/** How many areas a crowded trend chart highlights (those with the highest C in the latest year). */
export const TREND_HIGHLIGHTS = 5;

/**
 * Trend chart: one panel per index (C, S, P), a line per area and the bold black average line.
 * Up to 10 areas: each in its colour (the same as in the coupling chart). More: every area thin light
 * grey, and the {@link TREND_HIGHLIGHTS} areas with the highest C in the latest year in their colour,
 * labelled at the line's end; the subtitle says so.
 */
export function trendChartSvg(run: AnalysisRun, width = 900, height = 1000): string | undefined {
  const specs = ["trend.C", "trend.S", "trend.P"].map((id) => run.plan.charts.find((c) => c.id === id)).filter((c): c is ChartSpec => !!c);
  if (specs.length === 0) return undefined;
  const panels = specs.map((s) => ({ spec: s, data: resolveChart(s, run.evaluation) }));
  const areaCount = panels[0].data.series.filter((s) => s.style !== "boldLine").length;
  const muted = areaCount > CATEGORICAL.length;
  const colors = areaColors(run);
  const summary = summaryRows(run);
  const top = muted ? summary.rows.filter((r) => typeof r.C === "number").slice(0, TREND_HIGHLIGHTS).map((r) => r.area) : [];
  const highlighted = new Set(top);
  // Highlights keep the area's own colour where the coupling chart shows areas; otherwise the
  // categorical palette (areas have no colour elsewhere), in rank order.
  const perArea = run.plan.charts.find((c) => c.id === "coupling")?.seriesBy !== "year";
  const colorOf = (area: string) => (perArea || !muted ? colors.get(area) : CATEGORICAL[top.indexOf(area)]) ?? MUTED_COLOR;
  const panelH = (height - 140) / panels.length;
  const grids = panels.map((_, i) => ({ left: 70, right: 150, top: 125 + i * panelH, height: panelH - 65 }));
  const series = panels.flatMap((p, i) =>
    p.data.series.map((s) => {
      const avg = s.style === "boldLine";
      const hi = highlighted.has(s.name);
      const color = avg ? "#000" : muted && !hi ? MUTED_COLOR : colorOf(s.name);
      return {
        type: "line",
        name: s.name,
        xAxisIndex: i,
        yAxisIndex: i,
        data: s.points.map((pt) => pt[1]),
        connectNulls: false,
        symbol: !muted && !avg ? "circle" : "none",
        symbolSize: 4,
        lineStyle: avg ? { width: 3.5, color } : muted && !hi ? { width: 0.7, color, opacity: 0.8 } : { width: hi ? 2.2 : 1.5, color },
        itemStyle: { color },
        // Labelled at the line's end: the highlighted areas and the average.
        endLabel: hi || avg || !muted ? { show: true, formatter: "{a}", distance: 10, color, fontSize: 11, fontWeight: avg ? "bold" : "normal", textBorderColor: "#fff", textBorderWidth: 3 } : undefined,
        labelLayout: { moveOverlap: "shiftY" },
        z: avg ? 12 : hi ? 10 : 2,
        silent: true,
      };
    }),
  );
  const latest = summary.year !== undefined ? ` in ${summary.year}` : "";
  return render(
    {
      title: [
        {
          text: "Trends of C, S and P: each area and the average",
          subtext: muted
            ? `${areaCount} areas in light grey, the average in black; in colour and labelled: the ${top.length} areas with the highest C${latest}`
            : `${areaCount} areas, the average in black`,
          left: "center",
          textStyle: { fontSize: 18 },
        },
        ...panels.map((p, i) => ({ text: p.spec.yAxis.title, left: 70, top: 103 + i * panelH, textStyle: { fontSize: 13 } })),
      ],
      legend: {
        type: "scroll",
        orient: "horizontal",
        left: "center",
        top: 68,
        data: (muted ? ["Average", ...top] : panels[0].data.series.map((s) => s.name)).map((name) => ({ name, icon: SOLID_LINE_ICON })),
      },
      grid: grids,
      xAxis: panels.map((p, i) => ({ type: "category", gridIndex: i, data: p.data.categories, boundaryGap: false })),
      yAxis: panels.map((_, i) => ({ type: "value", gridIndex: i, scale: true })),
      series,
    },
    width,
    height,
  );
}
