/**
 * Excel-shaped calls of every RECC function with their expected results, shared by the unit test
 * (src imported directly) and the bundle-contract test (dist/functions.js in a bare context).
 *
 * Inputs look like what Excel passes: ranges as any[][] (rows of cells), vectors as one row or one
 * column, AHP judgements as text fractions ('1/3) with a blank lower triangle, omitted optional
 * arguments as null. Each expected number names its oracle:
 *   [PV n]   ../shared/cases/published-vectors.md, vector n (with the source it cites)
 *   [paper]  the seed paper's printed figures, ../shared/method.md §2
 *   [numpy]  test/functions/oracles/functions_oracle.py (independent numpy computation)
 */

// Vector 5 (5 regions × 3 indicators), vector 7 (normalized scores U, rows A–F) and the seed
// paper's rows, with their sources: test/support/published-vectors.ts.
import { ENTROPY_5, OBSTACLE_U, SEED_ROWS } from "../../support/published-vectors";
import { MCDM_EXCEL_CASES } from "./excel-cases-mcdm";

export type Fn = (...args: unknown[]) => unknown;

/** What a case's check receives: the result and a way to recognize Excel error cells. */
export interface CheckContext {
  isError(value: unknown, code: string): boolean;
}

export interface ExcelCase {
  readonly name: string;
  readonly id: string;
  readonly args: unknown[];
  check(result: unknown, ctx: CheckContext): void;
}

/** Vector 2 as a user would type it: upper triangle with '1/2 etc. as text, lower triangle blank. */
const MATHMODELS_5_TYPED = [
  [1, "1/2", 4, 3, 3],
  [null, 1, 7, 5, 5],
  [null, null, 1, "1/2", "1/3"],
  [null, null, null, 1, 1],
  [null, null, null, null, 1],
];

/** Vector 1, Saaty's drinks matrix, fully typed with text fractions. */
const DRINKS_TYPED = [
  [1, 9, 5, 2, 1, 1, "1/2"],
  ["1/9", 1, "1/3", "1/9", "1/9", "1/9", "1/9"],
  ["1/5", 3, 1, "1/3", "1/4", "1/3", "1/9"],
  ["1/2", 9, 3, 1, "1/2", 1, "1/3"],
  [1, 9, 4, 2, 1, 2, "1/2"],
  [1, 9, 3, 1, "1/2", 1, "1/3"],
  [2, 9, 9, 3, 2, 3, 1],
];

/** [paper] rows of ../shared/method.md §2 as columns: S, P, printed C, grade, region. */
const SEED = SEED_ROWS.map((r) => [r.s, r.p, r.c, r.grade, r.region] as const);
const SEED_S = SEED.map((r) => [r[0]]);
const SEED_P = SEED.map((r) => [r[1]]);

function closeRows(result: unknown, expected: number[][], digits: number): void {
  expect(Array.isArray(result)).toBe(true);
  const rows = result as unknown[][];
  expect(rows.length).toBe(expected.length);
  rows.forEach((r, i) => {
    expect(r.length).toBe(expected[i].length);
    r.forEach((v, j) => expect(v as number).toBeCloseTo(expected[i][j], digits));
  });
}

const col = (xs: number[]) => xs.map((x) => [x]);

export const EXCEL_CASES: ExcelCase[] = [
  {
    name: "NORMALIZE vector 5 with directions +,+,- (column of words)",
    id: "NORMALIZE",
    args: [ENTROPY_5, [["benefit"], ["+"], ["cost"]], null, null],
    // [numpy] functions_oracle.py NORMALIZE(X, D)
    check: (r) =>
      closeRows(
        r,
        [
          [0.5625, 0.212121212121, 0.736842105263],
          [0, 0.727272727273, 0.894736842105],
          [1, 0, 0],
          [0.265625, 0.515151515152, 0.315789473684],
          [0.171875, 1, 1],
        ],
        10,
      ),
  },
  {
    name: "NORMALIZE onto [2, 5]",
    id: "NORMALIZE",
    args: [ENTROPY_5, [[1, 1, -1]], 2, 5],
    // [numpy] functions_oracle.py NORMALIZE(X, D, 2, 5) row 1
    check: (r) => expect((r as number[][])[0].map((x) => Number(x.toFixed(10)))).toEqual([3.6875, 2.6363636364, 4.2105263158]),
  },
  {
    name: "ENTROPY vector 5, shift 0",
    id: "ENTROPY",
    args: [ENTROPY_5, [[1, 1, -1]], null],
    // [PV 5] e = 0.734647, 0.786306, 0.816760
    check: (r) => closeRows(r, [[0.734647, 0.786306, 0.81676]], 6),
  },
  {
    name: "ENTROPYWEIGHTS vector 5, shift 0 (directions as a column)",
    id: "ENTROPYWEIGHTS",
    args: [ENTROPY_5, [[1], [1], [-1]], null],
    // [PV 5] w = 0.400661, 0.322661, 0.276678
    check: (r) => closeRows(r, [[0.400661, 0.322661, 0.276678]], 6),
  },
  {
    name: "ENTROPYWEIGHTS vector 5, shift 0.01",
    id: "ENTROPYWEIGHTS",
    args: [ENTROPY_5, [["+", "+", "-"]], 0.01],
    // [PV 5] shift 0.01: w = 0.398822, 0.322823, 0.278355
    check: (r) => closeRows(r, [[0.398822, 0.322823, 0.278355]], 6),
  },
  {
    name: "AHP vector 2 typed with fractions and a blank lower triangle",
    id: "AHP",
    args: [MATHMODELS_5_TYPED, null],
    // [PV 2] weights 0.26360349, 0.47583538, 0.05381460, 0.09806829, 0.10867824
    check: (r) => closeRows(r, col([0.26360349, 0.47583538, 0.0538146, 0.09806829, 0.10867824]), 7),
  },
  {
    name: "AHP vector 1 (drinks), eigenvector",
    id: "AHP",
    args: [DRINKS_TYPED, "eigen"],
    // [PV 1] 0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327 (3 decimals as published)
    check: (r) => closeRows(r, col([0.177, 0.019, 0.042, 0.116, 0.19, 0.129, 0.327]), 3),
  },
  {
    name: "AHP vector 3 (consistent) by the geometric method",
    id: "AHP",
    args: [[[1, 6, 3], ["1/6", 1, "1/2"], ["1/3", 2, 1]], " Geometric "],
    // [PV 3] exactly 2/3, 1/9, 2/9 by every method
    check: (r) => closeRows(r, col([2 / 3, 1 / 9, 2 / 9]), 12),
  },
  {
    name: "AHP vector 4 (BPMSG)",
    id: "AHP",
    args: [[[1, 5, "1/3"], [null, 1, "1/7"], [null, null, 1]], null],
    // [PV 4] 27.9 %, 7.2 %, 64.9 %
    check: (r) => closeRows(r, col([0.279, 0.072, 0.649]), 3),
  },
  {
    name: "AHPCR vector 2 (Saaty RI)",
    id: "AHPCR",
    args: [MATHMODELS_5_TYPED, null],
    // [PV 2] CR 0.01609027 (RI 1.12)
    check: (r) => expect(r as number).toBeCloseTo(0.01609027, 7),
  },
  {
    name: "AHPCR vector 1 (drinks)",
    id: "AHPCR",
    args: [DRINKS_TYPED, "saaty"],
    // [PV 1] [ours] CR (Saaty RI 1.32) = 0.02230
    check: (r) => expect(r as number).toBeCloseTo(0.0223, 4),
  },
  {
    name: "AHPCR with RI given as a number",
    id: "AHPCR",
    args: [MATHMODELS_5_TYPED, 1.12],
    // [PV 2] CR 0.01609027 with RI 1.12
    check: (r) => expect(r as number).toBeCloseTo(0.01609027, 7),
  },
  {
    name: "AHPCONSISTENCY vector 2",
    id: "AHPCONSISTENCY",
    args: [MATHMODELS_5_TYPED, null],
    // [PV 2] λmax 5.072084; CI 0.0180211; RI 1.12; CR 0.01609027 → consistent (CR < 0.1)
    check: (r) => {
      const rows = r as unknown[][];
      expect(rows.map((x) => x[0])).toEqual(["lambda_max", "CI", "RI", "CR", "consistent"]);
      expect(rows[0][1] as number).toBeCloseTo(5.072084, 6);
      expect(rows[1][1] as number).toBeCloseTo(0.0180211, 7);
      expect(rows[2][1]).toBe(1.12);
      expect(rows[3][1] as number).toBeCloseTo(0.01609027, 7);
      expect(rows[4][1]).toBe(true);
    },
  },
  {
    name: "AHPCONSISTENCY vector 4 with the alonso table",
    id: "AHPCONSISTENCY",
    args: [[[1, 5, "1/3"], ["1/5", 1, "1/7"], [3, 7, 1]], "alonso"],
    // [PV 4] [ours] λmax 3.0649; RI(3) alonso 0.5245 (method.md §1.3); CR = CI/RI with CI and CR from
    // numpy (test/core/oracles/ahp_oracle.py, run in test/core/python-oracles.test.ts), not from our λmax.
    check: (r) => {
      const rows = r as unknown[][];
      expect(rows[0][1] as number).toBeCloseTo(3.0649, 4);
      expect(Math.abs((rows[1][1] as number) - 0.03244378993640984)).toBeLessThanOrEqual(1e-10);
      expect(rows[2][1]).toBe(0.5245);
      expect(Math.abs((rows[3][1] as number) - 0.06185660617046681)).toBeLessThanOrEqual(1e-10);
      expect(rows[4][1]).toBe(true);
    },
  },
  {
    name: "COMBINEWEIGHTS multiplicative, objective as a row → row",
    id: "COMBINEWEIGHTS",
    args: [[[0.4], [0.3], [0.2], [0.1]], [[0.25, 0.2, 0.3, 0.25]], null, null],
    // [PV 6] multiplicative: 0.4081633, 0.2448980, 0.2448980, 0.1020408
    check: (r) => closeRows(r, [[0.4081633, 0.244898, 0.244898, 0.1020408]], 7),
  },
  {
    name: "COMBINEWEIGHTS linear α = 0.6, objective as a column → column",
    id: "COMBINEWEIGHTS",
    args: [[[0.4, 0.3, 0.2, 0.1]], [[0.25], [0.2], [0.3], [0.25]], "linear", 0.6],
    // [PV 6] linear α = 0.6: 0.34, 0.26, 0.24, 0.16
    check: (r) => closeRows(r, col([0.34, 0.26, 0.24, 0.16]), 12),
  },
  {
    name: "COMBINEWEIGHTS geometric",
    id: "COMBINEWEIGHTS",
    args: [[[0.4, 0.3, 0.2, 0.1]], [[0.25, 0.2, 0.3, 0.25]], "GEOMETRIC", null],
    // [PV 6] geometric (√): 0.3279556, 0.2540333, 0.2540333, 0.1639778
    check: (r) => closeRows(r, [[0.3279556, 0.2540333, 0.2540333, 0.1639778]], 7),
  },
  {
    name: "SUPPORT of raw vector 5 with directions and weights 2,1,1",
    id: "SUPPORT",
    args: [ENTROPY_5, [[2, 1, 1]], [[1, 1, -1]]],
    // [numpy] functions_oracle.py SUPPORT(X, {2,1,1}, D)
    check: (r) => closeRows(r, col([0.518490829346, 0.405502392344, 0.5, 0.340547747209, 0.5859375]), 10),
  },
  {
    name: "PRESSURE of already-normalized vector 7 with equal weights (no directions)",
    id: "PRESSURE",
    args: [OBSTACLE_U, [[1], [1], [1]], null],
    // [PV 7] row means of U (equal weights): Σ x·w with w = 1/3 each — hand computation from the published U
    check: (r) => closeRows(r, col(OBSTACLE_U.map((row) => (row[0] + row[1] + row[2]) / 3)), 12),
  },
  {
    name: "INDEX on the paper's S and P",
    id: "INDEX",
    args: [SEED_P, SEED_S],
    // [paper] C printed, reproduced to ±0.0003 (method.md §2)
    check: (r) => {
      const rows = r as number[][];
      expect(rows.length).toBe(SEED.length);
      rows.forEach((x, i) => expect(Math.abs(x[0] - SEED[i][2])).toBeLessThanOrEqual(0.0003));
    },
  },
  {
    name: "INDEX: S = 0 gives #DIV/0! and an overflowing quotient #NUM! in that cell only",
    id: "INDEX",
    args: [[[0.3382, 0.2, 1e300]], [[0.451, 0, 1e-300]]],
    // [paper] 0.3382/0.451 = C 0.7498 (Bayan Obo 2012); method.md §4 for the error cells
    check: (r, ctx) => {
      const row = (r as unknown[][])[0];
      expect(row[0] as number).toBeCloseTo(0.7498, 3);
      expect(ctx.isError(row[1], "#DIV/0!")).toBe(true);
      expect(ctx.isError(row[2], "#NUM!")).toBe(true);
    },
  },
  {
    name: "GRADE on the paper's S and P",
    id: "GRADE",
    args: [SEED_S, SEED_P, null, null],
    // [paper] grades V, V, II, II, II, V, II, II, II (method.md §2; Table 3)
    check: (r) => expect(r).toEqual(SEED.map((x) => [x[3]])),
  },
  {
    name: "REGION on the paper's S and P",
    id: "REGION",
    args: [SEED_S, SEED_P, null],
    // [paper] regions (method.md §2; Table 4)
    check: (r) => expect(r).toEqual(SEED.map((x) => [x[4]])),
  },
  {
    name: "REGION with the user's own labels (a column of 4)",
    id: "REGION",
    args: [[[0.4241, 0.4188]], [[0.1439, 0.5253]], [["HS"], ["LS"], ["LL"], ["HL"]]],
    // [paper] Pingyuan 2012 high-value surplus, Bayan Obo 2019 low-value load
    check: (r) => expect(r).toEqual([["HS", "LL"]]),
  },
  {
    name: "OBSTACLE of vector 7, equal weights",
    id: "OBSTACLE",
    args: [OBSTACLE_U, [[1, 1, 1]], null],
    // [PV 7] [ours] A 0.4022, 0.2976, 0.3002; B 0.4650, 0.1797, 0.3553; F 0.0224, 0.7951, 0.1825
    check: (r) => {
      const rows = r as number[][];
      expect(rows.length).toBe(6);
      closeRows([rows[0], rows[1], rows[5]], [[0.4022, 0.2976, 0.3002], [0.465, 0.1797, 0.3553], [0.0224, 0.7951, 0.1825]], 4);
    },
  },
  {
    name: "TOPOBSTACLES of vector 7 shares, k = 2, labels as a column",
    id: "TOPOBSTACLES",
    args: [
      [[0.4022, 0.2976, 0.3002], [0.465, 0.1797, 0.3553], [0.0224, 0.7951, 0.1825]],
      [["x1"], ["x2"], ["x3"]],
      2,
    ],
    // [PV 7] rows A, B, F: largest first
    check: (r) => expect(r).toEqual([["x1", "x3"], ["x1", "x3"], ["x2", "x3"]]),
  },
  {
    name: "TOPOBSTACLES pads with \"\" beyond the indicators with a positive degree (default k = 5)",
    id: "TOPOBSTACLES",
    args: [[[0.4022, 0.2976, 0.3002], [0, 0, 0]], [["x1", "x2", "x3"]], null],
    // [PV 7] row A order x1, x3, x2; an all-zero row lists nothing (method.md §3)
    check: (r) => expect(r).toEqual([["x1", "x3", "x2", "", ""], ["", "", "", "", ""]]),
  },
  {
    name: "GROUPSUM of vector 7 obstacle shares, groups x, y, x",
    id: "GROUPSUM",
    args: [[[0.402158361607, 0.297592282222, 0.300249356171], [0.022449712644, 0.795079022989, 0.182471264368]], [["x", "y", "x"]]],
    // [numpy] functions_oracle.py GROUPSUM(OBSTACLE(U), {x,y,x}) rows A and F
    check: (r) => closeRows(r, [[0.702407717778, 0.297592282222], [0.204920977011, 0.795079022989]], 10),
  },
  // Issue 10's functions (oracles named in that file).
  ...MCDM_EXCEL_CASES,
];
