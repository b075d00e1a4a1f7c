/**
 * The configuration as the About sheet shows it: one row per setting that applies to the run
 * (field path → value) and the same settings as one JSON text a user can paste into a config file.
 */
import type { ResolvedConfig } from "../plan/analysis-config";
import type { ImportOptions } from "./import-table";
import type { Locale } from "../i18n";
import { reportText } from "../i18n/report-text";

/**
 * The resolved configuration with only the settings that apply: no AHP settings unless the method is
 * "ahp" or "combined", no combine settings unless "combined" (alpha only for "linear"), no objective
 * weighting for "ahp" and no entropy shift unless the entropy weights are used, the ccd and topsis
 * blocks only when asked for, import options only when given. Validating it again gives the same run.
 */
export function applicableConfig(config: ResolvedConfig, importOptions: ImportOptions = {}): Record<string, unknown> {
  const w = config.weighting;
  const weighting: Record<string, unknown> = { method: w.method };
  if (w.method !== "ahp") {
    weighting.objective = w.objective;
    if (w.objective === "entropy") weighting.entropyShift = w.entropyShift;
  }
  if (w.method !== "entropy") {
    const ex = w.ahp.experts;
    // Group AHP: each expert's weight and matrices in place of matrices.
    const judgements = ex ? { experts: ex.matrices.map((matrices, e) => ({ weight: ex.weights[e], matrices })) } : { matrices: w.ahp.matrices };
    weighting.ahp = { level: w.ahp.level, method: w.ahp.method, ri: w.ahp.ri, ...judgements };
  }
  if (w.method === "combined") weighting.combine = w.combine.method === "linear" ? { method: "linear", alpha: w.combine.alpha } : { method: w.combine.method };
  const out: Record<string, unknown> = {
    version: config.version,
    areaColumn: config.areaColumn,
    ...(config.yearColumn !== undefined ? { yearColumn: config.yearColumn } : {}),
    indicators: config.indicators,
    weighting,
    grades: config.grades,
    topK: config.topK,
    charts: config.charts,
    ...(config.ccd ? { ccd: config.ccd } : {}),
    ...(config.topsis ? { topsis: config.topsis } : {}),
  };
  const imp = Object.fromEntries(Object.entries(importOptions).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
  if (Object.keys(imp).length > 0) out.import = imp;
  return out;
}

function show(v: unknown): string | number {
  if (typeof v === "number" || typeof v === "string") return v;
  return JSON.stringify(v);
}

/**
 * One [field path, value] row per setting of {@link applicableConfig}. An indicator is one row
 * ("indicators[0]" → "GDP — support, direction +1, subsystem economic development"); an AHP matrix is
 * one row per matrix row, blanks (reciprocal of the partner) shown as "·". Field paths and option
 * values stay as the configuration file writes them; the indicator row's words follow `locale`
 * ("GDP — 支撑系统，指标方向 +1，子系统 经济").
 */
export function configSettingRows(config: ResolvedConfig, importOptions: ImportOptions = {}, locale: Locale = "en"): [string, string | number][] {
  const rows: [string, string | number][] = [];
  const walk = (prefix: string, v: unknown) => {
    if (prefix === "indicators") {
      config.indicators.forEach((ind, i) =>
        rows.push([
          `indicators[${i}]`,
          reportText("about.indicatorRow", locale, {
            name: ind.name,
            role: locale === "en" ? ind.role : reportText(ind.role === "support" ? "word.support" : "word.pressure", locale),
            direction: ind.direction > 0 ? "+1" : "-1",
            subsystem: ind.subsystem,
          }),
        ]),
      );
    } else if (prefix === "weighting.ahp.experts" && Array.isArray(v)) {
      v.forEach((x, e) => walk(`${prefix}[${e}]`, x));
    } else if (/^weighting\.ahp\.(experts\[\d+\]\.)?matrices\.(support|pressure)$/.test(prefix) && Array.isArray(v)) {
      (v as (number | null)[][]).forEach((r, i) => rows.push([`${prefix}[${i}]`, r.map((x) => (x === null ? "·" : String(x))).join("  ")]));
    } else if (v !== null && typeof v === "object" && !Array.isArray(v)) {
      for (const [k, x] of Object.entries(v)) walk(prefix ? `${prefix}.${k}` : k, x);
    } else rows.push([prefix, show(v)]);
  };
  walk("", applicableConfig(config, importOptions));
  return rows;
}
