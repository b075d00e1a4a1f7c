import { parseDirection } from "../../src/core";
import { expectMethodError } from "./support/errors";

describe("parseDirection (../shared/method.md §3 directions)", () => {
  it.each([
    [1, 1],
    [-1, -1],
    ["1", 1],
    ["+1", 1],
    ["-1", -1],
    ["+", 1],
    ["-", -1],
    ["benefit", 1],
    ["cost", -1],
    ["positive", 1],
    ["negative", -1],
    ["  Benefit ", 1],
    ["COST", -1],
    [" Positive", 1],
    ["Negative ", -1], // the Jingjinji workbooks' labels carry a trailing space (../shared/data/real README)
  ])("reads %p as %p", (value, expected) => {
    expect(parseDirection(value, "directions item 1")).toBe(expected);
  });

  it.each([0, 2, -2, 0.5, NaN, Infinity])("rejects the number %p, naming the place", (value) => {
    expectMethodError(() => parseDirection(value, "directions item 3"), "value", new RegExp(`directions item 3 is ${value}; use 1 or -1`));
  });

  it.each(["", "up", "benefits", "1.0", "++", "constructor", "toString", "__proto__", "hasOwnProperty"])(
    "rejects the text %p, naming the place and the accepted words",
    (value) => {
      // "constructor" and "__proto__" used to return Object.prototype members instead of throwing.
      expectMethodError(() => parseDirection(value, "directions item 2"), "value", /directions item 2 is '.*'; use 1\/-1, "\+"\/"-", "benefit"\/"cost"/);
    },
  );

  it.each([
    [null, "blank"],
    [undefined, "blank"],
    [true, "true"],
    [{}, "\\[object Object\\]"],
  ])("rejects %p as %s", (value, shown) => {
    expectMethodError(() => parseDirection(value, "directions item 4"), "value", new RegExp(`directions item 4 is ${shown}; use 1 or -1`));
  });
});
