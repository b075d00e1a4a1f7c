/*
 * The RECC custom functions (namespace RECC; ../shared/method.md §3).
 *
 * Build contract: every custom function is a top-level `function` declaration with a JSDoc
 * `@customfunction ID` tag and literal parameter types. custom-functions-metadata-plugin generates
 * dist/functions.json from these comments and appends `CustomFunctions.associate("ID", fn)` for
 * each at build time; this file never calls associate itself and touches no `document`, `Office`
 * or `Excel`. Ids are stored in users' workbooks and never change.
 *
 * Each function is a thin adapter onto the pure RECC function of the same id (./recc: parameters
 * declared in ./params and coerced by ./coerce, the method in ../core, output shaped by ./shape).
 * ./excel-errors runs it and turns every exception and error cell into a CustomFunctions.Error.
 */
import { runExcelFunction } from "./excel-errors";

/**
 * Min–max normalizes each indicator over all rows: benefit (x − min)/(max − min), cost (max − x)/(max − min), optionally onto [lower, upper].
 * @customfunction NORMALIZE
 * @helpurl https://localhost:3000/help/normalize.html
 * @param data Raw indicator values, n×m (rows = objects such as area-years, columns = indicators), at least 2 rows, numbers only.
 * @param [directions] One entry per indicator (row or column of m): 1 or "benefit", -1 or "cost". Omitted: all benefit.
 * @param [lower] Lower end of the target interval (default 0).
 * @param [upper] Upper end of the target interval (default 1); must exceed lower.
 * @returns The n×m normalized matrix, values in [lower, upper].
 */
export function normalize(data: any[][], directions?: any[][], lower?: number, upper?: number): any[][] {
  return runExcelFunction("NORMALIZE", [data, directions, lower, upper]);
}

/**
 * Shannon entropy e_j of each indicator after min–max normalization (entropy weight method, k = 1/ln n, 0·ln 0 = 0).
 * @customfunction ENTROPY
 * @helpurl https://localhost:3000/help/entropy.html
 * @param data Raw indicator values, n×m (rows = objects, columns = indicators), at least 2 rows, numbers only.
 * @param [directions] One entry per indicator (row or column of m): 1 or "benefit", -1 or "cost". Omitted: all benefit.
 * @param [shift] Number from 0 to 1 added to every normalized value before the proportions (default 0; 0.0001 and 0.01 are common).
 * @returns A row of m entropies in [0, 1]; a column that does not vary gives 1.
 */
export function entropyOf(data: any[][], directions?: any[][], shift?: number): any[][] {
  return runExcelFunction("ENTROPY", [data, directions, shift]);
}

/**
 * Entropy weights w_j = (1 − e_j)/Σ(1 − e_k) of the indicators after min–max normalization.
 * @customfunction ENTROPYWEIGHTS
 * @helpurl https://localhost:3000/help/entropyweights.html
 * @param data Raw indicator values, n×m (rows = objects, columns = indicators), at least 2 rows, numbers only.
 * @param [directions] One entry per indicator (row or column of m): 1 or "benefit", -1 or "cost". Omitted: all benefit.
 * @param [shift] Number from 0 to 1 added to every normalized value before the proportions (default 0; 0.0001 and 0.01 are common).
 * @returns A row of m weights ≥ 0 summing to 1.
 */
export function entropyWeightsOf(data: any[][], directions?: any[][], shift?: number): any[][] {
  return runExcelFunction("ENTROPYWEIGHTS", [data, directions, shift]);
}

/**
 * AHP priorities of a pairwise comparison matrix (a_ij = importance of i over j).
 * @customfunction AHP
 * @helpurl https://localhost:3000/help/ahp.html
 * @param matrix n×n judgements: positive numbers or text fractions such as '1/3; blank diagonal = 1, blank lower triangle = reciprocals of the upper one.
 * @param [method] "eigen" (principal eigenvector, default), "geometric" (row geometric means) or "arithmetic" (normalized-column average).
 * @returns A column of n weights summing to 1, in row order.
 */
export function ahp(matrix: any[][], method?: string): any[][] {
  return runExcelFunction("AHP", [matrix, method]);
}

/**
 * Consistency ratio CR = CI/RI of a pairwise comparison matrix (consistent when CR < 0.1; 0 for n ≤ 2).
 * @customfunction AHPCR
 * @helpurl https://localhost:3000/help/ahpcr.html
 * @param matrix n×n judgements: positive numbers or text fractions such as '1/3; blank diagonal = 1, blank lower triangle = reciprocals of the upper one.
 * @param [ri] Random index: "saaty" (default, n ≤ 15), "alonso" (any n) or RI itself as a number in [0.1, 2].
 * @returns CR, a number ≥ 0.
 */
export function ahpCr(matrix: any[][], ri?: any): number {
  return runExcelFunction("AHPCR", [matrix, ri]);
}

/**
 * Consistency readout of a pairwise comparison matrix: lambda_max, CI, RI, CR and whether CR < 0.1.
 * @customfunction AHPCONSISTENCY
 * @helpurl https://localhost:3000/help/ahpconsistency.html
 * @param matrix n×n judgements: positive numbers or text fractions such as '1/3; blank diagonal = 1, blank lower triangle = reciprocals of the upper one.
 * @param [ri] Random index: "saaty" (default, n ≤ 15), "alonso" (any n) or RI itself as a number in [0.1, 2].
 * @returns A 5×2 block of labels and values: lambda_max, CI, RI, CR, consistent (TRUE/FALSE).
 */
export function ahpConsistencyOf(matrix: any[][], ri?: any): any[][] {
  return runExcelFunction("AHPCONSISTENCY", [matrix, ri]);
}

/**
 * Combines subjective (AHP) and objective (entropy) weights, each first scaled to sum 1.
 * @customfunction COMBINEWEIGHTS
 * @helpurl https://localhost:3000/help/combineweights.html
 * @param subjective m subjective weights ≥ 0 (row or column), positive sum.
 * @param objective m objective weights ≥ 0 (row or column), positive sum; the result has its orientation.
 * @param [method] "multiplicative" (a·e/Σa·e, default), "linear" (α·a + (1 − α)·e), "geometric" (√(a·e)/Σ√(a·e)) or "game" (game-theory combination α_a·a + α_e·e).
 * @param [alpha] Weight α of the subjective side for "linear", in [0, 1] (default 0.5).
 * @returns m combined weights summing to 1, in the orientation of objective.
 */
export function combineWeightsOf(subjective: any[][], objective: any[][], method?: string, alpha?: number): any[][] {
  return runExcelFunction("COMBINEWEIGHTS", [subjective, objective, method, alpha]);
}

/**
 * Support index S_i = Σ_j x'_ij·w_j of each object over the support indicators (weights scaled to sum 1).
 * @customfunction SUPPORT
 * @helpurl https://localhost:3000/help/support.html
 * @param data Support indicators, n×m (rows = objects). Raw values when directions are given (min–max normalized over the rows), else already normalized values in [0, 1].
 * @param weights m weights ≥ 0 (row or column) with a positive sum.
 * @param [directions] One entry per indicator: 1 or "benefit", -1 or "cost". Give it to normalize raw data.
 * @returns A column of n support indices in [0, 1].
 */
export function support(data: any[][], weights: any[][], directions?: any[][]): any[][] {
  return runExcelFunction("SUPPORT", [data, weights, directions]);
}

/**
 * Pressure index P_i = Σ_j x'_ij·w_j of each object over the pressure indicators (weights scaled to sum 1).
 * @customfunction PRESSURE
 * @helpurl https://localhost:3000/help/pressure.html
 * @param data Pressure indicators, n×m (rows = objects). Raw values when directions are given (min–max normalized over the rows), else already normalized values in [0, 1].
 * @param weights m weights ≥ 0 (row or column) with a positive sum.
 * @param [directions] One entry per indicator: 1 (raises pressure) or -1 (lowers it). Give it to normalize raw data.
 * @returns A column of n pressure indices in [0, 1].
 */
export function pressure(data: any[][], weights: any[][], directions?: any[][]): any[][] {
  return runExcelFunction("PRESSURE", [data, weights, directions]);
}

/**
 * RECC index C = P/S per object: below 1 surplus, 1 balance, above 1 overload.
 * @customfunction INDEX
 * @helpurl https://localhost:3000/help/index-function.html
 * @param pressure Pressure indices P (any range of numbers).
 * @param support Support indices S, the same shape as pressure.
 * @returns C in the shape of the inputs; #DIV/0! where S = 0 and #NUM! where the quotient overflows, in that cell only.
 */
export function reccIndexOf(pressure: any[][], support: any[][]): any[][] {
  return runExcelFunction("INDEX", [pressure, support]);
}

/**
 * Carrying-capacity grade I…IX from S and P (paper Table 3): grade = 3·level(P) + level(S) + 1, levels low/medium/high.
 * @customfunction GRADE
 * @helpurl https://localhost:3000/help/grade.html
 * @param support Support indices S in [0, 1] (any range).
 * @param pressure Pressure indices P in [0, 1], the same shape as support.
 * @param [low] Cut point between low and medium (default 1/3); 0 < low < high.
 * @param [high] Cut point between medium and high (default 2/3); high < 1.
 * @returns "I"…"IX" in the shape of the inputs (I, V, IX balance; II, III, VI surplus; IV, VII, VIII overload).
 */
export function gradeOf(support: any[][], pressure: any[][], low?: number, high?: number): any[][] {
  return runExcelFunction("GRADE", [support, pressure, low, high]);
}

/**
 * Coupling region of (S, P) between the curves P = S², P = S and P = √S (paper Table 4).
 * @customfunction REGION
 * @helpurl https://localhost:3000/help/region.html
 * @param support Support indices S in [0, 1] (any range).
 * @param pressure Pressure indices P in [0, 1], the same shape as support.
 * @param [labels] 4 cells (a row, a column or a 2×2 block read row by row) replacing the labels "high-value surplus", "low-value surplus", "low-value load", "high-value load" (in that order).
 * @returns A region label per cell, in the shape of the inputs.
 */
export function regionOf(support: any[][], pressure: any[][], labels?: any[][]): any[][] {
  return runExcelFunction("REGION", [support, pressure, labels]);
}

/**
 * Obstacle degrees A_ij = (1 − x'_ij)·w_j / Σ_k (1 − x'_ik)·w_k: each indicator's share of an object's shortfall.
 * @customfunction OBSTACLE
 * @helpurl https://localhost:3000/help/obstacle.html
 * @param data Indicators, n×m (rows = objects). Raw values when directions are given (min–max normalized over the rows), else already normalized values in [0, 1].
 * @param weights m weights ≥ 0 (row or column) with a positive sum.
 * @param [directions] One entry per indicator: 1 or "benefit", -1 or "cost". Give it to normalize raw data.
 * @returns The n×m obstacle degrees; each row sums to 1, or is all 0 when nothing falls short.
 */
export function obstacle(data: any[][], weights: any[][], directions?: any[][]): any[][] {
  return runExcelFunction("OBSTACLE", [data, weights, directions]);
}

/**
 * The k largest obstacles of each object, as indicator labels, largest first (degrees within 1e-12 of the largest remaining one are tied and keep column order).
 * @customfunction TOPOBSTACLES
 * @helpurl https://localhost:3000/help/topobstacles.html
 * @param obstacles Obstacle degrees in [0, 1], n×m (for example the result of RECC.OBSTACLE).
 * @param labels m indicator names (row or column), one per column of obstacles.
 * @param [k] How many per row, a whole number ≥ 1 (default 5).
 * @returns n×k labels; indicators with obstacle degree 0 are not listed and the row is padded with "".
 */
export function topObstaclesOf(obstacles: any[][], labels: any[][], k?: number): any[][] {
  return runExcelFunction("TOPOBSTACLES", [obstacles, labels, k]);
}

/**
 * Sums the columns of values per group label, e.g. subsystem obstacle degree = sum of its indicators' degrees.
 * @customfunction GROUPSUM
 * @helpurl https://localhost:3000/help/groupsum.html
 * @param values Numbers, n×m (rows = objects, columns = indicators).
 * @param groups m group labels (row or column), one per column of values; equal text, ignoring case, = same group.
 * @returns n×g sums, groups in order of first appearance, as UNIQUE lists them (for a row of groups: =UNIQUE(groups, TRUE)).
 */
export function groupSumOf(values: any[][], groups: any[][]): any[][] {
  return runExcelFunction("GROUPSUM", [values, groups]);
}

/**
 * Group comparison matrix of several experts: the weighted geometric mean of each judgement (AIJ, Aczél & Saaty 1983).
 * @customfunction AHPGROUP
 * @helpurl https://localhost:3000/help/ahpgroup.html
 * @param matrices k comparison matrices of the same n stacked one under another, a (k·n)×n range; each follows RECC.AHP's rules (blank diagonal = 1, blank lower triangle = reciprocals, text fractions such as '1/3).
 * @param [weights] k expert weights ≥ 0 (row or column) with a positive sum, scaled to sum 1; omitted: equal.
 * @returns The n×n group matrix, reciprocal (lower = 1/upper exactly), ready for RECC.AHP, RECC.AHPCONSISTENCY and RECC.AHPSUGGEST; experts who agree give their judgement exactly, and a mean within 1e-12 (relative) of a Saaty scale value is that value.
 */
export function ahpGroupOf(matrices: any[][], weights?: any[][]): any[][] {
  return runExcelFunction("AHPGROUP", [matrices, weights]);
}

/**
 * The judgements to revisit first, worst first: the largest |ln ε_ij| with ε_ij = a_ij·w_j/w_i (AHP-OS rule), each with a suggested value and the CR it would give.
 * @customfunction AHPSUGGEST
 * @helpurl https://localhost:3000/help/ahpsuggest.html
 * @param matrix n×n judgements: positive numbers or text fractions such as '1/3; blank diagonal = 1, blank lower triangle = reciprocals of the upper one.
 * @param [k] How many judgements to list, a whole number ≥ 1 (default 3).
 * @param [ri] Random index for the CR after the change: "saaty" (default, n ≤ 15), "alonso" (any n) or RI itself as a number in [0.1, 2].
 * @returns k rows of i, j (1-based, i < j), current a_ij, suggested a_ij (w_i/w_j on Saaty's scale 1/9…9) and CR after replacing a_ij and a_ji; a judgement that is already its suggestion on Saaty's scale is not listed, and rows beyond those listed are "".
 */
export function ahpSuggestOf(matrix: any[][], k?: number, ri?: any): any[][] {
  return runExcelFunction("AHPSUGGEST", [matrix, k, ri]);
}

/**
 * CRITIC weights w_j = C_j/ΣC, C_j = σ_j·Σ_k (1 − r_jk), after min–max normalization (Diakoulaki, Mavrotas & Papayannakis 1995).
 * @customfunction CRITICWEIGHTS
 * @helpurl https://localhost:3000/help/criticweights.html
 * @param data Raw indicator values, n×m (rows = objects, columns = indicators), at least 3 rows (for correlations), numbers only.
 * @param [directions] One entry per indicator (row or column of m): 1 or "benefit", -1 or "cost". Omitted: all benefit.
 * @returns A row of m weights ≥ 0 summing to 1; a column that does not vary gets 0.
 */
export function criticWeightsOf(data: any[][], directions?: any[][]): any[][] {
  return runExcelFunction("CRITICWEIGHTS", [data, directions]);
}

/**
 * TOPSIS relative closeness C_i = D⁻/(D⁺ + D⁻) of each object to the ideal solution (Hwang & Yoon 1981).
 * @customfunction TOPSIS
 * @helpurl https://localhost:3000/help/topsis.html
 * @param data Raw indicator values, n×m (rows = objects, columns = indicators), at least 2 rows, numbers only.
 * @param weights m weights ≥ 0 (row or column) with a positive sum.
 * @param [directions] One entry per indicator (row or column of m): 1 or "benefit", -1 or "cost". Omitted: all benefit.
 * @param [normalization] "vector" (x/√Σx², default) or "minmax" (min–max with directions, as RECC.NORMALIZE).
 * @returns A column of n closeness values in [0, 1]; larger is closer to the ideal.
 */
export function topsisOf(data: any[][], weights: any[][], directions?: any[][], normalization?: string): any[][] {
  return runExcelFunction("TOPSIS", [data, weights, directions, normalization]);
}

/**
 * Coupling coordination of k ≥ 2 system indices per row: coupling degree C, comprehensive index T = Σβ·U and D = √(C·T).
 * @customfunction CCD
 * @helpurl https://localhost:3000/help/ccd.html
 * @param systems n×k indices in [0, 1] (rows = objects, columns = systems, e.g. S and P side by side), k ≥ 2.
 * @param [weights] k weights β ≥ 0 (row or column) with a positive sum for T; omitted: equal.
 * @param [variant] "standard" (C = k·(ΠU)^(1/k)/ΣU, default) or "adjusted" (the corrected C of Wang et al. 2021).
 * @returns An n×3 block: C, T, D per row, each in [0, 1].
 */
export function ccdOf(systems: any[][], weights?: any[][], variant?: string): any[][] {
  return runExcelFunction("CCD", [systems, weights, variant]);
}

/**
 * Coordination class of a coupling coordination degree D: ten classes in steps of 0.1, intervals (a, b] (Tian et al. 2021).
 * @customfunction CCDLEVEL
 * @helpurl https://localhost:3000/help/ccdlevel.html
 * @param d Coupling coordination degrees D in [0, 1] (any range).
 * @param [labels] 10 cells (a row, a column or a block read row by row) replacing the class names, from "extreme imbalance" (D ≤ 0.1) to "high-quality coordination" (D > 0.9).
 * @returns A class name per cell, in the shape of d.
 */
export function ccdLevelOf(d: any[][], labels?: any[][]): any[][] {
  return runExcelFunction("CCDLEVEL", [d, labels]);
}
