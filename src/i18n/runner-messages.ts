/**
 * The headless demo's own stopping errors and log lines, keyed like ./messages (this catalog is part
 * of MESSAGES): the importer's errors (file, header, cells), the checks of the configuration file's
 * `import` section, the Import log's lines, the terminal's "left out" lines and the output folder's
 * errors, in English and Simplified Chinese. The English texts are those the demo has always
 * written (test/runner pins them); the Chinese ones use ./glossary's terms (区域, 年份, 指标, 面板数据).
 * Users' names (files, columns, areas, sheets), option names (import.headerRow) and option values
 * (",", true) are arguments or stay as typed: they are what the user writes in the configuration.
 * Plain data (no imports): ./messages spreads it into MESSAGES; errors that carry such a message
 * are ./localized-error's.
 */
export const RUNNER_MESSAGES = {
  // --- An analysis that stops (run-analysis.ts describeFailure) ---------------------------------
  "fail.analysis": { en: "the analysis failed computing {what}: {message}{check}", zh: "计算{what}时分析失败：{message}{check}" },
  "fail.plain": { en: "{text}", zh: "{text}" },
  "fail.check": { en: " (check {field} in the configuration)", zh: "（请检查配置中的 {field}）" },
  "fail.setAlonso": { en: " (set weighting.ahp.ri to {value})", zh: "（请将 weighting.ahp.ri 设为 {value}）" },
  "fail.ahp": { en: "the AHP comparison of the {role} {level}", zh: "{role}{level}的判断矩阵" },
  "fail.ahpGroup": { en: "the group AHP comparison of the {role} {level}", zh: "{role}{level}的群组判断矩阵" },
  "fail.entropy": { en: "the entropy weights of the {role} indicators", zh: "{role}指标的熵权" },
  "fail.critic": { en: "the CRITIC weights of the {role} indicators", zh: "{role}指标的 CRITIC 权重" },
  "fail.combined": { en: "the combined weights of the {role} indicators", zh: "{role}指标的组合权重" },
  "fail.weights": { en: "the {role} weights", zh: "{role}权重" },
  "fail.weightsAll": { en: "the weights", zh: "权重" },
  "fail.normalized": { en: "the normalized {role} indicators", zh: "{role}指标的标准化值" },
  "fail.S": { en: "the support index S", zh: "支撑指数 S" },
  "fail.P": { en: "the pressure index P", zh: "压力指数 P" },
  "fail.obstacles": { en: "the obstacle degrees", zh: "障碍度" },
  "fail.ccd": { en: "the coupling coordination degree of S and P", zh: "S 与 P 的耦合协调度" },
  "fail.topsis": { en: "the TOPSIS closeness", zh: "TOPSIS 贴近度" },
  "fail.grades": { en: "the grades", zh: "等级" },
  "fail.block": { en: "the {title}", zh: "“{title}”" },
  "fail.results": { en: "the results", zh: "结果" },
  "fail.fileRow": { en: "file row {row} ({key})", zh: "文件第 {row} 行（{key}）" },
  "fail.rowOf": { en: "the row of {key}", zh: "{key} 所在行" },
  "fail.dataCell": { en: "'{indicator}' in {row} {detail}", zh: "{row}的 '{indicator}' {detail}" },
  "fail.judgement": { en: "{entry}[{i}][{j}] ({a} compared with {b})", zh: "{entry}[{i}][{j}]（{a} 与 {b} 相比）" },
  // --- Where an import error is ---------------------------------------------------------------
  "import.at": { en: "{file}: {detail}", zh: "{file}：{detail}" },
  "import.atRow": { en: "{file}, row {row}: {detail}", zh: "{file}，第 {row} 行：{detail}" },
  "import.atColumn": { en: "{file}, column '{column}': {detail}", zh: "{file}，列 '{column}'：{detail}" },
  "import.atCell": { en: "{file}, row {row}, column '{column}': {detail}", zh: "{file}，第 {row} 行，列 '{column}'：{detail}" },
  // --- Reading the file ------------------------------------------------------------------------
  "import.fileNotFound": { en: "file not found ({path})", zh: "找不到文件（{path}）" },
  "import.csvQuotes": { en: "CSV quoting error: {detail}", zh: "CSV 引号错误：{detail}" },
  "import.quotesUnterminated": { en: "Quoted field unterminated", zh: "带引号的字段缺少结束引号" },
  "import.quotesMalformed": { en: "Trailing quote on quoted field is malformed", zh: "带引号字段的结束引号格式有误" },
  "import.notXlsx": { en: "not a readable .xlsx workbook ({detail})", zh: "不是可读取的 .xlsx 工作簿（{detail}）" },
  "import.noSheet": { en: "no sheet '{sheet}' (sheets: {sheets})", zh: "没有工作表 '{sheet}'（现有工作表：{sheets}）" },
  "import.fileType": { en: "unsupported file type '{ext}'; use .csv or .xlsx", zh: "不支持的文件类型 '{ext}'；请使用 .csv 或 .xlsx" },
  "import.headerPastEnd": { en: "import.headerRow is past the end of the table ({n} rows)", zh: "import.headerRow 超出了表格末尾（表格共 {n} 行）" },
  "import.noHeader": { en: "the file has no header row (it is empty or all comments)", zh: "文件没有表头行（文件为空或全是注释）" },
  "import.encodingUnknown": { en: "encoding '{given}' is not known; use one of {list}", zh: "未知的编码 '{given}'；请使用 {list} 之一" },
  "import.decodeGiven": {
    en: "cannot be read as {encoding} (the encoding given with --encoding or import.encoding): it holds bytes that are not {encoding}; give the file's encoding with --encoding ({list}), or save it as CSV UTF-8",
    zh: "无法按 {encoding} 读取（由 --encoding 或 import.encoding 指定的编码）：文件中含有不属于 {encoding} 的字节；请用 --encoding 给出文件的编码（{list}），或将文件另存为 CSV UTF-8",
  },
  "import.decodeBom": {
    en: "cannot be read as {encoding} (its byte-order mark says so): it holds bytes that are not {encoding}; give the file's encoding with --encoding ({list}), or save it as CSV UTF-8",
    zh: "无法按 {encoding} 读取（文件的字节顺序标记 BOM 表明是此编码）：文件中含有不属于 {encoding} 的字节；请用 --encoding 给出文件的编码（{list}），或将文件另存为 CSV UTF-8",
  },
  "import.decodeGuessed": {
    en: "cannot be read: it is not UTF-8 and not {encoding} either (tried UTF-8, then {encoding}); give the file's encoding with --encoding ({list}), or save it as CSV UTF-8",
    zh: "无法读取：文件既不是 UTF-8，也不是 {encoding}（先按 UTF-8、再按 {encoding} 尝试）；请用 --encoding 给出文件的编码（{list}），或将文件另存为 CSV UTF-8",
  },
  // --- Columns the configuration names ---------------------------------------------------------
  "import.didYouMean": { en: "did you mean '{near}'? names must match exactly, including case", zh: "是否应为 '{near}'？名称必须完全一致，包括大小写" },
  "import.absent": { en: "'{name}'", zh: "'{name}'" },
  "import.absentNear": { en: "'{name}' ({hint})", zh: "'{name}'（{hint}）" },
  "import.nearOne": { en: "; {hint}", zh: "；{hint}" },
  "import.noSuchColumn": { en: "no such column{near}; the header ({rowText}) has: {headers}{tips}", zh: "没有这一列{near}；表头（{rowText}）为：{headers}{tips}" },
  "import.noColumns": { en: "no columns {list}; the header ({rowText}) has: {headers}{tips}", zh: "没有列 {list}；表头（{rowText}）为：{headers}{tips}" },
  "import.noSuchColumnRow": {
    en: "no such column{near}; the header row has: {headers}",
    zh: "没有这一列{near}；表头行为：{headers}",
  },
  "import.nearParen": { en: "; did you mean '{near}'? (names must match exactly, including case)", zh: "；是否应为 '{near}'？（名称必须完全一致，包括大小写）" },
  "import.headerRowN": { en: "row {row}{sep}", zh: "第 {row} 行{sep}" },
  "import.theHeaderRow": { en: "the header row{sep}", zh: "表头行{sep}" },
  "import.fieldsSep": { en: ", fields separated by {d}", zh: "，字段以 {d} 分隔" },
  "import.tab": { en: "a tab", zh: "制表符" },
  "import.tips": { en: ". {tips}", zh: "。{tips}" },
  "import.tipDelimiter": {
    en: "the header holds {d}: if that separates the fields, set import.delimiter to {json}",
    zh: "表头中含有 {d}：如果它是字段分隔符，请将 import.delimiter 设为 {json}",
  },
  "import.tipHeaderRowSet": { en: "import.headerRow is {n}; check it names the header row", zh: "import.headerRow 为 {n}；请检查它是否指向表头行" },
  "import.tipHeaderRow": { en: "if the header is not the first row (a title above it), set import.headerRow", zh: "如果表头不在第一行（上方有标题），请设置 import.headerRow" },
  "import.tipSheets": {
    en: "the columns may be on another sheet: set import.sheet (sheets: {sheets}; read: {sheet})",
    zh: "这些列可能在另一个工作表上：请设置 import.sheet（现有工作表：{sheets}；已读取：{sheet}）",
  },
  "import.tipSheet": { en: "for data on another sheet set import.sheet", zh: "数据在另一个工作表上时，请设置 import.sheet" },
  "import.tipTitleRow": {
    en: "row {row} looks like a title row (one filled cell); set import.headerRow to the row of the column names",
    zh: "第 {row} 行看起来是标题行（只有一个非空单元格）；请将 import.headerRow 设为列名所在的行",
  },
  "import.colRef": { en: "{n} ({letter})", zh: "第 {n} 列（{letter}）" },
  "import.dupUsed": {
    en: "columns {cols} are both named '{name}', a name the configuration uses; rename one of them",
    zh: "{cols}都名为 '{name}'，而配置用到这个名称；请重命名其中一列",
  },
  "import.dupUnused": {
    en: "header: columns {cols} are both named '{name}'; the configuration does not use it, so neither is read",
    zh: "表头：{cols}都名为 '{name}'；配置未用到这个名称，因此都不读取",
  },
  // --- A cell: "<column> is blank" ------------------------------------------------------------
  "cell.blank": { en: "is blank", zh: "为空白" },
  "cell.nan": { en: "is NaN", zh: "为 NaN" },
  "cell.tooLarge": { en: "is {value}, too large", zh: "为 {value}，数值过大" },
  "cell.logical": { en: "is the logical value {value}, not a number", zh: "为逻辑值 {value}，不是数字" },
  "cell.date": { en: "is a date ({date}), not a number", zh: "为日期（{date}），不是数字" },
  "cell.excelError": { en: "is the Excel error {code}", zh: "为 Excel 错误值 {code}" },
  "cell.marker": { en: "is '{text}'", zh: "为 '{text}'" },
  "cell.tooLargeText": { en: "is '{text}', too large (beyond ±1.8e308)", zh: "为 '{text}'，数值过大（超出 ±1.8e308）" },
  "cell.leadingZeros": { en: "leading zeros: '{text}' read as {value}", zh: "有前导零：'{text}' 读作 {value}" },
  "cell.percent": { en: "is '{text}' with a percent sign; give the number only", zh: "为带百分号的 '{text}'；请只填数字" },
  "cell.thousandsNotGrouped": {
    en: "is '{text}': its {sep} does not group digits by three (import.thousandsSeparator is {sep})",
    zh: "为 '{text}'：其中的 {sep} 并非每三位数字一组（import.thousandsSeparator 为 {sep}）",
  },
  "cell.setThousands": { en: "set import.thousandsSeparator to {sep}", zh: "将 import.thousandsSeparator 设为 {sep}" },
  "cell.setDecimal": { en: "set import.decimalSeparator to \",\"", zh: "将 import.decimalSeparator 设为 \",\"" },
  "cell.fixBoth": { en: "{a} and {b}", zh: "{a}，并{b}" },
  "cell.dotGroups": { en: "is '{text}' with \".\" between groups of three digits; {fix} to read it", zh: "为 '{text}'，每三位数字之间有 \".\"；请{fix}以读取" },
  "cell.decimalPoint": { en: "is '{text}' with a decimal point, but import.decimalSeparator is \",\"", zh: "为带小数点的 '{text}'，但 import.decimalSeparator 为 \",\"" },
  "cell.text": { en: "is the text '{text}', not a number", zh: "为文本 '{text}'，不是数字" },
  "cell.asThousands": { en: "a thousands separator ({value}: {fix})", zh: "千位分隔符（读作 {value}：请{fix}）" },
  "cell.asDecimal": { en: "a decimal comma ({value}: {fix})", zh: "小数逗号（读作 {value}：请{fix}）" },
  "cell.commaSemicolon": {
    en: "is '{text}': the comma is {asDecimal}, likely in a file separated by ';', or {asThousands}",
    zh: "为 '{text}'：其中的逗号是{asDecimal}（在以 ';' 分隔的文件中多为此种），或是{asThousands}",
  },
  "cell.comma": { en: "is '{text}': the comma is {asThousands} or {asDecimal}", zh: "为 '{text}'：其中的逗号是{asThousands}，或是{asDecimal}" },
  "cell.commaGroups": {
    en: "is '{text}' with a thousands separator; {fix} to read it (or remove the commas)",
    zh: "为带千位分隔符的 '{text}'；请{fix}以读取（或删去逗号）",
  },
  "cell.spaceGroups": { en: "is '{text}' with spaces between groups of three digits; {fix} to read it", zh: "为 '{text}'，每三位数字之间有空格；请{fix}以读取" },
  "cell.europeanGroups": {
    en: "is '{text}' with a decimal comma and \".\" between thousands; {fix} to read it",
    zh: "为 '{text}'，使用小数逗号并以 \".\" 分隔千位；请{fix}以读取",
  },
  "cell.decimalCommaText": {
    en: "is the text '{text}', not a number (a decimal comma? {fix} to read it)",
    zh: "为文本 '{text}'，不是数字（是小数逗号吗？请{fix}以读取）",
  },
  "cell.notWhole": { en: "is {value}, not a whole number", zh: "为 {value}，不是整数" },
  "cell.serialAsDate": {
    en: "is the number {serial} formatted as a date ({date}); format the year column as numbers",
    zh: "为设置成日期格式的数字 {serial}（{date}）；请将年份列设为数字格式",
  },
  "cell.dateAsYear": {
    en: "is a date ({date}), not a number; set import.yearFromDate to true to read it as its year ({year})",
    zh: "为日期（{date}），不是数字；若要读取其年份（{year}），请将 import.yearFromDate 设为 true",
  },
  // --- Rows of the panel (the Import log) -------------------------------------------------------
  "import.areaBlank": { en: "row {row}: left out, the area ('{column}') is blank", zh: "第 {row} 行：已剔除，区域（'{column}'）为空白" },
  "import.areaError": { en: "row {row}: left out, the area ('{column}') is the Excel error {code}", zh: "第 {row} 行：已剔除，区域（'{column}'）为 Excel 错误值 {code}" },
  "import.excluded": { en: "row {row}: left out, '{area}' is in import.excludeAreas", zh: "第 {row} 行：已剔除，'{area}' 列在 import.excludeAreas 中" },
  "import.noYear": { en: "row {row} ({area}): left out, the year {why}", zh: "第 {row} 行（{area}）：已剔除，年份{why}" },
  "import.yearBad": { en: "the year {why}", zh: "年份{why}" },
  "import.cellNote": { en: "row {row} ({label}), column '{column}': {note}", zh: "第 {row} 行（{label}），列 '{column}'：{note}" },
  "import.valueWhy": { en: "{name} {why}", zh: "{name} {why}" },
  "import.missingValues": {
    en: "row {row} ({label}): left out, {cols} (a missing value is never read as 0)",
    zh: "第 {row} 行（{label}）：已剔除，{cols}（缺失值绝不按 0 读取）",
  },
  "import.twice": { en: "{label} appears twice (first in row {first})", zh: "{label} 出现了两次（首次出现在第 {first} 行）" },
  "import.fewComplete": {
    en: "only {n} complete {n|row|rows} {n|remains|remain} after cleaning; the method needs at least 2",
    zh: "清理后只剩 {n} 行完整数据；该方法至少需要 2 行",
  },
  "join.comma": { en: "{a}, {b}", zh: "{a}、{b}" },
  "join.semicolon": { en: "{a}; {b}", zh: "{a}；{b}" },
  // --- The "import" section of the configuration file -----------------------------------------
  "importOpt.notObject": { en: "import must be an object", zh: "import 必须是对象" },
  "importOpt.sheet": { en: "import.sheet is {value}; give a sheet name", zh: "import.sheet 为 {value}；请给出工作表名" },
  "importOpt.headerRow": { en: "import.headerRow is {value}; give a row number ≥ 1", zh: "import.headerRow 为 {value}；请给出 ≥ 1 的行号" },
  "importOpt.rowList": { en: "{field} must be a list of row numbers ≥ 1", zh: "{field} 必须是 ≥ 1 的行号列表" },
  "importOpt.textList": { en: "{field} must be a list of texts", zh: "{field} 必须是文本列表" },
  "importOpt.decimal": { en: "import.decimalSeparator is {value}; use \".\" or \",\"", zh: "import.decimalSeparator 为 {value}；请使用 \".\" 或 \",\"" },
  "importOpt.thousands": {
    en: "import.thousandsSeparator is {value}; use \",\", \".\", \" \" or \"'\"",
    zh: "import.thousandsSeparator 为 {value}；请使用 \",\"、\".\"、\" \" 或 \"'\"",
  },
  "importOpt.sameSeparators": {
    en: "import.thousandsSeparator and import.decimalSeparator are both {value}; they must differ",
    zh: "import.thousandsSeparator 和 import.decimalSeparator 都为 {value}；二者必须不同",
  },
  "importOpt.encoding": {
    en: "import.encoding is {value}; use one of {list} (or leave it out: the encoding is detected)",
    zh: "import.encoding 为 {value}；请使用 {list} 之一（或省略此项：编码会自动识别）",
  },
  "importOpt.delimiter": {
    en: "import.delimiter is {value}; use \",\", \";\", \"\\t\" (tab) or \"|\"",
    zh: "import.delimiter 为 {value}；请使用 \",\"、\";\"、\"\\t\"（制表符）或 \"|\"",
  },
  "importOpt.yearFromDate": { en: "import.yearFromDate is {value}; use true or false", zh: "import.yearFromDate 为 {value}；请使用 true 或 false" },
  "configFile.comment": { en: "comment must be a text or a list of texts", zh: "comment 必须是文本或文本列表" },
  "configFile.notFound": { en: "config {name}: file not found ({path})", zh: "配置文件 {name}：找不到文件（{path}）" },
  "configFile.notJson": { en: "config {name}: not valid JSON ({detail})", zh: "配置文件 {name}：不是有效的 JSON（{detail}）" },
  // --- The terminal ----------------------------------------------------------------------------
  "run.leftOut": { en: "left out: {n} {n|row|rows}, {reason}", zh: "剔除 {n} 行：{reason}" },
  "reason.noArea": { en: "no area", zh: "缺少区域" },
  "reason.excluded": { en: "excluded area (aggregate)", zh: "排除的区域（汇总）" },
  "reason.noYear": { en: "no year", zh: "缺少年份" },
  "reason.missingValue": { en: "missing indicator value", zh: "指标值缺失" },
  "run.moreLines": {
    en: "… {n} more {n|line|lines} in the workbook's \"Import log\" sheet",
    zh: "…… 另有 {n} 行，见结果工作簿的“导入日志”工作表",
  },
  "run.highlightIdle": {
    en: "note: --highlight changes nothing here: all {n} {n|area|areas} have their own colour (it picks the coloured areas of charts of more than 10 areas)",
    zh: "注：--highlight 在此不起作用：全部 {n} 个区域都有各自的颜色（它只在超过 10 个区域的图中选择着色的区域）",
  },
  "run.removed": { en: "removed {name}: left in this folder by an earlier, different run", zh: "已删除 {name}：这是之前另一次运行留在此文件夹中的文件" },
  "run.leftAlone": {
    en: "left {name} alone: not written by RECC (this run does not write a file of that name)",
    zh: "未改动 {name}：它不是 RECC 写入的（本次运行不写入同名文件）",
  },
  "run.highlightUnknown": {
    en: "--highlight: no area {names} in the panel (names must match exactly; e.g. {examples})",
    zh: "--highlight：面板数据中没有区域 {names}（名称必须完全一致；例如 {examples}）",
  },
  "run.highlightTooMany": {
    en: "--highlight names {n} areas; at most {max} can have colours distinct from each other and from the grey of the rest",
    zh: "--highlight 指定了 {n} 个区域；最多 {max} 个区域能有彼此不同、也不同于其余灰色的颜色",
  },
  "run.error": { en: "error: {text}", zh: "错误：{text}" },
  // --- The command line (npm run demo -- …) --------------------------------------------------
  "cli.sampleAndData": { en: "give either --sample or --data, not both", zh: "请只给出 --sample 或 --data 之一，不要同时给出" },
  "cli.dataNeedsConfig": {
    en: "--data needs --config FILE.json (columns, roles, directions, subsystems; see README)",
    zh: "--data 需要配合 --config FILE.json（列、系统、指标方向、子系统；见 README）",
  },
  "cli.configNeedsData": {
    en: "--config needs --data FILE.csv|FILE.xlsx (the table the configuration describes); --data is missing",
    zh: "--config 需要配合 --data FILE.csv|FILE.xlsx（配置所描述的数据表）；缺少 --data",
  },
  "cli.lang": { en: "--lang is '{value}'; use en or zh-CN (language tags such as en-US, zh_CN or zh-Hans work too)", zh: "--lang 为 '{value}'；请使用 en 或 zh-CN（也可用 en-US、zh_CN、zh-Hans 等语言标记）" },
  "cli.sample": { en: "--sample is '{value}'; use worldbank or seed", zh: "--sample 为 '{value}'；请使用 worldbank 或 seed" },
  "cli.encoding": { en: "--encoding is '{value}'; use one of {list}", zh: "--encoding 为 '{value}'；请使用 {list} 之一" },
  "cli.outEmpty": {
    en: "--out is empty (an unset variable?); give a folder, e.g. --out . for the current one",
    zh: "--out 为空（是否用了未设置的变量？）；请给出文件夹，例如用 --out . 表示当前文件夹",
  },
  // The usage text (npm run demo -- --help; after a command-line problem).
  "cli.usage": {
    en: "usage: npm run demo -- [--sample worldbank|seed] [--data FILE.csv|FILE.xlsx --config FILE.json] [--out DIR] [--highlight AREA,…] [--lang en|zh-CN] [--encoding ENC] [--quiet]\n\n  (no options)        the bundled World Bank sample → out/recc-results.xlsx, out/coupling-chart.svg, out/trend-chart.svg\n  --sample seed       the seed study's printed S and P → out/seed/seed-study-results.xlsx, out/seed/coupling-chart.svg\n  --data FILE --config FILE.json\n                      your table (.csv or .xlsx) → out/<FILE's name>_<extension>/ (x.csv → out/x_csv/)\n  --out DIR           write into DIR instead\n  --highlight A,B,…   areas to highlight (in colour, labelled) in charts of more than 10 areas\n                      (default: the 5 with the highest C in the latest year)\n  --lang en|zh-CN     language of the workbook (sheet names, headers, labels, About sheet), the charts and\n                      this summary: en (default) or zh-CN (Simplified Chinese, 简体中文). Your own names\n                      (indicators, areas, subsystems) are never translated.\n  --encoding ENC      text encoding of a .csv: utf-8, gb18030, gbk, gb2312, utf-16le or utf-16be.\n                      Default: detected (a byte-order mark, else UTF-8 if the file is valid UTF-8, else\n                      GB18030, which covers GBK from Excel on Chinese Windows); overrides import.encoding\n  --quiet             print only errors and the list of files written\n  -h, --help          this text\n\nRelative paths (FILE, DIR and the default out/) are taken from the folder you ran npm in\n(npm passes it as INIT_CWD), else from the current folder.",
    zh: "用法：npm run demo -- [--sample worldbank|seed] [--data FILE.csv|FILE.xlsx --config FILE.json] [--out DIR] [--highlight AREA,…] [--lang en|zh-CN] [--encoding ENC] [--quiet]\n\n  （不带选项）        内置世界银行样本 → out/recc-results.xlsx、out/coupling-chart.svg、out/trend-chart.svg\n  --sample seed       原研究刊印的 S 和 P → out/seed/seed-study-results.xlsx、out/seed/coupling-chart.svg\n  --data FILE --config FILE.json\n                      您的数据表（.csv 或 .xlsx）→ out/<文件名>_<扩展名>/（x.csv → out/x_csv/）\n  --out DIR           改为写入 DIR\n  --highlight A,B,…   在超过 10 个区域的图中突出显示（彩色并标注）的区域\n                      （默认：最新年份 C 最高的 5 个区域）\n  --lang en|zh-CN     工作簿（工作表名、表头、标签、说明页）、图表和本摘要的语言：en（默认）或\n                      zh-CN（简体中文）。您自己的名称（指标、区域、子系统）从不翻译。\n  --encoding ENC      .csv 的文本编码：utf-8、gb18030、gbk、gb2312、utf-16le 或 utf-16be。\n                      默认自动识别（先看字节顺序标记 BOM，文件是有效的 UTF-8 则为 UTF-8，否则为\n                      GB18030，它涵盖中文版 Windows 上 Excel 保存的 GBK）；优先于 import.encoding\n  --quiet             只输出错误和已写入的文件列表\n  -h, --help          显示本说明\n\n相对路径（FILE、DIR 和默认的 out/）以运行 npm 的文件夹（npm 以 INIT_CWD 传入）为准，\n否则以当前文件夹为准。",
  },
  // --- The output folder (--out) ---------------------------------------------------------------
  "out.isFile": { en: "--out {out} is a file; give a folder", zh: "--out {out} 是文件；请给出文件夹" },
  "out.noPermission": { en: "--out {out}: no permission to write there; give a folder you can write to", zh: "--out {out}：没有写入权限；请给出可写入的文件夹" },
  "out.parentIsFile": { en: "--out {out} cannot be created: {parent} is a file; give a folder", zh: "无法创建 --out {out}：{parent} 是文件；请给出文件夹" },
  "out.parentNoPermission": {
    en: "--out {out} cannot be created: no permission to write in {parent}; give a folder you can write to",
    zh: "无法创建 --out {out}：没有在 {parent} 中写入的权限；请给出可写入的文件夹",
  },
  "out.foreign": {
    en: "--out {out}: {names} {n|is|are} already there and not written by RECC; RECC never overwrites a file it did not write: move or rename {n|it|them}, or give another folder",
    zh: "--out {out}：{names}（{n} 个文件）已存在且不是 RECC 写入的；RECC 从不覆盖不是它写入的文件：请移走或重命名，或给出另一个文件夹",
  },
  "out.code": { en: "--out {out}: {why}", zh: "输出文件夹 --out {out}：{why}" },
  "out.EEXIST": { en: "a file is in the way; give a folder", zh: "路径上有同名文件；请给出文件夹" },
  "out.ENOTDIR": { en: "part of the path is a file, not a folder; give a folder", zh: "路径中有一部分是文件而不是文件夹；请给出文件夹" },
  "out.EISDIR": { en: "an output file's name is taken by a folder inside it; remove that folder", zh: "其中有文件夹与输出文件同名；请删除该文件夹" },
  "out.EACCES": { en: "no permission to write there; give a folder you can write to", zh: "没有写入权限；请给出可写入的文件夹" },
  "out.EROFS": { en: "the file system is read-only; give another folder", zh: "文件系统为只读；请给出另一个文件夹" },
  "out.ENOSPC": { en: "the disk is full", zh: "磁盘已满" },
  "out.ENOENT": {
    en: "cannot create a folder there (the file system refuses it); give another folder",
    zh: "无法在此创建文件夹（文件系统拒绝）；请给出另一个文件夹",
  },
} as const;
