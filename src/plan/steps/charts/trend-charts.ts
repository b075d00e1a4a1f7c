/** Trend charts of C, S and P: pivots on the helper sheet (rows = years, columns = areas + Average) and one line per area. */
import { rectAddress } from "../../a1";
import type { PlanBuilder } from "../../plan-builder";
import type { CellSpec, ChartSeriesSpec, ChartSpec, RangeRef } from "../../plan-model";
import type { ChartArea } from "./chart-area";

/** Areas in first-appearance order, years ascending, and the first row of each area-year. */
function panelKeys(areaOf: string[], yearOf: number[]): { areas: string[]; years: number[]; rowOf: Map<string, number> } {
  const areas: string[] = [];
  const years: number[] = [];
  const rowOf = new Map<string, number>();
  areaOf.forEach((ar, i) => {
    if (!areas.includes(ar)) areas.push(ar);
    if (!years.includes(yearOf[i])) years.push(yearOf[i]);
    const key = `${ar}\u0000${yearOf[i]}`;
    if (!rowOf.has(key)) rowOf.set(key, i);
  });
  years.sort((x, y) => x - y);
  return { areas, years, rowOf };
}

/**
 * One trend chart in `slot`: a pivot of the panel column `src` on the helper sheet (rows = years,
 * columns = areas + Average) and a line per area with a bold average. Nothing when the source
 * table gives no area names and years (the caller notes it).
 */
export function trendChart(
  b: PlanBuilder,
  area: ChartArea,
  slot: { topLeft: string; bottomRight: string },
  id: ChartSpec["id"],
  label: string,
  src: RangeRef,
  yAxis: ChartSpec["yAxis"] = { title: label },
): void {
  const { areas: areaOf, years: yearOf } = b.source;
  if (!areaOf || !yearOf) return;
  const hs = b.helperSheet;
  const at = b.at.bind(b);
  const h = (rect: ReturnType<typeof at>) => b.r(rect, hs);
  const { areas, years, rowOf } = panelKeys(areaOf, yearOf);
  const titleRow = area.helperRow;
  const yearsBlock = b.addBlock({
    id: `helper.${id}.years`,
    sheet: hs,
    title: b.t("trend.byYearArea", { label }),
    titleCell: rectAddress(at(titleRow, 0, 1, 1)),
    header: [b.t("year")],
    rect: at(titleRow + 2, 0, years.length, 1),
    body: { kind: "values", values: years.map((y) => [y]) },
  });
  const cells: CellSpec[][] = years.map((y, yi) => {
    const rowCells: CellSpec[] = areas.map((ar) => {
      const i = rowOf.get(`${ar}\u0000${y}`);
      return i === undefined ? { v: "" } : { ref: b.r(at(src.rect.row + i, src.rect.col, 1, 1)) };
    });
    rowCells.push({ average: h(at(titleRow + 2 + yi, 1, 1, areas.length)) });
    return rowCells;
  });
  const pivot = b.addBlock({
    id: `helper.${id}`,
    sheet: hs,
    title: label,
    header: [...areas, b.t("average")],
    rect: at(titleRow + 2, 1, years.length, areas.length + 1),
    body: { kind: "cells", cells },
  });
  const series: ChartSeriesSpec[] = [...areas, b.t("average")].map((name, s) => {
    const yr = h(at(pivot.rect.row, 1 + s, years.length, 1));
    return { name, y: yr.address, yRef: yr, style: s === areas.length ? "boldLine" : "line" };
  });
  const cat = h(yearsBlock.rect);
  b.charts.push({
    id,
    type: "line",
    title: b.t("trend.chartTitle", { label }),
    sheet: b.sheet,
    ...slot,
    xAxis: { title: b.t("year") },
    yAxis,
    categories: cat.address,
    categoriesRef: cat,
    series,
  });
  area.helperRow = pivot.rect.row + years.length + 1;
}

export function trendCharts(b: PlanBuilder, area: ChartArea): void {
  const slots = [area.takeSlot(), area.takeSlot(), area.takeSlot()];
  if (!b.source.areas || !b.source.years) {
    b.notes.push(b.t("note.noTrend"));
    return;
  }
  const indices: [ChartSpec["id"], string, RangeRef][] = [
    ["trend.C", b.t("trend.C"), b.need("C")],
    ["trend.S", b.t("trend.S"), b.need("S")],
    ["trend.P", b.t("trend.P"), b.need("P")],
  ];
  indices.forEach(([id, label, src], t) => trendChart(b, area, slots[t], id, label, src));
}
