/**
 * The headless demo against a tester's inputs (/work/findings/t/d): the CSV delimiter guessed from the
 * header row onward, output files RECC did not write left alone, area names differing only in case,
 * implausible years, trend-chart labels and coupling-chart paths. Oracle: the files as written, read
 * by hand.
 */
import * as fs from "fs";
import * as path from "path";
import { cleanPanel, readTableFile, validateImportOptions, type ImportOptions } from "../../src/runner/import-table";
import { runDemo } from "../../src/runner/demo-run";
import { main } from "../../src/runner/demo";
import { resolved } from "../plan/fixtures";
import { SAMPLES, tempDir, twoIndicatorConfig } from "./helpers";

jest.setTimeout(60_000);

const CONFIG = resolved({ ...twoIndicatorConfig("area"), weighting: { method: "entropy" } });

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function load(csv: string, options: ImportOptions = {}, name = "t.csv") {
  const f = path.join(dir, name);
  fs.writeFileSync(f, csv);
  return cleanPanel(await readTableFile(f, options), CONFIG, options);
}

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

function capture(stream: NodeJS.WriteStream) {
  const chunks: string[] = [];
  const spy = jest.spyOn(stream, "write").mockImplementation((s: string | Uint8Array) => {
    chunks.push(String(s));
    return true;
  });
  return { text: () => chunks.join(""), restore: () => spy.mockRestore() };
}

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

  test("--out '' is a usage error (exit 2), not the current folder", async () => {
    const err = capture(process.stderr);
    const out = capture(process.stdout);
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
