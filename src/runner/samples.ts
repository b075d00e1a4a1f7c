/**
 * The bundled samples, built reproducibly from ../shared (see build-samples.ts):
 *  - World Bank WDI panel 2000–2015 (countries only, 8 indicators complete in that range), CC BY 4.0.
 *  - The seed study's printed S, P and C values per mining area and year.
 */
import Papa from "papaparse";
import { isWdiAggregate, unlistedAggregateLookalikes } from "./wdi-aggregates";
import type { AnalysisConfig } from "../plan/analysis-config";

export const WB_ATTRIBUTION = "World Bank, World Development Indicators";
export const WB_LICENSE = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)";
export const WB_SOURCE =
  "WDI download re-published in github.com/AdrianMI49/Entering-Practical-Exam-for-the-Decision-Sciences-Research-Center-at-Tecnologico-de-Monterrey, wb_outputs/wb_raw_download.csv @ b796ad6adc57d49d85f3ee818ca67df35272ff96";
/**
 * Known quirks of the upstream data, kept as they are (the sample copies values unchanged) and
 * recorded where users see them: the sample CSV's comment lines, its workbook's README sheet, its
 * config file's "comment", assets/samples/README.md and the demo's About sheet.
 * Counts from the raw download and the sample (checked by test/runner/build-samples.test.ts).
 */
export const WB_QUIRKS = [
  "ElectricityFromRenewablesPerc (EG.ELC.RNWX.ZS, % of electricity from renewables excluding hydro) is negative in 606 rows of the WDI download, down to -71.06 % (Congo, Rep. 2000), which is impossible for a share; 209 of the sample's 2176 rows (50 of its 136 countries) hold such a value. The column is kept unchanged in the data, but left out of the default configuration: impossible values would stretch its min-max scale and drive the support index. Add it to a configuration of your own only to see that effect.",
];
export const WB_FIRST_YEAR = 2000;
export const WB_LAST_YEAR = 2015;

/** What values an indicator can take: a share in [0, 100] %, or a quantity that cannot be negative. */
export type ValueRange = "share" | "nonNegative";

/**
 * The 8 indicators complete for 2000–2015, with roles and directions of the data folder's README
 * (directions relative to the index fed), the subsystems chosen for the sample, and each one's
 * possible range (checked by {@link checkIndicatorRanges} when the sample is built).
 */
export const WB_INDICATORS: (AnalysisConfig["indicators"][number] & { range: ValueRange })[] = [
  { name: "GDPperCapitaUS", role: "support", direction: 1, subsystem: "economic development", range: "nonNegative" },
  { name: "RenewableEnergySharePercentage", role: "support", direction: 1, subsystem: "resource endowment", range: "share" },
  { name: "ElectricityFromRenewablesPerc", role: "support", direction: 1, subsystem: "resource endowment", range: "share" },
  { name: "CO_2EmissionsPerCapita", role: "pressure", direction: 1, subsystem: "environmental pollution", range: "nonNegative" },
  { name: "EnergyUsePerCapitaKgOilEq", role: "pressure", direction: 1, subsystem: "resource consumption", range: "nonNegative" },
  { name: "ElectricityFromCoalPerc", role: "pressure", direction: 1, subsystem: "energy structure", range: "share" },
  { name: "ElectricityFromFossilFuelsPerc", role: "pressure", direction: 1, subsystem: "energy structure", range: "share" },
  { name: "UrbanPopulationPercentage", role: "pressure", direction: 1, subsystem: "social pressure", range: "share" },
];

/** Kept in the sample's data but not in its default configuration: it holds impossible values (see {@link WB_QUIRKS}). */
export const WB_LEFT_OUT = ["ElectricityFromRenewablesPerc"];

/** The indicators of the default configuration: all but {@link WB_LEFT_OUT}. */
export const WB_CONFIG_INDICATORS: AnalysisConfig["indicators"] = WB_INDICATORS.filter((i) => !WB_LEFT_OUT.includes(i.name)).map(({ name, role, direction, subsystem }) => ({ name, role, direction, subsystem }));

/** The default analysis of the World Bank sample (entropy weights; coupling chart per country). */
export const WB_CONFIG: AnalysisConfig = {
  version: 1,
  areaColumn: "country",
  yearColumn: "year",
  indicators: WB_CONFIG_INDICATORS,
  weighting: { method: "entropy", entropyShift: 0 },
  grades: { low: 1 / 3, high: 2 / 3 },
  topK: 5,
  charts: { couplingSeriesBy: "area" },
};

/**
 * Every value of the named indicators outside its possible range (a share outside [0, 100], a
 * negative quantity), as "Country year: indicator = value" lines.
 * @param header the sample's columns (country, year, indicators…); rows as text.
 */
export function checkIndicatorRanges(header: string[], rows: string[][], names: string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const ind = WB_INDICATORS.find((i) => i.name === name);
    const j = header.indexOf(name);
    if (!ind || j < 0) continue;
    for (const r of rows) {
      const x = Number(r[j]);
      const bad = ind.range === "share" ? !(x >= 0 && x <= 100) : !(x >= 0);
      if (bad) out.push(`${r[0]} ${r[1]}: ${name} = ${r[j]} (${ind.range === "share" ? "a share must be within 0–100 %" : "cannot be negative"})`);
    }
  }
  return out;
}

export interface WorldBankSample {
  header: string[];
  /** Rows as the raw file's text (values unchanged), sorted by country then year. */
  rows: string[][];
  countries: string[];
  aggregatesRemoved: string[];
  incompleteRemoved: string[];
  csv: string;
}

/** Comment lines at the top of the sample CSV (the importer skips lines starting with #). */
export function worldBankCsvPreamble(): string[] {
  return [
    `# Source: ${WB_ATTRIBUTION}. License: ${WB_LICENSE}.`,
    `# Countries with complete data ${WB_FIRST_YEAR}-${WB_LAST_YEAR} on 8 indicators; WDI aggregates removed. Built by src/runner/build-samples.ts from ${WB_SOURCE}.`,
    ...WB_QUIRKS.map((q) => `# Data note: ${q}`),
  ];
}

/**
 * Builds the World Bank sample from the raw WDI download text.
 * Keeps countries (drops the aggregates of WDI_AGGREGATES) with a value for every one of the 8
 * indicators in every year 2000–2015; values are copied unchanged.
 * @throws Error when the raw file lacks a column, has an aggregate-looking name not in the list, or
 *   a value of an indicator of the default configuration outside its possible range.
 */
export function buildWorldBankSample(rawCsv: string): WorldBankSample {
  const parsed = Papa.parse<string[]>(rawCsv, { skipEmptyLines: true });
  const [head, ...body] = parsed.data;
  const columns = ["country", "year", ...WB_INDICATORS.map((i) => i.name)];
  const idx = columns.map((c) => {
    const j = head.indexOf(c);
    if (j < 0) throw new Error(`the WDI download has no column '${c}'`);
    return j;
  });
  const names = new Set(body.map((r) => r[idx[0]]));
  const lookalikes = unlistedAggregateLookalikes(names);
  if (lookalikes.length > 0) throw new Error(`names that look like WDI aggregates but are not listed: ${lookalikes.join(", ")}`);
  const byCountry = new Map<string, Map<number, string[]>>();
  for (const r of body) {
    const year = Number(r[idx[1]]);
    if (year < WB_FIRST_YEAR || year > WB_LAST_YEAR) continue;
    const c = r[idx[0]];
    if (!byCountry.has(c)) byCountry.set(c, new Map());
    byCountry.get(c)!.set(year, idx.map((j) => r[j]));
  }
  const aggregatesRemoved: string[] = [];
  const incompleteRemoved: string[] = [];
  const rows: string[][] = [];
  const countries: string[] = [];
  for (const c of [...byCountry.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (isWdiAggregate(c)) {
      aggregatesRemoved.push(c);
      continue;
    }
    const years = byCountry.get(c)!;
    const complete = Array.from({ length: WB_LAST_YEAR - WB_FIRST_YEAR + 1 }, (_, k) => years.get(WB_FIRST_YEAR + k)).every(
      (r) => r !== undefined && r.slice(2).every((v) => v.trim() !== "" && v.trim() !== "NaN" && Number.isFinite(Number(v))),
    );
    if (!complete) {
      incompleteRemoved.push(c);
      continue;
    }
    countries.push(c);
    for (let y = WB_FIRST_YEAR; y <= WB_LAST_YEAR; y++) rows.push(years.get(y)!);
  }
  // A rebuild must not bring impossible values into the indicators the default analysis uses.
  const outOfRange = checkIndicatorRanges(columns, rows, WB_CONFIG_INDICATORS.map((i) => i.name));
  if (outOfRange.length > 0) {
    throw new Error(`${outOfRange.length} values outside their possible range in indicators of the default configuration; leave the indicator out (WB_LEFT_OUT) or fix the source:\n  ${outOfRange.slice(0, 10).join("\n  ")}${outOfRange.length > 10 ? `\n  … ${outOfRange.length - 10} more` : ""}`);
  }
  const csv = [...worldBankCsvPreamble(), Papa.unparse([columns, ...rows], { newline: "\n", quotes: false })].join("\n") + "\n";
  return { header: columns, rows, countries, aggregatesRemoved, incompleteRemoved, csv };
}

/** One printed figure of the seed study. */
export interface SeedFigure {
  area: string;
  year: number;
  S?: number;
  P?: number;
  C?: number;
  note?: string;
}

/**
 * Every S, P and C value the seed study prints (Results, "Analysis of changes in RECC trends";
 * ../shared/seed/000_d69dab332324f622.txt lines 127–129; ../shared/method.md §2), per area and year.
 * Two printing slips are read as ../shared/method.md §2 reads them (see `note`).
 */
export const SEED_FIGURES: SeedFigure[] = [
  { area: "Bayan Obo", year: 2012, S: 0.451, P: 0.3382, C: 0.7498 },
  { area: "Bayan Obo", year: 2019, S: 0.4188, P: 0.5253, C: 1.2543 },
  { area: "Weishan", year: 2012, C: 0.2808 },
  { area: "Weishan", year: 2016, C: 0.3647 },
  { area: "Weishan", year: 2019, C: 0.3191 },
  { area: "Mianning", year: 2012, S: 0.4451, P: 0.2821, C: 0.6338 },
  { area: "Mianning", year: 2015, S: 0.4731 },
  { area: "Mianning", year: 2017, C: 0.651 },
  { area: "Mianning", year: 2019, S: 0.4073, P: 0.2596, C: 0.6373 },
  { area: "Longnan", year: 2012, S: 0.4894, P: 0.2729, C: 0.5575 },
  { area: "Longnan", year: 2016, C: 0.9212 },
  { area: "Longnan", year: 2019, S: 0.5056, P: 0.4281, C: 0.8467 },
  {
    area: "Pingyuan",
    year: 2012,
    S: 0.4241,
    P: 0.1439,
    C: 0.3393,
    note: "S printed as a second 'RECC index' (0.4241, 0.4471, 0.4247); read as S as in method.md §2",
  },
  { area: "Pingyuan", year: 2015, S: 0.4471, P: 0.1606 },
  { area: "Pingyuan", year: 2016, C: 0.4124 },
  { area: "Pingyuan", year: 2019, S: 0.4247, P: 0.1545, C: 0.3637 },
  { area: "Chongzuo", year: 2012, S: 0.3381, P: 0.0424, C: 0.1253 },
  { area: "Chongzuo", year: 2015, S: 0.2763, P: 0.0324, note: "S printed as '0.0.2763'; read as 0.2763" },
  { area: "Chongzuo", year: 2016, C: 0.1709 },
  { area: "Chongzuo", year: 2019, S: 0.4468, P: 0.0384, C: 0.086 },
];

export const SEED_SOURCE =
  "Seed study on the resource and environmental carrying capacity of China's rare earth mining areas (2012–2019), Results section: printed S, P and C values (../shared/seed/000_d69dab332324f622.txt)";

/** The seed sample as CSV: area, year, S, P, C_printed, note; blank where the study prints nothing. */
export function seedSampleCsv(): string {
  const fmt = (x?: number) => (x === undefined ? "" : x.toFixed(4));
  const rows = SEED_FIGURES.map((f) => [f.area, String(f.year), fmt(f.S), fmt(f.P), fmt(f.C), f.note ?? ""]);
  return [`# Source: ${SEED_SOURCE}. Blank = not printed.`, Papa.unparse([["area", "year", "S", "P", "C_printed", "note"], ...rows], { newline: "\n" })].join("\n") + "\n";
}
