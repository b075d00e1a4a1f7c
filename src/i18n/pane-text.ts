/**
 * Every word the task pane shows (taskpane.html's static text, status lines, errors, tooltips, aria
 * labels, the requirement-set messages, the AHP readout), in English and Simplified Chinese, built on
 * the field's terms in ./glossary. Keys are stable ids; `{name}` in a template is replaced by the
 * argument of that name (users' own names and addresses pass through unchanged).
 * test/i18n/pane-text.test.ts checks that both languages of every key use the same arguments.
 */
import { GLOSSARY as G } from "./glossary";
import type { Locale } from "./locale";

interface Entry {
  readonly en: string;
  readonly zh: string;
}

const e = (en: string, zh: string): Entry => ({ en, zh });

export const PANE_TEXT = {
  // --- Page and tabs (taskpane.html) ----------------------------------------------------------
  "page.title": e("RECC for Excel", `RECC ${G.recc.zh}评价`),
  "page.subtitle": e("Carrying capacity: support, pressure, coupling", `承载力：支撑、压力、耦合`),
  "tabs.aria": e("RECC tools", "RECC 工具"),
  "tab.coupling": e("Coupling chart", "耦合图"),
  "tab.trend": e("Trend chart", "趋势图"),
  "tab.wizard": e("Analysis wizard", "分析向导"),
  // --- Coupling chart tab ------------------------------------------------------------------------
  "cp.hint": e(
    "Select a range in the sheet, then press “Use selection”: it fills the field you were in, or the first empty one.",
    "在工作表中选择区域，然后按“使用所选区域”：它会填入您所在的输入框，或第一个空的输入框。",
  ),
  "legend.input": e("Input", "输入"),
  "legend.output": e("Output options", "输出选项"),
  "cp.s": e("Support index S range", `${G.supportIndex.zh} S 区域`),
  "cp.p": e("Pressure index P range", `${G.pressureIndex.zh} P 区域`),
  "cp.areas": e("Area labels range (optional)", `${G.area.zh}名称区域（可选）`),
  "cp.areas.short": e("Area labels range", `${G.area.zh}名称区域`),
  "cp.years": e("Years range (optional)", `${G.year.zh}区域（可选）`),
  "cp.years.short": e("Years range", `${G.year.zh}区域`),
  "eg": e("e.g. {example}", "例如 {example}"),
  "btn.useSelection": e("Use selection", "使用所选区域"),
  "labelsInFirstRow": e("Labels in first row", "首行为标签"),
  "cp.by": e("One series per", "每个系列对应"),
  "opt.area": e("Area", G.area.zh),
  "opt.year": e("Year", G.year.zh),
  "out.newSheet": e("New worksheet", "新工作表"),
  "out.place": e("Output place", "输出位置"),
  "cp.place": e("Top-left cell of the chart", "图表左上角单元格"),
  "btn.insertCoupling": e("Insert coupling chart", "插入耦合图"),
  // --- Trend tab -------------------------------------------------------------------------------
  "tr.hint": e(
    "A line per area and the average line, for each value column (C, S, P or any other).",
    `每个${G.area.zh}一条折线外加平均线，每个数值列（C、S、P 或其他）一张图。`,
  ),
  "tr.areas": e("Area column", `${G.area.zh}列`),
  "tr.years": e("Year column", `${G.year.zh}列`),
  "tr.values": e("Value column(s)", "数值列"),
  "tr.place": e("Top-left cell of the first chart", "第一张图的左上角单元格"),
  "btn.insertTrend": e("Insert trend charts", "插入趋势图"),
  // --- Wizard tab ------------------------------------------------------------------------------
  "wz.step1": e("1. Indicator table", `1. ${G.indicator.zh}表`),
  "wz.table": e("Input range (labels in first row)", "输入区域（首行为标签）"),
  "wz.table.short": e("Input range", "输入区域"),
  "btn.readTable": e("Read table", "读取表格"),
  "wz.metaHint": e(
    "Rows labelled “role”, “direction” and “subsystem” above the header pre-fill the grid.",
    `表头上方标为 “role”、“direction” 和 “subsystem” 的行会预先填入下表（所属系统、${G.direction.zh}、${G.subsystem.zh}）。`,
  ),
  "wz.step2": e("2. Indicators", `2. ${G.indicator.zh}`),
  "wz.area": e("Area column", `${G.area.zh}列`),
  "wz.year": e("Year column", `${G.year.zh}列`),
  "wz.gridCaption": e(
    "Each indicator (its name on one row) with its role, direction and subsystem (on the next)",
    `每个${G.indicator.zh}（名称占一行）及其所属系统、${G.direction.zh}和${G.subsystem.zh}（下一行）`,
  ),
  "col.use": e("Use", "使用"),
  "col.role": e("Role", "系统"),
  "col.dir": e("Dir.", "方向"),
  "col.dir.title": e("Direction", G.direction.zh),
  "col.subsystem": e("Subsystem", G.subsystem.zh),
  "wz.step3": e("3. Weighting and output", "3. 赋权与输出"),
  "wz.weighting": e("Weighting", "赋权方法"),
  "w.entropy": e("Entropy (objective)", `${G.entropyWeightMethod.zh}（客观）`),
  "w.ahp": e("AHP (judgements)", `${G.ahp.zh}（主观判断）`),
  "w.combined": e("Combined (AHP × entropy)", `${G.combinedWeight.zh}（${G.ahp.zh} × ${G.entropyWeight.zh}）`),
  "wz.ahpLevel": e("AHP grid level", `${G.pairwiseMatrix.zh}层级`),
  "wz.objective": e("Objective weights", G.objectiveWeight.zh),
  "o.entropy": e("Entropy", G.entropyWeightMethod.zh),
  "o.critic": e("CRITIC", "CRITIC 法"),
  "wz.extraBlocks": e("Extra blocks on the analysis sheet", "分析工作表上的附加模块"),
  "wz.ccd": e("Coupling coordination (CCD) of S and P, with a trend chart", `S 与 P 的${G.ccd.zh}（含趋势图）`),
  "wz.topsis": e("TOPSIS closeness and rank per year", `${G.topsisCloseness.zh}及每年排名`),
  "ahp.suggestTitle": e("Judgements to revisit (CR ≥ 0.1)", `建议修改的${G.judgement.zh}（CR ≥ 0.1）`),
  "lvl.subsystem": e("Subsystems", G.subsystem.zh),
  "lvl.indicator": e("Indicators", G.indicator.zh),
  "wz.combine": e("Combination", "组合方式"),
  "c.multiplicative": e("Multiplicative", G.multiplicative.zh),
  "c.game": e("Game theory", G.gameTheory.zh),
  "c.linear": e("Linear (α = 0.5)", `${G.linear.zh}（α = 0.5）`),
  "c.geometric": e("Geometric", G.geometric.zh),
  "wz.by": e("Coupling series per", "耦合图系列对应"),
  "wz.sheet": e("Analysis sheet name", "分析工作表名称"),
  "wz.sheetDefault": e("RECC analysis", "RECC 分析"),
  "wz.helperSuffix": e(" charts", " 图表数据"),
  "btn.build": e("Build analysis", "生成分析"),
  "btn.rebuild": e("Rebuild analysis", "重新生成分析"),
  "btn.share": e("Share without the add-in", "导出无需加载项的副本"),
  "ahp.title": e("AHP consistency", `${G.ahp.zh}一致性`),
  "ahp.hint": e(
    "Edit the yellow upper triangle of the grid on the analysis sheet; the weights and this readout follow live.",
    `在分析工作表上编辑${G.pairwiseMatrix.zh}黄色的上三角；${G.weight.zh}和此处读数随之更新。`,
  ),
  "ahp.caption": e("AHP consistency of each system's pairwise comparison matrix", `各系统${G.pairwiseMatrix.zh}的${G.ahp.zh}一致性`),
  "wz.experts": e("Experts (group AHP)", `${G.expert.zh}人数（${G.groupAhp.zh}）`),
  "wz.expertWeights": e(
    "Expert weights (≥ 0, scaled to sum 1): each expert gets a comparison grid on the sheet; the group matrix is their weighted geometric mean (RECC.AHPGROUP)",
    `${G.expert.zh}${G.weight.zh}（≥ 0，按和为 1 缩放）：每位${G.expert.zh}在工作表上有一个${G.pairwiseMatrix.zh}；群组${G.pairwiseMatrix.zh}为其加权几何平均（RECC.AHPGROUP）`,
  ),
  "wz.expertWeight": e("Weight of expert {e}", `${G.expert.zh} {e} 的${G.weight.zh}`),
  "ahp.expertCr": e("CR, expert {e}", `${G.expert.zh} {e} 的 CR`),
  "ahp.groupNote": e(
    "Group AHP: the measures above are those of the group matrix; each expert's CR is listed below them.",
    `${G.groupAhp.zh}：以上为群组${G.pairwiseMatrix.zh}的指标；各${G.expert.zh}的${G.consistencyRatio.zh}列于其下。`,
  ),
  "ahp.suggestItem": e("{system}: row {i}, column {j}: {now} → {suggested} gives CR {after}", "{system}：第 {i} 行第 {j} 列：{now} → {suggested}，CR 变为 {after}"),
  "ahp.suggestItemGroup": e(
    "{system} (group matrix; revise the experts' judgements of this pair): row {i}, column {j}: {now} → {suggested} gives CR {after}",
    `{system}（群组${G.pairwiseMatrix.zh}；请修改各${G.expert.zh}对这一对的${G.judgement.zh}）：第 {i} 行第 {j} 列：{now} → {suggested}，CR 变为 {after}`,
  ),
  "note.expertDropped": e(
    "The {system} judgements of expert {first} were left out: the analysis now has {k} expert(s).",
    `{system}中${G.expert.zh} {first} 的${G.judgement.zh}未被保留：分析现有 {k} 位${G.expert.zh}。`,
  ),
  "note.expertsDropped": e(
    "The {system} judgements of experts {first}–{last} were left out: the analysis now has {k} expert(s).",
    `{system}中${G.expert.zh} {first}–{last} 的${G.judgement.zh}未被保留：分析现有 {k} 位${G.expert.zh}。`,
  ),
  "note.expertWeightsFromSheet": e("Expert weights read from the sheet: {weights}.", `已从工作表读取${G.expert.zh}${G.weight.zh}：{weights}。`),
  "err.expertWeight": e("Weight of expert {e} is '{value}'; give a number ≥ 0.", `${G.expert.zh} {e} 的${G.weight.zh}为“{value}”；请给出 ≥ 0 的数。`),
  "err.expertWeightsZero": e("Every expert weight is 0; give at least one expert a weight above 0.", `所有${G.expert.zh}${G.weight.zh}均为 0；请至少给一位${G.expert.zh}大于 0 的${G.weight.zh}。`),
  "err.experts": e("Experts is '{value}'; give a whole number from 1 to {max}.", `${G.expert.zh}人数为“{value}”；请给出 1 到 {max} 的整数。`),
  "btn.refreshReadout": e("Refresh readout", "刷新读数"),
  "progress.aria": e("Progress", "进度"),
  // --- Grid rows --------------------------------------------------------------------------------
  "role.support": e("Support", "支撑"),
  "role.pressure": e("Pressure", "压力"),
  "grid.use": e("Use {name}", "使用 {name}"),
  "grid.role": e("Role of {name}", "{name} 所属系统"),
  "grid.dir": e("Direction of {name}", "{name} 的指标方向"),
  "grid.sub": e("Subsystem of {name}", "{name} 的子系统"),
  "none": e("(none)", "（无）"),
  // --- AHP readout --------------------------------------------------------------------------------
  "ahp.measure": e("Measure", "指标"),
  "ahp.consistent": e("Consistent (CR < 0.1)", `${G.consistent.zh}（CR < 0.1）`),
  "ahp.support": e("Support", G.supportSystem.zh),
  "ahp.pressure": e("Pressure", G.pressureSystem.zh),
  "yes": e("yes", "是"),
  "no": e("no", "否"),
  "ahp.read": e("Read from the sheet. CR below 0.1 is consistent.", `读自工作表。CR 小于 0.1 即${G.consistent.zh}。`),
  "ahp.live": e("Live on the sheet at {places}; press Refresh readout to show it here.", "实时结果位于工作表 {places}；按“刷新读数”在此显示。"),
  "ahp.place": e("{address} ({role})", "{address}（{role}）"),
  "ahp.refreshed": e("AHP consistency read from the sheet (CR < 0.1 is consistent).", `已从工作表读取${G.ahp.zh}一致性（CR < 0.1 即${G.consistent.zh}）。`),
  // --- Status lines ---------------------------------------------------------------------------
  "status.openInExcel": e("Open this add-in in Excel.", "请在 Excel 中打开此加载项。"),
  "status.ready": e("Ready. Select ranges in the sheet and use the tabs above.", "就绪。请在工作表中选择区域并使用上方的选项卡。"),
  "status.readyShort": e("Ready.", "就绪。"),
  "status.unchanged": e("Nothing was changed in the workbook.", "工作簿未作任何更改。"),
  "status.partial": e(
    "The error came while writing: part of the change may be in the workbook. Check it, then try again.",
    "错误发生在写入过程中：部分更改可能已写入工作簿。请检查后重试。",
  ),
  "status.filled": e("{address} → {label}", "{address} → {label}"),
  "status.allFilled": e("Every field is filled; click into a field first to replace it.", "所有输入框均已填写；请先点击要替换的输入框。"),
  "status.readingRanges": e("Reading the ranges…", "正在读取区域…"),
  "status.writingChart": e("Writing the helper cells and the chart…", "正在写入辅助单元格和图表…"),
  "status.skippedRows": e(
    " {n} row(s) with a blank S or P were left out (not drawn as 0).",
    " 有 {n} 行的 S 或 P 为空白，已略去（不按 0 绘制）。",
  ),
  "status.leftOut": e(" Left out (needs a newer Excel): {list}.", " 已略去（需要更新版本的 Excel）：{list}。"),
  "status.leftOutLine": e("Left out (needs a newer Excel): {list}.", "已略去（需要更新版本的 Excel）：{list}。"),
  "status.insertedCoupling": e("Inserted \"{chart}\": {points} points in {series} series.", "已插入“{chart}”：{series} 个系列共 {points} 个点。"),
  "status.readingPanel": e("Reading the panel…", `正在读取${G.panel.zh}…`),
  "status.writingTrend": e("Writing the pivots and charts…", "正在写入透视数据和图表…"),
  "status.insertedTrend": e("Inserted {n} trend chart(s): {list}.", "已插入 {n} 张趋势图：{list}。"),
  "status.readingTable": e("Reading the table…", "正在读取表格…"),
  "status.blankRows": e(
    " {n} blank row(s) inside the table (sheet row {rows}) are kept so rows stay aligned; the analysis shows #VALUE! for them until they are filled in or deleted.",
    " 表格内有 {n} 个空白行（工作表第 {rows} 行），为保持行对齐而保留；在填写或删除之前，分析中这些行显示 #VALUE!。",
  ),
  "status.readTable": e("Read {rows} rows, {cols} numeric columns ({ticked} ticked).", "已读取 {rows} 行、{cols} 个数值列（勾选 {ticked} 个）。"),
  "status.readingJudgements": e("Reading your AHP judgements…", `正在读取您的${G.ahp.zh}${G.judgement.zh}…`),
  "status.checking": e("Checking the workbook…", "正在检查工作簿…"),
  "status.planning": e("Planning the analysis sheet…", "正在规划分析工作表…"),
  "status.writingBlocks": e("Writing {blocks} blocks and {charts} charts…", "正在写入 {blocks} 个区块和 {charts} 张图表…"),
  "status.done": e("Done.", "完成。"),
  "status.built": e(
    "Built \"{sheet}\": {blocks} blocks of live RECC formulas, {charts} charts (helper cells on \"{helper}\"). Configuration saved in the workbook.",
    "已生成“{sheet}”：{blocks} 个实时 RECC 公式区块，{charts} 张图表（辅助单元格位于“{helper}”）。配置已保存在工作簿中。",
  ),
  "status.rebuilt": e(
    "Rebuilt \"{sheet}\": {blocks} blocks of live RECC formulas, {charts} charts (helper cells on \"{helper}\"). Configuration saved in the workbook.",
    "已重新生成“{sheet}”：{blocks} 个实时 RECC 公式区块，{charts} 张图表（辅助单元格位于“{helper}”）。配置已保存在工作簿中。",
  ),
  "status.readingValues": e("Reading the computed values…", "正在读取计算结果…"),
  "status.writingCopy": e("Writing the values-only copy…", "正在写入仅含数值的副本…"),
  "status.shared": e(
    "Wrote \"{target}\": the values of \"{sheet}\" without formulas (two rows lower, under a note), readable in any Excel.",
    "已写入“{target}”：“{sheet}”的数值，不含公式（下移两行，位于说明之下），任何 Excel 均可读取。",
  ),
  "status.saved": e(
    "This workbook has a saved RECC analysis (\"{sheet}\" from {table}). Change anything and rebuild.",
    "此工作簿中有已保存的 RECC 分析（“{sheet}”，数据来自 {table}）。可修改任意设置后重新生成。",
  ),
  "status.savedUnreadable": e(
    "A saved analysis refers to {table}, which cannot be read now: {problem}",
    "已保存的分析引用了 {table}，但现在无法读取：{problem}",
  ),
  // --- Wizard notes and the values-only copy (src/taskpane/wizard.ts) ------------------------------
  "note.supportGridReset": e(
    "The support AHP grid was reset to equal importance because its items changed.",
    `${G.supportSystem.zh}的${G.pairwiseMatrix.zh}因其元素改变，已重置为同等重要。`,
  ),
  "note.pressureGridReset": e(
    "The pressure AHP grid was reset to equal importance because its items changed.",
    `${G.pressureSystem.zh}的${G.pairwiseMatrix.zh}因其元素改变，已重置为同等重要。`,
  ),
  "err.sheetTooLong": e(
    "The sheet name \"{sheet}\" is too long to add \"{suffix}\" to it; choose a shorter analysis sheet name.",
    "工作表名称“{sheet}”太长，无法再加上“{suffix}”；请选择较短的分析工作表名称。",
  ),
  "share.suffix": e(" (values)", "（数值）"),
  "share.note": e(
    "Values-only copy of \"{sheet}\" for readers without the RECC add-in (rows moved down by {rows}). Share it again after a rebuild.",
    "“{sheet}”的仅数值副本，供未安装 RECC 加载项的读者使用（各行下移 {rows} 行）。重新生成后请再次导出。",
  ),
  // --- Chart tabs' input checks (src/taskpane/coupling-chart.ts, trend-chart.ts) -----------------
  "cp.what.S": e("The support index range", `${G.supportIndex.zh}区域`),
  "cp.what.P": e("The pressure index range", `${G.pressureIndex.zh}区域`),
  "cp.what.areas": e("area labels", `${G.area.zh}名称`),
  "cp.what.years": e("years", G.year.zh),
  "cp.err.block": e("{what} ({address}) must be one column or one row, not a block.", "{what}（{address}）必须是一列或一行，而不是一块区域。"),
  "cp.err.sp": e(
    "The support range has {s} values and the pressure range {p}; select ranges of the same length.",
    `${G.supportIndex.zh}区域有 {s} 个值，${G.pressureIndex.zh}区域有 {p} 个；请选择长度相同的区域。`,
  ),
  "cp.err.length": e("The {what} range has {n} cells but S has {s}; select ranges of the same length.", "{what}区域有 {n} 个单元格，而 S 有 {s} 个；请选择长度相同的区域。"),
  "cp.outsideRow": e("row {row} (S = {s}, P = {p})", "第 {row} 行（S = {s}，P = {p}）"),
  "cp.more": e(" and {n} more", " 等另外 {n} 行"),
  "cp.err.outside": e(
    "S and P must lie between 0 and 1 for the coupling chart; {rows} do not. Select the index columns, not the raw data.",
    "耦合图要求 S 和 P 位于 0 与 1 之间；{rows}不满足。请选择指数列，而不是原始数据。",
  ),
  "cp.err.none": e("No row has both an S and a P value; nothing to plot.", "没有同时具有 S 和 P 值的行；无可绘制内容。"),
  "cp.noLabel": e("(no label)", "（无标签）"),
  "tr.err.year": e(
    "The year in {at} ({value}) is not a whole number; years must be like 2012, or blank to leave the row out.",
    `{at} 中的${G.year.zh}（{value}）不是整数；${G.year.zh}应形如 2012，或留空以略去该行。`,
  ),
  "tr.err.columns": e("Select one column of area names and one column of years.", `请选择一列${G.area.zh}名称和一列${G.year.zh}。`),
  "tr.err.rows": e(
    "The areas ({a} rows), years ({y}) and values ({v}) must have the same number of rows.",
    `${G.area.zh}（{a} 行）、${G.year.zh}（{y} 行）和数值（{v} 行）的行数必须相同。`,
  ),
  "tr.err.few": e("The panel needs at least 2 rows with an area name and a year.", `${G.panel.zh}至少需要 2 行具有${G.area.zh}名称和${G.year.zh}的数据。`),
  // --- Reading the indicator table (src/taskpane/table-parse.ts) --------------------------------
  "table.noHeader": e(
    "The range has no header row: select the table with its labels in the first row.",
    "该区域没有表头行：请选择首行为标签的表格。",
  ),
  "table.fewRows": e(
    "The table has {n} data row(s) below its labels; the method needs at least 2.",
    "表格标签下方只有 {n} 行数据；该方法至少需要 2 行。",
  ),
  "table.noArea": e(
    "No column of area names was found: the table needs one text column naming the areas.",
    `未找到${G.area.zh}名称列：表格需要一个写有${G.area.zh}名称的文本列。`,
  ),
  "table.textColumn": e("Column \"{name}\" holds text and is not used as an indicator.", `列“{name}”含有文本，不作为${G.indicator.zh}使用。`),
  "table.dummy": e(
    "Column \"{name}\" holds only 0 and 1 (a dummy); it is left out. Tick it to use it.",
    "列“{name}”只含 0 和 1（虚拟变量），已略去。如需使用请勾选。",
  ),
  "table.noNumeric": e("No numeric indicator column was found in the table.", `表格中未找到数值型${G.indicator.zh}列。`),
  "table.noColumn": e("The table has no column \"{name}\" (its columns: {columns}).", "表格中没有列“{name}”（现有列：{columns}）。"),
  "table.blankRows": e(
    "{sheet} {rows} blank inside the table and kept, so every row stays next to its area and year; the RECC columns show #VALUE! naming the blank cells until you fill in or delete those rows.",
    "{sheet} {rows}在表格内为空白，已保留，使每行仍与其区域和年份对应；在填写或删除这些行之前，RECC 各列显示 #VALUE! 并指明空白单元格。",
  ),
  "table.noAreas": e(
    "Some rows have no \"{column}\": the coupling chart shows all rows as one series and there are no trend charts.",
    "有些行没有“{column}”：耦合图将所有行显示为一个系列，且不生成趋势图。",
  ),
  "table.noYears": e("Some rows have no whole-number \"{column}\": there are no trend charts.", "有些行的“{column}”不是整数：不生成趋势图。"),
  // --- Errors ---------------------------------------------------------------------------------
  "err.fillIn": e("Fill in \"{label}\".", "请填写“{label}”。"),
  "err.fillInTable": e(
    "Fill in \"Input range\" (the table with its labels in the first row).",
    "请填写“输入区域”（首行为标签的表格）。",
  ),
  "err.outputPlace": e(
    "Give the output place as a cell, e.g. Sheet1!H2, or choose \"New worksheet\".",
    "请以单元格形式给出输出位置，例如 Sheet1!H2，或选择“新工作表”。",
  ),
  "err.readFirst": e("Read the table first.", "请先读取表格。"),
  "err.checkGrid": e("Check the indicator grid: {problems}.", `请检查${G.indicator.zh}表：{problems}。`),
  "err.config": e("The configuration is not usable: {problems}.", "配置不可用：{problems}。"),
  "err.buildFirst": e("Build the analysis first.", "请先生成分析。"),
  "err.emptySheet": e("\"{sheet}\" is empty; build the analysis first.", "“{sheet}”为空；请先生成分析。"),
  "err.plan": e("The analysis cannot be built: {problems}.", "无法生成分析：{problems}。"),
  "err.excel": e("Excel reported a problem: {problem}", "Excel 报告了一个问题：{problem}"),
  "err.foreignSheets": e("A sheet named {sheets} already exists and was not made by RECC", "名为 {sheets} 的工作表已存在，且不是 RECC 生成的"),
  "err.foreignChart": e("\"{sheet}\" already has a chart named \"{name}\"", "“{sheet}”中已有名为“{name}”的图表"),
  "err.foreignCharts": e("{charts} that RECC did not make", "{charts}，且不是 RECC 生成的"),
  "err.foreign": e(
    "{parts}, so nothing was written. Choose another output sheet or place, or rename that sheet or chart, and try again.",
    "{parts}，因此未写入任何内容。请选择其他输出工作表或位置，或重命名该工作表或图表，然后重试。",
  ),
  "err.chartsNeed": e("Charts need ExcelApi {version}, which this Excel does not support.", "图表需要 ExcelApi {version}，此 Excel 不支持。"),
  // --- Requirement sets (src/taskpane/requirements.ts) ---------------------------------------------
  "req.savedState": e("Saving the configuration in the workbook", "在工作簿中保存配置"),
  "req.savedState.why": e("custom XML parts", "自定义 XML 部件"),
  "req.charts": e("Charts", "图表"),
  "req.charts.why": e("adding chart series from ranges", "从区域添加图表系列"),
  "req.chartLabels": e("Grade and region labels in the chart", `图表中的${G.grade.zh}和${G.couplingRegion.zh}标签`),
  "req.chartLabels.why": e("custom data-label text", "自定义数据标签文本"),
  "req.spill": e("The analysis sheet", "分析工作表"),
  "req.spill.why": e("formulas that spill into neighbouring cells", "溢出到相邻单元格的公式"),
  "req.missing": e(
    "{feature} needs a newer Excel (ExcelApi {version}, for {why}). Use Excel for the web, or Microsoft 365 on Windows or Mac, and try again.",
    "{feature}需要更新版本的 Excel（ExcelApi {version}，用于{why}）。请使用 Excel 网页版，或 Windows 或 Mac 上的 Microsoft 365，然后重试。",
  ),
  "req.lacks": e("ExcelApi {version} ({why})", "ExcelApi {version}（{why}）"),
  "req.off": e("{action} is turned off: this Excel lacks {list}.", "“{action}”已停用：此 Excel 缺少 {list}。"),
  "list.sep": e(", ", "、"),
  // --- The table grew or shrank after the build (src/taskpane/table-growth.ts; issue 8 item 4) ----
  "btn.updateCharts": e("Update charts", "更新图表"),
  "grown.text": e(
    "Your table now has {count} rows (rows {first}–{last} of {sheet}); the analysis was built with {built}. The analysis sheet already includes every row; the charts and their chart data were drawn from the {built} rows at build time and no longer match it. Update charts rebuilds the analysis over {table}, as Rebuild analysis does: charts and chart data are redrawn from the whole table and your AHP judgements are kept.",
    "您的表格现有 {count} 行（{sheet} 第 {first}–{last} 行）；分析生成时为 {built} 行。分析工作表已包含所有行；图表及其图表数据是按生成时的 {built} 行绘制的，已与表格不符。“更新图表”会按 {table} 重新生成分析（与“重新生成分析”相同）：按整张表格重绘图表和图表数据，并保留您的层次分析法判断。",
  ),
  // The name of a column whose header cell is empty (1-based column of the selection).
  "table.blankHeader": e("Column {n}", "第{n}列"),
} as const satisfies Record<string, Entry>;

export type PaneKey = keyof typeof PANE_TEXT;

/** The pane's text for `key` in `locale`, with `{name}` replaced by `args[name]` (as typed). */
export function paneText(key: PaneKey, locale: Locale, args: Readonly<Record<string, string | number>> = {}): string {
  const entry: Entry = PANE_TEXT[key];
  return fillTemplate(locale === "zh-CN" ? entry.zh : entry.en, args);
}

/** `{name}` in `template` replaced by `args[name]` as given (a missing argument stays visible). */
export function fillTemplate(template: string, args: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

/** A translator bound to a language: `tr("btn.build")`. */
export type Translate = (key: PaneKey, args?: Readonly<Record<string, string | number>>) => string;

export function translator(locale: Locale): Translate {
  return (key, args) => paneText(key, locale, args);
}
