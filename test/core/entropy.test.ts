import * as fs from "fs";
import fc from "fast-check";
import { entropy, entropyWeights, fromRows, minMaxNormalize, minMaxScaling, weightsFromEntropy, type Direction } from "../../src/core";
import { unitMatrix } from "./support/arbitraries";
import { expectMethodError } from "./support/errors";
import { ENTROPY_5, ENTROPY_5_DIRECTIONS } from "../support/published-vectors";
import { sharedDataPath } from "../support/shared-data";

const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((s, x) => s + x, 0);

function expectClose(actual: ArrayLike<number>, expected: ReadonlyArray<number>, tol: number): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((x, j) => expect(Math.abs(actual[j] - x)).toBeLessThanOrEqual(tol));
}

describe("entropy and entropyWeights on published vector 5", () => {
  // ../shared/cases/published-vectors.md vector 5 ([ours], printed to 6 decimals), and the full-precision
  // values of test/core/oracles/entropy_oracle.py (numpy, two-pass definition).
  const normalized = minMaxNormalize(fromRows(ENTROPY_5), ENTROPY_5_DIRECTIONS);

  it("shift 0: e = 0.734647, 0.786306, 0.816760; w = 0.400661, 0.322661, 0.276678", () => {
    const e = entropy(normalized);
    expectClose(e, [0.734647, 0.786306, 0.81676], 5e-7);
    expectClose(e, [0.734647008996588, 0.786305819876177, 0.816759947562954], 1e-12);
    const w = entropyWeights(normalized);
    expectClose(w, [0.400661, 0.322661, 0.276678], 5e-7);
    expectClose(w, [0.400661497854876, 0.322660882651139, 0.276677619493985], 1e-12);
  });

  it("shift 0.0001: w = 0.400643, 0.322660, 0.276697", () => {
    const w = entropyWeights(normalized, 0.0001);
    expectClose(w, [0.400643, 0.32266, 0.276697], 5e-7);
    expectClose(w, [0.400642589938551, 0.32266049025245, 0.276696919808998], 1e-12);
    expectClose(entropy(normalized, 0.0001), [0.73500189703821, 0.786581806415702, 0.816983614108522], 1e-12);
  });

  it("shift 0.01: w = 0.398822, 0.322823, 0.278355", () => {
    const w = entropyWeights(normalized, 0.01);
    expectClose(w, [0.398822, 0.322823, 0.278355], 5e-7);
    expectClose(w, [0.398821511092193, 0.322823265177617, 0.27835522373019], 1e-12);
    expectClose(entropy(normalized, 0.01), [0.75532417267411, 0.801948873642576, 0.829229886647404], 1e-12);
  });
});

describe("the real Jingjinji data set (authors' own entropy values and weights)", () => {
  // Data and the authors' e and w: ../shared/data/real/jingjinji_13cities_transport_2013_2017/README.md
  // (wantime/Entropy-weight-TOPSIS-code-and-data @ 6c03fad), read in beforeAll so that a missing
  // ../shared fails these tests with test/support/shared-data.ts's message, not the whole file.
  let data: Record<"Ecological" | "Economic" | "Social", number[][]>;
  beforeAll(() => {
    const file = sharedDataPath("data/real/jingjinji_13cities_transport_2013_2017/rows_by_observation.json");
    data = JSON.parse(fs.readFileSync(file, "utf8")) as typeof data;
  });
  const benefit: Direction[] = [1, 1, 1, 1];

  // The README's caveat: the authors used the benefit formula for all four columns of every workbook,
  // including the Ecological pollutants labelled Negative.
  const authors = {
    Ecological: {
      e: [0.978952471538923, 0.927279157549879, 0.956171781812532, 0.972169637301566],
      w: [0.127231555876651, 0.439594888620779, 0.264940009541034, 0.168233545961533],
    },
    Economic: {
      e: [0.897773665506045, 0.857122986332108, 0.758732069078024, 0.890106004841795],
      w: [0.17144438710422, 0.239619880345232, 0.404631866627947, 0.184303865922599],
    },
    Social: {
      e: [0.94094411207828, 0.83491000539072, 0.946013080143309, 0.918950163126208],
      w: [0.164417434103009, 0.45962687659048, 0.150304925560137, 0.225650763746373],
    },
  } as const;

  it.each(Object.keys(authors) as (keyof typeof authors)[])("%s: 65 × 4, e and w match the authors' to 1e-12", (book) => {
    const x = fromRows(data[book]);
    expect([x.rows, x.cols]).toEqual([65, 4]);
    const z = minMaxNormalize(x, benefit);
    expectClose(entropy(z), authors[book].e, 1e-12);
    expectClose(entropyWeights(z), authors[book].w, 1e-12);
  });

  it("Ecological with the cost formula: e = 0.967328 / 0.988605 / 0.987682 / 0.973691 (README)", () => {
    const z = minMaxNormalize(fromRows(data.Ecological), [-1, -1, -1, -1]);
    const e = entropy(z);
    expectClose(e, [0.967328, 0.988605, 0.987682, 0.973691], 5e-7);
    // Full precision from test/core/oracles/entropy_oracle.py.
    expectClose(e, [0.967328437116249, 0.988605196071577, 0.987681804633042, 0.973690720242009], 1e-12);
  });
});

describe("entropy edge cases (method.md §1.2)", () => {
  it("takes 0·ln 0 = 0: one nonzero value gives e = 0, two equal nonzero of four give ln 2 / ln 4 = 0.5", () => {
    // Analytic: p = (1, 0, 0, 0) → −Σ p ln p = 0; p = (½, ½, 0, 0) → ln 2, divided by ln 4.
    const e = entropy(fromRows([[1, 1], [0, 1], [0, 0], [0, 0]]));
    expect(Math.abs(e[0])).toBe(0); // the core returns −0 here; Excel shows 0 either way
    expect(e[1]).toBeCloseTo(0.5, 15);
  });

  it("gives e = 1 and weight 0 to a constant column and to an all-zero column, with or without a shift", () => {
    const z = fromRows([[0.3, 0, 0], [0.3, 0, 1], [0.3, 0, 0.5]]);
    for (const s of [0, 0.01]) {
      const e = entropy(z, s);
      expect(e[0]).toBe(1);
      expect(e[1]).toBe(1);
      const w = entropyWeights(z, s);
      expect(w[0]).toBe(0);
      expect(w[1]).toBe(0);
      expect(w[2]).toBe(1);
    }
  });

  it("gives e = 1 to a uniform column of a normalized panel: p = 1/n in every row", () => {
    // −Σ (1/n) ln(1/n) / ln n = 1 (definition); the column still counts as constant.
    const e = entropy(fromRows([[0.2, 1], [0.2, 0], [0.2, 0.5]]));
    expect(e[0]).toBe(1);
    expect(e[1]).toBeLessThan(1);
  });

  it("keeps e ≤ 1 when rounding overshoots: a varying, nearly uniform column gives exactly 1", () => {
    // Analytic: Shannon entropy over ln n is at most 1 (equality for p = 1/n). Evaluated in doubles the
    // one-pass formula gives 1.0000000000000002 for this column (checked in the test), which the core clamps.
    const col = [1, 0.9999999999999998, 0.9999999999999998];
    const t = col.reduce((a, y) => a + y, 0);
    const raw = -(1 / Math.log(3)) * (col.reduce((a, y) => a + y * Math.log(y), 0) / t - Math.log(t));
    expect(raw).toBeGreaterThan(1);
    expect(entropy(fromRows(col.map((y) => [y])))[0]).toBe(1);
  });

  it("a shift above 1 is refused (the weights at the largest one, 1, are checked against 60 digits in python-oracles.test.ts)", () => {
    // Above s = 1 the 1 − e_j cancel in doubles (s = 1e3: off by 7e-10; s = 1e7 gave weights 0, 1, 0).
    const raw = fromRows([[1, 2, 10], [2, 1, 30], [3, 5, 20], [4, 4, 15]]);
    expect(() => entropy(raw, 1, minMaxScaling(raw))).not.toThrow();
    for (const s of [1 + Number.EPSILON, 1e3, 1e7, 2 ** 53]) {
      expectMethodError(() => entropy(raw, s, minMaxScaling(raw)), "value", new RegExp(`^shift is ${String(s).replace("+", "\\+")}; use a shift between 0 and 1 \\(the literature uses 0\\.0001 to 0\\.01\\)$`));
      expectMethodError(() => entropy(minMaxNormalize(raw), s), "value", /^shift is .*; use a shift between 0 and 1/);
    }
  });

  it("a shift of 0.5 still lets a normalized column vary (y = 0.5, 1, 1.5, 1): independent formula", () => {
    // Oracle: p_i = y_i / Σ y and e = −Σ p ln p / ln n written out here, on x' = 0, 0.5, 1, 0.5 + s.
    const raw = fromRows([[2], [4], [6], [4]]);
    const y = [0, 0.5, 1, 0.5].map((x) => x + 0.5);
    const t = y.reduce((a, v) => a + v, 0);
    const expected = -y.reduce((a, v) => a + (v / t) * Math.log(v / t), 0) / Math.log(4);
    const e = entropy(raw, 0.5, minMaxScaling(raw))[0];
    expect(e).toBeLessThan(1);
    expect(Math.abs(e - expected)).toBeLessThanOrEqual(1e-15);
  });

  it("with a scaling onto another interval ([0.2, 1]): the entropy of the rescaled values (independent formula)", () => {
    // Oracle: x' = 0.2 + 0.8·(x − min)/(max − min) per column (cost: max − x), then p and e written out here.
    const raw = fromRows([[1, 30], [2, 10], [4, 20]]);
    const dirs: Direction[] = [1, -1];
    const scaled = [
      [0.2, 0.2 + 0.8 / 3, 1], // (x − 1)/3 = 0, 1/3, 1
      [0.2, 1, 0.6], // (30 − x)/20 = 0, 1, 0.5
    ];
    const eOf = (c: number[]) => {
      const t = c.reduce((a, v) => a + v, 0);
      return -c.reduce((a, v) => a + (v / t) * Math.log(v / t), 0) / Math.log(c.length);
    };
    const e = entropy(raw, 0, minMaxScaling(raw, dirs, 0.2, 1));
    expect(Math.abs(e[0] - eOf(scaled[0]))).toBeLessThanOrEqual(1e-15);
    expect(Math.abs(e[1] - eOf(scaled[1]))).toBeLessThanOrEqual(1e-15);
    // And the same bits as the stored path over the same interval.
    expect(Array.from(e)).toEqual(Array.from(entropy(minMaxNormalize(raw, dirs, 0.2, 1))));
  });

  describe("errors", () => {
    it("needs at least 2 rows", () => {
      expectMethodError(() => entropy(fromRows([[0.5, 1]])), "value", /at least 2 rows; got 1/);
      expectMethodError(() => entropyWeights(fromRows([[0.5, 1]])), "value", /at least 2 rows/);
    });
    it("rejects a negative or non-finite shift", () => {
      const z = fromRows([[0, 1], [1, 0]]);
      expectMethodError(() => entropy(z, -0.0001), "value", /shift is -0.0001/);
      expectMethodError(() => entropy(z, NaN), "value", /shift is NaN/);
      expectMethodError(() => entropy(z, Infinity), "value", /shift is Infinity/);
    });
    it('says "no indicator varies" when every column is constant', () => {
      expectMethodError(() => entropyWeights(fromRows([[1, 0], [1, 0], [1, 0]])), "value", /no indicator varies/);
      expectMethodError(() => weightsFromEntropy(new Float64Array([1, 1])), "value", /no indicator varies/);
    });
  });
});

describe("entropy properties", () => {
  const shiftArb = fc.constantFrom(0, 0.0001, 0.01);
  const varying = unitMatrix({ maxRows: 15 }).filter((d) => d[0].some((_, j) => d.some((r) => r[j] !== d[0][j])));

  it("e lies in [0, 1]; weights are ≥ 0 and sum to 1", () => {
    fc.assert(
      fc.property(varying, shiftArb, (d, s) => {
        const z = fromRows(d);
        for (const e of entropy(z, s)) {
          expect(e).toBeGreaterThanOrEqual(0);
          expect(e).toBeLessThanOrEqual(1);
        }
        const w = entropyWeights(z, s);
        for (const x of w) expect(x).toBeGreaterThanOrEqual(0);
        expect(Math.abs(sum(w) - 1)).toBeLessThanOrEqual(1e-12);
      }),
    );
  });

  it("weights are unchanged when the rows are permuted (min–max normalized panels, as the method feeds them)", () => {
    // The method always normalizes first, so every varying column spans [0, 1]. On arbitrary [0, 1]
    // columns that barely vary (one 1e-6 among zeros, shift 0.01) 1 − e is ~1e-10 and the weights are
    // ill-conditioned: summation order alone moves them by ~1e-7 (numpy's two-pass sum as well).
    fc.assert(
      fc.property(
        varying.chain((d) => fc.tuple(fc.constant(d), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: d.length, maxLength: d.length }))),
        shiftArb,
        ([d, keys], s) => {
          const order = d.map((_, i) => i).sort((a, b) => keys[a] - keys[b]);
          const w = entropyWeights(minMaxNormalize(fromRows(d)), s);
          const wp = entropyWeights(minMaxNormalize(fromRows(order.map((i) => d[i]))), s);
          expectClose(wp, Array.from(w), 1e-12);
        },
      ),
    );
  });
});

describe("entropy of a column with a single nonzero value", () => {
  // Oracle: p = (1, 0, 0) → Σ p ln p = 0 → e = 0 exactly, and +0 rather than −0 (Excel shows −0 as 0,
  // but a −0 would leak into comparisons and text).
  it("is +0", () => {
    const e = entropy(fromRows([[1], [0], [0]]));
    expect(Object.is(e[0], 0)).toBe(true);
  });
});
