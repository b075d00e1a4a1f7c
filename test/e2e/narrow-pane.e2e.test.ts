/**
 * The pane at Excel's narrow task-pane widths (320 and 350 px) in headless Chromium: no horizontal
 * scroll on any tab, nothing drawn past the right edge, the tabs whole, and every indicator name of
 * the bundled World Bank sample readable in full in the grid (wrapped, not cut; also in a title).
 * Before the fix the tabs overflowed and the grid cut "ElectricityFromCoalPerc" and its two
 * neighbours to "Electri…". Screenshots: test-artifacts/taskpane-narrow-<width>.png.
 *
 * Skipped with a message only when /usr/bin/chromium is missing and CI is not set.
 */
import * as path from "path";
import type { Page } from "playwright-core";
import { ARTIFACTS, e2eSuite, wizardScene, worldBankRows } from "./pane-harness";

const { describeE2E, harness } = e2eSuite();

interface Layout {
  scrollWidth: number;
  clientWidth: number;
  /** Visible elements whose right edge is past the viewport (tag#id.class and the overshoot in px). */
  pastEdge: string[];
  /** Tabs whose text does not fit (scrollWidth > clientWidth) or that end past the tab list. */
  cutTabs: string[];
}

/** Measures the page as it is laid out now. */
async function layout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const el = document.documentElement;
    const width = window.innerWidth;
    const pastEdge: string[] = [];
    for (const e of document.querySelectorAll<HTMLElement>("body *")) {
      if (e.closest(".visually-hidden") || e.offsetParent === null) continue;
      const r = e.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 0.5) pastEdge.push(`${e.tagName.toLowerCase()}#${e.id}.${e.className} +${(r.right - width).toFixed(1)}`);
    }
    const list = document.querySelector(".tabs")!.getBoundingClientRect();
    const cutTabs = [...document.querySelectorAll<HTMLElement>('[role="tab"]')]
      .filter((t) => t.scrollWidth > t.clientWidth || t.getBoundingClientRect().right > list.right + 0.5)
      .map((t) => t.textContent ?? "");
    return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, pastEdge, cutTabs };
  });
}

describeE2E("the pane at 320 and 350 px", () => {
  test.each([320, 350])("%i px: no horizontal scroll, whole tabs, every indicator name in full", async (width) => {
    const sample = worldBankRows();
    const { page, problems } = await harness().openPane({ sheets: [{ name: "Data", rows: sample }] }, width);
    for (const tab of ["#tab-coupling", "#tab-trend"]) {
      await page.click(tab);
      const l = await layout(page);
      expect({ tab, ...l }).toEqual({ tab, scrollWidth: l.clientWidth, clientWidth: width, pastEdge: [], cutTabs: [] });
    }
    await wizardScene(page, sample);
    expect(await page.textContent("#error")).toBe("");
    const l = await layout(page);
    expect(l).toEqual({ scrollWidth: width, clientWidth: width, pastEdge: [], cutTabs: [] });

    // Every indicator name: all its text in the cell, nothing clipped, and the full name as a title.
    const expected = (sample[0] as string[]).slice(2);
    expect(expected.filter((n) => n.startsWith("Electricity"))).toHaveLength(3);
    const names = await page.$$eval("#wz-grid td.name", (tds) =>
      tds.map((td) => ({
        text: td.textContent,
        title: td.getAttribute("title"),
        fits: td.scrollWidth <= td.clientWidth && td.scrollHeight <= td.clientHeight,
        overflow: getComputedStyle(td).textOverflow,
        lines: (() => {
          const r = document.createRange();
          r.selectNodeContents(td);
          return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size;
        })(),
      })),
    );
    expect(names.map((n) => n.text)).toEqual(expected);
    for (const n of names) expect(n).toMatchObject({ text: n.title, fits: true, overflow: "clip" });
    // On its own row a name has the grid's width: even the longest takes at most two lines.
    expect(Math.max(...names.map((n) => n.lines))).toBeLessThanOrEqual(2);
    // The grid's own scroll box scrolls only vertically.
    const grid = await page.$eval(".grid-wrap", (g) => ({ sw: g.scrollWidth, cw: g.clientWidth }));
    expect(grid.sw).toBeLessThanOrEqual(grid.cw);
    await page.screenshot({ path: path.join(ARTIFACTS, `taskpane-narrow-${width}.png`), fullPage: true });
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);
});
