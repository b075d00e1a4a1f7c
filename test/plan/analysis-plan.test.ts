/** Layout, addresses and formula text of the analysis plan (contract: ../shared/method.md §3 argument order). */
import { buildAnalysisPlan, blockById, PlanError, type AnalysisPlan } from "../../src/plan/analysis-plan";
import { columnLetters, parseRect, qualified, rectAddress, sheetPrefix } from "../../src/plan/a1";
import { evaluatePlan } from "../../src/plan/evaluate-plan";
import { BASE_CONFIG, COMBINED_CONFIG, MIXED_HEADERS, resolved, smallPanel } from "./fixtures";

const table = smallPanel();
const source = (sheet = "Data") => ({
  sheet,
  headerCell: "B3",
  headers: MIXED_HEADERS,
  rowCount: table.length - 1,
  areas: table.slice(1).map((r) => String(r[3])),
  years: table.slice(1).map((r) => Number(r[0])),
});
const formulaOf = (plan: AnalysisPlan, id: string) => {
  const b = blockById(plan, id);
  const w = b.writes[b.writes.length - 1];
  return w.formulas[0][0];
};

describe("A1 helpers", () => {
  test("column letters, addresses and sheet quoting", () => {
    expect([0, 25, 26, 701, 702, 16383].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA", "XFD"]);
    expect(rectAddress({ row: 1, col: 2, rows: 48, cols: 1 }, true)).toBe("$C$2:$C$49");
    expect(parseRect("$C$2:C49")).toEqual({ row: 1, col: 2, rows: 48, cols: 1 });
    expect(sheetPrefix("O'Brien data")).toBe("'O''Brien data'!");
    expect(qualified("Data", { row: 1, col: 2, rows: 1, cols: 1 })).toBe("'Data'!$C$2");
  });
});

describe("buildAnalysisPlan", () => {
  const plan = buildAnalysisPlan(resolved(BASE_CONFIG), source("Data 2024"));
  const n = table.length - 1;

  test("links each indicator column of the user's table in system order (support first), with spilling checked references", () => {
    const sup = blockById(plan, "panel.data.support");
    // GDPperCapitaUS is header 2 → column D (header starts in B), rows 4..3+n. A cell that is not a
    // number shows which source cell it is (ISNUMBER decides, in the sheet).
    // The link follows the live table (issue 8 item 4): rows from the first to the last data row,
    // held in the table.rows helper cells (B and D of that row): INDEX(col,first):INDEX(col,last).
    const rowsAt = blockById(plan, "table.rows").rect.row + 1;
    const link = (c: string) => {
      const a = `INDEX('Data 2024'!$${c}:$${c},'RECC analysis'!$B$${rowsAt}):INDEX('Data 2024'!$${c}:$${c},'RECC analysis'!$D$${rowsAt})`;
      return `=IF(ISNUMBER(${a}),${a},"not a number: 'Data 2024'!${c}"&ROW(${a}))`;
    };
    expect(sup.writes[sup.writes.length - 1].formulas[0]).toEqual([link("D"), link("G"), link("I")]);
    expect(sup.header).toEqual(["GDPperCapitaUS", "RenewableEnergySharePercentage", "ElectricityFromRenewablesPerc"]);
    expect(sup.rect.rows).toBe(n);
  });

  test("uses the function ids and argument order of method.md §3", () => {
    // A panel block's range as written: from its anchor to the live last panel row (H of table.rows).
    const fixed = (id: string) => `'RECC analysis'!${blockById(plan, id).address.split(":").map((c) => c.replace(/([A-Z]+)(\d+)/, "$$$1$$$2")).join(":")}`;
    const A = (id: string) => {
      const r = blockById(plan, id).rect;
      const last = columnLetters(r.col + r.cols - 1);
      return `'RECC analysis'!$${columnLetters(r.col)}$${r.row + 1}:INDEX('RECC analysis'!$${last}:$${last},'RECC analysis'!$H$${blockById(plan, "table.rows").rect.row + 1})`;
    };
    expect(formulaOf(plan, "panel.normalized.support")).toMatch(new RegExp(`^=RECC\\.NORMALIZE\\(${escape(A("panel.data.support"))},'RECC analysis'!\\$B\\$\\d+:\\$D\\$\\d+\\)$`));
    expect(formulaOf(plan, "panel.C")).toBe(`=RECC.INDEX(${A("panel.P")},${A("panel.S")})`);
    expect(formulaOf(plan, "panel.grade")).toMatch(new RegExp(`^=RECC\\.GRADE\\(${escape(A("panel.S"))},${escape(A("panel.P"))},'RECC analysis'!\\$B\\$\\d+,'RECC analysis'!\\$B\\$\\d+\\)$`));
    expect(formulaOf(plan, "panel.region")).toBe(`=RECC.REGION(${A("panel.S")},${A("panel.P")})`);
    expect(formulaOf(plan, "panel.obstacles")).toBe(`=RECC.OBSTACLE(${A("panel.normalized.support")},${fixed("weights.entropy.support")})`);
    expect(String(formulaOf(plan, "panel.topObstacles"))).toMatch(/^=RECC\.TOPOBSTACLES\('RECC analysis'!\$[A-Z]+\$\d+:INDEX\('RECC analysis'!\$[A-Z]+:\$[A-Z]+,'RECC analysis'!\$H\$\d+\),'RECC analysis'!\$B\$\d+:\$D\$\d+,'RECC analysis'!\$B\$\d+\)$/);
    expect(String(formulaOf(plan, "weights.entropy.support"))).toMatch(/^=RECC\.ENTROPYWEIGHTS\(/);
    // Subsystem obstacle degrees: one column per listed subsystem, matched by name with = (no criteria).
    expect(String(formulaOf(plan, "panel.subsystemObstacles"))).toMatch(/^=MMULT\('RECC analysis'!\$[A-Z]+\$\d+:INDEX\('RECC analysis'!\$[A-Z]+:\$[A-Z]+,'RECC analysis'!\$H\$\d+\),TRANSPOSE\(--\(TRIM\(/);
  });

  test("no two blocks share a cell (outputs, titles and headers) and blocks only refer to earlier blocks or the source", () => {
    for (const p of [plan, buildAnalysisPlan(resolved(COMBINED_CONFIG), source())]) {
      const owner = new Map<string, string>();
      const claim = (sheet: string, r: { row: number; col: number; rows: number; cols: number }, id: string) => {
        for (let i = 0; i < r.rows; i++) {
          for (let j = 0; j < r.cols; j++) {
            const key = `${sheet}!${r.row + i},${r.col + j}`;
            expect(`${key} ${owner.get(key) ?? id}`).toBe(`${key} ${id}`);
            owner.set(key, id);
          }
        }
      };
      for (const b of p.blocks) {
        // Every cell an argument refers to already belongs to an earlier block (or is the user's table).
        if (b.body.kind === "spill") {
          for (const a of b.body.args) {
            if (!("ref" in a) || a.ref.sheet === "Data") continue;
            const r = a.ref.rect;
            for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) expect(owner.has(`${a.ref.sheet}!${r.row + i},${r.col + j}`)).toBe(true);
          }
        }
        claim(b.sheet, b.rect, b.id);
        for (const w of b.writes) {
          const wr = parseRect(w.address);
          const inside = wr.row >= b.rect.row && wr.col >= b.rect.col && wr.row + wr.rows <= b.rect.row + b.rect.rows && wr.col + wr.cols <= b.rect.col + b.rect.cols;
          if (!inside) claim(w.sheet, wr, b.id);
        }
      }
    }
  });

  test("the coupling chart has one series per area on the analysis sheet, curves and the grade grid on the helper sheet", () => {
    const c = plan.charts.find((x) => x.id === "coupling")!;
    const data = c.series.filter((s) => s.style === "markers");
    expect(data.map((s) => s.name)).toEqual(["Brazil", "China", "Germany", "India", "Kenya"]);
    expect(data[0].x).toMatch(/^'RECC analysis'!/);
    expect(c.series.filter((s) => s.style === "dashedSmooth").map((s) => s.name)).toEqual(["y = x", "y = x²", "y = √x"]);
    expect(c.series.filter((s) => s.style === "dashedSmooth").every((s) => s.x!.startsWith("'RECC chart data'!"))).toBe(true);
    expect(c.xAxis).toMatchObject({ min: 0, max: 1 });
    expect(c.annotations!.filter((a) => a.kind === "grade")).toHaveLength(9);
    expect(plan.charts.map((x) => x.id)).toEqual(["coupling", "trend.C", "trend.S", "trend.P", "weights", "obstacles"]);
  });

  test("series per year (rows not contiguous) go through link cells on the helper sheet", () => {
    const p = buildAnalysisPlan(resolved({ ...BASE_CONFIG, charts: { couplingSeriesBy: "year" } }), source());
    const c = p.charts.find((x) => x.id === "coupling")!;
    const data = c.series.filter((s) => s.style === "markers");
    expect(data.map((s) => s.name)).toEqual(["2012", "2013", "2014", "2015"]);
    expect(data.every((s) => s.x!.startsWith("'RECC chart data'!"))).toBe(true);
    const ev = evaluatePlan(p, table);
    // The 2015 series' S values are the S of the 2015 rows, in row order (Brazil, China, …).
    const S = ev.values["panel.S"].map((r) => r[0]);
    const rows2015 = table.slice(1).map((r, i) => (r[0] === 2015 ? i : -1)).filter((i) => i >= 0);
    expect(ev.model.read(data[3].xRef!.sheet, data[3].xRef!.rect).map((r) => r[0])).toEqual(rows2015.map((i) => S[i]));
  });

  test("AHP at the subsystem level: reciprocal formulas below the diagonal and equal split within a subsystem", () => {
    const p = buildAnalysisPlan(resolved(COMBINED_CONFIG), source());
    const grid = blockById(p, "ahp.grid.pressure");
    const f = grid.writes[grid.writes.length - 1].formulas;
    const g = grid.rect;
    const x = `'RECC analysis'!$${columnLetters(g.col + 1)}$${g.row + 1}`;
    // =1/x, with a text fraction p/q read as q/p (Excel would read '1/3 in =1/x as a date).
    expect(f[1][0]).toBe(`=IFERROR(IF(ISTEXT(${x}),IFERROR(MID(${x},FIND("/",${x})+1,99)/LEFT(${x},FIND("/",${x})-1),1/${x}),1/${x}),"")`);
    expect(f[0]).toEqual([1, 3, 0.5]);
    const ev = evaluatePlan(p, table);
    expect(ev.errors).toEqual([]);
    // Support subsystems: economic development (1 indicator), resource endowment (2 indicators);
    // AHP of [[1,2],[1/2,1]] is (2/3, 1/3) exactly (a consistent matrix), so the indicator weights
    // are 2/3, 1/6, 1/6 (oracle: hand computation of the equal split).
    const w = ev.values["weights.ahp.support"][0] as number[];
    expect(w[0]).toBeCloseTo(2 / 3, 12);
    expect(w[1]).toBeCloseTo(1 / 6, 12);
    expect(w[2]).toBeCloseTo(1 / 6, 12);
  });

  test("reports every problem: unknown headers, too few rows, a clashing sheet name", () => {
    const build = () =>
      buildAnalysisPlan(resolved(BASE_CONFIG), { ...source("RECC analysis"), headers: MIXED_HEADERS.slice(1), rowCount: 1, areas: undefined, years: undefined });
    expect(build).toThrow(PlanError);
    // The assertions run unconditionally: a build that stops throwing fails above and here.
    expect(build).toThrow(
      expect.objectContaining({
        problems: expect.arrayContaining([
          "the table's sheet 'RECC analysis' has the name of a sheet the analysis writes",
          "the table has 1 data rows; the method needs at least 2",
          expect.stringMatching(/^yearColumn 'year' is not a header of the table/),
        ]),
      }),
    );
  });

  test("text that looks like a formula is written as text", () => {
    const cfg = { ...BASE_CONFIG, indicators: BASE_CONFIG.indicators.map((x, i) => (i === 0 ? { ...x, subsystem: "=cmd|' /C calc'!A0" } : x)) };
    const p = buildAnalysisPlan(resolved(cfg), source());
    // The name is written once, in the editable subsystem list; the indicator's cell links to it.
    const list = blockById(p, "subsystems.support");
    expect(list.writes[list.writes.length - 1].formulas[0][0]).toBe("'=cmd|' /C calc'!A0");
    const ind = blockById(p, "indicators");
    expect(ind.writes[1].formulas[3][1]).toBe(`=${qualified("RECC analysis", { ...list.rect, cols: 1 })}`);
  });
});

function escape(s: string): string {
  return s.replace(/[$()|.*+?^{}[\]\\]/g, "\\$&");
}
