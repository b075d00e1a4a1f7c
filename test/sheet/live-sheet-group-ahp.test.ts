/**
 * Group AHP on the analysis sheet (issue 10): k experts' grids stacked under each system's AHP block,
 * expert weights, per-expert CR (RECC.AHPCR) and the group matrix (RECC.AHPGROUP) feeding RECC.AHP,
 * RECC.AHPCONSISTENCY and RECC.AHPSUGGEST.
 *
 * Oracles: (1) an independent spreadsheet engine (HyperFormula with the built RECC functions,
 * test/sheet/excel-engine.ts) computes the written sheet, compared with the headless run to 1e-9;
 * (2) an independent numpy computation run inside the suite (test/sheet/oracles/group_ahp_oracle.py:
 * weighted geometric mean of the judgements, principal eigenvector by numpy.linalg.eig, CR with
 * Saaty's RI) on the judgements of the configuration, compared with what the engine shows;
 * (3) AHP-OS's inconsistency rule as numpy computes it (test/core/oracles/mcdm_oracle.py) on the
 * group matrix.
 */
import { execFileSync } from "child_process";
import * as path from "path";
import { blockById, buildAnalysisPlan, type AnalysisPlan, type CellValue } from "../../src/plan/analysis-plan";
import type { AnalysisConfig, Judgement } from "../../src/plan/analysis-config";
import { parseRatio } from "../../src/core";
import { rectAddress } from "../../src/plan/a1";
import { runMcdmOracle } from "../core/support/mcdm-oracle";
import { CHINA_CONFIG } from "../runner/helpers";
import { computeWorkbook, editCell, planWorkbook, plannedSizes } from "./excel-engine";
import { allValues, chinaTable, compare, resolved, sourceOf, wbTable, type Table } from "./live-support";

interface GroupOracle {
  group: number[][];
  weights: number[];
  cr: number;
  expertCr: number[];
}

/** Runs the numpy oracle on full matrices (upper triangle as given, diagonal 1, lower reciprocal). */
function groupOracle(cases: { matrices: number[][][]; weights?: number[] }[]): GroupOracle[] {
  const out = execFileSync("python3", [path.join(__dirname, "oracles", "group_ahp_oracle.py")], { input: JSON.stringify(cases), encoding: "utf8" });
  return JSON.parse(out) as GroupOracle[];
}

/** A judgement grid (upper triangle, text fractions allowed) as the full reciprocal matrix. */
function full(grid: Judgement[][]): number[][] {
  const n = grid.length;
  const a = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const v = grid[i][j];
      const x = typeof v === "number" ? v : parseRatio(String(v))!;
      a[i][j] = x;
      a[j][i] = 1 / x;
    }
  }
  return a;
}

/** An upper-triangle grid of size n whose judgements follow a seed (Saaty's scale, text fractions too). */
function grid(n: number, seed: number): Judgement[][] {
  const scale: Judgement[] = [1, 2, 3, 5, "1/2", "1/3", 4, "1/5", 7, "1/4"];
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (j > i ? scale[(seed * 7 + i * 3 + j * 5) % scale.length] : j === i ? 1 : null)));
}

const nSub = (c: AnalysisConfig, role: string) => new Set(c.indicators.filter((x) => x.role === role).map((x) => x.subsystem.trim().toLowerCase())).size;
const nInd = (c: AnalysisConfig, role: string) => c.indicators.filter((x) => x.role === role).length;

interface Scenario {
  name: string;
  table: () => Table;
  config: () => AnalysisConfig;
  weights?: number[];
}

function withExperts(base: AnalysisConfig, method: "ahp" | "combined", level: "subsystem" | "indicator", k: number, weights?: number[]): AnalysisConfig {
  const n = (role: string) => (level === "subsystem" ? nSub(base, role) : nInd(base, role));
  return {
    ...base,
    weighting: {
      method,
      ahp: {
        level,
        experts: Array.from({ length: k }, (_, e) => ({
          ...(weights ? { weight: weights[e] } : {}),
          matrices: { support: grid(n("support"), e + 1), pressure: grid(n("pressure"), e + 4) },
        })),
      },
    },
  };
}

const scenarios: Scenario[] = [
  { name: "World Bank sample, AHP, 2 experts weighted 0.6 / 0.4", table: () => wbTable().table, config: () => withExperts(wbTable().config, "ahp", "subsystem", 2, [0.6, 0.4]), weights: [0.6, 0.4] },
  { name: "China cities, AHP × entropy, 3 experts weighted 5 / 3 / 2", table: chinaTable, config: () => withExperts(CHINA_CONFIG as AnalysisConfig, "combined", "subsystem", 3, [5, 3, 2]), weights: [5, 3, 2] },
  { name: "China cities, AHP on indicators, 2 experts with equal (default) weights", table: chinaTable, config: () => withExperts(CHINA_CONFIG as AnalysisConfig, "ahp", "indicator", 2) },
];

const nums = (v: CellValue[][]) => v.map((r) => r.map((x) => x as number));

describe.each(scenarios)("$name", ({ table: makeTable, config: makeConfig, weights }) => {
  const table = makeTable();
  const config = makeConfig();
  const plan = buildAnalysisPlan(resolved(config), sourceOf(table));
  const { worst, mismatches, engine } = compare(plan, table);
  const read = (id: string) => {
    const b = blockById(plan, id);
    return engine.read(b.sheet, b.rect);
  };
  const experts = config.weighting.ahp!.experts!;

  test("the engine computes every block as the headless run does (1e-9), with no error cell", () => {
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(worst).toBeLessThanOrEqual(1e-9);
    expect(allValues(plan, engine).filter((v) => typeof v === "string" && v.startsWith("#"))).toEqual([]);
  });

  test.each(["support", "pressure"] as const)("%s: group matrix, AHP weights, CR and each expert's CR as the engine shows them = numpy (1e-9)", (role) => {
    const matrices = experts.map((e) => full(e.matrices![role]!));
    const [want] = groupOracle([{ matrices, weights }]);
    const g = matrices[0].length;
    const close = (got: number[], exp: number[]) => {
      expect(got).toHaveLength(exp.length);
      got.forEach((x, i) => expect(Math.abs(x - exp[i])).toBeLessThanOrEqual(1e-9));
    };
    close(nums(read(`ahp.group.${role}`)).flat(), want.group.flat());
    close(nums(read(`ahp.weights.${role}`)).flat(), want.weights);
    const cr = read(`ahp.consistency.${role}`).find((r) => r[0] === "CR")![1] as number;
    close([cr], [want.cr]);
    close(
      experts.map((_, e) => read(`ahp.experts.cr${e + 1}.${role}`)[0][0] as number),
      want.expertCr,
    );
    // The experts' grids as the engine shows them: each judgement, its reciprocal below the diagonal.
    close(nums(read(`ahp.experts.${role}`)).flat(), matrices.flat(2));
    expect(read(`ahp.experts.weights.${role}`)[0]).toEqual(weights ?? experts.map(() => 1));
    expect(g).toBeGreaterThan(1);
  });

  test("the sheet's formulas: =1/x of the expert's own cell below each diagonal; AHPGROUP over the stack and the weights; AHP, CR and AHPSUGGEST read the group matrix", () => {
    for (const role of ["support", "pressure"] as const) {
      const stack = blockById(plan, `ahp.experts.${role}`);
      const g = stack.rect.cols;
      expect(stack.rect.rows).toBe(experts.length * g);
      const body = stack.writes[stack.writes.length - 1].formulas;
      for (let e = 0; e < experts.length; e++) {
        for (let i = 0; i < g; i++) {
          for (let j = 0; j < i; j++) {
            const partner = rectAddress({ row: stack.rect.row + e * g + j, col: stack.rect.col + i, rows: 1, cols: 1 });
            const x = `'RECC analysis'!${partner.replace(/([A-Z]+)(\d+)/, "$$$1$$$2")}`;
            expect(body[e * g + i][j]).toBe(`=IFERROR(IF(ISTEXT(${x}),IFERROR(MID(${x},FIND("/",${x})+1,99)/LEFT(${x},FIND("/",${x})-1),1/${x}),1/${x}),"")`);
          }
        }
      }
      const group = blockById(plan, `ahp.group.${role}`);
      const weightsBlock = blockById(plan, `ahp.experts.weights.${role}`);
      expect(group.writes.at(-1)!.formulas[0][0]).toBe(`=RECC.AHPGROUP('RECC analysis'!${abs(stack)},'RECC analysis'!${abs(weightsBlock)})`);
      for (const id of [`ahp.weights.${role}`, `ahp.consistency.${role}`]) {
        expect(String(blockById(plan, id).writes.at(-1)!.formulas[0][0])).toContain(`('RECC analysis'!${abs(group)},`);
      }
      expect(plan.blocks.some((b) => b.id === `ahp.grid.${role}`)).toBe(false);
      // Editable: the upper triangles of the grids and the weights (one row, the support system's;
      // the pressure system's links to it), nothing the formulas compute.
      if (role === "support") expect(weightsBlock.editable).toEqual([weightsBlock.address]);
      else expect(weightsBlock.writes.at(-1)!.formulas[0]).toEqual(experts.map((_, e) => `='RECC analysis'!${abs({ address: rectAddress({ ...blockById(plan, "ahp.experts.weights.support").rect, col: blockById(plan, "ahp.experts.weights.support").rect.col + e, cols: 1 }) })}`));
      expect(stack.editable).toHaveLength(experts.length * (g - 1));
    }
  });
});

/** A block's absolute address ($A$1:$B$2). */
function abs(b: { address: string }): string {
  return b.address.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

test("one expert in weighting.ahp.experts writes exactly today's sheet (the single grid)", () => {
  const { table, config } = wbTable();
  const matrices = { support: grid(2, 1), pressure: grid(4, 2) };
  const single = buildAnalysisPlan(resolved({ ...config, weighting: { method: "combined", ahp: { level: "subsystem", matrices } } }), sourceOf(table));
  const one = buildAnalysisPlan(resolved({ ...config, weighting: { method: "combined", ahp: { level: "subsystem", experts: [{ weight: 0.7, matrices }] } } }), sourceOf(table));
  expect(one.blocks.map((b) => [b.id, b.writes])).toEqual(single.blocks.map((b) => [b.id, b.writes]));
  expect(one.blocks.some((b) => b.id.startsWith("ahp.experts") || b.id.startsWith("ahp.group"))).toBe(false);
});

test("an inconsistent group matrix (CR ≥ 0.1): AHPSUGGEST beside it reads the group matrix, engine = headless = numpy (AHP-OS's rule); each expert's CR is shown", () => {
  const { table, config } = wbTable();
  // Two experts who agree on an intransitive pressure comparison: the group matrix is as inconsistent.
  const bad: Judgement[][] = [
    [1, 9, "1/9", 5],
    [null, 1, 9, "1/7"],
    [null, null, 1, 7],
    [null, null, null, 1],
  ];
  const mild: Judgement[][] = [
    [1, 7, "1/7", 3],
    [null, 1, 7, "1/5"],
    [null, null, 1, 5],
    [null, null, null, 1],
  ];
  const plan = buildAnalysisPlan(
    resolved({ ...config, weighting: { method: "ahp", ahp: { level: "subsystem", experts: [{ weight: 2, matrices: { pressure: bad } }, { weight: 1, matrices: { pressure: mild } }] } } }),
    sourceOf(table),
  );
  const { worst, mismatches, engine } = compare(plan, table);
  expect(mismatches.slice(0, 5)).toEqual([]);
  expect(worst).toBeLessThanOrEqual(1e-9);
  const read = (id: string) => engine.read(plan.sheet, blockById(plan, id).rect);
  const cr = read("ahp.consistency.pressure").find((r) => r[0] === "CR")![1] as number;
  expect(cr).toBeGreaterThanOrEqual(0.1);
  const suggest = blockById(plan, "ahp.suggest.pressure");
  const group = blockById(plan, "ahp.group.pressure");
  expect(suggest.writes.at(-1)!.formulas[0][0]).toBe(`=RECC.AHPSUGGEST('RECC analysis'!${abs(group)},3,'RECC analysis'!$B$7)`.replace("$B$7", suggestRi(plan)));
  // Beside the group matrix, on its rows.
  expect(suggest.rect.row).toBe(group.rect.row);
  expect(suggest.rect.col).toBeGreaterThan(group.rect.col + group.rect.cols);
  const [want] = runMcdmOracle<number[][]>([{ fn: "ahpsuggest", matrix: nums(read("ahp.group.pressure")), k: 3 }]);
  const got = nums(read("ahp.suggest.pressure"));
  want.forEach((row, r) => row.forEach((x, c) => expect(Math.abs(got[r][c] - x)).toBeLessThanOrEqual(1e-9)));
  const [o] = groupOracle([{ matrices: [full(bad), full(mild)], weights: [2, 1] }]);
  expect(Math.abs(cr - o.cr)).toBeLessThanOrEqual(1e-9);
  [1, 2].forEach((e, i) => expect(Math.abs((read(`ahp.experts.cr${e}.pressure`)[0][0] as number) - o.expertCr[i])).toBeLessThanOrEqual(1e-9));
  expect(o.expertCr.every((x) => x >= 0.1)).toBe(true);
});

/** The RI setting's address as the plan's formulas write it. */
function suggestRi(plan: AnalysisPlan): string {
  const f = String(blockById(plan, "ahp.consistency.pressure").writes.at(-1)!.formulas[0][0]);
  return /,'RECC analysis'!(\$[A-Z]+\$\d+)\)$/.exec(f)![1];
}

// The judgement typed as a formula (=1/6) and as a text fraction ('1/6, stored as the text "1/6"): the
// reciprocal below the diagonal must read the text as 6, not as Excel's date 1 June.
test.each(["=1/6", "1/6"])("edits on the sheet (an expert's judgement typed as %s, an expert weight) recalculate as the headless run of the edited configuration", (typed) => {
  const table = chinaTable();
  const config = withExperts(CHINA_CONFIG as AnalysisConfig, "combined", "subsystem", 2, [1, 1]);
  const plan = buildAnalysisPlan(resolved(config), sourceOf(table));
  const sheets = planWorkbook(plan, table.rows);
  const stack = blockById(plan, "ahp.experts.support");
  const g = stack.rect.cols;
  // Expert 2's judgement of row 1 against column 3 becomes 1/6; expert 1 now weighs 3 (the one weights
  // row, in the support block: the pressure block follows it).
  editCell(sheets, plan.sheet, rectAddress({ row: stack.rect.row + g, col: stack.rect.col + 2, rows: 1, cols: 1 }), typed);
  const w = blockById(plan, "ahp.experts.weights.support");
  editCell(sheets, plan.sheet, rectAddress({ ...w.rect, rows: 1, cols: 1 }), 3);
  const experts = config.weighting.ahp!.experts!.map((e, i) => ({
    weight: i === 0 ? 3 : 1,
    matrices: { ...e.matrices, support: i === 1 ? e.matrices!.support!.map((r, a) => r.map((x, b) => (a === 0 && b === 2 ? "1/6" : x))) : e.matrices!.support },
  }));
  const edited = buildAnalysisPlan(resolved({ ...config, weighting: { ...config.weighting, ahp: { level: "subsystem", experts } } }), sourceOf(table));
  const { mismatches, engine } = compare(plan, table, { sheets, headless: edited });
  // The one difference allowed: the typed cell itself shows the text where the configuration holds 1/6.
  expect(mismatches).toEqual(typed === "=1/6" ? [] : [`ahp.experts.support[${g}][2]: headless ${1 / 6}, engine "1/6"`]);
  const grid = engine.read(plan.sheet, blockById(plan, "ahp.experts.support").rect);
  if (typed === "=1/6") expect(grid[g][2]).toBeCloseTo(1 / 6, 12);
  else expect(grid[g][2]).toBe("1/6");
  expect(grid[g + 2][0]).toBe(6); // its reciprocal below the diagonal, exactly
  const engine2 = computeWorkbook(sheets, { predicted: plannedSizes(plan) });
  expect(allValues(plan, engine2).filter((v) => typeof v === "string" && v.startsWith("#"))).toEqual([]);
});
