/**
 * The demo path end to end: the bundled World Bank sample and the China 30-city panel
 * (../shared, tests only), checked against an independent numpy computation
 * (test/runner/oracles/recc_oracle.py). Everything is written into a temp folder.
 */
import * as fs from "fs";
import * as path from "path";
import { defaultOutFolder, removeStale, runDemo } from "../../src/runner/demo-run";
import { summaryRows } from "../../src/runner/run-analysis";
import { CATEGORICAL, couplingInput } from "../../src/runner/charts-svg";
import { main } from "../../src/runner/demo";
import { CHINA_CONFIG, chinaCsv, numpyOracle, readWorkbook, SAMPLES, tempDir, twoIndicatorConfig } from "./helpers";

jest.setTimeout(120000);


describe("npm run demo on the bundled World Bank sample", () => {
  const out = tempDir();
  const lines: string[] = [];
  let result: Awaited<ReturnType<typeof runDemo>>;
  beforeAll(async () => {
    result = await runDemo({ sample: "worldbank", out, log: (l) => lines.push(l), samplesDir: SAMPLES });
  });
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  test("writes the workbook and both SVG charts into the output folder only", () => {
    expect(fs.readdirSync(out).sort()).toEqual(["coupling-chart.svg", "recc-results.xlsx", "trend-chart.svg"]);
    const svg = fs.readFileSync(path.join(out, "coupling-chart.svg"), "utf8");
    expect(svg.startsWith("<svg")).toBe(true);
    for (const text of ["Support index S", "Pressure index P", "y = √x", "high-value surplus", "high-value load", ">low-value<", ">load<", ">surplus<", "VIII"]) expect(svg).toContain(text);
    expect(fs.readFileSync(path.join(out, "trend-chart.svg"), "utf8")).toContain("Average");
  });

  test("the workbook has one sheet per table and records configuration, source and attribution", async () => {
    const sheets = await readWorkbook(path.join(out, "recc-results.xlsx"));
    expect(sheets.map((s) => s.sheet)).toEqual([
      "About",
      "Data",
      "Results",
      "Weights",
      "Subsystem weights",
      "Normalized",
      "Obstacle degrees",
      "Top obstacles",
      "Subsystem obstacles",
      "Import log",
    ]);
    const about = sheets[0].data.map((r) => r.join(" ")).join("\n");
    expect(about).toContain("World Bank, World Development Indicators");
    expect(about).toContain("CC BY 4.0");
    // 2 support indicators in the default configuration: topK 5 gives 2 top-obstacle columns, never always-blank #3 to #5.
    expect(sheets[2].data[0]).toEqual(["country", "year", "S", "P", "C", "Grade", "Region", "#1", "#2"]);
    expect(sheets.find((s) => s.sheet === "Top obstacles")!.data[0]).toEqual(["country", "year", "#1", "#2"]);
    expect(sheets[2].data).toHaveLength(1 + 2176);
  });

  test("the About sheet: one row per applicable setting, the JSON in one cell, obstacles of S, the data quirk", async () => {
    const about = (await readWorkbook(path.join(out, "recc-results.xlsx")))[0].data;
    const row = (field: string) => about.find((r) => r[0] === field);
    expect(row("areaColumn")?.[1]).toBe("country");
    expect(row("weighting.method")?.[1]).toBe("entropy");
    expect(row("indicators[0]")?.[1]).toBe("GDPperCapitaUS — support, direction +1, subsystem economic development");
    expect(about.filter((r) => /ahp|combine/.test(String(r[0])))).toEqual([]);
    const json = row("Configuration (JSON)")![1] as string;
    expect(JSON.parse(json)).toMatchObject({ areaColumn: "country", weighting: { method: "entropy", entropyShift: 0 }, topK: 5 });
    expect(JSON.parse(json).weighting.ahp).toBeUndefined();
    expect(about.length).toBeLessThan(60);
    expect(row("Obstacle degrees")?.[1]).toMatch(/^of the support index S only .*top 2 listed/);
    expect(about.filter((r) => String(r[1]).includes("ElectricityFromRenewablesPerc —"))).toEqual([]);
    expect(row("Trend chart")?.[1]).toBe("Average: the mean of all 136 areas in each year (every area has C, S and P in every year 2000–2015)");
    expect(row("Charts")?.[1]).toBe("136 areas: in colour and labelled: the 5 areas with the highest C in 2015; the other 131 in grey");
    expect(row("Data note")?.[1]).toMatch(/ElectricityFromRenewablesPerc .* negative in 606 rows .* 209 of the sample's 2176 rows/);
  });

  test("weights, S, P, C and obstacle degrees agree with the numpy oracle", () => {
    const oracle = numpyOracle(path.join(SAMPLES, "worldbank-wdi-2000-2015.csv"), path.join(SAMPLES, "worldbank-wdi-2000-2015.config.json"));
    const v = result.run!.evaluation.values;
    const names = result.run!.plan.indicators.map((i) => i.name);
    const weights = [...v["weights.entropy.support"][0], ...v["weights.entropy.pressure"][0]];
    names.forEach((name, j) => expect(weights[j] as number).toBeCloseTo(oracle.weights[name], 12));
    expect(oracle.rows).toHaveLength(v["panel.S"].length);
    const supportNames = result.run!.plan.indicators.filter((i) => i.role === "support").map((i) => i.name);
    expect(supportNames).toEqual(["GDPperCapitaUS", "RenewableEnergySharePercentage"]);
    oracle.rows.forEach((r, i) => {
      expect(v["panel.keys"][i]).toEqual([r.area, r.year]);
      expect(v["panel.S"][i][0] as number).toBeCloseTo(r.S, 12);
      expect(v["panel.P"][i][0] as number).toBeCloseTo(r.P, 12);
      expect(v["panel.C"][i][0] as number).toBeCloseTo(r.C as number, 9);
      supportNames.forEach((n, j) => expect(v["panel.obstacles"][i][j] as number).toBeCloseTo(r.obstacles[n], 12));
    });
  });

  test("the terminal summary ranks the latest year's areas by C and says which year", () => {
    const header = lines.findIndex((l) => l.startsWith("Areas in 2015 (the latest year of the panel), ranked by C"));
    expect(header).toBeGreaterThan(0);
    const rank = (l: string) => Number(l.split(/\s{2,}/)[2]);
    const rows = lines.slice(header + 3).filter((l) => /^\d+\s/.test(l));
    const cs = rows.map(rank);
    expect(cs.length).toBeGreaterThan(10);
    for (let i = 1; i < cs.length; i++) expect(cs[i]).toBeLessThanOrEqual(cs[i - 1]);
    expect(lines.some((l) => l.startsWith("[3/5]"))).toBe(true);
    expect(lines[header + 1]).toMatch(/obstacle degrees are of the support index only/);
    expect(lines[header + 2]).toMatch(/top obstacle \(support\)$/);
  });

  test("the trend chart greys the 136 countries and highlights, labelled, the 5 with the highest C in 2015", () => {
    const svg = fs.readFileSync(path.join(out, "trend-chart.svg"), "utf8");
    expect(svg).toContain("136 areas, 2000–2015; in colour and labelled: the 5 areas with the highest C in 2015; the other 131 in grey");
    expect(svg).toContain("Average: the mean of all 136 areas in each year");
    const top5 = summaryRows(result.run!).rows.slice(0, 5).map((r) => r.area);
    for (const area of top5) expect(svg).toContain(`>${area}<`);
  });
});

describe("the demo path on the China 30-city panel (../shared, tests only)", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("runs, reads the messy numbers, and agrees with the numpy oracle", async () => {
    const config = path.join(dir, "china.json");
    fs.writeFileSync(config, JSON.stringify(CHINA_CONFIG));
    const lines: string[] = [];
    const out = path.join(dir, "out");
    const result = await runDemo({ data: chinaCsv(), config, out, log: (l) => lines.push(l), samplesDir: SAMPLES });
    expect(fs.readdirSync(out).sort()).toEqual(["coupling-chart.svg", "recc-results.xlsx", "trend-chart.svg"]);
    expect(lines).toContain("      300 rows read, 300 rows in the panel (30 areas, years 2008–2017)");
    // NOx "0050" (2015, 2017) is read as 50 and reported.
    const sheets = await readWorkbook(path.join(out, "recc-results.xlsx"));
    const log = sheets.find((s) => s.sheet === "Import log")!.data.flat().join("\n");
    expect(log).toMatch(/column 'NOx': leading zeros: '00?\d+' read as \d+/);
    // 30 cities, coupling chart per area: the 5 with the highest C in 2017 in the first 5 categorical
    // colours, the same in both charts, the other 25 grey.
    const coupling = couplingInput(result.run!);
    const top5 = summaryRows(result.run!).rows.slice(0, 5).map((r) => r.area);
    expect(coupling.highlight!.colored).toEqual(top5);
    expect(top5.map((a) => coupling.highlight!.colorOf(a))).toEqual(CATEGORICAL.slice(0, 5));
    const couplingSvg = fs.readFileSync(path.join(out, "coupling-chart.svg"), "utf8");
    const trend = fs.readFileSync(path.join(out, "trend-chart.svg"), "utf8");
    for (const svg of [couplingSvg, trend]) {
      for (const [k, area] of top5.entries()) {
        expect(svg).toContain(`>${area}<`);
        expect(svg.toLowerCase()).toContain(CATEGORICAL[k]);
      }
      expect(svg).toContain(">other 25 areas<");
    }
    const oracle = numpyOracle(chinaCsv(), config);
    const v = result.run!.evaluation.values;
    oracle.rows.forEach((r, i) => {
      expect(v["panel.keys"][i]).toEqual([r.area, r.year]);
      expect(v["panel.S"][i][0] as number).toBeCloseTo(r.S, 12);
      expect(v["panel.P"][i][0] as number).toBeCloseTo(r.P, 12);
    });
  });
});

describe("the command line", () => {
  let stderr: string[];
  let spy: jest.SpyInstance;
  beforeEach(() => {
    stderr = [];
    spy = jest.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => {
      stderr.push(String(s));
      return true;
    });
  });
  afterEach(() => spy.mockRestore());

  test("bad arguments exit 2 with the usage", async () => {
    expect(await main(["--colour", "red"])).toBe(2);
    expect(stderr.join("")).toContain("usage: npm run demo");
    expect(await main(["--data", "x.csv"])).toBe(2);
    expect(stderr.join("")).toContain("--data needs --config");
  });

  test("bad input exits 1 and names the file, row and column", async () => {
    const dir = tempDir();
    try {
      fs.writeFileSync(path.join(dir, "d.csv"), "city,year,a,b\nX,2000,1,2\nX,2001,abc,3\nY,2000,2,2\n");
      fs.writeFileSync(
        path.join(dir, "c.json"),
        JSON.stringify(twoIndicatorConfig()),
      );
      const code = await main(["--data", path.join(dir, "d.csv"), "--config", path.join(dir, "c.json"), "--out", path.join(dir, "out"), "--quiet"]);
      expect(code).toBe(1);
      expect(stderr.join("")).toBe("error: d.csv, row 3, column 'a': is the text 'abc', not a number\n");
      expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("output folder problems and AHP warnings, worded for the user", () => {
  let stderr: string[];
  let spy: jest.SpyInstance;
  let dir: string;
  const CFG = {
    version: 1,
    areaColumn: "city",
    yearColumn: "year",
    indicators: [
      { name: "a", role: "support", direction: 1, subsystem: "s" },
      { name: "b", role: "pressure", direction: 1, subsystem: "p" },
      { name: "c", role: "pressure", direction: 1, subsystem: "q" },
      { name: "d", role: "pressure", direction: 1, subsystem: "r" },
    ],
  };
  beforeEach(() => {
    dir = tempDir();
    fs.writeFileSync(path.join(dir, "d.csv"), "city,year,a,b,c,d\nX,2000,1,2,3,4\nX,2001,2,3,1,2\nY,2000,3,1,2,5\nY,2001,4,4,4,1\n");
    stderr = [];
    spy = jest.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => {
      stderr.push(String(s));
      return true;
    });
  });
  afterEach(() => {
    spy.mockRestore();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("--out naming a file, or a folder under a file, exits 1 with a sentence instead of EEXIST/ENOTDIR", async () => {
    fs.writeFileSync(path.join(dir, "c.json"), JSON.stringify(CFG));
    const file = path.join(dir, "outfile");
    fs.writeFileSync(file, "x");
    const args = ["--data", path.join(dir, "d.csv"), "--config", path.join(dir, "c.json"), "--quiet"];
    expect(await main([...args, "--out", file])).toBe(1);
    expect(stderr.join("")).toBe(`error: --out ${file} is a file; give a folder\n`);
    stderr.length = 0;
    expect(await main([...args, "--out", path.join(file, "sub")])).toBe(1);
    expect(stderr.join("")).toBe(`error: --out ${path.join(file, "sub")} cannot be created: ${file} is a file; give a folder\n`);
    expect(stderr.join("")).not.toMatch(/EEXIST|ENOTDIR/);
  });

  test("an inconsistent AHP comparison prints a warning with system and CR, and the workbook keeps it", async () => {
    // Circular judgements (CR = 6.130 by numpy, see test/runner/run-analysis.test.ts).
    fs.writeFileSync(path.join(dir, "c.json"), JSON.stringify({ ...CFG, weighting: { method: "ahp", ahp: { matrices: { pressure: [[1, 9, "1/9"], [null, 1, 9], [null, null, 1]] } } } }));
    const lines: string[] = [];
    const out = path.join(dir, "out");
    await runDemo({ data: path.join(dir, "d.csv"), config: path.join(dir, "c.json"), out, log: (l) => lines.push(l), samplesDir: SAMPLES });
    const warning = "the AHP comparison of the pressure system is inconsistent: CR = 6.130 ≥ 0.1 (Saaty 1990); its weights are used, but revise weighting.ahp.matrices.pressure";
    expect(lines).toContain(`      warning: ${warning}`);
    const about = (await readWorkbook(path.join(out, "recc-results.xlsx"))).find((s) => s.sheet === "About")!.data;
    expect(about).toContainEqual(["Warning", warning]);
  });
});

describe("npm run demo -- --sample seed", () => {
  test("draws the coupling chart of the study's printed S and P; C, grade and region agree with method.md §2", async () => {
    const out = tempDir();
    try {
      const lines: string[] = [];
      await runDemo({ sample: "seed", out, log: (l) => lines.push(l), samplesDir: SAMPLES });
      expect(fs.readdirSync(out).sort()).toEqual(["coupling-chart.svg", "seed-study-results.xlsx"]);
      // Years print as whole numbers, S and P with the study's 4 decimals.
      expect(lines.find((l) => l.startsWith("Bayan Obo"))).toMatch(/^Bayan Obo\s+2012\s+0\.4510\s+0\.3382\s/);
      expect(lines.join("\n")).not.toMatch(/\b20\d\d\.0000\b/);
      const svg = fs.readFileSync(path.join(out, "coupling-chart.svg"), "utf8");
      for (const area of ["Bayan Obo", "Mianning", "Longnan", "Pingyuan", "Chongzuo"]) expect(svg).toContain(area);
      const rows = (await readWorkbook(path.join(out, "seed-study-results.xlsx")))[0].data;
      // method.md §2 (the paper's printed figures): grade and region per area and year; C = P/S within ±0.0003.
      const expected: [string, number, string, string][] = [
        ["Bayan Obo", 2012, "V", "low-value surplus"],
        ["Bayan Obo", 2019, "V", "low-value load"],
        ["Mianning", 2012, "II", "low-value surplus"],
        ["Mianning", 2019, "II", "low-value surplus"],
        ["Longnan", 2012, "II", "low-value surplus"],
        ["Longnan", 2019, "V", "low-value surplus"],
        ["Pingyuan", 2012, "II", "high-value surplus"],
        ["Pingyuan", 2019, "II", "high-value surplus"],
        ["Chongzuo", 2019, "II", "high-value surplus"],
      ];
      for (const [area, year, grade, region] of expected) {
        const r = rows.find((x) => x[0] === area && x[1] === year)!;
        expect([r[6], r[7]]).toEqual([grade, region]);
        expect(Math.abs((r[5] as number) - (r[4] as number))).toBeLessThanOrEqual(0.0003);
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});

describe("each run's files stay together", () => {
  test("default folders: out/ for the World Bank sample, out/seed/ for the seed, out/<name>_<ext>/ for the user's data", () => {
    expect(defaultOutFolder("out", { sample: "worldbank" })).toBe("out");
    expect(defaultOutFolder("out", { sample: "seed" })).toBe(path.join("out", "seed"));
    expect(defaultOutFolder("out", { data: "/x/My data.v2.xlsx" })).toBe(path.join("out", "My_data.v2_xlsx"));
  });

  test("a run into a folder used by another run removes that run's files and keeps nothing mixed", async () => {
    const out = tempDir();
    try {
      await runDemo({ sample: "worldbank", out, log: () => undefined, samplesDir: SAMPLES });
      const lines: string[] = [];
      const { files } = await runDemo({ sample: "seed", out, log: (l) => lines.push(l), samplesDir: SAMPLES });
      expect(fs.readdirSync(out).sort()).toEqual(["coupling-chart.svg", "seed-study-results.xlsx"]);
      expect(files.map((f) => path.basename(f)).sort()).toEqual(["coupling-chart.svg", "seed-study-results.xlsx"]);
      expect(lines).toContain("removed trend-chart.svg: left in this folder by an earlier, different run");
      fs.writeFileSync(path.join(out, "notes.txt"), "mine");
      expect(removeStale(out, files)).toEqual([]);
      expect(fs.existsSync(path.join(out, "notes.txt"))).toBe(true);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  test("the command line ends by listing exactly the files written, also with --quiet", async () => {
    const out = tempDir();
    const stdout: string[] = [];
    const spy = jest.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => {
      stdout.push(String(s));
      return true;
    });
    try {
      expect(await main(["--sample", "seed", "--out", out, "--quiet"])).toBe(0);
    } finally {
      spy.mockRestore();
    }
    try {
      expect(stdout.join("")).toBe(`2 files written to ${out}${path.sep}:\n  ${path.join(out, "coupling-chart.svg")}\n  ${path.join(out, "seed-study-results.xlsx")}\n`);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
