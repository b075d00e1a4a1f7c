/**
 * Shared fixtures for the plan tests: a small real panel cut from the bundled World Bank sample
 * (World Bank, World Development Indicators, CC BY 4.0) with its columns shuffled so that the
 * support indicators are not contiguous and the area column is not first.
 */
import * as path from "path";
import { readCsvRecords } from "../support/csv";
import { validateAnalysisConfig, type AnalysisConfig, type ResolvedConfig } from "../../src/plan/analysis-config";

export const SAMPLE_CSV = path.resolve(__dirname, "../../assets/samples/worldbank-wdi-2000-2015.csv");

/** Headers in a deliberately mixed order. */
export const MIXED_HEADERS = [
  "year",
  "CO_2EmissionsPerCapita",
  "GDPperCapitaUS",
  "country",
  "UrbanPopulationPercentage",
  "RenewableEnergySharePercentage",
  "ElectricityFromCoalPerc",
  "ElectricityFromRenewablesPerc",
];

/** `countries` × `years` rows of the sample, as [header, ...rows] with MIXED_HEADERS. */
export function smallPanel(countries = ["Brazil", "China", "Germany", "India", "Kenya"], years = [2012, 2013, 2014, 2015]): (string | number)[][] {
  const rows = readCsvRecords(SAMPLE_CSV).filter((r) => countries.includes(r.country) && years.includes(Number(r.year)));
  return [MIXED_HEADERS, ...rows.map((r) => MIXED_HEADERS.map((h) => (h === "country" ? r[h] : Number(r[h]))))];
}

export const BASE_CONFIG: AnalysisConfig = {
  version: 1,
  areaColumn: "country",
  yearColumn: "year",
  indicators: [
    { name: "GDPperCapitaUS", role: "support", direction: 1, subsystem: "economic development" },
    { name: "CO_2EmissionsPerCapita", role: "pressure", direction: 1, subsystem: "environmental pollution" },
    { name: "RenewableEnergySharePercentage", role: "support", direction: 1, subsystem: "resource endowment" },
    { name: "ElectricityFromCoalPerc", role: "pressure", direction: 1, subsystem: "energy structure" },
    // Same subsystem as above, spelled with capitals: grouped as one (as RECC.GROUPSUM groups labels).
    { name: "ElectricityFromRenewablesPerc", role: "support", direction: 1, subsystem: "Resource Endowment" },
    { name: "UrbanPopulationPercentage", role: "pressure", direction: -1, subsystem: "social pressure" },
  ],
  weighting: { method: "entropy" },
};

export function resolved(config: unknown): ResolvedConfig {
  const c = validateAnalysisConfig(config);
  if (!c.ok) throw new Error(c.errors.join("\n"));
  return c.config;
}

/** The combined (AHP × entropy) variant, AHP on subsystems. */
export const COMBINED_CONFIG: AnalysisConfig = {
  ...BASE_CONFIG,
  weighting: {
    method: "combined",
    entropyShift: 0.01,
    ahp: {
      level: "subsystem",
      method: "eigen",
      ri: "saaty",
      matrices: {
        support: [
          [1, 2],
          [null, 1],
        ],
        pressure: [
          [1, 3, "1/2"],
          [null, 1, 0.25],
          [null, null, 1],
        ],
      },
    },
    combine: { method: "linear", alpha: 0.4 },
  },
  grades: { low: 0.3, high: 0.7 },
  topK: 2,
};
