/** Trend charts: pivot years × areas, blanks stay blank, average over the present areas. */
import { buildTrendCharts, pivotPanel, TrendInputError } from "../../src/taskpane/trend-chart";

const req = {
  areas: { address: "P!A1:A5", values: [["area"], ["A"], ["A"], ["B"], ["B"]] },
  years: { address: "P!B1:B5", values: [["year"], [2019], [2012], [2012], [2019]] },
  values: { address: "P!C1:D5", values: [["C", "S"], [0.5, 0.4], [0.7, ""], [0.9, 0.3], ["", 0.2]] },
  labelsInFirstRow: true,
  output: { kind: "newSheet" as const },
};

test("pivot: years ascending, areas in order, a blank value is a gap (null), never 0", () => {
  const [c, s] = pivotPanel(req);
  expect(c.years).toEqual([2012, 2019]);
  expect(c.areas).toEqual(["A", "B"]);
  expect(c.cells[0][0]).toMatchObject({ row: 2, col: 2 }); // A 2012 = C3
  expect(c.cells[1][1]).toBeNull(); // B 2019 C blank
  expect(s.label).toBe("S");
  expect(s.cells[0][0]).toBeNull(); // A 2012 S blank
});

test("one line chart per value column with an average line; AVERAGE over present cells only", () => {
  const { write, charts } = buildTrendCharts(req, [], 1);
  expect(charts).toEqual(["RECC trend 1", "RECC trend 2"]);
  const body = write.sheets[0].blocks.find((b) => b.address === "A4:D5")!;
  // Oracle: the panel above by hand — A 2012 is row 3, B 2012 row 4, A 2019 row 2, B 2019's C blank.
  const link = (a: string) => `=IF(ISNUMBER(${a}),${a},NA())`;
  expect(body.formulas).toEqual([
    [2012, link("'P'!$C$3"), link("'P'!$C$4"), "=AVERAGE('P'!$C$3,'P'!$C$4)"],
    [2019, link("'P'!$C$2"), "", "=AVERAGE('P'!$C$2)"],
  ]);
  const chart = write.charts[0];
  expect(chart.kind).toBe("line");
  expect(chart.series.map((x) => [x.name, x.style])).toEqual([
    ["A", "line"],
    ["B", "line"],
    ["Average", "average"],
  ]);
  expect(write.helperBlocks![1]).toMatchObject({ chart: "RECC trend 2", col: 5 });
});

test("a blank or whitespace year leaves its row out (never year 0); a non-integer year is refused naming the cell", () => {
  const withBlank = {
    ...req,
    years: { address: "P!B1:B5", values: [["year"], [2019], [""], ["  "], ["2019"]] },
  };
  const [c] = pivotPanel(withBlank);
  // Oracle: rows 3 and 4 have no year, so only 2019 remains (A row 2, B row 5; B's C is blank).
  expect(c.years).toEqual([2019]);
  expect(c.cells).toEqual([[{ sheet: "P", row: 1, col: 2, rows: 1, cols: 1 }, null]]);
  const fractional = { ...req, years: { address: "P!B1:B5", values: [["year"], [2019], [2012.5], [2012], [2019]] } };
  expect(() => pivotPanel(fractional)).toThrow(/B3 \(2012\.5\) is not a whole number/);
  const text = { ...req, years: { address: "P!B1:B5", values: [["year"], [2019], ["n/a"], [2012], [2019]] } };
  expect(() => pivotPanel(text)).toThrow(TrendInputError);
});
