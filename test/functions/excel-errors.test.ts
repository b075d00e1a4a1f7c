/**
 * src/functions/excel-errors.ts: the one mapping of MethodError and per-cell error markers to
 * CustomFunctions.Error (../shared/method.md §4), with the CustomFunctions fake installed.
 */
import { MethodError } from "../../src/core";
import { excelErrorCell, runExcelFunction, toExcelError } from "../../src/functions/excel-errors";
import { excelLocale } from "../../src/functions/excel-locale";
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

describe("excelLocale: Office's display language, with a stand-in global Office", () => {
  const g = globalThis as { Office?: unknown };
  const had = "Office" in g;
  const saved = g.Office;
  afterEach(() => {
    if (had) g.Office = saved;
    else delete g.Office;
  });
  const withOffice = (office: unknown) => {
    g.Office = office;
  };

  it("en without an Office global (Node, the bare custom-functions runtime)", () => {
    delete g.Office;
    expect(excelLocale()).toBe("en");
  });

  it("zh-CN when Office shows Simplified Chinese, en for other languages (resolveLocale's rule)", () => {
    withOffice({ context: { displayLanguage: "zh-CN" } });
    expect(excelLocale()).toBe("zh-CN");
    withOffice({ context: { displayLanguage: "zh-Hans-SG" } });
    expect(excelLocale()).toBe("zh-CN");
    withOffice({ context: { displayLanguage: "zh-TW" } });
    expect(excelLocale()).toBe("en");
    withOffice({ context: { displayLanguage: "de-DE" } });
    expect(excelLocale()).toBe("en");
  });

  it("en when Office is loaded but not initialized (no context) or its getter throws", () => {
    withOffice({});
    expect(excelLocale()).toBe("en");
    withOffice({
      context: {
        get displayLanguage(): string {
          throw new Error("Office.js not ready");
        },
      },
    });
    expect(excelLocale()).toBe("en");
  });

  it("a MethodError's message reaches Excel in the display language (catalog templates filled by hand)", () => {
    const call = () => thrownBy(() => runExcelFunction("NORMALIZE", [[[1, 2], [3, "x"]], null, null, null])) as Error;
    withOffice({ context: { displayLanguage: "zh-CN" } });
    // sentence.hint of place.cell, detail.is of value.text, hint.number.
    expect(call().message).toBe("data 第 2 行第 2 列为文本 'x'；需要数字");
    withOffice({ context: { displayLanguage: "en-US" } });
    expect(call().message).toBe("data row 2, column 2 is text 'x'; a number is needed");
  });
});
