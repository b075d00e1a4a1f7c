/**
 * src/functions/excel-errors.ts: the one mapping of MethodError and per-cell error markers to
 * CustomFunctions.Error (../shared/method.md §4), with the CustomFunctions fake installed.
 */
import { MethodError } from "../../src/core";
import { excelErrorCell, runExcelFunction, toExcelError } from "../../src/functions/excel-errors";
import { installCustomFunctionsFake, thrownBy } from "../support/custom-functions-fake";

const fake = installCustomFunctionsFake();

describe("toExcelError: the one mapping to CustomFunctions.Error", () => {
  const cases = [
    ["value", "#VALUE!", "bad"],
    ["notAvailable", "#N/A", "bad"],
    ["divisionByZero", "#DIV/0!", ""], // Excel shows no message with #DIV/0! and #NUM!
    ["number", "#NUM!", ""],
  ] as const;
  it.each(cases)("MethodError %s → %s", (kind, code, message) => {
    const e = toExcelError(new MethodError(kind, "bad"));
    expect(e).toBeInstanceOf(fake.Error);
    expect({ code: e.code, message: e.message }).toEqual({ code, message });
  });

  it("passes a CustomFunctions.Error through and turns anything else into #VALUE! with its message", () => {
    const own = new fake.Error(fake.ErrorCode.notAvailable, "x");
    expect(toExcelError(own)).toBe(own);
    const bug = toExcelError(new TypeError("cannot read properties of undefined"));
    expect({ code: bug.code, message: bug.message }).toEqual({
      code: "#VALUE!",
      message: "RECC internal error (a bug, please report it): cannot read properties of undefined",
    });
    expect(toExcelError("thrown string").message).toBe("RECC internal error (a bug, please report it): thrown string");
  });

  it("error cells: #DIV/0! and #NUM! markers become CustomFunctions.Error without a message", () => {
    for (const code of ["#DIV/0!", "#NUM!"] as const) {
      const e = excelErrorCell(code);
      expect(e).toBeInstanceOf(fake.Error);
      expect({ code: e.code, message: e.message }).toEqual({ code, message: "" });
    }
  });
});

describe("runExcelFunction", () => {
  it("throws only CustomFunctions.Error, with the pure function's message", () => {
    const e = thrownBy(() => runExcelFunction("NORMALIZE", [[[1, 2], [3, "x"]], null, null, null]));
    expect(e).toBeInstanceOf(fake.Error);
    expect((e as Error).message).toBe("data row 2, column 2 is text 'x'; a number is needed");
  });

  it("returns error cells as CustomFunctions.Error in place (INDEX with S = 0 → #DIV/0!)", () => {
    // C = P/S (method.md §1.6): 0.5/0.25 = 2; S = 0 → #DIV/0! in that cell only.
    const r = runExcelFunction("INDEX", [[[0.5, 0.5]], [[0.25, 0]]]) as unknown[][];
    expect(r[0][0]).toBe(2);
    expect(r[0][1]).toBeInstanceOf(fake.Error);
    expect((r[0][1] as { code: string }).code).toBe("#DIV/0!");
  });
});
