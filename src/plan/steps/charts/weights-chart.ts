/**
 * Weights bar chart: all indicators (support then pressure), the weights used. The two systems'
 * weight rows sit side by side in one sheet row, so one series covers both.
 */
import { ref } from "../../plan-model";
import type { PlanBuilder } from "../../plan-builder";
import { barChart, type ChartArea } from "./chart-area";

export function weightsChart(b: PlanBuilder, area: ChartArea): void {
  const ind = b.need("indicators");
  const labelsAll = b.r(b.at(ind.rect.row, 1, 1, b.m));
  const wAll = ref(b.sheet, { ...b.need("finalWeights").support.rect, cols: labelsAll.rect.cols });
  barChart(b, area, {
    id: "weights",
    title: b.t("chart.weights"),
    x: b.t("axis.indicator"),
    y: b.t("axis.weight"),
    categories: labelsAll,
    series: b.t("series.weightUsed"),
    values: wAll,
  });
}
