/**
 * Published test vectors shared by the core and the function tests. Each names its source; the numbering
 * follows ../shared/cases/published-vectors.md.
 */

/** Vector 1: Saaty's drinks matrix (Saaty 2008; PhilipGriffith/AHPy README). Coffee, wine, tea, beer, soda, milk, water. */
export const DRINKS: number[][] = [
  [1, 9, 5, 2, 1, 1, 1 / 2],
  [1 / 9, 1, 1 / 3, 1 / 9, 1 / 9, 1 / 9, 1 / 9],
  [1 / 5, 3, 1, 1 / 3, 1 / 4, 1 / 3, 1 / 9],
  [1 / 2, 9, 3, 1, 1 / 2, 1, 1 / 3],
  [1, 9, 4, 2, 1, 2, 1 / 2],
  [1, 9, 3, 1, 1 / 2, 1, 1 / 3],
  [2, 9, 9, 3, 2, 3, 1],
];

/** Vector 2: zhjx19/mathmodels docs/reference/AHP.md. */
export const MATHMODELS_5: number[][] = [
  [1, 1 / 2, 4, 3, 3],
  [2, 1, 7, 5, 5],
  [1 / 4, 1 / 7, 1, 1 / 2, 1 / 3],
  [1 / 3, 1 / 5, 2, 1, 1],
  [1 / 3, 1 / 5, 3, 1, 1],
];

/** Vector 3: a perfectly consistent 3×3 (gluc/ahp tests); weights exactly 2/3, 1/9, 2/9. */
export const CONSISTENT_3: number[][] = [
  [1, 6, 3],
  [1 / 6, 1, 1 / 2],
  [1 / 3, 2, 1],
];

/** Vector 4: BPMSG AHP template example (K. Goepel). */
export const BPMSG_3: number[][] = [
  [1, 5, 1 / 3],
  [1 / 5, 1, 1 / 7],
  [3, 7, 1],
];

/** Vector 5: 5 regions × 3 indicators, directions +, +, − ([ours], numpy). */
export const ENTROPY_5: number[][] = [
  [12.3, 0.45, 310],
  [8.7, 0.62, 280],
  [15.1, 0.38, 450],
  [10.4, 0.55, 390],
  [9.8, 0.71, 260],
];
export const ENTROPY_5_DIRECTIONS: (1 | -1)[] = [1, 1, -1];

/** Vector 6: zhjx19/mathmodels docs/reference/combine_weights.md. */
export const COMBINE_SUBJECTIVE = [0.4, 0.3, 0.2, 0.1];
export const COMBINE_OBJECTIVE = [0.25, 0.2, 0.3, 0.25];

/** Vector 7: normalized scores U, rows A–F (zhjx19/mathmodels docs/reference/system_evaluation.md). */
export const OBSTACLE_U: number[][] = [
  [0.0162, 0.272, 0.2655],
  [0.1782, 0.6824, 0.3721],
  [0.549, 0.0593, 0.5729],
  [0.673, 0.4812, 0.9082],
  [0.0207, 0.8891, 0.2017],
  [0.9875, 0.5573, 0.8984],
];

/**
 * Group AHP: Bioconductor Prize (D. Dargahi), inst/extdata/ind1.tsv … ind4.tsv, four experts'
 * judgements on 4 criteria (upper triangles; the files hold NA below the diagonal, here null), and
 * the group matrix its man page AIJ.Rd prints for gaggregate(method = "geometric"), equal weights
 * (aggregation of individual judgements, Forman & Peniwati 1998).
 */
export const PRIZE_EXPERTS: (number | null)[][][] = [
  [[1, 2, 4, 5], [null, 1, 3, 4], [null, null, 1, 2], [null, null, null, 1]],
  [[1, 0.8, 2, 4], [null, 1, 5, 7], [null, null, 1, 2], [null, null, null, 1]],
  [[1, 2, 3, 5], [null, 1, 3, 5], [null, null, 1, 2], [null, null, null, 1]],
  [[1, 5, 6, 7], [null, 1, 4, 6], [null, null, 1, 1], [null, null, null, 1]],
];
export const PRIZE_AIJ_PRINTED: number[][] = [
  [1, 2, 3.4641016, 5.143687],
  [0.5, 1, 3.6628415, 5.383563],
  [0.2886751, 0.2730121, 1, 1.681793],
  [0.1944131, 0.1857506, 0.5946036, 1],
];

/**
 * Coupling coordination of vector 7's scores as zhjx19/mathmodels docs/reference/system_evaluation.md
 * prints it (3 places), rows A–F: coupling C, coord T, coupling_coord D. Standard form with equal
 * weights, and the "adjusted" form (Wang Shujia et al. 2021) with weights 0.4, 0.3, 0.3.
 */
export const CCD_STANDARD_PRINTED: number[][] = [
  [0.571, 0.185, 0.325],
  [0.867, 0.411, 0.597],
  [0.674, 0.394, 0.515],
  [0.967, 0.687, 0.815],
  [0.418, 0.37, 0.393],
  [0.971, 0.814, 0.889],
];
export const CCD_ADJUSTED_WEIGHTS = [0.4, 0.3, 0.3];
export const CCD_ADJUSTED_PRINTED: number[][] = [
  [0.447, 0.168, 0.274],
  [0.501, 0.388, 0.44],
  [0.455, 0.409, 0.432],
  [0.669, 0.686, 0.678],
  [0.175, 0.336, 0.242],
  [0.715, 0.832, 0.771],
];

/**
 * The seed paper's printed figures (../shared/method.md §2, from the Results section of
 * ../shared/seed/000_d69dab332324f622.txt): S, P, printed C, grade (Table 3) and region (Table 4).
 */
export const SEED_ROWS = [
  { area: "Bayan Obo", year: 2012, s: 0.451, p: 0.3382, c: 0.7498, grade: "V", region: "low-value surplus" },
  { area: "Bayan Obo", year: 2019, s: 0.4188, p: 0.5253, c: 1.2543, grade: "V", region: "low-value load" },
  { area: "Mianning", year: 2012, s: 0.4451, p: 0.2821, c: 0.6338, grade: "II", region: "low-value surplus" },
  { area: "Mianning", year: 2019, s: 0.4073, p: 0.2596, c: 0.6373, grade: "II", region: "low-value surplus" },
  { area: "Longnan", year: 2012, s: 0.4894, p: 0.2729, c: 0.5575, grade: "II", region: "low-value surplus" },
  { area: "Longnan", year: 2019, s: 0.5056, p: 0.4281, c: 0.8467, grade: "V", region: "low-value surplus" },
  { area: "Pingyuan", year: 2012, s: 0.4241, p: 0.1439, c: 0.3393, grade: "II", region: "high-value surplus" },
  { area: "Pingyuan", year: 2019, s: 0.4247, p: 0.1545, c: 0.3637, grade: "II", region: "high-value surplus" },
  { area: "Chongzuo", year: 2019, s: 0.4468, p: 0.0384, c: 0.086, grade: "II", region: "high-value surplus" },
] as const;
