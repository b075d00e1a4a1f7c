/** The wizard's derived sheet names and the "Share without the add-in" write, applied to the typed fake. */
import { createGateway } from "../../src/taskpane/excel-gateway";
import { derivedSheetName, judgementsFromGrid, shareWrite } from "../../src/taskpane/wizard";
import { fakeRun, FakeWorkbookModel } from "./fake-excel";

describe("derivedSheetName", () => {
  test("short names get the suffix whole", () => {
    expect(derivedSheetName("RECC analysis", " charts")).toBe("RECC analysis charts");
  });

  test("a 31-character name is shortened so the suffix survives and the result differs from it", () => {
    const long = "Analysis of 30 cities 2008-2017"; // 31 characters, Excel's maximum
    expect(long).toHaveLength(31);
    const charts = derivedSheetName(long, " charts");
    const values = derivedSheetName(long, " (values)");
    // Oracle: 31 − 7 = 24 and 31 − 9 = 22 characters of the base (a trailing space dropped), then the suffix.
    expect(charts).toBe("Analysis of 30 cities 20 charts");
    expect(values).toBe("Analysis of 30 cities (values)");
    expect(charts).toHaveLength(31);
    expect(charts).not.toBe(long);
    expect(values).not.toBe(long);
  });

  test("a 31-character name that already ends with the suffix is refused instead of colliding", () => {
    const clash = "Panel of thirty Chinese1 charts"; // 31 characters ending in " charts"
    expect(clash).toHaveLength(31);
    expect(() => derivedSheetName(clash, " charts")).toThrow(/too long/);
    expect(() => derivedSheetName(clash.toUpperCase(), " charts")).toThrow(RangeError);
  });
});

test("share: the note in A1 survives; the values land two rows lower, as values", async () => {
  const model = new FakeWorkbookModel(["Data"]);
  const gw = createGateway(fakeRun(model), () => true);
  // A used range starting at A1 (the analysis sheet's title), as readUsedRange returns it.
  const used = { address: "'RECC analysis'!A1:B3", values: [["RECC analysis", ""], ["S", "P"], [0.451, 0.3382]] };
  const { target, write } = shareWrite("RECC analysis", used);
  expect(target).toBe("RECC analysis (values)");
  await gw.apply(write);
  expect(String(model.cell(target, "A1")?.value)).toMatch(/^Values-only copy of "RECC analysis"/);
  expect(model.cell(target, "A2")).toBeUndefined();
  expect(model.cell(target, "A3")?.value).toBe("RECC analysis");
  expect(model.cell(target, "B4")?.value).toBe("P");
  expect(model.cell(target, "A5")?.value).toBe(0.451);
  expect(model.cell(target, "B5")?.formula).toBeUndefined();
});

describe("judgementsFromGrid", () => {
  // Blank judgements as RECC.AHP reads them (src/functions/coerce isBlankJudgement): null, "", spaces
  // and the 0 some desktop builds send for an empty cell; numbers and text fractions are kept as typed.
  it("reads the upper triangle, keeps '1/3' as text and treats 0 and blanks as blank", () => {
    const grid = [
      [1, 3, "1/3 ", 0],
      ["", 1, "", 5],
      ["", "", 1, "  "],
      ["", "", "", 1],
    ];
    expect(judgementsFromGrid(grid)).toEqual([
      [1, 3, "1/3", null],
      [null, 1, null, 5],
      [null, null, 1, null],
      [null, null, null, 1],
    ]);
  });
});
