/**
 * Issue 10 in the demo: the configuration's CRITIC weighting, game-theory combination, CCD and TOPSIS
 * options give the same tables as the analysis sheet (the CCD and TOPSIS sheets of the results
 * workbook) and a CCD trend chart SVG with the trend chart's conventions. Oracle: an independent numpy
 * computation (test/core/oracles/mcdm_oracle.py) on the run's own S, P, raw data and weights.
 */
import * as fs from "fs";
import * as path from "path";
import { areaHighlight, ccdTrendChartSvg } from "../../src/runner/charts-svg";
import { runDemo } from "../../src/runner/demo-run";
import type { CleanPanel } from "../../src/runner/import-table";
import { resultTables, runAnalysis, type AnalysisRun } from "../../src/runner/run-analysis";
import { configSettingRows } from "../../src/runner/about";
import { COORDINATION_CLASSES } from "../../src/core";
import { resolved } from "../plan/fixtures";
import { runMcdmOracle } from "../core/support/mcdm-oracle";
import { readWorkbook, SAMPLES, seededPanel, tempDir } from "./helpers";

jest.setTimeout(120000);

const INDICATORS = [
  { name: "s1", role: "support", direction: 1, subsystem: "A" },
  { name: "s2", role: "support", direction: -1, subsystem: "B" },
  { name: "p1", role: "pressure", direction: 1, subsystem: "C" },
  { name: "p2", role: "pressure", direction: -1, subsystem: "D" },
];

/** areas × years rows of seeded values in [1, 10). */
function panel(areas: number, years: number[], indicators: { name: string }[] = INDICATORS): CleanPanel {
  return seededPanel(indicators, areas, years, { seed: 777, pad: 3 });
}

const YEARS = [2016, 2017, 2018, 2019, 2020];
const CONFIG = {
  version: 1,
  areaColumn: "area",
  yearColumn: "year",
  indicators: INDICATORS,
  weighting: { method: "combined", objective: "critic", ahp: { level: "subsystem", matrices: { support: [[1, 3], [null, 1]], pressure: [[1, "1/2"], [null, 1]] } }, combine: { method: "game" } },
  ccd: {},
  topsis: {},
};

const column = (rows: unknown[][], header: string) => {
  const j = rows[0].indexOf(header);
  if (j < 0) throw new Error(`no column ${header} in ${rows[0].join(", ")}`);
  return rows.slice(1).filter((r) => r.length > 0 && rows[0].length === r.length).map((r) => r[j]);
};

describe("results tables of a run with CRITIC, game theory, CCD and TOPSIS", () => {
  let run: AnalysisRun;
  let tables: ReturnType<typeof resultTables>;
  beforeAll(() => {
    run = runAnalysis(panel(12, YEARS), resolved(CONFIG));
    tables = resultTables(run);
  });
  const table = (sheet: string) => tables.find((t) => t.sheet === sheet)!.rows as unknown[][];

  test("the Weights sheet shows the CRITIC weights (numpy) and the game-theory combination (numpy)", () => {
    const w = table("Weights");
    expect(w[0]).toEqual(["Indicator", "System", "Direction", "Subsystem", "CRITIC weight", "AHP weight", "Combined weight", "Weight used (combined)"]);
    const data = (cols: number[]) => panel(12, YEARS).values.map((r) => cols.map((j) => r[j]));
    const [cs, cp, gs, gp] = runMcdmOracle<number[]>([
      { fn: "critic", data: data([0, 1]), directions: [1, -1] },
      { fn: "critic", data: data([2, 3]), directions: [1, -1] },
      { fn: "game", a: [0.75, 0.25], e: column(w, "CRITIC weight").slice(0, 2) },
      { fn: "game", a: [1 / 3, 2 / 3], e: column(w, "CRITIC weight").slice(2) },
    ]);
    const critic = column(w, "CRITIC weight") as number[];
    [...cs, ...cp].forEach((x, j) => expect(critic[j]).toBeCloseTo(x, 12));
    const combined = column(w, "Combined weight") as number[];
    [...gs, ...gp].forEach((x, j) => expect(combined[j]).toBeCloseTo(x, 12));
  });

  test("the CCD sheet: C, T, D of S and P and the class, as numpy computes them", () => {
    const t = table("CCD");
    expect(t[0]).toEqual(["area", "year", "S", "P", "Coupling C", "Comprehensive T", "Coordination D", "Coordination class"]);
    const S = column(t, "S") as number[];
    const P = column(t, "P") as number[];
    const [ccd] = runMcdmOracle<number[][]>([{ fn: "ccd", systems: S.map((s, i) => [s, P[i]]), variant: "standard" }]);
    const [level] = runMcdmOracle<number[]>([{ fn: "ccdlevel", d: ccd.map((r) => r[2]) }]);
    const got = t.slice(1).map((r) => r.slice(4, 7) as number[]);
    ccd.forEach((r, i) => r.forEach((x, k) => expect(got[i][k]).toBeCloseTo(x, 12)));
    // The class names of the issue (Tian et al. 2021), by numpy's 0.1 step of D.
    expect(column(t, "Coordination class")).toEqual(level.map((k) => COORDINATION_CLASSES[k]));
  });

  test("the TOPSIS sheet: closeness (numpy; a pressure indicator that raises pressure is a cost) and rank in year", () => {
    const t = table("TOPSIS");
    const closeness = column(t, "TOPSIS closeness") as number[];
    const rank = column(t, "TOPSIS rank in year") as number[];
    const years = column(t, "year") as number[];
    const weights = (table("Weights").slice(1).map((r) => r[6]) as number[]);
    const [want] = runMcdmOracle<number[]>([{ fn: "topsis", data: panel(12, YEARS).values, weights, directions: [1, -1, -1, 1], normalization: "vector" }]);
    want.forEach((x, i) => expect(closeness[i]).toBeCloseTo(x, 12));
    closeness.forEach((c, i) => expect(rank[i]).toBe(closeness.filter((d, j) => years[j] === years[i] && d > c).length + 1));
    // Below the rows: the weights and the directions TOPSIS used.
    expect(t).toContainEqual(["TOPSIS direction", 1, -1, -1, 1]);
  });

  test("the About sheet lists the new settings", () => {
    const rows = configSettingRows(run.plan.config);
    expect(rows).toContainEqual(["weighting.objective", "critic"]);
    expect(rows).toContainEqual(["weighting.combine.method", "game"]);
    expect(rows).toContainEqual(["ccd.variant", "standard"]);
    expect(rows).toContainEqual(["topsis.normalization", "vector"]);
  });

  test("the CCD trend chart: highlighted areas past 10, 'other N areas' in grey, the honest average of D", () => {
    const chart = ccdTrendChartSvg(run);
    const hl = areaHighlight(run);
    expect(hl.muted).toBe(true);
    for (const a of hl.colored) expect(chart.svg).toContain(a);
    expect(chart.svg).toContain(`other ${12 - hl.colored.length} areas`);
    expect(chart.average!.definition).toBe("Average: the mean of all 12 areas in each year (every area has D in every year 2016–2020)");
    const D = run.evaluation.values["panel.ccd"].map((r) => r[2] as number);
    const keys = run.evaluation.values["panel.keys"];
    YEARS.forEach((y, t) => {
      const ds = D.filter((_, i) => keys[i][1] === y);
      expect(chart.average!.values!.D[t]).toBeCloseTo(ds.reduce((a, b) => a + b, 0) / ds.length, 14);
    });
    expect(ccdTrendChartSvg(runAnalysis(panel(3, YEARS), resolved({ ...CONFIG, ccd: undefined })))).toEqual({ reason: "the configuration has no ccd block" });
  });
});

test("npm run demo with ccd and topsis writes the CCD and TOPSIS sheets and ccd-trend-chart.svg", async () => {
  const dir = tempDir();
  try {
    const p = panel(4, YEARS);
    const csv = ["area,year,s1,s2,p1,p2", ...p.values.map((v, i) => [p.areas[i], p.years![i], ...v].join(","))].join("\n");
    fs.writeFileSync(path.join(dir, "d.csv"), csv);
    fs.writeFileSync(path.join(dir, "c.json"), JSON.stringify(CONFIG));
    const out = path.join(dir, "out");
    const lines: string[] = [];
    await runDemo({ data: path.join(dir, "d.csv"), config: path.join(dir, "c.json"), out, log: (l) => lines.push(l), samplesDir: SAMPLES });
    expect(fs.readdirSync(out).sort()).toEqual(["ccd-trend-chart.svg", "coupling-chart.svg", "recc-results.xlsx", "trend-chart.svg"]);
    const sheets = await readWorkbook(path.join(out, "recc-results.xlsx"));
    expect(sheets.map((s) => s.sheet)).toEqual(expect.arrayContaining(["CCD", "TOPSIS"]));
    const about = sheets.find((s) => s.sheet === "About")!.data;
    expect(about).toContainEqual(["ccd.variant", "standard"]);
    expect(about.find((r) => r[0] === "CCD trend chart")?.[1]).toMatch(/^Average: the mean of all 4 areas/);
    // The same folder without ccd: the stale CCD chart goes.
    fs.writeFileSync(path.join(dir, "c.json"), JSON.stringify({ ...CONFIG, ccd: undefined }));
    await runDemo({ data: path.join(dir, "d.csv"), config: path.join(dir, "c.json"), out, log: () => undefined, samplesDir: SAMPLES });
    expect(fs.readdirSync(out)).not.toContain("ccd-trend-chart.svg");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("an AHP grid with CR ≥ 0.1: the AHP sheet lists the judgements to revisit as the sheet's RECC.AHPSUGGEST block (numpy)", () => {
  const indicators = [...INDICATORS, { name: "s3", role: "support", direction: 1, subsystem: "E" }];
  const support = [
    [1, 9, "1/9"],
    [null, 1, 9],
    [null, null, 1],
  ];
  const r = runAnalysis(panel(5, YEARS, indicators), resolved({ ...CONFIG, indicators, weighting: { method: "ahp", ahp: { level: "subsystem", matrices: { support } } }, ccd: undefined, topsis: undefined }));
  const ahp = resultTables(r).find((t) => t.sheet === "AHP")!.rows;
  const at = ahp.findIndex((row) => row[0] === "Judgements to revisit");
  expect(ahp[at]).toEqual(["Judgements to revisit", "row", "column", "now", "suggested", "CR after"]);
  const grid = r.evaluation.values["ahp.grid.support"] as number[][];
  const [want] = runMcdmOracle<number[][]>([{ fn: "ahpsuggest", matrix: grid, k: 3 }]);
  want.forEach((w, k) => {
    const row = ahp[at + 1 + k];
    expect(row[0]).toBe(`${["A", "B", "E"][w[0] - 1]} vs ${["A", "B", "E"][w[1] - 1]}`);
    w.forEach((x, c) => expect(row[1 + c] as number).toBeCloseTo(x, 9));
  });
  // The pressure grid (two subsystems) is consistent: nothing to revisit there.
  expect(ahp.filter((row) => row[0] === "Judgements to revisit")).toHaveLength(1);
});
