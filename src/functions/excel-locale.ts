/**
 * The language of the functions' messages in Excel: Office's display language
 * (`Office.context.displayLanguage`, a tag such as "zh-CN"), which custom functions can read because
 * the add-in runs them in the shared runtime, where Office.js is loaded. "zh-CN" for Simplified
 * Chinese, "en" for every other language and wherever Office is absent or not yet initialized (the
 * bare custom-functions runtime, Node, tests). The one read of Office in src/functions.
 */
import { resolveLocale, type Locale } from "../i18n/locale";

export function excelLocale(): Locale {
  try {
    if (typeof Office === "undefined") return "en";
    return resolveLocale(Office.context.displayLanguage);
  } catch {
    // Office.context is undefined until Office has initialized; a getter may throw.
    return "en";
  }
}
