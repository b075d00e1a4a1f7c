/**
 * Dropdowns at Excel's narrow task-pane widths (320 and 350 px) in headless Chromium, in Chinese and
 * in English: the text of every option of every visible <select> fits in the closed control, so the
 * selected choice is never cut. Measured by Chromium's own layout: a copy of the control holding only
 * that option, sized to its content (width: max-content, same font, padding, border and arrow), must
 * not be wider than the control on the page. Before the fix the zh-CN wizard's long options
 * (组合权重…, 子系统层…) were cut at 350 px.
 *
 * Skipped with a message only when /usr/bin/chromium is missing and CI is not set.
 */
import type { Page } from "playwright-core";
import { e2eSuite, idle, wizardScene, worldBankRows } from "./pane-harness";

const { describeE2E, harness } = e2eSuite();

interface Clipped {
  id: string;
  option: string;
  needs: number;
  has: number;
}

/** Every option of every visible select whose text needs more width than the select has. */
async function clippedOptions(page: Page): Promise<{ checked: number; clipped: Clipped[] }> {
  return page.evaluate(() => {
    const clipped: { id: string; option: string; needs: number; has: number }[] = [];
    let checked = 0;
    for (const sel of document.querySelectorAll<HTMLSelectElement>("select")) {
      if (sel.offsetParent === null) continue;
      const has = sel.getBoundingClientRect().width;
      // The area and year dropdowns list the user's column names: their chosen one must fit. Every other
      // dropdown lists the pane's own words, any of which the user may choose.
      const users = sel.id === "wz-area" || sel.id === "wz-year";
      for (const opt of users ? [...sel.selectedOptions] : [...sel.options]) {
        const copy = sel.cloneNode(false) as HTMLSelectElement;
        copy.removeAttribute("id");
        copy.appendChild(opt.cloneNode(true));
        // The same box as on the page, but as wide as its content asks.
        copy.style.cssText = "position:absolute;visibility:hidden;left:0;top:0;width:max-content;min-width:0;max-width:none;flex:none";
        sel.parentElement!.appendChild(copy);
        const needs = copy.getBoundingClientRect().width;
        copy.remove();
        checked++;
        if (needs > has + 0.5) clipped.push({ id: sel.id, option: opt.textContent ?? "", needs: Math.round(needs), has: Math.round(has) });
      }
    }
    return { checked, clipped };
  });
}

describeE2E("dropdown text at 320 and 350 px", () => {
  test.each([
    ["zh-CN", 320],
    ["zh-CN", 350],
    ["en-US", 320],
    ["en-US", 350],
  ])("%s, %i px: every option of every dropdown fits, on every tab", async (displayLanguage, width) => {
    const sample = worldBankRows();
    const { page, problems } = await harness().openPane({ sheets: [{ name: "Data", rows: sample }], displayLanguage }, width);
    let checked = 0;
    const clipped: Clipped[] = [];
    for (const tab of ["#tab-coupling", "#tab-trend"]) {
      await page.click(tab);
      const r = await clippedOptions(page);
      checked += r.checked;
      clipped.push(...r.clipped);
    }
    await wizardScene(page, sample);
    // Every optional control of the wizard shown: combined weighting (AHP level, combination), CCD, TOPSIS.
    await page.selectOption("#wz-weighting", "combined");
    await idle(page);
    const r = await clippedOptions(page);
    checked += r.checked;
    clipped.push(...r.clipped);
    // The check measured the wizard's dropdowns (weighting, objective, AHP level, combination, area, year, the grid's role and direction).
    expect(checked).toBeGreaterThan(40);
    expect(clipped).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 90_000);
});
