/**
 * The error messages of the custom functions and the method, keyed: a message is an id plus
 * arguments, rendered in English or Simplified Chinese from one catalog. The English texts are the
 * messages the add-in has always shown (tests pin many of them); the Chinese ones use the terms of
 * ./glossary. Every message still names the place (argument, row, column, item) in the user's
 * terms, 1-based: "data row 3, column 2 is blank" / "data 第 3 行第 2 列为空白".
 *
 * Templates: `{name}` is replaced by the argument (a number, a string, or a nested message rendered
 * in the same language); `{name|one|other}` (English only) writes `one` when the argument is 1,
 * else `other`. Argument names, option words ("eigen", "benefit") and Excel's own words (TRUE,
 * #N/A) are not translated: they are what the user types. test/i18n/messages.test.ts checks that
 * both languages of every id use the same arguments.
 */
import type { Locale } from "./locale";
import { RUNNER_MESSAGES } from "./runner-messages";

interface Entry {
  readonly en: string;
  readonly zh: string;
}

export const MESSAGES = {
  // The demo's importer, configuration-file, terminal and output-folder messages (./runner-messages).
  ...RUNNER_MESSAGES,
  // --- Places and sentences ---------------------------------------------------------------
  "place.cell": { en: "{what} row {row}, column {col}", zh: "{what} 第 {row} 行第 {col} 列" },
  "place.item": { en: "{what} item {item}", zh: "{what} 第 {item} 项" },
  "rows.one": { en: "row {row}", zh: "第 {row} 行" },
  "sentence": { en: "{place} {detail}", zh: "{place}{detail}" },
  "sentence.hint": { en: "{place} {detail}; {hint}", zh: "{place}{detail}；{hint}" },
  "detail.is": { en: "is {value}", zh: "为{value}" },
  "detail.outsideUnit": { en: "is {value}, outside [0, 1]", zh: "为{value}，不在 [0, 1] 内" },
  // --- How a cell value reads ----------------------------------------------------------------
  "value.blank": { en: "blank", zh: "空白" },
  "value.text": { en: "text '{text}'", zh: "文本 '{text}'" },
  "value.numberAsText": { en: "{value}, a number stored as text", zh: "{value}，即以文本形式存储的数字" },
  "value.error": { en: "the error {code}", zh: "错误值 {code}" },
  "value.nested": { en: "a nested range", zh: "嵌套的区域" },
  "value.dataType": { en: "a value of type {type}", zh: "{type} 类型的值" },
  "value.jsType": { en: "a value of type {type}", zh: "{type} 类型的值" },
  "value.date": { en: "{value}, which looks like a date ({day} {monthName} {year})", zh: "{value}，看起来像日期（{year} 年 {month} 月 {day} 日）" },
  "value.offScale": { en: "{value}, outside Saaty's scale 1/9 to 9", zh: "{value}，超出 Saaty 1–9 标度（1/9 到 9）" },
  "value.quoted": { en: "'{value}'", zh: "'{value}'" },
  "list.or": { en: "{head} or {last}", zh: "{head}或{last}" },
  "list.aNumber": { en: "a number", zh: "数字" },
  "word.objects": { en: "objects", zh: "评价对象" },
  // --- What to do ----------------------------------------------------------------------------
  "hint.convertNumber": { en: "convert it to a number", zh: "请将其转换为数字" },
  "hint.finite": { en: "a finite number is needed", zh: "需要有限的数字" },
  "hint.fillIn": { en: "fill it in (a blank is missing, not zero)", zh: "请填写（空白表示缺失，不是 0）" },
  "hint.number": { en: "a number is needed", zh: "需要数字" },
  "hint.unit": { en: "index values must lie in [0, 1]", zh: "指数值必须位于 [0, 1] 内" },
  "hint.obstacleShare": { en: "obstacle degrees are shares of an object's shortfall, each in [0, 1]", zh: "障碍度是评价对象不足部分中的份额，每个都在 [0, 1] 内" },
  "hint.giveDirections": { en: "give directions to normalize raw data", zh: "请给出 directions（指标方向），以便对原始数据做极差标准化" },
  "hint.positiveJudgement": { en: "judgements must be positive numbers", zh: "判断值必须为正数" },
  "hint.typeFraction": { en: "type a number or a fraction such as '1/3", zh: "请输入数字或分数，如 '1/3" },
  "hint.typeFractionOrLabel": {
    en: "type a number or a fraction such as '1/3; if it is a label, select only the n×n judgements, without the header row and column",
    zh: "请输入数字或分数，如 '1/3；若这是标签，请只选择 n×n 的判断值，不含标题行和标题列",
  },
  "hint.headerRow": {
    en: "it looks like a label: select only the {n}×{n} judgements, without the header row ({name} is {rows}×{cols} and must be square)",
    zh: "这看起来是标签：请只选择 {n}×{n} 的判断值，不含标题行（{name} 现为 {rows}×{cols}，必须是方阵）",
  },
  "hint.headerColumn": {
    en: "it looks like a label: select only the {n}×{n} judgements, without the header column ({name} is {rows}×{cols} and must be square)",
    zh: "这看起来是标签：请只选择 {n}×{n} 的判断值，不含标题列（{name} 现为 {rows}×{cols}，必须是方阵）",
  },
  "hint.headerBoth": {
    en: "it looks like a label: select only the {n}×{n} judgements, without the header row and column ({name} is {rows}×{cols} and must be square)",
    zh: "这看起来是标签：请只选择 {n}×{n} 的判断值，不含标题行和标题列（{name} 现为 {rows}×{cols}，必须是方阵）",
  },
  "hint.stackHeaderBoth": {
    en: "it looks like a label: select only the experts' judgements (k·n rows × n columns), without the header row and column",
    zh: "这看起来是标签：请只选择各专家的判断值（k·n 行 × n 列），不含标题行和标题列",
  },
  "hint.stackHeaderRow": {
    en: "it looks like a label: select only the experts' judgements (k·n rows × n columns), without the header row",
    zh: "这看起来是标签：请只选择各专家的判断值（k·n 行 × n 列），不含标题行",
  },
  "hint.stackHeaderColumn": {
    en: "it looks like a label: select only the experts' judgements (k·n rows × n columns), without the header column",
    zh: "这看起来是标签：请只选择各专家的判断值（k·n 行 × n 列），不含标题列",
  },
  "hint.positiveOrFraction": { en: "a positive number or fraction is needed", zh: "需要正数或分数" },
  "hint.dateJudgement": {
    en: "Excel turns a typed {typed} into a date; type '{typed} (with the apostrophe) or ={typed}; judgements lie on Saaty's scale 1/9 to 9",
    zh: "Excel 会把输入的 {typed} 变成日期；请输入 '{typed}（带撇号）或 ={typed}；判断值取 Saaty 1–9 标度（1/9 到 9）",
  },
  "hint.onScaleNearest": {
    en: "use a judgement from 1/9 to 9; the nearest scale value is {nearest}",
    zh: "请使用 1/9 到 9 之间的判断值；最接近的标度值为 {nearest}",
  },
  "hint.onScale": { en: "use a judgement from 1/9 to 9, e.g. 3 or '1/3", zh: "请使用 1/9 到 9 之间的判断值，如 3 或 '1/3" },
  "hint.diagonal": { en: "the diagonal must be 1", zh: "判断矩阵的对角线必须为 1" },
  "hint.direction": { en: "use 1 or -1 (\"benefit\" or \"cost\")", zh: "请使用 1 或 -1（\"benefit\" 正向或 \"cost\" 负向）" },
  "hint.oneOrMinusOne": { en: "use 1 or -1", zh: "请使用 1 或 -1" },
  "hint.directionWords": {
    en: "use 1/-1, \"+\"/\"-\", \"benefit\"/\"cost\" or \"positive\"/\"negative\"",
    zh: "请使用 1/-1、\"+\"/\"-\"、\"benefit\"/\"cost\" 或 \"positive\"/\"negative\"（正向/负向）",
  },
  "hint.label": { en: "a label (text) is needed", zh: "需要标签（文本）" },
  "hint.integer": { en: "a whole number is needed", zh: "需要整数" },
  "hint.atLeast": { en: "it must be at least {min}", zh: "不能小于 {min}" },
  "hint.atMost": { en: "it must be at most {max}", zh: "不能大于 {max}" },
  "hint.use": { en: "use {list}", zh: "请使用 {list}" },
  "hint.weightNonNegative": { en: "weights must be numbers ≥ 0", zh: "权重必须是 ≥ 0 的数" },
  "hint.randomIndexRange": {
    en: "a random index given as a number must lie in [{min}, {max}] (published RI tables lie in about 0.5–1.77)",
    zh: "以数值给出的随机一致性指标必须在 [{min}, {max}] 内（已发表的 RI 表约在 0.5–1.77 之间）",
  },
  "hint.alphaUnit": { en: "it must lie in [0, 1]", zh: "必须位于 [0, 1] 内" },
  "hint.shiftRange": { en: "use a shift between 0 and {max} (the literature uses 0.0001 to 0.01)", zh: "请使用 0 到 {max} 之间的平移量（文献常用 0.0001 至 0.01）" },
  "hint.kWhole": { en: "a whole number ≥ 1 is needed", zh: "需要 ≥ 1 的整数" },
  // --- Ranges and arguments (src/functions) --------------------------------------------------
  "arg.empty": { en: "{name} is empty; select a range of cells", zh: "{name} 为空；请选择一个单元格区域" },
  "arg.notRange": { en: "{name} must be a range (rows of cells)", zh: "{name} 必须是单元格区域（若干行单元格）" },
  "arg.ragged": { en: "{name} is ragged: row {row} has {got} {got|cell|cells}, row 1 has {cols}", zh: "{name} 各行长度不一：第 {row} 行有 {got} 个单元格，第 1 行有 {cols} 个" },
  "arg.fewRows": {
    en: "{name} has {rows} {rows|row|rows}; it needs at least {min} rows ({rowsAre}) to normalize over",
    zh: "{name} 只有 {rows} 行；极差标准化至少需要 {min} 行（{rowsAre}）",
  },
  "arg.notSquare": { en: "{name} must be square; it is {rows}×{cols}", zh: "{name} 必须是方阵；现为 {rows}×{cols}" },
  "arg.blankRowsBelow": {
    en: "{name} must be square; it is {rows}×{cols}, blank from row {first} down: select only the {cols}×{cols} judgements (rows 1 to {cols}), not whole columns",
    zh: "{name} 必须是方阵；现为 {rows}×{cols}，自第 {first} 行起为空白：请只选择 {cols}×{cols} 的判断值（第 1 至 {cols} 行），不要选择整列",
  },
  "arg.blankColumnsRight": {
    en: "{name} must be square; it is {rows}×{cols}, blank from column {first} on: select only the {rows}×{rows} judgements (columns 1 to {rows}), not whole rows",
    zh: "{name} 必须是方阵；现为 {rows}×{cols}，自第 {first} 列起为空白：请只选择 {rows}×{rows} 的判断值（第 1 至 {rows} 列），不要选择整行",
  },
  "arg.stackBlankRight": {
    en: "{name} is blank from column {first} on, right of the experts' matrices: select only columns 1 to {last} (k·n rows × n columns), not whole rows",
    zh: "{name} 自第 {first} 列起为空白，位于各专家判断矩阵右侧：请只选择第 1 至 {last} 列（k·n 行 × n 列），不要选择整行",
  },
  "arg.blankRowInside": {
    en: "{name} row {row} is blank; select the judgements without it, or delete the blank row ({name} must be square; it is {rows}×{cols})",
    zh: "{name} 第 {row} 行为空白；请重新选择不含该行的判断值，或删除该空行（{name} 必须是方阵；现为 {rows}×{cols}）",
  },
  "arg.blankColumnInside": {
    en: "{name} column {col} is blank; select the judgements without it, or delete the blank column ({name} must be square; it is {rows}×{cols})",
    zh: "{name} 第 {col} 列为空白；请重新选择不含该列的判断值，或删除该空列（{name} 必须是方阵；现为 {rows}×{cols}）",
  },
  "arg.stackBlankBelow": {
    en: "{name} is blank from row {first} down, below the experts' matrices: select only rows 1 to {last} (k·n rows × n columns), not whole columns",
    zh: "{name} 自第 {first} 行起为空白，位于各专家判断矩阵下方：请只选择第 1 至 {last} 行（k·n 行 × n 列），不要选择整列",
  },
  "arg.notVector": { en: "{name} must be one row or one column; it is a {rows}×{cols} block", zh: "{name} 必须是一行或一列；现为 {rows}×{cols} 的区域" },
  "arg.exactCount": { en: "{name} has {n} entries; it needs exactly {count}", zh: "{name} 有 {n} 项；需要恰好 {count} 项" },
  "arg.notScalar": { en: "{name} must be a single value, not a range", zh: "{name} 必须是单个值，而不是区域" },
  "arg.stack": {
    en: "{name} is {rows} rows × {cols} columns; the experts' n×n comparison matrices must be stacked vertically, one under another (k·n rows × n columns), so the rows must be a multiple of the {cols} columns",
    zh: "{name} 为 {rows} 行 × {cols} 列；各专家的 n×n 判断矩阵必须上下堆叠（k·n 行 × n 列），行数必须是列数 {cols} 的倍数",
  },
  "arg.stackSideBySide": {
    en: "{name} is {rows} rows × {cols} columns; the experts' {rows}×{rows} matrices seem to stand side by side: stack them vertically, one under another (k·n rows × n columns)",
    zh: "{name} 为 {rows} 行 × {cols} 列；各专家的 {rows}×{rows} 判断矩阵似乎左右并排：请改为上下堆叠（k·n 行 × n 列）",
  },
  "arg.stackBlankRows": {
    en: "{name} row {row} is blank; remove the blank rows between the experts' matrices (k·n rows × n columns, one directly under another)",
    zh: "{name} 第 {row} 行为空白；请删除各专家判断矩阵之间的空行（k·n 行 × n 列，上下紧接）",
  },
  "arg.sameShape": { en: "{a} is {aShape} and {b} is {bShape}; they must have the same shape", zh: "{a} 为 {aShape}，{b} 为 {bShape}；二者形状必须相同" },
  "arg.labelsVsObstacles": { en: "labels has {n} entries; obstacles have {cols} columns", zh: "labels 有 {n} 项；obstacles 有 {cols} 列" },
  "result.notFinite": { en: "the result is {value}, not a finite number", zh: "结果为 {value}，不是有限的数" },
  // Starts with INTERNAL_ERROR_PREFIX (src/functions/excel-errors.ts) in both languages, so a bug is recognisable.
  "unexpected": { en: "RECC internal error (a bug, please report it): {detail}", zh: "RECC internal error (a bug, please report it): 程序内部错误，请报告：{detail}" },
  // --- The method (src/core) -----------------------------------------------------------------
  "count.dataColumns": { en: "{what} has {n} entries; the data have {cols} columns", zh: "{what} 有 {n} 项；数据有 {cols} 列" },
  "option.unknown": { en: "{name} is '{value}'; use {list}", zh: "{name} 为 '{value}'；请使用 {list}" },
  "weights.empty": { en: "{what} is empty", zh: "{what} 为空" },
  "weights.sum": { en: "{what} sum to {sum}; they need a positive sum", zh: "{what} 之和为 {sum}；其和必须为正" },
  "ahp.riTable": {
    en: "the {table} random index table covers n = 1..{max}, not n = {n}; use \"alonso\" (any n) or give RI as a number",
    zh: "{table} 随机一致性指标表只覆盖 n = 1..{max}，不含 n = {n}；请使用 \"alonso\"（任意 n）或直接给出 RI 数值",
  },
  "ahp.groupNone": { en: "no comparison matrix to aggregate", zh: "没有可集结的判断矩阵" },
  "ahp.groupShape": { en: "expert {expert}'s matrix is {rows}×{cols}; expert 1's is {n}×{n}", zh: "专家 {expert} 的判断矩阵为 {rows}×{cols}；专家 1 的为 {n}×{n}" },
  "ahp.groupWeights": { en: "weights has {n} entries; there are {k} experts (matrices)", zh: "weights 有 {n} 项；共有 {k} 位专家（判断矩阵）" },
  "ahp.matrixEmpty": { en: "the comparison matrix is empty", zh: "判断矩阵为空" },
  "ahp.matrixNotSquare": { en: "the comparison matrix must be square; it has {rows} rows and {cols} columns", zh: "判断矩阵必须是方阵；现有 {rows} 行、{cols} 列" },
  "ahp.bothBlank": { en: "matrix row {i}, column {j} is blank, and so is row {j}, column {i}", zh: "matrix 第 {i} 行第 {j} 列为空白，第 {j} 行第 {i} 列也为空白" },
  "stack.bothBlank": {
    en: "{name} row {ri}, column {j} is blank, and so is row {rj}, column {i} (expert {expert}, rows {first}–{last})",
    zh: "{name} 第 {ri} 行第 {j} 列为空白，第 {rj} 行第 {i} 列也为空白（专家 {expert}，第 {first}–{last} 行）",
  },
  "stack.notReciprocal": {
    en: "{name} rows {first}–{last} (expert {expert}) are not reciprocal: row {ri}, column {j} is {upper} but row {rj}, column {i} is {lower} (expected {expected})",
    zh: "{name} 第 {first}–{last} 行（专家 {expert}）不满足互反性：第 {ri} 行第 {j} 列为 {upper}，而第 {rj} 行第 {i} 列为 {lower}（应为 {expected}）",
  },
  "ahp.notReciprocal": {
    en: "matrix is not reciprocal: row {i}, column {j} is {upper} but row {j}, column {i} is {lower} (expected {expected})",
    zh: "判断矩阵不满足互反性：第 {i} 行第 {j} 列为 {upper}，而第 {j} 行第 {i} 列为 {lower}（应为 {expected}）",
  },
  "combine.lengths": { en: "subjective has {a} weights and objective has {b}; they must match", zh: "subjective 有 {a} 个权重，objective 有 {b} 个；二者个数必须相同" },
  "combine.noOverlap": { en: "no indicator has weight on both sides, so {method} combination is undefined", zh: "没有指标在主观与客观两侧都有权重，{method} 组合无定义" },
  "ccd.fewSystems": { en: "systems has {k} column; the coupling degree needs at least 2 systems side by side", zh: "systems 只有 {k} 列；耦合度至少需要并列的 2 个系统" },
  "ccd.weights": { en: "weights has {n} entries; systems has {k} columns", zh: "weights 有 {n} 项；systems 有 {k} 列" },
  "critic.fewRows": {
    en: "data has {rows} {rows|row|rows}; CRITIC needs at least 3 rows (objects) for correlations between indicators (rows = objects, columns = indicators)",
    zh: "data 只有 {rows} 行；CRITIC 计算指标间相关系数至少需要 3 行（评价对象）（行 = 评价对象，列 = 指标）",
  },
  "critic.noneVaries": { en: "no indicator varies, so CRITIC weights are undefined", zh: "没有指标有变化，CRITIC 权重无定义" },
  "critic.oneVaries": {
    en: "only one indicator varies; CRITIC weighs an indicator by its conflict with others, so it needs at least two that vary",
    zh: "只有一个指标有变化；CRITIC 按指标与其他指标的冲突性赋权，至少需要两个有变化的指标",
  },
  "critic.correlated": { en: "the indicators that vary are perfectly correlated, so every CRITIC information amount is 0", zh: "有变化的指标完全相关，所有 CRITIC 信息量均为 0" },
  "entropy.fewRows": { en: "entropy needs at least 2 rows; got {rows}", zh: "信息熵至少需要 2 行；实际为 {rows} 行" },
  "entropy.noneVaries": { en: "no indicator varies: every column is constant, so entropy weights are undefined", zh: "没有指标有变化：每一列都是常数，熵权无定义" },
  "grade.cuts": { en: "cut points low = {low}, high = {high} must satisfy 0 < low < high < 1", zh: "分界点 low = {low}、high = {high} 必须满足 0 < low < high < 1" },
  "groupSum.labels": { en: "groups has {n} labels; values have {cols} columns", zh: "groups 有 {n} 个标签；values 有 {cols} 列" },
  "normalize.fewRows": {
    en: "data has {rows} {rows|row|rows}; min–max normalization needs a panel of at least 2 rows",
    zh: "data 只有 {rows} 行；极差标准化至少需要 2 行的面板数据",
  },
  "normalize.emptyInterval": { en: "the target interval [{lower}, {upper}] is empty; lower must be below upper", zh: "目标区间 [{lower}, {upper}] 为空；lower 必须小于 upper" },
  "normalize.wideInterval": { en: "the target interval [{lower}, {upper}] is too wide; upper − lower must stay below 1.8e308", zh: "目标区间 [{lower}, {upper}] 过宽；upper − lower 必须小于 1.8e308" },
  "normalize.scalingColumns": { en: "the scaling has {n} columns; the data have {cols}", zh: "缩放参数有 {n} 列；数据有 {cols} 列" },
  "normalize.unitScaling": {
    en: "the scaling is onto the target interval [{lower}, {upper}]; a support or pressure index needs one onto [0, 1]",
    zh: "缩放参数的目标区间为 [{lower}, {upper}]；支撑指数或压力指数需要目标区间为 [0, 1] 的缩放参数",
  },
  "topsis.fewRows": { en: "data has {rows} {rows|row|rows}; TOPSIS ranks at least 2 objects", zh: "data 只有 {rows} 行；TOPSIS 至少需要 2 个评价对象" },
  "topsis.noneVaries": {
    en: "no indicator with a positive weight varies across the rows, so TOPSIS closeness is undefined",
    zh: "没有权重为正的指标在各行间有变化，TOPSIS 贴近度无定义",
  },
  // --- The analysis configuration (src/plan/analysis-config.ts) -------------------------------
  "config.notObject": { en: "the configuration must be a JSON object", zh: "配置必须是 JSON 对象" },
  "config.missing": { en: "missing", zh: "缺失" },
  "config.unknownField": { en: "{field} is not a known field{near} (known: {known})", zh: "{field} 不是已知字段{near}（已知字段：{known}）" },
  "config.didYouMean": { en: "; did you mean '{near}'?", zh: "；是否应为 '{near}'？" },
  "config.version": { en: "version is {value}; this add-in reads version 1", zh: "version 为{value}；本加载项读取 version 1" },
  "config.needText": { en: "{field} is {value}; give a non-empty text", zh: "{field} 为{value}；请给出非空文本" },
  "config.yearIsArea": {
    en: "yearColumn is '{name}', the same column as areaColumn; give the column with the years (or leave yearColumn out for a cross-section)",
    zh: "yearColumn 为 '{name}'，与 areaColumn 是同一列；请给出年份所在的列（截面数据可省略 yearColumn）",
  },
  "config.indicatorsList": { en: "indicators is {value}; give a list of indicators", zh: "indicators 为{value}；请给出指标列表" },
  "config.indicatorObject": {
    en: "{field} is {value}; give an object with name, role, direction, subsystem",
    zh: "{field} 为{value}；请给出含 name、role、direction、subsystem 的对象",
  },
  "config.use": { en: "{field} is {value}; use {choices}", zh: "{field} 为{value}；请使用 {choices}" },
  "config.give": { en: "{field} is {value}; give {example}", zh: "{field} 为{value}；请给出 {example}" },
  "config.isHint": { en: "{field} is {value}; {hint}", zh: "{field} 为{value}；{hint}" },
  "config.direction": { en: "{field} is {value}; use 1 or -1{hint}", zh: "{field} 为{value}；请使用 1 或 -1{hint}" },
  "config.directionWords": {
    en: " relative to the index the indicator feeds: 1 when a larger value raises it (a pollutant raises pressure, so 1 even where a data set calls it \"cost\"), -1 when it lowers it",
    zh: "，以该指标所属的指数为准：数值越大指数越高时为 1（污染物抬高压力指数，所以即使数据集称其为 \"cost\"（负向）也为 1），指数降低时为 -1",
  },
  "config.nameTwice": { en: "{field} '{name}' appears twice", zh: "{field} '{name}' 出现了两次" },
  "config.nameIsColumn": { en: "{field} '{name}' is also the area or year column", zh: "{field} '{name}' 同时是区域列或年份列" },
  "config.noRole": { en: "indicators has no {role} indicator; the method needs at least one of each", zh: "indicators 中没有{role}指标；该方法要求支撑和压力指标至少各有一个" },
  "config.role.support": { en: "support", zh: "支撑" },
  "config.role.pressure": { en: "pressure", zh: "压力" },
  "config.weightingObject": { en: "weighting is {value}; give an object such as {\"method\": \"entropy\"}", zh: "weighting 为{value}；请给出对象，如 {\"method\": \"entropy\"}" },
  "config.entropyShift": {
    en: "weighting.entropyShift is {value}; use a number from 0 to {max} (0, 0.0001 and 0.01 are the values in the literature)",
    zh: "weighting.entropyShift 为{value}；请使用 0 到 {max} 之间的数（文献中的取值为 0、0.0001 和 0.01）",
  },
  "config.alpha": { en: "weighting.combine.alpha is {value}; use a number in [0, 1]", zh: "weighting.combine.alpha 为{value}；请使用 [0, 1] 内的数" },
  "config.gradesOrder": { en: "grades.low = {low}, grades.high = {high} must satisfy 0 < low < high < 1", zh: "grades.low = {low}，grades.high = {high}，须满足 0 < low < high < 1" },
  "config.topK": { en: "topK is {value}; use a whole number from 1 to {max}", zh: "topK 为{value}；请使用 1 到 {max} 之间的整数" },
  "config.topKSupport": {
    en: "topK is {value}, but obstacles rank the {count} support indicators; use at most {max} (the number of support indicators, or {def})",
    zh: "topK 为{value}，但障碍度只对 {count} 个支撑指标排序；请使用不超过 {max} 的值（支撑指标个数，或 {def}）",
  },
  "config.seriesByYear": { en: "charts.couplingSeriesBy is \"year\" but yearColumn is not given", zh: "charts.couplingSeriesBy 为 \"year\"，但未给出 yearColumn" },
  "config.blockObject": {
    en: "{field} is {value}; give {} (or {\"{key}\": \"{choice}\"}) to add the block, or leave {field} out",
    zh: "{field} 为{value}；请给出 {}（或 {\"{key}\": \"{choice}\"}）以添加该模块，或省略 {field}",
  },
  "config.ahpRi": {
    en: "weighting.ahp.ri is {value}; use \"saaty\", \"alonso\" or a number from {min} to {max} (published RI tables lie in about 0.5–1.77)",
    zh: "weighting.ahp.ri 为{value}；请使用 \"saaty\"、\"alonso\" 或 {min} 到 {max} 之间的数（已发表的随机一致性指标 RI 表约在 0.5–1.77 之间）",
  },
  "config.expertsAndMatrices": {
    en: "weighting.ahp.matrices and weighting.ahp.experts are both given; for group AHP put each expert's grids in weighting.ahp.experts[e].matrices and leave weighting.ahp.matrices out",
    zh: "同时给出了 weighting.ahp.matrices 和 weighting.ahp.experts；群组层次分析法请把每位专家的判断矩阵放在 weighting.ahp.experts[e].matrices 中，并省略 weighting.ahp.matrices",
  },
  "config.expertsList": {
    en: "weighting.ahp.experts is {value}; give a list of at least one expert, e.g. [{\"weight\": 0.6, \"matrices\": {...}}, {\"weight\": 0.4, \"matrices\": {...}}]",
    zh: "weighting.ahp.experts 为{value}；请给出至少一位专家的列表，例如 [{\"weight\": 0.6, \"matrices\": {...}}, {\"weight\": 0.4, \"matrices\": {...}}]",
  },
  "config.expertWeight": {
    en: "{field} is {value}; an expert weight is a number ≥ 0 (the weights are scaled to sum 1)",
    zh: "{field} 为{value}；专家权重必须是 ≥ 0 的数（各权重按和为 1 缩放）",
  },
  "config.expertWeightsZero": {
    en: "every weighting.ahp.experts[e].weight is 0; at least one expert must have a weight above 0",
    zh: "所有 weighting.ahp.experts[e].weight 均为 0；至少一位专家的权重须大于 0",
  },
  "config.matrixUnused": { en: "{field} is given but weighting.method is not \"ahp\" or \"combined\"", zh: "给出了 {field}，但 weighting.method 不是 \"ahp\" 或 \"combined\"" },
  "config.matrixShape": { en: "{field} must be a {n}×{n} list of lists ({level}: {items})", zh: "{field} 必须是 {n}×{n} 的嵌套列表（{level}：{items}）" },
  "config.level.subsystem": { en: "subsystems", zh: "子系统" },
  "config.level.indicator": { en: "indicators", zh: "指标" },
  "config.judgement": {
    en: "{field} is {value}; use a positive number or a fraction such as \"1/3\" (Saaty's scale is 1/9 to 9)",
    zh: "{field} 为{value}；请使用正数或分数，如 \"1/3\"（Saaty 标度为 1/9 到 9）",
  },
  "config.jsonDateHint": {
    en: "a date serial is not a judgement; write the fraction as the JSON string \"{typed}\" (with the quotes); judgements lie on Saaty's scale 1/9 to 9",
    zh: "日期序列号不是判断值；请把分数写成 JSON 字符串 \"{typed}\"（带引号）；判断值取 Saaty 1–9 标度（1/9 到 9）",
  },
  "config.jsonOnScale": { en: "use a judgement from 1/9 to 9, e.g. 3 or the JSON string \"1/3\"", zh: "请使用 1/9 到 9 之间的判断值，如 3 或 JSON 字符串 \"1/3\"" },
  "config.bothBlank": {
    en: "{a} and {b} are both blank; give one of them ({x} compared with {y})",
    zh: "{a} 和 {b} 均为空白；请给出其中之一（{x} 与 {y} 相比）",
  },
  "config.notReciprocal": {
    en: "{lower} is {l} but {upper} is {u}; the lower triangle must hold reciprocals (or be left null)",
    zh: "{lower} 为{l}，但 {upper} 为 {u}；下三角必须是上三角的倒数（或留为 null）",
  },
  "config.saatyN": {
    en: "weighting.ahp.ri is \"saaty\", whose table covers n = 1..{max}, but {what}; use \"alonso\" (any n) or give RI as a number",
    zh: "weighting.ahp.ri 为 \"saaty\"，其表只覆盖 n = 1..{max}，但{what}；请使用 \"alonso\"（任意 n）或以数字给出 RI",
  },
  "config.systemSize": { en: "the {role} system has {n} {level}", zh: "{role}系统有 {n} 个{level}" },
  "config.fileProblems": { en: "config {file} has {n} {n|problem|problems}:", zh: "配置文件 {file} 有 {n} 个问题：" },
  "config.notJson": { en: "the configuration is not valid JSON: {detail}", zh: "配置不是有效的 JSON：{detail}" },
  // --- The plan's problems (src/plan/plan-builder.ts, a1.ts) ----------------------------------
  "plan.sheetLength": { en: "sheet name '{name}' must have 1 to 31 characters", zh: "工作表名 '{name}' 必须为 1 到 31 个字符" },
  "plan.sheetChars": { en: "sheet name '{name}' contains one of : \\ / ? * [ ]", zh: "工作表名 '{name}' 含有下列字符之一：: \\ / ? * [ ]" },
  "plan.sheetApostrophe": { en: "sheet name '{name}' must not start or end with an apostrophe", zh: "工作表名 '{name}' 不能以撇号开头或结尾" },
  "plan.sheetHistory": { en: "sheet name 'History' is reserved by Excel", zh: "工作表名 'History' 为 Excel 保留" },
  "plan.sheetClash": { en: "the table's sheet '{sheet}' has the name of a sheet the analysis writes", zh: "数据表所在的工作表 '{sheet}' 与分析要写入的工作表同名" },
  "plan.fewRows": { en: "the table has {n} data rows; the method needs at least 2", zh: "数据表只有 {n} 行数据；该方法至少需要 2 行" },
  "plan.notHeader": { en: "{what} '{name}' is not a header of the table (headers: {headers})", zh: "{what} '{name}' 不是数据表的表头（表头：{headers}）" },
  "plan.what.indicator": { en: "indicator", zh: "指标" },
  "plan.lengthMismatch": { en: "{what} has {count} values for {n} rows", zh: "{what} 有 {count} 个值，但有 {n} 行" },
  // --- The demo's import and run warnings (src/runner) ----------------------------------------
  "import.warning": { en: "warning: {text}", zh: "警告：{text}" },
  "import.rowList": { en: "rows {list}{more}", zh: "第 {list} 行{more}" },
  "import.rowMore": { en: " … ({n} rows)", zh: " …（共 {n} 行）" },
  "import.nameRows": { en: "'{name}' ({rows})", zh: "'{name}'（{rows}）" },
  "import.and": { en: "{a} and {b}", zh: "{a}和{b}" },
  "import.caseTwin": {
    en: "areas {names} differ only in case; they are read as {n} different areas. If they are one area, spell them alike",
    zh: "区域{names}只有大小写不同；它们被当作 {n} 个不同的区域读取。若为同一区域，请统一拼写",
  },
  "import.yearOdd": {
    en: "the year {year} ({rows}) is implausible: {why}{rest}. A typo? It is read as written, so the panel spans {first}–{last}",
    zh: "年份 {year}（{rows}）不合理：{why}{rest}。是否输入有误？该值按原样读取，因此面板数据跨越 {first}–{last} 年",
  },
  "import.yearOutside": { en: "outside {min}–{max}", zh: "不在 {min}–{max} 之间" },
  "import.yearFar": { en: "more than {d} years from the median year {median}", zh: "与年份中位数 {median} 相差超过 {d} 年" },
  "import.yearRestOne": { en: " (the other year is {year})", zh: "（其他年份为 {year}）" },
  "import.yearRestSpan": { en: " (the other years are {lo}–{hi})", zh: "（其他年份为 {lo}–{hi}）" },
  "run.constant": {
    en: "{role} indicator '{name}' has the same value ({value}) in all {n} rows: it cannot tell the rows apart; {effect}",
    zh: "{role}指标 '{name}' 在全部 {n} 行中取值相同（{value}）：无法区分各行；{effect}",
  },
  "run.constantAhp": {
    en: "it normalizes to 1 in every row, so its AHP weight adds the same amount to every {index}",
    zh: "它在每行标准化后都为 1，因此其 AHP 权重给每个 {index} 加上相同的量",
  },
  "run.constantLinear": { en: "its entropy weight is 0, so its combined weight comes from its AHP weight alone", zh: "其熵权为 0，因此其组合权重仅来自 AHP 权重" },
  "run.constantEntropy": { en: "its entropy weight is 0{combined}, so it does not count", zh: "其熵权为 0{combined}，因此不起作用" },
  "run.constantCombined": { en: " and so is its combined weight", zh: "，组合权重也为 0" },
  "run.inconsistentGroup": {
    en: "the group AHP comparison of the {role} system ({k} experts, RECC.AHPGROUP) is inconsistent: CR = {cr} ≥ {threshold} (Saaty 1990); its weights are used, but revise the experts' judgements (weighting.ahp.experts[e].matrices.{key}; the AHP sheet lists the judgements to revisit)",
    zh: "{role}系统的群组判断矩阵（{k} 位专家，RECC.AHPGROUP）不一致：一致性比率 CR = {cr} ≥ {threshold}（Saaty 1990）；其权重照常使用，但请修改各专家的判断值（weighting.ahp.experts[e].matrices.{key}；“层次分析法”工作表列出了建议修改的判断值）",
  },
  "run.inconsistentExpert": {
    en: "expert {expert}'s AHP comparison of the {role} system has CR = {cr} ≥ {threshold} (Saaty 1990); it still counts in the group matrix: revise weighting.ahp.experts[{index}].matrices.{key} or lower weighting.ahp.experts[{index}].weight",
    zh: "专家 {expert} 对{role}系统的判断矩阵一致性比率 CR = {cr} ≥ {threshold}（Saaty 1990）；它仍计入群组判断矩阵：请修改 weighting.ahp.experts[{index}].matrices.{key} 或降低 weighting.ahp.experts[{index}].weight",
  },
  "run.inconsistent": {
    en: "the AHP comparison of the {role} system is inconsistent: CR = {cr} ≥ {threshold} (Saaty 1990); its weights are used, but revise weighting.ahp.matrices.{key}",
    zh: "{role}系统的 AHP 判断矩阵不一致：一致性比率 CR = {cr} ≥ {threshold}（Saaty 1990）；其权重照常使用，但请修改 weighting.ahp.matrices.{key}",
  },
} as const satisfies Record<string, Entry>;

export type MessageId = keyof typeof MESSAGES;

/** An argument of a message: shown as is (numbers with String()), or a nested message. */
export type MessageArg = string | number | Message;

/** A message: its id in {@link MESSAGES} and its arguments. */
export interface Message {
  readonly id: MessageId;
  readonly args: Readonly<Record<string, MessageArg>>;
}

export function msg(id: MessageId, args: Readonly<Record<string, MessageArg>> = {}): Message {
  return { id, args };
}

/** The argument names a template uses, in order of first use. */
export function placeholders(template: string): string[] {
  const names: string[] = [];
  for (const [, name] of template.matchAll(/\{([A-Za-z]+)(?:\|[^}]*)?\}/g)) if (!names.includes(name)) names.push(name);
  return names;
}

/** A message in a language; a plain string or number is shown as is. */
export function renderMessage(m: MessageArg, locale: Locale): string {
  if (typeof m !== "object") return String(m);
  const entry: Entry = MESSAGES[m.id];
  const template = locale === "zh-CN" ? entry.zh : entry.en;
  // Pieces: literal text and rendered arguments, joined below.
  const pieces = template.split(/(\{[A-Za-z]+(?:\|[^|}]*\|[^}]*)?\})/).map((part) => {
    const p = /^\{([A-Za-z]+)(?:\|([^|}]*)\|([^}]*))?\}$/.exec(part);
    if (!p) return part;
    const [, name, one, other] = p;
    if (one !== undefined) return m.args[name] === 1 ? one : other;
    return name in m.args ? renderMessage(m.args[name], locale) : "";
  });
  return locale === "zh-CN" ? joinSpaced(pieces) : pieces.join("");
}

const HAN_START = /^[\u4e00-\u9fff]/;
const HAN_END = /[\u4e00-\u9fff]$/;
const LATIN_START = /^[A-Za-z0-9'"([#+\-.]/;
const LATIN_END = /[A-Za-z0-9'")\]]$/;

/**
 * Chinese text with a space where Latin letters or digits meet Han characters, as Chinese
 * typesetting spaces them ("method 为", "第 3 行"). Only between pieces (template text and whole
 * arguments), so a user's own text inside an argument is never changed; none inside quotes
 * ("列 '人均GDP'：", not "列 ' 人均GDP '：").
 */
function joinSpaced(pieces: readonly string[]): string {
  let out = "";
  for (const p of pieces) {
    if (p === "") continue;
    // A quote that opens ("列 '" + name) or closes ("'：" after a name) hugs the text it quotes.
    const last = out.slice(-1);
    const opening = (last === "'" || last === '"') && out.split(last).length % 2 === 0;
    const closing = /^['"]([^A-Za-z0-9\u4e00-\u9fff]|$)/.test(p);
    if (((LATIN_END.test(out) && !opening && HAN_START.test(p)) || (HAN_END.test(out) && LATIN_START.test(p) && !closing))) out += " ";
    out += p;
  }
  return out;
}

/** A message in English, the language of thrown errors' `message`. */
export function english(m: MessageArg): string {
  return renderMessage(m, "en");
}

/** `"a", "b" or "c"`: each choice quoted; `extra` (e.g. "a number"), when given, is the last item. */
export function quotedChoices(choices: readonly string[], extra?: MessageArg): MessageArg {
  const q = choices.map((c) => `"${c}"`);
  if (extra !== undefined) return q.length === 0 ? extra : msg("list.or", { head: q.join(", "), last: extra });
  return q.length <= 1 ? q.join("") : msg("list.or", { head: q.slice(0, -1).join(", "), last: q[q.length - 1] });
}

/** "{place} is {what}; {hint}" (hint optional): the common shape of a message about one value. */
export function valueProblem(place: MessageArg, what: MessageArg, hint?: MessageArg): Message {
  const detail = msg("detail.is", { value: what });
  return hint === undefined ? msg("sentence", { place, detail }) : msg("sentence.hint", { place, detail, hint });
}
