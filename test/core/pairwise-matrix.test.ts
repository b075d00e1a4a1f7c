import { completePairwiseMatrix, parseRatio, RECIPROCITY_TOLERANCE, toRows } from "../../src/core";
import { expectMethodError } from "./support/errors";
import { DRINKS } from "../support/published-vectors";

describe("parseRatio (text judgements; Excel turns a typed 1/3 into a date, so users type '1/3)", () => {
  it.each([
    ["1/3", 1 / 3],
    [" 2 / 5 ", 2 / 5],
    ["0.25", 0.25],
    ["3", 3],
    ["9", 9],
    [".5", 0.5],
    ["1/.5", 2],
    ["1.5/3", 0.5],
  ])("reads %p as %p", (text, value) => {
    expect(parseRatio(text)).toBe(value);
  });

  it.each(["abc", "1/0", "", "   ", "1/3/4", "1//3", "/3", "1/", "one third", "1/3x", "0/0"])("rejects %p", (text) => {
    expect(parseRatio(text)).toBeUndefined();
  });
});

describe("completePairwiseMatrix (Saaty 1990; ../shared/method.md §1.3, §3)", () => {
  it("completes a blank lower triangle with reciprocals of the upper one", () => {
    // Published vector 3 (gluc/ahp), lower triangle and diagonal left blank.
    const m = completePairwiseMatrix([
      [null, 6, 3],
      [null, null, 0.5],
      [null, null, null],
    ]);
    expect(m.rows).toBe(3);
    expect(m.cols).toBe(3);
    expect(toRows(m)).toEqual([
      [1, 6, 3],
      [1 / 6, 1, 0.5],
      [1 / 3, 2, 1],
    ]);
  });

  it("completes a blank upper cell from its given lower partner", () => {
    expect(toRows(completePairwiseMatrix([[1, null], [4, 1]]))).toEqual([
      [1, 0.25],
      [4, 1],
    ]);
  });

  it("keeps a fully given reciprocal matrix as it is (published vector 1, Saaty's drinks)", () => {
    expect(toRows(completePairwiseMatrix(DRINKS))).toEqual(DRINKS);
  });

  it("builds the drinks matrix from text fractions in the upper triangle via parseRatio", () => {
    // Published vector 1 typed the way Excel users type it: '1/3 as text, lower triangle blank.
    const text = [
      ["1", "9", "5", "2", "1", "1", "1/2"],
      ["", "1", "1/3", "1/9", "1/9", "1/9", "1/9"],
      ["", "", "1", "1/3", "1/4", "1/3", "1/9"],
      ["", "", "", "1", "1/2", "1", "1/3"],
      ["", "", "", "", "1", "2", "1/2"],
      ["", "", "", "", "", "1", "1/3"],
      ["", "", "", "", "", "", "1"],
    ];
    const judgements = text.map((r) => r.map((t) => (t === "" ? null : (parseRatio(t) as number))));
    const m = toRows(completePairwiseMatrix(judgements));
    m.forEach((r, i) => r.forEach((v, j) => expect(v).toBeCloseTo(DRINKS[i][j], 15)));
  });

  it("accepts a pair whose product is within 1 % of 1 and keeps both values", () => {
    // 3 × 0.332 = 0.996: inside RECIPROCITY_TOLERANCE (method.md §3: within 1 % of 1).
    expect(RECIPROCITY_TOLERANCE).toBe(0.01);
    expect(toRows(completePairwiseMatrix([[1, 3], [0.332, 1]]))).toEqual([
      [1, 3],
      [0.332, 1],
    ]);
  });

  it("gives a 1×1 matrix [1] for a single blank cell", () => {
    expect(toRows(completePairwiseMatrix([[null]]))).toEqual([[1]]);
  });

  describe("errors", () => {
    it("rejects an empty matrix", () => {
      expectMethodError(() => completePairwiseMatrix([]), "value", /empty/);
    });
    it("rejects a non-square matrix", () => {
      expectMethodError(() => completePairwiseMatrix([[1, 2, 3], [0.5, 1, 2]]), "value", /square; it has 2 rows and 3 columns/);
      expectMethodError(() => completePairwiseMatrix([[1, 2], [0.5]]), "value", /square/);
    });
    it.each([0, -2, NaN, Infinity])("rejects the non-positive or non-finite judgement %p, naming its cell", (bad) => {
      expectMethodError(
        () => completePairwiseMatrix([[1, 2, 3], [0.5, 1, bad], [1 / 3, null, 1]]),
        "value",
        new RegExp(`row 2, column 3 is ${bad}; judgements must be positive numbers`),
      );
    });
    it("rejects a non-reciprocal pair and names both cells and the expected value", () => {
      const err = expectMethodError(() => completePairwiseMatrix([[1, 3, 2], [0.5, 1, 1], [0.5, 1, 1]]), "value", /not reciprocal/);
      expect(err.message).toMatch(/row 1, column 2 is 3 but row 2, column 1 is 0.5 \(expected 1\/3\)/);
    });
    it("rejects a product just outside 1 %", () => {
      // 3 × 0.3366 = 1.0098 passes; 3 × 0.337 = 1.011 fails.
      expect(() => completePairwiseMatrix([[1, 3], [0.3366, 1]])).not.toThrow();
      expectMethodError(() => completePairwiseMatrix([[1, 3], [0.337, 1]]), "value", /row 1, column 2 is 3 but row 2, column 1 is 0.337/);
    });
    it("rejects a pair where both cells are blank", () => {
      expectMethodError(
        () => completePairwiseMatrix([[1, null, 2], [null, 1, 3], [0.5, 1 / 3, 1]]),
        "value",
        /row 1, column 2 is blank, and so is row 2, column 1/,
      );
    });
    it("rejects a diagonal other than 1", () => {
      expectMethodError(() => completePairwiseMatrix([[1, 2], [0.5, 2]]), "value", /row 2, column 2 is 2; the diagonal must be 1/);
    });
  });
});

describe("completePairwiseMatrix with a judgement whose reciprocal overflows (defect found by adversarial testing)", () => {
  // 1/5e-324 is Infinity in doubles: the filled-in partner would not be a number. It lies far below
  // Saaty's 1/9 (method.md §3), which is the error now.
  it("names the cell", () => {
    expectMethodError(() => completePairwiseMatrix([[1, 5e-324], [null, 1]]), "value", /row 1, column 2 is 5e-324, outside Saaty's scale 1\/9 to 9/);
  });
});
