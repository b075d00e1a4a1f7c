/**
 * The demo's importer in Simplified Chinese (issue 11): its stopping errors (file, header, cells,
 * rows), the checks of the configuration's `import` section, the Import log's lines and the unnamed
 * column of the pane's table reader. Oracles: the Chinese texts written out by hand here from the
 * catalog (src/i18n/runner-messages.ts) and the glossary's terms; the English message of the same
 * failure, none of whose words may remain in the Chinese one except the user's names, file names
 * and the option names and values a user types (import.headerRow, ","); and the English texts, which
 * stay as the importer has always written them (test/runner pins many).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { cleanPanel, ImportError, readTableFile, validateImportOptions, type ImportOptions } from "../../src/runner/import-table";
import { loadRunConfig } from "../../src/runner/demo-run";
import { parseIndicatorTable } from "../../src/taskpane/table-parse";
import { pivotPanel, type TrendRequest } from "../../src/taskpane/trend-chart";
import { LocalizedError, MESSAGES, renderMessage } from "../../src/i18n";
import { RUNNER_MESSAGES } from "../../src/i18n/runner-messages";
import { resolved } from "../plan/fixtures";
import { tempDir } from "../runner/helpers";

const RAW = {
  version: 1,
  areaColumn: "城市",
  yearColumn: "年份",
  indicators: [
    { name: "人均GDP", role: "support", direction: 1, subsystem: "经济" },
    { name: "废水排放量", role: "pressure", direction: 1, subsystem: "污染" },
  ],
  weighting: { method: "entropy" },
};
const CONFIG = resolved(RAW);
const HEADER = "城市,年份,人均GDP,废水排放量";
const GOOD = ["北京市,2016,11.8,14.1", "北京市,2017,12.9,14.5", "上海市,2016,11.6,22.1"];

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function importError(name: string, text: string | Buffer, options: ImportOptions = {}): Promise<ImportError> {
  const f = path.join(dir, name);
  fs.writeFileSync(f, text);
  try {
    cleanPanel(await readTableFile(f, options), CONFIG, options, "zh-CN");
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error(`${name}: no error`);
}

/** Words (3+ ASCII letters) of the English message that a Chinese text must not keep. */
function englishWords(english: string, allowed: readonly string[]): string[] {
  const keep = new Set(allowed.flatMap((a) => a.match(/[A-Za-z]{3,}/g) ?? []));
  return [...new Set(english.match(/[A-Za-z]{3,}/g) ?? [])].filter((w) => !keep.has(w));
}

/** The user's names, files and the option names and values that stay as typed. */
const TYPED = ["人均GDP", "csv", "xlsx", "CSV", "UTF", "import.headerRow", "import.sheet", "import.delimiter", "import.decimalSeparator", "import.thousandsSeparator", "import.yearFromDate", "import.excludeAreas", "import.encoding", "import.skipRows", "import.missingValues", "--encoding", "gb18030 gbk gb2312 utf-16le utf-16be", "true false", "NaN", "Excel DIV"];

/** English words of `english` (3+ letters, not typed by the user) that are words of `chinese` too. */
function leaked(english: string, chinese: string, allowed: readonly string[]): string[] {
  const words = new Set(chinese.match(/[A-Za-z]{3,}/g) ?? []);
  return englishWords(english, allowed).filter((w) => words.has(w));
}

/** Expects the Chinese text, and that none of the English message's own words remain in it. */
function expectChinese(e: LocalizedError, zh: string, extra: readonly string[] = []): void {
  expect(e.text("zh-CN")).toBe(zh);
  const allowed = [...TYPED, ...extra, e instanceof ImportError ? e.file : ""];
  expect(leaked(e.message, zh, allowed)).toEqual([]);
  // The English words really are there to leak: the check can fail.
  expect(englishWords(e.message, allowed).length).toBeGreaterThanOrEqual(3);
}

describe("the importer's stopping errors in zh-CN", () => {
  test("a file that is not there", async () => {
    const missing = path.join(dir, "不存在.csv");
    const e = await readTableFile(missing).catch((x: ImportError) => x);
    expect(e).toBeInstanceOf(ImportError);
    expect((e as ImportError).message).toBe(`不存在.csv: file not found (${missing})`);
    expectChinese(e as ImportError, `不存在.csv：找不到文件（${missing}）`, [missing]);
  });

  test("a column not in the header, with the near name", async () => {
    const e = await importError("near.csv", `城市,年份,人均gdp,废水排放量\n${GOOD.join("\n")}\n`);
    expect(e.message).toBe(
      "near.csv, column '人均GDP': no such column; did you mean '人均gdp'? names must match exactly, including case; the header (row 1, fields separated by ',') has: 城市, 年份, 人均gdp, 废水排放量",
    );
    expectChinese(e, "near.csv，列 '人均GDP'：没有这一列；是否应为 '人均gdp'？名称必须完全一致，包括大小写；表头（第 1 行，字段以 ',' 分隔）为：城市, 年份, 人均gdp, 废水排放量", ["人均gdp"]);
  });

  test("two columns missing under a title row, with the tip to set import.headerRow", async () => {
    const e = await importError("title.csv", `2016 年城市数据,,,\n${HEADER}\n${GOOD.join("\n")}\n`);
    expect(e.message).toMatch(/^title\.csv: no columns '城市', '年份', '人均GDP', '废水排放量'; the header \(row 1, fields separated by ','\) has: '2016 年城市数据'\. row 1 looks like a title row/);
    expectChinese(
      e,
      "title.csv：没有列 '城市'、'年份'、'人均GDP'、'废水排放量'；表头（第 1 行，字段以 ',' 分隔）为：'2016 年城市数据'。第 1 行看起来是标题行（只有一个非空单元格）；请将 import.headerRow 设为列名所在的行",
    );
  });

  test("a cell that is not a number (a percent sign; a decimal comma)", async () => {
    const pct = await importError("pct.csv", `${HEADER}\n${GOOD[0]}\n北京市,2017,12%,14.5\n`);
    expect(pct.message).toBe("pct.csv, row 3, column '人均GDP': is '12%' with a percent sign; give the number only");
    expectChinese(pct, "pct.csv，第 3 行，列 '人均GDP'：为带百分号的 '12%'；请只填数字");
    const comma = await importError("comma.csv", `${HEADER}\n${GOOD[0]}\n北京市,2017,"12,9",14.5\n`);
    expect(comma.message).toBe(`comma.csv, row 3, column '人均GDP': is the text '12,9', not a number (a decimal comma? set import.decimalSeparator to "," to read it)`);
    expectChinese(comma, `comma.csv，第 3 行，列 '人均GDP'：为文本 '12,9'，不是数字（是小数逗号吗？请将 import.decimalSeparator 设为 "," 以读取）`);
  });

  test("a year that is a date, a repeated area and year, too few rows", async () => {
    const date = await importError("date.csv", `${HEADER}\n${GOOD[0]}\n北京市,2017-12-31,12.9,14.5\n`);
    expectChinese(date, "date.csv，第 3 行，列 '年份'：年份为日期（2017-12-31），不是数字；若要读取其年份（2017），请将 import.yearFromDate 设为 true");
    const twice = await importError("twice.csv", `${HEADER}\n${GOOD.join("\n")}\n${GOOD[0]}\n`);
    expect(twice.message).toBe("twice.csv, row 5, column '年份': 北京市 2016 appears twice (first in row 2)");
    expectChinese(twice, "twice.csv，第 5 行，列 '年份'：北京市 2016 出现了两次（首次出现在第 2 行）");
    const few = await importError("few.csv", `${HEADER}\n${GOOD[0]}\n北京市,2017,,14.5\n`);
    expect(few.message).toBe("few.csv: only 1 complete row remains after cleaning; the method needs at least 2");
    expectChinese(few, "few.csv：清理后只剩 1 行完整数据；该方法至少需要 2 行");
  });

  test("a file in no known encoding, and a broken quote", async () => {
    const bad = await importError("bytes.csv", Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0xff, 0xfe, 0x81, 0x20, 0x0a]));
    expectChinese(
      bad,
      "bytes.csv：无法读取：文件既不是 UTF-8，也不是 gb18030（先按 UTF-8、再按 gb18030 尝试）；请用 --encoding 给出文件的编码（utf-8, gb18030, gbk, gb2312, utf-16le, utf-16be），或将文件另存为 CSV UTF-8",
    );
    const quote = await importError("quote.csv", `${HEADER}\n"北京市,2016,1,2\n`);
    expect(quote.message).toBe("quote.csv, row 2: CSV quoting error: Quoted field unterminated");
    expectChinese(quote, "quote.csv，第 2 行：CSV 引号错误：带引号的字段缺少结束引号");
  });
});

describe("the Import log in zh-CN", () => {
  test("rows left out, a number read with a note and an unused duplicate column: Chinese, the user's names as typed", async () => {
    const f = path.join(dir, "log.csv");
    fs.writeFileSync(f, `${HEADER},备注,备注\n${GOOD.map((r) => `${r},a,b`).join("\n")}\n全国,2016,1,2,a,b\n,2016,1,2,a,b\n广州市,2016,NA,2,a,b\n广州市,2017,012,#DIV/0!,a,b\n`);
    const options = { excludeAreas: ["全国"] };
    const table = await readTableFile(f, options);
    const zh = cleanPanel(table, CONFIG, options, "zh-CN").messages;
    const en = cleanPanel(table, CONFIG, options, "en").messages;
    expect(zh).toEqual([
      "表头：第 5 列（E）和第 6 列（F）都名为 '备注'；配置未用到这个名称，因此都不读取",
      "第 5 行：已剔除，'全国' 列在 import.excludeAreas 中",
      "第 6 行：已剔除，区域（'城市'）为空白",
      "第 7 行（广州市 2016）：已剔除，人均GDP 为 'NA'（缺失值绝不按 0 读取）",
      "第 8 行（广州市 2017），列 '人均GDP'：有前导零：'012' 读作 12",
      "第 8 行（广州市 2017）：已剔除，废水排放量 为 Excel 错误值 #DIV/0!（缺失值绝不按 0 读取）",
    ]);
    // English as before (the oracle of the English texts: test/runner/import-table.test.ts).
    expect(en[3]).toBe("row 7 (广州市 2016): left out, 人均GDP is 'NA' (a missing value is never read as 0)");
    for (const [k, line] of zh.entries()) {
      expect(leaked(en[k], line, TYPED)).toEqual([]);
    }
  });
});

describe("the configuration's import section in zh-CN", () => {
  const BAD = { headerRow: 0, skipRows: "2", excludeAreas: [1], decimalSeparator: ";", thousandsSeparator: ".", encoding: "latin1", delimiter: ":", yearFromDate: "yes", sheets: "数据" };

  test("every check in Chinese, field names and values as typed", () => {
    expect(validateImportOptions(BAD, "zh-CN")).toEqual([
      "import.sheets 不是已知字段；是否应为 'sheet'？（已知字段：sheet, headerRow, skipRows, excludeAreas, missingValues, decimalSeparator, thousandsSeparator, yearFromDate, encoding, delimiter）",
      "import.headerRow 为 0；请给出 ≥ 1 的行号",
      "import.skipRows 必须是 ≥ 1 的行号列表",
      "import.excludeAreas 必须是文本列表",
      `import.decimalSeparator 为 ";"；请使用 "." 或 ","`,
      `import.encoding 为 "latin1"；请使用 utf-8, gb18030, gbk, gb2312, utf-16le, utf-16be 之一（或省略此项：编码会自动识别）`,
      `import.delimiter 为 ":"；请使用 ","、";"、"\\t"（制表符）或 "|"`,
      `import.yearFromDate 为 "yes"；请使用 true 或 false`,
    ]);
    expect(validateImportOptions([], "zh-CN")).toEqual(["import 必须是对象"]);
    expect(validateImportOptions({ thousandsSeparator: "." }, "zh-CN")).toEqual([`import.thousandsSeparator 和 import.decimalSeparator 都为 "."；二者必须不同`]);
    // English as before.
    expect(validateImportOptions(BAD)[1]).toBe("import.headerRow is 0; give a row number ≥ 1");
    expect(validateImportOptions({ thousandsSeparator: "." })).toEqual([`import.thousandsSeparator and import.decimalSeparator are both "."; they must differ`]);
  });

  test("a config file with a bad import section and comment: all problems in Chinese", () => {
    const f = path.join(dir, "配置.json");
    fs.writeFileSync(f, JSON.stringify({ ...RAW, import: { headerRow: "一" }, comment: 3 }));
    expect(() => loadRunConfig(f, "zh-CN")).toThrow('配置文件 配置.json 有 2 个问题：\n  - import.headerRow 为 "一"；请给出 ≥ 1 的行号\n  - comment 必须是文本或文本列表');
    const missing = path.join(dir, "无.json");
    const e = (() => {
      try {
        loadRunConfig(missing, "zh-CN");
      } catch (x) {
        return x as LocalizedError;
      }
      throw new Error("no error");
    })();
    expect(e.message).toBe(`config 无.json: file not found (${missing})`);
    expectChinese(e, `配置文件 无.json：找不到文件（${missing}）`, [missing]);
  });
});

describe("the runner's catalog", () => {
  test("is part of the message catalog, and every Chinese text is Chinese (no English sentence left)", () => {
    for (const [id, entry] of Object.entries(RUNNER_MESSAGES)) {
      expect(MESSAGES[id as keyof typeof MESSAGES]).toBe(entry);
      // Words outside the arguments: the Chinese may keep only names a user types (import.x, --out, CSV…).
      const words = entry.zh
        .replace(/\{[^}]*\}/g, "")
        .replace(/(--|import\.|weighting\.)[A-Za-z.]+/g, "")
        // The command line's syntax: file and folder names, option values, the command, placeholders in capitals.
        .replace(/[\w<>*]*[./|_<-][\w./|<>*-]*/g, "")
        .replace(/\bnpm run demo\b|\b[A-Z]{2,}\b|\bworldbank\b|\bseed\b/g, "");
      const english = (words.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !["CSV", "UTF", "BOM", "xlsx", "csv", "Excel", "RECC", "NaN", "true", "false", "JSON", "import", "comment", "gbk", "npm", "Windows"].includes(w));
      expect({ id, english }).toEqual({ id, english: [] });
    }
  });

  test("renders the runner's plurals in English and none in Chinese", () => {
    expect(renderMessage({ id: "run.leftOut", args: { n: 1, reason: "no year" } }, "en")).toBe("left out: 1 row, no year");
    expect(renderMessage({ id: "run.leftOut", args: { n: 3, reason: { id: "reason.noYear", args: {} } } }, "zh-CN")).toBe("剔除 3 行：缺少年份");
  });
});

describe("an unnamed column in the pane (a header cell left empty)", () => {
  const values = [
    ["area", "year", "", "P"],
    ["A", 2016, 1, 2],
    ["B", 2016, 3, 4],
  ];

  test("is 第3列 in zh-CN and Column 3 in English", () => {
    expect(parseIndicatorTable("Data!A1:D3", values, "zh-CN").headers).toEqual(["area", "year", "第3列", "P"]);
    expect(parseIndicatorTable("Data!A1:D3", values).headers).toEqual(["area", "year", "Column 3", "P"]);
  });

  test("names the trend chart of an unlabelled value column", () => {
    const req = (locale: "en" | "zh-CN"): TrendRequest => ({
      areas: { address: "Data!A2:A3", values: [["A"], ["B"]] },
      years: { address: "Data!B2:B3", values: [[2016], [2017]] },
      values: { address: "Data!C2:C3", values: [[1], [2]] },
      labelsInFirstRow: false,
      output: { kind: "newSheet" },
      locale,
    });
    expect(pivotPanel(req("zh-CN"))[0].label).toBe("第1列");
    expect(pivotPanel(req("en"))[0].label).toBe("Column 1");
  });
});
