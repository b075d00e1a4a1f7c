/**
 * PlanOptions.locale (issue 11): the zh-CN plan writes the same cells, formulas and numbers as the
 * English plan; only the sheet's own words differ, and they are the catalog's Chinese ones.
 * Oracles: the English plan (pinned by the other plan tests) and the sheet catalog
 * (src/i18n/sheet-text.ts): no English catalog text may be left in what the zh-CN plan writes.
 */
import { buildAnalysisPlan, type AnalysisPlan } from "../../src/plan/analysis-plan";
import { evaluatePlan } from "../../src/plan/evaluate-plan";
import { SHEET_TEXT } from "../../src/i18n/sheet-text";
import { placeholders } from "../../src/i18n/messages";
import { COORDINATION_TERMS, term } from "../../src/i18n";
import { BASE_CONFIG, COMBINED_CONFIG, MIXED_HEADERS, resolved, smallPanel } from "./fixtures";

const table = smallPanel();
const source = {
  sheet: "Data",
  headerCell: "A1",
  headers: MIXED_HEADERS,
  rowCount: table.length - 1,
  areas: table.slice(1).map((r) => String(r[3])),
  years: table.slice(1).map((r) => Number(r[0])),
};

/** Every text the plan writes as a literal (not a formula), and every chart text. */
function texts(plan: AnalysisPlan): string[] {
  const cells = plan.blocks.flatMap((b) => b.writes.flatMap((w) => w.formulas.flat())).filter((v): v is string => typeof v === "string" && !v.startsWith("="));
  const charts = plan.charts.flatMap((c) => [c.title, c.xAxis?.title ?? "", c.yAxis?.title ?? "", ...c.series.map((s) => s.name), ...(c.annotations ?? []).map((a) => a.text)]);
  return [...cells, ...charts, ...plan.notes];
}

/** The English catalog's literal pieces that are words (not symbols) and differ from the Chinese. */
const ENGLISH = Object.values(SHEET_TEXT)
  .filter((t) => t.en !== t.zh)
  .flatMap((t) => t.en.split(/\{[A-Za-z]+\}/).map((p) => p.trim()))
  .filter((p) => /[A-Za-z]{4}/.test(p));

describe.each([
  ["entropy", BASE_CONFIG],
  ["combined", COMBINED_CONFIG],
])("zh-CN plan, %s weighting", (_name, config) => {
  const en = buildAnalysisPlan(resolved(config), source);
  const zh = buildAnalysisPlan(resolved(config), source, { locale: "zh-CN" });

  test("same blocks at the same addresses; formulas equal up to the words; numbers equal", () => {
    expect(zh.blocks.map((b) => [b.id, b.address])).toEqual(en.blocks.map((b) => [b.id, b.address]));
    const a = evaluatePlan(en, table);
    const b = evaluatePlan(zh, table);
    let numbers = 0;
    for (const [id, rows] of Object.entries(a.values)) {
      rows.forEach((row, i) =>
        row.forEach((v, j) => {
          if (typeof v === "number") {
            numbers++;
            expect(b.values[id][i][j]).toBe(v);
          }
        }),
      );
    }
    expect(numbers).toBeGreaterThan(200);
  });

  test("no English word of the sheet catalog is left; the user's names are unchanged", () => {
    const written = texts(zh).join("\n");
    // The check can fail: the English plan holds many of these pieces.
    expect(ENGLISH.filter((p) => texts(en).join("\n").includes(p)).length).toBeGreaterThan(20);
    expect(ENGLISH.filter((p) => written.includes(p))).toEqual([]);
    for (const x of config.indicators) expect(written).toContain(x.name);
    expect(zh.sheet).toBe("RECC 分析");
    // The English plan is the one the other tests pin.
    expect(en.sheet).toBe("RECC analysis");
  });
});

test("sheet catalog: every key has both languages with the same placeholders", () => {
  for (const [key, t] of Object.entries(SHEET_TEXT)) {
    expect([key, t.zh.trim() !== "", t.en.trim() !== ""]).toEqual([key, true, true]);
    expect([key, placeholders(t.zh).sort()]).toEqual([key, placeholders(t.en).sort()]);
  }
});

/** Every optional block: CRITIC, game combination, two experts' AHP (with its suggestions), CCD, TOPSIS. */
const EVERY_BLOCK = {
  ...COMBINED_CONFIG,
  weighting: {
    method: "combined",
    objective: "critic",
    ahp: {
      level: "subsystem",
      experts: [
        { weight: 2, matrices: { support: [[1, 2], [null, 1]], pressure: [[1, 3, "1/2"], [null, 1, 0.25], [null, null, 1]] } },
        { weight: 1, matrices: { support: [[1, 4], [null, 1]], pressure: [[1, 9, 1 / 9], [null, 1, 9], [null, null, 1]] } },
      ],
    },
    combine: { method: "game" },
  },
  ccd: {},
  topsis: {},
} as const;

describe.each([
  ["entropy", BASE_CONFIG],
  ["combined", COMBINED_CONFIG],
  ["every optional block", EVERY_BLOCK as unknown as typeof BASE_CONFIG],
])("zh-CN plan, %s weighting: no English outside the catalog either", (_name, config) => {
  // Oracle: Chinese has no Latin words; what may stay Latin is the user's names (indicators,
  // subsystems, areas, the data sheet), the product's name, the grade numerals (I–IX) and the
  // settings' keyword values the RECC.* functions read (AHP method "eigen", RI table "saaty",
  // combination "linear"), which a translation would break.
  const ALLOWED = new Set(["RECC", "Excel", "VIII", "eigen", "saaty", "linear", "geometric", "multiplicative", "game", "alonso", "standard", "adjusted", "vector", "minmax", "TOPSIS", "CRITIC"]);
  const zh = buildAnalysisPlan(resolved(config), source, { locale: "zh-CN" });
  const userNames = [...config.indicators.flatMap((x) => [x.name, x.subsystem ?? ""]), ...source.areas, ...MIXED_HEADERS, source.sheet].filter((n) => n !== "");

  test("every literal the zh-CN plan writes is Chinese apart from names and symbols", () => {
    const leaks = texts(zh)
      .map((t) => userNames.reduce((s, n) => s.split(n).join(" "), t).replace(/RECC\.[A-Z]+/g, " "))
      .flatMap((t) => t.match(/[A-Za-z]{4,}/g) ?? [])
      .filter((w) => !ALLOWED.has(w));
    expect([...new Set(leaks)]).toEqual([]);
    // The check can fail: the English plan has such words.
    expect(texts(buildAnalysisPlan(resolved(config), source)).join(" ")).toMatch(/[A-Za-z]{4,} [A-Za-z]{4,}/);
  });
});

test("zh-CN: the coordination classes are the glossary's Chinese names of RECC.CCDLEVEL's English ones", () => {
  // Oracle: the English plan's values (RECC.CCDLEVEL's own names) mapped through the glossary.
  const config = resolved(EVERY_BLOCK);
  const en = evaluatePlan(buildAnalysisPlan(config, source), table).values;
  const zh = evaluatePlan(buildAnalysisPlan(config, source, { locale: "zh-CN" }), table).values;
  const classes = COORDINATION_TERMS.map((k) => [term(k, "en"), term(k, "zh-CN")] as const);
  const toZh = new Map<unknown, string>(classes);
  expect(en["panel.ccdLevel"].length).toBe(table.length - 1);
  expect(zh["panel.ccdLevel"]).toEqual(en["panel.ccdLevel"].map((r) => r.map((v) => toZh.get(v))));
  expect(zh["panel.ccdLevel"].flat().every((v) => typeof v === "string" && /[\u4e00-\u9fff]/.test(v))).toBe(true);
});
