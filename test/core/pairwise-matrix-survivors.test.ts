/**
 * Tests written against surviving mutants of src/core/pairwise-matrix.ts (report core-pairwise.json,
 * lines 72–144). Oracles: exact decimal arithmetic by hand (each value below is the exact double of
 * the written number or quotient), and the ahp.notReciprocal message of src/i18n/messages.ts.
 */
import { completePairwiseMatrix, parseRatio } from "../../src/core";
import { expectMethodError } from "./support/errors";

describe("parseRatio: multi-digit parts after a decimal point (survivors)", () => {
  it.each([
    // numerator with more than one digit after its point: 2.25 / 3 = 0.75 exactly
    ["2.25/3", 0.75],
    // denominator with a digit before its point: 1 / 2.5 = 0.4 (same double as the literal 0.4)
    ["1/2.5", 1 / 2.5],
    // denominator with more than one digit after its point: 1 / 0.25 = 4 exactly
    ["1/0.25", 4],
  ])("reads the fraction %p as %p", (text, value) => {
    expect(parseRatio(text)).toBe(value);
  });

  it.each([
    ["12.5", 12.5], // two digits before the point
    [".25", 0.25], // two digits after a leading point
    ["1e1", 10], // exponent without a sign
    ["5e-1", 0.5], // exponent with a minus sign
    ["5E+1", 50], // exponent with a plus sign, upper-case E
    ["5e-01", 0.5], // exponent with two digits
  ])("reads the number %p as %p", (text, value) => {
    expect(parseRatio(text)).toBe(value);
  });
});

describe("completePairwiseMatrix: expected value for a non-integer upper judgement (survivor)", () => {
  it("says 'expected 2' when row 1, column 2 is 0.5 (1/0.5 = 2, rounded to 4 decimals)", () => {
    const err = expectMethodError(() => completePairwiseMatrix([[1, 0.5], [3, 1]]), "value");
    expect(err.message).toContain("matrix is not reciprocal: row 1, column 2 is 0.5 but row 2, column 1 is 3 (expected 2)");
  });
});
