/**
 * The headless demo against a tester's inputs (/work/findings/t/d): the CSV delimiter guessed from the
 * header row onward, output files RECC did not write left alone, area names differing only in case,
 * implausible years, trend-chart labels and coupling-chart paths. Oracle: the files as written, read
 * by hand.
 */
import * as fs from "fs";
import * as path from "path";
import { cleanPanel, readTableFile, validateImportOptions, type ImportOptions } from "../../src/runner/import-table";
import { resolved } from "../plan/fixtures";
import { tempDir, twoIndicatorConfig } from "./helpers";

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
