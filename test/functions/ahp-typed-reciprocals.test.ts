/**
 * Tester (break3), from source (under the mutation run's roots; the built bundle:
 * test/tester-findings/ahp-typed-reciprocals-bundle.test.ts): a comparison matrix whose lower triangle is typed in decimals (0.333 below a 3,
 * as researchers paste matrices from papers) or whose upper triangle holds the decimal and the
 * lower the whole judgement. method.md §3 accepts such a pair when a_ij·a_ji is within 1 % of 1;
 * §1.3 defines the matrix as reciprocal, a_ji = 1/a_ij.
 *
 * Fault found: both typed values were kept, so the matrix was not reciprocal: a consistent set of
 * judgements (1, 2, 4 with 0.501 typed for 1/2) got CI > 0, with 0.499 λmax < n was shown beside
 * CI = 0, AHP(M) differed from AHP(AHPGROUP(M)) for one expert, and AHPGROUP printed 3.003 where
 * the expert had typed 3. The analysis configuration kept the upper value (0.333 over 3 became
 * a_12 = 0.333, below it =1/0.333 = 3.003) and called a diagonal of 20 off Saaty's scale.
 *
 * Oracles: the same matrix with its lower triangle left blank (method.md §3: filled with exact
 * reciprocals), and Saaty (1990): a consistent reciprocal matrix a_ij = w_i/w_j has λmax = n, CI = 0
 * and weights w (here 4/7, 2/7, 1/7).
 */
import { loadSourceFunctions, type SourceFunctions } from "./support/source-functions";
import { validateAnalysisConfig } from "../../src/plan/analysis-config";
import { COMBINED_CONFIG } from "../plan/fixtures";

let src: SourceFunctions;
beforeAll(async () => {
  src = await loadSourceFunctions();
});
const call = (id: string, ...args: unknown[]) => src.byId.get(id)!(...args) as unknown[][];
const readout = (m: unknown[][]) => Object.fromEntries(call("AHPCONSISTENCY", m, null)) as Record<string, number | boolean>;

const N = null;
const BLANK_LOWER = [
  [1, 2, 4],
  [N, 1, 2],
  [N, N, 1],
];
// 1/2 typed as 0.499 or 0.501 (within 1 % of the reciprocal), 1/4 as 0.25.
const TYPED_LOWER = (half: number) => [
  [1, 2, 4],
  [half, 1, 2],
  [0.25, half, 1],
];

describe("a consistent matrix with its reciprocals typed in decimals", () => {
  it.each([0.499, 0.5, 0.501])("lower 1/2 typed as %s: λmax = 3, CI = CR = 0, weights 4/7, 2/7, 1/7 as with a blank lower triangle", (half) => {
    const c = readout(TYPED_LOWER(half));
    expect(c.lambda_max).toBeCloseTo(3, 12);
    expect(c.CI).toBeLessThan(1e-12);
    expect(c.CR).toBeLessThan(1e-12);
    expect(call("AHP", TYPED_LOWER(half), null)).toEqual(call("AHP", BLANK_LOWER, null));
    [4 / 7, 2 / 7, 1 / 7].forEach((w, i) => expect(call("AHP", TYPED_LOWER(half), null)[i][0]).toBeCloseTo(w, 14));
  });

  it("every method and AHPSUGGEST read 3 over 0.333 exactly as 3 over a blank", () => {
    const typed = [
      [1, 3, 5],
      [0.333, 1, 2],
      [0.2, 0.5, 1],
    ];
    const blank = [
      [1, 3, 5],
      [N, 1, 2],
      [N, N, 1],
    ];
    for (const method of ["eigen", "geometric", "arithmetic"]) expect(call("AHP", typed, method)).toEqual(call("AHP", blank, method));
    expect(call("AHPCONSISTENCY", typed, "alonso")).toEqual(call("AHPCONSISTENCY", blank, "alonso"));
    expect(call("AHPSUGGEST", typed, 3, null)).toEqual(call("AHPSUGGEST", blank, 3, null));
  });
});

describe("the whole judgement below the diagonal, its decimal above", () => {
  const m = [
    [1, 0.333],
    [3, 1],
  ];
  it("AHPGROUP of one expert keeps the 3 the expert typed (not 1/0.333 = 3.003) and its exact reciprocal", () => {
    expect(call("AHPGROUP", m, null)).toEqual([
      [1, 1 / 3],
      [3, 1],
    ]);
  });
  it("AHP of the matrix equals AHP of its one-expert group matrix: weights 1/4, 3/4", () => {
    const direct = call("AHP", m, null);
    expect(direct).toEqual(call("AHP", call("AHPGROUP", m, null), null));
    expect(direct[0][0]).toBeCloseTo(0.25, 15);
    expect(direct[1][0]).toBeCloseTo(0.75, 15);
  });
});

describe("the analysis configuration (wizard and demo) reads a pair given twice as RECC.AHP does", () => {
  const withSupport = (support: unknown) => ({ ...COMBINED_CONFIG, weighting: { ...COMBINED_CONFIG.weighting, ahp: { level: "subsystem", matrices: { support } } } });
  it.each([
    ["3 over 0.333", [[1, 3], [0.333, 1]], 3],
    ["0.333 over 3", [[1, 0.333], [3, 1]], 1 / 3],
    ["'1/3 over 3", [[1, "1/3"], [3, 1]], 1 / 3],
  ])("%s: the upper judgement the sheet writes is RECC.AHP's a_12", (_label, matrix, a12) => {
    const c = validateAnalysisConfig(withSupport(matrix));
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.config.weighting.ahp.matrices.support).toEqual([
      [1, a12],
      [null, 1],
    ]);
    expect(call("AHPGROUP", matrix, null)[0][1]).toBe(a12);
  });
  it("a diagonal of 20 is named as a diagonal, as RECC.AHP names it", () => {
    const c = validateAnalysisConfig(withSupport([[20, 3], [null, 1]]));
    expect(c.ok ? [] : c.errors).toContain("weighting.ahp.matrices.support[0][0] is 20; the diagonal must be 1");
  });
});
