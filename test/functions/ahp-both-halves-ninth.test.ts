/**
 * Tester (break4): a comparison matrix typed both ways, as papers print it, with 1/9 rounded to
 * 0.111 below a 9. Oracle: ../shared/method.md §3 and the README's input rules: where both a_ij and
 * a_ji are given their product must be within 1 % of 1 and the larger is the judgement, the other
 * becoming its exact reciprocal (3 over 0.333 is 3 and 1/3). So 9 over 0.111 (product 0.999) is 9 and
 * 1/9: the same weights as the upper triangle alone, exact by hand for 2×2 (9/10, 1/10).
 *
 * Fault found (before): 0.111 was refused cell by cell as "outside Saaty's scale 1/9 to 9" before
 * the pair was looked at, although 0.333 under a 3 was accepted.
 */
import { completePairwiseMatrix } from "../../src/core";
import { loadSourceFunctions, type SourceFunctions } from "./support/source-functions";

const N = null;
let src: SourceFunctions;
beforeAll(async () => {
  src = await loadSourceFunctions();
});
const call = (id: string, ...args: unknown[]) => src.byId.get(id)!(...args);

describe("9 with 0.111 typed below it is 9 and 1/9", () => {
  it("AHP 2×2: weights 0.9 and 0.1 (exact by hand), as the upper triangle alone", () => {
    expect(call("AHP", [[1, 9], [0.111, 1]], N)).toEqual([[0.9], [0.1]]);
    expect(call("AHP", [[1, "0.111"], [9, 1]], N)).toEqual([[0.1], [0.9]]);
    // The partner typed as text ('9) or as a data-type number is read as well.
    expect(call("AHP", [[1, "9"], [0.111, 1]], N)).toEqual([[0.9], [0.1]]);
    expect(call("AHP", [[1, { type: "Double", basicValue: 9 }], [0.111, 1]], N)).toEqual([[0.9], [0.1]]);
  });

  it("a full 3×3 matrix printed with 0.111 and 0.2 gives the weights of its upper triangle", () => {
    const upper = [[1, 9, 5], [N, 1, "1/2"], [N, N, 1]];
    const full = [[1, 9, 5], [0.111, 1, 0.5], [0.2, 2, 1]];
    for (const m of ["eigen", "geometric", "arithmetic"]) expect(call("AHP", full, m)).toEqual(call("AHP", upper, m));
    expect(call("AHPCR", full, N)).toEqual(call("AHPCR", upper, N));
  });

  it("AHPGROUP reads an expert's 0.111 the same way", () => {
    const e1 = [[1, 9], [0.111, 1]];
    const e2 = [[1, 9], [N, 1]];
    expect(call("AHPGROUP", [...e1, ...e1], N)).toEqual(call("AHPGROUP", [...e2, ...e2], N));
  });

  it("the core completes the pair the same way", () => {
    expect(Array.from(completePairwiseMatrix([[1, 9], [0.111, 1]]).values)).toEqual([1, 9, 1 / 9, 1]);
  });

  it("0.111 alone (its partner blank) is still off the scale, and so is 0.111 under an 8 (product 0.888)", () => {
    expect(() => call("AHP", [[1, N], [0.111, 1]], N)).toThrow("matrix row 2, column 1 is 0.111, outside Saaty's scale 1/9 to 9");
    expect(() => call("AHP", [[1, 8], [0.111, 1]], N)).toThrow("matrix row 2, column 1 is 0.111, outside Saaty's scale 1/9 to 9");
    expect(() => completePairwiseMatrix([[1, 8], [0.111, 1]])).toThrow("outside Saaty's scale");
  });

  it("only the smaller of the pair is excused: 9.05 over 1/9 (product 1.006) is 9.05, off the scale", () => {
    const message = "matrix row 1, column 2 is 9.05, outside Saaty's scale 1/9 to 9";
    expect(() => call("AHP", [[1, 9.05], ["1/9", 1]], N)).toThrow(message);
    expect(() => completePairwiseMatrix([[1, 9.05], [1 / 9, 1]])).toThrow(message);
  });

  it("a partner off the scale excuses nothing: 0.1 over 10 names the 0.1 first (row by row)", () => {
    const message = "matrix row 1, column 2 is 0.1, outside Saaty's scale 1/9 to 9";
    expect(() => call("AHP", [[1, 0.1], [10, 1]], N)).toThrow(message);
    expect(() => completePairwiseMatrix([[1, 0.1], [10, 1]])).toThrow(message);
  });
});
