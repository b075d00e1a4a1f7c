/**
 * The two languages of the add-in and how a host's language tag maps to one of them.
 *
 * Office gives its display language as a BCP 47 tag ("en-US", "zh-CN", "zh-Hans-CN"…); anything that
 * is not Simplified Chinese falls back to English. Traditional Chinese (zh-TW, zh-HK, zh-MO,
 * zh-Hant…) falls back to English too: the terms here are those of mainland publications in
 * Simplified characters, and showing them to a Traditional-Chinese UI would mix scripts.
 */
export type Locale = "en" | "zh-CN";

export const LOCALES: readonly Locale[] = ["en", "zh-CN"];

/**
 * The add-in's language for a host language tag: "zh-CN" for zh, zh-CN, zh-SG, zh-Hans and
 * zh-Hans-* (case and "_" separators ignored), "en" for everything else, including a missing tag.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  if (typeof tag !== "string") return "en";
  const parts = tag.trim().replace(/_/g, "-").toLowerCase().split("-");
  if (parts[0] !== "zh") return "en";
  const rest = parts.slice(1);
  if (rest.includes("hant") || rest.some((p) => p === "tw" || p === "hk" || p === "mo")) return "en";
  if (rest.length === 0 || rest.includes("hans") || rest.includes("cn") || rest.includes("sg")) return "zh-CN";
  return "en";
}
