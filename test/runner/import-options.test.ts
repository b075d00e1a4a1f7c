/**
 * The importer's options for files from other locales (issue 13 item 5; issue 9's "288,140" hint):
 * decimal and thousands separators, dates in the year column, and missing columns reported all at
 * once with where to look (import.headerRow, import.sheet). Oracle: the numbers as written in the
 * file, read by hand.
 */
import * as fs from "fs";
import * as path from "path";
import { cleanPanel, parseNumberCell, readTableFile, validateImportOptions, yearOfDateText, type ImportOptions } from "../../src/runner/import-table";
import { writeWorkbook } from "../../src/runner/xlsx";
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

describe("decimal and thousands separators", () => {
  test('import.decimalSeparator "," reads a European CSV; a decimal point is then refused, not misread', async () => {
    const p = await load("area;year;a;b\nX;2000;35,2;-0,5\nY;2000;1;,25\n", { decimalSeparator: "," });
    expect(p.values).toEqual([
      [35.2, -0.5],
      [1, 0.25],
    ]);
    await expect(load("area;year;a;b\nX;2000;35.2;1\nY;2000;1;2\n", { decimalSeparator: "," })).rejects.toThrow(
      `t.csv, row 2, column 'a': is '35.2' with a decimal point, but import.decimalSeparator is ","`,
    );
  });

  test('import.thousandsSeparator "," reads "1,234.5" and refuses a comma that does not group by three', async () => {
    const p = await load('area,year,a,b\nX,2000,"1,234.5","1,000,000"\nY,2000,12,"-2,000"\n', { thousandsSeparator: "," });
    expect(p.values).toEqual([
      [1234.5, 1000000],
      [12, -2000],
    ]);
    await expect(load('area,year,a,b\nX,2000,"12,34",1\nY,2000,1,2\n', { thousandsSeparator: "," })).rejects.toThrow(
      `t.csv, row 2, column 'a': is '12,34': its "," does not group digits by three (import.thousandsSeparator is ",")`,
    );
  });

  test('"1.234,5" with "." between thousands and a decimal comma; "1 234,5" with a (no-break) space', async () => {
    const p = await load("area;year;a;b\nX;2000;1.234,5;2.000.000\nY;2000;7,25;3\n", { decimalSeparator: ",", thousandsSeparator: "." });
    expect(p.values).toEqual([
      [1234.5, 2000000],
      [7.25, 3],
    ]);
    const q = await load("area;year;a;b\nX;2000;1 234,5;2\u00a0000\nY;2000;1\u202f000;3\n", { decimalSeparator: ",", thousandsSeparator: " " });
    expect(q.values).toEqual([
      [1234.5, 2000],
      [1000, 3],
    ]);
  });

  test("issue 9: \"288,140\" in a ';'-separated file offers the decimal comma first, beside the thousands separator", async () => {
    await expect(load("area;year;a;b\nX;2000;288,140;1\nY;2000;1;2\n")).rejects.toThrow(
      `t.csv, row 2, column 'a': is '288,140': the comma is a decimal comma (288.14: set import.decimalSeparator to ","), likely in a file separated by ';', or a thousands separator (288140: set import.thousandsSeparator to ",")`,
    );
    // The hint's readings are what the options then give.
    expect((await load("area;year;a;b\nX;2000;288,140;1\nY;2000;1;2\n", { decimalSeparator: "," })).values[0][0]).toBe(288.14);
    expect((await load('area,year,a,b\nX,2000,"288,140",1\nY,2000,1,2\n', { thousandsSeparator: "," })).values[0][0]).toBe(288140);
  });

  test("the options are checked: known separators only, and never the same one twice", () => {
    expect(validateImportOptions({ decimalSeparator: ",", thousandsSeparator: ".", yearFromDate: true })).toEqual([]);
    expect(validateImportOptions({ decimalSeparator: ";" })).toEqual([`import.decimalSeparator is ";"; use "." or ","`]);
    expect(validateImportOptions({ thousandsSeparator: "_" })).toEqual([`import.thousandsSeparator is "_"; use ",", ".", " " or "'"`]);
    expect(validateImportOptions({ thousandsSeparator: "." })).toEqual([`import.thousandsSeparator and import.decimalSeparator are both "."; they must differ`]);
    expect(validateImportOptions({ yearFromDate: "yes" })).toEqual([`import.yearFromDate is "yes"; use true or false`]);
  });

  test("numbers without separators read the same under every option", () => {
    for (const format of [{ decimal: "." as const }, { decimal: "," as const, thousands: "." }, { decimal: "." as const, thousands: "," }]) {
      expect(parseNumberCell("1234", undefined, format)).toMatchObject({ kind: "number", value: 1234 });
      expect(parseNumberCell(12.5, undefined, format)).toMatchObject({ kind: "number", value: 12.5 });
      expect(parseNumberCell("NaN", undefined, format).kind).toBe("missing");
    }
  });
});

describe("dates in the year column", () => {
  test("date text is refused with the hint; import.yearFromDate reads its year", async () => {
    const csv = "area,year,a,b\nX,2015-12-31,1,2\nX,31.12.2016,2,3\nY,2015/06/30,3,1\n";
    await expect(load(csv)).rejects.toThrow(
      "t.csv, row 2, column 'year': the year is a date (2015-12-31), not a number; set import.yearFromDate to true to read it as its year (2015)",
    );
    expect((await load(csv, { yearFromDate: true })).years).toEqual([2015, 2016, 2015]);
    expect(yearOfDateText("12/31/2015")).toBe(2015);
    expect(yearOfDateText("2015")).toBeUndefined();
  });

  test(".xlsx date cells: refused without the option, read as their year with it; a year number formatted as a date is named", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const write = require("write-excel-file/node").default as (rows: unknown[][], opts: unknown) => { toFile(f: string): Promise<void> };
    const f = path.join(dir, "d.xlsx");
    const date = (y: number, m: number, d: number) => ({ type: Date, value: new Date(Date.UTC(y, m - 1, d)), format: "yyyy-mm-dd" });
    const rows = [
      [{ value: "area" }, { value: "year" }, { value: "a" }, { value: "b" }],
      [{ value: "X" }, date(2015, 12, 31), { value: 1 }, { value: 2 }],
      [{ value: "Y" }, date(2016, 1, 1), { value: 3 }, { value: 1 }],
    ];
    await write(rows, { sheet: "Data" }).toFile(f);
    await expect(readTableFile(f).then((t) => cleanPanel(t, CONFIG))).rejects.toThrow(
      "d.xlsx [Data], row 2, column 'year': the year is a date (2015-12-31), not a number; set import.yearFromDate to true to read it as its year (2015)",
    );
    expect(cleanPanel(await readTableFile(f), CONFIG, { yearFromDate: true }).years).toEqual([2015, 2016]);
    // Excel's serial 2015 is 1905-07-07: the number 2015 shown in a date format.
    const g = path.join(dir, "s.xlsx");
    await write([rows[0], [{ value: "X" }, { type: Date, value: new Date(Date.UTC(1905, 6, 7)), format: "yyyy-mm-dd" }, { value: 1 }, { value: 2 }], rows[2]], { sheet: "Data" }).toFile(g);
    await expect(readTableFile(g).then((t) => cleanPanel(t, CONFIG, { yearFromDate: true }))).rejects.toThrow(
      "s.xlsx [Data], row 2, column 'year': the year is the number 2015 formatted as a date (1905-07-07); format the year column as numbers",
    );
  });
});

describe("missing columns: all in one message, with where to look", () => {
  test("a title row above the header: every configured column named at once, and import.headerRow suggested", async () => {
    await expect(load("Table 3. Panel of cities\narea,year,a,b\nX,2000,1,2\n")).rejects.toThrow(
      "t.csv: no columns 'area', 'year', 'a', 'b'; the header (row 1, fields separated by ',') has: Table 3. Panel of cities. if the header is not the first row (a title above it), set import.headerRow",
    );
    expect((await load("Table 3. Panel of cities\narea,year,a,b\nX,2000,1,2\nY,2000,2,1\n", { headerRow: 2 })).areas).toEqual(["X", "Y"]);
  });

  test("a workbook whose data are on another sheet: import.sheet suggested with the sheet names", async () => {
    const f = path.join(dir, "w.xlsx");
    await writeWorkbook(f, [
      { name: "Notes", rows: [["About this file"], ["made by hand"]] },
      { name: "Panel", rows: [["area", "year", "a", "b"], ["X", 2000, 1, 2], ["Y", 2000, 2, 1]] },
    ]);
    await expect(readTableFile(f).then((t) => cleanPanel(t, CONFIG))).rejects.toThrow(
      "w.xlsx [Notes]: no columns 'area', 'year', 'a', 'b'; the header (row 1) has: About this file. if the header is not the first row (a title above it), set import.headerRow; the columns may be on another sheet: set import.sheet (sheets: Notes, Panel; read: Notes)",
    );
    expect(cleanPanel(await readTableFile(f, { sheet: "Panel" }), CONFIG).areas).toEqual(["X", "Y"]);
  });

  test("two missing indicators and a case slip are reported together", async () => {
    await expect(load("Area,year,x\nX,2000,1\n")).rejects.toThrow(
      "t.csv: no columns 'area' (did you mean 'Area'? names must match exactly, including case), 'a', 'b'; the header (row 1, fields separated by ',') has: Area, year, x. if the header is not the first row (a title above it), set import.headerRow",
    );
  });
});
