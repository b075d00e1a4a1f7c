/**
 * The user's analysis choices (version 1): which columns hold the area, the year and each indicator,
 * each indicator's role, direction and subsystem, the weighting, grade cut points and top-k.
 *
 * Plain JSON, shared by the taskpane wizard (saved in the workbook's CustomXmlPart) and the headless
 * runner (`npm run demo -- --config FILE.json`). Data-import options live in a separate type
 * (src/runner/import-options.ts) under the key "import" of the runner's config file.
 *
 * Example (docs: README "The analysis configuration"):
 * {
 *   "version": 1,
 *   "areaColumn": "country", "yearColumn": "year",
 *   "indicators": [
 *     { "name": "GDPperCapitaUS", "role": "support", "direction": 1, "subsystem": "economic development" },
 *     { "name": "CO_2EmissionsPerCapita", "role": "pressure", "direction": 1, "subsystem": "environmental pollution" }
 *   ],
 *   "weighting": { "method": "entropy", "entropyShift": 0 },
 *   "grades": { "low": 0.3333333333333333, "high": 0.6666666666666666 },
 *   "topK": 5
 * }
 * Optional (all omitted reproduce the seed paper's analysis): "weighting.objective": "critic",
 * "weighting.combine.method": "game", "ccd": {} (coupling coordination of S and P), "topsis": {}.
 */
import type { AhpMethod, CombineMethod, CouplingVariant, RandomIndexTable, TopsisNormalization } from "../core";
export type { CombineMethod };
import { parseRatio, RANDOM_INDEX, RANDOM_INDEX_RANGE, RECIPROCITY_TOLERANCE, saatyScaleProblem, type JudgementProblem } from "../core";

/** Largest entropy shift accepted: the literature uses 0.0001–0.01; a shift near 1 already flattens the weights. */
export const MAX_ENTROPY_SHIFT = 1;
/** topK may always be this (the seed paper's k and the wizard's default), even with fewer support indicators. */
export const DEFAULT_TOP_K = 5;

export const ANALYSIS_CONFIG_VERSION = 1 as const;

export type IndicatorRole = "support" | "pressure";
export const ROLES: readonly IndicatorRole[] = ["support", "pressure"];

/** One indicator column of the user's table. */
export interface IndicatorConfig {
  /** The column's header label, exactly as in the table (surrounding spaces ignored when matching). */
  name: string;
  role: IndicatorRole;
  /**
   * +1 when a larger raw value raises the index it feeds, −1 when it lowers it. Relative to the
   * index, not to "good" or "bad": a pollutant raises pressure, so it is +1 even where a data set
   * labels it a "cost" indicator; green coverage raises support, +1.
   */
  direction: 1 | -1;
  /** Criterion layer, e.g. "economic development"; subsystems of a system are ordered by first appearance. */
  subsystem: string;
}

/** Where AHP judgements were written: the wizard's grid on a sheet, or a JSON configuration file. */
export type JudgementSource = "sheet" | "json";

/**
 * The hint of a judgement problem worded for the JSON file: core's hints speak of Excel cells ("type
 * '1/3 with the apostrophe or =1/3"); in a configuration a fraction is the string "1/3".
 */
function jsonJudgementHint(problem: JudgementProblem): string {
  const { id, args } = problem.text.hint;
  if (id === "hint.dateJudgement") return `a date serial is not a judgement; write the fraction as the JSON string "${String(args.typed)}" (with the quotes); judgements lie on Saaty's scale 1/9 to 9`;
  if (id === "hint.onScale") return `use a judgement from 1/9 to 9, e.g. 3 or the JSON string "1/3"`;
  return problem.hint;
}

/** A pairwise judgement: a positive number, a text fraction such as "1/3", or null (blank: reciprocal of its partner). */
export type Judgement = number | string | null;

export interface AhpConfig {
  /**
   * "subsystem": one grid per system over its subsystems (first-appearance order); an indicator's
   * subjective weight is its subsystem's weight split equally among the subsystem's indicators.
   * "indicator": one grid per system over its indicators (config order).
   */
  level: "subsystem" | "indicator";
  /** Priority derivation (default "eigen"). */
  method?: AhpMethod;
  /** RI table for the consistency ratio (default "saaty") or RI as a number. */
  ri?: RandomIndexTable | number;
  /**
   * Judgement matrix per system (a_ij = how much more important i is than j). Omitted: all 1
   * (equal importance) — the wizard pre-fills its grid that way for the user to edit.
   */
  matrices?: { support?: Judgement[][]; pressure?: Judgement[][] };
}

/** The objective weighting: entropy weights (default, the seed paper's) or CRITIC weights (Diakoulaki et al. 1995). */
export type ObjectiveWeighting = "entropy" | "critic";
export const OBJECTIVE_WEIGHTINGS: readonly ObjectiveWeighting[] = ["entropy", "critic"];
export const COMBINE_METHODS: readonly CombineMethod[] = ["multiplicative", "linear", "geometric", "game"];

export interface WeightingConfig {
  /**
   * "entropy" (default): objective weights only (computed as `objective` says); "ahp": subjective;
   * "combined": both, see `combine`.
   */
  method: "entropy" | "ahp" | "combined";
  /** The objective weights for "entropy" and "combined": "entropy" (default) or "critic". */
  objective?: ObjectiveWeighting;
  /** Shift s added to every normalized value before the entropy proportions (default 0; 0 ≤ s ≤ 1, the literature uses 0.0001–0.01). */
  entropyShift?: number;
  ahp?: AhpConfig;
  /** For "combined": method "multiplicative" (default), "linear" (with alpha, default 0.5), "geometric" or "game" (game theory). */
  combine?: { method: CombineMethod; alpha?: number };
}

export interface ChartConfig {
  /** Coupling chart: one series per area (default) or per year. */
  couplingSeriesBy?: "area" | "year";
}

/** The optional coupling coordination block: RECC.CCD of S and P per row, with RECC.CCDLEVEL of D. */
export interface CcdConfig {
  /** "standard" (default) or "adjusted" coupling degree (RECC.CCD's variant). */
  variant?: CouplingVariant;
}

/**
 * The optional TOPSIS block: closeness per row over the support and pressure indicators' raw data and
 * its rank within the row's year. A support indicator enters with its direction; a pressure indicator
 * with the opposite one (one that raises pressure is a cost for the area). Weights: the weights used,
 * each system's summing to 1, so the two systems weigh equally.
 */
export interface TopsisConfig {
  /** "vector" (default; Hwang & Yoon 1981) or "minmax". */
  normalization?: TopsisNormalization;
}

export interface AnalysisConfig {
  version: 1;
  /** Header label of the column with area names. */
  areaColumn: string;
  /** Header label of the column with years; omitted for a cross-section. */
  yearColumn?: string;
  /** Indicators; the analysis lays out support indicators first, then pressure, each in this order. */
  indicators: IndicatorConfig[];
  weighting: WeightingConfig;
  /** Grade cut points, 0 < low < high < 1 (default 1/3, 2/3; seed paper Table 3). */
  grades?: { low: number; high: number };
  /** Number of top obstacles listed per row (default 5, as in the seed paper); at most max(5, number of support indicators). */
  topK?: number;
  charts?: ChartConfig;
  /** Coupling coordination degree of S and P with its class (omitted: no CCD block). */
  ccd?: CcdConfig;
  /** TOPSIS closeness and rank per year (omitted: no TOPSIS block). */
  topsis?: TopsisConfig;
}

/** An {@link AnalysisConfig} with every default filled in (what the plan is built from). */
export interface ResolvedConfig {
  version: 1;
  areaColumn: string;
  yearColumn?: string;
  indicators: IndicatorConfig[];
  weighting: {
    method: "entropy" | "ahp" | "combined";
    objective: ObjectiveWeighting;
    entropyShift: number;
    ahp: {
      level: "subsystem" | "indicator";
      method: AhpMethod;
      ri: RandomIndexTable | number;
      /** Complete numeric judgement matrices (null = lower-triangle reciprocal). */
      matrices: { support: (number | null)[][]; pressure: (number | null)[][] };
    };
    combine: { method: CombineMethod; alpha: number };
  };
  grades: { low: number; high: number };
  topK: number;
  charts: { couplingSeriesBy: "area" | "year" };
  /** Present only when the CCD block is wanted. */
  ccd?: { variant: CouplingVariant };
  /** Present only when the TOPSIS block is wanted. */
  topsis?: { normalization: TopsisNormalization };
}

/** Result of {@link validateAnalysisConfig}: the resolved config, or messages naming each bad field. */
export type ConfigCheck = { ok: true; config: ResolvedConfig } | { ok: false; errors: string[] };

const TOP_KEYS = ["version", "areaColumn", "yearColumn", "indicators", "weighting", "grades", "topK", "charts", "ccd", "topsis"];
const INDICATOR_KEYS = ["name", "role", "direction", "subsystem"];
const WEIGHTING_KEYS = ["method", "objective", "entropyShift", "ahp", "combine"];
const AHP_KEYS = ["level", "method", "ri", "matrices"];

/**
 * Subsystems of one system in order of first appearance among its indicators. Labels that differ
 * only in case or surrounding spaces are one subsystem (as RECC.GROUPSUM, MATCH and COUNTIF treat
 * them); the first spelling is kept.
 */
export function subsystemsOf(indicators: readonly IndicatorConfig[], role: IndicatorRole): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const ind of indicators) {
    const key = ind.subsystem.trim().toLowerCase();
    if (ind.role === role && !seen.has(key)) {
      seen.add(key);
      out.push(ind.subsystem.trim());
    }
  }
  return out;
}

/** Levenshtein distance (insert, delete, substitute; each costs 1). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The known field a misspelt one most likely means, or undefined: same name ignoring case, else a
 * known name containing it or contained in it ("shift" → "entropyShift"; 3+ letters), else the
 * nearest by edit distance when at most a third of its letters (rounded up) differ ("alfa" → "alpha").
 */
export function closestField(key: string, known: readonly string[]): string | undefined {
  const k = key.trim().toLowerCase();
  if (k === "") return undefined;
  const lower = known.map((x) => x.toLowerCase());
  const same = lower.indexOf(k);
  if (same >= 0) return known[same];
  if (k.length >= 3) {
    const part = known.filter((_, i) => lower[i].includes(k) || (lower[i].length >= 3 && k.includes(lower[i])));
    if (part.length > 0) return part.sort((a, b) => Math.abs(a.length - k.length) - Math.abs(b.length - k.length))[0];
  }
  let best: string | undefined;
  let bestD = Math.max(1, Math.ceil(k.length / 3)) + 1;
  known.forEach((x, i) => {
    const d = editDistance(k, lower[i]);
    if (d < bestD) [best, bestD] = [x, d];
  });
  return best;
}

/** "weighting.shift is not a known field; did you mean 'entropyShift'? (known: …)". */
export function unknownFieldMessage(field: string, key: string, known: readonly string[]): string {
  const near = closestField(key, known);
  return `${field} is not a known field${near ? `; did you mean '${near}'?` : ""} (known: ${known.join(", ")})`;
}

function describe(v: unknown): string {
  if (typeof v === "string") return `'${v}'`;
  if (v === undefined) return "missing";
  return JSON.stringify(v);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Checks a parsed JSON value against the version-1 configuration and fills in the defaults.
 * Every message names the field, e.g. "indicators[3].direction is 'up'; use 1 or -1".
 * Does not look at the data: that header labels exist is checked by buildAnalysisPlan.
 * @param from where the AHP judgements were written: "sheet" (the wizard's grid; hints speak of
 *   Excel cells) or "json" (a configuration file; hints speak of JSON strings).
 */
export function validateAnalysisConfig(raw: unknown, from: JudgementSource = "sheet"): ConfigCheck {
  const errors: string[] = [];
  if (!isRecord(raw)) return { ok: false, errors: ["the configuration must be a JSON object"] };
  for (const k of Object.keys(raw)) if (!TOP_KEYS.includes(k)) errors.push(unknownFieldMessage(k, k, TOP_KEYS));
  if (raw.version !== 1) errors.push(`version is ${describe(raw.version)}; this add-in reads version 1`);
  const text = (v: unknown, field: string, optional = false): string | undefined => {
    if (v === undefined && optional) return undefined;
    if (typeof v !== "string" || v.trim() === "") {
      errors.push(`${field} is ${describe(v)}; give a non-empty text`);
      return undefined;
    }
    return v.trim();
  };
  const areaColumn = text(raw.areaColumn, "areaColumn");
  const yearColumn = text(raw.yearColumn, "yearColumn", true);
  if (areaColumn && yearColumn && areaColumn === yearColumn) {
    errors.push(`yearColumn is '${yearColumn}', the same column as areaColumn; give the column with the years (or leave yearColumn out for a cross-section)`);
  }
  const known = (o: Record<string, unknown>, field: string, keys: string[]) => {
    for (const k of Object.keys(o)) if (!keys.includes(k)) errors.push(unknownFieldMessage(`${field}.${k}`, k, keys));
  };

  const indicators: IndicatorConfig[] = [];
  if (!Array.isArray(raw.indicators) || raw.indicators.length === 0) {
    errors.push(`indicators is ${describe(raw.indicators)}; give a list of indicators`);
  } else {
    raw.indicators.forEach((item: unknown, i: number) => {
      const f = `indicators[${i}]`;
      if (!isRecord(item)) {
        errors.push(`${f} is ${describe(item)}; give an object with name, role, direction, subsystem`);
        return;
      }
      for (const k of Object.keys(item)) {
        if (!INDICATOR_KEYS.includes(k)) errors.push(unknownFieldMessage(`${f}.${k}`, k, INDICATOR_KEYS));
      }
      const name = text(item.name, `${f}.name`);
      const role = item.role;
      if (role !== "support" && role !== "pressure") errors.push(`${f}.role is ${describe(role)}; use "support" or "pressure"`);
      const direction = item.direction;
      if (direction !== 1 && direction !== -1) {
        const hint =
          typeof direction === "string" && /^(cost|benefit|positive|negative|\+|-)$/i.test(direction.trim())
            ? ` relative to the index the indicator feeds: 1 when a larger value raises it (a pollutant raises pressure, so 1 even where a data set calls it "cost"), -1 when it lowers it`
            : "";
        errors.push(`${f}.direction is ${describe(direction)}; use 1 or -1${hint}`);
      }
      const subsystem = text(item.subsystem, `${f}.subsystem`);
      if (name && (role === "support" || role === "pressure") && (direction === 1 || direction === -1) && subsystem) {
        if (indicators.some((x) => x.name === name)) errors.push(`${f}.name '${name}' appears twice`);
        else if (name === areaColumn || name === yearColumn) errors.push(`${f}.name '${name}' is also the area or year column`);
        indicators.push({ name, role, direction, subsystem });
      }
    });
    for (const role of ROLES) {
      if (raw.indicators.length > 0 && !raw.indicators.some((x: unknown) => isRecord(x) && x.role === role)) {
        errors.push(`indicators has no ${role} indicator; the method needs at least one of each`);
      }
    }
  }

  const w = raw.weighting === undefined ? { method: "entropy" } : raw.weighting;
  let weighting: ResolvedConfig["weighting"] | undefined;
  if (!isRecord(w)) {
    errors.push(`weighting is ${describe(w)}; give an object such as {"method": "entropy"}`);
  } else {
    for (const k of Object.keys(w)) {
      if (!WEIGHTING_KEYS.includes(k)) errors.push(unknownFieldMessage(`weighting.${k}`, k, WEIGHTING_KEYS));
    }
    // Omitted fields take their defaults; a null is reported (JSON null is not "omitted").
    const method = w.method === undefined ? "entropy" : w.method;
    if (method !== "entropy" && method !== "ahp" && method !== "combined") {
      errors.push(`weighting.method is ${describe(method)}; use "entropy", "ahp" or "combined"`);
    }
    const objective = w.objective === undefined ? "entropy" : w.objective;
    if (!OBJECTIVE_WEIGHTINGS.includes(objective as ObjectiveWeighting)) {
      errors.push(`weighting.objective is ${describe(objective)}; use "entropy" or "critic"`);
    }
    const shift = w.entropyShift === undefined ? 0 : w.entropyShift;
    if (typeof shift !== "number" || !(shift >= 0 && shift <= MAX_ENTROPY_SHIFT)) {
      errors.push(`weighting.entropyShift is ${describe(shift)}; use a number from 0 to ${MAX_ENTROPY_SHIFT} (0, 0.0001 and 0.01 are the values in the literature)`);
    }
    const ahp = resolveAhp(w.ahp, indicators, errors, method === "ahp" || method === "combined", from);
    const c = w.combine === undefined ? { method: "multiplicative" } : w.combine;
    let combine: ResolvedConfig["weighting"]["combine"] = { method: "multiplicative", alpha: 0.5 };
    if (!isRecord(c)) errors.push(`weighting.combine is ${describe(c)}; give {"method": "multiplicative"}`);
    else {
      known(c, "weighting.combine", ["method", "alpha"]);
      const cm = c.method === undefined ? "multiplicative" : c.method;
      if (!COMBINE_METHODS.includes(cm as CombineMethod)) {
        errors.push(`weighting.combine.method is ${describe(cm)}; use "multiplicative", "linear", "geometric" or "game"`);
      }
      const alpha = c.alpha === undefined ? 0.5 : c.alpha;
      if (typeof alpha !== "number" || !(alpha >= 0 && alpha <= 1)) errors.push(`weighting.combine.alpha is ${describe(alpha)}; use a number in [0, 1]`);
      combine = { method: cm as CombineMethod, alpha: alpha as number };
    }
    weighting = { method: method as "entropy", objective: objective as ObjectiveWeighting, entropyShift: shift as number, ahp, combine };
  }

  let grades = { low: 1 / 3, high: 2 / 3 };
  if (raw.grades !== undefined) {
    const g = raw.grades;
    if (!isRecord(g) || typeof g.low !== "number" || typeof g.high !== "number") {
      errors.push(`grades is ${describe(g)}; give {"low": 0.333, "high": 0.667}`);
    } else if (!(g.low > 0 && g.low < g.high && g.high < 1)) {
      errors.push(`grades.low = ${g.low}, grades.high = ${g.high} must satisfy 0 < low < high < 1`);
    } else grades = { low: g.low, high: g.high };
    if (isRecord(g)) known(g, "grades", ["low", "high"]);
  }
  const topK = raw.topK === undefined ? DEFAULT_TOP_K : raw.topK;
  // Obstacles rank the support indicators, so more than their number only adds blank columns (the
  // plan lays out topK columns); 5 stays valid with fewer, as the seed paper's k and the wizard's default.
  const supportCount = indicators.filter((x) => x.role === "support").length;
  const maxTopK = Math.max(DEFAULT_TOP_K, supportCount);
  if (typeof topK !== "number" || !Number.isInteger(topK) || topK < 1) errors.push(`topK is ${describe(topK)}; use a whole number from 1 to ${maxTopK}`);
  else if (topK > maxTopK) {
    errors.push(`topK is ${topK}, but obstacles rank the ${supportCount} support indicators; use at most ${maxTopK} (the number of support indicators, or ${DEFAULT_TOP_K})`);
  }
  let couplingSeriesBy: "area" | "year" = "area";
  if (raw.charts !== undefined) {
    const ch = raw.charts;
    if (!isRecord(ch)) errors.push(`charts is ${describe(ch)}; give {"couplingSeriesBy": "area"}`);
    else known(ch, "charts", ["couplingSeriesBy"]);
    if (isRecord(ch) && ch.couplingSeriesBy !== undefined) {
      if (ch.couplingSeriesBy !== "area" && ch.couplingSeriesBy !== "year") {
        errors.push(`charts.couplingSeriesBy is ${describe(ch.couplingSeriesBy)}; use "area" or "year"`);
      } else couplingSeriesBy = ch.couplingSeriesBy;
      if (couplingSeriesBy === "year" && raw.yearColumn === undefined) errors.push(`charts.couplingSeriesBy is "year" but yearColumn is not given`);
    }
  }
  const ccd = optionalBlock(raw.ccd, "ccd", "variant", ["standard", "adjusted"], errors);
  const topsis = optionalBlock(raw.topsis, "topsis", "normalization", ["vector", "minmax"], errors);
  if (errors.length > 0 || !areaColumn || !weighting) return { ok: false, errors };
  const config: ResolvedConfig = {
    version: 1,
    areaColumn,
    indicators,
    weighting,
    grades,
    topK: topK as number,
    charts: { couplingSeriesBy },
  };
  if (yearColumn) config.yearColumn = yearColumn;
  if (ccd) config.ccd = { variant: ccd as CouplingVariant };
  if (topsis) config.topsis = { normalization: topsis as TopsisNormalization };
  return { ok: true, config };
}

/**
 * An optional block with one option (`ccd`, `topsis`): omitted or false = off; true or an object =
 * on, its option `key` one of `choices` (default the first). Returns the option, or undefined when off.
 */
function optionalBlock(v: unknown, field: string, key: string, choices: readonly string[], errors: string[]): string | undefined {
  if (v === undefined || v === false) return undefined;
  if (v === true) return choices[0];
  if (!isRecord(v)) {
    errors.push(`${field} is ${describe(v)}; give {} (or {"${key}": "${choices[0]}"}) to add the block, or leave ${field} out`);
    return undefined;
  }
  for (const k of Object.keys(v)) if (k !== key) errors.push(unknownFieldMessage(`${field}.${k}`, k, [key]));
  const c = v[key] === undefined ? choices[0] : v[key];
  if (typeof c !== "string" || !choices.includes(c)) {
    errors.push(`${field}.${key} is ${describe(c)}; use ${choices.map((x) => `"${x}"`).join(" or ")}`);
    return undefined;
  }
  return c;
}

function resolveAhp(
  a: unknown,
  indicators: IndicatorConfig[],
  errors: string[],
  used: boolean,
  from: JudgementSource,
): ResolvedConfig["weighting"]["ahp"] {
  const out: ResolvedConfig["weighting"]["ahp"] = {
    level: "subsystem",
    method: "eigen",
    ri: "saaty",
    matrices: { support: [], pressure: [] },
  };
  if (a !== undefined && !isRecord(a)) {
    errors.push(`weighting.ahp is ${describe(a)}; give {"level": "subsystem"}`);
    return out;
  }
  const ahp = (a ?? {}) as Record<string, unknown>;
  for (const k of Object.keys(ahp)) {
    if (!AHP_KEYS.includes(k)) errors.push(unknownFieldMessage(`weighting.ahp.${k}`, k, AHP_KEYS));
  }
  const level = ahp.level === undefined ? "subsystem" : ahp.level;
  if (level !== "subsystem" && level !== "indicator") errors.push(`weighting.ahp.level is ${describe(level)}; use "subsystem" or "indicator"`);
  else out.level = level;
  const method = ahp.method === undefined ? "eigen" : ahp.method;
  if (method !== "eigen" && method !== "geometric" && method !== "arithmetic") {
    errors.push(`weighting.ahp.method is ${describe(method)}; use "eigen", "geometric" or "arithmetic"`);
  } else out.method = method;
  const ri = ahp.ri === undefined ? "saaty" : ahp.ri;
  // A numeric RI as core randomIndex accepts it: within RANDOM_INDEX_RANGE [0.1, 2].
  if (ri !== "saaty" && ri !== "alonso" && !(typeof ri === "number" && ri >= RANDOM_INDEX_RANGE.min && ri <= RANDOM_INDEX_RANGE.max)) {
    errors.push(
      `weighting.ahp.ri is ${describe(ri)}; use "saaty", "alonso" or a number from ${RANDOM_INDEX_RANGE.min} to ${RANDOM_INDEX_RANGE.max} (published RI tables lie in about 0.5–1.77)`,
    );
  } else out.ri = ri as RandomIndexTable | number;
  const matrices = ahp.matrices === undefined ? {} : ahp.matrices;
  if (!isRecord(matrices)) {
    errors.push(`weighting.ahp.matrices is ${describe(matrices)}; give {"support": [[...]], "pressure": [[...]]}`);
    return out;
  }
  for (const k of Object.keys(matrices)) if (!ROLES.includes(k as IndicatorRole)) errors.push(unknownFieldMessage(`weighting.ahp.matrices.${k}`, k, ROLES));
  for (const role of ROLES) {
    const items =
      out.level === "subsystem" ? subsystemsOf(indicators, role) : indicators.filter((x) => x.role === role).map((x) => x.name);
    const n = items.length;
    const m = matrices[role];
    const field = `weighting.ahp.matrices.${role}`;
    if (used) checkRandomIndex(out.ri, n, `the ${role} system has ${n} ${out.level}s`, errors);
    if (m === undefined) {
      out.matrices[role] = items.map((_, i) => items.map((__, j) => (j >= i ? 1 : null)));
      continue;
    }
    if (!used) errors.push(`${field} is given but weighting.method is not "ahp" or "combined"`);
    if (!Array.isArray(m) || m.length !== n || m.some((r) => !Array.isArray(r) || r.length !== n)) {
      errors.push(`${field} must be a ${n}×${n} list of lists (${out.level}s: ${items.join(", ")})`);
      continue;
    }
    // Exactly what RECC.AHP accepts (core completePairwiseMatrix): a blank diagonal is 1; of each pair
    // a_ij, a_ji one may be blank (it becomes the reciprocal of the other), not both; a pair given
    // twice must be reciprocal within RECIPROCITY_TOLERANCE.
    const num: (number | null)[][] = m.map((r: unknown[]) => r.map(() => null));
    let bad = false;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const v = (m[i] as unknown[])[j];
        const f = `${field}[${i}][${j}]`;
        if (v === null || (typeof v === "string" && v.trim() === "")) continue;
        const x = typeof v === "number" ? v : typeof v === "string" ? parseRatio(v) : undefined;
        // On Saaty's scale, so 1/x is finite too (the lower triangle is written as =1/x).
        const problem = x !== undefined && x > 0 ? saatyScaleProblem(x, describe(v), typeof v === "number") : undefined;
        if (x === undefined || !(x > 0) || !Number.isFinite(x)) {
          errors.push(`${f} is ${describe(v)}; use a positive number or a fraction such as "1/3" (Saaty's scale is 1/9 to 9)`);
          bad = true;
        } else if (problem) {
          // The same rule as RECC.AHP (core saatyScaleProblem); the hint worded for a JSON file.
          errors.push(`${f} is ${problem.detail}; ${from === "json" ? jsonJudgementHint(problem) : problem.hint}`);
          bad = true;
        } else if (i === j && Math.abs(x - 1) > 1e-9) {
          errors.push(`${f} is ${describe(v)}; the diagonal must be 1`);
          bad = true;
        } else num[i][j] = x;
      }
    }
    for (let i = 0; i < n && !bad; i++) {
      for (let j = i + 1; j < n; j++) {
        const u = num[i][j];
        const l = num[j][i];
        if (u === null && l === null) {
          errors.push(`${field}[${i}][${j}] and ${field}[${j}][${i}] are both blank; give one of them (${items[i]} compared with ${items[j]})`);
        } else if (u !== null && l !== null && Math.abs(u * l - 1) > RECIPROCITY_TOLERANCE) {
          errors.push(`${field}[${j}][${i}] is ${l} but ${field}[${i}][${j}] is ${u}; the lower triangle must hold reciprocals (or be left null)`);
        }
      }
    }
    // Only the upper triangle is kept (from the lower one where the upper is blank): the plan writes
    // reciprocal formulas below the diagonal.
    out.matrices[role] = num.map((r, i) => r.map((x, j) => (j > i ? (x ?? (num[j][i] !== null ? 1 / num[j][i]! : null)) : j === i ? 1 : null)));
  }
  return out;
}

/**
 * Checks that the RI choice gives a consistency ratio for an n×n grid (core randomIndex and
 * ahpConsistency: the Saaty table stops at n = 15; a numeric RI is range-checked in resolveAhp).
 */
function checkRandomIndex(ri: RandomIndexTable | number, n: number, what: string, errors: string[]): void {
  if (ri === "saaty" && n > RANDOM_INDEX.saaty.length) {
    errors.push(`weighting.ahp.ri is "saaty", whose table covers n = 1..${RANDOM_INDEX.saaty.length}, but ${what}; use "alonso" (any n) or give RI as a number`);
  }
}

/** Parses JSON text and validates it; a syntax error becomes one message. */
export function parseAnalysisConfig(json: string): ConfigCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    return { ok: false, errors: [`the configuration is not valid JSON: ${(e as Error).message}`] };
  }
  return validateAnalysisConfig(raw, "json");
}
