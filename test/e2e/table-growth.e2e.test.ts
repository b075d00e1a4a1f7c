/**
 * End to end (issue 8 item 4): after a build, the user appends next year's rows to the table. The
 * analysis formulas follow by themselves (test/sheet/growing-table.test.ts); the charts cannot, so
 * when the pane gets focus and the analysis sheet's live row cells (which Excel computes; the fake
 * stores formulas and never evaluates, so the test writes the values Excel would show) say the
 * table has another size, the pane shows what changed and Update charts rebuilds over the rows now.
 * Workbook: the seed paper's printed S and P (../shared/method.md §2), 4 areas × 2 years.
 */
import { e2eSuite, idle, inBook, PAPER_ROWS } from "./pane-harness";

const { describeE2E, harness } = e2eSuite();

/** Where the plan put the live row cells: the cell left of the first-row formula (=ROW('Data'!…)+1). */
const findLiveRows = `const s = m.sheet("RECC analysis");
  for (const [k, c] of s.cells) if (c.formula && c.formula.startsWith("=ROW('Data'!")) {
    const [r, col] = k.split(",").map(Number);
    return String.fromCharCode(64 + col) + (r + 1);
  }
  return null;`;
/** Writes the values Excel would compute there: first and last data row, the count. */
const setLiveRows = `m.setValues("RECC analysis", args[0], [["First data row", args[1], "Last data row", args[2], "Data rows", args[2] - args[1] + 1]]);`;

describeE2E("the table grows after a build", () => {
  test("the pane notices appended rows and Update charts redraws over the whole table", async () => {
    const { page, problems } = await harness().openPane({ sheets: [{ name: "Data", rows: PAPER_ROWS.slice(0, 9) }] }, 350);
    await page.click("#tab-wizard");
    await page.fill("#wz-table", "Data!A1:D9");
    await page.click("#wz-read");
    await idle(page);
    await page.selectOption("#wz-role-1", "pressure");
    await page.click("#wz-build");
    await idle(page);
    expect(await page.textContent("#error")).toBe("");
    expect(await page.isVisible("#wz-grown")).toBe(false);

    // Unchanged (the cells say 8 rows): focus shows nothing.
    const at = await inBook<string | null>(page, findLiveRows);
    expect(at).toMatch(/^A\d+$/);
    await inBook(page, setLiveRows, at, 2, 9);
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
    await idle(page);
    expect(await page.isVisible("#wz-grown")).toBe(false);

    // Next year's rows for two areas, typed below the table; Excel recalculates the live cells.
    await inBook(page, `m.setValues("Data", "A10", args[0]);`, [
      ["Bayan Obo", 2020, 0.43, 0.51],
      ["Weishan", 2020, 0.41, 0.22],
    ]);
    await inBook(page, setLiveRows, at, 2, 11);
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
    await page.waitForSelector("#wz-grown", { state: "visible" });
    const text = (await page.textContent("#wz-grown-text")) ?? "";
    expect(text).toContain("Your table now has 10 rows (rows 2–11 of Data); the analysis was built with 8.");
    expect(text).toContain("Update charts rebuilds the analysis over 'Data'!A1:D11");

    await page.click("#wz-update");
    await idle(page);
    expect(await page.textContent("#error")).toBe("");
    expect(await page.isVisible("#wz-grown")).toBe(false);
    expect(await page.inputValue("#wz-table")).toBe("'Data'!A1:D11");
    // The saved configuration covers the rows now, and the coupling chart has Weishan's series.
    const saved = await inBook<string>(page, "return m.liveParts()[0].xml;");
    expect(saved).toContain("'Data'!A1:D11");
    const series = await inBook<string[]>(page, `return m.liveCharts("RECC analysis").flatMap(c => c.series.filter(s => !s.deleted).map(s => s.name));`);
    expect(series).toContain("Weishan");
    expect(problems).toEqual([]);
    await page.context().close();
  }, 90_000);
});
