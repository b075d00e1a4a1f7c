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
import { english, msg, quotedChoices, renderMessage, type Locale, type MessageArg } from "../i18n";
import { DIAGONAL_TOLERANCE, isTypedReciprocal, MAX_ENTROPY_SHIFT, parseRatio, RANDOM_INDEX, RANDOM_INDEX_RANGE, RECIPROCITY_TOLERANCE, saatyScaleProblem, type JudgementProblem } from "../core";

/** Largest entropy shift accepted (the core's, so the wizard, the demo and RECC.ENTROPYWEIGHTS agree). */
export { MAX_ENTROPY_SHIFT };
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
function jsonJudgementHint(problem: JudgementProblem): MessageArg {
  const { id, args } = problem.text.hint;
  if (id === "hint.dateJudgement") return msg("config.jsonDateHint", { typed: args.typed });
  if (id === "hint.onScale") return msg("config.jsonOnScale");
  return problem.text.hint;
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
  /**
   * Group AHP: several experts' judgements instead of `matrices` (not both). Each expert gives
   * matrices as `matrices` above (omitted: all 1) and a weight ≥ 0 (default 1; scaled to sum 1).
   * The plan aggregates them live with RECC.AHPGROUP (weighted geometric mean of the judgements,
   * AIJ; Aczél & Saaty 1983, Forman & Peniwati 1998). One expert is the same as `matrices`.
   */
  experts?: ExpertConfig[];
}

/** One expert of a group AHP: a weight and the expert's judgement matrices per system. */
export interface ExpertConfig {
  /** The expert's weight, ≥ 0 (default 1); the weights are scaled to sum 1. */
  weight?: number;
  matrices?: { support?: Judgement[][]; pressure?: Judgement[][] };
}

/** Resolved judgement matrices of both systems (null = lower-triangle reciprocal). */
export type ResolvedMatrices = { support: (number | null)[][]; pressure: (number | null)[][] };

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
      /** Complete numeric judgement matrices (null = lower-triangle reciprocal); with `experts`, expert 1's. */
      matrices: ResolvedMatrices;
      /**
       * Group AHP with k ≥ 2 experts (absent for one expert, whose matrices are `matrices`): the
       * weights as given (≥ 0, positive sum; RECC.AHPGROUP scales them) and each expert's matrices.
       */
      experts?: { weights: number[]; matrices: ResolvedMatrices[] };
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

/** A system's and an AHP level's words in the messages (keyed, so they render in the locale). */
export const ROLE_WORD = { support: msg("config.role.support"), pressure: msg("config.role.pressure") };
const LEVEL_WORD = { subsystem: msg("config.level.subsystem"), indicator: msg("config.level.indicator") };

const TOP_KEYS = ["version", "areaColumn", "yearColumn", "indicators", "weighting", "grades", "topK", "charts", "ccd", "topsis"];
const INDICATOR_KEYS = ["name", "role", "direction", "subsystem"];
const WEIGHTING_KEYS = ["method", "objective", "entropyShift", "ahp", "combine"];
const AHP_KEYS = ["level", "method", "ri", "matrices", "experts"];
const EXPERT_KEYS = ["weight", "matrices"];

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
  return english(unknownField(field, key, known));
}

/** {@link unknownFieldMessage} as a keyed message, to render in a locale. */
export function unknownField(field: string, key: string, known: readonly string[]): MessageArg {
  const near = closestField(key, known);
  return msg("config.unknownField", { field, near: near ? msg("config.didYouMean", { near }) : "", known: known.join(", ") });
}

function describe(v: unknown): MessageArg {
  if (typeof v === "string") return `'${v}'`;
  if (v === undefined) return msg("config.missing");
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
export function validateAnalysisConfig(raw: unknown, from: JudgementSource = "sheet", locale: Locale = "en"): ConfigCheck {
  const errors: MessageArg[] = [];
  const check = resolveConfig(raw, from, errors);
  return check ? { ok: true, config: check } : { ok: false, errors: errors.map((e) => renderMessage(e, locale)) };
}

/** The resolved configuration, or undefined with the problems pushed to `errors`. */
function resolveConfig(raw: unknown, from: JudgementSource, errors: MessageArg[]): ResolvedConfig | undefined {
  if (!isRecord(raw)) {
    errors.push(msg("config.notObject"));
    return undefined;
  }
  for (const k of Object.keys(raw)) if (!TOP_KEYS.includes(k)) errors.push(unknownField(k, k, TOP_KEYS));
  if (raw.version !== 1) errors.push(msg("config.version", { value: describe(raw.version) }));
  const text = (v: unknown, field: string, optional = false): string | undefined => {
    if (v === undefined && optional) return undefined;
    if (typeof v !== "string" || v.trim() === "") {
      errors.push(msg("config.needText", { field, value: describe(v) }));
      return undefined;
    }
    return v.trim();
  };
  const areaColumn = text(raw.areaColumn, "areaColumn");
  const yearColumn = text(raw.yearColumn, "yearColumn", true);
  if (areaColumn && yearColumn && areaColumn === yearColumn) {
    errors.push(msg("config.yearIsArea", { name: yearColumn }));
  }
  const known = (o: Record<string, unknown>, field: string, keys: string[]) => {
    for (const k of Object.keys(o)) if (!keys.includes(k)) errors.push(unknownField(`${field}.${k}`, k, keys));
  };

  const indicators: IndicatorConfig[] = [];
  if (!Array.isArray(raw.indicators) || raw.indicators.length === 0) {
    errors.push(msg("config.indicatorsList", { value: describe(raw.indicators) }));
  } else {
    raw.indicators.forEach((item: unknown, i: number) => {
      const f = `indicators[${i}]`;
      if (!isRecord(item)) {
        errors.push(msg("config.indicatorObject", { field: f, value: describe(item) }));
        return;
      }
      for (const k of Object.keys(item)) {
        if (!INDICATOR_KEYS.includes(k)) errors.push(unknownField(`${f}.${k}`, k, INDICATOR_KEYS));
      }
      const name = text(item.name, `${f}.name`);
      const role = item.role;
      if (role !== "support" && role !== "pressure") errors.push(msg("config.use", { field: `${f}.role`, value: describe(role), choices: quotedChoices(ROLES) }));
      const direction = item.direction;
      if (direction !== 1 && direction !== -1) {
        const hint =
          typeof direction === "string" && /^(cost|benefit|positive|negative|\+|-)$/i.test(direction.trim())
            ? msg("config.directionWords")
            : "";
        errors.push(msg("config.direction", { field: `${f}.direction`, value: describe(direction), hint }));
      }
      const subsystem = text(item.subsystem, `${f}.subsystem`);
      if (name && (role === "support" || role === "pressure") && (direction === 1 || direction === -1) && subsystem) {
        if (indicators.some((x) => x.name === name)) errors.push(msg("config.nameTwice", { field: `${f}.name`, name }));
        else if (name === areaColumn || name === yearColumn) errors.push(msg("config.nameIsColumn", { field: `${f}.name`, name }));
        indicators.push({ name, role, direction, subsystem });
      }
    });
    for (const role of ROLES) {
      if (raw.indicators.length > 0 && !raw.indicators.some((x: unknown) => isRecord(x) && x.role === role)) {
        errors.push(msg("config.noRole", { role: ROLE_WORD[role] }));
      }
    }
  }

  const w = raw.weighting === undefined ? { method: "entropy" } : raw.weighting;
  let weighting: ResolvedConfig["weighting"] | undefined;
  if (!isRecord(w)) {
    errors.push(msg("config.weightingObject", { value: describe(w) }));
  } else {
    for (const k of Object.keys(w)) {
      if (!WEIGHTING_KEYS.includes(k)) errors.push(unknownField(`weighting.${k}`, k, WEIGHTING_KEYS));
    }
    // Omitted fields take their defaults; a null is reported (JSON null is not "omitted").
    const method = w.method === undefined ? "entropy" : w.method;
    if (method !== "entropy" && method !== "ahp" && method !== "combined") {
      errors.push(msg("config.use", { field: "weighting.method", value: describe(method), choices: quotedChoices(["entropy", "ahp", "combined"]) }));
    }
    const objective = w.objective === undefined ? "entropy" : w.objective;
    if (!OBJECTIVE_WEIGHTINGS.includes(objective as ObjectiveWeighting)) {
      errors.push(msg("config.use", { field: "weighting.objective", value: describe(objective), choices: quotedChoices(OBJECTIVE_WEIGHTINGS) }));
    }
    const shift = w.entropyShift === undefined ? 0 : w.entropyShift;
    if (typeof shift !== "number" || !(shift >= 0 && shift <= MAX_ENTROPY_SHIFT)) {
      errors.push(msg("config.entropyShift", { value: describe(shift), max: MAX_ENTROPY_SHIFT }));
    }
    const ahp = resolveAhp(w.ahp, indicators, errors, method === "ahp" || method === "combined", from);
    const c = w.combine === undefined ? { method: "multiplicative" } : w.combine;
    let combine: ResolvedConfig["weighting"]["combine"] = { method: "multiplicative", alpha: 0.5 };
    if (!isRecord(c)) errors.push(msg("config.give", { field: "weighting.combine", value: describe(c), example: '{"method": "multiplicative"}' }));
    else {
      known(c, "weighting.combine", ["method", "alpha"]);
      const cm = c.method === undefined ? "multiplicative" : c.method;
      if (!COMBINE_METHODS.includes(cm as CombineMethod)) {
        errors.push(msg("config.use", { field: "weighting.combine.method", value: describe(cm), choices: quotedChoices(COMBINE_METHODS) }));
      }
      const alpha = c.alpha === undefined ? 0.5 : c.alpha;
      if (typeof alpha !== "number" || !(alpha >= 0 && alpha <= 1)) errors.push(msg("config.alpha", { value: describe(alpha) }));
      combine = { method: cm as CombineMethod, alpha: alpha as number };
    }
    weighting = { method: method as "entropy", objective: objective as ObjectiveWeighting, entropyShift: shift as number, ahp, combine };
  }

  let grades = { low: 1 / 3, high: 2 / 3 };
  if (raw.grades !== undefined) {
    const g = raw.grades;
    if (!isRecord(g) || typeof g.low !== "number" || typeof g.high !== "number") {
      errors.push(msg("config.give", { field: "grades", value: describe(g), example: '{"low": 0.333, "high": 0.667}' }));
    } else if (!(g.low > 0 && g.low < g.high && g.high < 1)) {
      errors.push(msg("config.gradesOrder", { low: g.low, high: g.high }));
    } else grades = { low: g.low, high: g.high };
    if (isRecord(g)) known(g, "grades", ["low", "high"]);
  }
  const topK = raw.topK === undefined ? DEFAULT_TOP_K : raw.topK;
  // Obstacles rank the support indicators, so more than their number only adds blank columns (the
  // plan lays out topK columns); 5 stays valid with fewer, as the seed paper's k and the wizard's default.
  const supportCount = indicators.filter((x) => x.role === "support").length;
  const maxTopK = Math.max(DEFAULT_TOP_K, supportCount);
  if (typeof topK !== "number" || !Number.isInteger(topK) || topK < 1) errors.push(msg("config.topK", { value: describe(topK), max: maxTopK }));
  else if (topK > maxTopK) {
    errors.push(msg("config.topKSupport", { value: topK, count: supportCount, max: maxTopK, def: DEFAULT_TOP_K }));
  }
  let couplingSeriesBy: "area" | "year" = "area";
  if (raw.charts !== undefined) {
    const ch = raw.charts;
    if (!isRecord(ch)) errors.push(msg("config.give", { field: "charts", value: describe(ch), example: '{"couplingSeriesBy": "area"}' }));
    else known(ch, "charts", ["couplingSeriesBy"]);
    if (isRecord(ch) && ch.couplingSeriesBy !== undefined) {
      if (ch.couplingSeriesBy !== "area" && ch.couplingSeriesBy !== "year") {
        errors.push(msg("config.use", { field: "charts.couplingSeriesBy", value: describe(ch.couplingSeriesBy), choices: quotedChoices(["area", "year"]) }));
      } else couplingSeriesBy = ch.couplingSeriesBy;
      if (couplingSeriesBy === "year" && raw.yearColumn === undefined) errors.push(msg("config.seriesByYear"));
    }
  }
  const ccd = optionalBlock(raw.ccd, "ccd", "variant", ["standard", "adjusted"], errors);
  const topsis = optionalBlock(raw.topsis, "topsis", "normalization", ["vector", "minmax"], errors);
  if (errors.length > 0 || !areaColumn || !weighting) return undefined;
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
  return config;
}

/**
 * An optional block with one option (`ccd`, `topsis`): omitted or false = off; true or an object =
 * on, its option `key` one of `choices` (default the first). Returns the option, or undefined when off.
 */
function optionalBlock(v: unknown, field: string, key: string, choices: readonly string[], errors: MessageArg[]): string | undefined {
  if (v === undefined || v === false) return undefined;
  if (v === true) return choices[0];
  if (!isRecord(v)) {
    errors.push(msg("config.blockObject", { field, value: describe(v), key, choice: choices[0] }));
    return undefined;
  }
  for (const k of Object.keys(v)) if (k !== key) errors.push(unknownField(`${field}.${k}`, k, [key]));
  const c = v[key] === undefined ? choices[0] : v[key];
  if (typeof c !== "string" || !choices.includes(c)) {
    errors.push(msg("config.use", { field: `${field}.${key}`, value: describe(c), choices: quotedChoices(choices) }));
    return undefined;
  }
  return c;
}

function resolveAhp(
  a: unknown,
  indicators: IndicatorConfig[],
  errors: MessageArg[],
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
    errors.push(msg("config.give", { field: "weighting.ahp", value: describe(a), example: '{"level": "subsystem"}' }));
    return out;
  }
  const ahp = (a ?? {}) as Record<string, unknown>;
  for (const k of Object.keys(ahp)) {
    if (!AHP_KEYS.includes(k)) errors.push(unknownField(`weighting.ahp.${k}`, k, AHP_KEYS));
  }
  const level = ahp.level === undefined ? "subsystem" : ahp.level;
  if (level !== "subsystem" && level !== "indicator") errors.push(msg("config.use", { field: "weighting.ahp.level", value: describe(level), choices: quotedChoices(["subsystem", "indicator"]) }));
  else out.level = level;
  const method = ahp.method === undefined ? "eigen" : ahp.method;
  if (method !== "eigen" && method !== "geometric" && method !== "arithmetic") {
    errors.push(msg("config.use", { field: "weighting.ahp.method", value: describe(method), choices: quotedChoices(["eigen", "geometric", "arithmetic"]) }));
  } else out.method = method;
  const ri = ahp.ri === undefined ? "saaty" : ahp.ri;
  // A numeric RI as core randomIndex accepts it: within RANDOM_INDEX_RANGE [0.1, 2].
  if (ri !== "saaty" && ri !== "alonso" && !(typeof ri === "number" && ri >= RANDOM_INDEX_RANGE.min && ri <= RANDOM_INDEX_RANGE.max)) {
    errors.push(msg("config.ahpRi", { value: describe(ri), min: RANDOM_INDEX_RANGE.min, max: RANDOM_INDEX_RANGE.max }));
  } else out.ri = ri as RandomIndexTable | number;
  const checkRi = (role: IndicatorRole, n: number) => {
    if (used) checkRandomIndex(out.ri, n, msg("config.systemSize", { role: ROLE_WORD[role], n, level: LEVEL_WORD[out.level] }), errors);
  };
  if (ahp.experts === undefined) {
    out.matrices = resolveMatrices(ahp.matrices, "weighting.ahp.matrices", indicators, out.level, errors, used, from, checkRi);
    return out;
  }
  // Group AHP: one entry per expert, each with its weight and matrices (validated as `matrices`).
  const experts = ahp.experts;
  if (ahp.matrices !== undefined) errors.push(msg("config.expertsAndMatrices"));
  if (!Array.isArray(experts) || experts.length === 0) {
    errors.push(msg("config.expertsList", { value: describe(experts) }));
    for (const role of ROLES) checkRi(role, ahpItems(indicators, role, out.level).length);
    return out;
  }
  if (!used) errors.push(msg("config.matrixUnused", { field: "weighting.ahp.experts" }));
  const weights: number[] = [];
  const matrices: ResolvedMatrices[] = [];
  experts.forEach((ex: unknown, e: number) => {
    const field = `weighting.ahp.experts[${e}]`;
    if (!isRecord(ex)) {
      errors.push(msg("config.give", { field, value: describe(ex), example: '{"weight": 1, "matrices": {"support": [[...]], "pressure": [[...]]}}' }));
      return;
    }
    for (const k of Object.keys(ex)) if (!EXPERT_KEYS.includes(k)) errors.push(unknownField(`${field}.${k}`, k, EXPERT_KEYS));
    const wt = ex.weight === undefined ? 1 : ex.weight;
    if (typeof wt !== "number" || !Number.isFinite(wt) || wt < 0) errors.push(msg("config.expertWeight", { field: `${field}.weight`, value: describe(wt) }));
    else weights.push(wt);
    matrices.push(resolveMatrices(ex.matrices, `${field}.matrices`, indicators, out.level, errors, used, from, e === 0 ? checkRi : undefined));
  });
  if (weights.length === experts.length && !weights.some((x) => x > 0)) errors.push(msg("config.expertWeightsZero"));
  if (matrices.length > 0) out.matrices = matrices[0];
  if (experts.length >= 2) out.experts = { weights, matrices };
  return out;
}

/** The items a system's AHP grid compares: its subsystems or its indicators (config order). */
function ahpItems(indicators: IndicatorConfig[], role: IndicatorRole, level: "subsystem" | "indicator"): string[] {
  return level === "subsystem" ? subsystemsOf(indicators, role) : indicators.filter((x) => x.role === role).map((x) => x.name);
}

/** A judgement as the configuration gives it: a number, a text fraction ("1/3"), else undefined. */
function judgementValue(v: unknown): number | undefined {
  return typeof v === "number" ? v : typeof v === "string" ? parseRatio(v) : undefined;
}

/**
 * One set of judgement matrices (`weighting.ahp.matrices` or an expert's `matrices`, named by
 * `base`): each system's n×n grid checked as RECC.AHP reads it; an omitted one is all 1.
 */
function resolveMatrices(
  given: unknown,
  base: string,
  indicators: IndicatorConfig[],
  level: "subsystem" | "indicator",
  errors: MessageArg[],
  used: boolean,
  from: JudgementSource,
  checkRi?: (role: IndicatorRole, n: number) => void,
): ResolvedMatrices {
  const out: ResolvedMatrices = { support: [], pressure: [] };
  const matrices = given === undefined ? {} : given;
  if (!isRecord(matrices)) {
    errors.push(msg("config.give", { field: base, value: describe(matrices), example: '{"support": [[...]], "pressure": [[...]]}' }));
    return out;
  }
  for (const k of Object.keys(matrices)) if (!ROLES.includes(k as IndicatorRole)) errors.push(unknownField(`${base}.${k}`, k, ROLES));
  for (const role of ROLES) {
    const items = ahpItems(indicators, role, level);
    const n = items.length;
    const m = matrices[role];
    const field = `${base}.${role}`;
    checkRi?.(role, n);
    if (m === undefined) {
      out[role] = items.map((_, i) => items.map((__, j) => (j >= i ? 1 : null)));
      continue;
    }
    if (!used) errors.push(msg("config.matrixUnused", { field }));
    if (!Array.isArray(m) || m.length !== n || m.some((r) => !Array.isArray(r) || r.length !== n)) {
      errors.push(msg("config.matrixShape", { field, n, level: LEVEL_WORD[level], items: items.join(", ") }));
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
        const x = judgementValue(v);
        // On Saaty's scale, so 1/x is finite too (the lower triangle is written as =1/x). The diagonal
        // must be 1, which says more there than the scale (as RECC.AHP words it).
        // (0.111 under a 9 is the 9's reciprocal in decimals, not a judgement off the scale: core isTypedReciprocal.)
        const problem = x !== undefined && x > 0 && i !== j && !isTypedReciprocal(x, judgementValue((m[j] as unknown[])[i])) ? saatyScaleProblem(x, describe(v), typeof v === "number") : undefined;
        if (x === undefined || !(x > 0) || !Number.isFinite(x)) {
          errors.push(msg("config.judgement", { field: f, value: describe(v) }));
          bad = true;
        } else if (i === j && Math.abs(x - 1) > DIAGONAL_TOLERANCE) {
          errors.push(msg("config.isHint", { field: f, value: describe(v), hint: msg("hint.diagonal") }));
          bad = true;
        } else if (problem) {
          // The same rule as RECC.AHP (core saatyScaleProblem); the hint worded for a JSON file.
          errors.push(msg("config.isHint", { field: f, value: problem.text.detail, hint: from === "json" ? jsonJudgementHint(problem) : problem.text.hint }));
          bad = true;
        } else num[i][j] = x;
      }
    }
    for (let i = 0; i < n && !bad; i++) {
      for (let j = i + 1; j < n; j++) {
        const u = num[i][j];
        const l = num[j][i];
        if (u === null && l === null) {
          errors.push(msg("config.bothBlank", { a: `${field}[${i}][${j}]`, b: `${field}[${j}][${i}]`, x: items[i], y: items[j] }));
        } else if (u !== null && l !== null && Math.abs(u * l - 1) > RECIPROCITY_TOLERANCE) {
          errors.push(msg("config.notReciprocal", { lower: `${field}[${j}][${i}]`, l, upper: `${field}[${i}][${j}]`, u }));
        }
      }
    }
    // Only the upper triangle is kept: the plan writes reciprocal formulas below the diagonal. As in
    // RECC.AHP (core completePairwiseMatrix), of a pair given twice the larger is the judgement (3
    // over 0.333 is 3; 0.333 over 3 is 1/3), and a blank upper cell is the reciprocal of the lower.
    out[role] = num.map((r, i) => r.map((x, j) => (j > i ? upperJudgement(x, num[j][i]) : j === i ? 1 : null)));
  }
  return out;
}

/** The upper judgement a_ij of a pair (u = a_ij, l = a_ji, null = blank): the larger given value, or the reciprocal of it. */
function upperJudgement(u: number | null, l: number | null): number | null {
  if (u !== null && (l === null || u >= l)) return u;
  return l !== null ? 1 / l : null;
}

/**
 * Checks that the RI choice gives a consistency ratio for an n×n grid (core randomIndex and
 * ahpConsistency: the Saaty table stops at n = 15; a numeric RI is range-checked in resolveAhp).
 */
function checkRandomIndex(ri: RandomIndexTable | number, n: number, what: MessageArg, errors: MessageArg[]): void {
  if (ri === "saaty" && n > RANDOM_INDEX.saaty.length) {
    errors.push(msg("config.saatyN", { max: RANDOM_INDEX.saaty.length, what }));
  }
}

/** Parses JSON text and validates it; a syntax error becomes one message. */
export function parseAnalysisConfig(json: string, locale: Locale = "en"): ConfigCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    return { ok: false, errors: [renderMessage(msg("config.notJson", { detail: (e as Error).message }), locale)] };
  }
  return validateAnalysisConfig(raw, "json", locale);
}
