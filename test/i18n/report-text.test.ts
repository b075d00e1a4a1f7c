/**
 * The demo's catalog (src/i18n/report-text.ts): every text has a Chinese version written in Chinese,
 * the Chinese and English versions take the same arguments (except where the English spells counts
 * out with their nouns), and the field's terms in it are the glossary's.
 */
import { REPORT_TEXT, reportText, type ReportTextId } from "../../src/i18n/report-text";
import { GLOSSARY } from "../../src/i18n";
import { placeholders } from "../../src/i18n/messages";

/** English-only arguments: counts with their nouns ("7 indicators"), which the Chinese writes as numbers. */
const ENGLISH_ONLY: Partial<Record<ReportTextId, string[]>> = { "sum.step3": ["rows", "inds"] };
const CHINESE_ONLY: Partial<Record<ReportTextId, string[]>> = { "sum.step3": ["n", "m"] };

test.each(Object.keys(REPORT_TEXT) as ReportTextId[])("%s: Chinese text with the same arguments as the English", (id) => {
  const { en, zh } = REPORT_TEXT[id];
  expect(zh).toMatch(/[\u4e00-\u9fff]|^[，、]/);
  const strip = (names: string[], drop: string[] = []) => names.filter((n) => !drop.includes(n)).sort();
  expect(strip(placeholders(zh), CHINESE_ONLY[id])).toEqual(strip(placeholders(en), ENGLISH_ONLY[id]));
});

test("the field's terms come from the glossary", () => {
  expect(reportText("chart.supportAxis", "zh-CN")).toBe(`${GLOSSARY.supportIndex.zh} S`);
  expect(reportText("sheet.obstacles", "zh-CN")).toBe(GLOSSARY.obstacleDegree.zh);
  expect(reportText("col.region", "zh-CN")).toBe(GLOSSARY.couplingRegion.zh);
  expect(reportText("chart.otherAreas", "en", { n: 12 })).toBe("other 12 areas");
  expect(reportText("chart.otherAreas", "zh-CN", { n: 12 })).toBe("其余 12 个区域");
});
