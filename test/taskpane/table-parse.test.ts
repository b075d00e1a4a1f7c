/** Parsing the raw indicator table: meta rows pre-fill the grid, area/year guessed, dummies left out. */
import { parseIndicatorTable, TableError } from "../../src/taskpane/table-parse";

test("meta rows above the header pre-fill role, direction and subsystem", () => {
  const t = parseIndicatorTable("Data!A1:E6", [
    ["role", "", "", "support", "pressure"],
    ["direction", "", "", "+", "cost"],
    ["subsystem", "", "", "economy", "pollution"],
    ["mine", "year", "note", "GDP", "SO2"],
    ["Bayan Obo", 2012, "x", 10, 3],
    ["Mianning", 2012, "y", 12, 4],
  ]);
  expect(t.headerCell).toBe("A4");
  expect(t.areaColumn).toBe("mine");
  expect(t.yearColumn).toBe("year");
  expect(t.rowCount).toBe(2);
  expect(t.indicators).toEqual([
    { name: "GDP", include: true, role: "support", direction: 1, subsystem: "economy" },
    { name: "SO2", include: true, role: "pressure", direction: -1, subsystem: "pollution" },
  ]);
  expect(t.notes).toEqual(['Column "note" holds text and is not used as an indicator.']);
});

test("without meta rows: defaults, a 0/1 dummy is proposed as left out, years guessed from values", () => {
  const t = parseIndicatorTable("'My data'!B2:E5", [
    ["city", "t", "post", "PM10"],
    ["Beijing", 2012, 0, 120],
    ["Beijing", 2013, 1, 110],
    ["Tianjin", 2012, 0, 130],
  ]);
  expect(t.sheet).toBe("My data");
  expect(t.headerCell).toBe("B2");
  expect(t.yearColumn).toBe("t");
  expect(t.years).toEqual([2012, 2013, 2012]);
  expect(t.indicators.map((d) => [d.name, d.include])).toEqual([
    ["post", false],
    ["PM10", true],
  ]);
});

test("too few rows is a plain-words error", () => {
  expect(() => parseIndicatorTable("D!A1:B2", [["area", "x"], ["a", 1]])).toThrow(TableError);
});
