/**
 * The headless demo against a tester's inputs (/work/findings/t/d): the CSV delimiter guessed from the
 * header row onward, output files RECC did not write left alone, area names differing only in case,
 * implausible years, trend-chart labels and coupling-chart paths. Oracle: the files as written, read
 * by hand.
 */
import * as fs from "fs";
import * as path from "path";
import { writeWorkbook } from "../../src/runner/xlsx";
import { cleanPanel, readTableFile, validateImportOptions, type ImportOptions } from "../../src/runner/import-table";
import { loadRunConfig, runDemo } from "../../src/runner/demo-run";
import { validateAnalysisConfig } from "../../src/plan/analysis-config";
import { CATEGORICAL, couplingChartSvg, trendAverage, trendChartSvg } from "../../src/runner/charts-svg";
import { runAnalysis } from "../../src/runner/run-analysis";
import { main } from "../../src/runner/demo";
import { resolved } from "../plan/fixtures";
import { captureStream, loadCsvPanel, SAMPLES, tempDir, twoIndicatorConfig } from "./helpers";

jest.setTimeout(60_000);

const CONFIG = resolved({ ...twoIndicatorConfig("area"), weighting: { method: "entropy" } });

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const load = (csv: string, options: ImportOptions = {}) => loadCsvPanel(dir, csv, CONFIG, options);

describe("CSV delimiter", () => {
  const body = "area;year;a;b\nX;2000;35,2;-0,5\nY;2000;1,5;0,25\n";
  const values = [
    [35.2, -0.5],
    [1.5, 0.25],
  ];

  test("a title line with commas above a ';' header does not decide the delimiter (import.headerRow)", async () => {
    const p = await load(`My data, 2024 release, by region;;;\n${body}`, { headerRow: 2, decimalSeparator: "," });
    expect(p.values).toEqual(values);
  });

  test("a '# comment' line with commas above a ';' header does not decide it either", async () => {
    const p = await load(`# source: a, b, c, d\n${body}`, { decimalSeparator: "," });
    expect(p.values).toEqual(values);
  });

  test("a UTF-8 BOM, a title line and '.' thousands separators", async () => {
    const csv = "\uFEFFTitle: my data\narea;year;a;b\nX;2010;12.958,42;2.527.632\nY;2010;41.004,70;238.903\n";
    const p = await load(csv, { headerRow: 2, decimalSeparator: ",", thousandsSeparator: "." });
    expect(p.values).toEqual([
      [12958.42, 2527632],
      [41004.7, 238903],
    ]);
  });

  test("import.delimiter forces the separator; a bad one is named with the choices; a typo gets 'did you mean'", async () => {
    const p = await load("area|year|a|b\nX|2000|1,5|2\nY|2000|3|4\n", { delimiter: "|", decimalSeparator: "," });
    expect(p.values).toEqual([
      [1.5, 2],
      [3, 4],
    ]);
    expect(validateImportOptions({ delimiter: "\t" })).toEqual([]);
    expect(validateImportOptions({ delimiter: ":" })).toEqual([`import.delimiter is ":"; use ",", ";", "\\t" (tab) or "|"`]);
    expect(validateImportOptions({ delimeter: ";" }).join()).toMatch(/did you mean 'delimiter'/);
  });

  test("'no such column' names the delimiter used and points to import.delimiter", async () => {
    await expect(load("area;year;a;b\nX;2000;1;2\nY;2000;3;4\n", { delimiter: "," })).rejects.toThrow(
      /the header \(row 1, fields separated by ','\) has: area;year;a;b\. the header holds ';': if that separates the fields, set import\.delimiter to ";"/,
    );
  });
});

describe("--out never removes or overwrites a file RECC did not write", () => {
  test("a user's trend-chart.svg in a seed run's folder is left, and the log says so", async () => {
    fs.writeFileSync(path.join(dir, "trend-chart.svg"), "notes\n");
    const lines: string[] = [];
    await runDemo({ sample: "seed", out: dir, log: (l) => lines.push(l), samplesDir: SAMPLES });
    expect(fs.readFileSync(path.join(dir, "trend-chart.svg"), "utf8")).toBe("notes\n");
    expect(lines).toContain("left trend-chart.svg alone: not written by RECC (this run does not write a file of that name)");
  });

  test("RECC's own stale outputs (signed) are still removed", async () => {
    await runDemo({ sample: "worldbank", out: dir, log: () => undefined, samplesDir: SAMPLES });
    const lines: string[] = [];
    await runDemo({ sample: "seed", out: dir, log: (l) => lines.push(l), samplesDir: SAMPLES });
    expect(lines).toContain("removed trend-chart.svg: left in this folder by an earlier, different run");
    expect(lines).toContain("removed recc-results.xlsx: left in this folder by an earlier, different run");
    expect(fs.readdirSync(dir).sort()).toEqual(["coupling-chart.svg", "seed-study-results.xlsx"]);
  });

  test("a user's file with the name of an output this run writes stops the run before anything is written", async () => {
    fs.writeFileSync(path.join(dir, "coupling-chart.svg"), "<svg>mine</svg>");
    await expect(runDemo({ sample: "worldbank", out: dir, log: () => undefined, samplesDir: SAMPLES })).rejects.toThrow(
      `--out ${dir}: coupling-chart.svg is already there and not written by RECC; RECC never overwrites a file it did not write`,
    );
    expect(fs.readdirSync(dir)).toEqual(["coupling-chart.svg"]);
    expect(fs.readFileSync(path.join(dir, "coupling-chart.svg"), "utf8")).toBe("<svg>mine</svg>");
  });

  test("charts written before the signature (RECC's axis titles) still count as RECC's", async () => {
    const old = '<svg width="9" xmlns="http://www.w3.org/2000/svg"><text>Support index S</text><text>Pressure index P</text></svg>';
    fs.writeFileSync(path.join(dir, "trend-chart.svg"), old);
    const lines: string[] = [];
    await runDemo({ sample: "seed", out: dir, log: (l) => lines.push(l), samplesDir: SAMPLES });
    expect(lines).toContain("removed trend-chart.svg: left in this folder by an earlier, different run");
  });

  test("--out '' is a usage error (exit 2), not the current folder", async () => {
    const err = captureStream(process.stderr);
    const out = captureStream(process.stdout);
    try {
      expect(await main(["--sample", "seed", "--out", ""])).toBe(2);
    } finally {
      err.restore();
      out.restore();
    }
    expect(err.text()).toContain("--out is empty (an unset variable?); give a folder");
    expect(out.text()).not.toMatch(/files written/);
  });
});

describe("data read as written but doubtful: warnings in the Import log and the terminal", () => {
  test("area names that differ only in case are named with their rows", async () => {
    const p = await load("area,year,a,b\nAlpha,2000,1,2\nalpha,2001,2,3\nAlpha,2001,3,4\nBeta,2000,4,1\n");
    const w = "areas 'Alpha' (rows 2, 4) and 'alpha' (row 3) differ only in case; they are read as 2 different areas. If they are one area, spell them alike";
    expect(p.warnings).toEqual([w]);
    expect(p.messages).toContain(`warning: ${w}`);
  });

  test("a year 12 among 2012s, or 20120, is named with its rows; ordinary spans (1955–2005) are not", async () => {
    const p = await load("area,year,a,b\nX,2011,1,2\nX,12,2,3\nY,2011,3,4\nY,12,4,1\n");
    expect(p.warnings).toEqual([
      "the year 12 (rows 3, 5) is implausible: outside 1000–2999 (the other year is 2011). A typo? It is read as written, so the panel spans 12–2011",
    ]);
    const q = await load("area,year,a,b\nX,2011,1,2\nX,2012,2,3\nX,20120,3,4\nY,2011,4,1\n");
    expect(q.warnings?.[0]).toMatch(/^the year 20120 \(row 4\) is implausible: outside 1000–2999/);
    const r = await load("area,year,a,b\nX,1955,1,2\nX,2005,2,3\nY,1980,3,4\nY,1300,4,1\n");
    expect(r.warnings).toEqual([
      "the year 1300 (row 5) is implausible: more than 100 years from the median year 1980 (the other years are 1955–2005). A typo? It is read as written, so the panel spans 1300–2005",
    ]);
    const ok = await load("area,year,a,b\nX,1955,1,2\nX,2005,2,3\nY,1955,3,4\nY,2005,4,1\n");
    expect(ok.warnings).toEqual([]);
  });

  test("the demo prints the warnings as warning lines", async () => {
    const csv = path.join(dir, "case.csv");
    const cfg = path.join(dir, "cfg.json");
    fs.writeFileSync(csv, "area,year,a,b\nAlpha,2000,1,2\nalpha,2001,2,3\nAlpha,2001,3,4\nBeta,2000,4,1\nBeta,2001,1,5\n");
    fs.writeFileSync(cfg, JSON.stringify(twoIndicatorConfig("area")));
    const lines: string[] = [];
    await runDemo({ data: csv, config: cfg, out: path.join(dir, "out"), log: (l) => lines.push(l), samplesDir: SAMPLES });
    expect(lines.filter((l) => l.includes("warning: areas 'Alpha'"))).toHaveLength(1);
  });
});

/** A panel of the two-indicator config (a: support, b: pressure) from [area, year, a, b] rows. */
function twoIndicatorRun(rows: [string, number, number, number][]) {
  const p = {
    areas: rows.map((r) => r[0]),
    years: rows.map((r) => r[1]),
    values: rows.map((r) => [r[2], r[3]]),
    rowNumbers: rows.map((_, k) => k + 2),
    indicatorNames: ["a", "b"],
    messages: [],
    skippedByReason: {},
    rowCountRead: rows.length,
  };
  return runAnalysis(p, CONFIG);
}

/** Texts of the SVG with their translate x: [text, x]. */
function svgTexts(svg: string): { text: string; x: number; label: boolean }[] {
  return [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map((m) => ({
    text: m[2],
    x: Number(/translate\(([-\d.]+)/.exec(m[1])?.[1] ?? NaN),
    label: m[1].includes('stroke="#fff"'),
  }));
}

describe("trend chart", () => {
  test("an end label sits at the line's last actual value, never beside a year where the value is an error", () => {
    // B's a in 2011 is the minimum of all: S = 0, so C = P/S is #DIV/0! in 2011.
    const run = twoIndicatorRun([
      ["A", 2010, 5, 5],
      ["A", 2011, 6, 6],
      ["B", 2010, 7, 1],
      ["B", 2011, 1, 1],
      ["C", 2010, 6, 1],
      ["C", 2011, 7, 9],
    ]);
    const texts = svgTexts(trendChartSvg(run).svg!);
    const tick = (y: string) => texts.find((t) => t.text === y && !t.label)!.x;
    const bLabels = texts.filter((t) => t.text === "B" && t.label);
    expect(bLabels).toHaveLength(3);
    // C panel first: B's label beside 2010 (label left = point x + 8), S and P panels beside 2011.
    expect(Math.abs(bLabels[0].x - 8 - tick("2010"))).toBeLessThan(2);
    expect(Math.abs(bLabels[1].x - 8 - tick("2011"))).toBeLessThan(2);
  });

  test("the Average label sits at the average's last year (2009) when the average ends before the panel", () => {
    const rows: [string, number, number, number][] = [];
    ["A", "B", "C"].forEach((a, i) => {
      for (let y = 2005; y <= 2010; y++) if (!(a === "C" && y === 2010)) rows.push([a, y, 2 + ((i * 7 + y * 3) % 11), 3 + ((i * 5 + y) % 7)]);
    });
    const chart = trendChartSvg(twoIndicatorRun(rows));
    expect(chart.average?.years).toEqual([2005, 2006, 2007, 2008, 2009]);
    const texts = svgTexts(chart.svg!);
    const tick = (y: string) => texts.find((t) => t.text === y && !t.label)!.x;
    const avg = texts.filter((t) => t.text === "Average" && t.label);
    expect(avg).toHaveLength(3);
    for (const l of avg) expect(Math.abs(l.x - 8 - tick("2009"))).toBeLessThan(2);
  });

  test("data every 5 years: ticks at the observed years and the caption says 'every observed year'", () => {
    const rows: [string, number, number, number][] = [];
    ["A", "B"].forEach((a, i) => {
      for (let y = 1955; y <= 2005; y += 5) rows.push([a, y, 2 + ((i * 7 + y * 3) % 11), 3 + ((i * 5 + y) % 7)]);
    });
    const chart = trendChartSvg(twoIndicatorRun(rows));
    const years = [1955, 1960, 1965, 1970, 1975, 1980, 1985, 1990, 1995, 2000, 2005];
    expect(trendAverage(["A", "B"], years, () => true).definition).toBe(
      "Average: the mean of all 2 areas in each year (every area has C, S and P in every observed year (11 years, 1955–2005))",
    );
    expect(trendAverage(["A", "B"], [2000, 2001, 2002], () => true).definition).toBe("Average: the mean of all 2 areas in each year (every area has C, S and P in every year 2000–2002)");
    const ticks = svgTexts(chart.svg!)
      .filter((t) => /^\d{4}$/.test(t.text))
      .map((t) => Number(t.text));
    expect([...new Set(ticks)].sort()).toEqual(years);
  });
});

describe("coupling chart paths", () => {
  // Seychelles-like: A has 2003, 2007 and 2010 of a panel 2003–2010; B has every year.
  const years = [2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010];
  const input = {
    title: "t",
    low: 1 / 3,
    high: 2 / 3,
    seriesBy: "area" as const,
    groups: [
      { name: "A", points: [[0.2, 0.3], [0.4, 0.5], [0.6, 0.4]] as [number, number][], years: [2003, 2007, 2010] },
      { name: "B", points: years.map((y, k) => [0.1 + k * 0.1, 0.8 - k * 0.05] as [number, number]), years },
    ],
  };
  /** The line paths (d attribute) drawn in a colour at the paths' opacity. */
  const pathsIn = (svg: string, color: string) => [...svg.matchAll(/<path d="([^"]*)"[^>]*stroke="([^"]*)" stroke-opacity="0.7"/g)].filter((m) => m[2] === color).map((m) => m[1]);

  test("with at most 10 areas each area's path through the years is drawn, with an arrow, and the note says so", () => {
    const svg = couplingChartSvg(input);
    const b = pathsIn(svg, CATEGORICAL[1]);
    expect(b).toHaveLength(1);
    expect(b[0].match(/M/g)).toHaveLength(1);
    expect(b[0].match(/L/g)).toHaveLength(years.length - 1);
    expect(svg).toContain("thin lines: each area&#39;s path through the years (2003–2010), arrow at its last year; broken where a year is missing");
  });

  test("a path breaks where the area lacks years of the panel (2003 → 2007 → 2010 is three separate points)", () => {
    const a = pathsIn(couplingChartSvg(input), CATEGORICAL[0]);
    // No segment at all: every step of A crosses missing years.
    expect(a.join("")).not.toMatch(/L/);
    const joined = couplingChartSvg({ ...input, groups: [{ ...input.groups[0], years: [2003, 2004, 2010] }, input.groups[1]] });
    expect(pathsIn(joined, CATEGORICAL[0]).join("").match(/L/g)).toHaveLength(1);
  });
});

describe("AHP judgements in a JSON configuration get JSON advice, not Excel advice", () => {
  const cfg = (j: unknown) => ({
    ...twoIndicatorConfig("area"),
    indicators: [
      { name: "a", role: "support", direction: 1, subsystem: "s" },
      { name: "c", role: "support", direction: 1, subsystem: "t" },
      { name: "b", role: "pressure", direction: 1, subsystem: "p" },
    ],
    weighting: { method: "ahp", ahp: { level: "subsystem", matrices: { support: [[1, j], [null, 1]], pressure: [[1]] } } },
  });
  const loadErrors = (j: unknown) => {
    const f = path.join(dir, "c.json");
    fs.writeFileSync(f, JSON.stringify(cfg(j)));
    try {
      loadRunConfig(f);
      return "";
    } catch (e) {
      return (e as Error).message;
    }
  };

  test("a date serial (46025 = a typed 1/3) in the config file: write the JSON string \"1/3\"", () => {
    const m = loadErrors(46025);
    expect(m).toContain(`weighting.ahp.matrices.support[0][1] is 46025, which looks like a date (3 January 2026); a date serial is not a judgement; write the fraction as the JSON string "1/3" (with the quotes)`);
    expect(m).not.toMatch(/apostrophe|=1\/3/);
    // 12 is within a factor 2 of the scale's end, so the hint names the nearest scale value; no Excel advice.
    expect(loadErrors(12)).toContain(`is 12, outside Saaty's scale 1/9 to 9; use a judgement from 1/9 to 9; the nearest scale value is 9`);
    expect(loadErrors(12)).not.toMatch(/apostrophe|=1\/3/);
    expect(loadErrors(40)).toContain(`is 40, outside Saaty's scale 1/9 to 9; use a judgement from 1/9 to 9, e.g. 3 or the JSON string "1/3"`);
  });

  test("the wizard's grid (a sheet) keeps the Excel-cell wording", () => {
    const r = validateAnalysisConfig(cfg(46025));
    expect(r.ok ? "" : r.errors.join()).toContain("type '1/3 (with the apostrophe) or =1/3");
  });
});

describe("small things", () => {
  test("an .xlsx with a title row: only the filled cell is listed, named as a likely title row", async () => {
    const f = path.join(dir, "t.xlsx");
    await writeWorkbook(f, [{ name: "Data", rows: [["My RECC data (2024 release)", null, null, null], ["area", "year", "a", "b"], ["X", 2000, 1, 2], ["Y", 2000, 3, 4]] }]);
    const t = await readTableFile(f);
    expect(() => cleanPanel(t, CONFIG)).toThrow(
      "t.xlsx [Data]: no columns 'area', 'year', 'a', 'b'; the header (row 1) has: 'My RECC data (2024 release)'. row 1 looks like a title row (one filled cell); set import.headerRow to the row of the column names; for data on another sheet set import.sheet",
    );
  });

  test("--highlight with at most 10 areas prints a note instead of being ignored silently", async () => {
    const csv = path.join(dir, "d.csv");
    const cfg = path.join(dir, "c.json");
    fs.writeFileSync(csv, "area,year,a,b\nX,2000,1,2\nX,2001,2,3\nY,2000,3,4\nY,2001,4,1\n");
    fs.writeFileSync(cfg, JSON.stringify(twoIndicatorConfig("area")));
    const lines: string[] = [];
    await runDemo({ data: csv, config: cfg, out: path.join(dir, "out"), log: (l) => lines.push(l), samplesDir: SAMPLES, highlight: ["X"] });
    expect(lines).toContain("      note: --highlight changes nothing here: all 2 areas have their own colour (it picks the coloured areas of charts of more than 10 areas)");
  });

  test("a long highlighted name is shortened with an ellipsis beside its point, as in the legend", () => {
    const long = "The Very Long Official Name of a Region in a Country";
    const groups = Array.from({ length: 12 }, (_, k) => ({ name: k === 0 ? long : `Area ${k}`, points: [[0.1 + k * 0.05, 0.5] as [number, number]] }));
    const areas = groups.map((g) => g.name);
    const highlight = { areas, colored: [long], muted: true, note: "n", colorOf: () => CATEGORICAL[0] };
    const svg = couplingChartSvg({ title: "t", low: 1 / 3, high: 2 / 3, seriesBy: "area", groups, highlight });
    expect(svg).not.toContain(`>${long}<`);
    expect(svg).toMatch(/>The Very Long[^<]*…</);
  });
});
