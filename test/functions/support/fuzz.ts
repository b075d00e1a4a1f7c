/**
 * The fuzz property of the custom functions (test/functions/bad-input.test.ts): random Excel-shaped
 * arguments of mixed types either give a clean rectangular result or throw a CustomFunctions.Error
 * that is a user error, never the "RECC internal error" of a bug (src/functions/excel-errors.ts).
 * test/functions/internal-error.test.ts proves the property fails on an injected crash.
 */
import fc from "fast-check";
import { INTERNAL_ERROR_PREFIX } from "../../../src/functions/excel-errors";
import { PARAMS, type FunctionId } from "../../../src/functions/params";
import type { SourceFunctions } from "./source-functions";

const cell = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  { weight: 3, arbitrary: fc.double() }, // includes NaN, ±Infinity, -0, huge values
  { weight: 2, arbitrary: fc.integer({ min: -3, max: 10 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom("", " ", "1/3", "3", "0.5", "n/a", "benefit", "cost", "+", "-", "eigen", "linear", "alonso", "x"),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constantFrom(null, undefined, { code: "#N/A" }, { type: "Double", basicValue: 2 }, {}, [1]) },
);
const rectangular = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
  .chain(([n, m]) => fc.array(fc.array(cell, { minLength: m, maxLength: m }), { minLength: n, maxLength: n }));
const range = fc.oneof(
  { weight: 6, arbitrary: rectangular },
  { weight: 1, arbitrary: fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 4 }) }, // ragged or empty
);
/** One argument as Excel may pass it: a range (rows of cells) or a single cell. */
export const excelArgument = fc.oneof({ weight: 5, arbitrary: range }, { weight: 2, arbitrary: cell });

/** Whether a thrown value is the Excel error src/functions/excel-errors.ts makes from a bug. */
export function isInternalError(e: unknown): boolean {
  return e instanceof Error && e.message.startsWith(INTERNAL_ERROR_PREFIX);
}

/** The property for RECC.<id>: `arity` random arguments, trailing optional ones sometimes omitted. */
export function cleanResultProperty(src: SourceFunctions, id: FunctionId, argument: fc.Arbitrary<unknown> = excelArgument) {
  const arity = PARAMS[id].length;
  const isCell = (v: unknown) =>
    (typeof v === "number" && Number.isFinite(v)) || typeof v === "string" || typeof v === "boolean" || v instanceof src.fake.Error;
  return fc.property(fc.array(argument, { minLength: arity, maxLength: arity }), fc.integer({ min: 0, max: arity }), (args, omitted) => {
    // Omit trailing arguments as Excel does (null), sometimes.
    const given = args.map((a, k) => (k >= arity - omitted && PARAMS[id][k].optional ? null : a));
    let result: unknown;
    try {
      result = src.byId.get(id)!(...given);
    } catch (e) {
      expect(e).toBeInstanceOf(src.fake.Error);
      if (isInternalError(e)) throw new Error(`${id} crashed: ${(e as Error).message}`);
      return;
    }
    if (!Array.isArray(result)) {
      expect(isCell(result)).toBe(true);
      return;
    }
    expect(result.length).toBeGreaterThan(0);
    const width = (result[0] as unknown[]).length;
    expect(width).toBeGreaterThan(0);
    for (const r of result as unknown[][]) {
      expect(r.length).toBe(width);
      for (const v of r) if (!isCell(v)) throw new Error(`${id} returned the cell ${String(v)}`);
    }
  });
}
