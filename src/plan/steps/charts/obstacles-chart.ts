/** Obstacles bar chart: mean obstacle degree per support indicator, in the latest year (or over all rows). */
import { rectAddress } from "../../a1";
import type { PlanBuilder } from "../../plan-builder";
import { ref, type CellSpec, type RangeRef } from "../../plan-model";
import { barChart, type ChartArea } from "./chart-area";

export function obstaclesChart(b: PlanBuilder, area: ChartArea): void {
  const hs = b.helperSheet;
  const at = b.at.bind(b);
  const obst = b.need("obstacles");
  const keys = b.need("keys");
  const ms = b.ms;
  const yearCol = b.config.yearColumn ? ref(b.sheet, { ...keys.rect, col: keys.rect.col + 1, cols: 1 }) : undefined;
  const obstTitle = area.helperRow;
  let latestCell: RangeRef | undefined;
  if (yearCol) {
    const latest = b.addBlock({
      id: "helper.latestYear",
      sheet: hs,
      title: b.t("latestYear"),
      header: [b.t("latestYear")], // written once, as the header; the row above carries the means' title
      rect: at(obstTitle + 2, 0, 1, 1),
      body: { kind: "cells", cells: [[{ max: yearCol }]] },
    });
    latestCell = b.r(latest.rect, hs);
  }
  const meanCells: CellSpec[][] = [
    Array.from({ length: ms }, (_, j) => {
      const colRef = ref(b.sheet, { row: obst.rect.row, col: obst.rect.col + j, rows: obst.rect.rows, cols: 1 });
      return latestCell && yearCol ? { meanWhere: { values: colRef, criteria: yearCol, key: latestCell } } : { average: colRef };
    }),
  ];
  const means = b.addBlock({
    id: "helper.obstacleMeans",
    sheet: hs,
    title: latestCell ? b.t("meanObstacle.latest") : b.t("meanObstacle"),
    titleCell: rectAddress(at(obstTitle, 0, 1, 1)),
    header: obst.header,
    rect: at(obstTitle + 2, 2, 1, ms),
    body: { kind: "cells", cells: meanCells },
  });
  area.helperRow = means.rect.row + 2;
  barChart(b, area, {
    id: "obstacles",
    title: latestCell ? b.t("chart.obstacles.latest") : b.t("chart.obstacles"),
    x: b.t("axis.supportIndicator"),
    y: b.t("axis.obstacleDegree"),
    categories: b.indicatorRow(0, "support"),
    series: b.t("meanObstacle"),
    values: b.r(means.rect, hs),
  });
}
