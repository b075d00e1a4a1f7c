/**
 * What the help pages say beyond the JSDoc of functions.ts (which gives each function's description,
 * parameters and result, read through the metadata generator): an example formula, the errors
 * specific to the function, and the source of its formula. Together they are the one source of
 * docs/functions/*.html (written by `npm run docs:help`) and of the README's function reference.
 *
 * Examples share one sheet layout, described on the index page (LAYOUT).
 */
import type { FunctionId } from "../params";

export interface HelpEntry {
  /** One formula as a user types it. */
  readonly example: string;
  /** What the example computes, in a sentence. */
  readonly exampleNote: string;
  /** Errors specific to this function (the common input rules are on every page). */
  readonly errors: readonly string[];
  /** Where the formula comes from. */
  readonly source: string;
}

export const LAYOUT =
  "The examples assume one sheet: indicator names in B1:AE1 (support B–Q, pressure R–AE), directions in B2:AE2, " +
  "the panel in rows 3–50 (6 areas × 8 years), entropy weights in row 52, AHP weights in row 53, combined weights in " +
  "row 54, subsystem names in row 55, an AHP comparison matrix in T58:W61, S in AG3:AG50, P in AH3:AH50 and the " +
  "support-side obstacle degrees spilled from AK3.";

const SEED = "Seed paper (rare-earth mining areas' resource and environmental carrying capacity)";
const ENTROPY_SOURCE = `${SEED}, eq. (3)–(5); Shannon entropy with k = 1/ln n (Zou, Yun & Sun 2006).`;
const AHP_SOURCE =
  "Saaty, T.L. (1990) How to make a decision: the analytic hierarchy process, EJOR 48, 9–26 (eigenvector, RI table, CR < 0.1); " +
  "Alonso & Lamata (2006), Int. J. Uncertainty, Fuzziness and Knowledge-Based Systems 14(4) 445–459 (RI table \"alonso\").";
const PANEL_ERRORS = [
  "#VALUE! when data has fewer than 2 rows: min–max normalization needs a panel of objects.",
  "#VALUE! when directions does not have one entry per column of data, or an entry is not 1/-1, \"+\"/\"-\", \"benefit\"/\"cost\", \"positive\"/\"negative\".",
];
const WEIGHTED_ERRORS = [
  "#VALUE! when weights does not have one entry per column of data, a weight is negative, or the weights sum to 0.",
  "#VALUE! when directions is omitted and a data value lies outside [0, 1] (the message names the cell): give directions to normalize raw data.",
  "#VALUE! when directions is given and data has fewer than 2 rows.",
];
const AHP_MATRIX_ERRORS = [
  "#VALUE! when the matrix is not square, a judgement is not positive, a diagonal cell is not 1, both a_ij and a_ji are blank, or a_ij·a_ji differs from 1 by more than 1 %.",
  "#VALUE! for text that is neither a number nor a fraction such as '1/3.",
];
const UNIT_PAIR_ERRORS = [
  "#VALUE! when support and pressure differ in shape.",
  "#VALUE! when a value lies outside [0, 1] (the message names the cell).",
];

export const HELP: Readonly<Record<FunctionId, HelpEntry>> = {
  NORMALIZE: {
    example: "=RECC.NORMALIZE(B3:Q50, B2:Q2)",
    exampleNote: "the 48×16 normalized support indicators, each column scaled over all areas and years.",
    errors: [...PANEL_ERRORS, "#VALUE! when lower is not below upper."],
    source: `${SEED}, eq. (1)–(2) (min–max normalization with direction).`,
  },
  ENTROPY: {
    example: "=RECC.ENTROPY(B3:Q50, B2:Q2)",
    exampleNote: "a row of 16 entropies e_j, one per support indicator.",
    errors: [...PANEL_ERRORS, "#VALUE! when shift is not between 0 and 1."],
    source: ENTROPY_SOURCE,
  },
  ENTROPYWEIGHTS: {
    example: "=RECC.ENTROPYWEIGHTS(B3:Q50, B2:Q2)",
    exampleNote: "a row of 16 entropy weights summing to 1.",
    errors: [...PANEL_ERRORS, "#VALUE! \"no indicator varies\" when every column is constant.", "#VALUE! when shift is not between 0 and 1."],
    source: ENTROPY_SOURCE,
  },
  AHP: {
    example: "=RECC.AHP(T58:W61)",
    exampleNote: "a column of 4 priorities from a 4×4 comparison of the support subsystems.",
    errors: [...AHP_MATRIX_ERRORS, "#VALUE! for a method other than \"eigen\", \"geometric\" or \"arithmetic\"."],
    source: `${AHP_SOURCE} Row geometric mean: Crawford & Williams (1985).`,
  },
  AHPCR: {
    example: "=RECC.AHPCR(T58:W61)",
    exampleNote: "the consistency ratio of the comparison; below 0.1 counts as consistent.",
    errors: [
      ...AHP_MATRIX_ERRORS,
      "#N/A when the RI table does not cover n (\"saaty\" covers n ≤ 15; \"alonso\" any n).",
      "#VALUE! for an ri other than \"saaty\", \"alonso\" or a number from 0.1 to 2 (published RI tables lie in about 0.5–1.77).",
    ],
    source: AHP_SOURCE,
  },
  AHPCONSISTENCY: {
    example: "=RECC.AHPCONSISTENCY(T58:W61, \"alonso\")",
    exampleNote: "a 5×2 block: lambda_max, CI, RI, CR and consistent (TRUE/FALSE), with the Alonso–Lamata RI.",
    errors: [
      ...AHP_MATRIX_ERRORS,
      "#N/A when the RI table does not cover n (\"saaty\" covers n ≤ 15; \"alonso\" any n).",
      "#VALUE! for an ri other than \"saaty\", \"alonso\" or a number from 0.1 to 2 (published RI tables lie in about 0.5–1.77).",
    ],
    source: AHP_SOURCE,
  },
  COMBINEWEIGHTS: {
    example: "=RECC.COMBINEWEIGHTS(B53:Q53, B52:Q52)",
    exampleNote: "a row of 16 weights a·e/Σa·e combining the AHP weights (row 53) and the entropy weights (row 52).",
    errors: [
      "#VALUE! when the two vectors differ in length, a weight is negative, a side sums to 0, or no indicator has weight on both sides (multiplicative, geometric).",
      "#VALUE! for a method other than \"multiplicative\", \"linear\", \"geometric\" or \"game\", or alpha outside [0, 1].",
    ],
    source:
      "Combination of subjective and objective weights: zhjx19/mathmodels, docs/reference/combine_weights.md; ../shared/method.md §1.4. " +
      "\"game\": the game-theory combination w = α_a·a + α_e·e whose coefficients solve [a·a a·e; e·a e·e]·α = (a·a, e·e), scaled as |α|/Σ|α| " +
      "(mathmodels' type \"game_linear\"; its \"game\" is our \"geometric\").",
  },
  SUPPORT: {
    example: "=RECC.SUPPORT(B3:Q50, B54:Q54, B2:Q2)",
    exampleNote: "a column of 48 support indices S from the raw support indicators and their combined weights.",
    errors: WEIGHTED_ERRORS,
    source: `${SEED}, comprehensive evaluation: S = Σ x'·w over the support system.`,
  },
  PRESSURE: {
    example: "=RECC.PRESSURE(R3:AE50, R54:AE54, R2:AE2)",
    exampleNote: "a column of 48 pressure indices P from the raw pressure indicators and their combined weights.",
    errors: WEIGHTED_ERRORS,
    source: `${SEED}, comprehensive evaluation: P = Σ x'·w over the pressure system.`,
  },
  INDEX: {
    example: "=RECC.INDEX(AH3:AH50, AG3:AG50)",
    exampleNote: "a column of 48 carrying-capacity indices C = P/S (pressure first, as in the formula).",
    errors: [
      "#VALUE! when pressure and support differ in shape.",
      "#DIV/0! in each cell where S = 0, and #NUM! where the quotient overflows; the other cells keep their values.",
    ],
    source: `${SEED}, carrying-capacity index C = P/S (C < 1 surplus, C = 1 balance, C > 1 overload).`,
  },
  GRADE: {
    example: "=RECC.GRADE(AG3:AG50, AH3:AH50)",
    exampleNote: "a column of 48 grades I…IX from S and P with the cut points 1/3 and 2/3.",
    errors: [...UNIT_PAIR_ERRORS, "#VALUE! unless 0 < low < high < 1."],
    source:
      `${SEED}, Table 3 (grade = 3·level(P) + level(S) + 1). Levels [0, low), [low, high), [high, 1]: a value within 1e-12 of a cut point lies on it ` +
      "and takes the level above (1/3 is medium; ../shared/method.md §1.8).",
  },
  REGION: {
    example: "=RECC.REGION(AG3:AG50, AH3:AH50)",
    exampleNote: "a column of 48 coupling regions, e.g. \"low-value surplus\".",
    errors: [...UNIT_PAIR_ERRORS, "#VALUE! when labels is given without exactly 4 non-blank cells."],
    source:
      `${SEED}, Table 4 (regions between P = S², P = S and P = √S): P < S² high-value surplus, S² ≤ P ≤ S low-value surplus, S < P ≤ √S ` +
      "low-value load, P > √S high-value load. A point within 1e-12 of a curve lies on it: on P = S² it is low-value surplus (the region above), " +
      "on P = S low-value surplus and on P = √S low-value load (the regions below), so REGION(0.5, 0.5) is low-value surplus (../shared/method.md §1.8).",
  },
  OBSTACLE: {
    example: "=RECC.OBSTACLE(B3:Q50, B54:Q54, B2:Q2)",
    exampleNote: "the 48×16 obstacle degrees of the support indicators; each row sums to 1.",
    errors: WEIGHTED_ERRORS,
    source: `${SEED}, obstacle factor diagnosis (deviation 1 − x', share of the weighted deviation).`,
  },
  TOPOBSTACLES: {
    example: "=RECC.TOPOBSTACLES(AK3:AZ50, B1:Q1, 5)",
    exampleNote: "for each area-year, the names of its 5 largest obstacles, largest first.",
    errors: [
      "#VALUE! when labels does not have one entry per column of obstacles, or a label is blank.",
      "#VALUE! unless k is a whole number ≥ 1.",
      "#VALUE! when an obstacle degree lies outside [0, 1] (degrees are shares; the message names the cell).",
    ],
    source:
      `${SEED}, which lists the top 5 obstacle indicators per area. Ties: the largest remaining degree opens a group of the degrees within 1e-12 of it, ` +
      "listed in column order (../shared/method.md §1.9).",
  },
  GROUPSUM: {
    example: "=RECC.GROUPSUM(AK3:AZ50, B55:Q55)",
    exampleNote: "the obstacle degree of each subsystem per area-year (row 55 names each indicator's subsystem); =UNIQUE(B55:Q55, TRUE) gives the matching header row.",
    errors: ["#VALUE! when groups does not have one entry per column of values, or a group label is blank."],
    source: `${SEED}, subsystem obstacle degree = sum of its indicators' obstacle degrees.`,
  },
  AHPGROUP: {
    example: "=RECC.AHPGROUP(T63:W74, {0.5, 0.3, 0.2})",
    exampleNote:
      "the 4×4 group matrix of three experts' 4×4 comparisons stacked in T63:W74, weighted 0.5, 0.3 and 0.2; =RECC.AHP(RECC.AHPGROUP(…)) gives the group priorities.",
    errors: [
      "#VALUE! when the number of rows is not a multiple of the number of columns (k matrices of n×n stacked vertically); the message says so when the matrices stand side by side or blank rows separate them.",
      ...AHP_MATRIX_ERRORS.map((e) => e.replace("the matrix", "an expert's matrix")),
      "#VALUE! when weights does not have one entry per expert, a weight is negative, or the weights sum to 0.",
    ],
    source:
      "Aggregation of individual judgements by the weighted geometric mean: Aczél, J. & Saaty, T.L. (1983), J. Math. Psychology 27, 93–102; " +
      "Forman, E. & Peniwati, K. (1998), EJOR 108, 165–169; AHP-OS group input (Goepel, K.D. 2018, IJAHP 10(3), 469–487).",
  },
  AHPSUGGEST: {
    example: "=RECC.AHPSUGGEST(T58:W61)",
    exampleNote: "the 3 judgements of the grid most at odds with its own priorities, with the value to try and the CR it would give.",
    errors: [
      ...AHP_MATRIX_ERRORS,
      "#N/A when the RI table does not cover n (\"saaty\" covers n ≤ 15; \"alonso\" any n).",
      "#VALUE! unless k is a whole number ≥ 1; for an ri other than \"saaty\", \"alonso\" or a number from 0.1 to 2 (published RI tables lie in about 0.5–1.77).",
    ],
    source:
      "ε_ij = a_ij·w_j/w_i with eigenvector weights (Saaty, T.L. 2003, EJOR 145, 85–91), ranked by |ln ε_ij| as AHP-OS ranks its top 3 inconsistent " +
      "judgements (Goepel, K.D. 2018, IJAHP 10(3), 469–487; bpmsg/ahp-os, AhpCalc.php). The suggestion is w_i/w_j rounded to the nearest whole " +
      "intensity 1…9 on the heavier side, as AHP-OS proposes it; unlike AHP-OS, judgements that do not deviate, or whose suggestion equals the current judgement on Saaty's scale (3 → 3, 0.334 → 1/3), are not listed.",
  },
  CRITICWEIGHTS: {
    example: "=RECC.CRITICWEIGHTS(B3:Q50, B2:Q2)",
    exampleNote: "a row of 16 CRITIC weights summing to 1, an objective alternative to the entropy weights.",
    errors: [
      "#VALUE! when data has fewer than 3 rows: with 2 objects every correlation is ±1 (rows = objects, columns = indicators).",
      PANEL_ERRORS[1],
      "#VALUE! \"no indicator varies\" when every column is constant; also when the varying columns are all perfectly correlated (every C_j = 0).",
    ],
    source:
      "Diakoulaki, D., Mavrotas, G. & Papayannakis, L. (1995), Determining objective weights in multiple criteria problems: the CRITIC method, " +
      "Computers & Operations Research 22(7), 763–770. Normalization as ENTROPYWEIGHTS; a constant column gets weight 0 and is left out of the correlation sums.",
  },
  TOPSIS: {
    example: "=RECC.TOPSIS(B3:AE50, B54:AE54, B2:AE2)",
    exampleNote: "a column of 48 closeness values over all 30 indicators with the combined weights; RANK.EQ ranks them.",
    errors: [
      ...PANEL_ERRORS,
      "#VALUE! when weights does not have one entry per column of data, a weight is negative, or the weights sum to 0.",
      "#VALUE! when no indicator with a positive weight varies (closeness undefined), or for a normalization other than \"vector\" or \"minmax\".",
    ],
    source:
      "Hwang, C.L. & Yoon, K. (1981), Multiple Attribute Decision Making, Springer (vector normalization); " +
      "Opricovic, S. & Tzeng, G.H. (2004), EJOR 156, 445–455 (min–max normalization, C = D⁻/(D⁺ + D⁻)).",
  },
  CCD: {
    example: "=RECC.CCD(AG3:AH50)",
    exampleNote: "a 48×3 block of C, T and D for S and P side by side, equally weighted.",
    errors: [
      "#VALUE! when systems has fewer than 2 columns or a value lies outside [0, 1] (the message names the cell).",
      "#VALUE! when weights does not have one entry per column of systems, a weight is negative, or the weights sum to 0.",
      "#VALUE! for a variant other than \"standard\" or \"adjusted\".",
    ],
    source:
      "Coupling coordination degree, standard C = k·(ΠU)^(1/k)/ΣU, T = Σβ·U, D = √(C·T); \"adjusted\": Wang Shujia, Kong Wei et al. (2021), " +
      "Misconceptions and corrections of domestic coupling coordination degree models, Journal of Natural Resources 36(3), 793–810; " +
      "as zhjx19/mathmodels, docs/reference/system_evaluation.md. A row of zeros gives C = T = D = 0.",
  },
  CCDLEVEL: {
    example: "=RECC.CCDLEVEL(BC3:BC50)",
    exampleNote: "the coordination class of each D, the third column of a =RECC.CCD(AG3:AH50) block spilled from BA3, e.g. \"primary coordination\" for 0.6 < D ≤ 0.7.",
    errors: ["#VALUE! when a value lies outside [0, 1] (the message names the cell).", "#VALUE! when labels is given without exactly 10 non-blank cells."],
    source:
      "Ten classes of D in steps of 0.1, intervals (a, b] with 0 in the first: Tian et al. (2021), Acta Geographica Sinica 76(4). " +
      "A D within 1e-12 of a boundary counts as on it (../shared/method.md §1.8).",
  },
};

/** Input rules every function shares (../shared/method.md §4). */
export const COMMON_RULES: readonly string[] = [
  "A blank cell in a range is missing, not zero: #VALUE! naming the cell (\"data row 3, column 2 is blank\"). Row and column numbers count within the range you selected.",
  "Text in a numeric range is rejected, even text that looks like a number (\"12\" typed as text): convert it to a number. Only AHP matrices read text, for fractions such as '1/3.",
  "TRUE/FALSE in a numeric range: #VALUE!.",
  "A cell holding an error such as #N/A: Excel passes the error through without calling the function.",
  "Vectors (weights, directions, labels) may be one row or one column; a block of several rows and columns is #VALUE!.",
  "Options (method, ri) ignore case and surrounding spaces; an unknown word is #VALUE! listing the accepted ones.",
  "Omitted optional arguments take their defaults.",
];
