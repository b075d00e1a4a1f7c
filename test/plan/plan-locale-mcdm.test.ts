/**
 * The zh-CN analysis sheet with the CCD and TOPSIS blocks (issue 11): their titles, headers and row
 * labels come from the sheet catalog, and RECC.CCDLEVEL gets the glossary's ten Chinese classes as
 * its labels argument, so the classes Excel shows are Chinese. Oracles: the English plan of the same
 * configuration (same blocks, addresses and numbers), the glossary (src/i18n/glossary.ts), and the
 * English words of the plan's literal cells, none of which may remain in the Chinese plan except the
 * user's names.
 */
import { buildAnalysisPlan, type AnalysisPlan } from "../../src/plan/analysis-plan";
import { evaluatePlan } from "../../src/plan/evaluate-plan";
import { COORDINATION_TERMS, GLOSSARY as G, term } from "../../src/i18n";
import { COMBINED_CONFIG, MIXED_HEADERS, resolved, smallPanel } from "./fixtures";

const table = smallPanel();
const source = {
  sheet: "Data",
  headerCell: "A1",
  headers: MIXED_HEADERS,
  rowCount: table.length - 1,
  areas: table.slice(1).map((r) => String(r[3])),
  years: table.slice(1).map((r) => Number(r[0])),
};
const config = resolved({ ...COMBINED_CONFIG, weighting: { ...COMBINED_CONFIG.weighting, objective: "critic", combine: { method: "game" } }, ccd: {}, topsis: {} });
const en = buildAnalysisPlan(config, source);
const zh = buildAnalysisPlan(config, source, { locale: "zh-CN" });

const block = (plan: AnalysisPlan, id: string) => plan.blocks.find((b) => b.id === id)!;
/** The literal texts of the CCD and TOPSIS blocks: titles, headers and written values that are not formulas. */
function texts(plan: AnalysisPlan): string[] {
  return plan.blocks
    .filter((b) => /^(ccd|panel\.ccd|topsis|panel\.topsis)/.test(b.id))
    .flatMap((b) => [b.title ?? "", ...(b.header ?? []).map(String), ...b.writes.flatMap((w) => w.formulas.flat()).filter((v): v is string => typeof v === "string" && !v.startsWith("="))]);
}
const USERS = new Set([...config.indicators.map((x) => x.name), ...MIXED_HEADERS].flatMap((n) => n.match(/[A-Za-z]{3,}/g) ?? []));
const words = (ts: string[]) => [...new Set(ts.flatMap((t) => t.match(/[A-Za-z]{3,}/g) ?? []))].filter((w) => !USERS.has(w) && w !== "TOPSIS");

test("the CCD and TOPSIS blocks: the same cells as in English, in Chinese words", () => {
  expect(zh.blocks.map((b) => [b.id, b.address])).toEqual(en.blocks.map((b) => [b.id, b.address]));
  // The English plan has the words to leak (the check can fail).
  expect(words(texts(en)).length).toBeGreaterThan(10);
  expect(words(texts(zh))).toEqual([]);
  expect(block(zh, "panel.ccd").header).toEqual([`${G.couplingDegree.zh} C`, `${G.comprehensiveIndex.zh} T`, `${G.ccd.zh} D`]);
  expect(block(zh, "panel.ccdLevel").header).toEqual([G.coordinationClass.zh]);
  expect(block(zh, "panel.topsis").header).toEqual([G.topsisCloseness.zh]);
  expect(block(zh, "panel.topsisRank").header).toEqual([`TOPSIS ${G.year.zh}内排名`]);
});

test("Excel shows the coordination classes in Chinese; every number is the English plan's", () => {
  const a = evaluatePlan(en, table);
  const b = evaluatePlan(zh, table);
  const classes = COORDINATION_TERMS.map((k) => term(k, "zh-CN"));
  const english = COORDINATION_TERMS.map((k) => term(k, "en"));
  expect(b.values["panel.ccdLevel"].map((r) => r[0])).toEqual(a.values["panel.ccdLevel"].map((r) => classes[english.indexOf(String(r[0]))]));
  for (const id of ["panel.ccd", "panel.topsis", "panel.topsisRank"]) expect(b.values[id]).toEqual(a.values[id]);
  const formula = (plan: AnalysisPlan) => block(plan, "panel.ccdLevel").writes.flatMap((w) => w.formulas.flat()).find((f) => typeof f === "string" && f.includes("CCDLEVEL"));
  expect(formula(zh)).toContain(`"${classes[0]}"`);
  expect(formula(en)).not.toContain(classes[0]);
});
