/**
 * The pane's notice that the table changed size (issue 8 item 4): src/taskpane/table-growth.ts.
 * Oracle: the plan's own layout (the "table.rows" block) and the row arithmetic of the addresses.
 */
import { buildAnalysisPlan, blockById } from "../../src/plan/analysis-plan";
import { liveRowsAddress, tableGrowth } from "../../src/taskpane/table-growth";
import { BASE_CONFIG, MIXED_HEADERS, resolved, smallPanel } from "../plan/fixtures";

const rows = smallPanel();
const plan = buildAnalysisPlan(resolved(BASE_CONFIG), {
  sheet: "My data",
  headerCell: "B3",
  headers: MIXED_HEADERS,
  rowCount: rows.length - 1,
});

test("the live row cells are the plan's table.rows block (first, last, count, last panel row)", () => {
  const b = blockById(plan, "table.rows");
  expect(liveRowsAddress(plan)).toBe(`'RECC analysis'!${b.address}`);
  expect(b.rect.cols).toBe(8);
});

test("same row count: no notice; cells not yet numbers: no notice", () => {
  expect(tableGrowth("'My data'!B1:I23", 20, [["First data row", 4, "Last data row", 23, "Data rows", 20, "Last panel row", 99]])).toBeNull();
  expect(tableGrowth("'My data'!B1:I23", 20, [["First data row", "#VALUE!", "Last data row", 23, "Data rows", "", "Last panel row", 99]])).toBeNull();
  expect(tableGrowth("'My data'!B1:I23", 20, [])).toBeNull();
});

test("rows appended: the notice has the live rows and the table's address down to the last row (meta rows kept)", () => {
  // Two meta rows (role, direction) above the header in row 3: the selection starts at B1.
  expect(tableGrowth("'My data'!B1:I23", 20, [["", 4, "", 53, "", 50, "", 0]])).toEqual({
    first: 4,
    last: 53,
    count: 50,
    built: 20,
    sheet: "My data",
    address: "'My data'!B1:I53",
  });
});

test("a row deleted: the notice too (fewer rows), the address shrinks", () => {
  expect(tableGrowth("Data!A1:D9", 8, [["", 2, "", 8, "", 7, "", 0]])).toMatchObject({ count: 7, built: 8, address: "'Data'!A1:D8" });
});
