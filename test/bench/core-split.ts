/**
 * Timing split of the data functions into their steps, with the same code the bundle runs
 * (src/functions' declared coercion and output shaping, src/core's method), called step by step:
 * coerce (Excel any[][] → packed Float64 Matrix in the reused input buffer, plus weights and directions), normalize (the
 * per-column min–max scaling: one pass for the column ranges; the normalized matrix is not stored),
 * method (entropy weights, weighted index or obstacle degrees, normalizing on the fly; OBSTACLE
 * writes its rows directly) and output (shaping into Excel's arrays of rows). It shows where a
 * registered function's time goes.
 */
import { entropy, minMaxScaling, obstacleDegreeRows, weightedIndex, weightsFromEntropy, type ColumnScaling, type Direction, type Matrix } from "../../src/core";
import { coerceArgs } from "../../src/functions/coerce";
import { PARAMS } from "../../src/functions/params";
import { column, row } from "../../src/functions/shape";

export type StepName = "coerce" | "normalize" | "method" | "output";

export interface SplitStep {
  readonly name: StepName;
  readonly run: () => void;
}

type DataFn = "ENTROPYWEIGHTS" | "SUPPORT" | "OBSTACLE";

/**
 * The steps of one call of a data function on `args` (the Excel arguments as the bench passes them),
 * each a closure that reads the previous step's result, so they can be timed one by one.
 */
export function splitSteps(fn: DataFn, args: readonly unknown[]): SplitStep[] {
  let data: Matrix | undefined;
  let w: Float64Array | undefined;
  let dirs: Direction[] | undefined;
  let scaling: ColumnScaling | undefined;
  let result: number[][] | Float64Array | undefined;
  // Through coerceArgs, as a registered function does, so the data use the reused input buffer.
  const coerce = () => {
    if (fn === "ENTROPYWEIGHTS") [data, dirs] = coerceArgs(PARAMS.ENTROPYWEIGHTS, args);
    else [data, w, dirs] = coerceArgs(PARAMS[fn], args);
  };
  const method = () => {
    const d = data!;
    const s = scaling!;
    result = fn === "ENTROPYWEIGHTS" ? weightsFromEntropy(entropy(d, 0, s)) : fn === "SUPPORT" ? weightedIndex(d, w!, s) : obstacleDegreeRows(d, w!, s);
  };
  const output = () => {
    const r = result!;
    if (fn === "OBSTACLE") return; // written as Excel rows by the method (obstacleDegreeRows); nothing to shape
    else if (fn === "SUPPORT") column(r as Float64Array);
    else row(r as Float64Array);
  };
  return [
    { name: "coerce", run: coerce },
    { name: "normalize", run: () => void (scaling = minMaxScaling(data!, dirs)) },
    { name: "method", run: method },
    { name: "output", run: output },
  ];
}
