import { reccIndex, reccState } from "../../src/core";
import { SEED_ROWS } from "../support/published-vectors";

function valueOf(p: number, s: number): number {
  const r = reccIndex(p, s);
  if (r.status !== "ok") throw new Error(`expected a value, got ${r.status}`);
  return r.value;
}

describe("reccIndex C = P/S (seed paper eq. (3); method.md §1.6)", () => {
  it.each(SEED_ROWS.map((r) => [r.area, r.year, r.s, r.p, r.c] as const))(
    "%s %d: P/S of the printed S = %p, P = %p reproduces the printed C = %p within ±0.0003 (method.md §2)",
    (_area, _year, s, p, c) => {
      expect(Math.abs(valueOf(p, s) - c)).toBeLessThanOrEqual(0.0003);
    },
  );

  it("reproduces the Results section's Chongzuo 2012 figures: S 0.3381, P 0.0424, C 0.1253", () => {
    // ../shared/seed/000_d69dab332324f622.txt, "Analysis of changes in RECC trends": Chongzuo's RECC
    // index decreased from 0.1253 (2012); the support index from 0.3381 (2012); the pressure index from 0.0424 (2012).
    expect(Math.abs(valueOf(0.0424, 0.3381) - 0.1253)).toBeLessThanOrEqual(0.0003);
  });

  it("computes the quotient exactly as IEEE division", () => {
    expect(reccIndex(0.3, 0.6)).toEqual({ status: "ok", value: 0.3 / 0.6 });
    expect(reccIndex(0, 0.5)).toEqual({ status: "ok", value: 0 });
  });

  it("answers divisionByZero for S = 0 (either sign of zero), whatever P is", () => {
    expect(reccIndex(0.5, 0)).toEqual({ status: "divisionByZero" });
    expect(reccIndex(0, 0)).toEqual({ status: "divisionByZero" });
    expect(reccIndex(0.5, -0)).toEqual({ status: "divisionByZero" });
  });

  it("answers overflow when the quotient is not finite", () => {
    expect(reccIndex(1e308, 1e-308)).toEqual({ status: "overflow" });
    expect(reccIndex(-1e308, 1e-308)).toEqual({ status: "overflow" });
  });

  it("keeps a large but finite quotient", () => {
    expect(reccIndex(1e300, 1e-5)).toEqual({ status: "ok", value: 1e300 / 1e-5 });
  });
});

describe("reccState", () => {
  it("C < 1 surplus, C = 1 balance, C > 1 overload (seed paper; method.md §1.6)", () => {
    expect(reccState(0.7498)).toBe("surplus"); // Bayan Obo 2012
    expect(reccState(1.2543)).toBe("overload"); // Bayan Obo 2019
    expect(reccState(1)).toBe("balance");
    expect(reccState(1 - Number.EPSILON / 2)).toBe("surplus");
    expect(reccState(1 + Number.EPSILON)).toBe("overload");
  });
});
