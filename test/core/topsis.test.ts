/**
 * TOPSIS closeness (src/core/topsis.ts) against the published examples the issue names and an
 * independent numpy computation run inside the suite (test/core/oracles/mcdm_oracle.py).
 */
import { fromRows, topsis, type Direction, type TopsisNormalization } from "../../src/core";
import { renderMessage } from "../../src/i18n/messages";
import { expectMethodError } from "./support/errors";
import { mixedDirections, randomPanel, runMcdmOracle, seededRandom, unequalWeights } from "./support/mcdm-oracle";

function expectClose(actual: ArrayLike<number>, expected: ReadonlyArray<number>, tol: number): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((x, j) => expect(Math.abs(actual[j] - x)).toBeLessThanOrEqual(tol));
}

describe("published examples", () => {
  it("scikit-criteria tests/agg/test_topsis.py test_TOPSIS_tzeng2011multiple (Tzeng & Huang 2011), vector: 0.5037, 0.6581, 0.7482, 0.3340", () => {
    const x = fromRows([
      [5, 8, 4],
      [7, 6, 8],
      [8, 8, 6],
      [7, 4, 6],
    ]);
    // The test asserts atol 1e-4; so do we.
    expectClose(topsis(x, [0.3, 0.4, 0.3]), [0.5037, 0.6581, 0.7482, 0.334], 1e-4);
    expectClose(topsis(x, [0.3, 0.4, 0.3], undefined, "vector"), Array.from(topsis(x, [0.3, 0.4, 0.3])), 0);
  });

  it("pymcdm test/test_mcdm.py TestTOPSIS (Opricovic & Tzeng 2004), min–max, cost/benefit: 0.500, 0.617, 0.500", () => {
    const x = fromRows([
      [1, 3000],
      [2, 3750],
      [5, 4500],
    ]);
    const c = topsis(x, [0.5, 0.5], [-1, 1], "minmax");
    expect(Array.from(c, (v) => Math.round(v * 1000) / 1000)).toEqual([0.5, 0.617, 0.5]);
    // Rows 1 and 3 sit symmetrically (one ideal and one anti-ideal coordinate each): exactly ½.
    expect(c[0]).toBe(0.5);
    expect(c[2]).toBe(0.5);
  });

  it("scikit-criteria test_TOPSIS ([[1,0,3],[0,5,6]] → 0.1464, 0.8536) is not applicable: that TOPSIS is given an unnormalized matrix", () => {
    // skcriteria's TOPSIS does no normalization of its own; the TOPSIS always normalizes.
    // Our vector form on that matrix (numpy, mcdm_oracle.py) differs, as it should.
    const c = topsis(
      fromRows([
        [1, 0, 3],
        [0, 5, 6],
      ]),
      [1, 1, 1],
    );
    const [oracle] = runMcdmOracle<number[]>([{ fn: "topsis", data: [[1, 0, 3], [0, 5, 6]], weights: [1, 1, 1], directions: [1, 1, 1], normalization: "vector" }]);
    expectClose(c, oracle, 1e-12);
    expect(Math.abs(c[0] - 0.14639248)).toBeGreaterThan(0.1);
  });
});

describe("against numpy (mcdm_oracle.py) on random panels with mixed directions and unequal weights", () => {
  const random = seededRandom(10);
  const cases = Array.from({ length: 40 }, (_, k) => {
    const n = 2 + Math.floor(random() * 30);
    const m = 2 + Math.floor(random() * 8);
    return {
      fn: "topsis",
      data: randomPanel(random, n, m),
      weights: unequalWeights(random, m),
      directions: mixedDirections(random, m),
      normalization: (k % 2 === 0 ? "vector" : "minmax") as TopsisNormalization,
    };
  });
  const expected = runMcdmOracle<number[]>(cases);

  it.each(cases.map((c, k) => [k, c.normalization, c.data.length, c.weights.length, c] as const))(
    "case %i (%s, %i×%i) agrees to 1e-12",
    (k, _norm, _n, _m, c) => {
      const got = topsis(fromRows(c.data), c.weights, c.directions as Direction[], c.normalization);
      expectClose(got, expected[k], 1e-12);
    },
  );
});

describe("edges", () => {
  it("a row at the ideal in every column has C = 1 exactly, one at the anti-ideal C = 0 exactly", () => {
    const x = fromRows([
      [10, 1, 5],
      [0, 9, 2],
      [4, 4, 4],
    ]);
    for (const norm of ["vector", "minmax"] as const) {
      const c = topsis(x, [1, 2, 3], [1, -1, 1], norm);
      expect(c[0]).toBe(1);
      expect(c[1]).toBe(0);
    }
  });

  it("scaling the weights or a column by a positive factor changes nothing (vector normalization is scale-free)", () => {
    const random = seededRandom(3);
    const data = randomPanel(random, 12, 4);
    const base = topsis(fromRows(data), [1, 2, 3, 4], [1, -1, 1, -1]);
    expectClose(topsis(fromRows(data), [10, 20, 30, 40], [1, -1, 1, -1]), Array.from(base), 1e-14);
    const scaled = data.map((r) => [r[0] * 1e6, r[1], r[2], r[3]]);
    expectClose(topsis(fromRows(scaled), [1, 2, 3, 4], [1, -1, 1, -1]), Array.from(base), 1e-12);
  });

  it("values near 1e200 do not overflow the vector norm", () => {
    const c = topsis(fromRows([[1e200], [3e200], [2e200]]), [1], undefined, "vector");
    expectClose(c, [0, 1, 0.5], 1e-15);
  });

  it("a column of zeros and a weight-0 column contribute nothing", () => {
    const base = topsis(fromRows([[1], [3], [2]]), [1]);
    expectClose(topsis(fromRows([[1, 0, 7], [3, 0, 1], [2, 0, 4]]), [1, 1, 0]), Array.from(base), 1e-15);
  });

  it("rejects fewer than 2 rows, counts that differ, bad weights and rows that do not differ", () => {
    expectMethodError(() => topsis(fromRows([[1, 2]]), [1, 1]), "value", /at least 2 objects/);
    expectMethodError(() => topsis(fromRows([[1, 2], [2, 1]]), [1]), "value", /weights has 1 entries; the data have 2 columns/);
    expectMethodError(() => topsis(fromRows([[1, 2], [2, 1]]), [1, 1], [1]), "value", /directions has 1 entries/);
    expectMethodError(() => topsis(fromRows([[1, 2], [2, 1]]), [1, -1]), "value", /weights item 2 is -1/);
    expectMethodError(() => topsis(fromRows([[1, 2], [1, 5]]), [1, 0]), "value", /no indicator with a positive weight varies/);
    expectMethodError(() => topsis(fromRows([[1, 2], [2, 1]]), [1, 1], undefined, "l1" as TopsisNormalization), "value", /use "vector" or "minmax"/);
  });
});

describe("survivor kills (mutation run core-topsis-ccd): whole messages and the option check on every path", () => {
  it("one row: the whole message names the row count (topsis.fewRows)", () => {
    const e = expectMethodError(() => topsis(fromRows([[1, 2]]), [1, 1]), "value", /^data has 1 row; TOPSIS ranks at least 2 objects$/);
    expect(renderMessage(e.text, "zh-CN")).toBe("data 只有 1 行；TOPSIS 至少需要 2 个评价对象");
  });

  it.each([
    ["with several positive weights", [1, 1]],
    ["even with one positive weight (the exact single-criterion path)", [1, 0]],
  ])("an unknown normalization is rejected with the whole message, %s", (_case, weights) => {
    const x = fromRows([
      [1, 2],
      [3, 5],
    ]);
    expectMethodError(
      () => topsis(x, weights, undefined, "bogus" as TopsisNormalization),
      "value",
      /^normalization is 'bogus'; use "vector" or "minmax"$/,
    );
  });
});
