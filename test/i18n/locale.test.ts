/** resolveLocale: which Office display languages get the Simplified Chinese texts (else English). */
import { resolveLocale } from "../../src/i18n/locale";

it.each([
  ["zh-CN", "zh-CN"],
  ["zh-cn", "zh-CN"],
  ["zh", "zh-CN"],
  ["zh-Hans", "zh-CN"],
  ["zh-Hans-CN", "zh-CN"],
  ["zh-SG", "zh-CN"],
  ["zh_CN", "zh-CN"],
  ["zh-TW", "en"],
  ["zh-HK", "en"],
  ["zh-MO", "en"],
  ["zh-Hant", "en"],
  ["zh-Hant-TW", "en"],
  ["en-US", "en"],
  ["de-DE", "en"],
  ["ja-JP", "en"],
  ["", "en"],
] as const)("%s → %s", (tag, locale) => {
  expect(resolveLocale(tag)).toBe(locale);
});

it("falls back to English without a language", () => {
  expect(resolveLocale(undefined)).toBe("en");
  expect(resolveLocale(null)).toBe("en");
});
