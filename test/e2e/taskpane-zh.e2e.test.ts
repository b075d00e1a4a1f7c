/**
 * End to end in each display language: the production build in headless Chromium with the office.js
 * stand-in's Office.context.displayLanguage set to "zh-CN" and to "en-US". Oracle: the pane catalog
 * (src/i18n/pane-text.ts): in zh-CN no English catalog text may be visible (text, placeholders,
 * aria labels, titles), and key strings are the Chinese ones; in en-US no Han character is visible.
 * The English flows themselves are checked in detail by taskpane.e2e.test.ts.
 */
import type { Page } from "playwright-core";
import { PANE_TEXT, paneText } from "../../src/i18n/pane-text";
import { e2eSuite, idle, inBook, PAPER_ROWS, type Opened, type Seed } from "./pane-harness";

const { describeE2E, harness } = e2eSuite();

const openPane = (seed: Seed): Promise<Opened> => harness().openPane(seed, 350);
const zh = (key: keyof typeof PANE_TEXT, args?: Record<string, string | number>) => paneText(key, "zh-CN", args);

/** method.md §2: the paper's S and P (users' data: area names stay as typed); Chongzuo 2012 is blank. */
const PAPER = PAPER_ROWS.slice(0, 9);

/** Everything a user sees or hears: visible text of the page plus placeholders, aria labels, titles, option texts. */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const out = [document.body.innerText, document.title];
    for (const el of document.querySelectorAll<HTMLElement>("[placeholder],[aria-label],[title],option,caption")) {
      out.push(el.getAttribute("placeholder") ?? "", el.getAttribute("aria-label") ?? "", el.getAttribute("title") ?? "");
      if (el.tagName === "OPTION" || el.tagName === "CAPTION") out.push(el.textContent ?? "");
    }
    return out.join("\n");
  });
}

/**
 * The English catalog's literal pieces (template text between placeholders) that differ from the
 * Chinese and are long enough not to be a symbol or a user's word ("CR", "+", "Area"); pieces the
 * Chinese text keeps too (Excel's own names such as "ExcelApi") are not English UI text.
 */
const ENGLISH_PIECES = Object.values(PANE_TEXT)
  .filter((t) => t.en !== t.zh)
  .flatMap((t) => t.en.split(/\{[A-Za-z]+\}/).map((p) => p.trim()).filter((p) => !t.zh.includes(p)))
  .filter((p) => /[A-Za-z]{3}/.test(p) && p.length >= 6);

function englishLeft(text: string): string[] {
  return ENGLISH_PIECES.filter((p) => text.includes(p));
}

describeE2E("task pane in Chinese (Office display language zh-CN)", () => {
  test("static text, tabs, labels and status follow the display language; <html lang> is zh-CN", async () => {
    const { page, problems } = await openPane({ sheets: [{ name: "Paper", rows: PAPER }], displayLanguage: "zh-CN" });
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    expect(await page.textContent("#tab-coupling")).toBe("耦合图");
    expect(await page.textContent("#tab-wizard")).toBe("分析向导");
    expect(await page.textContent('label[for="cp-s"]')).toBe("支撑指数 S 区域");
    expect(await page.textContent("#status")).toBe(zh("status.ready"));
    expect(await page.getAttribute("#cp-s", "placeholder")).toBe("例如 Results!C1:C49");
    expect(await page.getAttribute('[role="tablist"]', "aria-label")).toBe("RECC 工具");
    expect(await page.inputValue("#wz-sheet")).toBe("RECC 分析");
    for (const tab of ["#tab-coupling", "#tab-trend", "#tab-wizard"]) {
      await page.click(tab);
      expect(englishLeft(await visibleText(page))).toEqual([]);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  test("the requirement-set bar and the disabled button's reason are in Chinese", async () => {
    const { page } = await openPane({ sheets: [{ name: "Data", rows: PAPER }], excelApiMax: 11, displayLanguage: "zh-CN" });
    expect(await page.textContent("#requirements")).toBe(
      "分析工作表需要更新版本的 Excel（ExcelApi 1.12，用于溢出到相邻单元格的公式）。请使用 Excel 网页版，或 Windows 或 Mac 上的 Microsoft 365，然后重试。",
    );
    await page.click("#tab-wizard");
    await page.fill("#wz-table", "Data!A1:D9");
    await page.click("#wz-read");
    await idle(page);
    expect(await page.textContent("#wz-build-why")).toBe("“生成分析”已停用：此 Excel 缺少 ExcelApi 1.12（溢出到相邻单元格的公式）。");
    expect(englishLeft(await visibleText(page))).toEqual([]);
    await page.context().close();
  }, 60_000);

  test("coupling chart: status and a missing field's error in Chinese; area names stay as typed", async () => {
    const { page, problems } = await openPane({ sheets: [{ name: "Paper", rows: PAPER }], displayLanguage: "zh-CN" });
    await page.click("#cp-insert");
    await idle(page);
    expect(await page.textContent("#error")).toBe('请填写“支撑指数 S 区域”。 请填写“压力指数 P 区域”。');
    expect(await page.textContent("#status")).toBe(zh("status.unchanged"));
    await page.fill("#cp-s", "Paper!C1:C9");
    await page.fill("#cp-p", "Paper!D1:D9");
    await page.fill("#cp-areas", "Paper!A1:A9");
    await page.click("#cp-insert");
    await idle(page);
    expect(await page.textContent("#error")).toBe("");
    expect(await page.textContent("#status")).toBe("已插入“RECC coupling 1”：4 个系列共 8 个点。");
    const names = await inBook<string[]>(page, "return m.liveCharts('RECC coupling 1')[0].series.filter(s => !s.deleted).map(s => s.name).slice(0, 4);");
    expect(names).toEqual(["Bayan Obo", "Mianning", "Longnan", "Pingyuan"]);
    const chart = await inBook<{ title: string; series: string[] }>(
      page,
      "const c = m.liveCharts('RECC coupling 1')[0]; return { title: c.title.text, series: c.series.filter(s => !s.deleted).map(s => s.name) };",
    );
    expect(chart.title).toBe("支撑与压力的耦合");
    expect(chart.series).toEqual(expect.arrayContaining(["等级 I–IX", "耦合区域"]));
    expect(englishLeft(await visibleText(page))).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  test("wizard: read, build with AHP, the readout table and the status are Chinese", async () => {
    const { page, problems } = await openPane({ sheets: [{ name: "Data", rows: PAPER }], displayLanguage: "zh-CN" });
    await page.click("#tab-wizard");
    await page.fill("#wz-table", "Data!A1:D9");
    await page.click("#wz-read");
    await idle(page);
    expect(await page.textContent("#status")).toContain("已读取 8 行、2 个数值列");
    const roleOptions = await page.$$eval("#wz-role-0 option", (o) => o.map((x) => x.textContent));
    expect(roleOptions).toEqual(["支撑", "压力"]);
    await page.selectOption("#wz-role-1", "pressure");
    await page.selectOption("#wz-weighting", "ahp");
    await page.click("#wz-build");
    await idle(page);
    expect(await page.textContent("#error")).toBe("");
    expect(await page.textContent("#status")).toContain("已生成“RECC 分析”");
    expect(await page.textContent("#wz-build")).toBe("重新生成分析");
    const sheets = await inBook<string[]>(page, "return m.liveSheets().map(s => s.name);");
    expect(sheets).toEqual(expect.arrayContaining(["Data", "RECC 分析", "RECC 分析 图表数据"]));
    // The analysis sheet and its charts in Chinese too (PlanOptions.locale from the display language).
    expect(await inBook(page, "return m.formulaAt('RECC 分析', 'A1');")).toBe("资源环境承载力分析，数据来自 'Data'!$A$1:$D$9");
    const charts = await inBook<{ title: string; series: string[] }[]>(
      page,
      "return m.liveCharts('RECC 分析').map(c => ({ title: c.title.text, series: c.series.filter(s => !s.deleted).map(s => s.name) }));",
    );
    expect(charts.map((c) => c.title)).toContain("支撑与压力的耦合");
    expect(charts.flatMap((c) => c.series)).toEqual(expect.arrayContaining(["Bayan Obo", "平均值", "耦合区域", "等级 I–IX"]));
    const head = await page.$$eval("#wz-ahp-table thead th", (t) => t.map((x) => x.textContent));
    expect(head).toEqual(["指标", "支撑系统", "压力系统"]);
    expect(await page.textContent("#wz-ahp-where")).toMatch(/^实时结果位于工作表 'RECC 分析'!.*（支撑系统）/);
    expect(englishLeft(await visibleText(page))).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);
});

describeE2E("task pane in English (Office display language en-US)", () => {
  test("no Chinese text is shown and <html lang> is en", async () => {
    const { page } = await openPane({ sheets: [{ name: "Paper", rows: PAPER }], displayLanguage: "en-US" });
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("#tab-coupling")).toBe("Coupling chart");
    for (const tab of ["#tab-coupling", "#tab-trend", "#tab-wizard"]) {
      await page.click(tab);
      expect(await visibleText(page)).not.toMatch(/[\u4e00-\u9fff]/);
    }
    await page.context().close();
  }, 60_000);
});
