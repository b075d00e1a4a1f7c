/**
 * The live analysis sheet computes what Excel computes (issue 8). Oracle: an independent spreadsheet
 * engine (HyperFormula with Excel's rules where they differ, and the RECC functions of the built
 * dist/functions.js; test/sheet/excel-engine.ts) evaluates the sheets the plan writes, including
 * the edits a user makes there; each scenario is compared with the headless run (evaluatePlan, the
 * evaluator `npm run demo` uses) of the same configuration to 1e-9.
 */
import { buildAnalysisPlan, blockById, type AnalysisPlan, type CellValue } from "../../src/plan/analysis-plan";
import type { AnalysisConfig } from "../../src/plan/analysis-config";
import { rectAddress } from "../../src/plan/a1";
import { CHINA_CONFIG } from "../runner/helpers";
import { computeWorkbook, editCell, planWorkbook, plannedSizes, type BlankAs } from "./excel-engine";
import { allValues, anchor, chinaTable, compare, resolved, sourceOf, wbTable, withWeighting, type Table } from "./live-support";

describe("clean data: the engine and the headless run agree to 1e-9", () => {
  for (const method of ["entropy", "ahp", "combined"] as const) {
    test(`World Bank sample, ${method} weighting`, () => {
      const { table, config } = wbTable();
      const plan = buildAnalysisPlan(resolved(withWeighting(config, method)), sourceOf(table));
      const { worst, mismatches, engine } = compare(plan, table);
      expect(mismatches.slice(0, 5)).toEqual([]);
      expect(worst).toBeLessThanOrEqual(1e-9);
      expect(typeof anchor(plan, engine, "panel.S")).toBe("number");
      expect(allValues(plan, engine).filter((v) => typeof v === "string" && v.startsWith("#"))).toEqual([]);
    });

    test(`China 30-city panel, ${method} weighting`, () => {
      const table = chinaTable();
      const plan = buildAnalysisPlan(resolved(withWeighting(CHINA_CONFIG as AnalysisConfig, method)), sourceOf(table));
      const { worst, mismatches, engine } = compare(plan, table);
      expect(mismatches.slice(0, 5)).toEqual([]);
      expect(worst).toBeLessThanOrEqual(1e-9);
      expect(allValues(plan, engine).filter((v) => typeof v === "string" && v.startsWith("#"))).toEqual([]);
    });
  }
});

describe("issue 8 item 1: blanks and text never enter a computation as 0", () => {
  const table = chinaTable();
  const config = resolved(CHINA_CONFIG);
  const pm10 = table.rows[0].indexOf("PM10");

  for (const blank of [null, "", 0] as BlankAs[]) {
    test(`an emptied indicator cell gives #VALUE! and names Data!${String.fromCharCode(65 + pm10)}6 (host passes blanks as ${JSON.stringify(blank)})`, () => {
      const rows = table.rows.map((r) => [...r]);
      rows[5][pm10] = null;
      const t = { ...table, rows };
      const plan = buildAnalysisPlan(config, sourceOf(t));
      const { mismatches, engine } = compare(plan, t, { blank });
      expect(mismatches).toEqual([]);
      for (const id of ["panel.normalized.pressure", "panel.P", "panel.C", "weights.entropy.pressure"]) expect(anchor(plan, engine, id)).toBe("#VALUE!");
      // The visible check beside the results names the source cell.
      const data = blockById(plan, "panel.data.pressure");
      const j = plan.indicators.filter((x) => x.role === "pressure").findIndex((x) => x.name === "PM10");
      expect(engine.value("RECC analysis", data.rect.row + 4, data.rect.col + j)).toBe(`not a number: 'Data'!${String.fromCharCode(65 + pm10)}6`);
      // The same panel with 0 typed there computes numbers: the blank was not read as 0.
      const zero = table.rows.map((r) => [...r]);
      zero[5][pm10] = 0;
      const z = compare(plan, { ...table, rows: zero }, { blank });
      expect(typeof anchor(plan, z.engine, "panel.P")).toBe("number");
    });
  }

  test("text in an indicator cell gives #VALUE! and names the cell", () => {
    const rows = table.rows.map((r) => [...r]);
    rows[12][pm10] = "n/a";
    const t = { ...table, rows };
    const plan = buildAnalysisPlan(config, sourceOf(t));
    const { mismatches, engine } = compare(plan, t);
    expect(mismatches).toEqual([]);
    expect(anchor(plan, engine, "panel.P")).toBe("#VALUE!");
    expect(allValues(plan, engine)).toContain(`not a number: 'Data'!${String.fromCharCode(65 + pm10)}13`);
  });

  test("a wholly blank row inside the table is shown as blank, not as area 0, year 0 with S = 0", () => {
    const rows = table.rows.map((r) => [...r]);
    rows.splice(11, 0, rows[0].map(() => null));
    const t = { ...table, rows };
    const plan = buildAnalysisPlan(config, sourceOf(t));
    const { mismatches, engine } = compare(plan, t);
    expect(mismatches).toEqual([]);
    const keys = blockById(plan, "panel.keys");
    expect(engine.read("RECC analysis", { ...keys.rect, row: keys.rect.row + 10, rows: 1 })[0]).toEqual(["blank: 'Data'!A12", "blank: 'Data'!B12"]);
    expect(anchor(plan, engine, "panel.S")).toBe("#VALUE!");
    const S = blockById(plan, "panel.S");
    expect(engine.read("RECC analysis", S.rect).flat().filter((v) => v === 0)).toEqual([]);
  });
});

describe("issue 8 item 2: names never act as criteria", () => {
  const table = chinaTable();

  test("no written formula uses MATCH, COUNTIF, SUMIF or any *IFS (they read names as wildcard criteria)", () => {
    for (const method of ["entropy", "ahp", "combined"] as const) {
      for (const config of [CHINA_CONFIG as AnalysisConfig, { ...(CHINA_CONFIG as AnalysisConfig), yearColumn: undefined }]) {
        const plan = buildAnalysisPlan(resolved(withWeighting(config, method)), sourceOf(table));
        const formulas = plan.blocks.flatMap((b) => b.writes.flatMap((w) => w.formulas.flat())).filter((f): f is string => typeof f === "string" && f.startsWith("="));
        expect(formulas.length).toBeGreaterThan(20);
        expect(formulas.filter((f) => /\b(MATCH|XMATCH|COUNTIFS?|SUMIFS?|AVERAGEIFS?|MAXIFS|MINIFS|VLOOKUP|HLOOKUP|XLOOKUP|SEARCH)\(/i.test(f))).toEqual([]);
      }
    }
  });
  const hostile = (config: AnalysisConfig, subsystem: (name: string, s: string) => string): AnalysisConfig => ({
    ...config,
    indicators: config.indicators.map((x) => ({ ...x, subsystem: subsystem(x.name, x.subsystem) })),
  });
  const base = withWeighting(CHINA_CONFIG as AnalysisConfig, "ahp");
  // PM10 alone in "air*", SO2 and NOx in "air quality": MATCH/COUNTIF would read "air*" as a wildcard.
  const split = (name: string, s: string) => (name === "PM10" ? "air*" : name === "SO2" || name === "NOx" ? "air quality" : s);
  const plain = (name: string, s: string) => (name === "PM10" ? "air one" : name === "SO2" || name === "NOx" ? "air two" : s);

  test("PM10 in 'air*' keeps its own AHP weight (SO2, NOx in 'air quality'), as with plain names", () => {
    const grid = [
      [1, 1, 1, 1],
      [null, 1, 1, 1],
      [null, null, 1, 1],
      [null, null, null, 1],
    ];
    const mk = (f: typeof split) => {
      const c = hostile(base, f);
      return resolved({ ...c, weighting: { ...c.weighting, ahp: { level: "subsystem", matrices: { ...c.weighting.ahp!.matrices, pressure: grid } } } });
    };
    const hostilePlan = buildAnalysisPlan(mk(split), sourceOf(table));
    const plainPlan = buildAnalysisPlan(mk(plain), sourceOf(table));
    const h = compare(hostilePlan, table);
    const p = compare(plainPlan, table);
    expect(h.mismatches).toEqual([]);
    const w = blockById(hostilePlan, "weights.ahp.pressure");
    const names = hostilePlan.indicators.filter((x) => x.role === "pressure").map((x) => x.name);
    // Four equal subsystems: PM10 alone gets 1/4; SO2 and NOx share 1/4.
    expect(h.engine.value("RECC analysis", w.rect.row, w.rect.col + names.indexOf("PM10"))).toBeCloseTo(0.25, 12);
    expect(h.engine.value("RECC analysis", w.rect.row, w.rect.col + names.indexOf("SO2"))).toBeCloseTo(0.125, 12);
    for (const id of ["panel.P", "panel.S", "panel.grade", "weights.ahp.pressure"]) {
      const b = blockById(hostilePlan, id);
      expect(h.engine.read(b.sheet, b.rect)).toEqual(p.engine.read(b.sheet, b.rect));
    }
  });

  test("names with * ? ~, leading < > = ', spaces, Chinese and emoji give the same numbers as plain names", () => {
    const odd = ["<5 µg", "=air", "'quoted", "a?b ~c*", "  空气 质量 ", "🌫️ haze", ">high"];
    let k = 0;
    const weird = hostile(withWeighting(CHINA_CONFIG as AnalysisConfig, "combined"), (_n, s) => (s === "air pollution" ? odd[k++ % odd.length] : s));
    // The same grouping with plain names.
    k = 0;
    const names = hostile(withWeighting(CHINA_CONFIG as AnalysisConfig, "combined"), (_n, s) => (s === "air pollution" ? `plain ${k++ % odd.length}` : s));
    // Headers and areas too: an indicator renamed "*PM?10~", cities renamed with odd text.
    const rename = (t: Table): Table => ({ ...t, rows: t.rows.map((r, i) => (i === 0 ? r.map((h) => (h === "PM10" ? "*PM?10~" : h)) : r.map((v, j) => (j === 0 ? `=${String(v)}<*北京🏙️` : v)))) });
    const renameCfg = (c: AnalysisConfig): AnalysisConfig => ({ ...c, indicators: c.indicators.map((x) => (x.name === "PM10" ? { ...x, name: "*PM?10~" } : x)) });
    const tw = rename(table);
    // AHP grids follow the number of subsystems: give both configs the same grids.
    const pressureSubs = new Set(weird.indicators.filter((x) => x.role === "pressure").map((x) => x.subsystem.trim().toLowerCase())).size;
    const g = Array.from({ length: pressureSubs }, (_, i) => Array.from({ length: pressureSubs }, (_, j) => (j > i ? 2 : j === i ? 1 : null)));
    const fix = (c: AnalysisConfig) => resolved({ ...c, weighting: { ...c.weighting, ahp: { level: "subsystem", matrices: { ...c.weighting.ahp!.matrices, pressure: g } } } });
    const wp = buildAnalysisPlan(fix(renameCfg(weird)), sourceOf(tw));
    const pp = buildAnalysisPlan(fix(names), sourceOf(table));
    const w = compare(wp, tw);
    const p = compare(pp, table);
    expect(w.mismatches).toEqual([]);
    for (const id of ["weights.ahp.pressure", "weights.combined.pressure", "panel.P", "panel.S", "panel.C", "panel.grade", "panel.obstacles", "panel.subsystemObstacles"]) {
      const b = blockById(wp, id);
      expect([id, w.engine.read(b.sheet, b.rect)]).toEqual([id, p.engine.read(b.sheet, b.rect)]);
    }
    expect(typeof anchor(wp, w.engine, "panel.P")).toBe("number");
  });
});

describe("issue 8 item 3: every edit the sheet invites recalculates correctly", () => {
  const table = chinaTable();
  const subsystemCell = (plan: AnalysisPlan, role: "support" | "pressure", name: string) => {
    const b = blockById(plan, `subsystems.${role}`);
    return rectAddress({ row: b.rect.row, col: b.rect.col + plan.subsystems[role].indexOf(name), rows: 1, cols: 1 });
  };
  const indicatorSubsystemCell = (plan: AnalysisPlan, name: string) => {
    const b = blockById(plan, "indicators");
    return rectAddress({ row: b.rect.row + 3, col: 1 + plan.indicators.findIndex((x) => x.name === name), rows: 1, cols: 1 });
  };
  const settingCell = (plan: AnalysisPlan, label: string) => {
    const b = blockById(plan, "settings");
    const i = (b.body as { values: CellValue[][] }).values.findIndex((r) => r[0] === label);
    return rectAddress({ row: b.rect.row + i, col: 1, rows: 1, cols: 1 });
  };
  const edited = (config: AnalysisConfig, f: (x: AnalysisConfig["indicators"][number]) => AnalysisConfig["indicators"][number]): AnalysisConfig => ({
    ...config,
    indicators: config.indicators.map(f),
  });

  for (const method of ["entropy", "ahp", "combined"] as const) {
    test(`renaming a subsystem (${method}): results and headers follow`, () => {
      const config = withWeighting(CHINA_CONFIG as AnalysisConfig, method);
      const plan = buildAnalysisPlan(resolved(config), sourceOf(table));
      const sheets = planWorkbook(plan, table.rows);
      editCell(sheets, plan.sheet, subsystemCell(plan, "pressure", "air pollution"), "air* quality?");
      const renamed = buildAnalysisPlan(resolved(edited(config, (x) => (x.subsystem === "air pollution" ? { ...x, subsystem: "air* quality?" } : x))), sourceOf(table));
      const { mismatches, engine } = compare(plan, table, { sheets, headless: renamed });
      expect(mismatches).toEqual([]);
      expect(allValues(plan, engine).filter((v) => typeof v === "string" && v.startsWith("#"))).toEqual([]);
    });

    test(`moving an indicator to another subsystem (${method})`, () => {
      const config = withWeighting(CHINA_CONFIG as AnalysisConfig, method);
      const plan = buildAnalysisPlan(resolved(config), sourceOf(table));
      const sheets = planWorkbook(plan, table.rows);
      editCell(sheets, plan.sheet, indicatorSubsystemCell(plan, "SO2"), "social pressure");
      const moved = buildAnalysisPlan(resolved({ ...config, indicators: config.indicators.map((x) => (x.name === "SO2" ? { ...x, subsystem: "social pressure" } : x)) }), sourceOf(table));
      const { mismatches } = compare(plan, table, { sheets, headless: moved });
      expect(mismatches).toEqual([]);
    });
  }

  test("a new subsystem name is not invited: the labels say Rebuild, the check says so, no #SPILL!", () => {
    const plan = buildAnalysisPlan(resolved(CHINA_CONFIG), sourceOf(table));
    expect(blockById(plan, "subsystems.title").body).toEqual({ kind: "values", values: [[expect.stringContaining("a new subsystem needs Rebuild")]] });
    const sheets = planWorkbook(plan, table.rows);
    editCell(sheets, plan.sheet, indicatorSubsystemCell(plan, "SO2"), "brand new");
    editCell(sheets, plan.sheet, indicatorSubsystemCell(plan, "green_coveraged"), "another new one");
    const engine = computeWorkbook(sheets, { predicted: plannedSizes(plan) });
    expect(anchor(plan, engine, "weights.subsystem.check")).toMatch(/^✗ .*needs Rebuild/);
    expect(allValues(plan, engine)).not.toContain("#SPILL!");
  });

  test("edits of settings and AHP judgements recalculate as the headless run of the edited configuration", () => {
    const config = withWeighting(CHINA_CONFIG as AnalysisConfig, "combined");
    const plan = buildAnalysisPlan(resolved(config), sourceOf(table));
    const sheets = planWorkbook(plan, table.rows);
    editCell(sheets, plan.sheet, settingCell(plan, "Entropy shift s"), 0.01);
    editCell(sheets, plan.sheet, settingCell(plan, "Grade cut low"), 0.3);
    editCell(sheets, plan.sheet, settingCell(plan, "Grade cut high"), 0.7);
    editCell(sheets, plan.sheet, settingCell(plan, "Top obstacles k"), 2);
    editCell(sheets, plan.sheet, settingCell(plan, "Alpha (linear)"), 0.8);
    const grid = blockById(plan, "ahp.grid.pressure");
    editCell(sheets, plan.sheet, rectAddress({ row: grid.rect.row, col: grid.rect.col + 2, rows: 1, cols: 1 }), 5);
    const m = config.weighting.ahp!.matrices!.pressure!.map((r) => [...r]);
    m[0][2] = 5;
    const after = buildAnalysisPlan(
      resolved({ ...config, grades: { low: 0.3, high: 0.7 }, topK: 2, weighting: { ...config.weighting, entropyShift: 0.01, combine: { method: "linear", alpha: 0.8 }, ahp: { ...config.weighting.ahp!, matrices: { ...config.weighting.ahp!.matrices, pressure: m } } } }),
      sourceOf(table),
    );
    // The edited plan's top-obstacles block is 2 wide (k = 2): those columns are compared.
    const { mismatches } = compare(plan, table, { sheets, headless: after });
    expect(mismatches).toEqual([]);
  });
});

// Issue 8 item 4 (the analysis follows the table): test/sheet/growing-table.test.ts.

describe("issue 11: the analysis sheet in Chinese (PlanOptions.locale zh-CN)", () => {
  const HAN = /[\u4e00-\u9fff]/;
  const table = chinaTable();
  const config = resolved(withWeighting(CHINA_CONFIG as AnalysisConfig, "combined"));
  const en = buildAnalysisPlan(config, sourceOf(table));
  const zh = buildAnalysisPlan(config, sourceOf(table), { locale: "zh-CN" });

  test("the engine computes the zh-CN sheets as the headless run does, and every number equals the English sheet's", () => {
    const zhRun = compare(zh, table);
    expect(zhRun.mismatches.slice(0, 5)).toEqual([]);
    const enRun = compare(en, table);
    expect(zh.blocks.map((b) => [b.id, b.address])).toEqual(en.blocks.map((b) => [b.id, b.address]));
    let numbers = 0;
    for (const b of en.blocks) {
      const e = enRun.engine.read(b.sheet, b.rect);
      const z = zhRun.engine.read(blockById(zh, b.id).sheet, b.rect);
      e.forEach((row, i) =>
        row.forEach((v, j) => {
          if (typeof v === "number") {
            numbers++;
            expect(z[i][j]).toBe(v);
          }
        }),
      );
    }
    expect(numbers).toBeGreaterThan(3000);
    // Region labels are the glossary's Chinese terms (RECC.REGION's labels argument).
    const regions = new Set(zhRun.engine.read(zh.sheet, blockById(zh, "panel.region").rect).flat());
    expect([...regions].every((r) => ["高值盈余区", "低值盈余区", "低值超载区", "高值超载区"].includes(String(r)))).toBe(true);
  });

  test("titles, headers, chart texts and notes are Chinese; the user's names and sheet stay as typed", () => {
    expect(zh.sheet).toBe("RECC 分析");
    expect(zh.helperSheet).toBe("RECC 图表数据");
    const titled = zh.blocks.filter((b) => b.titleCell);
    expect(titled.length).toBeGreaterThan(10);
    for (const b of titled) expect(b.title).toMatch(HAN);
    for (const c of zh.charts) {
      expect(c.title).toMatch(HAN);
      for (const axis of [c.xAxis?.title, c.yAxis?.title].filter(Boolean)) expect(axis).toMatch(HAN);
    }
    const en0 = blockById(en, "indicators");
    const zh0 = blockById(zh, "indicators");
    expect(zh0.title).toMatch(/^指标/);
    // Indicator and subsystem names are the user's: identical in both plans' writes of the indicator block.
    const names = (p: AnalysisPlan) => p.indicators.map((x) => x.name);
    expect(names(zh)).toEqual(names(en));
    expect(JSON.stringify(zh0.writes).includes(CHINA_CONFIG.indicators[0].name)).toBe(true);
    expect(en0.title).toMatch(/^Indicators/);
  });

  test("a check cell names the bad source cell in Chinese", () => {
    const rows = table.rows.map((r) => [...r]);
    const pm10 = rows[0].indexOf("PM10");
    rows[5][pm10] = null;
    const t = { ...table, rows };
    const plan = buildAnalysisPlan(config, sourceOf(t), { locale: "zh-CN" });
    const { mismatches, engine } = compare(plan, t);
    expect(mismatches).toEqual([]);
    expect(allValues(plan, engine)).toContain(`不是数字: 'Data'!${String.fromCharCode(65 + pm10)}6`);
  });
});
