/**
 * `npm run demo -- --lang zh-CN` with every block the configuration can ask for (issue 11): AHP at
 * the indicator level with an inconsistent comparison (the judgements to revisit), CRITIC and the
 * game-theory combination, CCD and TOPSIS, and a table with rows left out. Every sheet name, header
 * and label of the workbook, every terminal line and the stopping error are Chinese. Oracles: the
 * glossary (src/i18n/glossary.ts) for the terms; the English run of the same input, whose words
 * must not remain in the Chinese run except the user's own names and the option names and values
 * a user types in the configuration (the About sheet's field paths, "combined", "critic"…).
 */
import * as fs from "fs";
import * as path from "path";
import { GLOSSARY as G, COORDINATION_TERMS, sheetText, term } from "../../src/i18n";
import { main } from "../../src/runner/demo";
import { runDemo } from "../../src/runner/demo-run";
import { captureStream, readWorkbook, SAMPLES, tempDir } from "./helpers";

jest.setTimeout(120000);

const SUPPORT = ["人均GDP", "绿化覆盖率", "人均绿地"];
const PRESSURE = ["废水排放量", "能源消耗量"];
const CITIES = ["北京市", "上海市", "广州市", "深圳市", "呼和浩特市", "乌鲁木齐市"];
const CONFIG = {
  version: 1,
  areaColumn: "城市",
  yearColumn: "年份",
  indicators: [
    ...SUPPORT.map((name, i) => ({ name, role: "support", direction: 1, subsystem: ["经济", "生态", "生态"][i] })),
    ...PRESSURE.map((name, i) => ({ name, role: "pressure", direction: 1, subsystem: ["污染", "资源"][i] })),
  ],
  weighting: {
    method: "combined",
    objective: "critic",
    // The support comparison is inconsistent (9, 9 and 1/9 round a cycle): the AHP sheet lists the judgements to revisit.
    ahp: { level: "indicator", matrices: { support: [[1, 9, "1/9"], [null, 1, 9], [null, null, 1]], pressure: [[1, 2], [null, 1]] } },
    combine: { method: "game" },
  },
  ccd: {},
  topsis: {},
  import: { excludeAreas: ["全国"] },
};

/** 6 cities × 2 years of values from a fixed formula (no randomness), plus rows the importer leaves out. */
function csv(): string {
  const rows = [["城市", "年份", ...SUPPORT, ...PRESSURE].join(",")];
  CITIES.forEach((c, i) =>
    [2016, 2017].forEach((y, t) => rows.push([c, y, ...[0, 1, 2, 3, 4].map((j) => (((i + 2) * (j + 3) * 7 + t * (j + 1) * 5) % 97) + 1)].join(","))),
  );
  rows.push("全国,2016,1,2,3,4,5", ",2017,1,2,3,4,5", "拉萨市,2016,NA,2,3,4,5");
  for (let k = 0; k < 5; k++) rows.push(`城${k},2017,,2,3,4,5`);
  return `${rows.join("\n")}\n`;
}

interface Run {
  lines: string[];
  sheets: { sheet: string; data: unknown[][] }[];
}

const dir = tempDir();
const data = path.join(dir, "城市.csv");
const config = path.join(dir, "城市.config.json");
let zh: Run;
let en: Run;

async function demo(lang: "en" | "zh-CN"): Promise<Run> {
  const lines: string[] = [];
  const out = path.join(dir, lang);
  await runDemo({ data, config, out, lang, log: (l) => lines.push(l), samplesDir: SAMPLES });
  return { lines, sheets: await readWorkbook(path.join(out, "recc-results.xlsx")) };
}

beforeAll(async () => {
  fs.writeFileSync(data, csv());
  fs.writeFileSync(config, JSON.stringify(CONFIG, null, 2));
  zh = await demo("zh-CN");
  en = await demo("en");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sheet = (r: Run, name: string) => r.sheets.find((s) => s.sheet === name)!.data;

/** The user's own names, the file's, and words a user types (option names and values, symbols of the method). */
const TYPED = new Set(
  [
    ...SUPPORT,
    ...PRESSURE,
    "城市.csv",
    "城市.config.json",
    // Option names and values of the configuration (import.excludeAreas, weighting.ahp.matrices.support).
    "excludeAreas",
    "weighting.ahp.matrices.support",
    // The grades I–IX of the seed study's Table 3 stay numerals; AHP, Saaty and λmax as Chinese publications write them.
    "III VIII",
    "AHP",
    "Saaty",
    "λmax",
    "RECC",
    "TOPSIS",
    "CRITIC",
    "lambda_max",
    "lang",
    "topK",
    "combined",
    "critic",
    "game",
    "indicator",
    "eigen",
    "saaty",
    "standard",
    "vector",
    "area",
    "import",
  ].flatMap((w) => w.match(/[A-Za-z_]{3,}/g) ?? []),
);

/** Words (3+ ASCII letters) in the texts of a run's workbook that no user typed, per sheet. */
function englishIn(run: Run, skip: (sheet: string, row: unknown[]) => boolean): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const s of run.sheets) {
    const words = new Set<string>();
    for (const row of s.data) {
      if (skip(s.sheet, row)) continue;
      for (const c of row) if (typeof c === "string") for (const w of c.match(/[A-Za-z_]{3,}/g) ?? []) if (!TYPED.has(w)) words.add(w);
    }
    if (words.size > 0) found[s.sheet] = [...words].sort();
  }
  return found;
}

describe("--lang zh-CN with AHP, CRITIC, game theory, CCD and TOPSIS", () => {
  test("every sheet name is Chinese (CCD and TOPSIS too)", () => {
    expect(zh.sheets.map((s) => s.sheet)).toEqual([
      "说明",
      "数据",
      "结果",
      "权重",
      "子系统权重",
      G.ahp.zh,
      "标准化值",
      G.obstacleDegree.zh,
      G.topObstacles.zh,
      G.subsystemObstacleDegree.zh,
      G.ccd.zh,
      G.topsisCloseness.zh,
      "导入日志",
    ]);
    expect(en.sheets.map((s) => s.sheet)).toContain("CCD");
    expect(en.sheets.map((s) => s.sheet)).toContain("TOPSIS");
  });

  test("no English word is left in any sheet; the English run of the same input has many (the check can fail)", () => {
    // The About sheet's configuration rows are field paths and values as the configuration file writes them,
    // and its first value is RECC's signature (the same in every language).
    const about = (r: Run) => {
      const rows = sheet(r, r === zh ? "说明" : "About");
      const from = rows.findIndex((row) => row[0] === (r === zh ? "配置" : "Configuration"));
      return (name: string, row: unknown[]) => (name === "说明" || name === "About") && (rows.indexOf(row) >= from || rows.indexOf(row) === 0);
    };
    expect(englishIn(zh, about(zh))).toEqual({});
    const english = Object.values(englishIn(en, about(en))).flat();
    for (const w of ["Coupling", "Comprehensive", "Coordination", "closeness", "rank", "weight", "direction", "consistent", "Judgements", "suggested", "Subsystem", "level"]) {
      expect(english).toContain(w);
    }
  });

  test("CCD and TOPSIS headers and labels use the glossary's terms; classes are the glossary's", () => {
    expect(sheet(zh, G.ccd.zh)[0]).toEqual(["城市", "年份", "S", "P", `${G.couplingDegree.zh} C`, `${G.comprehensiveIndex.zh} T`, `${G.ccd.zh} D`, G.coordinationClass.zh]);
    const classes = COORDINATION_TERMS.map((k) => term(k, "zh-CN"));
    for (const row of sheet(zh, G.ccd.zh).slice(1)) expect(classes).toContain(row[7]);
    const topsis = sheet(zh, G.topsisCloseness.zh);
    expect(topsis[0].slice(0, 4)).toEqual(["城市", "年份", G.topsisCloseness.zh, sheetText("topsis.rankInYearHeader", "zh-CN")]);
    expect(topsis.map((r) => r[0]).slice(-3)).toEqual([G.indicator.zh, `TOPSIS ${G.weight.zh}`, `TOPSIS ${G.direction.zh}`]);
    expect(sheet(zh, "权重")[0][4]).toBe(G.criticWeight.zh);
    // The numbers are the English run's.
    expect(sheet(zh, G.ccd.zh).slice(1)).toEqual(sheet(en, "CCD").slice(1).map((r) => [...r.slice(0, 7), term(COORDINATION_TERMS[classIndex(String(r[7]))], "zh-CN")]));
  });

  test("the AHP sheet: headings, consistency measures and the judgements to revisit in Chinese, the items as typed", () => {
    const ahp = sheet(zh, G.ahp.zh);
    expect(ahp[0].slice(0, 5)).toEqual([`${G.supportSystem.zh}（${G.indicator.zh}层）`, ...SUPPORT, `${G.ahp.zh}${G.weight.zh}`]);
    const labels = ahp.map((r) => r[0]);
    for (const l of [`${G.lambdaMax.zh} λmax`, `${G.consistencyIndex.zh} CI`, `${G.randomIndex.zh} RI`, `${G.consistencyRatio.zh} CR`, G.consistent.zh]) expect(labels).toContain(l);
    const revisit = ahp.findIndex((r) => r[0] === `需复核的${G.judgement.zh}`);
    expect(ahp[revisit]).toEqual([`需复核的${G.judgement.zh}`, "行", "列", "当前值", "建议值", "修改后 CR"]);
    expect(String(ahp[revisit + 1][0])).toMatch(new RegExp(`^(${SUPPORT.join("|")}) 对 (${SUPPORT.join("|")})$`));
    expect(labels).toContain(`${G.pressureSystem.zh}（${G.indicator.zh}层）`);
  });

  test("the About sheet's indicator rows and the pane's sheet name are Chinese", () => {
    const about = sheet(zh, "说明");
    expect(about.find((r) => r[0] === "indicators[0]")![1]).toBe(`人均GDP — ${G.supportSystem.zh}，${G.direction.zh} +1，${G.subsystem.zh} 经济`);
    expect(about.find((r) => r[0] === "分析方案")![1]).toContain("'RECC 分析'");
  });

  test("the terminal: rows left out, the lines past the first five and every other line in Chinese", () => {
    const text = zh.lines.join("\n");
    for (const s of ["剔除 1 行：排除的区域（汇总）", "剔除 1 行：缺少区域", "剔除 6 行：指标值缺失", "…… 另有 3 行，见结果工作簿的“导入日志”工作表"]) expect(text).toContain(s);
    expect(en.lines.join("\n")).toContain(`… 3 more lines in the workbook's "Import log" sheet`);
    const words = new Set((text.match(/[A-Za-z_]{3,}/g) ?? []).filter((w) => !TYPED.has(w) && !["CSV", "SVG", "NA", "xlsx", "svg"].includes(w)));
    expect([...words]).toEqual([]);
    expect(new Set(en.lines.join("\n").match(/[A-Za-z]{3,}/g)).size).toBeGreaterThan(30);
  });
});

test("the three charts' texts are Chinese: titles, axes, legend, the paths' note", () => {
  const texts = (lang: string, file: string) =>
    [...fs.readFileSync(path.join(dir, lang, file), "utf8").matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1].replace(/&#39;/g, "'"));
  for (const file of ["coupling-chart.svg", "trend-chart.svg", "ccd-trend-chart.svg"]) {
    const words = new Set(texts("zh-CN", file).flatMap((t) => t.match(/[A-Za-z_]{3,}/g) ?? []).filter((w) => !TYPED.has(w) && !["III", "VII", "VIII", "csv"].includes(w)));
    expect({ file, words: [...words] }).toEqual({ file, words: [] });
    expect(new Set(texts("en", file).flatMap((t) => t.match(/[A-Za-z]{3,}/g) ?? [])).size).toBeGreaterThan(8);
  }
  expect(texts("zh-CN", "coupling-chart.svg")).toContain(`细线：各${G.area.zh}逐年的轨迹（2016–2017 年），箭头指向其最后一年`);
  expect(texts("en", "coupling-chart.svg")).toContain("thin lines: each area's path through the years (2016–2017), arrow at its last year");
});

function classIndex(english: string): number {
  return COORDINATION_TERMS.findIndex((k) => term(k, "en") === english);
}

test("npm run demo -- --lang zh-CN: a stopping error of the importer is printed in Chinese", async () => {
  const broken = path.join(dir, "缺列.csv");
  fs.writeFileSync(broken, csv().replace("人均GDP", "人均gdp"));
  const err = captureStream(process.stderr);
  const out = captureStream(process.stdout);
  let code: number;
  try {
    code = await main(["--lang", "zh-CN", "--quiet", "--data", broken, "--config", config, "--out", path.join(dir, "err")]);
  } finally {
    err.restore();
    out.restore();
  }
  expect(code).toBe(1);
  expect(err.text()).toMatch(/^错误：缺列\.csv，列 '人均GDP'：没有这一列；是否应为 '人均gdp'？名称必须完全一致，包括大小写；表头（第 1 行，字段以 ',' 分隔）为：/);
  expect(err.text()).not.toMatch(/error|no such column|did you mean|header/);
});

test("npm run demo -- --lang zh-CN: the command line's problems and --help in Chinese; without --lang, English as before", async () => {
  const err = captureStream(process.stderr);
  const out = captureStream(process.stdout);
  try {
    expect(await main(["--lang", "zh-CN", "--data", data])).toBe(2);
    expect(await main(["--lang", "zh-CN", "--sample", "wb"])).toBe(2);
    expect(await main(["--lang", "zh-CN", "--help"])).toBe(0);
    expect(await main(["--data", data])).toBe(2);
  } finally {
    err.restore();
    out.restore();
  }
  const [first, , ...rest] = err.text().split("\n");
  expect(first).toBe("--data 需要配合 --config FILE.json（列、系统、指标方向、子系统；见 README）");
  expect(rest.join("\n")).toContain("--sample 为 'wb'；请使用 worldbank 或 seed");
  expect(err.text()).toContain("--data needs --config FILE.json (columns, roles, directions, subsystems; see README)\nusage: npm run demo --");
  expect(out.text()).toMatch(/^用法：npm run demo -- /);
  expect(out.text()).toContain("  --quiet             只输出错误和已写入的文件列表\n");
  expect(out.text()).not.toMatch(/this text|write into|bundled|never translated/);
});

test("group AHP (two experts) in zh-CN: the AHP sheet's group heading, experts' rows and grids in Chinese", async () => {
  const E1 = { support: [[1, 9, "1/9"], [null, 1, 9], [null, null, 1]], pressure: [[1, 2], [null, 1]] };
  const E2 = { support: [[1, 3, 5], [null, 1, 2], [null, null, 1]], pressure: [[1, "1/3"], [null, 1]] };
  const groupConfig = path.join(dir, "群组.config.json");
  fs.writeFileSync(groupConfig, JSON.stringify({ ...CONFIG, weighting: { method: "ahp", ahp: { level: "indicator", experts: [{ weight: 0.6, matrices: E1 }, { weight: 0.4, matrices: E2 }] } } }));
  const run = async (lang: "en" | "zh-CN"): Promise<Run> => {
    const out = path.join(dir, `group-${lang}`);
    await runDemo({ data, config: groupConfig, out, lang, log: () => undefined, samplesDir: SAMPLES });
    return { lines: [], sheets: await readWorkbook(path.join(out, "recc-results.xlsx")) };
  };
  const [zhGroup, enGroup] = [await run("zh-CN"), await run("en")];
  const ahp = sheet(zhGroup, G.ahp.zh);
  expect(ahp[0][0]).toBe(`${G.supportSystem.zh}（${G.indicator.zh}层，2 位${G.expert.zh}的群组${G.pairwiseMatrix.zh}（加权${G.geometric.zh}））`);
  expect(ahp.map((r) => r[0])).toEqual(expect.arrayContaining([G.expert.zh, `${G.expert.zh}${G.weight.zh}`, `${G.expert.zh}${G.consistencyRatio.zh} CR`, `${G.expert.zh} 1`, `${G.expert.zh} 2`]));
  expect(ahp.find((r) => r[0] === G.expert.zh)!.slice(1, 3)).toEqual([`${G.expert.zh} 1`, `${G.expert.zh} 2`]);
  const only = (r: Run, name: string) => ({ ...r, sheets: r.sheets.filter((s) => s.sheet === name) });
  expect(englishIn(only(zhGroup, G.ahp.zh), () => false)).toEqual({});
  expect(Object.values(englishIn(only(enGroup, "AHP"), () => false)).flat()).toEqual(expect.arrayContaining(["Expert", "group", "experts"]));
});
