/**
 * An internal exception can never pass as a user error (issue 12): a crash injected into the method
 * (a TypeError from RECC's index C = P/S for a negative P, the audit's mutation) reaches Excel as
 * #VALUE! with the recognisable "RECC internal error" message, and the fuzz property of
 * test/functions/bad-input.test.ts fails on it.
 */
import fc from "fast-check";
import { cleanResultProperty, isInternalError } from "./support/fuzz";
import { loadSourceFunctions, type SourceFunctions } from "./support/source-functions";

jest.mock("../../src/core/carrying-capacity-index", () => {
  const actual = jest.requireActual("../../src/core/carrying-capacity-index");
  return {
    ...actual,
    reccIndex: (p: number, s: number) => {
      if (p < 0) throw new TypeError("injected crash: cannot read properties of undefined");
      return actual.reccIndex(p, s);
    },
  };
});

let src: SourceFunctions;
beforeAll(async () => {
  src = await loadSourceFunctions();
});

describe("a crash injected into RECC.INDEX (negative P)", () => {
  it("is caught and thrown as #VALUE! 'RECC internal error (a bug, please report it): …'", () => {
    let thrown: unknown;
    try {
      src.byId.get("INDEX")!([[-0.5]], [[0.25]]);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(src.fake.Error);
    expect({ code: (thrown as { code: string }).code, message: (thrown as Error).message }).toEqual({
      code: "#VALUE!",
      message: "RECC internal error (a bug, please report it): injected crash: cannot read properties of undefined",
    });
    expect(isInternalError(thrown)).toBe(true);
  });

  it("leaves INDEX unchanged elsewhere (the mock injects only the crash): 0.5/0.25 = 2", () => {
    expect(src.byId.get("INDEX")!([[0.5]], [[0.25]])).toEqual([[2]]);
  });

  it("makes the fuzz property fail, naming the crash", () => {
    // Arguments where the crash is reachable: numeric ranges of one shape, sometimes negative.
    const numbers = fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 2, maxLength: 2 }).map((r) => [r]);
    expect(() => fc.assert(cleanResultProperty(src, "INDEX", numbers), { numRuns: 200 })).toThrow(/INDEX crashed: RECC internal error/);
  });

  it("a user error is not an internal error: INDEX of a text cell", () => {
    let thrown: unknown;
    try {
      src.byId.get("INDEX")!([["x"]], [[0.25]]);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(src.fake.Error);
    expect(isInternalError(thrown)).toBe(false);
  });
});
