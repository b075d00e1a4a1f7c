import { MethodError, invalidInput } from "./method-error";
import { msg, quotedChoices, valueProblem } from "../i18n/messages";

/**
 * Random consistency index RI(n) of AHP.
 *
 * "saaty": Saaty, T.L. (1990) How to make a decision: the analytic hierarchy process, EJOR 48, 9–26,
 * n = 1..15. "alonso": Alonso & Lamata (2006), Int. J. Uncertainty, Fuzziness and Knowledge-Based
 * Systems 14(4) 445–459, n = 1..15 tabulated and RI = (1.7699 n − 4.3513)/(n − 1) beyond.
 * ../shared/method.md §1.3.
 */
export type RandomIndexTable = "saaty" | "alonso";

export const RANDOM_INDEX: Readonly<Record<RandomIndexTable, ReadonlyArray<number>>> = {
  saaty: [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59],
  alonso: [
    0, 0, 0.5245, 0.8815, 1.1086, 1.2479, 1.3417, 1.4056, 1.4499, 1.4854, 1.5141, 1.5365, 1.5551, 1.5713,
    1.5838,
  ],
};

/**
 * The plausible range of a random index given as a number: published RI tables for n ≥ 3 lie in
 * about 0.5–1.77 (Saaty 1990: 0.58–1.59; Alonso & Lamata 2006: 0.5245 and, for large n, toward
 * 1.7699), so a number outside [0.1, 2] is a typing slip, not a table. A tiny RI would make
 * CR = CI/RI overflow, a huge one would call any matrix consistent (method.md §1.3).
 */
export const RANDOM_INDEX_RANGE = { min: 0.1, max: 2 } as const;

/**
 * RI for an n×n matrix from a named table, or a user-supplied number.
 * @throws MethodError (notAvailable) when the table does not cover n, naming the tables that do;
 *   MethodError (value) for an unknown table name or a number outside {@link RANDOM_INDEX_RANGE}
 *   [0.1, 2] (any n, also n ≤ 2 where RI is not used).
 */
export function randomIndex(n: number, table: RandomIndexTable | number = "saaty"): number {
  if (typeof table === "number") {
    if (!(table >= RANDOM_INDEX_RANGE.min && table <= RANDOM_INDEX_RANGE.max)) {
      throw invalidInput(valueProblem("ri", table, msg("hint.randomIndexRange", RANDOM_INDEX_RANGE)));
    }
    return table;
  }
  // Own keys only: "constructor", "__proto__" etc. are not tables.
  if (!Object.prototype.hasOwnProperty.call(RANDOM_INDEX, table)) {
    throw invalidInput(msg("option.unknown", { name: "ri", value: table, list: quotedChoices(["saaty", "alonso"], msg("list.aNumber")) }));
  }
  const values = RANDOM_INDEX[table];
  if (n >= 1 && n <= values.length) return values[n - 1];
  if (table === "alonso" && n > values.length) return (1.7699 * n - 4.3513) / (n - 1);
  throw new MethodError("notAvailable", msg("ahp.riTable", { table, max: values.length, n }));
}
