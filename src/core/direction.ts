import { invalidInput } from "./method-error";
import { msg, valueProblem, type MessageArg } from "../i18n/messages";

/**
 * Direction of an indicator: +1 when a larger raw value raises the index it feeds (benefit),
 * −1 when it lowers it (cost). Seed paper eq. (1)–(2); ../shared/method.md §1.1 and §3.
 */
export type Direction = 1 | -1;

const WORDS: Record<string, Direction> = {
  "1": 1,
  "+1": 1,
  "+": 1,
  benefit: 1,
  positive: 1,
  "-1": -1,
  "-": -1,
  cost: -1,
  negative: -1,
};

/**
 * Reads one direction from a number (1 or −1) or a word ("+"/"-", "benefit"/"cost",
 * "positive"/"negative"; case and surrounding spaces ignored).
 * @param where the place to name in the error, e.g. "directions item 3".
 * @throws MethodError (value) for anything else.
 */
export function parseDirection(value: unknown, where: MessageArg): Direction {
  if (typeof value === "number") {
    if (value === 1 || value === -1) return value;
    throw invalidInput(valueProblem(where, value, msg("hint.oneOrMinusOne")));
  }
  if (typeof value === "string") {
    const key = value.trim().toLowerCase();
    // Own keys only: "constructor" or "__proto__" must not read Object.prototype members.
    if (Object.prototype.hasOwnProperty.call(WORDS, key)) return WORDS[key];
    throw invalidInput(valueProblem(where, msg("value.quoted", { value }), msg("hint.directionWords")));
  }
  const shown = value === null || value === undefined ? msg("value.blank") : String(value);
  throw invalidInput(valueProblem(where, shown, msg("hint.oneOrMinusOne")));
}
