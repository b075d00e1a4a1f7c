/**
 * src/functions/coerce.ts on its own, without a CustomFunctions global (it is pure): each parameter
 * kind, the place named in messages, and bad cells of ranges as CellError with their location.
 */
import fc from "fast-check";
import { msg, renderMessage } from "../../src/i18n/messages";
import { MethodError } from "../../src/core";
import {
  coerceArgs,
  describeValue,
  directionVector,
  isRowVector,
  labelVector,
  numberVector,
  numberWithDefault,
  numericMatrix,
  option,
  optional,
  pairwiseMatrix,
  pairwiseStack,
  CellError,
  isBlankJudgement,
} from "../../src/functions/coerce";
import { thrownBy } from "../support/custom-functions-fake";
import { thrownTexts } from "./support/thrown-texts";

/** The MethodError a coercion throws (coerce itself throws MethodError; adapters convert). */
function failure(fn: () => unknown): { kind: string; message: string } {
  const e = thrownBy(fn);
  expect(e).toBeInstanceOf(MethodError);
  return { kind: (e as MethodError).kind, message: (e as MethodError).message };
}

describe("numericMatrix", () => {
  const data = numericMatrix("data");

  it("packs rows into a row-major Float64Array", () => {
    const m = data.coerce([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect({ rows: m.rows, cols: m.cols, values: Array.from(m.values) }).toEqual({ rows: 2, cols: 3, values: [1, 2, 3, 4, 5, 6] });
    expect(m.values).toBeInstanceOf(Float64Array);
  });

  it("reads a lone scalar as a 1×1 range and keeps 0 and -0 as zeros", () => {
    expect(Array.from(data.coerce(7).values)).toEqual([7]);
    expect(Array.from(data.coerce([[0, -0]]).values)).toEqual([0, -0]);
  });

  it("names the cell of a bad value, 1-based within the range", () => {
    expect(failure(() => data.coerce([[1, 2], [3, "n/a"]]))).toEqual({ kind: "value", message: "data row 2, column 2 is text 'n/a'; a number is needed" });
    // The location travels as data (0-based), so the headless runner can name the file row instead.
    const e = thrownBy(() => data.coerce([[1, 2], [3, Infinity]]));
    expect(e).toBeInstanceOf(CellError);
    expect((e as CellError).location).toEqual({ what: "data", row: 1, col: 1, detail: "is Infinity", hint: "a finite number is needed" });
    expect(failure(() => data.coerce([[null]])).message).toBe("data row 1, column 1 is blank; fill it in (a blank is missing, not zero)");
    expect(failure(() => data.coerce([[1, " 4 "]])).message).toMatch(/^data row 1, column 2 is text ' 4 ', a number stored as text; convert it to a number$/);
  });

  it("names the first bad cell of a row in column order, whatever kind each bad cell is", () => {
    // The fast row loop tests finiteness once per row, so a row with several bad cells is redone cell
    // by cell: the first one in column order is named, as a cell-by-cell check would (exact by hand).
    const where = (rows: unknown[][]) => (thrownBy(() => data.coerce(rows)) as CellError).location;
    expect(where([[1, 2, 3], [4, Infinity, "x"]])).toMatchObject({ row: 1, col: 1, detail: "is Infinity" });
    expect(where([[1, 2, 3], [4, "x", NaN]])).toMatchObject({ row: 1, col: 1, detail: "is text 'x'" });
    expect(where([[1, 2, 3], [NaN, -Infinity, 5]])).toMatchObject({ row: 1, col: 0, detail: "is NaN" });
    expect(where([[1, 2, -Infinity]])).toMatchObject({ row: 0, col: 2 });
    const unit = numericMatrix("support", { unit: true });
    expect((thrownBy(() => unit.coerce([[0.5, 2, "x"]])) as CellError).location).toMatchObject({ col: 1, detail: "is 2, outside [0, 1]" });
    expect((thrownBy(() => unit.coerce([[0.5, "x", 2]])) as CellError).location).toMatchObject({ col: 1, detail: "is text 'x'" });
    expect((thrownBy(() => unit.coerce([[0.5, 0.25], [1, -0.5]])) as CellError).location).toMatchObject({ row: 1, col: 1 });
  });

  it("property: the same values or the same first bad cell as a plain cell-by-cell check (row-major)", () => {
    // Oracle: the rule written out cell by cell in row-major order, independent of the fast row loop.
    const cell = fc.oneof(
      { weight: 12, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
      { weight: 6, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>(NaN, Infinity, -Infinity, "x", "", null, true, " 4 ", -0) },
      { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).map((b) => ({ type: "Double", basicValue: b })) },
    );
    const panel = fc.integer({ min: 1, max: 6 }).chain((m) => fc.array(fc.array(cell, { minLength: m, maxLength: m }), { minLength: 1, maxLength: 6 }));
    const plain = (v: unknown) => (typeof v === "object" && v !== null ? (v as { basicValue: unknown }).basicValue : v);
    fc.assert(
      fc.property(panel, fc.boolean(), (rows, unit) => {
        let expected: { values: number[] } | { row: number; col: number };
        const values: number[] = [];
        outer: {
          for (let i = 0; i < rows.length; i++) {
            for (let j = 0; j < rows[i].length; j++) {
              const v = plain(rows[i][j]);
              if (typeof v !== "number" || !Number.isFinite(v) || (unit && !(v >= 0 && v <= 1))) {
                expected = { row: i, col: j };
                break outer;
              }
              values.push(v);
            }
          }
          expected = { values };
        }
        const param = numericMatrix("data", { unit });
        if ("values" in expected) {
          expect(Array.from(param.coerce(rows).values)).toEqual(expected.values);
        } else {
          const e = thrownBy(() => param.coerce(rows));
          expect(e).toBeInstanceOf(CellError);
          expect((e as CellError).location).toMatchObject(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("unwraps a data-type number between plain numbers of the same row", () => {
    // Excel's formatted-number cells arrive as { type: "Double", basicValue } (coerce.ts plainValue).
    const m = data.coerce([[1, { type: "Double", basicValue: 2.5 }, 3], [4, 5, 6]]);
    expect(Array.from(m.values)).toEqual([1, 2.5, 3, 4, 5, 6]);
  });

  it("shortens long text in messages", () => {
    expect(failure(() => data.coerce([["x".repeat(100)]])).message).toBe(`data row 1, column 1 is text '${"x".repeat(40)}…'; a number is needed`);
  });

  it("checks the minimum number of rows and the unit interval when asked", () => {
    expect(failure(() => numericMatrix("data", { minRows: 2 }).coerce([[1, 2]])).message).toBe(
      "data has 1 row; it needs at least 2 rows (objects) to normalize over",
    );
    const s = numericMatrix("support", { unit: true });
    expect(Array.from(s.coerce([[0, 1]]).values)).toEqual([0, 1]);
    expect(failure(() => s.coerce([[0.5], [1.0001]])).message).toBe("support row 2, column 1 is 1.0001, outside [0, 1]; index values must lie in [0, 1]");
  });

  it("rejects empty, ragged and non-range input", () => {
    expect(failure(() => data.coerce([])).message).toBe("data is empty; select a range of cells");
    expect(failure(() => data.coerce([[]])).message).toBe("data is empty; select a range of cells");
    expect(failure(() => data.coerce(null)).message).toBe("data is empty; select a range of cells");
    expect(failure(() => data.coerce([1, 2])).message).toBe("data must be a range (rows of cells)");
    expect(failure(() => data.coerce([[1, 2], [3, 4, 5]])).message).toBe("data is ragged: row 2 has 3 cells, row 1 has 2");
    expect(failure(() => data.coerce([[1, 2], [3]])).message).toBe("data is ragged: row 2 has 1 cell, row 1 has 2");
  });
});

describe("numericMatrix: data-type cells, text of spaces, and the declaration", () => {
  const data = numericMatrix("data");
  const message = (rows: unknown[][]) => failure(() => data.coerce(rows)).message;

  it("unwraps String and Boolean data-type cells to their plain value, which is then judged as typed", () => {
    // Excel's data-types cells { type, basicValue } (coerce.ts plainValue): a String cell reads as the
    // text it holds, a Boolean as TRUE/FALSE, exactly as the plain cell would (messages by hand).
    expect(message([[1, { type: "String", basicValue: "n/a" }]])).toBe("data row 1, column 2 is text 'n/a'; a number is needed");
    expect(message([[1, { type: "String", basicValue: "12" }]])).toBe("data row 1, column 2 is text '12', a number stored as text; convert it to a number");
    expect(message([[{ type: "Boolean", basicValue: true }, 1]])).toBe("data row 1, column 1 is TRUE; a number is needed");
    // A data-type value without a plain value is named by its type, not read as blank.
    expect(message([[{ type: "Double" }]])).toBe("data row 1, column 1 is a value of type Double; a number is needed");
  });

  it("text of spaces is text, not a number stored as text (Number('  ') is 0) and not a blank", () => {
    const e = thrownBy(() => data.coerce([[1, 2], [3, "  "]])) as CellError;
    expect(e.message).toBe("data row 2, column 2 is text '  '; a number is needed");
    expect(renderMessage(e.text, "zh-CN")).toBe("data 第 2 行第 2 列为文本 '  '；需要数字");
  });

  it("unit: 0 and 1 are inside [0, 1] on the cell-by-cell path too (a row with a data-type cell)", () => {
    // The row holds a data-type number, so the fast row loop gives it to the cell-by-cell check.
    const s = numericMatrix("support", { unit: true });
    const m = s.coerce([[0, { type: "Double", basicValue: 1 }, 0.5], [1, 0, { type: "Double", basicValue: 0 }]]);
    expect(Array.from(m.values)).toEqual([0, 1, 0.5, 1, 0, 0]);
  });

  it("is a required range parameter; optional() makes it optional (the flags Excel's metadata states)", () => {
    // test/functions/metadata.test.ts compares these flags with the generated functions.json.
    expect([data.optional, data.dimensionality]).toEqual([false, "matrix"]);
    expect([numericMatrix("support", { unit: true }).optional, optional(data).optional]).toEqual([false, true]);
  });
});

describe("CellError messages with and without a hint", () => {
  it("without a hint the sentence ends after the detail; an empty hint counts as none", () => {
    // Oracle: the catalog's "sentence" ("{place} {detail}") and "sentence.hint" ("{place} {detail}; {hint}").
    const plain = new CellError({ what: "data", row: 2, col: 1, detail: "is #N/A" });
    expect([plain.kind, plain.message]).toEqual(["value", "data row 3, column 2 is #N/A"]);
    expect(new CellError({ what: "data", row: 0, col: 0, detail: "is blank", hint: "" }).message).toBe("data row 1, column 1 is blank");
    expect(new CellError({ what: "data", row: 0, col: 0, detail: "is blank", hint: "fill it in" }).message).toBe("data row 1, column 1 is blank; fill it in");
    const keyed = new CellError({ what: "data", row: 2, col: 1, detail: "is #N/A" }, { detail: msg("detail.is", { value: "#N/A" }) });
    expect(keyed.message).toBe("data row 3, column 2 is #N/A");
    expect(renderMessage(keyed.text, "zh-CN")).toBe("data 第 3 行第 2 列为 #N/A");
  });
});

describe("describeValue of values at the edges", () => {
  const fn = (props: object) => Object.assign(() => 0, props);
  it.each([
    // Text is quoted whole up to 40 characters; longer text is cut to 40 and "…" (MAX_QUOTED).
    ["x".repeat(40), `text '${"x".repeat(40)}'`],
    ["x".repeat(41), `text '${"x".repeat(40)}…'`],
    // An object is named by its JavaScript type unless it is an Excel error or a data-types value.
    [{}, "a value of type object"],
    [{ code: "E1" }, "a value of type object"],
    [{ type: 7 }, "a value of type object"],
    // A data-types ErrorCellValue: basicValue, else errorType, else #VALUE!.
    [{ type: "Error" }, "the error #VALUE!"],
    [{ type: "Error", errorType: "Div0" }, "the error Div0"],
    // A function is not an object: its own code or type properties do not count.
    [fn({ code: "#N/A" }), "a value of type function"],
    [fn({ type: "Entity" }), "a value of type function"],
  ])("%p reads as %p", (v, text) => {
    expect(describeValue(v)).toBe(text);
  });
});

describe("pairwiseMatrix", () => {
  const matrix = pairwiseMatrix("matrix");

  it("reads text fractions and numbers, and completes blanks (null, \"\", 0) by reciprocity", () => {
    const m = matrix.coerce([
      ["", "1/2", " 4 "],
      [0, null, "7"],
      [null, "", 1],
    ]);
    // a_12 = 1/2 → a_21 = 2; a_13 = 4 → a_31 = 1/4; a_23 = 7 → a_32 = 1/7; diagonal 1 (method.md §3).
    expect(Array.from(m.values)).toEqual([1, 0.5, 4, 2, 1, 7, 0.25, 1 / 7, 1]);
  });

  it("names a bad judgement's cell, as a CellError with its location", () => {
    const e = thrownBy(() => matrix.coerce([[1, Infinity], [null, 1]]));
    expect(e).toBeInstanceOf(CellError);
    expect((e as CellError).message).toBe("matrix row 1, column 2 is Infinity; judgements must be positive numbers");
    expect((e as CellError).location).toEqual({ what: "matrix", row: 0, col: 1, detail: "is Infinity", hint: "judgements must be positive numbers" });
    expect(failure(() => matrix.coerce([[1, true], [null, 1]])).message).toBe("matrix row 1, column 2 is TRUE; a positive number or fraction is needed");
  });

  it("isBlankJudgement: null, \"\", spaces and 0 are blank; 1, \"1/3\" and FALSE are not", () => {
    expect([null, undefined, "", "  ", 0].map(isBlankJudgement)).toEqual([true, true, true, true, true]);
    expect([1, "1/3", false, "x"].map(isBlankJudgement)).toEqual([false, false, false, false]);
  });

  it("rejects non-square input before anything else", () => {
    expect(failure(() => matrix.coerce([[1, 2]])).message).toBe("matrix must be square; it is 1×2");
  });
});

describe("vectors", () => {
  it("accept one row or one column with the same result; isRowVector tells which", () => {
    const w = numberVector("weights");
    expect(Array.from(w.coerce([[1, 2, 3]]))).toEqual([1, 2, 3]);
    expect(Array.from(w.coerce([[1], [2], [3]]))).toEqual([1, 2, 3]);
    expect(isRowVector([[1, 2, 3]])).toBe(true);
    expect(isRowVector([[1], [2]])).toBe(false);
    expect(isRowVector([[5]])).toBe(true);
  });

  it("reject a 2-D block and name blank items by position", () => {
    const w = numberVector("weights");
    expect(failure(() => w.coerce([[1, 2], [3, 4]])).message).toBe("weights must be one row or one column; it is a 2×2 block");
    expect(failure(() => w.coerce([[1], [2], [null], [4]])).message).toBe("weights item 3 is blank; fill it in (a blank is missing, not zero)");
  });

  it("directions: 1/-1 and the words of method.md §3, case and spaces ignored", () => {
    expect(directionVector("directions").coerce([[1, -1, " Benefit ", "COST", "+", "-", "positive", "Negative"]])).toEqual([1, -1, 1, -1, 1, -1, 1, -1]);
    expect(failure(() => directionVector("directions").coerce([[1, ""]])).message).toBe('directions item 2 is blank; use 1 or -1 ("benefit" or "cost")');
    expect(failure(() => directionVector("directions").coerce([[false]])).message).toBe('directions item 1 is FALSE; use 1 or -1 ("benefit" or "cost")');
  });

  it("labels: text trimmed, numbers as text, exact length when required", () => {
    expect(labelVector("groups").coerce([[" climate ", 2, "x"]])).toEqual(["climate", "2", "x"]);
    expect(failure(() => labelVector("labels", { length: 4 }).coerce([["a", "b"]])).message).toBe("labels has 2 entries; it needs exactly 4");
    expect(failure(() => labelVector("labels").coerce([["a", "  "]])).message).toBe("labels item 2 is text '  '; a label (text) is needed");
  });

  it("optional(): an omitted argument (null) gives undefined; a given one is checked", () => {
    const d = optional(directionVector("directions"));
    expect(d.optional).toBe(true);
    expect(d.coerce(null)).toBeUndefined();
    expect(d.coerce(undefined)).toBeUndefined();
    expect(d.coerce([[-1]])).toEqual([-1]);
  });
});

describe("scalars and options", () => {
  it("numberWithDefault: null, \"\" → default; bounds and integers checked", () => {
    const k = numberWithDefault("k", { default: 5, integer: true, min: 1, max: 10 });
    expect([k.coerce(null), k.coerce(""), k.coerce(3), k.coerce([[4]])]).toEqual([5, 5, 3, 4]);
    expect(failure(() => k.coerce(11)).message).toBe("k is 11; it must be at most 10");
    expect(failure(() => k.coerce(1.5)).message).toBe("k is 1.5; a whole number is needed");
    expect(failure(() => k.coerce(true)).message).toBe("k is TRUE; a number is needed");
  });

  it("option: case and spaces ignored, blank → default, unknown words listed", () => {
    const m = option("method", ["eigen", "geometric"] as const, "eigen");
    expect([m.coerce(null), m.coerce(""), m.coerce("  GEOMETRIC ")]).toEqual(["eigen", "eigen", "geometric"]);
    expect(failure(() => m.coerce("power")).message).toBe('method is text \'power\'; use "eigen" or "geometric"');
    const ri = option("ri", ["saaty", "alonso"] as const, "saaty", true);
    expect([ri.coerce("Alonso"), ri.coerce(1.12)]).toEqual(["alonso", 1.12]);
    expect(failure(() => ri.coerce(NaN)).message).toBe('ri is NaN; use "saaty" or "alonso" or a number');
  });

  it("coerceArgs applies each declared parameter in order", () => {
    const params = [numericMatrix("data"), optional(numberVector("weights")), numberWithDefault("lower", { default: 0 })] as const;
    const [data, weights, lower] = coerceArgs(params, [[[1, 2]], null, null]);
    expect([data.cols, weights, lower]).toEqual([2, undefined, 0]);
  });
});

describe("pairwiseMatrix: a text judgement is checked as text", () => {
  const matrix = pairwiseMatrix("matrix");

  it("text 0 or 0/3 is no positive judgement (method.md §3), not a value off Saaty's scale", () => {
    // The same words as a typed number ≤ 0: the scale check is only for positive values.
    for (const zero of ["0", "0/3"]) {
      expect(failure(() => matrix.coerce([[1, zero], [null, 1]])).message).toBe("matrix row 1, column 2 is 0; judgements must be positive numbers");
    }
  });

  it("text 46025 is off the scale but never called a date: only a number cell can hold a date serial", () => {
    expect(failure(() => matrix.coerce([[1, "46025"], [null, 1]])).message).toBe(
      "matrix row 1, column 2 is text '46025', outside Saaty's scale 1/9 to 9; use a judgement from 1/9 to 9, e.g. 3 or '1/3",
    );
    // The same value in a number cell is 3 January 2026 (Excel serial 46025; DATE(2026,1,3) = 46025).
    expect(failure(() => matrix.coerce([[1, 46025], [null, 1]])).message).toContain("looks like a date (3 January 2026)");
  });
});

describe("vectors: non-finite numbers, blocks of a fixed count", () => {
  it("numberVector rejects Infinity and NaN by item, in a row or a column", () => {
    const w = numberVector("weights");
    expect(failure(() => w.coerce([[1, Infinity]])).message).toBe("weights item 2 is Infinity; a finite number is needed");
    expect(failure(() => w.coerce([[1], [NaN]])).message).toBe("weights item 2 is NaN; a finite number is needed");
    expect(Array.from(w.coerce([[-0, 0.5, -2]]))).toEqual([-0, 0.5, -2]);
  });

  it("labelVector with a count: a block of exactly that many cells is read row by row; any other block is no vector", () => {
    const labels = labelVector("labels", { length: 4 });
    expect(labels.coerce([["a", "b"], ["c", "d"]])).toEqual(["a", "b", "c", "d"]);
    expect(labels.coerce([["a"], ["b"], ["c"], ["d"]])).toEqual(["a", "b", "c", "d"]);
    // 6 cells in a 2×3 block: not the 4 asked for, so the block is judged as a vector (method.md §3).
    expect(failure(() => labels.coerce([["a", "b", "c"], ["d", "e", "f"]])).message).toBe("labels must be one row or one column; it is a 2×3 block");
  });

  it("labelVector rejects NaN and Infinity: a label is text or a finite number", () => {
    expect(failure(() => labelVector("labels").coerce([["a", NaN]])).message).toBe("labels item 2 is NaN; a label (text) is needed");
    expect(failure(() => labelVector("labels").coerce([["a", -Infinity]])).message).toBe("labels item 2 is -Infinity; a label (text) is needed");
  });
});

describe("scalars and options: ranges, bounds, spaces, optional flags", () => {
  it("numberWithDefault takes a 1×1 range but no 2×1 or 1×2 range; its bounds are inclusive", () => {
    const k = numberWithDefault("k", { default: 5, min: 1, max: 10 });
    expect(failure(() => k.coerce([[4], [6]])).message).toBe("k must be a single value, not a range");
    expect(failure(() => k.coerce([[4, 6]])).message).toBe("k must be a single value, not a range");
    expect([k.coerce(10), k.coerce(1), k.coerce([[10]])]).toEqual([10, 1, 10]);
  });

  it("option: text of spaces only is blank, so the default", () => {
    const m = option("method", ["eigen", "geometric"] as const, "eigen");
    expect(m.coerce("   ")).toBe("eigen");
    expect(option("ri", ["saaty", "alonso"] as const, "alonso", true).coerce(" \t ")).toBe("alonso");
  });

  it("numberWithDefault and option are optional arguments (their [k] may be omitted, as the metadata declares)", () => {
    expect(numberWithDefault("k", { default: 5 }).optional).toBe(true);
    expect(option("method", ["eigen", "geometric"] as const, "eigen").optional).toBe(true);
    expect(numberVector("weights").optional).toBe(false);
  });
});

describe("pairwiseStack: layout problems named", () => {
  const stack = pairwiseStack("matrices");
  const blankRow1 = "matrices row 1 is blank; remove the blank rows between the experts' matrices (k·n rows × n columns, one directly under another)";

  it("a blank first row that shifts the blocks (row count still a multiple of n) is named, not expert 1's block", () => {
    // Expert 1's block would be two blank rows (both halves blank): the blank row is the cause.
    expect(failure(() => stack.coerce([[null, null], [null, null], [1, 3], [null, 1]])).message).toBe(blankRow1);
  });

  it("a blank first row that breaks the row count is named; null, undefined, \"\" and 0 cells are blank", () => {
    expect(failure(() => stack.coerce([[null, null], [1, 3], [null, 1]])).message).toBe(blankRow1);
    expect(failure(() => stack.coerce([[undefined, undefined], [1, 3], [null, 1]])).message).toBe(blankRow1);
    expect(failure(() => stack.coerce([["", 0], [1, 3], [null, 1]])).message).toBe(blankRow1);
  });

  it("a blank last row of a block is an upper triangle's, no separator: the general rule is given", () => {
    // [[·, 3], [·, ·]] is a complete upper triangle of n = 2; 3 rows are no multiple of 2.
    expect(failure(() => stack.coerce([[null, 3], [null, null], [1, 2]])).message).toBe(
      "matrices is 3 rows × 2 columns; the experts' n×n comparison matrices must be stacked vertically, one under another (k·n rows × n columns), so the rows must be a multiple of the 2 columns",
    );
  });
});

describe("describeValue", () => {
  it.each([
    [null, "blank"],
    ["", "blank"],
    [undefined, "blank"],
    ["abc", "text 'abc'"],
    [true, "TRUE"],
    [-2.5, "-2.5"],
    [{ code: "#REF!" }, "the error #REF!"],
    [{ type: "Error", basicValue: "#N/A" }, "the error #N/A"],
    [{ type: "Entity", text: "Beijing" }, "a value of type Entity"],
    [[1], "a nested range"],
  ])("%p reads as %p", (v, text) => {
    expect(describeValue(v)).toBe(text);
  });
});

describe("pairwiseMatrix: taller than wide, and words in the first column (coerceX)", () => {
  // Oracle: pairwiseMatrix's contract (its docstring and comments; messages from the catalog, "arg.*"
  // and "hint.typeFraction*"): a ragged range is named as ragged before its shape is judged; a range
  // with more rows than columns is "blank from row m+1 down" only when those rows are blank, else it
  // is simply not square; words in the first row OR the first column may be a pasted header.
  const matrix = pairwiseMatrix("matrix");
  const both = thrownTexts;

  it("a taller range whose rows below the first m are filled is not square (no 'blank from row … down')", () => {
    expect(both(() => matrix.coerce([[1, 3], [null, 1], [2, 5]]))).toEqual(["matrix must be square; it is 3×2", "matrix 必须是方阵；现为 3×2"]);
  });

  it("a taller range with a ragged row is named ragged first, whether that row is filled or blank", () => {
    expect(both(() => matrix.coerce([[1, 3], [null, 1], [5]]))).toEqual([
      "matrix is ragged: row 3 has 1 cell, row 1 has 2",
      "matrix 各行长度不一：第 3 行有 1 个单元格，第 1 行有 2 个",
    ]);
    expect(failure(() => matrix.coerce([[1, 3], [null, 1], [null]])).message).toBe("matrix is ragged: row 3 has 1 cell, row 1 has 2");
  });

  it("a word in the first column below row 1 gets the label hint, like one in the first row", () => {
    expect(both(() => matrix.coerce([[1, 3], ["Cost", 1]]))).toEqual([
      "matrix row 2, column 1 is text 'Cost'; type a number or a fraction such as '1/3; if it is a label, select only the n×n judgements, without the header row and column",
      "matrix 第 2 行第 1 列为文本 'Cost'；请输入数字或分数，如 '1/3；若这是标签，请只选择 n×n 的判断值，不含标题行和标题列",
    ]);

  });
});

// Surviving mutants of pairwiseStack, lastFilledRow and inExpertBlock (reports/mutation/
// functions-coerce-after-verdicts-coerceY.md). Oracle: the rules in pairwiseStack's docstring and
// comments (blank rows below the last expert: "select only rows 1 to k·n"; a blank row between the
// blocks: "remove the blank rows"; a bad cell named by its row in the whole range) worded by the
// message catalog (src/i18n/messages.ts), English and Chinese, written out here by hand.
describe("pairwiseStack: whole columns below the experts, bad cells of a later expert", () => {
  const stack = pairwiseStack("matrices");
  const zh = (fn: () => unknown): string => renderMessage((thrownBy(fn) as MethodError).text, "zh-CN");
  const blankBelowRow3 = "matrices is blank from row 3 down, below the experts' matrices: select only rows 1 to 2 (k·n rows × n columns), not whole columns";
  const blankBelowRow3Zh = "matrices 自第 3 行起为空白，位于各专家判断矩阵下方：请只选择第 1 至 2 行（k·n 行 × n 列），不要选择整列";
  const blankRow = (row: number) =>
    `matrices row ${row} is blank; remove the blank rows between the experts' matrices (k·n rows × n columns, one directly under another)`;

  it("one expert's upper triangle whose only filled row is row 1, whole columns below: select rows 1 to 2", () => {
    // Row 1 is the last filled row (lastFilledRow must look at row 1 too): used = 2 rows of 4.
    const filledFirstRow = [[1, 3], [null, null], [null, null], [null, null]];
    expect(failure(() => stack.coerce(filledFirstRow)).message).toBe(blankBelowRow3);
    expect(zh(() => stack.coerce(filledFirstRow))).toBe(blankBelowRow3Zh);
    // The same with a blank diagonal: every row holds a blank cell, yet row 1 is filled (a row is
    // filled when not all its cells are blank, not when none is).
    const blankDiagonal = [[null, 3], [null, null], [null, null], [null, null]];
    expect(failure(() => stack.coerce(blankDiagonal)).message).toBe(blankBelowRow3);
  });

  it("two experts whose last row with no blank cell is expert 1's, whole columns below: select rows 1 to 4", () => {
    // Rows 2–4 each hold a blank (upper triangles with blank diagonals): the filled rows end at row 4.
    const rows = [[1, 3], [null, 1], [null, 5], [null, 1], [null, null], [null, null]];
    expect(failure(() => stack.coerce(rows)).message).toBe(
      "matrices is blank from row 5 down, below the experts' matrices: select only rows 1 to 4 (k·n rows × n columns), not whole columns",
    );
  });

  it("a blank first row above the matrix and a blank row below: the blank first row is named, not whole columns", () => {
    // The blank row 1 is a separator (not the last row of its block): "select rows 1 to 2" would keep it.
    const rows = [[null, null], [1, 3], [null, null]];
    expect(failure(() => stack.coerce(rows)).message).toBe(blankRow(1));
    expect(zh(() => stack.coerce(rows))).toBe("matrices 第 1 行为空白；请删除各专家判断矩阵之间的空行（k·n 行 × n 列，上下紧接）");
  });

  it("a wholly blank range is never told to 'select only rows 1 to 0' nor to remove blank rows between experts", () => {
    // No filled row: no 'blank below' advice, and no blank row separates anything. A multiple of n
    // rows is read as experts, the first of whom has filled in nothing (AHP's message for a blank
    // pair, named by rows of the whole range); another number of rows gets the stacking rule.
    const blank2x2 = [[null, null], [null, null]];
    for (const rows of [blank2x2, [...blank2x2, ...blank2x2]]) {
      expect(failure(() => stack.coerce(rows)).message).toBe("matrices row 1, column 2 is blank, and so is row 2, column 1 (expert 1, rows 1–2)");
      expect(zh(() => stack.coerce(rows))).toBe("matrices 第 1 行第 2 列为空白，第 2 行第 1 列也为空白（专家 1，第 1–2 行）");
    }
    expect(failure(() => stack.coerce([...blank2x2, [null, null]])).message).toBe(
      "matrices is 3 rows × 2 columns; the experts' n×n comparison matrices must be stacked vertically, one under another (k·n rows × n columns), so the rows must be a multiple of the 2 columns",
    );
  });

  it("a bad cell of expert 2 is a CellError at its row in the whole range (rows 4–6 → row 5), English and Chinese", () => {
    const rows = [[1, 3, 5], [null, 1, 2], [null, null, 1], [1, 3, 5], [null, 1, "abc"], [null, null, 1]];
    const e = thrownBy(() => stack.coerce(rows));
    expect(e).toBeInstanceOf(CellError);
    expect((e as CellError).location).toEqual({ what: "matrices", row: 4, col: 2, detail: "is text 'abc'", hint: "type a number or a fraction such as '1/3" });
    expect((e as CellError).message).toBe("matrices row 5, column 3 is text 'abc'; type a number or a fraction such as '1/3");
    expect(renderMessage((e as CellError).text, "zh-CN")).toBe("matrices 第 5 行第 3 列为文本 'abc'；请输入数字或分数，如 '1/3");
  });
});

describe("option with a number allowed: values that are neither a listed word nor a number", () => {
  it("TRUE is no number stored as text (Number(true) is 1): the words and 'a number' are listed", () => {
    const ri = option("ri", ["saaty", "alonso"] as const, "saaty", true);
    expect(failure(() => ri.coerce(true)).message).toBe('ri is TRUE; use "saaty" or "alonso" or a number');
    expect(failure(() => ri.coerce([[true]])).message).toBe('ri is TRUE; use "saaty" or "alonso" or a number');
  });

  it("text that reads as a number is a number stored as text; text of spaces is the default", () => {
    const ri = option("ri", ["saaty", "alonso"] as const, "alonso", true);
    expect(failure(() => ri.coerce(" 0.9 ")).message).toBe("ri is text ' 0.9 ', a number stored as text; convert it to a number");
    expect([ri.coerce("  "), ri.coerce("")]).toEqual(["alonso", "alonso"]);
  });

  it("without a number allowed, text that reads as a number is just an unknown word", () => {
    const m = option("method", ["eigen", "geometric"] as const, "eigen");
    expect(failure(() => m.coerce("2")).message).toBe('method is text \'2\'; use "eigen" or "geometric"');
  });
});

describe("pairwiseStack of 1×1 grids: an expert fails only on its cell", () => {
  // Why inExpertBlock names a block's rows only as a span: a 1×1 block's failures are all cell
  // errors (method.md §3: the diagonal must be 1; judgements are positive numbers or fractions),
  // named by their row in the whole range. Oracle: that contract, for every kind of bad cell.
  const stack = pairwiseStack("matrices");
  it.each([[-1], [2], [1 + 1e-6], ["x"], ["1/3"], [Number.NaN], [Number.POSITIVE_INFINITY], [true]])("expert 2's grid is %p: a CellError at row 2, column 1", (bad) => {
    const e = thrownBy(() => stack.coerce([[1], [bad], [null]]));
    expect(e).toBeInstanceOf(CellError);
    expect((e as CellError).location).toMatchObject({ what: "matrices", row: 1, col: 0 });
  });
});

describe("pairwiseMatrix / pairwiseStack: what a reviewer found in the new range messages (review5)", () => {
  // Oracle: pairwiseMatrix's rules (a comparison matrix is square, its diagonal 1 or blank, a blank
  // triangle filled with reciprocals; method.md §3) and the message catalog, written out by hand.
  // A line that is blank because of a blank diagonal and a blank triangle belongs to the matrix: the
  // user must not be told to delete it.
  const matrix = pairwiseMatrix("matrix");
  const stack = pairwiseStack("matrices");
  const N = null;
  it.each([
    ["weights typed in column 4 beside an upper triangle with a blank diagonal", [[N, 3, 5, 0.6], [N, N, 2, 0.3], [N, N, N, 0.1]], "matrix must be square; it is 3×4"],
    ["a sum row below an upper triangle with a blank diagonal", [[N, 3, 5], [N, N, 2], [N, N, N], [1, 3.5, 8]], "matrix must be square; it is 4×3"],
    ["a CR row below a lower triangle with a blank diagonal", [[N, N, N], [3, N, N], [5, 2, N], [0.05, N, N]], "matrix must be square; it is 4×3"],
  ])("%s: not square (no blank line named)", (_label, rows, message) => {
    expect(failure(() => matrix.coerce(rows)).message).toBe(message);
  });
  it("a blank row inside the judgements is named when the grid without it is a comparison matrix", () => {
    expect(failure(() => matrix.coerce([[1, 3, 5], [N, N, N], [N, 1, 2], [N, N, 1]])).message).toBe(
      "matrix row 2 is blank; select the judgements without it, or delete the blank row (matrix must be square; it is 4×3)",
    );
  });
  it("a header row and a header column: the judgements' size and both lines named", () => {
    const both = (rows: unknown[][], n: number, shape: string) =>
      expect(failure(() => matrix.coerce(rows)).message).toMatch(
        new RegExp(`; it looks like a label: select only the ${n}×${n} judgements, without the header row and column \\(matrix is ${shape} and must be square\\)$`),
      );
    both([[N, "A", "B", "C", N], ["A", 1, 3, 5, N], ["B", N, 1, 2, N], ["C", N, N, 1, N]], 3, "4×5");
    both([[N, "A", "B"], ["A", 1, 3], ["B", N, 1], [N, N, N]], 2, "4×3");
    const e = thrownBy(() => stack.coerce([[N, "A", "B"], ["A", 1, 3], ["B", N, 1], ["A", 1, 2], ["B", N, 1]])) as MethodError;
    expect(e.message).toBe("matrices row 2, column 1 is text 'A'; it looks like a label: select only the experts' judgements (k·n rows × n columns), without the header row and column");
    expect(renderMessage(e.text, "zh-CN")).toBe("matrices 第 2 行第 1 列为文本 'A'；这看起来是标签：请只选择各专家的判断值（k·n 行 × n 列），不含标题行和标题列");
  });
  it("two experts side by side, the second a lower triangle with a blank last column: side by side, not whole rows", () => {
    expect(failure(() => stack.coerce([[1, 3, 5, N, N, N], [N, 1, 2, 2, N, N], [N, N, 1, 4, 3, N]])).message).toBe(
      "matrices is 3 rows × 6 columns; the experts' 3×3 matrices seem to stand side by side: stack them vertically, one under another (k·n rows × n columns)",
    );
  });
  it("a whole column (2²⁰ rows) with a note below the matrix: not square, read once (the blank-line search is linear)", () => {
    const rows: unknown[][] = [[1, 3, 5], [N, 1, 2], [N, N, 1], [N, N, N], [0.05, N, N]];
    while (rows.length < 2 ** 20) rows.push([N, N, N]);
    expect(failure(() => matrix.coerce(rows)).message).toBe("matrix must be square; it is 1048576×3");
  });
});
