/**
 * End to end (headless Chromium over the production build and the office.js stand-in): the wizard's
 * issue-10 options — objective weights, game-theory combination, CCD and TOPSIS blocks — are
 * labelled, reachable by keyboard, and reach both the saved configuration (the workbook's
 * CustomXmlPart) and the written analysis sheet.
 */
import { e2eSuite, idle, inBook, type Cell, type Opened, type Seed } from "./pane-harness";

jest.setTimeout(120_000);

const { describeE2E, harness } = e2eSuite();
const openPane = (seed: Seed): Promise<Opened> => harness().openPane(seed, 350);

const ROWS: Cell[][] = [
  ["area", "year", "gdp", "water", "co2"],
  ["north", 2020, 1, 5, 3],
  ["north", 2021, 2, 4, 4],
  ["south", 2020, 3, 2, 1],
  ["south", 2021, 4, 1, 2],
  ["east", 2020, 2.5, 3, 2.2],
  ["east", 2021, 3.5, 2.5, 2.8],
];

describeE2E("wizard options of issue 10 in Chromium", () => {
  test("CRITIC, game theory, CCD and TOPSIS: labelled, by keyboard, saved and written", async () => {
    const { page, problems } = await openPane({ sheets: [{ name: "Data", rows: ROWS }] });
    await page.click("#tab-wizard");
    await page.fill("#wz-table", "Data!A1:E7");
    await page.click("#wz-read");
    await idle(page);
    await page.selectOption("#wz-role-2", "pressure");
    // Every new control has a label that names it.
    for (const [id, text] of [
      ["wz-objective", "Objective weights"],
      ["wz-combine", "Combination"],
      ["wz-ccd", "Coupling coordination (CCD) of S and P, with a trend chart"],
      ["wz-topsis", "TOPSIS closeness and rank per year"],
    ]) {
      expect(await page.textContent(`label[for="${id}"]`)).toBe(text);
    }
    expect(await page.$$eval("#wz-combine option", (os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(["multiplicative", "linear", "geometric", "game"]);
    // By keyboard: the selects with the arrow keys, the checkboxes with Space.
    await page.selectOption("#wz-weighting", "combined");
    await page.focus("#wz-objective");
    await page.keyboard.press("ArrowDown"); // Entropy → CRITIC
    expect(await page.inputValue("#wz-objective")).toBe("critic");
    await page.focus("#wz-combine");
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown"); // → Game theory
    expect(await page.inputValue("#wz-combine")).toBe("game");
    for (const id of ["#wz-ccd", "#wz-topsis"]) {
      await page.focus(id);
      await page.keyboard.press("Space");
      expect(await page.isChecked(id)).toBe(true);
    }
    await page.click("#wz-build");
    await idle(page);
    expect(await page.textContent("#error")).toBe("");
    const wizard = await inBook<{ config: { weighting: { objective?: string; combine?: { method: string } }; ccd?: unknown; topsis?: unknown } }>(
      page,
      "const x = m.liveParts()[0].xml; return JSON.parse(x.slice(x.indexOf('<state>') + 7, x.indexOf('</state>')).replace(/&lt;/g,'<').replace(/&gt;/g,'>').replace(/&amp;/g,'&')).wizard;",
    );
    expect(wizard.config.weighting.objective).toBe("critic");
    expect(wizard.config.weighting.combine).toEqual({ method: "game" });
    expect(wizard.config.ccd).toEqual({});
    expect(wizard.config.topsis).toEqual({});
    const formulas = await inBook<string[]>(page, "return [...m.sheet('RECC analysis').cells.values()].map(c => c.formula).filter(f => typeof f === 'string');");
    for (const fn of ["CRITICWEIGHTS", "COMBINEWEIGHTS", "CCD", "CCDLEVEL", "TOPSIS"]) expect(formulas.some((f) => f.startsWith(`=RECC.${fn}(`))).toBe(true);
    expect(formulas.filter((f) => /\b(MATCH|COUNTIFS?|SUMIFS?|AVERAGEIFS?)\(/.test(f))).toEqual([]);
    const charts = await inBook<{ name: string }[]>(page, "return m.liveCharts(args[0]).map(c => ({ name: c.name }));", "RECC analysis");
    expect(charts.map((c) => c.name)).toContain("RECC trend D");
    expect(problems).toEqual([]);
  });

  test("a grid with CR ≥ 0.1: the AHP card lists the sheet's AHPSUGGEST rows (text only, after Refresh readout)", async () => {
    const rows: Cell[][] = ROWS.map((r, i) => [...r, i === 0 ? "<b>forest</b>" : 1 + i * 0.7]);
    const { page, problems } = await openPane({ sheets: [{ name: "Data", rows }] });
    await page.click("#tab-wizard");
    await page.fill("#wz-table", "Data!A1:F7");
    await page.click("#wz-read");
    await idle(page);
    await page.selectOption("#wz-role-2", "pressure");
    await page.selectOption("#wz-weighting", "ahp");
    await page.selectOption("#wz-ahp-level", "indicator");
    await page.click("#wz-build");
    await idle(page);
    expect(await page.textContent("#error")).toBe("");
    const formulas = await inBook<string[]>(page, "return [...m.sheet('RECC analysis').cells.values()].map(c => c.formula).filter(f => typeof f === 'string');");
    expect(formulas.filter((f) => f.startsWith("=RECC.AHPSUGGEST("))).toHaveLength(1); // the 3×3 support grid; pressure has one indicator
    expect(await page.isVisible("#wz-ahp-suggest")).toBe(false);
    // What Excel would compute there (the fake has no engine): CR 0.2 and two judgements to revisit.
    const anchor = (fn: string) =>
      inBook<string>(page, `const s = m.sheet('RECC analysis'); for (const [k, c] of s.cells) if ((c.formula || '').startsWith('=RECC.${fn}(')) return k; return '';`);
    const put = (key: string, values: (Cell | boolean)[][]) =>
      inBook(page, "const [r, c] = args[0].split(',').map(Number); const s = m.sheet('RECC analysis'); args[1].forEach((row, i) => row.forEach((v, j) => s.cells.set((r + i) + ',' + (c + j), { value: v })));", key, values);
    await put(await anchor("AHPCONSISTENCY"), [["lambda_max", 3.2], ["CI", 0.1], ["RI", 0.58], ["CR", 0.2], ["consistent", false]]);
    await put(await anchor("AHPSUGGEST"), [
      [1, 3, 1 / 9, 3, 0.01],
      [1, 2, 9, 1, 0.05],
      ["", "", "", "", ""],
    ]);
    await page.click("#wz-ahp-refresh");
    await idle(page);
    expect(await page.isVisible("#wz-ahp-suggest")).toBe(true);
    expect(await page.$$eval("#wz-ahp-suggest-list li", (lis) => lis.map((l) => l.textContent))).toEqual([
      "Support: row 1, column 3: 1/9 → 3 gives CR 0.0100",
      "Support: row 1, column 2: 9 → 1 gives CR 0.0500",
    ]);
    // The hostile header stays text.
    expect(await page.$$eval("#wz-grid td.name", (tds) => tds.map((t) => t.textContent))).toContain("<b>forest</b>");
    expect(await page.$$eval("#wz-grid b", (bs) => bs.length)).toBe(0);
    expect(problems).toEqual([]);
  });
});
