/**
 * End to end (headless Chromium over the production build and the office.js stand-in): group AHP in
 * the wizard (issue 10). The user sets 2 experts and their weights in the pane, builds, and the
 * analysis sheet holds each expert's grid (judgements, =1/x below the diagonal), the expert weights,
 * RECC.AHPCR per expert and RECC.AHPGROUP over the stacked grids and the weights feeding RECC.AHP;
 * judgements and a weight typed on the sheet survive a rebuild; the AHP card lists each expert's CR.
 * Oracle: the values and formulas the test typed and the layout rule of src/plan/steps/ahp-experts.ts
 * (grids stacked, one under another, k·n rows × n columns).
 */
import { parseAddress } from "../../src/plan/a1";
import { e2eSuite, idle, inBook, type Cell, type Opened, type Seed } from "./pane-harness";

jest.setTimeout(180_000);

const { describeE2E, harness } = e2eSuite();
const openPane = (seed: Seed): Promise<Opened> => harness().openPane(seed, 350);

const ROWS: Cell[][] = [
  ["area", "year", "s1", "s2", "s3", "p1", "p2"],
  ["north", 2020, 1, 5, 3, 2, 7],
  ["north", 2021, 2, 4, 4, 3, 6],
  ["south", 2020, 3, 2, 1, 4, 5],
  ["south", 2021, 4, 1, 2, 5, 4],
  ["east", 2020, 2.5, 3, 2.2, 1, 3],
  ["east", 2021, 3.5, 2.5, 2.8, 2, 2],
];

type Saved = { config: { weighting: { ahp?: { experts?: { weight?: number; matrices?: { support?: unknown[][] } }[] } } } };
const SAVED = "const x = m.liveParts()[0].xml; return JSON.parse(x.slice(x.indexOf('<state>') + 7, x.indexOf('</state>')).replace(/&lt;/g,'<').replace(/&gt;/g,'>').replace(/&amp;/g,'&')).wizard;";
/** Every cell of the analysis sheet: "row,col" → formula or value. */
const CELLS = "const out = {}; for (const [k, c] of m.sheet('RECC analysis').cells) out[k] = c.formula !== undefined ? c.formula : c.value; return out;";

describeE2E("group AHP in the wizard, in Chromium", () => {
  test("2 experts: labelled fields, both grids, the weights, CR per expert and AHPGROUP written; a rebuild keeps what was typed on the sheet", async () => {
    const { page, problems } = await openPane({ sheets: [{ name: "Data", rows: ROWS }] });
    await page.click("#tab-wizard");
    await page.fill("#wz-table", "Data!A1:G7");
    await page.click("#wz-read");
    await idle(page);
    await page.selectOption("#wz-role-3", "pressure");
    await page.selectOption("#wz-role-4", "pressure");
    await page.selectOption("#wz-weighting", "ahp");
    await page.selectOption("#wz-ahp-level", "indicator");
    expect(await page.textContent('label[for="wz-experts"]')).toBe("Experts (group AHP)");
    expect(await page.inputValue("#wz-experts")).toBe("1");
    expect(await page.isVisible("#wz-expert-weights")).toBe(false);
    // By keyboard: ArrowUp on the number field makes 2 experts, and two labelled weight fields appear.
    await page.focus("#wz-experts");
    await page.keyboard.press("ArrowUp");
    expect(await page.inputValue("#wz-experts")).toBe("2");
    expect(await page.isVisible("#wz-expert-weights")).toBe(true);
    expect(await page.textContent('label[for="wz-expert-w-1"]')).toBe("Weight of expert 1");
    expect(await page.textContent('label[for="wz-expert-w-2"]')).toBe("Weight of expert 2");
    await page.fill("#wz-expert-w-1", "0.6");
    await page.fill("#wz-expert-w-2", "0.4");
    await page.click("#wz-build");
    await idle(page);
    expect(await page.textContent("#error")).toBe("");

    const saved = await inBook<Saved>(page, SAVED);
    expect(saved.config.weighting.ahp!.experts!.map((x) => x.weight)).toEqual([0.6, 0.4]);
    const cells = await inBook<Record<string, Cell>>(page, CELLS);
    const formulas = Object.values(cells).filter((f): f is string => typeof f === "string" && f.startsWith("="));
    const group = formulas.filter((f) => f.startsWith("=RECC.AHPGROUP("));
    expect(group).toHaveLength(2); // one per system
    expect(formulas.filter((f) => f.startsWith("=RECC.AHPCR("))).toHaveLength(4); // 2 experts × 2 systems
    // The support system's group: its stacked grids (2 experts × 3 indicators = 6 rows × 3) and weights.
    const [stackText, weightsText] = /^=RECC\.AHPGROUP\(([^,]+),([^)]+)\)$/.exec(group[0])!.slice(1);
    const stack = parseAddress(stackText);
    const weights = parseAddress(weightsText);
    expect([stack.rows, stack.cols]).toEqual([6, 3]);
    expect([weights.rows, weights.cols]).toEqual([1, 2]);
    expect([0, 1].map((e) => cells[`${weights.row},${weights.col + e}`])).toEqual([0.6, 0.4]);
    const at = (r: number, c: number) => cells[`${stack.row + r},${stack.col + c}`];
    for (let e = 0; e < 2; e++) {
      for (let i = 0; i < 3; i++) {
        expect(at(e * 3 + i, i)).toBe(1);
        for (let j = i + 1; j < 3; j++) expect(at(e * 3 + i, j)).toBe(1); // equal importance until edited
        // The reciprocal of the partner above the diagonal (a text fraction p/q read as q/p).
        for (let j = 0; j < i; j++) expect(at(e * 3 + i, j)).toMatch(/^=IFERROR\(IF\(ISTEXT\('RECC analysis'!\$[A-Z]+\$\d+\),.*,1\/'RECC analysis'!\$[A-Z]+\$\d+\),""\)$/);
      }
    }
    // AHP reads the group matrix: the anchor of AHPGROUP's spill is the first cell of AHP's range.
    const groupAnchor = Object.entries(cells).find(([, f]) => f === group[0])![0].split(",").map(Number);
    const ahp = formulas.find((f) => f.startsWith("=RECC.AHP(") && parseAddress(f.slice(10).split(",")[0]).row === groupAnchor[0])!;
    expect(parseAddress(ahp.slice(10).split(",")[0])).toMatchObject({ row: groupAnchor[0], col: groupAnchor[1], rows: 3, cols: 3 });

    // The user types on the sheet: expert 2 judges s1 vs s2 as 5, expert 1's weight becomes 3.
    await inBook(page, "const s = m.sheet('RECC analysis'); s.cells.set(args[0], { value: 5 }); s.cells.set(args[1], { value: 3 });", `${stack.row + 3},${stack.col + 1}`, `${weights.row},${weights.col}`);
    await page.click("#wz-build");
    await idle(page);
    expect(await page.textContent("#error")).toBe("");
    const again = await inBook<Saved>(page, SAVED);
    expect(again.config.weighting.ahp!.experts!.map((x) => x.weight)).toEqual([3, 0.4]);
    expect(again.config.weighting.ahp!.experts![1].matrices!.support![0]).toEqual([1, 5, 1]);
    expect(await page.inputValue("#wz-expert-w-1")).toBe("3");
    expect(await page.textContent("#status")).toContain("Expert weights read from the sheet: 3, 0.4.");
    const rebuilt = await inBook<Record<string, Cell>>(page, CELLS);
    expect(rebuilt[`${stack.row + 3},${stack.col + 1}`]).toBe(5);
    expect(rebuilt[`${weights.row},${weights.col}`]).toBe(3);

    // The AHP card: each expert's CR under the group matrix's measures (values as Excel would show them).
    const crCells = Object.entries(rebuilt).filter(([, f]) => typeof f === "string" && f.startsWith("=RECC.AHPCR(")).map(([k]) => k);
    await inBook(page, "const s = m.sheet('RECC analysis'); args[0].forEach((k, i) => s.cells.set(k, { value: 0.01 * (i + 1) }));", crCells);
    await page.click("#wz-ahp-refresh");
    await idle(page);
    const rows = await page.$$eval("#wz-ahp-table tbody tr", (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(rows.map((r) => r[0])).toEqual(["λmax", "CI", "RI", "CR", "Consistent (CR < 0.1)", "CR, expert 1", "CR, expert 2"]);
    expect(rows.slice(5).every((r) => r.slice(1).every((x) => /^0\.0\d00$/.test(x ?? "")))).toBe(true);
    expect(await page.isVisible("#wz-ahp-group")).toBe(true);
    // CR ≥ 0.1 of the group matrix: the card lists the AHPSUGGEST rows beside it, as the group's.
    const anchorOf = (fn: string) => Object.entries(rebuilt).find(([, f]) => typeof f === "string" && f.startsWith(`=RECC.${fn}(`))![0];
    const put = (key: string, values: (Cell | boolean)[][]) =>
      inBook(page, "const [r, c] = args[0].split(',').map(Number); const s = m.sheet('RECC analysis'); args[1].forEach((row, i) => row.forEach((v, j) => s.cells.set((r + i) + ',' + (c + j), { value: v })));", key, values);
    const suggest = anchorOf("AHPSUGGEST");
    expect(String(rebuilt[suggest])).toContain(`${stackText.split("!")[0]}!`);
    // The suggestions read the group matrix (the AHPGROUP anchor's range), not an expert's grid.
    expect(parseAddress(String(rebuilt[suggest]).slice("=RECC.AHPSUGGEST(".length).split(",")[0])).toMatchObject({ row: groupAnchor[0], col: groupAnchor[1] });
    await put(anchorOf("AHPCONSISTENCY"), [["lambda_max", 3.2], ["CI", 0.1], ["RI", 0.58], ["CR", 0.2], ["consistent", false]]);
    await put(suggest, [
      [1, 3, 1 / 5, 3, 0.02],
      ["", "", "", "", ""],
      ["", "", "", "", ""],
    ]);
    await page.click("#wz-ahp-refresh");
    await idle(page);
    expect(await page.$$eval("#wz-ahp-suggest-list li", (lis) => lis.map((l) => l.textContent))).toEqual([
      "Support (group matrix; revise the experts' judgements of this pair): row 1, column 3: 1/5 → 3 gives CR 0.0200",
    ]);
    expect(problems).toEqual([]);
  });

  test("a negative expert weight is refused in the pane, naming the expert; nothing is written", async () => {
    const { page, problems } = await openPane({ sheets: [{ name: "Data", rows: ROWS }] });
    await page.click("#tab-wizard");
    await page.fill("#wz-table", "Data!A1:G7");
    await page.click("#wz-read");
    await idle(page);
    await page.selectOption("#wz-role-3", "pressure");
    await page.selectOption("#wz-weighting", "ahp");
    await page.fill("#wz-experts", "3");
    await page.fill("#wz-expert-w-3", "-1");
    await page.click("#wz-build");
    await idle(page);
    expect(await page.textContent("#error")).toBe("Weight of expert 3 is '-1'; give a number ≥ 0.");
    expect(await inBook<boolean>(page, "return !!m.sheet('RECC analysis');")).toBe(false);
    expect(problems).toEqual([]);
  });
});
