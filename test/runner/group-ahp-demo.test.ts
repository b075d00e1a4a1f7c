/**
 * Group AHP in the demo (issue 10): a configuration with several experts' matrices and weights gives
 * the AHP sheet of the results workbook the group matrix, each expert's weight, CR and grid, and the
 * About sheet each expert's settings; a bad expert entry stops the run with a message naming the key.
 * Oracle: an independent numpy computation (test/sheet/oracles/group_ahp_oracle.py: weighted
 * geometric mean of the judgements, principal eigenvector, CR with Saaty's RI) on the configuration's
 * judgements.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { runDemo, loadRunConfig } from "../../src/runner/demo-run";
import { analysisWarnings, resultTables, runAnalysis } from "../../src/runner/run-analysis";
import { configSettingRows, applicableConfig } from "../../src/runner/about";
import { validateAnalysisConfig } from "../../src/plan/analysis-config";
import { resolved } from "../plan/fixtures";
import { readWorkbook, SAMPLES, seededPanel, tempDir } from "./helpers";

jest.setTimeout(120000);

const INDICATORS = [
  { name: "s1", role: "support", direction: 1, subsystem: "A" },
  { name: "s2", role: "support", direction: -1, subsystem: "B" },
  { name: "s3", role: "support", direction: 1, subsystem: "E" },
  { name: "p1", role: "pressure", direction: 1, subsystem: "C" },
  { name: "p2", role: "pressure", direction: -1, subsystem: "D" },
];
const YEARS = [2018, 2019, 2020];
const panel = () => seededPanel(INDICATORS, 6, YEARS, { seed: 4242, pad: 3 });

const E1 = { support: [[1, 3, 5], [null, 1, 2], [null, null, 1]], pressure: [[1, "1/2"], [null, 1]] };
const E2 = { support: [[1, 2, 7], [null, 1, 4], [null, null, 1]], pressure: [[1, 3], [null, 1]] };
const E3 = { support: [[1, 9, "1/9"], [null, 1, 9], [null, null, 1]], pressure: [[1, 1], [null, 1]] };
const CONFIG = {
  version: 1,
  areaColumn: "area",
  yearColumn: "year",
  indicators: INDICATORS,
  weighting: { method: "ahp", ahp: { level: "subsystem", experts: [{ weight: 0.5, matrices: E1 }, { weight: 0.3, matrices: E2 }, { weight: 0.2, matrices: E3 }] } },
};

interface GroupOracle {
  group: number[][];
  weights: number[];
  cr: number;
  expertCr: number[];
}
function groupOracle(cases: { matrices: number[][][]; weights?: number[] }[]): GroupOracle[] {
  const out = execFileSync("python3", [path.join(__dirname, "..", "sheet", "oracles", "group_ahp_oracle.py")], { input: JSON.stringify(cases), encoding: "utf8" });
  return JSON.parse(out) as GroupOracle[];
}
const frac = (v: unknown) => (typeof v === "number" ? v : Number(String(v).split("/")[0]) / Number(String(v).split("/")[1]));
function full(g: unknown[][]): number[][] {
  return g.map((r, i) => r.map((_, j) => (i === j ? 1 : j > i ? frac(g[i][j]) : 1 / frac(g[j][i]))));
}

test("the AHP sheet: group matrix, AHP weights and CR, each expert's weight, CR and grid = numpy (1e-9)", () => {
  const run = runAnalysis(panel(), resolved(CONFIG));
  const ahp = resultTables(run).find((t) => t.sheet === "AHP")!.rows;
  const experts = [E1, E2, E3];
  for (const role of ["support", "pressure"] as const) {
    const [want] = groupOracle([{ matrices: experts.map((e) => full(e[role])), weights: [0.5, 0.3, 0.2] }]);
    const n = want.group.length;
    const top = ahp.findIndex((r) => r[0] === `${role} (subsystem level, group matrix of 3 experts (weighted geometric mean))`);
    expect(top).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < n; i++) {
      const row = ahp[top + 1 + i] as number[];
      want.group[i].forEach((x, j) => expect(Math.abs(row[1 + j] - x)).toBeLessThanOrEqual(1e-9));
      expect(Math.abs(row[1 + n] - want.weights[i])).toBeLessThanOrEqual(1e-9);
    }
    const from = ahp.slice(top);
    const cr = from.find((r) => r[0] === "CR")![1] as number;
    expect(Math.abs(cr - want.cr)).toBeLessThanOrEqual(1e-9);
    expect(from.find((r) => r[0] === "Expert")).toEqual(["Expert", "Expert 1", "Expert 2", "Expert 3"]);
    expect(from.find((r) => r[0] === "Expert weight")).toEqual(["Expert weight", 0.5, 0.3, 0.2]);
    const ecr = from.find((r) => r[0] === "Expert CR")!.slice(1) as number[];
    ecr.forEach((x, e) => expect(Math.abs(x - want.expertCr[e])).toBeLessThanOrEqual(1e-9));
    // Each expert's grid as written (judgements and reciprocals).
    experts.forEach((ex, e) => {
      const at = from.findIndex((r) => r[0] === `Expert ${e + 1}`);
      const m = full(ex[role]);
      m.forEach((r, i) => r.forEach((x, j) => expect(from[at + 1 + i][1 + j] as number).toBeCloseTo(x, 14)));
    });
  }
  // Expert 3's support grid is intransitive: its CR is over 0.1 and the run says which expert to revise.
  const warnings = analysisWarnings(run);
  expect(warnings).toContainEqual(expect.stringMatching(/^expert 3's AHP comparison of the support system has CR = \d\.\d{3} ≥ 0\.1 \(Saaty 1990\); it still counts in the group matrix: revise weighting\.ahp\.experts\[2\]\.matrices\.support or lower weighting\.ahp\.experts\[2\]\.weight$/));
  expect(warnings.filter((w) => /^expert [12]'s/.test(w))).toEqual([]);
});

test("an inconsistent group matrix: the warning names the experts' judgements, and the AHP sheet lists what to revisit", () => {
  const bad = { support: E3.support, pressure: E1.pressure };
  const run = runAnalysis(panel(), resolved({ ...CONFIG, weighting: { method: "ahp", ahp: { level: "subsystem", experts: [{ matrices: bad }, { matrices: bad }] } } }));
  expect(analysisWarnings(run)).toContainEqual(expect.stringMatching(/^the group AHP comparison of the support system \(2 experts, RECC\.AHPGROUP\) is inconsistent: CR = .* revise the experts' judgements \(weighting\.ahp\.experts\[e\]\.matrices\.support;/));
  const ahp = resultTables(run).find((t) => t.sheet === "AHP")!.rows;
  expect(ahp.some((r) => r[0] === "Judgements to revisit")).toBe(true);
});

test("the About sheet lists each expert's weight and matrices; validating what it shows gives the same configuration", () => {
  const config = resolved(CONFIG);
  const rows = configSettingRows(config);
  expect(rows).toContainEqual(["weighting.ahp.experts[1].weight", 0.3]);
  expect(rows).toContainEqual(["weighting.ahp.experts[2].matrices.support[0]", `1  9  ${1 / 9}`]);
  expect(rows.some((r) => r[0].startsWith("weighting.ahp.matrices"))).toBe(false);
  const again = validateAnalysisConfig(applicableConfig(config), "json");
  expect(again.ok && again.config).toEqual(config);
});

test("npm run demo with experts: the results workbook's AHP and About sheets; a bad expert entry stops the run naming the key", async () => {
  const dir = tempDir();
  try {
    const p = panel();
    const csv = ["area,year,s1,s2,s3,p1,p2", ...p.values.map((v, i) => [p.areas[i], p.years![i], ...v].join(","))].join("\n");
    fs.writeFileSync(path.join(dir, "d.csv"), csv);
    fs.writeFileSync(path.join(dir, "c.json"), JSON.stringify(CONFIG));
    const out = path.join(dir, "out");
    const lines: string[] = [];
    await runDemo({ data: path.join(dir, "d.csv"), config: path.join(dir, "c.json"), out, log: (l) => lines.push(l), samplesDir: SAMPLES });
    const sheets = await readWorkbook(path.join(out, "recc-results.xlsx"));
    const ahp = sheets.find((s) => s.sheet === "AHP")!.data;
    // Rows of the workbook are padded to the sheet's width with empty cells.
    expect(ahp.find((r) => r[0] === "Expert weight")!.slice(0, 4)).toEqual(["Expert weight", 0.5, 0.3, 0.2]);
    expect(sheets.find((s) => s.sheet === "About")!.data.find((r) => r[0] === "weighting.ahp.experts[0].weight")!.slice(0, 2)).toEqual(["weighting.ahp.experts[0].weight", 0.5]);
    expect(lines.join("\n")).toContain("expert 3's AHP comparison of the support system has CR");
    const bad = (experts: unknown) => {
      fs.writeFileSync(path.join(dir, "bad.json"), JSON.stringify({ ...CONFIG, weighting: { method: "ahp", ahp: { level: "subsystem", experts } } }));
      return () => loadRunConfig(path.join(dir, "bad.json"));
    };
    expect(bad([{ weight: -1, matrices: E1 }, { matrices: E2 }])).toThrow("weighting.ahp.experts[0].weight is -1; an expert weight is a number ≥ 0");
    expect(bad([{ matrices: E1 }, { matrices: { support: E1.pressure } }])).toThrow("weighting.ahp.experts[1].matrices.support must be a 3×3 list of lists (subsystems: A, B, E)");
    expect(bad([])).toThrow("weighting.ahp.experts is []; give a list of at least one expert");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
