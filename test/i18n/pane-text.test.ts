/**
 * The pane catalog (src/i18n/pane-text.ts) is complete: every key has an English and a Chinese text
 * with the same placeholders, the Chinese one is Chinese, and every key taskpane.html names exists.
 * Oracle: the catalog itself and the page's data-i18n attributes, read from the file.
 */
import * as fs from "fs";
import * as path from "path";
import { placeholders } from "../../src/i18n/messages";
import { PANE_TEXT, paneText, type PaneKey } from "../../src/i18n/pane-text";
import { ACTION_NEEDS, REQUIREMENTS } from "../../src/taskpane/requirements";

const HAN = /[\u4e00-\u9fff]/;
/** Texts that are the same symbols in both languages (an address and its target field, a list separator…). */
const NEUTRAL: PaneKey[] = ["status.filled"];

describe("pane catalog", () => {
  const entries = Object.entries(PANE_TEXT) as [PaneKey, { en: string; zh: string }][];

  test.each(entries)("%s has both languages with the same placeholders", (_key, t) => {
    expect(t.en.trim()).not.toBe("");
    expect(t.zh.trim()).not.toBe("");
    expect(placeholders(t.zh).sort()).toEqual(placeholders(t.en).sort());
  });

  test("every Chinese text except the language-neutral ones has Chinese characters or Chinese punctuation", () => {
    const notChinese = entries.filter(([k, t]) => !NEUTRAL.includes(k) && !HAN.test(t.zh) && !/[、（），。“”：]/.test(t.zh)).map(([k]) => k);
    expect(notChinese).toEqual([]);
  });

  test("every data-i18n key of taskpane.html is in the catalog, and every visible English word of the page has a key", () => {
    const html = fs.readFileSync(path.join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
    const keys = [...html.matchAll(/data-i18n(?:-[a-z-]+)?="([^"]+)"/g)]
      .filter((m) => !m[0].startsWith("data-i18n-example"))
      .map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(60);
    expect(keys.filter((k) => !(k in PANE_TEXT))).toEqual([]);
    // Elements with English text but no data-i18n: only the loading line (replaced at start).
    const untagged = [...html.matchAll(/<([a-z0-9]+)(?![^>]*data-i18n=)[^>]*>([^<]*[A-Za-z]{3}[^<]*)</g)].map((m) => m[2].trim());
    expect(untagged).toEqual(["Loading…"]);
  });

  test("requirement sets and actions name catalog keys; English renders as before", () => {
    for (const r of Object.values(REQUIREMENTS)) {
      expect(r.feature in PANE_TEXT && r.why in PANE_TEXT).toBe(true);
    }
    for (const a of Object.values(ACTION_NEEDS)) expect(a.label in PANE_TEXT).toBe(true);
    expect(paneText("req.lacks", "en", { version: "1.7", why: "x" })).toBe("ExcelApi 1.7 (x)");
    expect(paneText("req.lacks", "zh-CN", { version: "1.7", why: "x" })).toBe("ExcelApi 1.7（x）");
  });
});
