/**
 * The one A1 module (src/plan/a1.ts) used by the plan and the pane: address parsing within Excel's
 * grid, sheet quoting, and the text rule for written cells. Oracle for the limits: Excel's
 * specifications (1,048,576 rows × 16,384 columns, last column XFD); for quoting: Excel's reference
 * syntax ('O''Brien'!A1).
 */
import { columnIndex, fullAddress, parseAddress, quoteSheet, escapeText, unquoteSheet } from "../../src/plan/a1";

describe("parseAddress", () => {
  test("full, quoted and local addresses", () => {
    expect(parseAddress("Sheet1!B2:C10")).toEqual({ sheet: "Sheet1", row: 1, col: 1, rows: 9, cols: 2 });
    expect(parseAddress("'It''s data'!$A$1")).toEqual({ sheet: "It's data", row: 0, col: 0, rows: 1, cols: 1 });
    expect(parseAddress("C3:A1", "Here")).toEqual({ sheet: "Here", row: 0, col: 0, rows: 3, cols: 3 });
  });

  test("the last row and column are accepted; one past them is refused", () => {
    expect(parseAddress("S!XFD1048576")).toMatchObject({ row: 1048575, col: 16383 });
    expect(() => parseAddress("S!A1048577")).toThrow(/outside the sheet/);
    expect(() => parseAddress("S!XFE1")).toThrow(/outside the sheet/);
    expect(() => parseAddress("S!ZZZ1")).toThrow(RangeError);
    expect(() => parseAddress("S!A0")).toThrow(/row 0/);
    expect(() => parseAddress("S!A:A")).toThrow(/not a range address/);
  });

  test("columnIndex is the inverse of the letters up to XFD", () => {
    expect(["A", "Z", "AA", "ZZ", "AAA", "xfd"].map(columnIndex)).toEqual([0, 25, 26, 701, 702, 16383]);
    expect(() => columnIndex("A1")).toThrow(RangeError);
  });
});

test("sheet names are always quoted and round-trip through unquoteSheet", () => {
  for (const name of ["Data", "My data", "O'Brien", "A1", "2024"]) {
    expect(quoteSheet(name).startsWith("'")).toBe(true);
    expect(unquoteSheet(quoteSheet(name))).toBe(name);
  }
  expect(quoteSheet("O'Brien")).toBe("'O''Brien'");
  expect(fullAddress({ sheet: "Data", row: 1, col: 2, rows: 2, cols: 1 })).toBe("'Data'!$C$2:$C$3");
  expect(unquoteSheet("Data")).toBe("Data");
});

test("escapeText: text Excel would read as a formula, number, date or boolean gets a ' prefix; other text is unchanged", () => {
  for (const s of ["=HYPERLINK(1)", "+1", "-x", "@sum", "'quoted", "1/3", "2012", "1e5", "50%", "12:30", "TRUE", "false"]) {
    expect(escapeText(s)).toBe(`'${s}`);
  }
  for (const s of ["Bayan Obo", "", "  ", "x1", "PM2.5", "<img src=x onerror=alert(1)>"]) expect(escapeText(s)).toBe(s);
});
