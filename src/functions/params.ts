/**
 * The parameters of every RECC custom function, declared once (kind, optional, default).
 *
 * Names equal the parameter names in functions.ts (and so in functions.json and Excel's tooltip);
 * test/functions/metadata.test.ts checks that they agree, so a function cannot skip a check.
 * Contract: ../shared/method.md §3.
 */
import { DEFAULT_GRADE_CUTS } from "../core";
import { msg } from "../i18n/messages";
import {
  directionVector,
  labelVector,
  numberVector,
  numberWithDefault,
  numericMatrix,
  optional,
  option,
  pairwiseMatrix,
  pairwiseStack,
} from "./coerce";

/** Excel's column limit; TOPOBSTACLES cannot usefully spill wider. */
const MAX_K = 16384;
/** Excel's row limit; AHPSUGGEST cannot usefully spill longer. */
const MAX_ROWS = 1048576;

const panel = (name: string) => numericMatrix(name, { minRows: 2 });
/**
 * SUPPORT, PRESSURE and OBSTACLE's data when no directions are given: already normalized, so in
 * [0, 1], checked while the range is read (recc.ts uses it in place of the raw `data`), so the first
 * bad cell in row-major order is the one named, whatever is wrong with it.
 */
export const NORMALIZED_DATA = numericMatrix("data", { unit: true, unitHint: msg("hint.giveDirections") });
const directions = optional(directionVector("directions"));
const ahpMethods = ["eigen", "geometric", "arithmetic"] as const;
const riTables = ["saaty", "alonso"] as const;
const combineMethods = ["multiplicative", "linear", "geometric", "game"] as const;
const topsisNormalizations = ["vector", "minmax"] as const;
const couplingVariants = ["standard", "adjusted"] as const;

export const PARAMS = {
  NORMALIZE: [
    panel("data"),
    directions,
    numberWithDefault("lower", { default: 0 }),
    numberWithDefault("upper", { default: 1 }),
  ],
  ENTROPY: [panel("data"), directions, numberWithDefault("shift", { default: 0 })],
  ENTROPYWEIGHTS: [panel("data"), directions, numberWithDefault("shift", { default: 0 })],
  AHP: [pairwiseMatrix("matrix"), option("method", ahpMethods, "eigen")],
  AHPCR: [pairwiseMatrix("matrix"), option("ri", riTables, "saaty", true)],
  AHPCONSISTENCY: [pairwiseMatrix("matrix"), option("ri", riTables, "saaty", true)],
  COMBINEWEIGHTS: [
    numberVector("subjective"),
    numberVector("objective"),
    option("method", combineMethods, "multiplicative"),
    numberWithDefault("alpha", { default: 0.5, min: 0, max: 1 }),
  ],
  SUPPORT: [numericMatrix("data"), numberVector("weights"), directions],
  PRESSURE: [numericMatrix("data"), numberVector("weights"), directions],
  INDEX: [numericMatrix("pressure"), numericMatrix("support")],
  GRADE: [
    numericMatrix("support", { unit: true }),
    numericMatrix("pressure", { unit: true }),
    numberWithDefault("low", { default: DEFAULT_GRADE_CUTS.low }),
    numberWithDefault("high", { default: DEFAULT_GRADE_CUTS.high }),
  ],
  REGION: [
    numericMatrix("support", { unit: true }),
    numericMatrix("pressure", { unit: true }),
    optional(labelVector("labels", { length: 4 })),
  ],
  OBSTACLE: [numericMatrix("data"), numberVector("weights"), directions],
  TOPOBSTACLES: [
    numericMatrix("obstacles"),
    labelVector("labels"),
    numberWithDefault("k", { default: 5, integer: true, min: 1, max: MAX_K }),
  ],
  GROUPSUM: [numericMatrix("values"), labelVector("groups")],
  AHPGROUP: [pairwiseStack("matrices"), optional(numberVector("weights"))],
  AHPSUGGEST: [
    pairwiseMatrix("matrix"),
    numberWithDefault("k", { default: 3, integer: true, min: 1, max: MAX_ROWS }),
    option("ri", riTables, "saaty", true),
  ],
  // CRITIC counts its own rows (3 for correlations), so its message gives the reason.
  CRITICWEIGHTS: [numericMatrix("data"), directions],
  TOPSIS: [panel("data"), numberVector("weights"), directions, option("normalization", topsisNormalizations, "vector")],
  CCD: [
    numericMatrix("systems", { unit: true }),
    optional(numberVector("weights")),
    option("variant", couplingVariants, "standard"),
  ],
  CCDLEVEL: [numericMatrix("d", { unit: true }), optional(labelVector("labels", { length: 10 }))],
} as const;

/** The 21 function ids (stored in users' workbooks; they never change). */
export type FunctionId = keyof typeof PARAMS;
export const FUNCTION_IDS = Object.keys(PARAMS) as FunctionId[];
