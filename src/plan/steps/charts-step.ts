/**
 * Charts step: the chart area on the analysis sheet (two charts per band) and the helper sheet
 * the charts read (reference curves, grade grid, pivots). Each chart has its own builder in
 * ./charts; a new chart is one file there and one line in CHARTS.
 */
import { rectAddress } from "../a1";
import type { AnalysisStep } from "../plan-builder";
import type { ChartArea, ChartBuilder } from "./charts/chart-area";
import { ccdChart } from "./charts/ccd-chart";
import { couplingChart } from "./charts/coupling-chart";
import { obstaclesChart } from "./charts/obstacles-chart";
import { trendCharts } from "./charts/trend-charts";
import { weightsChart } from "./charts/weights-chart";

export const CHART_ROWS = 16;
export const CHART_COLS = 8;
/** Chart slots: six, two more when the CCD trend chart is added (so the default layout stays put). */
const chartSlots = (ccd: boolean) => (ccd ? 8 : 6);

/** The charts in slot order. */
const CHARTS: ChartBuilder[] = [couplingChart, trendCharts, weightsChart, obstaclesChart, ccdChart];

export function chartsStep(): AnalysisStep {
  let chartTop = 0;
  let next = 0;
  return {
    layout(b) {
      chartTop = b.reserveRows(Math.ceil(chartSlots(b.config.ccd !== undefined) / 2) * (CHART_ROWS + 1) + 1);
      b.handles.chartTop = chartTop;
    },
    build(b) {
      const at = b.at.bind(b);
      b.addBlock({
        id: "helper.title",
        sheet: b.helperSheet,
        title: b.t("title.chartData"),
        rect: at(0, 0, 1, 1),
        body: { kind: "values", values: [[b.t("chartData.note")]] },
      });
      const area: ChartArea = {
        slot(i) {
          const row = chartTop + Math.floor(i / 2) * (CHART_ROWS + 1);
          const col = (i % 2) * (CHART_COLS + 1);
          return { topLeft: rectAddress(at(row, col, 1, 1)), bottomRight: rectAddress(at(row + CHART_ROWS - 1, col + CHART_COLS - 1, 1, 1)) };
        },
        helperRow: 2,
        takeSlot() {
          return this.slot(next++);
        },
      };
      for (const chart of CHARTS) chart(b, area);
    },
  };
}
