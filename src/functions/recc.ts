/**
 * The 21 RECC functions as plain TypeScript (../shared/method.md §3): raw Excel-shaped arguments →
 * declared coercion (./params, ./coerce) → the method (../core) → output shaping (./shape).
 *
 * Pure: no `CustomFunctions`. Bad input throws MethodError (a bad cell of a range: its subclass
 * CellError); a cell that holds an error (INDEX where S = 0, any overflowing number) is an error
 * cell made by the table's `errorCell`, by default the plain marker `{ error: "#DIV/0!" }`. This is
 * the one definition of argument handling: the Excel adapters (./functions via ./excel-errors) and
 * the headless plan evaluation (../plan/evaluate-plan) both call it.
 */
import {
  COORDINATION_CLASSES,
  COUPLING_REGIONS,
  aggregateJudgements,
  ahpConsistency,
  ahpSuggestions,
  ahpWeights,
  assertGradeCuts,
  combineWeights,
  coordinationClass,
  couplingCoordination,
  couplingRegion,
  criticWeights,
  entropy,
  grade,
  groupSum,
  invalidInput,
  minMaxNormalize,
  minMaxScaling,
  obstacleDegreeRows,
  reccIndex,
  topObstacles,
  topsis,
  weightedIndex,
  weightsFromEntropy,
} from "../core";
import type { ColumnScaling, Direction, Matrix } from "../core";
import { msg } from "../i18n/messages";
import { coerceArgs, isRowVector, shapeText, type Param, type ParamValues } from "./coerce";
import { NORMALIZED_DATA, PARAMS, type FunctionId } from "./params";
import { column, grid, matrix, numberRows, plainErrorCell, row, scalar, vector } from "./shape";
import type { Cell, ErrorCell, MakeErrorCell } from "./shape";

/** One RECC function on raw Excel-shaped arguments (ranges as rows of cells, omitted = null). */
export type ReccFunction<E = ErrorCell> = (...args: unknown[]) => Cell<E>[][] | Cell<E>;

/** The RECC functions by id. */
export type ReccFunctions<E = ErrorCell> = Record<FunctionId, ReccFunction<E>>;

/** A function of declared parameters: coerces its raw arguments, then runs the body. */
function define<P extends readonly Param<unknown>[], R>(params: P, body: (...args: ParamValues<P>) => R): (...raw: unknown[]) => R {
  return (...raw) => body(...coerceArgs(params, raw));
}

/**
 * SUPPORT, PRESSURE and OBSTACLE (data, weights, directions): without directions (omitted: null)
 * the data are read as {@link NORMALIZED_DATA}, values in [0, 1] checked cell by cell as the range
 * is read, so the first bad cell in row-major order is named whether it is text, NaN or outside [0, 1].
 */
function defineOnData<P extends readonly Param<unknown>[], R>(params: P, body: (...args: ParamValues<P>) => R): (...raw: unknown[]) => R {
  const normalized = [NORMALIZED_DATA, ...params.slice(1)] as unknown as P;
  return (...raw) => body(...coerceArgs(raw[2] === null || raw[2] === undefined ? normalized : params, raw));
}

/**
 * How the core reads data: with directions, raw values min–max normalized on the fly by this
 * scaling (the normalized matrix is never stored); without, the values as they are (in [0, 1]:
 * {@link defineOnData} read them as NORMALIZED_DATA).
 */
function scalingOf(data: Matrix, directions: Direction[] | undefined): ColumnScaling | undefined {
  return directions ? minMaxScaling(data, directions) : undefined;
}

function assertSameShape(a: Matrix, aName: string, b: Matrix, bName: string): void {
  if (a.rows !== b.rows || a.cols !== b.cols) {
    throw invalidInput(msg("arg.sameShape", { a: aName, aShape: shapeText(a), b: bName, bShape: shapeText(b) }));
  }
}

/**
 * The RECC functions with error cells made by `errorCell`.
 * Each throws MethodError on bad input or a failure of the method (../shared/method.md §4).
 */
export function reccFunctions<E>(errorCell: MakeErrorCell<E>): ReccFunctions<E> {
  return {
    NORMALIZE: define(PARAMS.NORMALIZE, (d, dirs, lo, hi) => matrix(minMaxNormalize(d, dirs, lo, hi), errorCell)),
    ENTROPY: define(PARAMS.ENTROPY, (d, dirs, s) => row(entropy(d, s, minMaxScaling(d, dirs)), errorCell)),
    ENTROPYWEIGHTS: define(PARAMS.ENTROPYWEIGHTS, (d, dirs, s) =>
      row(weightsFromEntropy(entropy(d, s, minMaxScaling(d, dirs))), errorCell),
    ),
    AHP: define(PARAMS.AHP, (a, m) => column(ahpWeights(a, m), errorCell)),
    AHPCR: define(PARAMS.AHPCR, (a, table) => scalar(ahpConsistency(a, table).cr)),
    AHPCONSISTENCY: define(PARAMS.AHPCONSISTENCY, (a, table) => {
      const c = ahpConsistency(a, table);
      return [
        ["lambda_max", scalar(c.lambdaMax)],
        ["CI", scalar(c.ci)],
        ["RI", scalar(c.ri)],
        ["CR", scalar(c.cr)],
        ["consistent", c.consistent],
      ];
    }),
    COMBINEWEIGHTS: (...raw) => {
      const [a, e, m, al] = coerceArgs(PARAMS.COMBINEWEIGHTS, raw);
      // The result has the orientation of objective (method.md §3).
      return vector(combineWeights(a, e, m, al), isRowVector(raw[1]), errorCell);
    },
    SUPPORT: defineOnData(PARAMS.SUPPORT, (d, w, dirs) => column(weightedIndex(d, w, scalingOf(d, dirs)), errorCell)),
    PRESSURE: defineOnData(PARAMS.PRESSURE, (d, w, dirs) => column(weightedIndex(d, w, scalingOf(d, dirs)), errorCell)),
    INDEX: define(PARAMS.INDEX, (p, s) => {
      assertSameShape(p, "pressure", s, "support");
      return grid(p.rows, p.cols, (k): Cell<E> => {
        const c = reccIndex(p.values[k], s.values[k]);
        return c.status === "ok" ? c.value : errorCell(c.status === "divisionByZero" ? "#DIV/0!" : "#NUM!");
      });
    }),
    GRADE: define(PARAMS.GRADE, (s, p, lo, hi) => {
      assertSameShape(s, "support", p, "pressure");
      assertGradeCuts(lo, hi);
      return grid(s.rows, s.cols, (k) => grade(s.values[k], p.values[k], lo, hi));
    }),
    REGION: define(PARAMS.REGION, (s, p, names) => {
      assertSameShape(s, "support", p, "pressure");
      const text: readonly string[] = names ?? COUPLING_REGIONS;
      return grid(s.rows, s.cols, (k) => text[couplingRegion(s.values[k], p.values[k])]);
    }),
    // Obstacle degrees are finite by construction (in [0, 1]): no #NUM! pass over the rows.
    OBSTACLE: defineOnData(PARAMS.OBSTACLE, (d, w, dirs) => obstacleDegreeRows(d, w, scalingOf(d, dirs))),
    TOPOBSTACLES: define(PARAMS.TOPOBSTACLES, (a, names, count) => {
      if (names.length !== a.cols) {
        throw invalidInput(msg("arg.labelsVsObstacles", { n: names.length, cols: a.cols }));
      }
      return topObstacles(a, count).map((top) => {
        const r: string[] = new Array(count);
        for (let c = 0; c < count; c++) r[c] = c < top.length ? names[top[c]] : "";
        return r;
      });
    }),
    // Case-insensitive like Excel's UNIQUE, so UNIQUE(groups) gives the matching header.
    GROUPSUM: define(PARAMS.GROUPSUM, (v, g) => matrix(groupSum(v, g.map((label) => label.toLowerCase())).sums, errorCell)),
    AHPGROUP: define(PARAMS.AHPGROUP, (ms, w) => matrix(aggregateJudgements(ms, w), errorCell)),
    AHPSUGGEST: define(PARAMS.AHPSUGGEST, (a, count, table) => {
      const found = ahpSuggestions(a, count, table);
      // Always k rows (a fixed spill beside the grid); fewer deviating judgements are padded with "".
      const out: Cell<E>[][] = new Array(count);
      for (let r = 0; r < count; r++) {
        const s = found[r];
        out[r] = s ? [s.i + 1, s.j + 1, s.current, s.suggested, scalar(s.crAfter)] : ["", "", "", "", ""];
      }
      return out;
    }),
    CRITICWEIGHTS: define(PARAMS.CRITICWEIGHTS, (d, dirs) => row(criticWeights(d, dirs), errorCell)),
    TOPSIS: define(PARAMS.TOPSIS, (d, w, dirs, norm) => column(topsis(d, w, dirs, norm), errorCell)),
    CCD: define(PARAMS.CCD, (u, w, variant) => numberRows(couplingCoordination(u, w, variant).map((r) => [r.c, r.t, r.d]), errorCell)),
    CCDLEVEL: define(PARAMS.CCDLEVEL, (d, names) => {
      const text: readonly string[] = names ?? COORDINATION_CLASSES;
      return grid(d.rows, d.cols, (k) => text[coordinationClass(d.values[k])]);
    }),
  };
}

/** The RECC functions with plain error-cell markers. */
export const RECC_FUNCTIONS: ReccFunctions = reccFunctions(plainErrorCell);

/**
 * Calls RECC.<id> with raw arguments as Excel would pass them (ranges as rows of cells; scalars as
 * values; omitted optional arguments as null).
 * @returns rows of cells (or one cell for AHPCR); error cells are `{ error: "#DIV/0!" | "#NUM!" }`.
 * @throws MethodError (CellError for a bad cell of a range) on bad input or a failed computation.
 */
export function callRecc(id: FunctionId, args: readonly unknown[]): Cell[][] | Cell {
  return RECC_FUNCTIONS[id](...args);
}
