/** The importer on messy input: trailing spaces, leading zeros, NaN, blanks, aggregates, bad text, .xlsx. */
import * as fs from "fs";
import * as path from "path";
import { cleanPanel, ImportError, parseNumberCell, readTableFile, validateImportOptions } from "../../src/runner/import-table";
import { loadRunConfig } from "../../src/runner/demo-run";
import { writeWorkbook } from "../../src/runner/xlsx";
import { english } from "../../src/i18n";
import { resolved } from "../plan/fixtures";
import { tempDir, twoIndicatorConfig } from "./helpers";

const CONFIG = resolved({ ...twoIndicatorConfig("area"), weighting: { method: "entropy" } });

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function load(csv: string, options = {}) {
  const f = path.join(dir, "t.csv");
  fs.writeFileSync(f, csv);
  return cleanPanel(await readTableFile(f, options), CONFIG, options);
}

/** parseNumberCell with its keyed `why` and `note` rendered in English (the texts the importer has always written). */
function parse(...args: Parameters<typeof parseNumberCell>) {
  const p = parseNumberCell(...args);
  if (p.kind === "number") return p.note ? { ...p, note: english(p.note) } : p;
  return { ...p, why: english(p.why) };
}

describe("parseNumberCell", () => {
  test.each([
    ['"792.06 "', "792.06 ", 792.06],
    ["leading zeros", "0050", 50],
    ["sign and exponent", " -1.5e3", -1500],
    ["a number cell", 12.5, 12.5],
  ])("%s", (_n, input, expected) => {
    const p = parse(input as string);
    expect(p).toMatchObject({ kind: "number", value: expected });
  });
  test.each(["", "NaN", "nan", "NA", "n/a", "..", "-", "  ", null])("missing: %p", (input) => {
    expect(parse(input).kind).toBe("missing");
  });
  test("a text number beyond the double range is an error, not Infinity; one below it underflows to 0", () => {
    expect(parse("1e400")).toEqual({ kind: "bad", why: "is '1e400', too large (beyond ±1.8e308)" });
    expect(parse("-1e400").kind).toBe("bad");
    expect(parse(Infinity).kind).toBe("bad");
    // IEEE 754: 1e-400 is below the smallest subnormal (4.9e-324) and rounds to 0.
    expect(parse("1e-400")).toMatchObject({ kind: "number", value: 0 });
  });
  test("Excel error values are missing and say so", () => {
    expect(parse("#DIV/0!")).toEqual({ kind: "missing", text: "#DIV/0!", why: "is the Excel error #DIV/0!" });
    expect(parse(" #n/a ")).toMatchObject({ kind: "missing", why: "is the Excel error #N/A" });
  });
  test("bad text says why", () => {
    // One comma before three digits reads either way: both readings, with the option for each (issue 9).
    expect(parse("1,234")).toEqual({
      kind: "bad",
      why: `is '1,234': the comma is a thousands separator (1234: set import.thousandsSeparator to ",") or a decimal comma (1.234: set import.decimalSeparator to ",")`,
    });
    expect(parse("1,234,567.5")).toEqual({ kind: "bad", why: `is '1,234,567.5' with a thousands separator; set import.thousandsSeparator to "," to read it (or remove the commas)` });
    expect(parse("12%")).toEqual({ kind: "bad", why: "is '12%' with a percent sign; give the number only" });
    expect(parse("abc")).toEqual({ kind: "bad", why: "is the text 'abc', not a number" });
    expect(parse(true).kind).toBe("bad");
  });
  test("a decimal comma gets a hint; other text does not", () => {
    const hint = (t: string) => `is the text '${t}', not a number (a decimal comma? set import.decimalSeparator to "," to read it)`;
    for (const t of ["35,2", "-0,5", ",5", "2,5e3"]) expect(parse(t)).toEqual({ kind: "bad", why: hint(t) });
    expect(parse("1.234,56")).toEqual({
      kind: "bad",
      why: `is '1.234,56' with a decimal comma and "." between thousands; set import.decimalSeparator to "," and set import.thousandsSeparator to "." to read it`,
    });
    expect(parse("a,b")).toEqual({ kind: "bad", why: "is the text 'a,b', not a number" });
  });
});

describe("cleanPanel", () => {
  const messy = [
    "# a comment line before the header",
    "area,year,a,b,note",
    'X,2000,"1.5 ",0050,x',
    "X,2001,NaN,3,",
    "X,2002,,4,",
    "World,2000,9,9,aggregate",
    ",2000,1,1,no area",
    "Y,2000,2,2,",
    "",
    "Y,2001,3,1,",
  ].join("\n");

  test("reads trailing spaces and leading zeros, leaves out rows with a missing value or an excluded area, and says why", async () => {
    const p = await load(messy, { excludeAreas: ["World"] });
    expect(p.areas).toEqual(["X", "Y", "Y"]);
    expect(p.years).toEqual([2000, 2000, 2001]);
    expect(p.values).toEqual([
      [1.5, 50],
      [2, 2],
      [3, 1],
    ]);
    expect(p.skippedByReason).toEqual({ "missing indicator value": 2, "excluded area (aggregate)": 1, "no area": 1 });
    expect(p.messages).toContain("row 4 (X 2001): left out, a is 'NaN' (a missing value is never read as 0)");
    expect(p.messages).toContain("row 5 (X 2002): left out, a is blank (a missing value is never read as 0)");
    expect(p.rowNumbers).toEqual([3, 8, 10]);
    expect(p.messages).toContain("row 6: left out, 'World' is in import.excludeAreas");
    expect(p.messages).toContain("row 3 (X 2000), column 'b': leading zeros: '0050' read as 50");
  });

  test("a value that is not a number is an error naming file, row and column", async () => {
    await expect(load("area,year,a,b\nX,2000,1,2\nX,2001,n.a.x,3\n")).rejects.toThrow("t.csv, row 3, column 'a': is the text 'n.a.x', not a number");
  });

  test("a repeated (area, year), a missing column and a fractional year are errors", async () => {
    await expect(load("area,year,a,b\nX,2000,1,2\nX,2000,2,3\n")).rejects.toThrow("t.csv, row 3, column 'year': X 2000 appears twice (first in row 2)");
    await expect(load("area,year,a\nX,2000,1\n")).rejects.toThrow(
      "t.csv, column 'b': no such column; the header (row 1, fields separated by ',') has: area, year, a. if the header is not the first row (a title above it), set import.headerRow",
    );
    await expect(load("area,year,a,b\nX,2000.5,1,2\nY,2000,1,1\n")).rejects.toThrow("t.csv, row 2, column 'year': the year is 2000.5, not a whole number");
  });

  test("a semicolon CSV with decimal commas names the cell and hints at the decimal comma", async () => {
    await expect(load("area;year;a;b\nX;2000;35,2;1\n")).rejects.toThrow(
      `t.csv, row 2, column 'a': is the text '35,2', not a number (a decimal comma? set import.decimalSeparator to "," to read it)`,
    );
  });

  test("a header that differs from the configured name only in case or spaces: did you mean …?", async () => {
    await expect(load("Area,year,a,b\nX,2000,1,2\n")).rejects.toThrow(
      "t.csv, column 'area': no such column; did you mean 'Area'? names must match exactly, including case; the header (row 1, fields separated by ',') has: Area, year, a, b",
    );
  });

  test("an overflowing text number is an error naming file, row and column", async () => {
    await expect(load("area,year,a,b\nX,2010,1e400,2\nX,2011,2,3\nY,2011,3,3\n")).rejects.toThrow(
      "t.csv, row 2, column 'a': is '1e400', too large (beyond ±1.8e308)",
    );
  });

  test("a duplicated header name the configuration uses is an error naming both columns; an unused one is logged", async () => {
    await expect(load("area,year,a,a,b\nX,2000,1,100,2\nY,2000,3,300,1\n")).rejects.toThrow(
      "t.csv, column 'a': columns 3 (C) and 4 (D) are both named 'a', a name the configuration uses; rename one of them",
    );
    await expect(load("area,area,year,a,b\nX,X,2000,1,2\nY,Y,2000,3,1\n")).rejects.toThrow("columns 1 (A) and 2 (B) are both named 'area'");
    const p = await load("area,year,a,note,b,note\nX,2000,1,u,2,v\nY,2000,3,w,1,z\n");
    expect(p.values).toEqual([
      [1, 2],
      [3, 1],
    ]);
    expect(p.messages).toEqual(["header: columns 4 (D) and 6 (F) are both named 'note'; the configuration does not use it, so neither is read"]);
  });

  test("import.missingValues adds to the defaults: a blank stays missing (never fatal, never 0)", async () => {
    const csv = "area,year,a,b\nX,2010,1,2\nX,2011,,3\nY,2010,n.v.,1\nY,2011,NaN,1\nZ,2010,4,5\n";
    const p = await load(csv, { missingValues: ["n.v."] });
    expect(p.areas).toEqual(["X", "Z"]);
    expect(p.messages).toEqual([
      "row 3 (X 2011): left out, a is blank (a missing value is never read as 0)",
      "row 4 (Y 2010): left out, a is 'n.v.' (a missing value is never read as 0)",
      "row 5 (Y 2011): left out, a is 'NaN' (a missing value is never read as 0)",
    ]);
    // Even a list that names only other texts (or is empty) keeps blanks missing.
    const blanks = "area,year,a,b\nX,2010,1,2\nX,2011,,3\nZ,2010,4,5\n";
    expect((await load(blanks, { missingValues: [] })).areas).toEqual(["X", "Z"]);
    expect((await load(blanks, { missingValues: ["n.v."] })).values).toEqual([
      [1, 2],
      [4, 5],
    ]);
  });

  test("an Excel error value written as text in a CSV is missing, with a message", async () => {
    const p = await load("area,year,a,b\nX,2010,1,2\nX,2011,#DIV/0!,3\nY,2010,3,1\n");
    expect(p.messages).toEqual(["row 3 (X 2011): left out, a is the Excel error #DIV/0! (a missing value is never read as 0)"]);
  });

  test("fewer than 2 complete rows is an error", async () => {
    await expect(load("area,year,a,b\nX,2000,1,2\nY,2000,NaN,1\n")).rejects.toThrow(ImportError);
  });

  test("headerRow and skipRows (e.g. a units row)", async () => {
    const p = await load("title line\narea,year,a,b\n,,kg,t\nX,2000,1,2\nY,2000,3,4\n", { headerRow: 2, skipRows: [3] });
    expect(p.values).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  test("an .xlsx file: numbers, a NaN text and an empty cell", async () => {
    const f = path.join(dir, "t.xlsx");
    await writeWorkbook(f, [
      {
        name: "Panel",
        rows: [
          ["area", "year", "a", "b"],
          ["X", 2000, 1, 2],
          ["X", 2001, "NaN", 2],
          ["Y", 2000, 3, null],
          ["Y", 2001, " 4 ", 5],
          ["Z", 2000, 5, 6],
        ],
      },
    ]);
    const t = await readTableFile(f, { sheet: "Panel" });
    const p = cleanPanel(t, CONFIG);
    expect(p.areas).toEqual(["X", "Y", "Z"]);
    expect(p.values).toEqual([
      [1, 2],
      [4, 5],
      [5, 6],
    ]);
    expect(p.messages).toEqual([
      "row 3 (X 2001): left out, a is 'NaN' (a missing value is never read as 0)",
      "row 4 (Y 2000): left out, b is blank (a missing value is never read as 0)",
    ]);
    await expect(readTableFile(f, { sheet: "Nope" })).rejects.toThrow("t.xlsx: no sheet 'Nope' (sheets: Panel)");
  });

  test("an .xlsx error cell (#DIV/0!) is logged as that Excel error, and its row leaves the panel", async () => {
    // A workbook saved by Excel stores a formula error as <c t="e"><v>#DIV/0!</v></c>; build one by
    // writing a normal workbook and turning one numeric cell into such an error cell.
    const f = path.join(dir, "e.xlsx");
    await writeWorkbook(f, [{ name: "S", rows: [["area", "year", "a", "b"], ["X", 2010, 1, 2], ["X", 2011, 777, 3], ["Y", 2010, 3, 1]] }]);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { unzipSync, zipSync, strFromU8, strToU8 } = require("fflate") as typeof import("fflate");
    const files = unzipSync(fs.readFileSync(f));
    const name = Object.keys(files).find((k) => /^xl\/worksheets\/.*\.xml$/.test(k))!;
    const xml = strFromU8(files[name]);
    const patched = xml.replace(/<c r="C3"([^>]*)>\s*<v>777<\/v>\s*<\/c>/, '<c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c>');
    expect(patched).not.toBe(xml);
    files[name] = strToU8(patched);
    fs.writeFileSync(f, zipSync(files));
    const p = cleanPanel(await readTableFile(f), CONFIG);
    expect(p.areas).toEqual(["X", "Y"]);
    expect(p.messages).toEqual(["row 3 (X 2011): left out, a is the Excel error #DIV/0! (a missing value is never read as 0)"]);
  });

  test("unsupported and missing files", async () => {
    await expect(readTableFile(path.join(dir, "x.ods"))).rejects.toThrow("x.ods: file not found");
    fs.writeFileSync(path.join(dir, "x.ods"), "");
    await expect(readTableFile(path.join(dir, "x.ods"))).rejects.toThrow("x.ods: unsupported file type '.ods'; use .csv or .xlsx");
  });
});

describe("runner config files", () => {
  const write = (o: unknown) => {
    const f = path.join(dir, "c.json");
    fs.writeFileSync(f, typeof o === "string" ? o : JSON.stringify(o));
    return f;
  };
  test("every problem is listed with its field", () => {
    const f = write({ version: 1, areaColumn: "area", indicators: [{ name: "a", role: "support", direction: "up", subsystem: "s" }], import: { skipRows: [0], colour: 1 } });
    expect(() => loadRunConfig(f)).toThrow(
      [
        "config c.json has 4 problems:",
        "  - indicators[0].direction is 'up'; use 1 or -1",
        "  - indicators has no pressure indicator; the method needs at least one of each",
        "  - import.colour is not a known field (known: sheet, headerRow, skipRows, excludeAreas, missingValues, decimalSeparator, thousandsSeparator, yearFromDate, encoding, delimiter)",
        "  - import.skipRows must be a list of row numbers ≥ 1",
      ].join("\n"),
    );
  });
  test("bad JSON and a missing file", () => {
    expect(() => loadRunConfig(write("{"))).toThrow(/^config c.json: not valid JSON/);
    expect(() => loadRunConfig(path.join(dir, "none.json"))).toThrow(/^config none.json: file not found/);
  });
  test("validateImportOptions accepts the documented fields and names the closest for an unknown one", () => {
    expect(validateImportOptions({ sheet: "Data", headerRow: 2, skipRows: [3], excludeAreas: ["World"], missingValues: ["n.v."] })).toEqual([]);
    expect(validateImportOptions({ exclude: ["World"] })).toEqual(["import.exclude is not a known field; did you mean 'excludeAreas'? (known: sheet, headerRow, skipRows, excludeAreas, missingValues, decimalSeparator, thousandsSeparator, yearFromDate, encoding, delimiter)"]);
  });
});
