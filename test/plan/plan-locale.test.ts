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
