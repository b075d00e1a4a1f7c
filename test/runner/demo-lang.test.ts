/**
 * `npm run demo -- --lang zh-CN` (issue 11): the workbook (sheet names, headers, labels, region
 * labels, About sheet), both charts (titles, axis titles, legend, the average's definition) and the
 * terminal summary in Simplified Chinese, with the glossary's terms; users' names (areas, indicators,
 * subsystems) as typed; English unchanged and the default. Oracle: src/i18n/glossary.ts (the terms)
 * and the fixture's own names (test/runner/fixtures/cities-utf8.csv).
 */
import * as fs from "fs";
import * as path from "path";
import { GLOSSARY, REGION_TERMS, term } from "../../src/i18n";
import { main } from "../../src/runner/demo";
import { runDemo } from "../../src/runner/demo-run";
import { FONT } from "../../src/runner/charts-svg";
import { localizeTables } from "../../src/runner/localize";
import { captureStream, readWorkbook, SAMPLES, tempDir } from "./helpers";

jest.setTimeout(120000);

const FIX = path.join(__dirname, "fixtures");
const ZH_REGIONS = REGION_TERMS.map((k) => term(k, "zh-CN"));

interface Run {
  lines: string[];
  sheets: { sheet: string; data: unknown[][] }[];
  coupling: string;
  trend: string;
}

async function demo(out: string, lang?: "en" | "zh-CN"): Promise<Run> {
  const lines: string[] = [];
  await runDemo({ data: path.join(FIX, "cities-gbk.csv"), config: path.join(FIX, "cities.config.json"), out, lang, log: (l) => lines.push(l), samplesDir: SAMPLES });
  return {
    lines,
    sheets: await readWorkbook(path.join(out, "recc-results.xlsx")),
    coupling: fs.readFileSync(path.join(out, "coupling-chart.svg"), "utf8"),
    trend: fs.readFileSync(path.join(out, "trend-chart.svg"), "utf8"),
  };
}

const dir = tempDir();
let zh: Run;
let en: Run;
let enDefault: Run;
beforeAll(async () => {
  zh = await demo(path.join(dir, "zh"), "zh-CN");
  en = await demo(path.join(dir, "en"), "en");
  enDefault = await demo(path.join(dir, "default"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sheet = (r: Run, name: string) => r.sheets.find((s) => s.sheet === name)!.data;

describe("--lang zh-CN: the workbook", () => {
  test("sheet names are Chinese", () => {
    expect(zh.sheets.map((s) => s.sheet)).toEqual(["说明", "数据", "结果", "权重", "子系统权重", "标准化值", "障碍度", "主要障碍因子", "子系统障碍度", "导入日志"]);
  });

  test("headers and region labels use the glossary's terms; areas and indicators stay as typed", () => {
    const results = sheet(zh, "结果");
    expect(results[0]).toEqual(["城市", "年份", "S", "P", "C", GLOSSARY.grade.zh, GLOSSARY.couplingRegion.zh, "#1", "#2"]);
    const regionCol = results[0].indexOf(GLOSSARY.couplingRegion.zh);
    for (const row of results.slice(1)) expect(ZH_REGIONS).toContain(row[regionCol]);
    expect(results.slice(1).map((r) => r[0])).toEqual(expect.arrayContaining(["北京市", "呼和浩特市"]));
    const weights = sheet(zh, "权重");
    expect(weights[0]).toEqual(["指标", "系统", "指标方向", "子系统", "熵权", "采用的权重（entropy）"]);
    expect(weights.slice(1).map((r) => [r[0], r[1], r[3]])).toEqual([
      ["人均GDP", "支撑系统", "经济"],
      ["绿化覆盖率", "支撑系统", "生态"],
      ["废水排放量", "压力系统", "污染"],
      ["能源消耗量", "压力系统", "资源"],
    ]);
  });

  test("the About sheet's labels are Chinese (the configuration's field names stay: they are what the user types)", () => {
    const about = sheet(zh, "说明");
    const labels = about.map((r) => r[0]);
    for (const l of ["资源环境承载力评价结果", "数据文件", "面板数据行数", "剔除的行数", "数据来源", "分析方案", "障碍度", "趋势图", "配置", "配置（JSON）"]) expect(labels).toContain(l);
    expect(about.find((r) => r[0] === "趋势图")![1]).toMatch(/^平均值：每年全部 5 个区域的算术平均/);
    expect(sheet(zh, "导入日志")[0]).toEqual(["信息"]);
  });
});

describe("--lang zh-CN: the charts", () => {
  test("coupling chart: Chinese title, axis titles and region names, in a font stack covering CJK", () => {
    for (const text of ["支撑系统与压力系统的耦合关系", "支撑指数 S", "压力指数 P", ...ZH_REGIONS]) expect(zh.coupling).toContain(text);
    for (const text of ["Support index S", "Pressure index P", "high-value surplus"]) expect(zh.coupling).not.toContain(text);
    for (const font of ["Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "sans-serif"]) expect(FONT).toContain(font);
    expect(zh.coupling).toContain(FONT);
    // Legend: the users' area names as typed.
    expect(zh.coupling).toContain(">呼和浩特市<");
  });

  test("trend chart: Chinese title, panel titles, legend and the average's definition", () => {
    for (const text of ["各区域 C、S、P 的变化趋势", "承载力指数 C = P/S", "支撑指数 S", "压力指数 P", ">平均值<", "5 个区域，2016–2017", "每年全部 5 个区域的算术平均"]) expect(zh.trend).toContain(text);
    for (const text of [">Average<", "Trends of C, S and P", "Support index S"]) expect(zh.trend).not.toContain(text);
  });
});

test("--lang zh-CN: the terminal summary is Chinese, with the areas as typed", () => {
  const text = zh.lines.join("\n");
  for (const s of ["[1/5] 读取配置 cities.config.json", "按 gb18030 编码读取", "[4/5] 写入结果工作簿", "[5/5] 绘制耦合图和趋势图（SVG）", "2017 年（面板数据的最新年份）"]) expect(text).toContain(s);
  const header = zh.lines.find((l) => l.startsWith("#  "))!;
  expect(header).toMatch(/^#\s+区域\s+C\s+S\s+P\s+等级\s+耦合区域\s+主要障碍因子（支撑）$/);
  expect(zh.lines.some((l) => /^\d\s+呼和浩特市\s/.test(l))).toBe(true);
});

test("English is the default and --lang en changes nothing", () => {
  expect(enDefault.sheets).toEqual(en.sheets);
  // ECharts numbers its instances and style classes (zr3-cls-9…) within a process; the rest is the same.
  const same = (svg: string) => svg.replace(/zr\d+-(cls-|c)?\d+/g, "zr");
  expect(same(enDefault.coupling)).toBe(same(en.coupling));
  expect(same(enDefault.trend)).toBe(same(en.trend));
  expect(enDefault.lines).toEqual(en.lines);
  expect(en.sheets.map((s) => s.sheet)).toEqual(["About", "Data", "Results", "Weights", "Subsystem weights", "Normalized", "Obstacle degrees", "Top obstacles", "Subsystem obstacles", "Import log"]);
  expect(sheet(en, "Results")[0]).toEqual(["城市", "年份", "S", "P", "C", "Grade", "Region", "#1", "#2"]);
  expect(en.coupling).toContain("Support index S");
  expect(en.trend).toContain(">Average<");
  expect(en.lines).toContain("[4/5] writing the results workbook");
});

describe("the command line", () => {
  const capture = captureStream;

  test("--help documents --lang and --encoding", async () => {
    const out = capture(process.stdout);
    try {
      expect(await main(["--help"])).toBe(0);
    } finally {
      out.restore();
    }
    expect(out.text()).toContain("--lang en|zh-CN");
    expect(out.text()).toContain("--encoding ENC");
    expect(out.text()).toMatch(/GB18030/);
  });

  test("--lang accepts zh_CN and ZH-cn as zh-CN (POSIX spelling, any case)", async () => {
    const helpIn = async (lang: string) => {
      const out = capture(process.stdout);
      try {
        expect(await main(["--lang", lang, "--help"])).toBe(0);
      } finally {
        out.restore();
      }
      return out.text();
    };
    const zh = await helpIn("zh-CN");
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(await helpIn("zh_CN")).toBe(zh);
    expect(await helpIn(" ZH-cn ")).toBe(zh);
    // Simplified Chinese tags by the add-in's own rule (resolveLocale), English ones as en.
    for (const tag of ["zh", "zh-Hans", "zh-SG", "zh-Hans-CN"]) expect(await helpIn(tag)).toBe(zh);
    for (const tag of ["en-US", "en_GB"]) expect(await helpIn(tag)).toMatch(/^usage: npm run demo/);
    const en = await helpIn("EN");
    expect(en).toMatch(/^usage: npm run demo/);
    expect(en).not.toBe(zh);
  });

  test("a bad --lang or --encoding exits 2 naming the choices", async () => {
    const err = capture(process.stderr);
    try {
      expect(await main(["--lang", "fr"])).toBe(2);
      // Traditional Chinese is not offered (the terms are mainland Simplified ones): refused, not English.
      expect(await main(["--lang", "zh-TW"])).toBe(2);
      expect(await main(["--lang", ""])).toBe(2);
      expect(await main(["--encoding", "big5"])).toBe(2);
    } finally {
      err.restore();
    }
    expect(err.text()).toContain("--lang is 'fr'; use en or zh-CN");
    expect(err.text()).toContain("--lang is 'zh-TW'; use en or zh-CN");
    expect(err.text()).toContain("--encoding is 'big5'; use one of utf-8, gb18030, gbk, gb2312, utf-16le, utf-16be");
  });
});

test("localizeTables: columns of region or coordination-class labels become Chinese; a user's column with other names stays", () => {
  const tables = localizeTables(
    [
      {
        sheet: "Results",
        rows: [
          ["area", "D", "Class", "note"],
          ["high-value load", 0.55, "barely coordinated", "high-value load"],
          ["X", 0.95, "high-quality coordination", "typed by the user"],
        ],
      },
    ],
    "zh-CN",
  );
  expect(tables[0].sheet).toBe("结果");
  // Column 0 and 3 mix labels with the user's own names: never translated.
  expect(tables[0].rows.slice(1)).toEqual([
    ["high-value load", 0.55, term("barelyCoordinated", "zh-CN"), "high-value load"],
    ["X", 0.95, term("highQualityCoordination", "zh-CN"), "typed by the user"],
  ]);
  expect(localizeTables(tables, "en")).toBe(tables);
});

test("--sample seed --lang zh-CN: the seed study's chart and figures in Chinese, area names as printed", async () => {
  const out = path.join(dir, "seed");
  await runDemo({ sample: "seed", out, lang: "zh-CN", log: () => undefined, samplesDir: SAMPLES });
  const svg = fs.readFileSync(path.join(out, "coupling-chart.svg"), "utf8");
  for (const text of ["支撑系统与压力系统的耦合关系：稀土矿区", "支撑指数 S", "压力指数 P", "Bayan Obo"]) expect(svg).toContain(text);
  const sheets = await readWorkbook(path.join(out, "seed-study-results.xlsx"));
  expect(sheets.map((s) => s.sheet)).toEqual(["原文数据", "说明"]);
  expect(sheets[0].data[0]).toEqual(["区域", "年份", "S", "P", "刊印的 C", "C = P/S", "等级", "耦合区域"]);
  expect(sheets[0].data[1][7]).toBe("低值盈余区");
});
