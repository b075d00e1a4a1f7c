/**
 * Tester's break attempts on "the analysis follows the table" (issue 8 item 4), on real data no test
 * was written against: the Grunfeld investment panel (statsmodels; ./data/grunfeld.csv, see its README; here
 * the first 4 firms × 20 years). Oracle: as test/sheet/growing-table.test.ts, the headless run
 * (evaluatePlan) of a plan built from scratch for the changed table, compared with the sheets the
 * plan wrote for the table as built, edited afterwards, computed by the HyperFormula engine.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildAnalysisPlan, blockById, type AnalysisPlan } from "../../src/plan/analysis-plan";
import { rectAddress } from "../../src/plan/a1";
import { editCell, planWorkbook } from "../sheet/excel-engine";
import { anchor, compare, resolved, sourceOf, type Table } from "../sheet/live-support";

const CSV = path.join(__dirname, "data/grunfeld.csv");
const d = describe;

function grunfeld(firms: number): Table {
  const lines = fs.readFileSync(CSV, "utf8").trim().split(/\r?\n/);
  const rows = lines.slice(1).map((l) => l.split(","));
  const names = [...new Set(rows.map((r) => r[3]))].slice(0, firms);
  const body = rows.filter((r) => names.includes(r[3])).map((r) => [r[3], Number(r[4]), Number(r[1]), Number(r[2]), Number(r[0])]);
  return { areaColumn: "firm", yearColumn: "year", rows: [["firm", "year", "value", "capital", "invest"], ...body] };
}
const CONFIG = {
  version: 1,
  areaColumn: "firm",
  yearColumn: "year",
  indicators: [
    { name: "value", role: "support", direction: 1, subsystem: "market" },
    { name: "capital", role: "support", direction: 1, subsystem: "assets" },
    { name: "invest", role: "pressure", direction: 1, subsystem: "spending" },
  ],
  weighting: { method: "entropy" },
  ccd: {},
  topsis: {},
};

d("tester: the analysis follows a growing Grunfeld table", () => {
  const table = grunfeld(4);
  const n = table.rows.length - 1;
  const config = resolved(CONFIG);
  const plan = buildAnalysisPlan(config, sourceOf(table));
  const appended = (p: AnalysisPlan, base: Table, extra: Table["rows"]) => {
    const sheets = planWorkbook(p, base.rows);
    extra.forEach((r, i) => r.forEach((v, j) => editCell(sheets, "Data", rectAddress({ row: base.rows.length + i, col: j, rows: 1, cols: 1 }), v)));
    return sheets;
  };
  const grown = (extra: Table["rows"]): Table => ({ ...table, rows: [...table.rows, ...extra] });
  const year1955 = table.rows.slice(1).filter((r) => r[1] === 1954).map((r, i) => [r[0], 1955, (r[2] as number) * 1.05, (r[3] as number) * (1 + i / 50), (r[4] as number) * 0.9]);

  test("as built: engine = headless", () => {
    expect(compare(plan, table).mismatches).toEqual([]);
  });

  test("3 blank rows, then 1955's rows: the blank rows are named, S is #VALUE! (as for one blank row)", () => {
    const blanks = [0, 1, 2].map(() => table.rows[0].map(() => null));
    const g = grown([...blanks, ...year1955]);
    const { mismatches, engine } = compare(plan, g, { sheets: appended(plan, table, [...blanks, ...year1955]), headless: buildAnalysisPlan(config, sourceOf(g)), grown: true });
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(anchor(plan, engine, "panel.S")).toBe("#VALUE!");
  });

  test("a row deleted inside the table (Excel moves the references): as a fresh analysis of the shorter table", () => {
    const at = 30;
    const shorter: Table = { ...table, rows: [...table.rows.slice(0, at), ...table.rows.slice(at + 1)] };
    const { mismatches, worst, engine } = compare(plan, shorter, {
      sheets: planWorkbook(plan, table.rows),
      headless: buildAnalysisPlan(config, sourceOf(shorter)),
      grown: true,
      mutate: (hf) => hf.removeRows(hf.getSheetId("Data")!, [at, 1]),
    });
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(worst).toBeLessThanOrEqual(1e-9);
    const S = blockById(plan, "panel.S");
    expect(engine.value(plan.sheet, S.rect.row + n - 1, S.rect.col)).toBe("");
  });

  test("the table's last row deleted", () => {
    const shorter: Table = { ...table, rows: table.rows.slice(0, -1) };
    const { mismatches } = compare(plan, shorter, {
      sheets: planWorkbook(plan, table.rows),
      headless: buildAnalysisPlan(config, sourceOf(shorter)),
      grown: true,
      mutate: (hf) => hf.removeRows(hf.getSheetId("Data")!, [n, 1]),
    });
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  test("rows of an area never seen appended (a 5th firm, 20 years)", () => {
    const fifth = grunfeld(5).rows.slice(1 + n);
    const g = grown(fifth);
    const { mismatches, worst } = compare(plan, g, { sheets: appended(plan, table, fifth), headless: buildAnalysisPlan(config, sourceOf(g)), grown: true });
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(worst).toBeLessThanOrEqual(1e-9);
  });

  test("an appended row with text 'n/a' in a numeric cell: #VALUE! naming the cell", () => {
    const extra = year1955.map((r, i) => (i === 2 ? r.map((v, j) => (j === 3 ? "n/a" : v)) : r));
    const g = grown(extra);
    const { mismatches, engine } = compare(plan, g, { sheets: appended(plan, table, extra), headless: buildAnalysisPlan(config, sourceOf(g)), grown: true });
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(anchor(plan, engine, "panel.S")).toBe("#VALUE!");
  });

  test("appended rows whose year is text '1955' (typed with a leading apostrophe)", () => {
    // HyperFormula reads a string "1955" as the number; "'1955" is text, as Excel's typed '1955.
    const extra = year1955.map((r) => r.map((v, j) => (j === 1 ? "1955" : v)));
    const typed = year1955.map((r) => r.map((v, j) => (j === 1 ? "'1955" : v)));
    const g = grown(extra);
    const { mismatches } = compare(plan, g, { sheets: appended(plan, table, typed), headless: buildAnalysisPlan(config, sourceOf(g)), grown: true });
    expect(mismatches.slice(0, 8)).toEqual([]);
  });
});

d("tester: a 2-row table grows to 3", () => {
  const base = grunfeld(1);
  const table: Table = { ...base, rows: base.rows.slice(0, 3) };
  const config = resolved(CONFIG);
  const plan = buildAnalysisPlan(config, sourceOf(table));
  test("as built and grown by one row", () => {
    expect(compare(plan, table).mismatches).toEqual([]);
    const extra = [base.rows[3]];
    const g: Table = { ...table, rows: [...table.rows, ...extra] };
    const sheets = planWorkbook(plan, table.rows);
    extra[0].forEach((v, j) => editCell(sheets, "Data", rectAddress({ row: 3, col: j, rows: 1, cols: 1 }), v));
    const { mismatches, worst } = compare(plan, g, { sheets, headless: buildAnalysisPlan(config, sourceOf(g)), grown: true });
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(worst).toBeLessThanOrEqual(1e-9);
  });
});

d("tester: a year column that is text in every row", () => {
  const num = grunfeld(4);
  const text: Table = { ...num, rows: num.rows.map((r, i) => (i === 0 ? r : r.map((v, j) => (j === 1 ? String(v) : v)))) };
  const config = resolved(CONFIG);
  test("engine = headless, and the same S, P, C, TOPSIS ranks as with numeric years", () => {
    const plan = buildAnalysisPlan(config, sourceOf(text));
    const sheets = planWorkbook(plan, num.rows);
    text.rows.slice(1).forEach((r, i) => editCell(sheets, "Data", rectAddress({ row: 1 + i, col: 1, rows: 1, cols: 1 }), `'${r[1]}`));
    const t = compare(plan, text, { sheets });
    const numPlan = buildAnalysisPlan(config, sourceOf(num));
    const nres = compare(numPlan, num);
    const ids = ["panel.S", "panel.P", "panel.C", "panel.topsisRank", "panel.keys"];
    const got = ids.map((id) => [id, t.engine.read(plan.sheet, blockById(plan, id).rect)]);
    const want = ids.map((id) => [id, nres.engine.read(numPlan.sheet, blockById(numPlan, id).rect)]);
    expect(t.mismatches.slice(0, 6)).toEqual([]);
    expect(got.slice(0, 4)).toEqual(want.slice(0, 4));
  });
});

d("tester: growing table with group AHP (2 experts, combined, CRITIC needs 2 per system so entropy)", () => {
  const table = grunfeld(3);
  const config = resolved({
    ...CONFIG,
    weighting: {
      method: "combined",
      ahp: { level: "indicator", experts: [{ weight: 0.7, matrices: { support: [[1, 3], [null, 1]] } }, { weight: 0.3, matrices: { support: [[1, "1/2"], [null, 1]] } }] },
      combine: { method: "game" },
    },
  });
  const plan = buildAnalysisPlan(config, sourceOf(table));
  test("one more year appended: engine = fresh headless", () => {
    const extra = table.rows.slice(1).filter((r) => r[1] === 1954).map((r) => [r[0], 1955, (r[2] as number) * 1.1, (r[3] as number) * 0.95, (r[4] as number) * 1.2]);
    const g: Table = { ...table, rows: [...table.rows, ...extra] };
    const sheets = planWorkbook(plan, table.rows);
    extra.forEach((r, i) => r.forEach((v, j) => editCell(sheets, "Data", rectAddress({ row: table.rows.length + i, col: j, rows: 1, cols: 1 }), v)));
    const { mismatches, worst } = compare(plan, g, { sheets, headless: buildAnalysisPlan(config, sourceOf(g)), grown: true });
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(worst).toBeLessThanOrEqual(1e-9);
  });
});
