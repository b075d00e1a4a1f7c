/**
 * Coupling chart: S against P per area (or year), with the reference curves y = x, x², √x, the
 * grade grid at the cut points and the grade and region names (seed paper Fig. 2 and Table 3).
 */
import { term } from "../../../i18n";
import { rectAddress } from "../../a1";
import type { PlanBuilder } from "../../plan-builder";
import type { CellSpec, ChartAnnotation, ChartSeriesSpec } from "../../plan-model";
import type { ChartArea } from "./chart-area";

const CURVE_STEPS = 20;

/** Reference curves, grade grid and the grade and region label blocks on the helper sheet. */
function addReferenceBlocks(b: PlanBuilder): { curveSeries: ChartSeriesSpec[]; gridSeries: ChartSeriesSpec[]; annotations: ChartAnnotation[]; end: number } {
  const hs = b.helperSheet;
  const at = b.at.bind(b);
  const h = (rect: ReturnType<typeof at>) => b.r(rect, hs);
  const { low, high } = b.config.grades;
  // The cut points' names ("low", "high") in the sheet's language.
  const [lowWord, highWord] = [term("low", b.locale), term("high", b.locale)];
  // Reference curves y = x, x², √x on x = 0, 0.05, …, 1.
  const curveRows: number[][] = [];
  for (let i = 0; i <= CURVE_STEPS; i++) {
    const x = i / CURVE_STEPS;
    curveRows.push([x, x, x * x, Math.sqrt(x)]);
  }
  const curves = b.addBlock({
    id: "helper.curves",
    sheet: hs,
    title: b.t("title.curves"),
    titleCell: "A3",
    header: ["x", "y = x", "y = x²", "y = √x"],
    rect: at(4, 0, curveRows.length, 4),
    body: { kind: "values", values: curveRows },
  });
  const cr = curves.rect;
  // Grade grid: vertical lines S = low, high and horizontal P = low, high; two points each. The cut
  // points and the grade label positions link to the settings, so an edited cut point moves them.
  const setting = b.need("setting");
  const lo: CellSpec = { ref: setting("low") };
  const hi: CellSpec = { ref: setting("high") };
  const n = (v: number): CellSpec => ({ v });
  const grid = b.addBlock({
    id: "helper.gradeGrid",
    sheet: hs,
    title: b.t("title.gradeGrid"),
    titleCell: "F3",
    header: [`S = ${lowWord}: x`, "y", `S = ${highWord}: x`, "y", `P = ${lowWord}: x`, "y", `P = ${highWord}: x`, "y"],
    rect: at(4, 5, 2, 8),
    body: {
      kind: "cells",
      cells: [
        [lo, n(0), hi, n(0), n(0), lo, n(0), hi],
        [lo, n(1), hi, n(1), n(1), lo, n(1), hi],
      ],
    },
  });
  const mid = [low / 2, (low + high) / 2, (high + 1) / 2];
  const midCell: CellSpec[] = [{ mid: [0, setting("low")] }, { mid: [setting("low"), setting("high")] }, { mid: [setting("high"), 1] }];
  const gradeLabels = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
  const gradeAnnotations: ChartAnnotation[] = gradeLabels.map((text, i) => ({ text, x: mid[i % 3], y: mid[Math.floor(i / 3)], kind: "grade" }));
  b.addBlock({
    id: "helper.gradeLabels",
    sheet: hs,
    title: b.t("title.gradeLabels"),
    titleCell: "F8",
    header: [b.t("col.grade"), "x", "y"],
    rect: at(9, 5, 9, 3),
    body: { kind: "cells", cells: gradeLabels.map((text, i) => [{ v: text }, midCell[i % 3], midCell[Math.floor(i / 3)]]) },
  });
  // Region names, placed inside their regions (checked: P < S², S² ≤ P ≤ S, S < P ≤ √S, P > √S).
  const regionAnnotations: ChartAnnotation[] = [
    { text: term("highValueSurplus", b.locale), x: 0.86, y: 0.16, kind: "region" },
    { text: term("lowValueSurplus", b.locale), x: 0.7, y: 0.58, kind: "region" },
    { text: term("lowValueLoad", b.locale), x: 0.28, y: 0.43, kind: "region" },
    { text: term("highValueLoad", b.locale), x: 0.12, y: 0.88, kind: "region" },
  ];
  b.addBlock({
    id: "helper.regionLabels",
    sheet: hs,
    title: b.t("title.regionLabels"),
    titleCell: "J8",
    header: [b.t("col.region"), "x", "y"],
    rect: at(9, 9, 4, 3),
    body: { kind: "values", values: regionAnnotations.map((g) => [g.text, g.x, g.y]) },
  });
  const curveSeries: ChartSeriesSpec[] = [1, 2, 3].map((c) => {
    const xr = h(at(cr.row, 0, cr.rows, 1));
    const yr = h(at(cr.row, c, cr.rows, 1));
    return { name: ["y = x", "y = x²", "y = √x"][c - 1], x: xr.address, y: yr.address, xRef: xr, yRef: yr, style: "dashedSmooth" as const };
  });
  const gridSeries: ChartSeriesSpec[] = [0, 1, 2, 3].map((i) => {
    const xr = h(at(grid.rect.row, grid.rect.col + 2 * i, 2, 1));
    const yr = h(at(grid.rect.row, grid.rect.col + 2 * i + 1, 2, 1));
    return { name: [`S = ${lowWord}`, `S = ${highWord}`, `P = ${lowWord}`, `P = ${highWord}`][i], x: xr.address, y: yr.address, xRef: xr, yRef: yr, style: "line" as const };
  });
  return { curveSeries, gridSeries, annotations: [...gradeAnnotations, ...regionAnnotations], end: cr.row + cr.rows + 1 };
}

/** One markers series per area (or year): ranges of S and P when its rows are contiguous, else helper columns. */
function dataSeries(b: PlanBuilder, area: ChartArea): ChartSeriesSpec[] {
  const S = b.need("S");
  const P = b.need("P");
  const at = b.at.bind(b);
  const groupsBy = b.config.charts.couplingSeriesBy;
  const keyOf = groupsBy === "year" ? b.source.years?.map(String) : b.source.areas;
  if (!keyOf) {
    b.notes.push(b.t(groupsBy === "year" ? "note.oneSeries.year" : "note.oneSeries.area"));
    return [{ name: "S, P", x: S.address, y: P.address, xRef: S, yRef: P, style: "markers" }];
  }
  const order: string[] = [];
  const rowsOf = new Map<string, number[]>();
  keyOf.forEach((k, i) => {
    if (!rowsOf.has(k)) {
      rowsOf.set(k, []);
      order.push(k);
    }
    rowsOf.get(k)!.push(i);
  });
  const contiguous = order.every((k) => {
    const rs = rowsOf.get(k)!;
    return rs[rs.length - 1] - rs[0] === rs.length - 1;
  });
  if (contiguous) {
    return order.map((k) => {
      const rs = rowsOf.get(k)!;
      const xr = b.r(at(S.rect.row + rs[0], S.rect.col, rs.length, 1));
      const yr = b.r(at(P.rect.row + rs[0], P.rect.col, rs.length, 1));
      return { name: k, x: xr.address, y: yr.address, xRef: xr, yRef: yr, style: "markers" };
    });
  }
  // Rows of a series are scattered: link them into contiguous helper columns (x, y per series).
  const height = Math.max(...order.map((k) => rowsOf.get(k)!.length));
  const cells: CellSpec[][] = Array.from({ length: height }, () => []);
  order.forEach((k) => {
    const rs = rowsOf.get(k)!;
    for (let i = 0; i < height; i++) {
      if (i < rs.length) cells[i].push({ ref: b.r(at(S.rect.row + rs[i], S.rect.col, 1, 1)) }, { ref: b.r(at(P.rect.row + rs[i], P.rect.col, 1, 1)) });
      else cells[i].push({ v: "" }, { v: "" });
    }
  });
  const block = b.addBlock({
    id: "helper.couplingSeries",
    sheet: b.helperSheet,
    title: b.t(groupsBy === "year" ? "title.points.year" : "title.points.area"),
    titleCell: rectAddress(at(area.helperRow, 0, 1, 1)),
    header: order.flatMap((k) => [`${k}: S`, "P"]),
    rect: at(area.helperRow + 2, 0, height, order.length * 2),
    body: { kind: "cells", cells },
  });
  area.helperRow = block.rect.row + height + 1;
  return order.map((k, s) => {
    const rows = rowsOf.get(k)!.length;
    const xr = b.r(at(block.rect.row, 2 * s, rows, 1), b.helperSheet);
    const yr = b.r(at(block.rect.row, 2 * s + 1, rows, 1), b.helperSheet);
    return { name: k, x: xr.address, y: yr.address, xRef: xr, yRef: yr, style: "markers" };
  });
}

export function couplingChart(b: PlanBuilder, area: ChartArea): void {
  const ref = addReferenceBlocks(b);
  area.helperRow = ref.end;
  const points = dataSeries(b, area);
  b.charts.push({
    id: "coupling",
    type: "xyScatter",
    title: b.t("chart.coupling"),
    sheet: b.sheet,
    ...area.takeSlot(),
    xAxis: { title: b.t("axis.S"), min: 0, max: 1 },
    yAxis: { title: b.t("axis.P"), min: 0, max: 1 },
    series: [...points, ...ref.curveSeries, ...ref.gridSeries],
    annotations: ref.annotations,
    seriesBy: b.config.charts.couplingSeriesBy,
  });
}
