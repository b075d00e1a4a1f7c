/**
 * The pane's wizard Build (src/taskpane/pane.ts, "wz-build") step by step against the typed fake:
 * read the table, plan, read the (empty) AHP grids, apply. Shared by the sync-count and chart tests.
 * The China 30-city panel (../shared/data/real/china_30cities_air_2008_2017) is read at test time only.
 */
import * as fs from "fs";
import { validateAnalysisConfig } from "../../src/plan/analysis-config";
import { buildAnalysisPlan } from "../../src/plan/analysis-plan";
import { createGateway } from "../../src/taskpane/excel-gateway";
import { planToWrite } from "../../src/taskpane/plan-adapter";
import { parseIndicatorTable, sourceTable } from "../../src/taskpane/table-parse";
import { choicesToConfig } from "../../src/taskpane/wizard";
import { sharedDataPath } from "../support/shared-data";
import { fakeRun, FakeWorkbookModel, type FakeValue } from "./fake-excel";

const CSV = () => sharedDataPath("data/real/china_30cities_air_2008_2017/final_air_pollution_30cities_with_petrogas.csv");

export function panel(): FakeValue[][] {
  return fs
    .readFileSync(CSV(), "utf8")
    .trim()
    .split(/\r?\n/)
    .map((line, i) => [...line.matchAll(/"([^"]*)"/g)].map((m, j) => (i === 0 || j === 0 ? m[1].trim() : Number(m[1].trim()))));
}

export const SMALL: FakeValue[][] = [
  ["area", "year", "x1", "x2", "x3"],
  ["A", 2020, 1, 5, 3],
  ["A", 2021, 2, 4, 4],
  ["B", 2020, 3, 2, 1],
  ["B", 2021, 4, 1, 2],
];

/** The pane's Build, step by step (src/taskpane/pane.ts, "wz-build"). */
export async function build(rows: FakeValue[][], pressure: string[], weighting: "entropy" | "combined") {
  const model = new FakeWorkbookModel(["Data"]);
  model.setValues("Data", "A1", rows);
  const gw = createGateway(fakeRun(model), () => true);
  const address = `Data!A1:${String.fromCharCode(64 + rows[0].length)}${rows.length}`;
  const [r] = await gw.readRanges([address]);
  const t = parseIndicatorTable(r.address, r.values);
  const config = choicesToConfig({
    areaColumn: t.areaColumn,
    yearColumn: t.yearColumn,
    indicators: t.indicators.map((d) => (pressure.includes(d.name) ? { ...d, role: "pressure", subsystem: "pressure" } : d)),
    weighting,
    ahpLevel: "indicator",
    combine: "multiplicative",
    seriesBy: "area",
  });
  const check = validateAnalysisConfig(config);
  if (!check.ok) throw new Error(check.errors.join("; "));
  const { source } = sourceTable(t, config.areaColumn, config.yearColumn);
  const plan = buildAnalysisPlan(check.config, source);
  // First build: no earlier AHP grid to read back, but the pane still makes this (empty) read so the
  // count is the same for a rebuild (see build-syncs.test.ts).
  await gw.readRanges([]);
  const write = planToWrite(plan, { version: 1, table: address, sheet: plan.sheet, helperSheet: plan.helperSheet, config });
  const report = await gw.apply(write);
  return { model, plan, write, report, indicators: config.indicators.length };
}
