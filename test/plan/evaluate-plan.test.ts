/**
 * The proof that the taskpane's live sheet and the headless run produce the same tables: every
 * RECC.* block of the plan is computed by calling the registered custom function from the built
 * bundle (dist/functions.js, loaded as Excel's runtime would) with the values its argument ranges
 * hold, and compared with evaluatePlan's values.
 *
 * What this does NOT prove (issue 12): that the values are right. Both sides run the same function
 * table (src/functions/recc.ts), so a bug that changes a value changes both and passes here; this
 * file only checks that the plan wires each block to the right cells and arguments. The values have
 * their own oracles: test/functions (published vectors, mixed-directions.test.ts against numpy run in
 * the suite) and test/runner's numpy oracle of a whole run. An independent spreadsheet engine for
 * the written sheet is issue 12's other half (another change).
 */
import { loadFunctionsBundle, type LoadedFunctionsBundle } from "../support/load-functions-bundle";
import { buildAnalysisPlan, type AnalysisConfig, type AnalysisPlan, type CellValue, type PlanArg, type PlanBlock, type ReccFunctionId } from "../../src/plan";
import { evaluatePlan, type PlanEvaluation } from "../../src/plan/evaluate-plan";
import { renderMessage } from "../../src/i18n";
import { BASE_CONFIG, COMBINED_CONFIG, resolved, smallPanel, MIXED_HEADERS } from "./fixtures";
import * as fs from "fs";
import * as path from "path";

const metadata = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../dist/functions.json"), "utf8")) as {
  functions: { id: string; parameters: { name: string; dimensionality?: string }[] }[];
};

let fns: LoadedFunctionsBundle;
beforeAll(() => {
  fns = loadFunctionsBundle();
});

/** Excel passes a blank cell inside a range as null and an omitted-but-referenced scalar as its value. */
function excelArg(values: CellValue[][], dimensionality: string | undefined): unknown {
  if (dimensionality === "matrix") return values.map((r) => r.map((v) => (v === "" ? null : v)));
  const v = values[0][0];
  return v === "" ? null : v;
}

const INDICATOR_AHP: AnalysisConfig = {
  ...BASE_CONFIG,
  weighting: {
    method: "ahp",
    ahp: {
      level: "indicator",
      method: "geometric",
      ri: "alonso",
      matrices: {
        support: [
          [1, 3, 5],
          [null, 1, 2],
          [null, null, 1],
        ],
        pressure: [
          [1, "1/3", 2],
          [null, 1, 4],
          [null, null, 1],
        ],
      },
    },
  },
};

const CASES: [string, AnalysisConfig][] = [
  ["entropy weights", BASE_CONFIG],
  ["combined weights, AHP on subsystems", COMBINED_CONFIG],
  ["AHP weights on indicators", INDICATOR_AHP],
];

describe.each(CASES)("evaluatePlan agrees with the registered custom functions: %s", (_name, config) => {
  const table = smallPanel();
  const areas = table.slice(1).map((r) => String(r[MIXED_HEADERS.indexOf("country")]));
  const years = table.slice(1).map((r) => Number(r[0]));
  const plan = buildAnalysisPlan(resolved(config), {
    sheet: "World Bank's WDI",
    headerCell: "C4",
    headers: table[0] as string[],
    rowCount: table.length - 1,
    areas,
    years,
  });
  const evaluation = evaluatePlan(plan, table);

  test("no block fails", () => {
    expect(evaluation.errors).toEqual([]);
  });

  const spills = plan.blocks.filter((b) => b.body.kind === "spill");
  test.each(spills.map((b) => [b.id, b] as const))("%s", (_id, block) => {
    if (block.body.kind !== "spill") throw new Error("not a spill");
    const body = block.body;
    const meta = metadata.functions.find((f) => f.id === body.fn);
    expect(meta).toBeDefined();
    const args = body.args.map((a, i) => {
      const dim = meta!.parameters[i]?.dimensionality;
      if ("literal" in a) return a.literal;
      return excelArg(evaluation.model.read(a.ref.sheet, a.ref.rect), dim);
    });
    const fromExcel = fns.get(body.fn)!(...args) as unknown[][];
    const ours = evaluation.values[block.id];
    // The spill has exactly the block's shape.
    expect(fromExcel.length).toBe(block.rect.rows);
    expect(fromExcel[0].length).toBe(block.rect.cols);
    ours.forEach((row, i) =>
      row.forEach((v, j) => {
        const x = fromExcel[i][j];
        if (typeof v === "number") expect(x as number).toBeCloseTo(v, 12);
        else expect(x).toBe(v);
      }),
    );
  });
});

/**
 * Bad input reaches a RECC block with the custom function's semantics, not a second reading of the
 * arguments: each case is a two-block plan (the argument values, then one =RECC.<fn>(…) spill over
 * them), evaluated headless and compared with the built function called with the same values.
 */

/** An error's English part (the keyed `text` and `cellDetail` say the same for another language). */
function englishPart(e: PlanEvaluation["errors"][number]): Partial<PlanEvaluation["errors"][number]> {
  const { text: _text, cellDetail: _detail, ...rest } = e;
  return rest;
}

describe("evaluatePlan reads arguments as the RECC.* functions do", () => {
  const SHEET = "Bad";
  /** A block at (row, col) on SHEET; rows × cols from its values. */
  const rectAt = (row: number, col: number, rows: number, cols: number) => ({ row, col, rows, cols });
  const ref = (r: ReturnType<typeof rectAt>) => ({ sheet: SHEET, rect: r, address: `'${SHEET}'!R${r.row + 1}C${r.col + 1}` });

  /** Argument blocks side by side on row 0 (a null argument = omitted), then RECC.<fn> on row 20. */
  function miniPlan(fn: ReccFunctionId, args: (CellValue[][] | null)[]): AnalysisPlan {
    const blocks: PlanBlock[] = [];
    const planArgs: PlanArg[] = [];
    let col = 0;
    args.forEach((values, i) => {
      if (values === null) {
        planArgs.push({ literal: "" });
        return;
      }
      const rect = rectAt(0, col, values.length, values[0].length);
      col += values[0].length + 1;
      blocks.push({ id: `arg${i}`, sheet: SHEET, title: `arg${i}`, rect, address: "", body: { kind: "values", values }, writes: [] });
      planArgs.push({ ref: ref(rect) });
    });
    blocks.push({ id: "out", sheet: SHEET, title: "out", rect: rectAt(20, 0, 10, 10), address: "", body: { kind: "spill", fn, args: planArgs }, writes: [] });
    return { source: { sheet: SHEET, headerCell: "A100" }, blocks } as unknown as AnalysisPlan;
  }

  /** evaluatePlan's outcome of the mini plan, and the built function's outcome on the same values. */
  function both(fn: ReccFunctionId, args: (CellValue[][] | null)[]) {
    const ev = evaluatePlan(miniPlan(fn, args), []);
    const meta = metadata.functions.find((f) => f.id === fn)!;
    let excel: unknown;
    try {
      excel = fns.get(fn)!(...args.map((a, i) => (a === null ? null : excelArg(a, meta.parameters[i]?.dimensionality))));
    } catch (e) {
      excel = e;
    }
    return { ev, excel };
  }

  const excelError = (e: unknown) => (e instanceof fns.Error ? { code: (e as { code: string }).code, message: (e as Error).message } : e);

  it("a 0 in an AHP grid is blank, as in RECC.AHP (completed by reciprocity)", () => {
    // a_12 = 3, a_21 given as 0 = blank → 1/3: weights 3/4, 1/4 (hand computation: a 2×2 with a_12 = 3).
    const { ev, excel } = both("AHP", [[[1, 3], [0, 1]], null]);
    expect(ev.errors).toEqual([]);
    expect(ev.values.out[0][0]).toBeCloseTo(0.75, 15);
    expect(ev.values.out[1][0]).toBeCloseTo(0.25, 15);
    expect((excel as number[][]).map((r) => r[0])).toEqual([ev.values.out[0][0], ev.values.out[1][0]]);
  });

  it("text judgements ('1/3', ' 4 ') are read as in RECC.AHP; TRUE is rejected naming the cell", () => {
    const ok = both("AHPCONSISTENCY", [[[1, "1/3"], ["", 1]], null]);
    expect(ok.ev.errors).toEqual([]);
    const bad = both("AHP", [[[1, true], ["", 1]], null]);
    expect(bad.ev.errors.map(englishPart)).toEqual([
      { blockId: "out", code: "#VALUE!", message: "matrix row 1, column 2 is TRUE; a positive number or fraction is needed", cell: { what: "matrix", row: 0, col: 1, detail: "is TRUE", hint: "a positive number or fraction is needed" } },
    ]);
    expect(excelError(bad.excel)).toEqual({ code: "#VALUE!", message: bad.ev.errors[0].message });
  });

  it("a boolean shift is rejected (not read as 1), with RECC.ENTROPYWEIGHTS's message", () => {
    const data = [[1, 10], [2, 30], [4, 20]];
    const { ev, excel } = both("ENTROPYWEIGHTS", [data, [[1, -1]], [[true]]]);
    expect(ev.errors.map(englishPart)).toEqual([{ blockId: "out", code: "#VALUE!", message: "shift is TRUE; a number is needed" }]);
    expect(ev.values.out[0][0]).toBe("#VALUE!");
    expect(excelError(excel)).toEqual({ code: "#VALUE!", message: "shift is TRUE; a number is needed" });
  });

  it.each([
    ["COMBINEWEIGHTS alpha", "COMBINEWEIGHTS", [[[1, 1]], [[1, 3]], [["linear"]], [[false]]], "alpha is FALSE; a number is needed"],
    ["GRADE low", "GRADE", [[[0.5]], [[0.5]], [[true]], null], "low is TRUE; a number is needed"],
    ["TOPOBSTACLES k = 2.5", "TOPOBSTACLES", [[[0.2, 0.8]], [["a", "b"]], [[2.5]]], "k is 2.5; a whole number is needed"],
    ["an unknown AHP method", "AHP", [[[1, 2], ["", 1]], [["power"]]], 'method is text \'power\'; use "eigen", "geometric" or "arithmetic"'],
    ["a number stored as text in data", "NORMALIZE", [[[1, 2], ["3", 4]], null], "data row 2, column 1 is text '3', a number stored as text; convert it to a number"],
  ] as [string, ReccFunctionId, (CellValue[][] | null)[], string][])("%s: same #VALUE! and message as the function", (_name, fn, args, message) => {
    const { ev, excel } = both(fn, args);
    expect(ev.errors.map((e) => ({ code: e.code, message: e.message }))).toEqual([{ code: "#VALUE!", message }]);
    expect(excelError(excel)).toEqual({ code: "#VALUE!", message });
  });

  it("options are read as the function reads them: case and spaces ignored, blank = default", () => {
    const geometric = both("AHP", [[[1, 2], ["", 1]], [[" GEOMETRIC "]]]);
    const blank = both("AHP", [[[1, 2], ["", 1]], [[""]]]);
    expect(geometric.ev.errors).toEqual([]);
    expect(blank.ev.errors).toEqual([]);
    // A 2×2 matrix is consistent: every method gives 2/3, 1/3 (hand computation).
    expect(geometric.ev.values.out.slice(0, 2).map((r) => r[0])).toEqual((geometric.excel as number[][]).map((r) => r[0]));
    expect(blank.ev.values.out[0][0]).toBeCloseTo(2 / 3, 15);
  });

  it("INDEX where S = 0 holds #DIV/0! in that cell only, as the function's error cell", () => {
    // C = P/S (method.md §1.6): 0.3/0.6 = 0.5; S = 0 → #DIV/0! (method.md §4).
    const { ev, excel } = both("INDEX", [[[0.3, 0.3]], [[0.6, 0]]]);
    expect(ev.errors).toEqual([]);
    expect(ev.values.out[0].slice(0, 2)).toEqual([0.5, "#DIV/0!"]);
    expect(excelError((excel as unknown[][])[0][1])).toEqual({ code: "#DIV/0!", message: "" });
  });

  it("an argument holding an Excel error propagates it (the function is not called)", () => {
    const ev = evaluatePlan(miniPlan("SUPPORT", [[[0.1, 0.2], ["#N/A", 0.4]], [[1, 1]], null]), []);
    expect(ev.errors.map(englishPart)).toEqual([{ blockId: "out", code: "#N/A", message: "data row 2, column 1 is #N/A", cell: { what: "data", row: 1, col: 0, detail: "is #N/A" } }]);
    // The same, keyed for another language (the demo's --lang).
    expect(renderMessage(ev.errors[0].text!, "zh-CN")).toBe("data 第 2 行第 1 列为 #N/A");
    expect(ev.values.out[0][0]).toBe("#N/A");
  });
});

describe("ordinary formulas", () => {
  it("MAX over more numbers than a spread call takes (200000; Math.max(...xs) throws a RangeError in Node 20)", () => {
    const n = 300000;
    const values = Array.from({ length: n }, (_, i): CellValue[] => [i === 123457 ? 7.5 : i % 3 === 0 ? "x" : -1]);
    const src = { sheet: "S", rect: { row: 0, col: 0, rows: n, cols: 1 }, address: "'S'!$A$1:$A$300000" };
    const plan = {
      source: { sheet: "S", headerCell: "Z1" },
      blocks: [
        { id: "xs", sheet: "S", title: "", rect: src.rect, address: "", body: { kind: "values", values }, writes: [] },
        { id: "max", sheet: "S", title: "", rect: { row: 0, col: 2, rows: 1, cols: 1 }, address: "", body: { kind: "cells", cells: [[{ max: src }]] }, writes: [] },
      ],
    } as unknown as AnalysisPlan;
    // The largest number is the one 7.5 placed among -1s and text (text is ignored by MAX).
    expect(evaluatePlan(plan, []).values.max).toEqual([[7.5]]);
  });
});
