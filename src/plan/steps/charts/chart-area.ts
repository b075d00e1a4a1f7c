/** What the chart builders of the charts step (../charts-step.ts) share: slots, helper rows, the bar chart spec. */
import type { PlanBuilder } from "../../plan-builder";
import type { ChartSpec, RangeRef } from "../../plan-model";

/** Where the chart builders put things: chart slots on the analysis sheet, rows on the helper sheet. */
export interface ChartArea {
  /** Cells of chart slot i (two per band, left to right, top to bottom). */
  slot(i: number): { topLeft: string; bottomRight: string };
  /** Next free row of the helper sheet. */
  helperRow: number;
  /** Takes the next chart slot (a chart left out still takes its slot, so the others stay put). */
  takeSlot(): { topLeft: string; bottomRight: string };
}

/** A chart builder: adds its helper blocks and chart specs. */
export type ChartBuilder = (b: PlanBuilder, area: ChartArea) => void;

/** A bar chart of one series over category labels (the weights and obstacles charts), in the next slot. */
export function barChart(
  b: PlanBuilder,
  area: ChartArea,
  spec: { id: ChartSpec["id"]; title: string; x: string; y: string; categories: RangeRef; series: string; values: RangeRef },
): void {
  b.charts.push({
    id: spec.id,
    type: "bar",
    title: spec.title,
    sheet: b.sheet,
    ...area.takeSlot(),
    xAxis: { title: spec.x },
    yAxis: { title: spec.y, min: 0 },
    categories: spec.categories.address,
    categoriesRef: spec.categories,
    series: [{ name: spec.series, y: spec.values.address, yRef: spec.values, style: "bars" }],
  });
}

