import { RANDOM_INDEX, RANDOM_INDEX_RANGE, randomIndex } from "../../src/core";
import { expectMethodError } from "./support/errors";

describe("randomIndex", () => {
  it("has Saaty's (1990, EJOR 48, 9–26) table for n = 1..15, as listed in ../shared/method.md §1.3", () => {
    const saaty = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59];
    expect(RANDOM_INDEX.saaty).toEqual(saaty);
    saaty.forEach((ri, i) => expect(randomIndex(i + 1)).toBe(ri));
    saaty.forEach((ri, i) => expect(randomIndex(i + 1, "saaty")).toBe(ri));
  });

  it("has Alonso & Lamata's (2006) table for n = 1..15, as listed in ../shared/method.md §1.3", () => {
    const alonso = [0, 0, 0.5245, 0.8815, 1.1086, 1.2479, 1.3417, 1.4056, 1.4499, 1.4854, 1.5141, 1.5365, 1.5551, 1.5713, 1.5838];
    expect(RANDOM_INDEX.alonso).toEqual(alonso);
    alonso.forEach((ri, i) => expect(randomIndex(i + 1, "alonso")).toBe(ri));
  });

  it("uses Alonso & Lamata's formula (1.7699 n − 4.3513)/(n − 1) beyond the table", () => {
    // Oracle: test/core/oracles/ahp_oracle.py prints RI(16) = 1.5978066666666668, RI(20) = 1.6340368421052631.
    expect(randomIndex(20, "alonso")).toBeCloseTo(1.6340368421052631, 14);
    expect(randomIndex(16, "alonso")).toBeCloseTo(1.5978066666666668, 14);
  });

  it('answers notAvailable for the saaty table at n = 16, naming "alonso"', () => {
    expectMethodError(() => randomIndex(16), "notAvailable", /alonso/);
    expectMethodError(() => randomIndex(16, "saaty"), "notAvailable", /covers n = 1\.\.15, not n = 16/);
  });

  it("answers notAvailable below n = 1: neither table covers n = 0 (method.md §1.3: tables n = 1..15, formula n > 15)", () => {
    expectMethodError(() => randomIndex(0), "notAvailable", /covers n = 1\.\.15, not n = 0/);
    expectMethodError(() => randomIndex(0, "alonso"), "notAvailable", /alonso random index table covers n = 1\.\.15, not n = 0/);
    expectMethodError(() => randomIndex(-3, "alonso"), "notAvailable", /not n = -3/);
  });

  it("returns a numeric RI as given, for any n", () => {
    expect(randomIndex(3, 0.52)).toBe(0.52);
    expect(randomIndex(40, 1.7)).toBe(1.7);
    expect(randomIndex(2, 0.1)).toBe(0.1);
    expect(randomIndex(4, 2)).toBe(2);
  });

  it("rejects a numeric RI outside the plausible range [0.1, 2] (published tables 0.5–1.77: Saaty 1990, Alonso & Lamata 2006)", () => {
    for (const ri of [0, 5e-324, 1e-310, 0.0999, 2.0001, 1e308]) expectMethodError(() => randomIndex(3, ri), "value", /^ri is .* must lie in \[0\.1, 2\]/);
    // For every published table value the range holds: it refuses slips, not tables.
    for (const t of ["saaty", "alonso"] as const) for (let n = 3; n <= 15; n++) expect(RANDOM_INDEX_RANGE.min <= randomIndex(n, t) && randomIndex(n, t) <= RANDOM_INDEX_RANGE.max).toBe(true);
    expect(randomIndex(1e6, "alonso")).toBeLessThan(RANDOM_INDEX_RANGE.max);
  });

  it("rejects a negative or non-finite numeric RI", () => {
    expectMethodError(() => randomIndex(3, -0.5), "value", /ri is -0.5/);
    expectMethodError(() => randomIndex(3, NaN), "value", /ri is NaN/);
    expectMethodError(() => randomIndex(3, Infinity), "value", /ri is Infinity/);
  });

  it.each(["noble", "Saaty", "", "constructor", "toString", "__proto__", "hasOwnProperty"])(
    "rejects the unknown table name %p as a value error",
    (name) => {
      // Names inherited from Object.prototype must not pass for a table (they did before this test).
      expectMethodError(() => randomIndex(3, name as "saaty"), "value", /use "saaty", "alonso" or a number/);
      // The message names the argument (ri) and repeats what was typed.
      expectMethodError(() => randomIndex(3, name as "saaty"), "value", `ri is '${name}'; use "saaty", "alonso" or a number`);
    },
  );
});
