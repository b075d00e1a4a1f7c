/** CCD trend chart (when config.ccd is given): the coordination degree D per area by year and the average, as the other trend charts. */
import type { PlanBuilder } from "../../plan-builder";
import type { ChartArea } from "./chart-area";
import { trendChart } from "./trend-charts";

export function ccdChart(b: PlanBuilder, area: ChartArea): void {
  if (!b.config.ccd) return;
  const slot = area.takeSlot();
  if (!b.source.areas || !b.source.years) {
    b.notes.push(b.t("note.noCcdTrend"));
    return;
  }
  const label = b.t("ccd.D");
  trendChart(b, area, slot, "trend.D", label, b.need("D"), { title: label, min: 0, max: 1 });
}
