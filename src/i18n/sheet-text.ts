/**
 * Every word the analysis sheet, its chart-data sheet and the wizard's charts show (titles, headers,
 * row labels, check cells, axis titles, notes), in English and Simplified Chinese, built on the
 * field's terms in ./glossary. The English texts are the sheet the plan has always written (the plan
 * tests pin them). `{name}` is replaced by the argument; users' names and addresses pass unchanged.
 */
import { GLOSSARY as G } from "./glossary";
import type { Locale } from "./locale";
import { fillTemplate } from "./pane-text";

interface Entry {
  readonly en: string;
  readonly zh: string;
}

const e = (en: string, zh: string): Entry => ({ en, zh });

export const SHEET_TEXT = {
  // --- Sheets and the top of the analysis sheet ---------------------------------------------------
  "sheet.analysis": e("RECC analysis", "RECC 分析"),
  "sheet.chartData": e("RECC chart data", "RECC 图表数据"),
  "title.analysis": e("RECC analysis", `${G.recc.zh}分析`),
  "intro.of": e("RECC analysis of {source}", `${G.recc.zh}分析，数据来自 {source}`),
  "intro.yellow": e(
    "Yellow cells are settings you may edit; every other table is a live RECC.* formula. Built by RECC for Excel.",
    "黄色单元格是可编辑的设置；其余各表均为实时的 RECC.* 公式。由 RECC for Excel 生成。",
  ),
  "title.settings": e("Settings", "设置"),
  "set.shift": e("Entropy shift s", `${G.entropy.zh}${G.shift.zh} s`),
  "set.low": e("Grade cut low", `${G.grade.zh}分界点（低）`),
  "set.high": e("Grade cut high", `${G.grade.zh}分界点（高）`),
  "set.k": e("Top obstacles k", `${G.topObstacles.zh}个数 k`),
  "set.ahpMethod": e("AHP method", `${G.ahp.zh}排序方法`),
  "set.ccdVariant": e("CCD variant", `${G.ccd.zh}模型`),
  "set.topsisNormalization": e("TOPSIS normalization", "TOPSIS 标准化方法"),
  "set.ri": e("AHP RI table", `${G.randomIndex.zh} RI 表`),
  "set.combine": e("Combination", "组合方式"),
  "set.alpha": e("Alpha (linear)", `α（${G.linear.zh}）`),
  "sys.support": e("Support", G.supportSystem.zh),
  "sys.pressure": e("Pressure", G.pressureSystem.zh),
  "sys.subsystems": e("{system} subsystems", `{system}${G.subsystem.zh}`),
  "sys.normalized": e("{system} normalized", "{system}标准化值"),
  "sys.data": e("{system} data (linked)", "{system}数据（链接）"),
  "title.subsystems": e("Subsystems", G.subsystem.zh),
  "subsystems.note": e(
    "Subsystems (rename a subsystem here; a new subsystem needs Rebuild in the task pane)",
    `${G.subsystem.zh}（可在此重命名子系统；新增子系统需在任务窗格中重新生成）`,
  ),
  "title.indicators": e(
    "Indicators (edit directions here; to move an indicator, type one of the subsystem names above in its Subsystem cell)",
    `${G.indicator.zh}（可在此修改${G.direction.zh}；要移动指标，请在其“${G.subsystem.zh}”单元格中输入上方的子系统名称之一）`,
  ),
  "row.indicator": e("Indicator", G.indicator.zh),
  "row.system": e("System", "系统"),
  "row.direction": e("Direction", G.direction.zh),
  "row.subsystem": e("Subsystem", G.subsystem.zh),
  // --- Panel links and checks ---------------------------------------------------------------------
  "title.panel": e("Panel", G.panel.zh),
  "panel.note": e("Results per row of the table (one area in one year)", `表格每行的结果（一个${G.area.zh}一个${G.year.zh}）`),
  "title.tableCheck": e("Table check", "表格检查"),
  "check.rowsOk": e(
    "✓ The analysis follows the table: rows {first}–{last} of {sheet} ({count} rows). Rows added below it or inserted inside are included when Excel recalculates.",
    "✓ 分析跟随表格：{sheet} 第 {first}–{last} 行（{count} 行）。在表格下方添加或在中间插入的行会在 Excel 重新计算时纳入。",
  ),
  "check.rowsBad": e(
    "✗ The table now has {count} rows (rows {first}–{last} of {sheet}): the analysis includes them, but the charts and their chart data were drawn from the {n} rows at build time and no longer match the table. Press Update charts in the task pane.",
    "✗ 表格现有 {count} 行（{sheet} 第 {first}–{last} 行）：分析已包含这些行，但图表及其图表数据是按生成时的 {n} 行绘制的，已与表格不符。请在任务窗格中点击“更新图表”。",
  ),
  "rows.first": e("First data row", "首个数据行"),
  "rows.last": e("Last data row", "末个数据行"),
  "rows.count": e("Data rows", "数据行数"),
  "rows.panelLast": e("Last panel row", "面板末行"),
  "title.keys": e("Keys", "键列"),
  "check.notNumber": e("not a number", "不是数字"),
  "check.blank": e("blank", "空白"),
  // --- Weights -----------------------------------------------------------------------------------
  "w.entropy": e("Entropy weight", G.entropyWeight.zh),
  "w.critic": e("CRITIC weight", G.criticWeight.zh),
  "w.ahp": e("AHP weight", `${G.ahp.zh}权重`),
  "w.combined": e("Combined weight", G.combinedWeight.zh),
  "w.used.entropy": e("entropy", G.entropyWeight.zh),
  "w.used.critic": e("CRITIC", G.criticWeight.zh),
  "w.used.ahp": e("AHP", G.ahp.zh),
  "w.used.combined": e("combined", G.combinedWeight.zh),
  "title.weights": e("Weights per system (each system sums to 1; used: {used})", `各系统${G.weight.zh}（每个系统之和为 1；采用：{used}）`),
  "ahp.comparison.support.subsystem": e(
    "AHP comparison of the support subsystems (row vs column; edit the upper triangle)",
    `${G.supportSystem.zh}各${G.subsystem.zh}的${G.pairwiseMatrix.zh}（行对列；请编辑上三角）`,
  ),
  "ahp.comparison.support.indicator": e(
    "AHP comparison of the support indicators (row vs column; edit the upper triangle)",
    `${G.supportSystem.zh}各${G.indicator.zh}的${G.pairwiseMatrix.zh}（行对列；请编辑上三角）`,
  ),
  "ahp.comparison.pressure.subsystem": e(
    "AHP comparison of the pressure subsystems (row vs column; edit the upper triangle)",
    `${G.pressureSystem.zh}各${G.subsystem.zh}的${G.pairwiseMatrix.zh}（行对列；请编辑上三角）`,
  ),
  "ahp.comparison.pressure.indicator": e(
    "AHP comparison of the pressure indicators (row vs column; edit the upper triangle)",
    `${G.pressureSystem.zh}各${G.indicator.zh}的${G.pairwiseMatrix.zh}（行对列；请编辑上三角）`,
  ),
  "ahp.grid": e("comparison grid", G.pairwiseMatrix.zh),
  "ahp.group.support.subsystem": e(
    "Group AHP of the support subsystems: the group matrix (weighted geometric mean of the experts' grids below, RECC.AHPGROUP)",
    `${G.supportSystem.zh}各${G.subsystem.zh}的${G.groupAhp.zh}：群组${G.pairwiseMatrix.zh}（下方各${G.expert.zh}${G.pairwiseMatrix.zh}的加权几何平均，RECC.AHPGROUP）`,
  ),
  "ahp.group.support.indicator": e(
    "Group AHP of the support indicators: the group matrix (weighted geometric mean of the experts' grids below, RECC.AHPGROUP)",
    `${G.supportSystem.zh}各${G.indicator.zh}的${G.groupAhp.zh}：群组${G.pairwiseMatrix.zh}（下方各${G.expert.zh}${G.pairwiseMatrix.zh}的加权几何平均，RECC.AHPGROUP）`,
  ),
  "ahp.group.pressure.subsystem": e(
    "Group AHP of the pressure subsystems: the group matrix (weighted geometric mean of the experts' grids below, RECC.AHPGROUP)",
    `${G.pressureSystem.zh}各${G.subsystem.zh}的${G.groupAhp.zh}：群组${G.pairwiseMatrix.zh}（下方各${G.expert.zh}${G.pairwiseMatrix.zh}的加权几何平均，RECC.AHPGROUP）`,
  ),
  "ahp.group.pressure.indicator": e(
    "Group AHP of the pressure indicators: the group matrix (weighted geometric mean of the experts' grids below, RECC.AHPGROUP)",
    `${G.pressureSystem.zh}各${G.indicator.zh}的${G.groupAhp.zh}：群组${G.pairwiseMatrix.zh}（下方各${G.expert.zh}${G.pairwiseMatrix.zh}的加权几何平均，RECC.AHPGROUP）`,
  ),
  "ahp.groupMatrix": e("group matrix", `群组${G.pairwiseMatrix.zh}`),
  "ahp.experts": e(
    "Experts' judgements: one grid per expert, stacked (row vs column; edit each upper triangle and the expert weights)",
    `各${G.expert.zh}的${G.pairwiseMatrix.zh}：每位${G.expert.zh}一个，上下堆叠（行对列；请编辑各上三角及${G.expert.zh}${G.weight.zh}）`,
  ),
  "ahp.expert": e("Expert {e}", `${G.expert.zh} {e}`),
  "ahp.expertWeight": e("Expert weight", `${G.expert.zh}${G.weight.zh}`),
  "ahp.expertCR": e("CR (consistency ratio)", `${G.consistencyRatio.zh} CR`),
  "ahp.consistency": e("Consistency", "一致性"),
  "ahp.suggest.title": e("Judgements to revisit when CR ≥ 0.1", `CR ≥ 0.1 时宜修改的判断`),
  "ahp.suggest.row": e("Revisit row i", "修改第 i 行"),
  "ahp.suggest.col": e("column j", "第 j 列"),
  "ahp.suggest.now": e("a_ij now", "当前 a_ij"),
  "ahp.suggest.suggested": e("suggested a_ij", "建议 a_ij"),
  "ahp.suggest.crAfter": e("CR after", `修改后 ${G.consistencyRatio.zh} CR`),
  "title.subsystemWeights": e("Subsystem weights (sum of the indicator weights used)", `${G.subsystem.zh}${G.weight.zh}（所用${G.indicator.zh}${G.weight.zh}之和）`),
  "title.subsystemCheck": e("Subsystem check", `${G.subsystem.zh}检查`),
  "check.subsystemOk": e("✓ every indicator is in a listed subsystem", `✓ 每个${G.indicator.zh}都属于所列${G.subsystem.zh}之一`),
  "check.subsystemBad": e(
    "✗ an indicator's subsystem is not one of the names listed under Subsystems (a new subsystem needs Rebuild)",
    `✗ 有${G.indicator.zh}的${G.subsystem.zh}不在“${G.subsystem.zh}”下所列名称之中（新增子系统需重新生成）`,
  ),
  // --- Indices, classification, obstacles ----------------------------------------------------------
  "title.indices": e("Indices", "指数"),
  "title.grade": e("Grade", G.grade.zh),
  "title.region": e("Region", G.couplingRegion.zh),
  "title.obstacles": e("Obstacle degrees (support)", `${G.obstacleDegree.zh}（${G.supportSystem.zh}）`),
  "title.topObstacles": e("Top {k} obstacles", `前 {k} 位${G.topObstacles.zh}`),
  "title.subsystemObstacles": e("Subsystem obstacle degrees", G.subsystemObstacleDegree.zh),
  // --- Chart data and charts ------------------------------------------------------------------------
  "title.chartData": e("RECC chart data", "RECC 图表数据"),
  "latestYear": e("Latest year", `最近${G.year.zh}`),
  "meanObstacle.latest": e("Mean obstacle degree, latest year", `最近${G.year.zh}的平均${G.obstacleDegree.zh}`),
  "meanObstacle": e("Mean obstacle degree", `平均${G.obstacleDegree.zh}`),
  "chart.obstacles.latest": e("Support obstacles: mean obstacle degree in the latest year", `${G.supportSystem.zh}${G.obstacleFactor.zh}：最近${G.year.zh}的平均${G.obstacleDegree.zh}`),
  "chart.obstacles": e("Support obstacles: mean obstacle degree", `${G.supportSystem.zh}${G.obstacleFactor.zh}：平均${G.obstacleDegree.zh}`),
  "axis.supportIndicator": e("Support indicator", `${G.supportSystem.zh}${G.indicator.zh}`),
  "axis.obstacleDegree": e("Obstacle degree", G.obstacleDegree.zh),
  "chart.weights": e("Indicator weights (each system sums to 1)", `${G.indicator.zh}${G.weight.zh}（每个系统之和为 1）`),
  "axis.indicator": e("Indicator", G.indicator.zh),
  "axis.weight": e("Weight", G.weight.zh),
  "series.weightUsed": e("Weight used", `所用${G.weight.zh}`),
  "note.noTrend": e("trend charts left out: they need area names and years for every row", `未生成趋势图：需要每行都有${G.area.zh}名称和${G.year.zh}`),
  "note.noCcdTrend": e("CCD trend chart left out: it needs area names and years for every row", `未生成${G.ccd.zh}趋势图：需要每行都有${G.area.zh}名称和${G.year.zh}`),
  "ccd.D": e("Coordination degree D", `${G.ccd.zh} D`),
  "ccd.weights": e(
    "Coupling coordination weights β of S and P (edit; they are scaled to sum 1)",
    `S 与 P 的${G.ccd.zh}权重 β（可编辑；自动归一化为和为 1）`,
  ),
  "ccd.title": e("Coupling coordination of S and P", `S 与 P 的${G.ccd.zh}`),
  "ccd.C": e("Coupling C", `${G.couplingDegree.zh} C`),
  "ccd.T": e("Comprehensive T", `${G.comprehensiveIndex.zh} T`),
  "ccd.Dshort": e("Coordination D", `${G.ccd.zh} D`),
  "ccd.class": e("Coordination class", G.coordinationClass.zh),
  "topsis.title": e(
    "TOPSIS over all indicators (a pressure indicator that raises pressure is a cost for the area)",
    `基于全部${G.indicator.zh}的 TOPSIS（使压力增大的压力${G.indicator.zh}对该${G.area.zh}而言是成本型）`,
  ),
  "topsis.weight": e("TOPSIS weight", `TOPSIS ${G.weight.zh}`),
  "topsis.direction": e("TOPSIS direction", `TOPSIS ${G.direction.zh}`),
  "topsis.settings": e("TOPSIS weight and direction", `TOPSIS ${G.weight.zh}与${G.direction.zh}`),
  "topsis.data": e("TOPSIS data (linked)", "TOPSIS 数据（链接）"),
  "topsis.closeness": e("TOPSIS closeness", G.topsisCloseness.zh),
  "topsis.rankInYear": e("Rank in year", `${G.year.zh}内排名`),
  "topsis.rank": e("Rank", "排名"),
  "topsis.rankInYearHeader": e("TOPSIS rank in year", `TOPSIS ${G.year.zh}内排名`),
  "topsis.rankHeader": e("TOPSIS rank", "TOPSIS 排名"),
  "trend.C": e("RECC index C", `${G.reccIndex.zh} C`),
  "trend.S": e("Support index S", `${G.supportIndex.zh} S`),
  "trend.P": e("Pressure index P", `${G.pressureIndex.zh} P`),
  "trend.byYearArea": e("{label} by year and area", `{label}（按${G.year.zh}和${G.area.zh}）`),
  "year": e("Year", G.year.zh),
  "average": e("Average", "平均值"),
  "title.curves": e("Reference curves", "参考曲线"),
  "title.gradeGrid": e("Grade grid", `${G.grade.zh}网格`),
  "title.gradeLabels": e("Grade labels", `${G.grade.zh}标签`),
  "col.grade": e("grade", G.grade.zh),
  "title.regionLabels": e("Region labels", `${G.couplingRegion.zh}标签`),
  "col.region": e("region", G.couplingRegion.zh),
  "note.oneSeries.year": e(
    "coupling chart: one series for all rows (the years were not given to the plan)",
    `耦合图：所有行合为一个系列（未向分析提供${G.year.zh}）`,
  ),
  "note.oneSeries.area": e(
    "coupling chart: one series for all rows (the area names were not given to the plan)",
    `耦合图：所有行合为一个系列（未向分析提供${G.area.zh}名称）`,
  ),
  "title.points.area": e("Coupling chart points per area", `耦合图各${G.area.zh}的点`),
  "title.points.year": e("Coupling chart points per year", `耦合图各${G.year.zh}的点`),
  "series.grades": e("Grades I–IX", `${G.grade.zh} I–IX`),
  "series.regions": e("Coupling regions", G.couplingRegion.zh),
  "cp.helperNote": e(
    "Helper cells for RECC coupling charts (written by RECC for Excel; do not edit)",
    "RECC 耦合图的辅助单元格（由 RECC for Excel 写入；请勿编辑）",
  ),
  "chartData.note": e(
    "Helper cells for the RECC charts (written by RECC for Excel; rebuilt with the analysis)",
    "RECC 图表的辅助单元格（由 RECC for Excel 写入；随分析一起重建）",
  ),
  "cp.gridX": e("grid x", "网格 x"),
  "cp.gridY": e("grid y", "网格 y"),
  "cp.gradeGrid": e("Grade grid ({low}, {high})", `${G.grade.zh}网格（{low}, {high}）`),
  "cp.pointsPerArea": e("points per area", `各${G.area.zh}的点`),
  "cp.pointsPerYear": e("points per year", `各${G.year.zh}的点`),
  "cp.pointsPerChart": e("points per chart", "全部点"),
  "cp.axisLabelled": e("{axis} ({label})", "{axis}（{label}）"),
  "trend.chartTitle": e("{label}: trend per area and average", `{label}：各${G.area.zh}趋势及平均值`),
  "chart.coupling": e("Coupling of support and pressure", "支撑与压力的耦合"),
  "axis.S": e("Support index S", `${G.supportIndex.zh} S`),
  "axis.P": e("Pressure index P", `${G.pressureIndex.zh} P`),
} as const satisfies Record<string, Entry>;

export type SheetKey = keyof typeof SHEET_TEXT;

/** The sheet's text for `key` in `locale`, with `{name}` replaced by `args[name]` (as given). */
export function sheetText(key: SheetKey, locale: Locale, args: Readonly<Record<string, string | number>> = {}): string {
  const entry: Entry = SHEET_TEXT[key];
  return fillTemplate(locale === "zh-CN" ? entry.zh : entry.en, args);
}
