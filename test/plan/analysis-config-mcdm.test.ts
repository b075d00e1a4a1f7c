/**
 * Issue 10 in the configuration: the objective weighting (entropy or CRITIC), the game-theory
 * combination, and the optional CCD and TOPSIS blocks. Version 1 stays compatible: a configuration
 * without the new fields resolves exactly as before (the defaults reproduce today's analysis).
 */
import { validateAnalysisConfig } from "../../src/plan/analysis-config";
import { BASE_CONFIG, COMBINED_CONFIG, resolved } from "./fixtures";

const errorsOf = (raw: unknown) => {
  const c = validateAnalysisConfig(raw);
  return c.ok ? [] : c.errors;
};

describe("new options of issue 10", () => {
  test("defaults: entropy objective, no CCD and no TOPSIS block (today's analysis)", () => {
    const c = resolved(BASE_CONFIG);
    expect(c.weighting.objective).toBe("entropy");
    expect(c.ccd).toBeUndefined();
    expect(c.topsis).toBeUndefined();
    expect("ccd" in c || "topsis" in c).toBe(false);
  });

  test("objective CRITIC, game combination, CCD and TOPSIS resolve with their defaults", () => {
    const c = resolved({ ...COMBINED_CONFIG, weighting: { ...COMBINED_CONFIG.weighting, objective: "critic", combine: { method: "game" } }, ccd: {}, topsis: {} });
    expect(c.weighting.objective).toBe("critic");
    expect(c.weighting.combine.method).toBe("game");
    expect(c.ccd).toEqual({ variant: "standard" });
    expect(c.topsis).toEqual({ normalization: "vector" });
    expect(resolved({ ...BASE_CONFIG, ccd: { variant: "adjusted" }, topsis: { normalization: "minmax" } })).toMatchObject({ ccd: { variant: "adjusted" }, topsis: { normalization: "minmax" } });
    expect(resolved({ ...BASE_CONFIG, ccd: true, topsis: false })).toMatchObject({ ccd: { variant: "standard" } });
    expect(resolved({ ...BASE_CONFIG, ccd: true, topsis: false }).topsis).toBeUndefined();
  });

  test("bad values and unknown fields are named as the existing messages do", () => {
    expect(errorsOf({ ...BASE_CONFIG, weighting: { method: "entropy", objective: "variance" } })).toEqual([`weighting.objective is 'variance'; use "entropy" or "critic"`]);
    expect(errorsOf({ ...COMBINED_CONFIG, weighting: { ...COMBINED_CONFIG.weighting, combine: { method: "nash" } } })).toEqual([
      `weighting.combine.method is 'nash'; use "multiplicative", "linear", "geometric" or "game"`,
    ]);
    expect(errorsOf({ ...BASE_CONFIG, ccd: { variant: "corrected" } })).toEqual([`ccd.variant is 'corrected'; use "standard" or "adjusted"`]);
    expect(errorsOf({ ...BASE_CONFIG, topsis: { normalisation: "vector" } })[0]).toBe("topsis.normalisation is not a known field; did you mean 'normalization'? (known: normalization)");
    expect(errorsOf({ ...BASE_CONFIG, topsis: "yes" })).toEqual([`topsis is 'yes'; give {} (or {"normalization": "vector"}) to add the block, or leave topsis out`]);
    expect(errorsOf({ ...BASE_CONFIG, weighting: { method: "entropy", objectve: "critic" } })[0]).toMatch(/^weighting\.objectve is not a known field; did you mean 'objective'\?/);
    expect(errorsOf({ ...BASE_CONFIG, topsys: {} })[0]).toMatch(/^topsys is not a known field; did you mean 'topsis'\?/);
  });
});
