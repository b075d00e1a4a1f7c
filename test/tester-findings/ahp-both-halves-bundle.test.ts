/**
 * Tester (break4): a pair typed both ways as papers print it, 9 over 0.111, through the built bundle
 * dist/functions.js (source-level: test/functions/ahp-both-halves-ninth.test.ts). Oracle:
 * ../shared/method.md §3: both given within 1 %, the larger is the judgement and the other its exact
 * reciprocal, so the weights are those of 9 alone, 0.9 and 0.1 (exact by hand).
 */
import { loadFunctionsBundle } from "../support/load-functions-bundle";

describe("the built bundle: 9 over 0.111 is 9 and 1/9", () => {
  const fns = loadFunctionsBundle();
  it("AHP, AHPCR and AHPGROUP", () => {
    expect(fns.get("AHP")!([[1, 9], [0.111, 1]], null)).toEqual([[0.9], [0.1]]);
    expect(fns.get("AHPCR")!([[1, 9, 5], [0.111, 1, 0.5], [0.2, 2, 1]], null)).toBe(fns.get("AHPCR")!([[1, 9, 5], [null, 1, 0.5], [null, null, 1]], null));
    expect(fns.get("AHPGROUP")!([[1, 9], ["0.111", 1], [1, 9], [null, 1]], null)).toEqual([[1, 9], [1 / 9, 1]]);
  });
});
