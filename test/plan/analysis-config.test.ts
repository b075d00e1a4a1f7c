/** Validator of the version-1 analysis configuration: defaults and messages that name the field. */
import { closestField, parseAnalysisConfig, validateAnalysisConfig, subsystemsOf } from "../../src/plan/analysis-config";
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
    expect(errorsOf({ ...BASE_CONFIG, topK: 0 })).toContain("topK is 0; use a whole number from 1 to 5");
  });

  test("topK is bounded by the support indicators (5 always allowed), naming topK and the maximum", () => {
    // BASE_CONFIG has 3 support indicators.
    expect(errorsOf({ ...BASE_CONFIG, topK: 16384 })).toEqual([
      "topK is 16384, but obstacles rank the 3 support indicators; use at most 5 (the number of support indicators, or 5)",
    ]);
    expect(errorsOf({ ...BASE_CONFIG, topK: 6 })).toHaveLength(1);
    expect(errorsOf({ ...BASE_CONFIG, topK: 5 })).toEqual([]);
    expect(errorsOf({ ...BASE_CONFIG, topK: null })).toEqual(["topK is null; use a whole number from 1 to 5"]);
    const many = { ...BASE_CONFIG, indicators: [...BASE_CONFIG.indicators, ...[1, 2, 3, 4, 5].map((i) => ({ name: `s${i}`, role: "support", direction: 1, subsystem: "x" }))] };
    expect(errorsOf({ ...many, topK: 8 })).toEqual([]);
    expect(errorsOf({ ...many, topK: 9 })[0]).toMatch(/^topK is 9, but obstacles rank the 8 support indicators; use at most 8/);
  });

  test("yearColumn equal to areaColumn is an error", () => {
    expect(errorsOf({ ...BASE_CONFIG, yearColumn: "country" })).toContain(
      "yearColumn is 'country', the same column as areaColumn; give the column with the years (or leave yearColumn out for a cross-section)",
    );
  });

  test("unknown keys inside nested objects are reported with their path", () => {
    expect(errorsOf({ ...BASE_CONFIG, grades: { low: 0.3, high: 0.7, mid: 0.5 } })).toEqual(["grades.mid is not a known field (known: low, high)"]);
    expect(errorsOf({ ...BASE_CONFIG, charts: { couplingSeriesBy: "area", colour: "red" } })).toEqual([
      "charts.colour is not a known field (known: couplingSeriesBy)",
    ]);
    expect(errorsOf({ ...BASE_CONFIG, weighting: { method: "combined", combine: { method: "linear", alfa: 0.3 } } })).toEqual([
      "weighting.combine.alfa is not a known field; did you mean 'alpha'? (known: method, alpha)",
    ]);
  });

  test("an unknown field names the closest known one (case, part of the name, or a near spelling)", () => {
    expect(errorsOf({ ...BASE_CONFIG, weighting: { method: "entropy", shift: 0.01 } })).toEqual([
      "weighting.shift is not a known field; did you mean 'entropyShift'? (known: method, objective, entropyShift, ahp, combine)",
    ]);
    expect(errorsOf({ ...BASE_CONFIG, topk: 3 })[0]).toMatch(/^topk is not a known field; did you mean 'topK'\?/);
    expect(errorsOf({ ...BASE_CONFIG, indicators: [{ ...BASE_CONFIG.indicators[0], Role: "support" }, ...BASE_CONFIG.indicators.slice(1)] })[0]).toMatch(
      /^indicators\[0\]\.Role is not a known field; did you mean 'role'\?/,
    );
    expect(closestField("colour", ["low", "high"])).toBeUndefined();
  });

  test("null is reported, not treated as omitted", () => {
    expect(errorsOf({ ...BASE_CONFIG, weighting: { method: null } })).toEqual([`weighting.method is null; use "entropy", "ahp" or "combined"`]);
    expect(errorsOf({ ...BASE_CONFIG, weighting: { method: "combined", combine: null } })).toEqual([`weighting.combine is null; give {"method": "multiplicative"}`]);
    expect(errorsOf({ ...BASE_CONFIG, weighting: { method: "entropy", entropyShift: null } })[0]).toMatch(/^weighting.entropyShift is null/);
    expect(errorsOf({ ...BASE_CONFIG, weighting: { method: "ahp", ahp: { ri: null } } })[0]).toMatch(/^weighting.ahp.ri is null/);
  });

  test("entropyShift is bounded to [0, 1] (the literature uses 0.0001 to 0.01)", () => {
    expect(errorsOf({ ...BASE_CONFIG, weighting: { method: "entropy", entropyShift: 1e308 } })).toEqual([
      "weighting.entropyShift is 1e+308; use a number from 0 to 1 (0, 0.0001 and 0.01 are the values in the literature)",
    ]);
    expect(errorsOf({ ...BASE_CONFIG, weighting: { method: "entropy", entropyShift: 1 } })).toEqual([]);
  });

  test("a direction written as cost/benefit is explained relative to the index fed", () => {
    const bad = { ...BASE_CONFIG, indicators: BASE_CONFIG.indicators.map((x, i) => (i === 1 ? { ...x, direction: "cost" } : x)) };
    expect(errorsOf(bad)[0]).toMatch(/^indicators\[1\]\.direction is 'cost'; use 1 or -1 relative to the index the indicator feeds: .*a pollutant raises pressure, so 1/);
  });

  test("AHP matrices: size per level, fractions, reciprocity and the diagonal", () => {
    const ok = validateAnalysisConfig(COMBINED_CONFIG);
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(ok.config.weighting.ahp.matrices.pressure[0][2]).toBe(0.5); // "1/2" read as a fraction
    const m = (support: unknown) => ({ ...COMBINED_CONFIG, weighting: { ...COMBINED_CONFIG.weighting, ahp: { level: "subsystem", matrices: { support } } } });
    expect(errorsOf(m([[1]]))[0]).toBe(
      "weighting.ahp.matrices.support must be a 2×2 list of lists (subsystems: economic development, resource endowment)",
    );
    expect(errorsOf(m([[1, "x"], [null, 1]]))).toContain(`weighting.ahp.matrices.support[0][1] is 'x'; use a positive number or a fraction such as "1/3" (Saaty's scale is 1/9 to 9)`);
    expect(errorsOf(m([[1, 2], [3, 1]]))[0]).toMatch(/^weighting.ahp.matrices.support\[1\]\[0\] is 3 but .*\[0\]\[1\] is 2; the lower triangle must hold reciprocals/);
    expect(errorsOf(m([[2, 2], [null, 1]]))).toContain("weighting.ahp.matrices.support[0][0] is 2; the diagonal must be 1");
  });

  test("AHP judgements must be positive and finite with a finite reciprocal, named by their path", () => {
    const m = (pressure: unknown) => ({ ...COMBINED_CONFIG, weighting: { ...COMBINED_CONFIG.weighting, ahp: { level: "subsystem", matrices: { pressure } } } });
    // 5e-324 is the smallest subnormal double; 1/5e-324 overflows to Infinity (IEEE 754).
    const tiny = [[1, 1, 1], [5e-324, 1, 1], [null, null, 1]];
    expect(errorsOf(m(tiny))).toEqual([`weighting.ahp.matrices.pressure[1][0] is 5e-324, outside Saaty's scale 1/9 to 9; use a judgement from 1/9 to 9, e.g. 3 or '1/3`]);
    expect(errorsOf(m([[1, -2, 1], [null, 1, 1], [null, null, 1]]))[0]).toMatch(/^weighting.ahp.matrices.pressure\[0\]\[1\] is -2;/);
  });

  test("AHP matrices accept what RECC.AHP accepts: either of a pair blank, not both; a blank diagonal is 1", () => {
    const m = (pressure: unknown) => ({ ...COMBINED_CONFIG, weighting: { ...COMBINED_CONFIG.weighting, ahp: { level: "subsystem", matrices: { pressure } } } });
    // Lower triangle only (as completePairwiseMatrix accepts): a_21 = 3 means a_12 = 1/3.
    const lower = validateAnalysisConfig(m([[null, null, null], [3, null, null], ["1/2", 4, null]]));
    expect(lower.ok).toBe(true);
    if (lower.ok) {
      expect(lower.config.weighting.ahp.matrices.pressure).toEqual([
        [1, 1 / 3, 2],
        [null, 1, 0.25],
        [null, null, 1],
      ]);
    }
    expect(errorsOf(m([[1, null, 2], [null, 1, 4], [null, null, 1]]))).toEqual([
      "weighting.ahp.matrices.pressure[0][1] and weighting.ahp.matrices.pressure[1][0] are both blank; give one of them (environmental pollution compared with energy structure)",
    ]);
  });

  test("the RI choice must give a CR for the grid size: Saaty stops at n = 15, a numeric RI lies in [0.1, 2]", () => {
    const subsystems = Array.from({ length: 16 }, (_, i) => ({ name: `s${i}`, role: "support", direction: 1, subsystem: `S${i}` }));
    const big = { version: 1, areaColumn: "area", indicators: [...subsystems, { name: "p", role: "pressure", direction: 1, subsystem: "P" }], weighting: { method: "ahp" } };
    expect(errorsOf(big)).toEqual([
      `weighting.ahp.ri is "saaty", whose table covers n = 1..15, but the support system has 16 subsystems; use "alonso" (any n) or give RI as a number`,
    ]);
    expect(errorsOf({ ...big, weighting: { method: "ahp", ahp: { ri: "alonso" } } })).toEqual([]);
    // Entropy weighting does not use RI: no error.
    expect(errorsOf({ ...big, weighting: { method: "entropy" } })).toEqual([]);
    expect(errorsOf({ ...COMBINED_CONFIG, weighting: { ...COMBINED_CONFIG.weighting, ahp: { ...COMBINED_CONFIG.weighting.ahp, ri: 0 } } })).toEqual([
      "weighting.ahp.ri is 0; use \"saaty\", \"alonso\" or a number from 0.1 to 2 (published RI tables lie in about 0.5–1.77)",
    ]);
    // The core's range (randomIndex, RANDOM_INDEX_RANGE): a tiny or huge RI is refused like 0.
    for (const ri of [5e-324, 0.09, 2.01, 1e308]) {
      expect(errorsOf({ ...COMBINED_CONFIG, weighting: { ...COMBINED_CONFIG.weighting, ahp: { ...COMBINED_CONFIG.weighting.ahp, ri } } })).toHaveLength(1);
    }
    expect(errorsOf({ ...COMBINED_CONFIG, weighting: { ...COMBINED_CONFIG.weighting, ahp: { ...COMBINED_CONFIG.weighting.ahp, ri: 0.58 } } })).toEqual([]);
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
