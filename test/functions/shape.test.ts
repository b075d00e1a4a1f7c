/**
 * src/functions/shape.ts directly: the guarantees of its header (../shared/method.md §4): no output
 * cell is NaN or ±Infinity (such a number becomes a #NUM! cell made by the caller's errorCell, the
 * plain `{ error }` marker by default), a non-finite scalar result is a MethodError of kind "number",
 * and isErrorCell recognises exactly the plain markers. Every expected value is written by hand.
 */
import { MethodError } from "../../src/core";
import { renderMessage } from "../../src/i18n/messages";
import { isErrorCell, numberRows, plainErrorCell, row, scalar } from "../../src/functions/shape";

const NUM = { error: "#NUM!" };

describe("isErrorCell: true for a plain { error } marker only", () => {
  it("true for the markers plainErrorCell makes", () => {
    expect(isErrorCell(plainErrorCell("#NUM!"))).toBe(true);
    expect(isErrorCell(plainErrorCell("#DIV/0!"))).toBe(true);
  });

  it("false (never a TypeError) for null and undefined: blank cells", () => {
    expect(isErrorCell(null)).toBe(false);
    expect(isErrorCell(undefined)).toBe(false);
  });

  it("false for the other cell values: numbers, text, booleans", () => {
    for (const v of [0, 1.5, NaN, "", "#NUM!", true, false]) expect(isErrorCell(v)).toBe(false);
  });

  it("false for an object without a text error field, and for a non-object that has one", () => {
    expect(isErrorCell({})).toBe(false);
    expect(isErrorCell({ error: 7 })).toBe(false);
    expect(isErrorCell([[1]])).toBe(false);
    // A function is not a plain marker even with an error property (typeof is "function").
    expect(isErrorCell(Object.assign(() => 0, { error: "#NUM!" }))).toBe(false);
  });
});

describe("scalar: a finite number, else MethodError of kind number (#NUM!)", () => {
  it("passes a finite number through", () => {
    expect(scalar(0.25)).toBe(0.25);
    expect(scalar(-0)).toBe(-0);
  });

  it.each([
    [Infinity, "Infinity"],
    [-Infinity, "-Infinity"],
    [NaN, "NaN"],
  ])("%p: the whole message names the value, in English and Chinese", (x, shown) => {
    let e: unknown;
    try {
      scalar(x);
    } catch (thrown) {
      e = thrown;
    }
    expect(e).toBeInstanceOf(MethodError);
    const err = e as MethodError;
    expect(err.kind).toBe("number");
    // The catalog's "result.notFinite" template with {value} filled by hand.
    expect(err.message).toBe(`the result is ${shown}, not a finite number`);
    expect(renderMessage(err.text, "en")).toBe(`the result is ${shown}, not a finite number`);
    expect(renderMessage(err.text, "zh-CN")).toBe(`结果为 ${shown}，不是有限的数`);
  });
});

describe("row: m values as one 1×m row, a non-finite number as #NUM!", () => {
  it("plain markers by default", () => {
    expect(row([1, Infinity, -2.5, NaN, -Infinity])).toEqual([[1, NUM, -2.5, NUM, NUM]]);
  });

  it("the caller's error cell when given", () => {
    expect(row(new Float64Array([NaN, 3]), (code) => `<${code}>`)).toEqual([["<#NUM!>", 3]]);
  });
});

describe("numberRows: rows of numbers with each non-finite number made #NUM! in place", () => {
  it("every row and every column is visited", () => {
    const rows = [
      [1, NaN, 2],
      [Infinity, 3, -Infinity],
      [4, 5, NaN],
    ];
    const out = numberRows(rows);
    expect(out).toEqual([
      [1, NUM, 2],
      [NUM, 3, NUM],
      [4, 5, NUM],
    ]);
    expect(out).toBe(rows); // no copy
  });

  it("finite rows are left as they are; the caller's error cell is used", () => {
    expect(numberRows([[0.5, -0], [7, 8]])).toEqual([[0.5, -0], [7, 8]]);
    expect(numberRows([[1], [NaN]], (code) => `<${code}>`)).toEqual([[1], ["<#NUM!>"]]);
  });
});
