import { completePairwiseMatrix, parseRatio, RECIPROCITY_TOLERANCE, SAATY_SCALE, saatyScaleProblem, toRows } from "../../src/core";
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

  // The docstring's forms: Unicode NFKC (full-width "１/３", "1／3", vulgar "⅓"), the fraction and
  // division slashes, and one leading apostrophe (straight or curly) kept in the text; 1/3 exactly as
  // the double 1/3 (Number("1") / Number("3")).
  it.each(["１/３", "1／3", "⅓", "1⁄3", "1∕3", "'1/3", "\u20181/3", "\u20191/3", "' 1/3", " ' 1 / 3 "])("reads the other form %p as 1/3", (text) => {
    expect(parseRatio(text)).toBe(1 / 3);
  });

  it.each(["''1/3", "1/3'", "1'/3", "1:3", "1/3,"])("rejects %p (one leading apostrophe only; no other marks)", (text) => {
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

  it("accepts a pair whose product is within 1 % of 1 and reads it as the larger judgement and its exact reciprocal", () => {
    // 3 × 0.332 = 0.996: inside RECIPROCITY_TOLERANCE (method.md §3: within 1 % of 1). The result
    // is reciprocal (method.md §1.3, a_ji = 1/a_ij): 0.332 kept as typed would give a consistent
    // matrix CI > 0 or λmax < n (test/tester-findings/ahp-typed-reciprocals.test.ts).
    expect(RECIPROCITY_TOLERANCE).toBe(0.01);
    expect(toRows(completePairwiseMatrix([[1, 3], [0.332, 1]]))).toEqual([
      [1, 3],
      [1 / 3, 1],
    ]);
    expect(toRows(completePairwiseMatrix([[1, 0.332], [3, 1]]))).toEqual([
      [1, 1 / 3],
      [3, 1],
    ]);
  });

  it("gives a 1×1 matrix [1] for a single blank cell", () => {
    expect(toRows(completePairwiseMatrix([[null]]))).toEqual([[1]]);
  });

  it("a pair typed both ways keeps the larger as the judgement; equal ones keep the upper (method.md §1.3)", () => {
    // 3 over 0.333: 3 kept, 1/3 exactly below. 0.333 over 3: 3 kept below, 1/3 above.
    expect(toRows(completePairwiseMatrix([[1, 3], [0.333, 1]]))).toEqual([[1, 3], [1 / 3, 1]]);
    expect(toRows(completePairwiseMatrix([[1, 0.333], [3, 1]]))).toEqual([[1, 1 / 3], [3, 1]]);
    // 1.004 both ways (product within 1 % of 1): a tie, so the upper entry is the judgement, as when
    // the lower triangle is blank.
    expect(toRows(completePairwiseMatrix([[1, 1.004], [1.004, 1]]))).toEqual([[1, 1.004], [1 / 1.004, 1]]);
  });

  describe("errors", () => {
    it("names a diagonal cell other than 1 as a diagonal, not as off Saaty's scale (whole message, core words)", () => {
      for (const d of [20, 0.05, 2]) {
        expectMethodError(() => completePairwiseMatrix([[d, 3], [null, 1]]), "value", `matrix row 1, column 1 is ${d}; the diagonal must be 1`);
      }
    });

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

describe("survivors survF", () => {
  // Oracles: ../shared/method.md §3 (Saaty's scale 1/9…9, within 1e-9) and the catalog wording of
  // value.date / hint.dateJudgement / value.offScale / hint.onScaleNearest / hint.onScale, written out in full.
  const dateHint = (typed: string) =>
    `Excel turns a typed ${typed} into a date; type '${typed} (with the apostrophe) or =${typed}; judgements lie on Saaty's scale 1/9 to 9`;
  const nearestHint = (nearest: string) => `use a judgement from 1/9 to 9; the nearest scale value is ${nearest}`;
  const generalHint = "use a judgement from 1/9 to 9, e.g. 3 or '1/3";
  // Excel serial of a UTC calendar date (serial 1 = 1900-01-01 with the 1900 leap-year bug: day 0 = 1899-12-30).
  const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;

  it("accepts the scale's ends within the tolerance, inclusive", () => {
    expect(saatyScaleProblem(SAATY_SCALE.min - SAATY_SCALE.tolerance)).toBeUndefined();
    expect(saatyScaleProblem(SAATY_SCALE.max + SAATY_SCALE.tolerance)).toBeUndefined();
  });

  it("treats a whole number as a possible date by default (a number cell)", () => {
    const p = saatyScaleProblem(serial(2026, 1, 3));
    expect(p?.detail).toBe("46025, which looks like a date (3 January 2026)");
    expect(p?.hint).toBe(dateHint("1/3"));
  });

  it("the date range of serials is inclusive at both ends (367 = 1 January 1901, 2958465 = 31 December 9999)", () => {
    expect(saatyScaleProblem(367)).toEqual(expect.objectContaining({ detail: "367, which looks like a date (1 January 1901)", hint: dateHint("1/3") }));
    expect(saatyScaleProblem(2958465)).toEqual(expect.objectContaining({ detail: "2958465, which looks like a date (31 December 9999)", hint: dateHint("1/3") }));
    expect(saatyScaleProblem(2958466)).toEqual(expect.objectContaining({ detail: "2958466, outside Saaty's scale 1/9 to 9", hint: generalHint }));
  });

  it("names the fraction a date came from, for every day of 2026 (forward: typed 1/d → 1 January d or d-th month 1st)", () => {
    const expected = new Map<number, string>();
    for (let d = 2; d <= 9; d++) {
      expected.set(serial(2026, 1, d), `1/${d}`); // month/day order
      expected.set(serial(2026, d, 1), `1/${d}`); // day/month order
    }
    for (let s = serial(2026, 1, 1); s <= serial(2026, 12, 31); s++) {
      expect([s, saatyScaleProblem(s)?.hint]).toEqual([s, dateHint(expected.get(s) ?? "1/3")]);
    }
  });

  it("names the nearest end only within a factor 2 of the scale, inclusive (1/18 and 18)", () => {
    expect(saatyScaleProblem(SAATY_SCALE.min / 2)?.hint).toBe(nearestHint("'1/9"));
    expect(saatyScaleProblem(18)).toEqual(expect.objectContaining({ detail: "18, outside Saaty's scale 1/9 to 9", hint: nearestHint("9") }));
  });
});
