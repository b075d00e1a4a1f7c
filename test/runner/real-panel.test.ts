/**
 * The demo on a real panel with gaps that no other test prepares: the raw World Bank WDI download
 * 1990–2020 (../shared, CC BY 4.0; 8430 rows with "NaN" gaps and aggregates) with an indicator choice
 * of its own (education spending, GDP and renewables for support; CO2, urban share and fossil
 * electricity for pressure). Over 1990–2020 only one country has all six every year, so an average
 * "over the areas with every year" would vanish; the chart averages instead the span with the most
 * complete area-years. Oracle: that span found here by brute force over the CSV read with papaparse,
 * and S from the numpy oracle (test/runner/oracles/recc_oracle.py).
 */
import * as fs from "fs";
import * as path from "path";
import { runDemo } from "../../src/runner/demo-run";
import { trendChartSvg } from "../../src/runner/charts-svg";
import { readCsvRecords } from "../support/csv";
import { sharedDataPath } from "../support/shared-data";
import { numpyOracle, SAMPLES, tempDir } from "./helpers";

jest.setTimeout(120000);

const CONFIG = {
  version: 1,
  areaColumn: "country",
  yearColumn: "year",
  indicators: [
    { name: "EducationExpenditurePercentageGDP", role: "support", direction: 1, subsystem: "social investment" },
    { name: "GDPperCapitaUS", role: "support", direction: 1, subsystem: "economic development" },
    { name: "RenewableEnergySharePercentage", role: "support", direction: 1, subsystem: "resource endowment" },
    { name: "CO_2EmissionsPerCapita", role: "pressure", direction: 1, subsystem: "pollution" },
    { name: "UrbanPopulationPercentage", role: "pressure", direction: 1, subsystem: "social pressure" },
    { name: "ElectricityFromFossilFuelsPerc", role: "pressure", direction: 1, subsystem: "energy structure" },
  ],
  weighting: { method: "entropy" },
  import: { excludeAreas: ["World", "High income"] },
};

test("WDI 1990–2020 with gaps: the trend average covers the span with the most complete area-years, and its values agree with numpy", async () => {
  const dir = tempDir();
  try {
    const csv = sharedDataPath("data/real/worldbank_wdi_1990_2020/wb_raw_download.csv");
    const config = path.join(dir, "wdi.json");
    fs.writeFileSync(config, JSON.stringify(CONFIG));
    const lines: string[] = [];
    const result = await runDemo({ data: csv, config, out: path.join(dir, "out"), log: (l) => lines.push(l), samplesDir: SAMPLES });

    // Brute force over the raw rows: which countries are complete in which years.
    const names = CONFIG.indicators.map((i) => i.name);
    const complete = new Map<string, Set<number>>();
    for (const r of readCsvRecords(csv)) {
      if (CONFIG.import.excludeAreas.includes(r.country)) continue;
      if (!complete.has(r.country)) complete.set(r.country, new Set());
      if (names.every((n) => r[n] !== "NaN" && r[n] !== "" && Number.isFinite(Number(r[n])))) complete.get(r.country)!.add(Number(r.year));
    }
    const years = Array.from({ length: 31 }, (_, k) => 1990 + k);
    let best = { from: 0, to: 0, areas: [] as string[] };
    for (let i = 0; i < years.length; i++) {
      for (let j = i + 1; j < years.length; j++) {
        const span = years.slice(i, j + 1);
        const areas = [...complete].filter(([, ys]) => span.every((y) => ys.has(y))).map(([a]) => a);
        const score = areas.length * span.length;
        if (areas.length >= 2 && (score > best.areas.length * (best.to - best.from + 1) || (score === best.areas.length * (best.to - best.from + 1) && span.length >= best.to - best.from + 1))) {
          best = { from: span[0], to: span[span.length - 1], areas };
        }
      }
    }
    expect([...complete.values()].filter((ys) => years.every((y) => ys.has(y)))).toHaveLength(1);
    const line = lines.find((l) => l.startsWith("      trend chart: "))!;
    expect(line).toContain(`Average (${best.from}–${best.to}): the mean of the ${best.areas.length} of `);
    const svg = fs.readFileSync(path.join(dir, "out", "trend-chart.svg"), "utf8");
    expect(svg).toContain(`Average (${best.from}–${best.to}): the mean of the ${best.areas.length} of`);

    // The drawn S average in the last year: the mean of numpy's S over exactly those countries.
    const oracle = numpyOracle(csv, config);
    const sLast = oracle.rows.filter((r) => r.year === best.to && best.areas.includes(r.area)).map((r) => r.S);
    expect(sLast).toHaveLength(best.areas.length);
    const average = trendChartSvg(result.run!).average!;
    expect([...average.areas].sort()).toEqual([...best.areas].sort());
    expect(average.values!.S[years.indexOf(best.to)]).toBeCloseTo(sLast.reduce((a, b) => a + b, 0) / sLast.length, 12);
    expect(average.values!.S[years.indexOf(best.from) - 1]).toBeNaN();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
