/**
 * The words of the headless demo's outputs (the results workbook, the two SVG charts, the terminal
 * summary) in English and Simplified Chinese. The field's terms come from ./glossary (`G.x.zh`), so
 * the demo says 支撑指数 where the pane and the functions do; this catalog adds only the demo's own
 * words (sheet names, column headers, labels, chart titles, sentences). Users' names (indicators,
 * areas, subsystems, columns) are arguments and never translated.
 *
 * Templates: `{name}` is replaced by the argument.
 */
import { GLOSSARY as G, REGION_TERMS, term } from "./glossary";
import type { Locale } from "./locale";

interface Entry {
  readonly en: string;
  readonly zh: string;
}

export const REPORT_TEXT = {
  // --- Sheet names (at most 31 characters) ---------------------------------------------------
  "sheet.about": { en: "About", zh: "说明" },
  "sheet.data": { en: "Data", zh: "数据" },
  "sheet.results": { en: "Results", zh: "结果" },
  "sheet.weights": { en: "Weights", zh: G.weight.zh },
  "sheet.subsystemWeights": { en: "Subsystem weights", zh: `${G.subsystem.zh}${G.weight.zh}` },
  "sheet.ahp": { en: "AHP", zh: G.ahp.zh },
  "sheet.normalized": { en: "Normalized", zh: "标准化值" },
  "sheet.obstacles": { en: "Obstacle degrees", zh: G.obstacleDegree.zh },
  "sheet.topObstacles": { en: "Top obstacles", zh: G.topObstacles.zh },
  "sheet.subsystemObstacles": { en: "Subsystem obstacles", zh: G.subsystemObstacleDegree.zh },
  "sheet.importLog": { en: "Import log", zh: "导入日志" },
  "sheet.ccd": { en: "CCD", zh: G.ccd.zh },
  "sheet.topsis": { en: "TOPSIS", zh: G.topsisCloseness.zh },
  // --- Column headers ------------------------------------------------------------------------
  "col.grade": { en: "Grade", zh: G.grade.zh },
  "col.region": { en: "Region", zh: G.couplingRegion.zh },
  "col.indicator": { en: "Indicator", zh: G.indicator.zh },
  "col.system": { en: "System", zh: "系统" },
  "col.direction": { en: "Direction", zh: G.direction.zh },
  "col.subsystem": { en: "Subsystem", zh: G.subsystem.zh },
  "col.weight": { en: "Weight", zh: G.weight.zh },
  "col.entropyWeight": { en: "Entropy weight", zh: G.entropyWeight.zh },
  "col.ahpWeight": { en: "AHP weight", zh: `${G.ahp.zh}${G.weight.zh}` },
  "col.combinedWeight": { en: "Combined weight", zh: G.combinedWeight.zh },
  "col.weightUsed": { en: "Weight used ({method})", zh: "采用的权重（{method}）" },
  "col.message": { en: "Message", zh: "信息" },
  // --- The AHP sheet (row labels; RECC.AHPCONSISTENCY's measures and RECC.AHPSUGGEST's columns) --
  "ahp.levelRow": { en: "{system} ({level} level)", zh: "{system}（{level}层）" },
  "ahp.level.subsystem": { en: "subsystem", zh: G.subsystem.zh },
  "ahp.level.indicator": { en: "indicator", zh: G.indicator.zh },
  "ahp.groupLevelRow": {
    en: "{system} ({level} level, group matrix of {k} experts (weighted geometric mean))",
    zh: `{system}（{level}层，{k} 位${G.expert.zh}的群组${G.pairwiseMatrix.zh}（加权${G.geometric.zh}））`,
  },
  "ahp.expert": { en: "Expert", zh: G.expert.zh },
  "ahp.expertN": { en: "Expert {n}", zh: `${G.expert.zh} {n}` },
  "ahp.expertWeight": { en: "Expert weight", zh: `${G.expert.zh}${G.weight.zh}` },
  "ahp.expertCr": { en: "Expert CR", zh: `${G.expert.zh}${G.consistencyRatio.zh} CR` },
  "ahp.lambdaMax": { en: "lambda_max", zh: `${G.lambdaMax.zh} λmax` },
  "ahp.ci": { en: "CI", zh: `${G.consistencyIndex.zh} CI` },
  "ahp.ri": { en: "RI", zh: `${G.randomIndex.zh} RI` },
  "ahp.cr": { en: "CR", zh: `${G.consistencyRatio.zh} CR` },
  "ahp.consistent": { en: "consistent", zh: G.consistent.zh },
  "ahp.revisit": { en: "Judgements to revisit", zh: `需复核的${G.judgement.zh}` },
  "ahp.row": { en: "row", zh: "行" },
  "ahp.column": { en: "column", zh: "列" },
  "ahp.now": { en: "now", zh: "当前值" },
  "ahp.suggested": { en: "suggested", zh: "建议值" },
  "ahp.crAfter": { en: "CR after", zh: "修改后 CR" },
  "ahp.versus": { en: "{a} vs {b}", zh: "{a} 对 {b}" },
  // --- The TOPSIS sheet's rows under the table --------------------------------------------------
  "topsis.indicator": { en: "Indicator", zh: G.indicator.zh },
  "topsis.weight": { en: "TOPSIS weight", zh: `TOPSIS ${G.weight.zh}` },
  "topsis.direction": { en: "TOPSIS direction", zh: `TOPSIS ${G.direction.zh}` },
  // --- The About sheet's configuration rows ------------------------------------------------------
  "about.indicatorRow": { en: "{name} — {role}, direction {direction}, subsystem {subsystem}", zh: `{name} — {role}，${G.direction.zh} {direction}，${G.subsystem.zh} {subsystem}` },
  "word.support": { en: "support", zh: G.supportSystem.zh },
  "word.pressure": { en: "pressure", zh: G.pressureSystem.zh },
  "word.nothingLeftOut": { en: "nothing was left out", zh: "没有剔除任何行" },
  // --- About sheet ---------------------------------------------------------------------------
  "about.title": { en: "RECC results", zh: `${G.recc.zh}评价结果` },
  "about.titleValue": { en: "RECC for Excel — headless run (npm run demo)", zh: "RECC for Excel —— 无界面运行（npm run demo）" },
  "about.dataFile": { en: "Data file", zh: "数据文件" },
  "about.rows": { en: "Rows in the panel", zh: `${G.panel.zh}行数` },
  "about.rowsLeftOut": { en: "Rows left out", zh: "剔除的行数" },
  "about.dataSource": { en: "Data source", zh: "数据来源" },
  "about.license": { en: "License", zh: "许可协议" },
  "about.attribution": { en: "Attribution", zh: "署名" },
  "about.retrievedVia": { en: "Retrieved via", zh: "获取途径" },
  "about.usersFile": { en: "the user's file named above", zh: "上面所列的用户文件" },
  "about.plan": { en: "Analysis plan", zh: "分析方案" },
  "about.planValue": { en: "the same plan the taskpane writes as live RECC.* formulas (sheet '{sheet}')", zh: "与任务窗格以 RECC.* 公式写入的方案相同（工作表 '{sheet}'）" },
  "about.obstacles": { en: "Obstacle degrees", zh: G.obstacleDegree.zh },
  "about.dataNote": { en: "Data note", zh: "数据说明" },
  "about.warning": { en: "Warning", zh: "警告" },
  "about.note": { en: "Note", zh: "注" },
  "about.charts": { en: "Charts", zh: "图表" },
  "about.chartsValue": { en: "{n} areas: {note}", zh: "{n} 个区域：{note}" },
  "about.trendChart": { en: "Trend chart", zh: "趋势图" },
  "about.ccdChart": { en: "CCD trend chart", zh: "耦合协调度趋势图" },
  "about.none": { en: "none: {reason}", zh: "未绘制：{reason}" },
  "about.configuration": { en: "Configuration", zh: "配置" },
  "about.configurationValue": { en: "settings that apply to this run (field → value)", zh: "本次运行适用的设置（字段 → 值）" },
  "about.configurationJson": { en: "Configuration (JSON)", zh: "配置（JSON）" },
  "about.language": { en: "Language", zh: "语言" },
  "about.languageValue": { en: "English (npm run demo -- --lang zh-CN writes this workbook and the charts in Chinese)", zh: "简体中文（--lang zh-CN）；用户数据中的名称（指标、区域、子系统）保持原样" },
  "about.obstacleNote": {
    en: "of the support index S only (as in the seed study): how much each of the {ms} support indicators holds S back; top {k} listed (topK {topK}, at most the number of support indicators)",
    zh: `仅针对${G.supportIndex.zh} S（与原研究一致）：{ms} 个支撑指标各自对 S 的阻碍程度；列出前 {k} 个（topK {topK}，不超过支撑指标的个数）`,
  },
  // --- Charts --------------------------------------------------------------------------------
  "chart.couplingTitle": { en: "Coupling of support and pressure", zh: `${G.supportSystem.zh}与${G.pressureSystem.zh}的耦合关系` },
  "chart.supportAxis": { en: "Support index S", zh: `${G.supportIndex.zh} S` },
  "chart.pressureAxis": { en: "Pressure index P", zh: `${G.pressureIndex.zh} P` },
  "chart.reccAxis": { en: "RECC index C = P/S", zh: `${G.reccIndex.zh} C = P/S` },
  "chart.trendTitle": { en: "Trends of C, S and P per area", zh: "各区域 C、S、P 的变化趋势" },
  "chart.average": { en: "Average", zh: "平均值" },
  "chart.whatCSP": { en: "C, S and P", zh: "C、S 和 P" },
  "chart.ccdTitle": { en: "Coupling coordination degree D of S and P per area", zh: `各区域 S 与 P 的${G.ccd.zh} D` },
  "chart.ccdAxis": { en: "Coordination degree D", zh: `${G.ccd.zh} D` },
  "chart.otherAreas": { en: "other {n} areas", zh: "其余 {n} 个区域" },
  "chart.otherArea": { en: "other 1 area", zh: "其余 1 个区域" },
  "chart.yearScale": { en: "year scale", zh: "年份色标" },
  "chart.areasYears": { en: "{n} areas, {years}", zh: "{n} 个区域，{years}" },
  "chart.oneArea": { en: "1 area, {years}", zh: "1 个区域，{years}" },
  "chart.countries": { en: "Countries {years} · Data: {source} (CC BY 4.0)", zh: "国家 {years} · 数据：{source}（CC BY 4.0）" },
  "chart.highlightChosen": { en: "in colour and labelled: {n} chosen with --highlight; the other {rest} in grey", zh: "彩色并标注：--highlight 指定的 {n} 个区域；其余 {rest} 个为灰色" },
  "chart.highlightTop": { en: "in colour and labelled: the {n} areas with the highest C{when}; the other {rest} in grey", zh: "彩色并标注：{when}C 最高的 {n} 个区域；其余 {rest} 个为灰色" },
  // The coupling chart's subtitle: the areas' paths (a panel by area) or the colour by year (more than 10 areas by year; n > 10).
  "chart.pathNote": {
    en: "thin lines: each area's path through the years{span}, arrow at its last year{gaps}",
    zh: `细线：各${G.area.zh}逐年的轨迹{span}，箭头指向其最后一年{gaps}`,
  },
  "chart.pathSpan": { en: " ({first}–{last})", zh: "（{first}–{last} 年）" },
  "chart.pathGaps": { en: "; broken where a year is missing", zh: "；缺少某年处断开" },
  "chart.yearPoints": { en: "{n} points (area × year), coloured by year", zh: `{n} 个点（${G.area.zh} × ${G.year.zh}），按${G.year.zh}着色` },
  "avg.oneArea": { en: "one area: no average drawn (it would be the area's own line)", zh: "只有一个区域：不绘制平均值（它就是该区域自己的折线）" },
  "avg.none": {
    en: "no average drawn: no two areas have {what} in two or more consecutive years of {all} together, so any mean would change with the areas present",
    zh: "不绘制平均值：{all} 中没有两个区域在连续两年及以上同时有 {what}，任何均值都会随区域的增减而变化",
  },
  "avg.all": { en: "Average: the mean of all {n} areas in each year (every area has {what} in {every})", zh: "平均值：每年全部 {n} 个区域的算术平均（每个区域在 {every}都有 {what}）" },
  "avg.everyYear": { en: "every year {text}", zh: "{text} 每年" },
  "avg.everyObserved": { en: "every observed year ({n} years, {text})", zh: "{text} 的每个观测年份（共 {n} 年）" },
  "avg.part": {
    en: "Average{span}: the mean of the {k} of {n} areas with {what} in {every}; {left}, so that the mean does not jump when areas join or leave",
    zh: "平均值{span}：{n} 个区域中在 {every}都有 {what} 的 {k} 个区域的算术平均；{left}，以免均值因区域的增减而跳变",
  },
  "avg.gapsLeftOut": { en: "the {n} areas with gaps are left out", zh: "有缺失的 {n} 个区域未计入" },
  "avg.gapLeftOut": { en: "the 1 area with gaps is left out", zh: "有缺失的 1 个区域未计入" },
  "avg.yearsOutside": { en: "years outside {spanText} are not averaged", zh: "{spanText} 以外的年份不求平均" },
  "avg.and": { en: " and ", zh: "，" },
  // --- The seed study's figures (--sample seed) ----------------------------------------------
  "seed.what": { en: "the seed study's printed S, P and C ({file})", zh: "原研究刊印的 S、P、C（{file}）" },
  "seed.title": { en: "Coupling of support and pressure: rare earth mining areas", zh: `${G.supportSystem.zh}与${G.pressureSystem.zh}的耦合关系：稀土矿区` },
  "seed.subtitle": { en: "S and P as printed in the seed study, 2012–2019", zh: "原研究刊印的 S 与 P，2012–2019 年" },
  "seed.year": { en: "year", zh: G.year.zh },
  "seed.cPrinted": { en: "C printed", zh: "刊印的 C" },
  "seed.figures": { en: "Figures", zh: "原文数据" },
  "seed.source": { en: "Source", zh: "来源" },
  "seed.writtenBy": { en: "Written by", zh: "生成工具" },
  "seed.note": { en: "Weishan: the study prints C only, so it has no point on the coupling chart.", zh: "微山：原研究只刊印了 C，因此耦合图上没有它的点。" },
  // --- Terminal summary ----------------------------------------------------------------------
  "sum.rankedYear": {
    en: "Areas in {year} (the latest year of the panel), ranked by C = P/S from most loaded to least:",
    zh: `{year} 年（${G.panel.zh}的最新年份）各区域，按 C = P/S 从高（负荷最重）到低排序：`,
  },
  "sum.ranked": { en: "Areas ranked by C = P/S from most loaded to least:", zh: "各区域按 C = P/S 从高（负荷最重）到低排序：" },
  "sum.topNote": {
    en: "(top obstacle = the support indicator that holds S back most; obstacle degrees are of the support index only)",
    zh: `（${G.topObstacles.zh} = 对 S 阻碍最大的支撑指标；${G.obstacleDegree.zh}仅针对${G.supportIndex.zh}）`,
  },
  "sum.colArea": { en: "area", zh: G.area.zh },
  "sum.colGrade": { en: "grade", zh: G.grade.zh },
  "sum.colRegion": { en: "region", zh: G.couplingRegion.zh },
  "sum.colTop": { en: "top obstacle (support)", zh: `${G.topObstacles.zh}（支撑）` },
  "sum.between": { en: "… {n} areas in between (all in recc-results.xlsx, sheet \"{sheet}\")", zh: "…… 中间还有 {n} 个区域（全部见 recc-results.xlsx 的“{sheet}”工作表）" },
  "sum.title": { en: "RECC demo: {what}", zh: "RECC 演示：{what}" },
  "sum.bundled": { en: "bundled sample, World Bank WDI 2000–2015 (CC BY 4.0)", zh: "内置样例数据，世界银行 WDI 2000–2015（CC BY 4.0）" },
  "sum.rowsRead": { en: "      {read} read, {kept} in the panel ({areas}{years})", zh: `      读取 {read} 行，进入${G.panel.zh} {kept} 行（{areas} 个区域{years}）` },
  "sum.yearsRange": { en: ", years {min}–{max}", zh: "，{min}–{max} 年" },
  "sum.yearOnly": { en: ", year {min} only", zh: "，仅 {min} 年" },
  "sum.noYear": { en: ", no year column (a cross-section)", zh: "，无年份列（截面数据）" },
  "sum.step3": {
    en: "[3/5] computing {method} weights, S, P, C, grades, regions and obstacle degrees ({rows} × {inds}: {ms} support, {mp} pressure)",
    zh: `[3/5] 计算{method}、S、P、C、${G.grade.zh}、${G.couplingRegion.zh}和${G.obstacleDegree.zh}（{n} 行 × {m} 个${G.indicator.zh}：{ms} 个支撑、{mp} 个压力）`,
  },
  // {method} of sum.step3: the weights the run computes (weighting.method, and .objective for entropy).
  "sum.method.entropy": { en: "entropy", zh: G.entropyWeight.zh },
  "sum.method.critic": { en: "CRITIC", zh: G.criticWeight.zh },
  "sum.method.ahp": { en: "AHP", zh: `${G.ahp.zh}${G.weight.zh}` },
  "sum.method.combined": { en: "combined", zh: G.combinedWeight.zh },
  // Why a trend chart is not drawn (the terminal's "no trend chart: …" and the About sheet).
  "chart.noYearColumn": { en: "the configuration has no year column (a cross-section)", zh: `配置中没有${G.year.zh}列（截面数据）` },
  "chart.singleYear": { en: "the panel has a single year ({year}); a trend needs at least two", zh: `${G.panel.zh}只有一个${G.year.zh}（{year}）；趋势图至少需要两个${G.year.zh}` },
  "chart.noCcdBlock": { en: "the configuration has no ccd block", zh: `配置中没有 ccd（${G.ccd.zh}）设置` },
  "sum.step1": { en: "[1/5] reading the configuration {file}", zh: "[1/5] 读取配置 {file}" },
  "sum.step2": { en: "[2/5] reading {file}", zh: "[2/5] 读取 {file}" },
  "sum.encoding": { en: "      read as {encoding}", zh: "      按 {encoding} 编码读取" },
  "sum.step4": { en: "[4/5] writing the results workbook", zh: "[4/5] 写入结果工作簿" },
  "sum.step5": { en: "[5/5] drawing the coupling chart and the trend chart (SVG)", zh: "[5/5] 绘制耦合图和趋势图（SVG）" },
  "sum.trendChart": { en: "      trend chart: {text}", zh: "      趋势图：{text}" },
  "sum.noTrendChart": { en: "      no trend chart: {text}", zh: "      未绘制趋势图：{text}" },
  "sum.step5ccd": { en: "[5/5] drawing the coupling chart, the trend chart and the CCD trend chart (SVG)", zh: "[5/5] 绘制耦合图、趋势图和耦合协调度趋势图（SVG）" },
  "sum.noCcdChart": { en: "      no CCD trend chart: {text}", zh: "      未绘制耦合协调度趋势图：{text}" },
  "sum.filesWritten": { en: "{n} files written to {dir}:", zh: "已写入 {n} 个文件到 {dir}：" },
} as const satisfies Record<string, Entry>;

export type ReportTextId = keyof typeof REPORT_TEXT;

/** A demo text in a language, `{name}` replaced by `args[name]` (users' names pass through unchanged). */
export function reportText(id: ReportTextId, locale: Locale, args: Readonly<Record<string, string | number>> = {}): string {
  const entry: Entry = REPORT_TEXT[id];
  return (locale === "zh-CN" ? entry.zh : entry.en).replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

/** A coupling region's label (src/core's English label, e.g. "high-value surplus") in a language; other texts unchanged. */
export function regionLabel(english: string, locale: Locale, regions: readonly string[]): string {
  const i = regions.indexOf(english);
  return i < 0 ? english : term(REGION_TERMS[i], locale);
}
