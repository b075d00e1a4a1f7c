import fc from "fast-check";
import { combineWeights, type CombineMethod } from "../../src/core";
import { weightsOf } from "./support/arbitraries";
import { expectMethodError } from "./support/errors";
import { COMBINE_OBJECTIVE, COMBINE_SUBJECTIVE } from "../support/published-vectors";

const METHODS: CombineMethod[] = ["multiplicative", "linear", "geometric"];
const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((s, x) => s + x, 0);

function expectClose(actual: ArrayLike<number>, expected: ReadonlyArray<number>, tol: number): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((x, j) => expect(Math.abs(actual[j] - x)).toBeLessThanOrEqual(tol));
}

describe("combineWeights on published vector 6 (zhjx19/mathmodels docs/reference/combine_weights.md)", () => {
  it("linear, α = 0.6: 0.34, 0.26, 0.24, 0.16", () => {
    expectClose(combineWeights(COMBINE_SUBJECTIVE, COMBINE_OBJECTIVE, "linear", 0.6), [0.34, 0.26, 0.24, 0.16], 1e-15);
  });

  it("multiplicative: 0.4081633, 0.2448980, 0.2448980, 0.1020408", () => {
    const w = combineWeights(COMBINE_SUBJECTIVE, COMBINE_OBJECTIVE, "multiplicative");
    expectClose(w, [0.4081633, 0.244898, 0.244898, 0.1020408], 5e-8);
    // = (0.1, 0.06, 0.06, 0.025)/0.245 exactly: 20/49, 12/49, 12/49, 5/49.
    expectClose(w, [20 / 49, 12 / 49, 12 / 49, 5 / 49], 1e-15);
  });

  it("geometric (√): 0.3279556, 0.2540333, 0.2540333, 0.1639778", () => {
    const w = combineWeights(COMBINE_SUBJECTIVE, COMBINE_OBJECTIVE, "geometric");
    expectClose(w, [0.3279556, 0.2540333, 0.2540333, 0.1639778], 5e-8);
    expectClose(w, [0.327955589886445, 0.254033307585166, 0.254033307585166, 0.163977794943223], 1e-14); // obstacle_oracle.py
  });

  it("defaults to multiplicative, and to α = 0.5 for linear (method.md §1.4; obstacle_oracle.py: 0.325, 0.25, 0.25, 0.175)", () => {
    expect(Array.from(combineWeights(COMBINE_SUBJECTIVE, COMBINE_OBJECTIVE))).toEqual(
      Array.from(combineWeights(COMBINE_SUBJECTIVE, COMBINE_OBJECTIVE, "multiplicative")),
    );
    expectClose(combineWeights(COMBINE_SUBJECTIVE, COMBINE_OBJECTIVE, "linear"), [0.325, 0.25, 0.25, 0.175], 1e-15);
  });

  it("scales both sides to sum 1 first, so unscaled inputs give the same result", () => {
    for (const method of METHODS) {
      expectClose(
        combineWeights(COMBINE_SUBJECTIVE.map((x) => 2 * x), COMBINE_OBJECTIVE.map((x) => 40 * x), method, 0.6),
        Array.from(combineWeights(COMBINE_SUBJECTIVE, COMBINE_OBJECTIVE, method, 0.6)),
        1e-15,
      );
    }
  });

  it("linear α = 1 returns the subjective side and α = 0 the objective side", () => {
    expectClose(combineWeights(COMBINE_SUBJECTIVE, COMBINE_OBJECTIVE, "linear", 1), COMBINE_SUBJECTIVE, 1e-15);
    expectClose(combineWeights(COMBINE_SUBJECTIVE, COMBINE_OBJECTIVE, "linear", 0), COMBINE_OBJECTIVE, 1e-15);
  });

  describe("errors", () => {
    it("rejects lengths that differ", () => {
      expectMethodError(() => combineWeights([0.5, 0.5], [0.2, 0.3, 0.5]), "value", /subjective has 2 weights and objective has 3/);
    });
    it.each([-0.1, 1.1, NaN, Infinity])("rejects α = %p for linear", (alpha) => {
      expectMethodError(() => combineWeights(COMBINE_SUBJECTIVE, COMBINE_OBJECTIVE, "linear", alpha), "value", /alpha is .*; it must lie in \[0, 1\]/);
    });
    it.each(["additive", "Linear", "", "constructor"])("rejects the unknown method %p", (method) => {
      expectMethodError(() => combineWeights(COMBINE_SUBJECTIVE, COMBINE_OBJECTIVE, method as CombineMethod), "value", /use "multiplicative", "linear", "geometric" or "game"/);
    });
    it("the unknown-method message names the option and its value in full (i18n option.unknown)", () => {
      expectMethodError(() => combineWeights(COMBINE_SUBJECTIVE, COMBINE_OBJECTIVE, "additive" as CombineMethod), "value", /^method is 'additive'; use "multiplicative", "linear", "geometric" or "game"$/);
    });
    it("rejects negative or zero-sum weights on either side, naming the side", () => {
      expectMethodError(() => combineWeights([0.5, -0.5, 1], [1, 1, 1]), "value", /subjective item 2 is -0.5/);
      expectMethodError(() => combineWeights([1, 1, 1], [0, 0, 0]), "value", /objective sum to 0/);
    });
    it("rejects a product that is 0 for every indicator (multiplicative and geometric), not linear", () => {
      expectMethodError(() => combineWeights([1, 0], [0, 1]), "value", /no indicator has weight on both sides/);
      expectMethodError(() => combineWeights([1, 0], [0, 1], "geometric"), "value", /geometric combination is undefined/);
      expectClose(combineWeights([1, 0], [0, 1], "linear"), [0.5, 0.5], 0);
    });
  });

  it("property: every method gives weights ≥ 0 summing to 1", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }).chain((m) => fc.tuple(weightsOf(m), weightsOf(m))),
        fc.constantFrom(...METHODS),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ([a, e], method, alpha) => {
          fc.pre(method === "linear" || a.some((x, j) => x * e[j] > 0));
          const w = combineWeights(a, e, method, alpha);
          for (const x of w) expect(x).toBeGreaterThanOrEqual(0);
          expect(Math.abs(sum(w) - 1)).toBeLessThanOrEqual(1e-12);
        },
      ),
    );
  });
});
