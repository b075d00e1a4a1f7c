/** Helpers for the runner tests: temp folders, the numpy oracle, reading result workbooks. */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { sharedDataPath } from "../support/shared-data";
import { cleanPanel, readTableFile, type CleanPanel, type ImportOptions } from "../../src/runner/import-table";
import type { ResolvedConfig } from "../../src/plan/analysis-config";

export const ROOT = path.resolve(__dirname, "../..");
export const SAMPLES = path.join(ROOT, "assets/samples");
/** The China 30-city panel (../shared; see test/support/shared-data.ts). @throws when ../shared is missing. */
export function chinaCsv(): string {
  return sharedDataPath("data/real/china_30cities_air_2008_2017/final_air_pollution_30cities_with_petrogas.csv");
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "recc-runner-test-"));
}

export interface OracleResult {
  weights: Record<string, number>;
  dropped: number;
  rows: { area: string; year: number; S: number; P: number; C: number | null; obstacles: Record<string, number> }[];
}

/** Runs test/runner/oracles/recc_oracle.py (python3 + numpy) on a CSV and a config file. */
export function numpyOracle(csv: string, config: string): OracleResult {
  const out = execFileSync("python3", [path.join(__dirname, "oracles/recc_oracle.py"), csv, config], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out) as OracleResult;
}

export async function readWorkbook(file: string): Promise<{ sheet: string; data: unknown[][] }[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const readXlsxFile = require("read-excel-file/node").default as typeof import("read-excel-file/node").default;
  return (await readXlsxFile(file)) as { sheet: string; data: unknown[][] }[];
}

/** The China 30-city panel's config per its README: 5 pressure, 4 support, dummies excluded. */
export const CHINA_CONFIG = {
  version: 1,
  areaColumn: "city",
  yearColumn: "year",
  // Directions are relative to the index fed (method.md §1): a higher PM10 raises pressure → +1.
  indicators: [
    { name: "PM10", role: "pressure", direction: 1, subsystem: "air pollution" },
    { name: "SO2", role: "pressure", direction: 1, subsystem: "air pollution" },
    { name: "NOx", role: "pressure", direction: 1, subsystem: "air pollution" },
    { name: "pop_density", role: "pressure", direction: 1, subsystem: "social pressure" },
    { name: "second_industry", role: "pressure", direction: 1, subsystem: "industrial structure" },
    { name: "GRP_pc", role: "support", direction: 1, subsystem: "economic development" },
    { name: "total_gas_supply", role: "support", direction: 1, subsystem: "clean energy supply" },
    { name: "petro_gas_supply", role: "support", direction: 1, subsystem: "clean energy supply" },
    { name: "green_coveraged", role: "support", direction: 1, subsystem: "ecological environment" },
  ],
  weighting: { method: "entropy" },
  topK: 3,
};

/** The smallest configuration the runner tests use: indicator a supports, b presses; columns city and year (or area). */
export function twoIndicatorConfig(areaColumn = "city") {
  return {
    version: 1,
    areaColumn,
    yearColumn: "year",
    indicators: [
      { name: "a", role: "support", direction: 1, subsystem: "s" },
      { name: "b", role: "pressure", direction: 1, subsystem: "p" },
    ],
  };
}

/**
 * A clean panel of `areas` × `years` with values in [1, 10) from a fixed LCG (seeded), areas named
 * "Area 0001" (`pad` digits); `drop` removes (area, year) rows without changing the other rows' values.
 */
export function seededPanel(
  indicators: readonly { name: string }[],
  areas: number,
  years: number[],
  options: { seed: number; pad: number; drop?: (a: number, y: number) => boolean },
): CleanPanel {
  let seed = options.seed;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const p: CleanPanel = { areas: [], years: [], values: [], rowNumbers: [], indicatorNames: indicators.map((i) => i.name), messages: [], skippedByReason: {}, rowCountRead: 0 };
  for (let a = 0; a < areas; a++) {
    for (const y of years) {
      const v = indicators.map(() => 1 + 9 * rnd());
      if (options.drop?.(a, y)) continue;
      p.areas.push(`Area ${String(a + 1).padStart(options.pad, "0")}`);
      p.years!.push(y);
      p.values.push(v);
      p.rowNumbers.push(p.values.length + 1);
    }
  }
  p.rowCountRead = p.values.length;
  return p;
}

/** Collects what is written to stdout or stderr until restore() (for main()'s messages). */
export function captureStream(stream: NodeJS.WriteStream): { text: () => string; restore: () => void } {
  const chunks: string[] = [];
  const spy = jest.spyOn(stream, "write").mockImplementation((s: string | Uint8Array) => {
    chunks.push(String(s));
    return true;
  });
  return { text: () => chunks.join(""), restore: () => spy.mockRestore() };
}

/** Writes `csv` to dir/name and reads it into a clean panel under `config` and the import options. */
export async function loadCsvPanel(dir: string, csv: string, config: ResolvedConfig, options: ImportOptions = {}, name = "t.csv"): Promise<CleanPanel> {
  const f = path.join(dir, name);
  fs.writeFileSync(f, csv);
  return cleanPanel(await readTableFile(f, options), config, options);
}
