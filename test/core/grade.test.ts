import fc from "fast-check";
import { assertGradeCuts, BOUNDARY_TOLERANCE, DEFAULT_GRADE_CUTS, grade, GRADE_LABELS, level } from "../../src/core";
import { expectMethodError } from "./support/errors";
import { SEED_ROWS } from "../support/published-vectors";

const unit = fc.double({ min: 0, max: 1, noNaN: true });

describe("grade (seed paper Table 3; method.md §1.7)", () => {
  it.each(SEED_ROWS.map((r) => [r.area, r.year, r.s, r.p, r.grade] as const))(
    "%s %d (S %p, P %p) is grade %s as in method.md §2",
    (_area, _year, s, p, g) => {
      expect(grade(s, p)).toBe(g);
    },
  );

  it("lays out Table 3: rows P high/medium/low, columns S low/medium/high", () => {
    const mid = [1 / 6, 1 / 2, 5 / 6]; // the centre of each level
    const table = [2, 1, 0].map((lp) => [0, 1, 2].map((ls) => grade(mid[ls], mid[lp])));
    expect(table).toEqual([
      ["VII", "VIII", "IX"],
      ["IV", "V", "VI"],
      ["I", "II", "III"],
    ]);
  });

  it("puts the cut points into the upper level: [0, 1/3) low, [1/3, 2/3) medium, [2/3, 1] high", () => {
    expect(DEFAULT_GRADE_CUTS).toEqual({ low: 1 / 3, high: 2 / 3 });
    expect(grade(0, 0)).toBe("I");
    expect(grade(1 / 3, 0)).toBe("II");
    expect(grade(2 / 3, 0)).toBe("III");
    expect(grade(1, 1)).toBe("IX");
    expect(grade(0.3333, 0.6666)).toBe("IV");
    expect(grade(0, 2 / 3)).toBe("VII");
  });

  it("a value exactly 1e-12 below a cut point lies on it and takes the upper level (method.md §1.8 \"Boundaries\": within 1e-12)", () => {
    // Near 1/3 or 2/3 no double lies exactly 1e-12 below the cut (differences there are multiples of
    // 2^-54), so the cuts are tiny: 2e-12 is 2 × 1e-12 in binary, so 2e-12 − 1e-12 = 1e-12 exactly.
    expect(2e-12 - 1e-12).toBe(BOUNDARY_TOLERANCE);
    // Low cut 2e-12: S = 1e-12 is on it, medium; P = 0.5 ≥ high 0.25 is high → grade 3·2 + 1 + 1 = VIII.
    expect(grade(1e-12, 0.5, 2e-12, 0.25)).toBe("VIII");
    // High cut 2e-12 (low 1e-12): S = 1e-12 is on it, high; P = 0.5 high → grade IX.
    expect(grade(1e-12, 0.5, 1e-12, 2e-12)).toBe("IX");
    // One step farther (the next double below 1e-12) the value is below the cut.
    const below = 1e-12 - 2 ** -92; // ulp(1e-12) = 2^-92
    expect(2e-12 - below).toBeGreaterThan(BOUNDARY_TOLERANCE);
    expect(grade(below, 0.5, 2e-12, 0.25)).toBe("VII");
    expect(grade(below, 0.5, below / 2, 2e-12)).toBe("VIII");
  });

  it("uses custom cut points", () => {
    expect(grade(0.3, 0.3, 0.25, 0.5)).toBe("V");
    expect(grade(0.3, 0.3, 0.4, 0.6)).toBe("I");
    expect(grade(0.55, 0.1, 0.2, 0.5)).toBe("III");
  });

  it.each([
    [-0.01, 0.5, /support is -0.01; index values must lie in \[0, 1\]/],
    [1.0001, 0.5, /support is 1.0001/],
    [0.5, -1, /pressure is -1/],
    [0.5, 2, /pressure is 2/],
    [NaN, 0.5, /support is NaN/],
    [0.5, NaN, /pressure is NaN/],
    [Infinity, 0.5, /support is Infinity/],
  ])("rejects S = %p, P = %p", (s, p, message) => {
    expectMethodError(() => grade(s, p), "value", message);
  });

  it("property: total on [0, 1]², grade number = 3·level(P) + level(S) + 1 with the Table 3 cuts", () => {
    const lev = (x: number) => (x < 1 / 3 ? 0 : x < 2 / 3 ? 1 : 2);
    fc.assert(
      fc.property(unit, unit, (s, p) => {
        const g = grade(s, p);
        expect(GRADE_LABELS.indexOf(g)).toBe(3 * lev(p) + lev(s));
      }),
    );
  });

  it("property: the balance diagonal I, V, IX is where S and P share a level; II, III, VI have P's level below S's", () => {
    fc.assert(
      fc.property(unit, unit, (s, p) => {
        const ls = level(s, 1 / 3, 2 / 3);
        const lp = level(p, 1 / 3, 2 / 3);
        const g = grade(s, p);
        if (ls === lp) expect(["I", "V", "IX"]).toContain(g);
        else if (lp < ls) expect(["II", "III", "VI"]).toContain(g);
        else expect(["IV", "VII", "VIII"]).toContain(g);
      }),
    );
  });
});

describe("level", () => {
  it("returns 0 below low, 1 from low to below high, 2 from high", () => {
    expect([0, 0.2499, 0.25, 0.5, 0.7499, 0.75, 1].map((x) => level(x, 0.25, 0.75))).toEqual([0, 0, 1, 1, 1, 2, 2]);
  });
});

describe("assertGradeCuts", () => {
  it("accepts 0 < low < high < 1", () => {
    expect(() => assertGradeCuts(1 / 3, 2 / 3)).not.toThrow();
    expect(() => assertGradeCuts(0.01, 0.99)).not.toThrow();
  });
  it.each([
    [0, 0.5],
    [0.5, 0.5],
    [0.6, 0.4],
    [0.2, 1],
    [-0.1, 0.5],
    [NaN, 0.5],
    [0.2, NaN],
  ])("rejects low = %p, high = %p", (low, high) => {
    expectMethodError(() => assertGradeCuts(low, high), "value", /must satisfy 0 < low < high < 1/);
  });
});
