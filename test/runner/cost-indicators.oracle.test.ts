/**
 * The runner's numpy oracle (test/runner/oracles/recc_oracle.py) on a configuration with cost
 * indicators on both sides: the bundled World Bank sample with one support indicator and one
 * pressure indicator turned to direction −1 (a test of the cost formula, not a claim about those
 * indicators). Weights, S, P, C and the support obstacle degrees must agree with numpy.
 */
import * as fs from "fs";
import * as path from "path";
import { runDemo } from "../../src/runner/demo-run";
import { numpyOracle, SAMPLES, tempDir } from "./helpers";

jest.setTimeout(120000);

const CSV = path.join(SAMPLES, "worldbank-wdi-2000-2015.csv");
const COST = new Set(["RenewableEnergySharePercentage", "ElectricityFromCoalPerc"]);

describe("World Bank sample with cost indicators on the support and the pressure side", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("weights, S, P, C and obstacle degrees agree with the numpy oracle", async () => {
    const base = JSON.parse(fs.readFileSync(path.join(SAMPLES, "worldbank-wdi-2000-2015.config.json"), "utf8")) as {
      indicators: { name: string; role: string; direction: number }[];
    };
    const indicators = base.indicators.map((i) => (COST.has(i.name) ? { ...i, direction: -1 } : i));
    // One cost indicator on each side.
    expect(new Set(indicators.filter((i) => i.direction === -1).map((i) => i.role))).toEqual(new Set(["support", "pressure"]));
    const config = path.join(dir, "cost.json");
    fs.writeFileSync(config, JSON.stringify({ ...base, indicators }));

    const result = await runDemo({ data: CSV, config, out: path.join(dir, "out"), log: () => undefined, samplesDir: SAMPLES });
    const oracle = numpyOracle(CSV, config);
    const v = result.run!.evaluation.values;
    const names = result.run!.plan.indicators.map((i) => i.name);
    const supportNames = result.run!.plan.indicators.filter((i) => i.role === "support").map((i) => i.name);
    const weights = [...v["weights.entropy.support"][0], ...v["weights.entropy.pressure"][0]];
    names.forEach((name, j) => expect(Math.abs((weights[j] as number) - oracle.weights[name])).toBeLessThanOrEqual(1e-12));
    expect(oracle.rows).toHaveLength(v["panel.S"].length);
    oracle.rows.forEach((r, i) => {
      expect(v["panel.keys"][i]).toEqual([r.area, r.year]);
      expect(Math.abs((v["panel.S"][i][0] as number) - r.S)).toBeLessThanOrEqual(1e-12);
      expect(Math.abs((v["panel.P"][i][0] as number) - r.P)).toBeLessThanOrEqual(1e-12);
      expect(Math.abs((v["panel.C"][i][0] as number) - (r.C as number))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(r.C as number)));
      supportNames.forEach((n, j) => expect(Math.abs((v["panel.obstacles"][i][j] as number) - r.obstacles[n])).toBeLessThanOrEqual(1e-12));
    });
    // The flip matters: with all directions +1 the weights differ (numpy on the sample's own config).
    const benefit = numpyOracle(CSV, path.join(SAMPLES, "worldbank-wdi-2000-2015.config.json"));
    expect(Math.abs(benefit.rows[0].S - oracle.rows[0].S)).toBeGreaterThan(1e-6);
  });
});
