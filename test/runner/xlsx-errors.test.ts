/**
 * A C whose S is 0 is a real error cell in the results workbook (issue 13 item 8), not the text
 * "#DIV/0!". Oracle: the SpreadsheetML of the written file, unzipped with fflate: an error cell is
 * `<c t="e"><v>#DIV/0!</v></c>` (ECMA-376 Part 1, §18.3.1.4 and §18.18.11), the form Excel itself
 * saves; a text cell would be t="s" (shared string) or t="str".
 */
import * as fs from "fs";
import * as path from "path";
import { runDemo } from "../../src/runner/demo-run";
import { cleanPanel, readTableFile } from "../../src/runner/import-table";
import { writeWorkbook } from "../../src/runner/xlsx";
import { resolved } from "../plan/fixtures";
import { readWorkbook, SAMPLES, tempDir, twoIndicatorConfig } from "./helpers";

jest.setTimeout(60000);

/** Every cell of one sheet (by name) as { ref: { t, v } }, read from the raw XML. */
function rawCells(file: string, sheetName: string): Record<string, { t?: string; v?: string }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { unzipSync, strFromU8 } = require("fflate") as typeof import("fflate");
  const zip = unzipSync(fs.readFileSync(file));
  const wb = strFromU8(zip["xl/workbook.xml"]);
  const rels = strFromU8(zip["xl/_rels/workbook.xml.rels"]);
  // Attributes in any order: find the tag, then read each attribute.
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const sheet = (wb.match(/<sheet\s[^>]*>/g) ?? []).find((t) => attr(t, "name") === sheetName)!;
  const rel = (rels.match(/<Relationship\s[^>]*>/g) ?? []).find((t) => attr(t, "Id") === attr(sheet, "r:id"))!;
  const target = attr(rel, "Target")!;
  const xml = strFromU8(zip[target.startsWith("/") ? target.slice(1) : `xl/${target}`]);
  const out: Record<string, { t?: string; v?: string }> = {};
  for (const m of xml.matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const ref = /r="([A-Z]+\d+)"/.exec(m[1])![1];
    out[ref] = { t: /t="([^"]+)"/.exec(m[1])?.[1], v: /<v>([^<]*)<\/v>/.exec(m[2] ?? "")?.[1] };
  }
  return out;
}

describe("error values in written workbooks", () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("writeWorkbook writes an error value as an error cell; text that merely contains one stays text", async () => {
    const f = path.join(dir, "e.xlsx");
    await writeWorkbook(f, [{ name: "R", rows: [["C", "note"], [1, "#DIV/0!"], ["#N/A", "C is #DIV/0! here"], ["#NUM!", "#SPILL!"]] }]);
    const cells = rawCells(f, "R");
    expect(cells.B2).toEqual({ t: "e", v: "#DIV/0!" });
    expect(cells.A3).toEqual({ t: "e", v: "#N/A" });
    expect(cells.A4).toEqual({ t: "e", v: "#NUM!" });
    expect(cells.B3.t).toBe("s");
    // #SPILL! is not among the error values a file may store (ST_CellType's list): it stays text.
    expect(cells.B4.t).toBe("s");
    expect(cells.A2).toEqual({ t: undefined, v: "1" });
    // read-excel-file sees no text "#DIV/0!" (it returns error cells as empty); the importer reads the error back.
    const plain = (await readWorkbook(f))[0].data;
    expect(plain[1][1]).toBeNull();
    const t = await readTableFile(f);
    expect(t.rows[0][1]).toBe("#DIV/0!");
  });

  test("the demo's Results sheet: C of a row whose S is 0 is a #DIV/0! error cell", async () => {
    // X 2000 holds the lowest value of the only support indicator: normalized 0, so S = 0 and C = P/S fails.
    fs.writeFileSync(path.join(dir, "d.csv"), "city,year,a,b\nX,2000,1,2\nX,2001,3,1\nY,2000,2,4\nY,2001,5,3\n");
    const config = twoIndicatorConfig();
    fs.writeFileSync(path.join(dir, "c.json"), JSON.stringify(config));
    const out = path.join(dir, "out");
    await runDemo({ data: path.join(dir, "d.csv"), config: path.join(dir, "c.json"), out, log: () => undefined, samplesDir: SAMPLES });
    const file = path.join(out, "recc-results.xlsx");
    const results = (await readWorkbook(file)).find((s) => s.sheet === "Results")!.data;
    const cCol = results[0].indexOf("C");
    const row = results.findIndex((r) => r[0] === "X" && r[1] === 2000);
    expect(row).toBeGreaterThan(0);
    const ref = `${String.fromCharCode(65 + cCol)}${row + 1}`;
    expect(rawCells(file, "Results")[ref]).toEqual({ t: "e", v: "#DIV/0!" });
    // The other rows' C stay numbers.
    const other = results.findIndex((r) => r[0] === "Y" && r[1] === 2001);
    expect(typeof results[other][cCol]).toBe("number");
    // Round trip: the importer reads the Results sheet's error cell as that error (missing, never text or 0).
    const back = cleanPanel(await readTableFile(file, { sheet: "Results" }), resolved({ ...config, indicators: [{ name: "S", role: "support", direction: 1, subsystem: "s" }, { name: "C", role: "pressure", direction: 1, subsystem: "p" }] }));
    expect(back.messages).toContain("row 2 (X 2000): left out, C is the Excel error #DIV/0! (a missing value is never read as 0)");
  });
});
