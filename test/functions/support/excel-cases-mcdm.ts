/**
 * Excel-shaped calls of the issue 10 functions (AHPGROUP, AHPSUGGEST, CRITICWEIGHTS, TOPSIS, CCD,
 * CCDLEVEL, COMBINEWEIGHTS "game") with their expected results; appended to EXCEL_CASES, so both the
 * source functions and the built bundle run them. Oracles:
 *   [skc]  scikit-criteria tests/agg/test_topsis.py test_TOPSIS_tzeng2011multiple (Tzeng & Huang 2011)
 *   [pym]  pymcdm test/test_mcdm.py TestTOPSIS (Opricovic & Tzeng 2004); test/test_weights.py
 *          TestCRITICWeights (Tuş & Adalı 2019)
 *   [mm]   zhjx19/mathmodels docs/reference/combine_weights.md ("game_linear") and system_evaluation.md
 *   [prize] Bioconductor Prize inst/extdata/ind1–4.tsv and the AIJ its man page prints
 *   [hand] a hand computation given beside the case; [numpy] test/core/oracles/mcdm_oracle.py
 */
import { CCD_ADJUSTED_PRINTED, CCD_STANDARD_PRINTED, OBSTACLE_U as U, PRIZE_AIJ_PRINTED, PRIZE_EXPERTS } from "../../support/published-vectors";
import type { ExcelCase } from "./excel-cases";

function near(result: unknown, expected: (number | string)[][], tol: number): void {
  expect(Array.isArray(result)).toBe(true);
  const rows = result as unknown[][];
  expect(rows.map((r) => r.length)).toEqual(expected.map((r) => r.length));
  rows.forEach((r, i) =>
    r.forEach((v, j) => {
      const e = expected[i][j];
      if (typeof e === "string") expect(v).toBe(e);
      else expect(Math.abs((v as number) - e)).toBeLessThanOrEqual(tol);
    }),
  );
}

/** The BPMSG template example (published vector 4) as typed: text fractions, lower triangle blank. */
const BPMSG_TYPED = [
  [1, 5, "1/3"],
  [null, 1, "1/7"],
  [null, null, 1],
];
/** Published vector 3 (gluc/ahp), consistent, lower triangle given as blanks arriving as 0. */
const CONSISTENT_TYPED = [
  [1, 6, 3],
  [0, 1, "1/2"],
  [0, 0, 1],
];

export const MCDM_EXCEL_CASES: ExcelCase[] = [
  {
    name: "TOPSIS Tzeng & Huang 2011, vector normalization (default), weights as a row",
    id: "TOPSIS",
    args: [[[5, 8, 4], [7, 6, 8], [8, 8, 6], [7, 4, 6]], [[0.3, 0.4, 0.3]], null, null],
    // [skc] 0.5037, 0.6581, 0.7482, 0.3340 (atol 1e-4 as the source)
    check: (r) => near(r, [[0.5037], [0.6581], [0.7482], [0.334]], 1e-4),
  },
  {
    name: "TOPSIS Opricovic & Tzeng 2004, \"minmax\", directions as words, weights as a column",
    id: "TOPSIS",
    args: [[[1, 3000], [2, 3750], [5, 4500]], [[0.5], [0.5]], [["cost", "benefit"]], "MinMax"],
    // [pym] 0.500, 0.617, 0.500
    check: (r) => near(r, [[0.5], [0.617], [0.5]], 5e-4),
  },
  {
    name: "CRITICWEIGHTS Tuş & Adalı 2019 (5×6, all benefit)",
    id: "CRITICWEIGHTS",
    args: [[[5000, 3, 3, 4, 3, 2], [680, 5, 3, 2, 2, 1], [2000, 3, 2, 3, 4, 3], [600, 4, 3, 1, 2, 2], [800, 2, 4, 3, 3, 4]], null],
    // [pym] 0.157, 0.249, 0.168, 0.121, 0.154, 0.151 (3 places)
    check: (r) => near(r, [[0.157, 0.249, 0.168, 0.121, 0.154, 0.151]], 5e-4),
  },
  {
    name: "COMBINEWEIGHTS \"game\", objective as a column → a column",
    id: "COMBINEWEIGHTS",
    args: [[[0.4, 0.3, 0.2, 0.1]], [[0.25], [0.2], [0.3], [0.25]], "game", null],
    // [mm] combine_weights.md type "game_linear": 0.3735683 0.2823789 0.2176211 0.1264317
    check: (r) => near(r, [[0.3735683], [0.2823789], [0.2176211], [0.1264317]], 5e-8),
  },
  {
    name: "CCD standard, equal weights (A–F × 3 systems)",
    id: "CCD",
    args: [U, null, null],
    // [mm] system_evaluation.md coupling, coord, coupling_coord (3 places; scores = published vector 7)
    check: (r) => near(r, CCD_STANDARD_PRINTED, 5e-4 + 1e-12),
  },
  {
    name: "CCD \"adjusted\", weights 0.4, 0.3, 0.3 as a column",
    id: "CCD",
    args: [U, [[0.4], [0.3], [0.3]], "adjusted"],
    // [mm] system_evaluation.md type = "adjusted" (3 places)
    check: (r) => near(r, CCD_ADJUSTED_PRINTED, 5e-4 + 1e-12),
  },
  {
    name: "CCDLEVEL of a 2×3 block, boundaries (a, b] and a float that misses 0.3 by an ulp",
    id: "CCDLEVEL",
    args: [[[0, 0.1, 0.1 + 0.2], [0.35, 0.9000000000000001, 1]], null],
    // [hand] Tian et al. 2021 classes; 0.1 + 0.2 lies on 0.3 (method.md §1.8)
    check: (r) =>
      expect(r).toEqual([
        ["extreme imbalance", "extreme imbalance", "moderate imbalance"],
        ["mild imbalance", "good coordination", "high-quality coordination"],
      ]),
  },
  {
    name: "CCDLEVEL with 10 labels in a 2×5 block read row by row",
    id: "CCDLEVEL",
    args: [[[0.05], [0.55], [0.95]], [["c1", "c2", "c3", "c4", "c5"], ["c6", "c7", "c8", "c9", "c10"]]],
    check: (r) => expect(r).toEqual([["c1"], ["c6"], ["c10"]]),
  },
  {
    name: "AHPGROUP of Prize's four experts stacked (16×4), lower triangles blank, equal weights",
    id: "AHPGROUP",
    args: [PRIZE_EXPERTS.flat(), null],
    // [prize] the printed group matrix, 7 significant digits
    check: (r) => near(r, PRIZE_AIJ_PRINTED, 5e-7),
  },
  {
    name: "AHPGROUP of two typed grids stacked (6×3), expert weights 3 and 1",
    id: "AHPGROUP",
    args: [[...BPMSG_TYPED, ...CONSISTENT_TYPED], [[3, 1]]],
    // [hand] a_ij = (a¹_ij)^0.75·(a²_ij)^0.25: 5^0.75·6^0.25, (1/3)^0.75·3^0.25, (1/7)^0.75·(1/2)^0.25
    check: (r) => {
      const a12 = 5 ** 0.75 * 6 ** 0.25;
      const a13 = (1 / 3) ** 0.75 * 3 ** 0.25;
      const a23 = (1 / 7) ** 0.75 * (1 / 2) ** 0.25;
      near(r, [[1, a12, a13], [1 / a12, 1, a23], [1 / a13, 1 / a23, 1]], 1e-13);
    },
  },
  {
    name: "AHPSUGGEST of the BPMSG example as typed, k = 4: three tied judgements, then a padded row",
    id: "AHPSUGGEST",
    args: [BPMSG_TYPED, 4, null],
    // [hand] w = 0.279, 0.072, 0.649 → suggestions 4, 1/2, 1/9; CR after [numpy] mcdm_oracle.py
    check: (r) => {
      const rows = r as unknown[][];
      expect(rows.map((x) => x.slice(0, 4))).toEqual([
        [1, 2, 5, 4],
        [1, 3, 1 / 3, 1 / 2],
        [2, 3, 1 / 7, 1 / 9],
        ["", "", "", ""],
      ]);
      expect(rows[3][4]).toBe("");
      for (const x of rows.slice(0, 3)) expect(x[4] as number).toBeLessThan(0.0559);
    },
  },
];
