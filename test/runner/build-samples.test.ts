/**
 * The committed samples are exactly what src/runner/build-samples.ts makes from ../shared (test/support/shared-data.ts), and they
 * hold what they claim: countries only, 2000–2015 complete; the seed study's printed figures.
 */
import * as fs from "fs";
import * as path from "path";
import { buildSamples } from "../../src/runner/build-samples";
import { WDI_AGGREGATES, unlistedAggregateLookalikes } from "../../src/runner/wdi-aggregates";
import { buildWorldBankSample, checkIndicatorRanges, SEED_FIGURES, WB_QUIRKS } from "../../src/runner/samples";
import { readCsvRecords } from "../support/csv";
import { sharedDataPath } from "../support/shared-data";
import { readWorkbook, SAMPLES, tempDir } from "./helpers";

jest.setTimeout(60000);

describe("bundled samples", () => {
  const out = tempDir();
  beforeAll(async () => {
    await buildSamples(sharedDataPath(), out);
  });
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  test.each(["worldbank-wdi-2000-2015.csv", "worldbank-wdi-2000-2015.config.json", "seed-study-sp.csv", "README.md"])("%s equals the rebuilt file byte for byte", (name) => {
    expect(fs.readFileSync(path.join(SAMPLES, name), "utf8")).toBe(fs.readFileSync(path.join(out, name), "utf8"));
  });

  test("the sample workbook holds the same values as the rebuilt one, and the attribution", async () => {
    const committed = await readWorkbook(path.join(SAMPLES, "worldbank-wdi-2000-2015.xlsx"));
    const rebuilt = await readWorkbook(path.join(out, "worldbank-wdi-2000-2015.xlsx"));
    expect(committed).toEqual(rebuilt);
    expect(committed.map((s) => s.sheet)).toEqual(["Data", "README"]);
    expect(committed[1].data.flat().join(" ")).toContain("World Bank, World Development Indicators. License: CC BY 4.0");
  });

  test("World Bank sample: countries only, every year 2000–2015, no missing value, attribution in the CSV", () => {
    const file = path.join(SAMPLES, "worldbank-wdi-2000-2015.csv");
    expect(fs.readFileSync(file, "utf8").split("\n")[0]).toBe("# Source: World Bank, World Development Indicators. License: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).");
    const rows = readCsvRecords(file);
    const countries = [...new Set(rows.map((r) => r.country))];
    expect(countries.filter((c) => WDI_AGGREGATES.includes(c))).toEqual([]);
    expect(unlistedAggregateLookalikes(countries)).toEqual([]);
    // The data README says 180 entries (countries and aggregates) are complete on the 8 indicators
    // for 2000–2015: the sample's countries plus the complete aggregates must make those 180.
    const raw = readCsvRecords(sharedDataPath("data/real/worldbank_wdi_1990_2020/wb_raw_download.csv"));
    const cols = Object.keys(rows[0]).filter((k) => k !== "country" && k !== "year");
    const complete = (name: string) => raw.filter((r) => r.country === name && +r.year >= 2000 && +r.year <= 2015 && cols.every((k) => r[k] !== "NaN" && r[k] !== "")).length === 16;
    const completeAggregates = WDI_AGGREGATES.filter(complete);
    expect(countries.length + completeAggregates.length).toBe(180);
    expect(completeAggregates).toEqual(expect.arrayContaining(["World", "High income", "Euro area"]));
    for (const c of countries) expect(rows.filter((r) => r.country === c).map((r) => +r.year)).toEqual(Array.from({ length: 16 }, (_, k) => 2000 + k));
    for (const r of rows) for (const [k, v] of Object.entries(r)) if (k !== "country") expect(Number.isFinite(Number(v)) && v !== "").toBe(true);
  });

  test("the recorded quirk: negative ElectricityFromRenewablesPerc, counted upstream and in the sample", () => {
    // Oracle: counted here from the raw download and the sample CSV; the note states these counts.
    const raw = readCsvRecords(sharedDataPath("data/real/worldbank_wdi_1990_2020/wb_raw_download.csv"));
    const v = (r: Record<string, string>) => Number(r.ElectricityFromRenewablesPerc);
    const rawNeg = raw.filter((r) => v(r) < 0);
    const rows = readCsvRecords(path.join(SAMPLES, "worldbank-wdi-2000-2015.csv"));
    const neg = rows.filter((r) => v(r) < 0);
    const lowest = rawNeg.reduce((a, b) => (v(b) < v(a) ? b : a));
    const note = WB_QUIRKS[0];
    expect(note).toContain(`negative in ${rawNeg.length} rows of the WDI download, down to ${v(lowest).toFixed(2)} % (${lowest.country} ${lowest.year})`);
    expect(note).toContain(`${neg.length} of the sample's ${rows.length} rows (${new Set(neg.map((r) => r.country)).size} of its ${new Set(rows.map((r) => r.country)).size} countries)`);
    expect(neg.length).toBeGreaterThan(0);
    const config = JSON.parse(fs.readFileSync(path.join(SAMPLES, "worldbank-wdi-2000-2015.config.json"), "utf8"));
    expect(config.comment).toContain(`Data note: ${note}`);
    expect(fs.readFileSync(path.join(SAMPLES, "README.md"), "utf8")).toContain(note);
  });

  test("the default configuration leaves the negative share out; every indicator it uses is within its possible range", () => {
    // Oracle: the sample CSV read here, each configured indicator checked by its unit (data README: % shares, per-capita quantities).
    const config = JSON.parse(fs.readFileSync(path.join(SAMPLES, "worldbank-wdi-2000-2015.config.json"), "utf8"));
    const names = config.indicators.map((i: { name: string }) => i.name);
    expect(names).not.toContain("ElectricityFromRenewablesPerc");
    expect(names).toEqual(["GDPperCapitaUS", "RenewableEnergySharePercentage", "CO_2EmissionsPerCapita", "EnergyUsePerCapitaKgOilEq", "ElectricityFromCoalPerc", "ElectricityFromFossilFuelsPerc", "UrbanPopulationPercentage"]);
    const rows = readCsvRecords(path.join(SAMPLES, "worldbank-wdi-2000-2015.csv"));
    for (const n of names) {
      const xs = rows.map((r) => Number(r[n]));
      expect(xs.every((x) => x >= 0)).toBe(true);
      if (/Perc|Percentage$/.test(n)) expect(xs.every((x) => x <= 100)).toBe(true);
    }
    // The column stays in the data, unchanged, for anyone who wants to see its effect.
    expect(Object.keys(rows[0])).toContain("ElectricityFromRenewablesPerc");
    expect(fs.readFileSync(path.join(SAMPLES, "README.md"), "utf8")).toContain("| ElectricityFromRenewablesPerc | support | +1 | resource endowment | 0–100 % | **no**: impossible values (below) |");
  });

  test("a rebuild that would bring impossible values into a configured indicator fails, naming them", () => {
    const rawFile = sharedDataPath("data/real/worldbank_wdi_1990_2020/wb_raw_download.csv");
    const lines = fs.readFileSync(rawFile, "utf8").split("\n");
    const header = lines[0].split(",");
    const at = (name: string) => header.indexOf(name);
    const rowOf = (country: string, year: number) => lines.findIndex((l) => l.startsWith(`${country},${year},`) || l.startsWith(`"${country}",${year},`));
    const edit = (country: string, year: number, name: string, value: string) => {
      const copy = [...lines];
      const k = rowOf(country, year);
      expect(k).toBeGreaterThan(0);
      const cells = copy[k].split(",");
      cells[at(name)] = value;
      copy[k] = cells.join(",");
      return copy.join("\n");
    };
    expect(() => buildWorldBankSample(edit("Albania", 2005, "UrbanPopulationPercentage", "104.5"))).toThrow(
      /^1 values outside their possible range .*\n {2}Albania 2005: UrbanPopulationPercentage = 104\.5 \(a share must be within 0–100 %\)$/,
    );
    expect(() => buildWorldBankSample(edit("Albania", 2006, "CO_2EmissionsPerCapita", "-0.2"))).toThrow("Albania 2006: CO_2EmissionsPerCapita = -0.2 (cannot be negative)");
    // The real download passes: the only impossible values are in the indicator left out.
    expect(() => buildWorldBankSample(fs.readFileSync(rawFile, "utf8"))).not.toThrow();
    expect(checkIndicatorRanges(["country", "year", "ElectricityFromRenewablesPerc"], [["Congo, Rep.", "2000", "-71.06"]], ["ElectricityFromRenewablesPerc"])).toEqual([
      "Congo, Rep. 2000: ElectricityFromRenewablesPerc = -71.06 (a share must be within 0–100 %)",
    ]);
  });

  test("seed sample: every figure is printed in the study's Results section (oracle: the paper)", () => {
    const paper = fs.readFileSync(sharedDataPath("seed/000_d69dab332324f622.txt"), "utf8");
    const results = paper.slice(paper.indexOf("Analysis of changes in RECC trends"), paper.indexOf("Screening key indicators"));
    for (const f of SEED_FIGURES) {
      for (const v of [f.S, f.P, f.C]) {
        if (v === undefined) continue;
        const printed = v.toFixed(4);
        // "0.0.2763" is the study's own slip for Chongzuo 2015 S.
        const forms = [`${printed} (${f.year})`, `${printed} in ${f.year}`, `in ${f.year} (${printed})`];
        expect(`${f.area} ${f.year} ${printed}: ${forms.some((x) => results.includes(x))}`).toBe(`${f.area} ${f.year} ${printed}: true`);
      }
    }
    // Every "value (year)" the section prints is in the sample.
    const printedPairs = [/\d\.\d{4} \(\d{4}\)/g, /\d\.\d{4} in \d{4}/g, /in \d{4} \(\d\.\d{4}\)/g].reduce((n, re) => n + [...results.matchAll(re)].length, 0);
    const samplePairs = SEED_FIGURES.reduce((n, f) => n + [f.S, f.P, f.C].filter((x) => x !== undefined).length, 0);
    expect(samplePairs).toBe(printedPairs);
  });
});
