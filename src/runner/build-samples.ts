/**
 * Builds assets/samples/ from ../shared (reproducible; test/runner/build-samples.test.ts checks the
 * committed files equal what this makes):
 *   worldbank-wdi-2000-2015.csv / .xlsx / .config.json   (World Bank, World Development Indicators, CC BY 4.0)
 *   seed-study-sp.csv                                     (the seed study's printed S, P, C)
 *   README.md                                             (what they hold, licence, known data quirks)
 * Command line: scripts/build-samples.ts (`npm run samples`).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import {
  buildWorldBankSample,
  seedSampleCsv,
  WB_ATTRIBUTION,
  WB_CONFIG,
  WB_FIRST_YEAR,
  WB_INDICATORS,
  WB_LAST_YEAR,
  WB_LEFT_OUT,
  WB_LICENSE,
  WB_QUIRKS,
  WB_SOURCE,
} from "./samples";
import { writeWorkbook } from "./xlsx";
import type { CellValue } from "../plan/analysis-plan";

export const WB_RAW_RELATIVE = "data/real/worldbank_wdi_1990_2020/wb_raw_download.csv";

/** The sample config file's text (the analysis config plus the import section). */
export function worldBankConfigJson(): string {
  const comment = [`Data: ${WB_ATTRIBUTION}, ${WB_LICENSE}.`, ...WB_QUIRKS.map((q) => `Data note: ${q}`)];
  return JSON.stringify({ comment, ...WB_CONFIG, import: { excludeAreas: [] } }, null, 2) + "\n";
}

/** The README sheet of the sample workbook. */
export function worldBankReadme(countries: number, rows: number): CellValue[][] {
  return [
    ["World Bank WDI sample for RECC for Excel"],
    [`Source: ${WB_ATTRIBUTION}. License: ${WB_LICENSE}.`],
    [`Contains data from ${WB_ATTRIBUTION}; selected and reshaped by RECC for Excel (no values changed).`],
    [`Retrieved via ${WB_SOURCE}`],
    [`${countries} countries (WDI aggregates such as World and income groups removed) with complete data on 8 indicators in every year ${WB_FIRST_YEAR}–${WB_LAST_YEAR}: ${rows} rows.`],
    ...WB_QUIRKS.map((q) => [`Data note: ${q}`]),
    [],
    ["Indicator", "Role", "Direction", "Subsystem", "In the default configuration"],
    ...WB_INDICATORS.map((i) => [i.name, i.role, i.direction, i.subsystem, WB_LEFT_OUT.includes(i.name) ? "no (impossible values, see the data note)" : "yes"]),
    [],
    ["Try it: select the Data sheet's table and run the RECC analysis wizard, or type =RECC.ENTROPYWEIGHTS(Data!C2:D" + (rows + 1) + ") (the two support indicators of the default configuration)."],
  ];
}

/** assets/samples/README.md: what each sample holds, its source and licence, and the data's known quirks. */
export function samplesReadme(countries: number, rows: number): string {
  return [
    "# Bundled samples",
    "",
    "Built by `npm run samples` (src/runner/build-samples.ts) from ../shared; do not edit by hand.",
    "",
    "## worldbank-wdi-2000-2015.csv, .xlsx, .config.json",
    "",
    `Contains data from ${WB_ATTRIBUTION}, ${WB_LICENSE}, retrieved via ${WB_SOURCE}.`,
    `${countries} countries (WDI aggregates removed) with a value for each of the 8 indicators in every year ${WB_FIRST_YEAR}–${WB_LAST_YEAR}: ${rows} rows; values copied unchanged.`,
    "The .config.json is the analysis `npm run demo` runs on it (entropy weights); roles, directions, subsystems and possible ranges:",
    "",
    "| indicator | role | direction | subsystem | possible values | in the default configuration |",
    "|---|---|---|---|---|---|",
    ...WB_INDICATORS.map(
      (i) =>
        `| ${i.name} | ${i.role} | ${i.direction > 0 ? "+1" : "-1"} | ${i.subsystem} | ${i.range === "share" ? "0–100 %" : "≥ 0"} | ${WB_LEFT_OUT.includes(i.name) ? "**no**: impossible values (below)" : "yes"} |`,
    ),
    "",
    "`npm run samples` checks every indicator of the default configuration against its possible range and refuses to build a sample with a value outside it.",
    "",
    "### Known quirks of the data (kept as they are)",
    "",
    ...WB_QUIRKS.map((q) => `- ${q}`),
    "",
    "## seed-study-sp.csv",
    "",
    "Every S, P and C value the seed study prints (Results section), per mining area and year; blank where it prints nothing.",
    "",
  ].join("\n");
}

/** Builds all samples into `outDir` from the shared folder. @returns the files written. */
export async function buildSamples(sharedDir: string, outDir: string): Promise<string[]> {
  const raw = fs.readFileSync(path.join(sharedDir, WB_RAW_RELATIVE), "utf8");
  const wb = buildWorldBankSample(raw);
  fs.mkdirSync(outDir, { recursive: true });
  const files: string[] = [];
  const put = (name: string, text: string) => {
    const f = path.join(outDir, name);
    fs.writeFileSync(f, text);
    files.push(f);
  };
  put("worldbank-wdi-2000-2015.csv", wb.csv);
  put("worldbank-wdi-2000-2015.config.json", worldBankConfigJson());
  put("seed-study-sp.csv", seedSampleCsv());
  put("README.md", samplesReadme(wb.countries.length, wb.rows.length));
  const xlsx = path.join(outDir, "worldbank-wdi-2000-2015.xlsx");
  const dataRows: CellValue[][] = [wb.header, ...wb.rows.map((r) => [r[0], Number(r[1]), ...r.slice(2).map(Number)])];
  await writeWorkbook(xlsx, [
    { name: "Data", rows: dataRows, headerRow: true, widths: [26, 8, 16, 16, 16, 16, 16, 16, 16, 16] },
    { name: "README", rows: worldBankReadme(wb.countries.length, wb.rows.length), widths: [40, 12, 10, 26, 40] },
  ]);
  files.push(xlsx);
  return files;
}
