/**
 * Issue 9 §1 at runner level: on the bundled World Bank sample (assets/samples), an indicator at its
 * column's best value is never an obstacle (../shared/method.md §1.9). Luxembourg 2014 holds the
 * highest GDP per capita of all rows; before the exact normalization it normalized to
 * 0.9999999999999999 and GDP per capita was listed as its third obstacle. The oracle is the
 * method's rule itself: the raw column maximum (minimum for a cost indicator) → obstacle degree 0.
 */
import * as path from "path";
import { loadRunConfig } from "../../src/runner/demo-run";
import { cleanPanel, readTableFile } from "../../src/runner/import-table";
import { runAnalysis } from "../../src/runner/run-analysis";
import { SAMPLES } from "./helpers";

describe("World Bank sample: an indicator at its column's best value is never an obstacle", () => {
  let run: ReturnType<typeof runAnalysis>;
  let panel: ReturnType<typeof cleanPanel>;
  let support: { name: string; direction: number; col: number }[];

  beforeAll(async () => {
    const { config, importOptions } = loadRunConfig(path.join(SAMPLES, "worldbank-wdi-2000-2015.config.json"));
    const table = await readTableFile(path.join(SAMPLES, "worldbank-wdi-2000-2015.csv"), importOptions);
    panel = cleanPanel(table, config, importOptions);
    run = runAnalysis(panel, config);
    support = config.indicators
      .filter((x) => x.role === "support")
      .map((x) => ({ name: x.name, direction: x.direction, col: panel.indicatorNames.indexOf(x.name) }));
  });

  it("Luxembourg 2014 holds the highest GDP per capita, has obstacle degree exactly 0 there and GDP per capita is not among its top obstacles", () => {
    const gdp = panel.indicatorNames.indexOf("GDPperCapitaUS");
    let best = 0;
    for (let i = 1; i < panel.values.length; i++) if (panel.values[i][gdp] > panel.values[best][gdp]) best = i;
    expect([panel.areas[best], panel.years?.[best]]).toEqual(["Luxembourg", 2014]);
    const k = support.findIndex((s) => s.name === "GDPperCapitaUS");
    expect(run.evaluation.values["panel.obstacles"][best][k]).toBe(0);
    expect(run.evaluation.values["panel.topObstacles"][best]).not.toContain("GDPperCapitaUS");
  });

  it("every row at a support indicator's best value: normalized exactly 1, obstacle degree exactly 0, not listed", () => {
    const norm = run.evaluation.values["panel.normalized.support"];
    const obstacles = run.evaluation.values["panel.obstacles"];
    const top = run.evaluation.values["panel.topObstacles"];
    let checked = 0;
    support.forEach((s, k) => {
      const column = panel.values.map((r) => r[s.col] * s.direction);
      const best = Math.max(...column);
      column.forEach((v, i) => {
        if (v !== best) return;
        checked++;
        expect(norm[i][k]).toBe(1);
        expect(obstacles[i][k]).toBe(0);
        expect(top[i]).not.toContain(s.name);
      });
    });
    expect(checked).toBeGreaterThanOrEqual(support.length);
  });
});
