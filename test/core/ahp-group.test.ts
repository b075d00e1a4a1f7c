/**
 * Group AHP by aggregation of individual judgements (src/core/ahp-group.ts): the weighted geometric
 * mean of Aczél & Saaty (1983) / Forman & Peniwati (1998), as AHP-OS aggregates its participants
 * (Goepel 2018), against hand computations, its defining properties, and an independent numpy
 * computation run inside the suite (test/core/oracles/mcdm_oracle.py).
 *
 * Published example: Bioconductor Prize (Dargahi; ddargahi/Prize inst/extdata/ind1–4.tsv and the
 * printed output of its man page AIJ.Rd, gaggregate(method = "geometric"), after Forman & Peniwati 1998).
 * AHP-OS and the BPMSG group template show results for their own sessions only.
 */
import fc from "fast-check";
import { aggregateJudgements, ahpConsistency, ahpWeights, completePairwiseMatrix, fromRows, toRows, type Matrix } from "../../src/core";
import { BPMSG_3, CONSISTENT_3, MATHMODELS_5, PRIZE_AIJ_PRINTED, PRIZE_EXPERTS } from "../support/published-vectors";
import { reciprocalMatrix } from "./support/arbitraries";
import { expectMethodError } from "./support/errors";
import { randomSaatyMatrix, runMcdmOracle, seededRandom } from "./support/mcdm-oracle";

const group = (ms: number[][][], w?: number[]) => toRows(aggregateJudgements(ms.map(fromRows), w));

describe("Prize (Bioconductor) AIJ example: four experts, equal weights", () => {
  it("reproduces the printed group matrix (7 significant digits)", () => {
    const g = toRows(aggregateJudgements(PRIZE_EXPERTS.map(completePairwiseMatrix)));
    g.forEach((r, i) => r.forEach((x, j) => expect(Math.abs(x / PRIZE_AIJ_PRINTED[i][j] - 1)).toBeLessThanOrEqual(1e-6)));
  });
});

describe("weighted geometric mean of the judgements", () => {
  it("two experts, equal weights: a_ij = √(a¹_ij·a²_ij) (hand computation: √(5·6) for BPMSG and the consistent 3×3)", () => {
    const g = group([BPMSG_3, CONSISTENT_3]);
    expect(g[0][1]).toBeCloseTo(Math.sqrt(5 * 6), 14);
    expect(g[0][2]).toBeCloseTo(Math.sqrt((1 / 3) * 3), 14);
    expect(g[1][2]).toBeCloseTo(Math.sqrt((1 / 7) * (1 / 2)), 14);
  });

  it("expert weights 0.75/0.25 (unscaled 3 and 1): a_ij = (a¹)^0.75·(a²)^0.25", () => {
    const g = group([BPMSG_3, CONSISTENT_3], [3, 1]);
    expect(g[0][1]).toBeCloseTo(5 ** 0.75 * 6 ** 0.25, 13);
  });

  it("keeps the reciprocal property (Aczél & Saaty 1983) and a diagonal of exactly 1", () => {
    const g = group([BPMSG_3, CONSISTENT_3, MATHMODELS_5.slice(0, 3).map((r) => r.slice(0, 3))], [1, 2, 3]);
    for (let i = 0; i < 3; i++) {
      expect(g[i][i]).toBe(1);
      for (let j = 0; j < 3; j++) expect(g[i][j] * g[j][i]).toBeCloseTo(1, 15);
    }
  });

  it("one expert, or identical experts, give that expert's matrix; a weight-0 expert does not count", () => {
    expect(group([MATHMODELS_5])).toEqual(MATHMODELS_5.map((r) => r.map((x) => expect.closeTo(x, 14))));
    expect(group([MATHMODELS_5, MATHMODELS_5, MATHMODELS_5], [1, 5, 2])).toEqual(MATHMODELS_5.map((r) => r.map((x) => expect.closeTo(x, 14))));
    expect(group([BPMSG_3, CONSISTENT_3], [1, 0])).toEqual(BPMSG_3.map((r) => r.map((x) => expect.closeTo(x, 14))));
  });

  it("experts who are each consistent give a consistent group (CR = 0): geometric means of consistent matrices are consistent", () => {
    const a = [[1, 2, 4], [1 / 2, 1, 2], [1 / 4, 1 / 2, 1]];
    const g = aggregateJudgements([fromRows(a), fromRows(CONSISTENT_3)], [2, 1]);
    expect(ahpConsistency(g).cr).toBeLessThan(1e-12);
  });

  it("property: every group judgement lies between the experts' smallest and largest", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 6 }).chain((n) => fc.array(reciprocalMatrix(n, n), { minLength: 2, maxLength: 4 })), (ms) => {
        const g = group(ms);
        const n = ms[0].length;
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            const xs = ms.map((m) => m[i][j]);
            expect(g[i][j]).toBeGreaterThanOrEqual(Math.min(...xs) * (1 - 1e-14));
            expect(g[i][j]).toBeLessThanOrEqual(Math.max(...xs) * (1 + 1e-14));
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("against numpy (mcdm_oracle.py: exp(Σ λ log A)) on random experts with unequal weights", () => {
  const random = seededRandom(50);
  const cases = Array.from({ length: 20 }, () => {
    const n = 2 + Math.floor(random() * 8);
    const k = 2 + Math.floor(random() * 5);
    return { fn: "ahpgroup", matrices: Array.from({ length: k }, () => randomSaatyMatrix(random, n)), weights: Array.from({ length: k }, () => 0.1 + random()) };
  });
  const expected = runMcdmOracle<number[][]>(cases);

  it.each(cases.map((c, k) => [k, c.matrices.length, c.matrices[0].length, c] as const))("case %i (%i experts, %i×%i… ) agrees to 1e-13 relative", (k, _k, _n, c) => {
    const g = group(c.matrices, c.weights);
    g.forEach((r, i) => r.forEach((x, j) => expect(Math.abs(x / expected[k][i][j] - 1)).toBeLessThanOrEqual(1e-13)));
    // The group matrix feeds AHP like any other.
    expect(ahpWeights(aggregateJudgements(c.matrices.map(fromRows), c.weights)).length).toBe(c.matrices[0].length);
  });
});

describe("errors", () => {
  const three: Matrix = fromRows(CONSISTENT_3);
  it("rejects no matrices, sizes that differ, a weight count ≠ k and bad weights", () => {
    expectMethodError(() => aggregateJudgements([]), "value", /no comparison matrix/);
    expectMethodError(() => aggregateJudgements([three, fromRows(MATHMODELS_5)]), "value", /expert 2's matrix is 5×5; expert 1's is 3×3/);
    expectMethodError(() => aggregateJudgements([three, three], [1]), "value", /weights has 1 entries; there are 2 experts/);
    expectMethodError(() => aggregateJudgements([three, three], [1, -1]), "value", /weights item 2 is -1/);
    expectMethodError(() => aggregateJudgements([three, three], [0, 0]), "value", /weights sum to 0/);
  });
});
