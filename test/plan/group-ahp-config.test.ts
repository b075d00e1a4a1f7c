/**
 * weighting.ahp.experts (group AHP, issue 10): what the configuration accepts and how each bad entry
 * is named. Oracle: the rules of the field's documentation (README "The analysis configuration"):
 * k ≥ 1 experts, each weight a number ≥ 0 with at least one above 0, each expert's matrices checked
 * exactly as weighting.ahp.matrices (same n per system), not together with weighting.ahp.matrices.
 */
import { subsystemsOf, validateAnalysisConfig, type AnalysisConfig } from "../../src/plan/analysis-config";
import { BASE_CONFIG } from "./fixtures";

const sub = (role: string) => subsystemsOf(BASE_CONFIG.indicators, role as "support").length;
const ones = (n: number) => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (j >= i ? 1 : null)));

function withAhp(ahp: unknown): unknown {
  return { ...BASE_CONFIG, weighting: { method: "ahp", ahp: { level: "subsystem", ...(ahp as object) } } };
}
function errorsOf(raw: unknown, locale: "en" | "zh-CN" = "en"): string[] {
  const c = validateAnalysisConfig(raw, "json", locale);
  return c.ok ? [] : c.errors;
}

test("the fixture has AHP grids of more than one size (so 'different n' can be tested)", () => {
  expect(sub("support")).toBeGreaterThan(1);
  expect(sub("pressure")).toBeGreaterThan(1);
});

test("2 experts resolve to their weights and matrices; expert 1's matrices stand in weighting.ahp.matrices", () => {
  const m1 = { support: ones(sub("support")).map((r, i) => r.map((x, j) => (j === i + 1 ? 3 : x))) };
  const c = validateAnalysisConfig(withAhp({ experts: [{ weight: 0.6, matrices: m1 }, { weight: 0.4 }] }), "json");
  expect(c.ok).toBe(true);
  if (!c.ok) return;
  const ahp = c.config.weighting.ahp;
  expect(ahp.experts?.weights).toEqual([0.6, 0.4]);
  expect(ahp.experts?.matrices).toHaveLength(2);
  expect(ahp.experts?.matrices[0].support[0][1]).toBe(3);
  expect(ahp.experts?.matrices[1].support).toEqual(ones(sub("support")));
  expect(ahp.matrices).toBe(ahp.experts?.matrices[0]);
});

test("a weight left out is 1; one expert is plain matrices (no experts in the resolved config)", () => {
  const two = validateAnalysisConfig(withAhp({ experts: [{}, { weight: 3 }] }), "json");
  expect(two.ok && two.config.weighting.ahp.experts?.weights).toEqual([1, 3]);
  const one = validateAnalysisConfig(withAhp({ experts: [{ weight: 5, matrices: { support: ones(sub("support")) } }] }), "json");
  const plain = validateAnalysisConfig(withAhp({ matrices: { support: ones(sub("support")) } }), "json");
  expect(one).toEqual(plain);
});

test("bad entries: each message names the key", () => {
  expect(errorsOf(withAhp({ experts: [] }))).toEqual([
    'weighting.ahp.experts is []; give a list of at least one expert, e.g. [{"weight": 0.6, "matrices": {...}}, {"weight": 0.4, "matrices": {...}}]',
  ]);
  expect(errorsOf(withAhp({ experts: { weight: 1 } }))[0]).toMatch(/^weighting\.ahp\.experts is \{"weight":1\}; give a list of at least one expert/);
  expect(errorsOf(withAhp({ experts: [{ weight: 1 }, { weight: -0.2 }] }))).toEqual([
    "weighting.ahp.experts[1].weight is -0.2; an expert weight is a number ≥ 0 (the weights are scaled to sum 1)",
  ]);
  expect(errorsOf(withAhp({ experts: [{ weight: "half" }, {}] }))).toEqual([
    "weighting.ahp.experts[0].weight is 'half'; an expert weight is a number ≥ 0 (the weights are scaled to sum 1)",
  ]);
  expect(errorsOf(withAhp({ experts: [{ weight: 0 }, { weight: 0 }] }))).toEqual(["every weighting.ahp.experts[e].weight is 0; at least one expert must have a weight above 0"]);
  // Grids of different n: expert 2's support grid is one size too large.
  const n = sub("support");
  expect(errorsOf(withAhp({ experts: [{ matrices: { support: ones(n) } }, { matrices: { support: ones(n + 1) } }] }))).toEqual([
    expect.stringMatching(new RegExp(`^weighting\\.ahp\\.experts\\[1\\]\\.matrices\\.support must be a ${n}×${n} list of lists \\(subsystems: `)),
  ]);
  // A judgement off Saaty's scale in expert 2's pressure grid, named with its place.
  const p = ones(sub("pressure"));
  p[0][1] = 12 as unknown as null;
  expect(errorsOf(withAhp({ experts: [{}, { matrices: { pressure: p } }] }))).toEqual([expect.stringMatching(/^weighting\.ahp\.experts\[1\]\.matrices\.pressure\[0\]\[1\] is 12/)]);
  expect(errorsOf(withAhp({ matrices: {}, experts: [{}, {}] }))).toEqual([
    "weighting.ahp.matrices and weighting.ahp.experts are both given; for group AHP put each expert's grids in weighting.ahp.experts[e].matrices and leave weighting.ahp.matrices out",
  ]);
  expect(errorsOf(withAhp({ experts: [{ wieght: 1 }, {}] }))).toEqual([expect.stringMatching(/^weighting\.ahp\.experts\[0\]\.wieght is not a known field; did you mean 'weight'\?/)]);
  expect(errorsOf(withAhp({ experts: ["x", {}] }))[0]).toMatch(/^weighting\.ahp\.experts\[0\] is 'x'; give \{"weight": 1, "matrices"/);
});

test("experts with weighting.method entropy is reported as unused, as matrices is", () => {
  const raw = { ...BASE_CONFIG, weighting: { method: "entropy", ahp: { experts: [{}, {}] } } } as AnalysisConfig;
  expect(errorsOf(raw)).toEqual(['weighting.ahp.experts is given but weighting.method is not "ahp" or "combined"']);
});

test("the messages in Simplified Chinese name the same key", () => {
  expect(errorsOf(withAhp({ experts: [{ weight: -1 }, {}] }), "zh-CN")).toEqual(["weighting.ahp.experts[0].weight 为 -1；专家权重必须是 ≥ 0 的数（各权重按和为 1 缩放）"]);
  expect(errorsOf(withAhp({ experts: [] }), "zh-CN")[0]).toMatch(/^weighting\.ahp\.experts 为 \[\]；请给出至少一位专家的列表/);
});
