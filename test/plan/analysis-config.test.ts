/** Validator of the version-1 analysis configuration: defaults and messages that name the field. */
import { parseAnalysisConfig, validateAnalysisConfig, subsystemsOf } from "../../src/plan/analysis-config";
import { BASE_CONFIG, COMBINED_CONFIG } from "./fixtures";

const errorsOf = (raw: unknown) => {
  const c = validateAnalysisConfig(raw);
  return c.ok ? [] : c.errors;
};

describe("validateAnalysisConfig", () => {
  test("fills the defaults of method.md (entropy, shift 0, cuts 1/3 and 2/3, k = 5, eigen, saaty, multiplicative α 0.5)", () => {
    const c = validateAnalysisConfig({ ...BASE_CONFIG, weighting: undefined });
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.config.weighting.method).toBe("entropy");
    expect(c.config.weighting.entropyShift).toBe(0);
    expect(c.config.grades).toEqual({ low: 1 / 3, high: 2 / 3 });
    expect(c.config.topK).toBe(5);
    expect(c.config.weighting.ahp.method).toBe("eigen");
    expect(c.config.weighting.ahp.ri).toBe("saaty");
    expect(c.config.weighting.combine).toEqual({ method: "multiplicative", alpha: 0.5 });
    // Omitted AHP matrices are equal importance (all 1 above the diagonal).
    expect(c.config.weighting.ahp.matrices.support).toEqual([
      [1, 1],
      [null, 1],
    ]);
  });

  test("names the field of a bad direction, role and subsystem", () => {
    const bad = { ...BASE_CONFIG, indicators: BASE_CONFIG.indicators.map((x, i) => (i === 3 ? { ...x, direction: "up" } : i === 1 ? { ...x, role: "load" } : x)) };
    const errs = errorsOf(bad);
    expect(errs).toContain("indicators[3].direction is 'up'; use 1 or -1");
    expect(errs).toContain(`indicators[1].role is 'load'; use "support" or "pressure"`);
    expect(errorsOf({ ...BASE_CONFIG, indicators: [{ ...BASE_CONFIG.indicators[0], subsystem: " " }, ...BASE_CONFIG.indicators.slice(1)] })).toContain(
      "indicators[0].subsystem is ' '; give a non-empty text",
    );
  });

  test("rejects unknown fields, a wrong version, duplicates and a system without indicators", () => {
    expect(errorsOf({ ...BASE_CONFIG, colour: 1 })[0]).toMatch(/^colour is not a known field/);
    expect(errorsOf({ ...BASE_CONFIG, version: 2 })).toContain("version is 2; this add-in reads version 1");
    expect(errorsOf({ ...BASE_CONFIG, indicators: [...BASE_CONFIG.indicators, BASE_CONFIG.indicators[0]] })).toContain(
      "indicators[6].name 'GDPperCapitaUS' appears twice",
    );
    expect(errorsOf({ ...BASE_CONFIG, indicators: BASE_CONFIG.indicators.filter((x) => x.role === "support") })).toContain(
      "indicators has no pressure indicator; the method needs at least one of each",
    );
  });

  test("checks weighting options, grade cuts and top-k", () => {
    expect(errorsOf({ ...BASE_CONFIG, weighting: { method: "topsis" } })).toContain(`weighting.method is 'topsis'; use "entropy", "ahp" or "combined"`);
    expect(errorsOf({ ...BASE_CONFIG, weighting: { method: "entropy", entropyShift: -1 } })[0]).toMatch(/^weighting.entropyShift is -1/);
    expect(errorsOf({ ...BASE_CONFIG, weighting: { method: "combined", combine: { method: "linear", alpha: 2 } } })).toContain(
      "weighting.combine.alpha is 2; use a number in [0, 1]",
    );
    expect(errorsOf({ ...BASE_CONFIG, grades: { low: 0.7, high: 0.3 } })).toContain("grades.low = 0.7, grades.high = 0.3 must satisfy 0 < low < high < 1");
    expect(errorsOf({ ...BASE_CONFIG, topK: 0 })).toContain("topK is 0; use a whole number ≥ 1");
  });

  test("AHP matrices: size per level, fractions, reciprocity and the diagonal", () => {
    const ok = validateAnalysisConfig(COMBINED_CONFIG);
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(ok.config.weighting.ahp.matrices.pressure[0][2]).toBe(0.5); // "1/2" read as a fraction
    const m = (support: unknown) => ({ ...COMBINED_CONFIG, weighting: { ...COMBINED_CONFIG.weighting, ahp: { level: "subsystem", matrices: { support } } } });
    expect(errorsOf(m([[1]]))[0]).toBe(
      "weighting.ahp.matrices.support must be a 2×2 list of lists (subsystems: economic development, resource endowment)",
    );
    expect(errorsOf(m([[1, "x"], [null, 1]]))).toContain(`weighting.ahp.matrices.support[0][1] is 'x'; use a positive number or a fraction such as "1/3"`);
    expect(errorsOf(m([[1, 2], [3, 1]]))[0]).toMatch(/^weighting.ahp.matrices.support\[1\]\[0\] is 3 but .*\[0\]\[1\] is 2; the lower triangle must hold reciprocals/);
    expect(errorsOf(m([[2, 2], [null, 1]]))).toContain("weighting.ahp.matrices.support[0][0] is 2; the diagonal must be 1");
  });

  test("parseAnalysisConfig reports bad JSON as one message", () => {
    const c = parseAnalysisConfig("{ version: 1 ");
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.errors[0]).toMatch(/^the configuration is not valid JSON/);
  });

  test("subsystems are in order of first appearance per system", () => {
    expect(subsystemsOf(BASE_CONFIG.indicators, "pressure")).toEqual(["environmental pollution", "energy structure", "social pressure"]);
  });
});
