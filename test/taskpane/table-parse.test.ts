/** Parsing the raw indicator table: meta rows pre-fill the grid, area/year guessed, dummies left out. */
import { buildAnalysisPlan } from "../../src/plan/analysis-plan";
import { evaluatePlan } from "../../src/plan/evaluate-plan";
import { validateAnalysisConfig } from "../../src/plan/analysis-config";
import { parseIndicatorTable, sourceTable, TableError } from "../../src/taskpane/table-parse";
import { choicesToConfig } from "../../src/taskpane/wizard";

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
  expect(t.columns[1]).toEqual([2012, 2013, 2012]);
  expect(sourceTable(t, t.areaColumn, t.yearColumn).source.years).toEqual([2012, 2013, 2012]);
  expect(t.indicators.map((d) => [d.name, d.include])).toEqual([
    ["post", false],
    ["PM10", true],
  ]);
});

test("too few rows is a plain-words error", () => {
  expect(() => parseIndicatorTable("D!A1:B2", [["area", "x"], ["a", 1]])).toThrow(TableError);
});

// Rows 1–7 of sheet D: header, 2 rows, a blank row (sheet row 4), 2 rows, then 2 trailing blank rows.
const WITH_BLANKS = [
  ["area", "year", "x1", "x2"],
  ["A", 2020, 1, 5],
  ["A", 2021, 2, 4],
  ["", "", "", ""],
  ["B", 2020, 3, 2],
  ["B", 2021, 4, 1],
  ["", "", "", ""],
  [" ", "", "", ""],
];

test("a blank row inside the table is kept (rows stay aligned with the sheet), trailing blank rows are trimmed", () => {
  const t = parseIndicatorTable("D!A1:D8", WITH_BLANKS);
  // Oracle: the rows above — 5 rows from sheet row 2 to row 6 (the last filled one), row 4 blank.
  expect(t.rowCount).toBe(5);
  expect(t.blankRows).toEqual([4]);
  expect(t.yearColumn).toBe("year"); // still guessed: the blank row does not spoil the guess
  expect(t.columns[2]).toEqual([1, 2, "", 3, 4]);
  const { source, notes } = sourceTable(t, "area", "year");
  // Area names and years need a value in every row; without them the plan draws no per-area/trend charts.
  expect(source).not.toHaveProperty("areas");
  expect(source).not.toHaveProperty("years");
  expect(notes[0]).toMatch(/D row 4 is blank inside the table and kept/);
  // The plan links the whole block D!C2:C6, so data row i is sheet row 2 + i: "B" 2020 (sheet row 5) stays on row 5.
  const config = validateAnalysisConfig(
    choicesToConfig({
      areaColumn: "area",
      yearColumn: "year",
      indicators: t.indicators.map((d) => (d.name === "x2" ? { ...d, role: "pressure" as const, subsystem: "pressure" } : d)),
      weighting: "entropy",
      ahpLevel: "subsystem",
      combine: "multiplicative",
      seriesBy: "area",
    }),
  );
  if (!config.ok) throw new Error(config.errors.join("; "));
  const plan = buildAnalysisPlan(config.config, source);
  const link = (id: string) => {
    const b = plan.blocks.find((x) => x.id === id)!;
    return b.writes[b.writes.length - 1].formulas[0];
  };
  // The links follow the live table (issue 8 item 4): first and last data row from the table.rows helper cells.
  const r = plan.blocks.find((x) => x.id === "table.rows")!.rect.row + 1;
  const col = (c: string) => `INDEX('D'!$${c}:$${c},'RECC analysis'!$B$${r}):INDEX('D'!$${c}:$${c},'RECC analysis'!$D$${r})`;
  expect(link("panel.data.support")).toEqual([`=IF(ISNUMBER(${col("C")}),${col("C")},"not a number: 'D'!C"&ROW(${col("C")}))`]);
  expect(link("panel.data.pressure")).toEqual([`=IF(ISNUMBER(${col("D")}),${col("D")},"not a number: 'D'!D"&ROW(${col("D")}))`]);
  // The table as read has 5 rows, the blank one (row 4) inside, and the rows below (one of spaces)
  // are not data: the helper cells find rows 2–6, as the pane's reader does.
  expect(evaluatePlan(plan, WITH_BLANKS).values["table.rows"][0].slice(1, 6)).toEqual([2, "Last data row", 6, "Data rows", 5]);
});

test("the area and year columns the user picks are the ones passed to the plan, not the guessed ones", () => {
  const t = parseIndicatorTable("D!A1:E5", [
    ["city", "province", "year", "x1", "x2"],
    ["Baotou", "Inner Mongolia", 2020, 1, 5],
    ["Baotou", "Inner Mongolia", 2021, 2, 4],
    ["Xichang", "Sichuan", 2020, 3, 2],
    ["Xichang", "Sichuan", 2021, 4, 1],
  ]);
  expect(t.areaColumn).toBe("city"); // the guess
  expect(sourceTable(t, "province", "year").source.areas).toEqual(["Inner Mongolia", "Inner Mongolia", "Sichuan", "Sichuan"]);
  expect(sourceTable(t, "city").source).not.toHaveProperty("years");
  expect(() => sourceTable(t, "county")).toThrow(TableError);
});
