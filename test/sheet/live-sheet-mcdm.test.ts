/**
 * The analysis sheet's CRITIC weights, game-theory combination, CCD and TOPSIS blocks (issue 10, "in
 * the wizard and the demo"). Oracles: an independent spreadsheet engine (HyperFormula with the built
 * RECC functions, test/sheet/excel-engine.ts) against the headless run to 1e-9, and the headless
 * numbers against an independent numpy computation (test/core/oracles/mcdm_oracle.py) on the same
 * inputs; the TOPSIS rank in year against a sort of numpy's closeness per year.
 */
import { buildAnalysisPlan, type AnalysisPlan, type CellValue } from "../../src/plan/analysis-plan";
import type { AnalysisConfig } from "../../src/plan/analysis-config";
import { evaluatePlan } from "../../src/plan/evaluate-plan";
import { runMcdmOracle } from "../core/support/mcdm-oracle";
import { allValues, chinaTable, compare, resolved, sourceOf, wbTable, withWeighting, type Table } from "./live-support";
import { CHINA_CONFIG } from "../runner/helpers";

const nums = (v: CellValue[][]): number[][] => v.map((r) => r.map((x) => x as number));
const flat = (v: CellValue[][]): number[] => nums(v).flat();

function expectClose(got: number[], want: number[], tol = 1e-9): void {
  expect(got).toHaveLength(want.length);
  const worst = Math.max(...got.map((g, i) => Math.abs(g - want[i])));
  expect(worst).toBeLessThanOrEqual(tol);
}

/** Each system's linked raw data (rows × indicators) and direction row as the plan laid them out. */
function systemInputs(plan: AnalysisPlan, values: Record<string, CellValue[][]>, role: "support" | "pressure") {
  return { data: nums(values[`panel.data.${role}`]), directions: plan.indicators.filter((x) => x.role === role).map((x) => x.direction) };
}

/** Competition rank (1 = largest, ties share) of each value among the values with the same year, by sorting. */
function rankInYear(values: number[], years: number[]): number[] {
  return values.map((v, i) => {
    const peers = values.filter((_, j) => years[j] === years[i]).sort((a, b) => b - a);
    return peers.indexOf(v) + 1;
  });
}

interface Scenario {
  name: string;
  table: () => Table;
  config: () => AnalysisConfig;
}

const wb = () => wbTable();
const scenarios: Scenario[] = [
  { name: "World Bank sample, CRITIC weights, CCD and TOPSIS (vector)", table: () => wb().table, config: () => ({ ...wb().config, weighting: { method: "entropy", objective: "critic" }, ccd: {}, topsis: {} }) },
  {
    name: "World Bank sample, AHP and CRITIC combined by game theory, adjusted CCD, TOPSIS (min–max)",
    table: () => wb().table,
    config: () => {
      const c = withWeighting(wb().config, "combined");
      return { ...c, weighting: { ...c.weighting, objective: "critic", combine: { method: "game" } }, ccd: { variant: "adjusted" }, topsis: { normalization: "minmax" } };
    },
  },
  {
    name: "China cities, AHP and entropy combined by game theory, CCD and TOPSIS",
    table: chinaTable,
    config: () => {
      const c = withWeighting(CHINA_CONFIG as AnalysisConfig, "combined");
      return { ...c, weighting: { ...c.weighting, combine: { method: "game" } }, ccd: true as unknown as AnalysisConfig["ccd"], topsis: {} };
    },
  },
];

describe.each(scenarios)("$name", ({ table: makeTable, config: makeConfig }) => {
  const table = makeTable();
  const config = resolved(makeConfig());
  const plan = buildAnalysisPlan(config, sourceOf(table));
  const { values, errors } = evaluatePlan(plan, table.rows);

  test("the engine computes every block as the headless run does (1e-9), with no error cell", () => {
    expect(errors).toEqual([]);
    const { worst, mismatches, engine } = compare(plan, table);
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(worst).toBeLessThanOrEqual(1e-9);
    expect(allValues(plan, engine).filter((v) => typeof v === "string" && v.startsWith("#"))).toEqual([]);
  });

  test("the sheet's formulas never use COUNTIF, MATCH or *IFS (names are criteria there)", () => {
    const formulas = plan.blocks.flatMap((b) => b.writes.flatMap((w) => w.formulas.flat())).filter((f): f is string => typeof f === "string");
    expect(formulas.filter((f) => /\b(COUNTIFS?|MATCH|SUMIFS?|AVERAGEIFS?|XMATCH)\(/i.test(f))).toEqual([]);
  });

  test("objective and combined weights agree with numpy (CRITIC; game theory)", () => {
    const w = config.weighting;
    for (const role of ["support", "pressure"] as const) {
      const { data, directions } = systemInputs(plan, values, role);
      const objective = flat(values[`weights.${w.objective}.${role}`]);
      if (w.objective === "critic") {
        const [want] = runMcdmOracle<number[]>([{ fn: "critic", data, directions }]);
        expectClose(objective, want);
      }
      if (w.method === "combined") {
        const [want] = runMcdmOracle<number[]>([{ fn: "game", a: flat(values[`weights.ahp.${role}`]), e: objective }]);
        expectClose(flat(values[`weights.combined.${role}`]), want);
      }
    }
  });

  test("CCD of S and P and its class agree with numpy", () => {
    const S = flat(values["panel.S"]);
    const P = flat(values["panel.P"]);
    const [want] = runMcdmOracle<number[][]>([{ fn: "ccd", systems: S.map((s, i) => [s, P[i]]), weights: [0.5, 0.5], variant: config.ccd!.variant }]);
    expectClose(flat(values["panel.ccd"]), want.flat());
    const [cls] = runMcdmOracle<number[]>([{ fn: "ccdlevel", d: want.map((r) => r[2]) }]);
    const names = ["extreme imbalance", "serious imbalance", "moderate imbalance", "mild imbalance", "near imbalance", "barely coordinated", "primary coordination", "intermediate coordination", "good coordination", "high-quality coordination"];
    expect(values["panel.ccdLevel"].map((r) => r[0])).toEqual(cls.map((k) => names[k]));
  });

  test("TOPSIS closeness agrees with numpy (a pressure indicator that raises pressure is a cost) and the rank in year with a sort", () => {
    const s = systemInputs(plan, values, "support");
    const p = systemInputs(plan, values, "pressure");
    const data = s.data.map((r, i) => [...r, ...p.data[i]]);
    const w = config.weighting;
    const used = w.method === "entropy" ? w.objective : w.method;
    const weights = [...flat(values[`weights.${used}.support`]), ...flat(values[`weights.${used}.pressure`])];
    const directions = [...s.directions, ...p.directions.map((d) => -d)];
    const [want] = runMcdmOracle<number[]>([{ fn: "topsis", data, weights, directions, normalization: config.topsis!.normalization }]);
    const closeness = flat(values["panel.topsis"]);
    expectClose(closeness, want);
    const years = nums(values["panel.keys"]).map((r) => r[1]);
    expect(flat(values["panel.topsisRank"])).toEqual(rankInYear(closeness, years));
    // Each year's ranks run 1..(its rows) when there are no ties.
    for (const y of new Set(years)) {
      const ranks = flat(values["panel.topsisRank"]).filter((_, i) => years[i] === y);
      expect(Math.max(...ranks)).toBe(ranks.length);
    }
  });

  test("the CCD trend chart draws D per area and the average", () => {
    const chart = plan.charts.find((c) => c.id === "trend.D");
    expect(chart?.series.map((x) => x.name).at(-1)).toBe("Average");
    expect(chart?.yAxis).toEqual({ title: "Coordination degree D", min: 0, max: 1 });
  });
});

test("without ccd and topsis the plan is today's (same blocks, same addresses)", () => {
  const { table, config } = wbTable();
  const base = buildAnalysisPlan(resolved(config), sourceOf(table));
  const again = buildAnalysisPlan(resolved({ ...config, weighting: { ...config.weighting, objective: "entropy" }, ccd: false }), sourceOf(table));
  expect(again.blocks.map((b) => [b.id, b.address])).toEqual(base.blocks.map((b) => [b.id, b.address]));
  expect(base.blocks.some((b) => /ccd|topsis|critic/i.test(b.id))).toBe(false);
});

test("an inconsistent AHP grid (CR ≥ 0.1): the AHPSUGGEST block beside it, engine = headless (1e-9) = numpy (AHP-OS's rule)", () => {
  const { table, config } = wbTable();
  const pressure = [
    [1, 9, "1/9", 5],
    [null, 1, 9, "1/7"],
    [null, null, 1, 7],
    [null, null, null, 1],
  ];
  const plan = buildAnalysisPlan(resolved({ ...config, weighting: { method: "ahp", ahp: { level: "subsystem", matrices: { pressure } } } }), sourceOf(table));
  const { values, errors } = evaluatePlan(plan, table.rows);
  expect(errors).toEqual([]);
  const { worst, mismatches } = compare(plan, table);
  expect(mismatches.slice(0, 5)).toEqual([]);
  expect(worst).toBeLessThanOrEqual(1e-9);
  const cr = values["ahp.consistency.pressure"].find((r) => r[0] === "CR")![1] as number;
  expect(cr).toBeGreaterThanOrEqual(0.1);
  const [want] = runMcdmOracle<number[][]>([{ fn: "ahpsuggest", matrix: nums(values["ahp.grid.pressure"]), k: 3 }]);
  const got = nums(values["ahp.suggest.pressure"]);
  want.forEach((row, r) => row.forEach((x, c) => expect(got[r][c]).toBeCloseTo(x, 9)));
  // Two subsystems on the support side: no pair can be inconsistent, so no block.
  expect(plan.blocks.some((b) => b.id === "ahp.suggest.support")).toBe(false);
});
