/** The About sheet's configuration: only the settings that apply, one row each, and a JSON that re-validates to the same run. */
import { applicableConfig, configSettingRows } from "../../src/runner/about";
import { validateAnalysisConfig } from "../../src/plan/analysis-config";
import { resolved } from "../plan/fixtures";

const BASE = {
  version: 1,
  areaColumn: "area",
  yearColumn: "year",
  indicators: [
    { name: "a", role: "support", direction: 1, subsystem: "s" },
    { name: "b", role: "pressure", direction: -1, subsystem: "p" },
    { name: "c", role: "pressure", direction: 1, subsystem: "q" },
  ],
};

describe("configuration on the About sheet", () => {
  test("entropy: no AHP or combine settings, one row per indicator and per setting", () => {
    const rows = configSettingRows(resolved({ ...BASE, weighting: { method: "entropy" } }), { excludeAreas: ["World"] });
    const fields = rows.map((r) => r[0]);
    expect(fields.filter((f) => /ahp|combine/.test(f))).toEqual([]);
    expect(fields).toEqual([
      "version",
      "areaColumn",
      "yearColumn",
      "indicators[0]",
      "indicators[1]",
      "indicators[2]",
      "weighting.method",
      "weighting.objective",
      "weighting.entropyShift",
      "grades.low",
      "grades.high",
      "topK",
      "charts.couplingSeriesBy",
      "import.excludeAreas",
    ]);
    expect(rows[4]).toEqual(["indicators[1]", "b — pressure, direction -1, subsystem p"]);
    expect(rows.find((r) => r[0] === "import.excludeAreas")![1]).toBe('["World"]');
  });

  test("AHP: the AHP settings and one row per matrix row, no entropy shift; linear combine shows alpha", () => {
    const ahp = configSettingRows(resolved({ ...BASE, weighting: { method: "ahp", ahp: { level: "indicator" } } })).map((r) => r[0]);
    expect(ahp).toEqual(expect.arrayContaining(["weighting.ahp.level", "weighting.ahp.ri", "weighting.ahp.matrices.pressure[1]"]));
    expect(ahp).not.toContain("weighting.entropyShift");
    expect(ahp.filter((f) => f.startsWith("weighting.combine"))).toEqual([]);
    const comb = configSettingRows(resolved({ ...BASE, weighting: { method: "combined", combine: { method: "linear", alpha: 0.3 } } }));
    expect(comb).toContainEqual(["weighting.combine.alpha", 0.3]);
  });

  test.each(["entropy", "ahp", "combined"])("the JSON of the applicable settings validates to the same resolved config (%s)", (method) => {
    // Oracle: the validator itself — dropping settings that do not apply must not change the run.
    const config = resolved({ ...BASE, weighting: { method, entropyShift: method === "ahp" ? 0 : 0.01 } });
    const again = validateAnalysisConfig(JSON.parse(JSON.stringify(applicableConfig(config))));
    expect(again.ok && again.config).toEqual(config);
  });
});
