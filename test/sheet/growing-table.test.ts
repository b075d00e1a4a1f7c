/**
 * Issue 8 item 4: the analysis sheet follows the user's table. Oracle: the sheets the plan wrote for
 * the table AS BUILT, with the user's change made to the data afterwards (rows appended below, a row
 * inserted inside, a blank row), are evaluated by the independent engine (HyperFormula with Excel's
 * rules where they differ, RECC.* from the built bundle; INDEX-built ranges resolved as Excel
 * resolves them, test/sheet/growing-ranges.ts; a row insertion moves references as HyperFormula
 * and Excel both do) and compared to 1e-9 with the headless run (evaluatePlan, the demo's
 * evaluator, src/core) of a plan built from scratch for the changed table.
 */
import { buildAnalysisPlan, blockById, type AnalysisPlan } from "../../src/plan/analysis-plan";
import type { AnalysisConfig } from "../../src/plan/analysis-config";
import { rectAddress } from "../../src/plan/a1";
import { CHINA_CONFIG } from "../runner/helpers";
import { editCell, planWorkbook } from "./excel-engine";
import { anchor, chinaTable, compare, resolved, sourceOf, withWeighting, type Table } from "./live-support";

const table = chinaTable();
const n = table.rows.length - 1;
const yearCol = table.rows[0].indexOf("year");
const lastYear = Math.max(...table.rows.slice(1).map((r) => Number(r[yearCol])));
/** Next year's rows: the last year's 30 cities with each indicator moved by a different few percent. */
const nextYear = table.rows
  .slice(1)
  .filter((r) => r[yearCol] === lastYear)
  .map((r, i) => r.map((v, j) => (j === yearCol ? lastYear + 1 : typeof v === "number" ? v * (1 + (((i * 7 + j * 3) % 11) - 5) / 100) : v)));

const grownBy = (rows: Table["rows"]): Table => ({ ...table, rows: [...table.rows, ...rows] });
/** The written sheets of `plan` with `extra` rows typed below the table (as a user appends them). */
function appended(plan: AnalysisPlan, extra: Table["rows"]) {
  const sheets = planWorkbook(plan, table.rows);
  extra.forEach((r, i) => r.forEach((v, j) => editCell(sheets, "Data", rectAddress({ row: table.rows.length + i, col: j, rows: 1, cols: 1 }), v)));
  return sheets;
}
const rowsCells = (plan: AnalysisPlan, engine: ReturnType<typeof compare>["engine"]) => {
  const b = blockById(plan, "table.rows");
  const v = engine.read(plan.sheet, b.rect)[0];
  return { first: v[1], last: v[3], count: v[5], panelLast: v[7] };
};

describe("issue 8 item 4: the analysis follows the table", () => {
  for (const method of ["entropy", "combined"] as const) {
    const config = resolved(withWeighting(CHINA_CONFIG as AnalysisConfig, method));
    const plan = buildAnalysisPlan(config, sourceOf(table));

    test(`as built (${method}): the table check names the rows the analysis covers, from live cells`, () => {
      const { mismatches, engine } = compare(plan, table);
      expect(mismatches).toEqual([]);
      expect(rowsCells(plan, engine)).toEqual({ first: 2, last: n + 1, count: n, panelLast: blockById(plan, "panel.S").rect.row + n });
      expect(anchor(plan, engine, "table.check")).toBe(`✓ The analysis follows the table: rows 2–${n + 1} of 'Data' (${n} rows). Rows added below it or inserted inside are included when Excel recalculates.`);
    });

    test(`next year's 30 rows appended below (${method}): included on recalculation, as a fresh analysis of the grown table`, () => {
      const grown = grownBy(nextYear);
      const fresh = buildAnalysisPlan(config, sourceOf(grown));
      const { mismatches, worst, engine } = compare(plan, grown, { sheets: appended(plan, nextYear), headless: fresh, grown: true });
      expect(mismatches.slice(0, 5)).toEqual([]);
      expect(worst).toBeLessThanOrEqual(1e-9);
      const S = blockById(fresh, "panel.S");
      // The last appended row has an S (a number), computed with every row's min and max.
      expect(typeof engine.value(plan.sheet, S.rect.row + n + 29, S.rect.col)).toBe("number");
      expect(engine.value(plan.sheet, S.rect.row + n + 30, S.rect.col)).toBe("");
      expect(rowsCells(plan, engine)).toMatchObject({ first: 2, last: n + 31, count: n + 30 });
      expect(anchor(plan, engine, "table.check")).toBe(
        `✗ The table now has ${n + 30} rows (rows 2–${n + 31} of 'Data'): the analysis includes them, but the charts and their chart data were drawn from the ${n} rows at build time and no longer match the table. Press Update charts in the task pane.`,
      );
    });
  }

  const config = resolved(CHINA_CONFIG);
  const plan = buildAnalysisPlan(config, sourceOf(table));

  test("a row inserted inside the table (Excel moves the references): the inserted row is analysed, the last row is not lost", () => {
    const at = 150; // 0-based in table.rows: sheet row 151
    const newRow = table.rows[at].map((v, j) => (j === 0 ? `${String(v)} (new)` : typeof v === "number" ? v * 1.02 : v));
    const inserted: Table = { ...table, rows: [...table.rows.slice(0, at), newRow, ...table.rows.slice(at)] };
    const fresh = buildAnalysisPlan(config, sourceOf(inserted));
    const { mismatches, worst, engine } = compare(plan, inserted, {
      sheets: planWorkbook(plan, table.rows),
      headless: fresh,
      grown: true,
      mutate: (hf) => {
        const data = hf.getSheetId("Data")!;
        hf.addRows(data, [at, 1]);
        hf.setCellContents({ sheet: data, row: at, col: 0 }, [newRow]);
      },
    });
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(worst).toBeLessThanOrEqual(1e-9);
    const keys = blockById(fresh, "panel.keys");
    expect(engine.read(plan.sheet, { ...keys.rect, row: keys.rect.row + at - 1, rows: 1 })[0]).toEqual([newRow[0], newRow[1]]);
    // The table's last row (before: dropped from a fixed range) is the panel's last row.
    expect(engine.read(plan.sheet, { ...keys.rect, row: keys.rect.row + n, rows: 1 })[0]).toEqual(table.rows[n].slice(0, 2));
    expect(rowsCells(plan, engine)).toMatchObject({ first: 2, last: n + 2, count: n + 1 });
    expect(anchor(plan, engine, "table.check")).toMatch(/^✗ The table now has 301 rows/);
  });

  test("a row inserted directly under the header is inside the table too", () => {
    const newRow = table.rows[1].map((v, j) => (j === 0 ? "Top (new)" : typeof v === "number" ? v * 0.97 : v));
    const inserted: Table = { ...table, rows: [table.rows[0], newRow, ...table.rows.slice(1)] };
    const { mismatches } = compare(plan, inserted, {
      sheets: planWorkbook(plan, table.rows),
      headless: buildAnalysisPlan(config, sourceOf(inserted)),
      grown: true,
      mutate: (hf) => {
        const data = hf.getSheetId("Data")!;
        hf.addRows(data, [1, 1]);
        hf.setCellContents({ sheet: data, row: 1, col: 0 }, [newRow]);
      },
    });
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  test("a wholly blank row appended below is not data: nothing changes", () => {
    const blank = [table.rows[0].map(() => null)];
    const { mismatches, engine } = compare(plan, table, { sheets: appended(plan, blank) });
    expect(mismatches).toEqual([]);
    expect(anchor(plan, engine, "table.check")).toMatch(/^✓ /);
  });

  test("a blank row, then next year's rows: the blank row is inside the table and named (item 1's rule), results #VALUE!", () => {
    const extra = [table.rows[0].map(() => null), ...nextYear];
    const grown = grownBy(extra);
    const { mismatches, engine } = compare(plan, grown, { sheets: appended(plan, extra), headless: buildAnalysisPlan(config, sourceOf(grown)), grown: true });
    expect(mismatches.slice(0, 5)).toEqual([]);
    const keys = blockById(plan, "panel.keys");
    expect(engine.read(plan.sheet, { ...keys.rect, row: keys.rect.row + n, rows: 1 })[0]).toEqual([`blank: 'Data'!A${n + 2}`, `blank: 'Data'!B${n + 2}`]);
    expect(anchor(plan, engine, "panel.S")).toBe("#VALUE!");
  });

  test("an appended row with a blank indicator cell gives #VALUE! naming that cell (item 1's rule on new rows)", () => {
    const pm10 = table.rows[0].indexOf("PM10");
    const extra = nextYear.map((r, i) => (i === 4 ? r.map((v, j) => (j === pm10 ? null : v)) : r));
    const grown = grownBy(extra);
    const { mismatches, engine } = compare(plan, grown, { sheets: appended(plan, extra), headless: buildAnalysisPlan(config, sourceOf(grown)), grown: true });
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(anchor(plan, engine, "panel.P")).toBe("#VALUE!");
    const data = blockById(plan, "panel.data.pressure");
    const j = plan.indicators.filter((x) => x.role === "pressure").findIndex((x) => x.name === "PM10");
    expect(engine.value(plan.sheet, data.rect.row + n + 4, data.rect.col + j)).toBe(`not a number: 'Data'!${String.fromCharCode(65 + pm10)}${n + 6}`);
  });
});

test("the table check in Chinese (PlanOptions.locale zh-CN) states the live rows too", () => {
  const zh = buildAnalysisPlan(resolved(CHINA_CONFIG), sourceOf(table), { locale: "zh-CN" });
  const grown = grownBy(nextYear);
  const { engine } = compare(zh, grown, { sheets: appended(zh, nextYear), headless: buildAnalysisPlan(resolved(CHINA_CONFIG), sourceOf(grown), { locale: "zh-CN" }), grown: true });
  expect(anchor(zh, engine, "table.check")).toBe(`✗ 表格现有 ${n + 30} 行（'Data' 第 2–${n + 31} 行）：分析已包含这些行，但图表及其图表数据是按生成时的 ${n} 行绘制的，已与表格不符。请在任务窗格中点击“更新图表”。`);
  expect(engine.read(zh.sheet, blockById(zh, "table.rows").rect)[0].filter((v) => typeof v === "string")).toEqual(["首个数据行", "末个数据行", "数据行数", "面板末行"]);
});

test("with the CCD and TOPSIS blocks: their spills follow the appended rows too (the TOPSIS rank cells keep the rows as built)", () => {
  const config = resolved({ ...withWeighting(CHINA_CONFIG as AnalysisConfig, "combined"), ccd: {}, topsis: {} });
  const plan = buildAnalysisPlan(config, sourceOf(table));
  const grown = grownBy(nextYear);
  const fresh = buildAnalysisPlan(config, sourceOf(grown));
  const { mismatches, worst, engine } = compare(plan, grown, { sheets: appended(plan, nextYear), headless: fresh, grown: true });
  expect(mismatches.slice(0, 5)).toEqual([]);
  expect(worst).toBeLessThanOrEqual(1e-9);
  for (const id of ["panel.ccd", "panel.ccdLevel", "panel.topsis"]) {
    const b = blockById(fresh, id);
    expect([id, typeof engine.value(plan.sheet, b.rect.row + n + 29, b.rect.col)]).toEqual([id, id === "panel.ccdLevel" ? "string" : "number"]);
  }
  // The rank cells of the rows as built still rank among every row of their year (the grown ranges).
  const rank = blockById(fresh, "panel.topsisRank");
  const headless = compare(fresh, grown).engine;
  expect(engine.read(plan.sheet, { ...rank.rect, rows: n })).toEqual(headless.read(fresh.sheet, { ...rank.rect, rows: n }));
});

test("chart series stay fixed A1 ranges (an Office.js series takes a Range; the pane offers Update charts)", () => {
  const plan = buildAnalysisPlan(resolved({ ...(CHINA_CONFIG as AnalysisConfig), ccd: {} }), sourceOf(table));
  const ranges = plan.charts.flatMap((c) => [c.categories, ...c.series.flatMap((s) => [s.x, s.y])]).filter((x): x is string => x !== undefined);
  expect(ranges.length).toBeGreaterThan(30);
  expect(ranges.filter((r) => !/^'(?:[^']|'')+'!\$[A-Z]+\$\d+(?::\$[A-Z]+\$\d+)?$/.test(r))).toEqual([]);
});
