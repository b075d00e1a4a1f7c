/**
 * The glossary: both languages for every term, and the English labels the method prints (coupling
 * regions, coordination classes) are the glossary's, in the same order (oracle: src/core's lists).
 */
import { COORDINATION_CLASSES, COUPLING_REGIONS } from "../../src/core";
import { COORDINATION_TERMS, GLOSSARY, REGION_TERMS, term } from "../../src/i18n/glossary";

const HAN = /[\u4e00-\u9fff]/;

it("gives every term an English and a Chinese text, the Chinese in Han characters", () => {
  for (const [key, t] of Object.entries(GLOSSARY)) {
    expect({ key, en: t.en.trim().length > 0, zh: HAN.test(t.zh) }).toEqual({ key, en: true, zh: true });
  }
});

it("has no two terms with the same Chinese text (one word, one meaning)", () => {
  const zh = Object.values(GLOSSARY).map((t) => t.zh);
  expect(new Set(zh).size).toBe(zh.length);
});

it("names the coupling regions and coordination classes as src/core prints them", () => {
  expect(REGION_TERMS.map((k) => term(k, "en"))).toEqual([...COUPLING_REGIONS]);
  expect(COORDINATION_TERMS.map((k) => term(k, "en"))).toEqual([...COORDINATION_CLASSES]);
  expect(REGION_TERMS.map((k) => term(k, "zh-CN"))).toEqual(["高值盈余区", "低值盈余区", "低值超载区", "高值超载区"]);
  expect(term("extremeImbalance", "zh-CN")).toBe("极度失调");
  expect(term("highQualityCoordination", "zh-CN")).toBe("优质协调");
});
