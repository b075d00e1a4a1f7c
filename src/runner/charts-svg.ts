/**
 * The coupling chart and the trend chart as SVG, drawn with Apache ECharts' server-side SVG renderer
 * (echarts.init(null, null, {renderer: "svg", ssr: true}) + renderToSVGString(); no canvas, no DOM).
 * Both are drawn from the plan's chart specs resolved to values, so they show what the taskpane's
 * native Excel charts show.
 */
import * as echarts from "echarts";
import type { AnalysisRun } from "./run-analysis";
import { resolveChart } from "./run-analysis";
import type { ChartSpec } from "../plan/analysis-plan";

const FONT = "Segoe UI, Helvetica, Arial, sans-serif";
const CURVE_COLOR = "#555";
const GRID_COLOR = "#999";

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
  return { title: spec.title, subtitle, groups, low: run.plan.config.grades.low, high: run.plan.config.grades.high, seriesBy: spec.seriesBy ?? "area" };
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
  const many = input.groups.length > 12;
  const palette =
    input.seriesBy === "year" && many
      ? input.groups.map((_, i) => `hsl(${220 - (200 * i) / Math.max(1, input.groups.length - 1)}, 70%, 45%)`)
      : undefined;
  const dataSeries = input.groups.map((g, i) => ({
    type: "scatter",
    name: g.name,
    data: g.points,
    symbolSize: many ? 5 : 9,
    itemStyle: palette ? { color: palette[i], opacity: 0.75 } : { opacity: 0.85 },
    z: 5,
  }));
  const line = (name: string, data: number[][], style: { color: string; type: string; width: number }) => ({
    type: "line",
    name,
    data,
    color: style.color,
    itemStyle: { color: style.color },
    showSymbol: false,
    smooth: true,
    silent: true,
    lineStyle: style,
    z: 3,
  });
  const gridLine = (data: number[][]) => ({ type: "line", data, showSymbol: false, silent: true, lineStyle: { color: GRID_COLOR, width: 1 }, z: 2, tooltip: { show: false } });
  const labels = (data: { value: number[]; name: string }[], color: string, size: number, weight: string) => ({
    type: "scatter",
    data,
    symbolSize: 0,
    silent: true,
    label: { show: true, formatter: "{b}", color, fontSize: size, fontWeight: weight },
    z: 4,
  });
  const legendNames = input.groups.map((g) => g.name);
  return render(
    {
      title: { text: input.title, subtext: input.subtitle, left: "center", textStyle: { fontSize: 18 } },
      legend: {
        type: "plain",
        data: [...legendNames, "y = x", "y = x²", "y = √x"],
        right: 10,
        top: 70,
        orient: "vertical",
        textStyle: { fontSize: 11 },
      },
      grid: { left: 70, right: 190, top: 80, bottom: 60 },
      xAxis: { type: "value", min: 0, max: 1, name: "Support index S", nameLocation: "middle", nameGap: 32, interval: 0.1, splitLine: { show: false } },
      yAxis: { type: "value", min: 0, max: 1, name: "Pressure index P", nameLocation: "middle", nameGap: 45, interval: 0.1, splitLine: { show: false } },
      color: palette ?? ["#0f6cbd", "#d13438", "#107c10", "#8764b8", "#ca5010", "#038387", "#986f0b", "#e3008c", "#4f6bed", "#498205", "#c239b3", "#69797e"],
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
        labels(grades, "#8a8886", 22, "bold"),
        labels(regions, "#004e8c", 14, "bold"),
      ],
    },
    width,
    height,
  );
}

/** Trend chart: one panel per index (C, S, P), a line per area and the bold average line. */
export function trendChartSvg(run: AnalysisRun, width = 900, height = 1000): string | undefined {
  const specs = ["trend.C", "trend.S", "trend.P"].map((id) => run.plan.charts.find((c) => c.id === id)).filter((c): c is ChartSpec => !!c);
  if (specs.length === 0) return undefined;
  const panels = specs.map((s) => ({ spec: s, data: resolveChart(s, run.evaluation) }));
  const areaCount = panels[0].data.series.length - 1;
  const muted = areaCount > 10;
  const panelH = (height - 120) / panels.length;
  const grids = panels.map((_, i) => ({ left: 70, right: muted ? 30 : 170, top: 70 + i * panelH, height: panelH - 60 }));
  const series = panels.flatMap((p, i) =>
    p.data.series.map((s) => {
      const avg = s.style === "boldLine";
      return {
        type: "line",
        name: s.name,
        xAxisIndex: i,
        yAxisIndex: i,
        data: s.points.map((pt) => pt[1]),
        connectNulls: false,
        showSymbol: !muted && !avg,
        symbolSize: 4,
        lineStyle: avg ? { width: 3.5, color: "#000" } : muted ? { width: 0.6, color: "#a0aec0", opacity: 0.6 } : { width: 1.5 },
        itemStyle: avg ? { color: "#000" } : muted ? { color: "#a0aec0" } : undefined,
        z: avg ? 10 : 2,
        silent: true,
      };
    }),
  );
  return render(
    {
      title: [
        {
          text: "Trends of C, S and P: each area and the average",
          subtext: muted ? `${areaCount} areas in grey, the average in black` : undefined,
          left: "center",
          textStyle: { fontSize: 18 },
        },
        ...panels.map((p, i) => ({ text: p.spec.yAxis.title, left: 70, top: 50 + i * panelH, textStyle: { fontSize: 13 } })),
      ],
      legend: muted ? { data: ["Average"], right: 30, top: 10 } : { type: "scroll", orient: "vertical", right: 5, top: 70, data: panels[0].data.series.map((s) => s.name) },
      grid: grids,
      xAxis: panels.map((p, i) => ({ type: "category", gridIndex: i, data: p.data.categories, boundaryGap: false })),
      yAxis: panels.map((_, i) => ({ type: "value", gridIndex: i, scale: true })),
      series,
    },
    width,
    height,
  );
}
