/**
 * Tester: a judgement typed as text on the analysis sheet (an expert's grid, group AHP), the
 * reciprocal below the diagonal (plan-model.ts cellFormula `recip`) and what RECC.AHPGROUP/AHP then
 * show, computed by the HyperFormula engine. Oracle: parseRatio (what RECC.AHP accepts): an accepted
 * text gives its exact reciprocal below the diagonal; a refused one gives #VALUE! at the group
 * matrix with a message naming the typed cell.
 */
import { blockById, buildAnalysisPlan } from "../../src/plan/analysis-plan";
import type { AnalysisConfig } from "../../src/plan/analysis-config";
import { parseRatio } from "../../src/core";
import { rectAddress } from "../../src/plan/a1";
import { CHINA_CONFIG } from "../runner/helpers";
import { computeWorkbook, editCell, planWorkbook, plannedSizes } from "../sheet/excel-engine";
import { chinaTable, resolved, sourceOf } from "../sheet/live-support";

const cfg = (): AnalysisConfig => {
  const base = CHINA_CONFIG as AnalysisConfig;
  const n = new Set(base.indicators.filter((x) => x.role === "support").map((x) => x.subsystem.trim().toLowerCase())).size;
  const m = new Set(base.indicators.filter((x) => x.role === "pressure").map((x) => x.subsystem.trim().toLowerCase())).size;
  const g = (k: number) => Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (j > i ? 2 : j === i ? 1 : null)));
  return { ...base, weighting: { method: "ahp", ahp: { level: "subsystem", experts: [{ matrices: { support: g(n), pressure: g(m) } }, { matrices: { support: g(n), pressure: g(m) } }] } } };
};

// [typed into the sheet (HyperFormula: a leading ' keeps text), the text Excel stores]
const CASES: Array<[string, string]> = [
  ["1/3", "1/3"],
  [" 1/3 ", " 1/3 "],
  ["1 / 3", "1 / 3"],
  ["'3/1", "3/1"],
  ["1/3/5", "1/3/5"],
  ["abc", "abc"],
  ["'0", "0"],
  ["1/0", "1/0"],
  ["'0/3", "0/3"],
  ["'3", "3"],
  ["-1/3", "-1/3"],
  ["1/3 abc", "1/3 abc"],
  ["1/", "1/"],
  ["/3", "/3"],
];

describe("tester: text judgements in an expert's grid", () => {
  const table = chinaTable();
  const plan = buildAnalysisPlan(resolved(cfg()), sourceOf(table));
  const stack = blockById(plan, "ahp.experts.support");
  it.each(CASES)("typed %j", (typed, stored) => {
    const sheets = planWorkbook(plan, table.rows);
    // Expert 1, row 1, column 2 (upper triangle); its partner is row 2, column 1.
    editCell(sheets, plan.sheet, rectAddress({ row: stack.rect.row, col: stack.rect.col + 1, rows: 1, cols: 1 }), typed);
    const engine = computeWorkbook(sheets, { predicted: plannedSizes(plan) });
    const grid = engine.read(plan.sheet, stack.rect);
    const recip = grid[1][0];
    const group = engine.read(plan.sheet, blockById(plan, "ahp.group.support").rect)[0][0];
    const weights = engine.read(plan.sheet, blockById(plan, "ahp.weights.support").rect)[0][0];
    const cr = engine.read(plan.sheet, blockById(plan, "ahp.experts.cr1.support").rect)[0][0];
    const accepted = parseRatio(stored);
    if (accepted !== undefined && accepted > 0 && Number.isFinite(accepted)) {
      expect(recip).toBeCloseTo(1 / accepted, 14);
      expect([typeof weights, typeof cr]).toEqual(["number", "number"]);
    } else {
      // Refused: the group matrix is #VALUE! and its message names the typed cell (row 1, column 2
      // of the stacked grids), not the reciprocal below it.
      expect(group).toBe("#VALUE!");
      expect(engine.message(plan.sheet, rectAddress({ ...blockById(plan, "ahp.group.support").rect, rows: 1, cols: 1 }))).toMatch(/row 1, column 2\b/);
    }
  });
});

describe("tester: expert weights edited on the sheet", () => {
  const table = chinaTable();
  const plan = buildAnalysisPlan(resolved(cfg()), sourceOf(table));
  const w = blockById(plan, "ahp.experts.weights.support");
  it.each<[string, Array<string | number | null>]>([
    ["both 0", [0, 0]],
    ["negative", [-1, 2]],
    ["text", ["abc", 1]],
    ["number as text", ["'2", 1]],
    ["blank", [null, 1]],
    ["huge", [1e308, 1e308]],
    ["0 and 1", [0, 1]],
  ])("%s", (_label, ws) => {
    const sheets = planWorkbook(plan, table.rows);
    ws.forEach((v, e) => editCell(sheets, plan.sheet, rectAddress({ row: w.rect.row, col: w.rect.col + e, rows: 1, cols: 1 }), v));
    const engine = computeWorkbook(sheets, { predicted: plannedSizes(plan) });
    const group = engine.read(plan.sheet, blockById(plan, "ahp.group.support").rect);
    const S = engine.read(plan.sheet, blockById(plan, "panel.S").rect)[0][0];
    const ok = ws.every((x) => typeof x === "number" && x >= 0) && ws.some((x) => typeof x === "number" && x > 0);
    expect(typeof group[0][0] === "number").toBe(ok);
    expect(typeof S === "number").toBe(ok);
  });
});
