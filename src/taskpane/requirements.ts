/**
 * Excel requirement sets the pane's features need, with the plain-words message shown when the
 * host lacks one. Pure data; the gateway answers `isSetSupported`. The words come from the pane's
 * catalog (src/i18n/pane-text.ts) in the pane's language.
 */
import { paneText, type Locale, type PaneKey } from "../i18n";

/** A feature and the ExcelApi version it needs. */
export interface Requirement {
  /** Catalog keys of the feature's name and of what the requirement set brings. */
  feature: PaneKey;
  excelApi: string;
  why: PaneKey;
}

/** Building blocks and where they come from (Office.js API reference, "[Api set: ExcelApi x]"). */
export const REQUIREMENTS = {
  /** CustomXmlParts: saving the wizard configuration in the workbook. */
  savedState: { feature: "req.savedState", excelApi: "1.5", why: "req.savedState.why" },
  /** ChartSeriesCollection.add, setXAxisValues, setValues, line styles, per-series chart types. */
  charts: { feature: "req.charts", excelApi: "1.7", why: "req.charts.why" },
  /** ChartDataLabel.text: grade I–IX and region names inside the coupling chart. */
  chartLabels: { feature: "req.chartLabels", excelApi: "1.8", why: "req.chartLabels.why" },
  /** Dynamic arrays: RECC.* formulas return blocks that spill. */
  spill: { feature: "req.spill", excelApi: "1.12", why: "req.spill.why" },
} satisfies Record<string, Requirement>;

/** The sentence shown in the pane when `r` is missing. */
export function missingMessage(r: Requirement, locale: Locale = "en"): string {
  return paneText("req.missing", locale, { feature: paneText(r.feature, locale), version: r.excelApi, why: paneText(r.why, locale) });
}

/** The requirements in `needed` that `supports` says are missing. */
export function missing(needed: Requirement[], supports: (excelApi: string) => boolean): Requirement[] {
  return needed.filter((r) => !supports(r.excelApi));
}

/** The pane's actions that write to the workbook, and what each needs. */
export const ACTION_NEEDS = {
  /** "Insert coupling chart": helper cells, a chart, the saved state. */
  couplingChart: { label: "btn.insertCoupling", needs: [REQUIREMENTS.savedState, REQUIREMENTS.charts] },
  /** "Insert trend charts": the same. */
  trendChart: { label: "btn.insertTrend", needs: [REQUIREMENTS.savedState, REQUIREMENTS.charts] },
  /** "Build analysis": the analysis sheet's formulas spill, and it gets charts. */
  buildAnalysis: { label: "btn.build", needs: [REQUIREMENTS.savedState, REQUIREMENTS.charts, REQUIREMENTS.spill] },
} satisfies Record<string, { label: PaneKey; needs: Requirement[] }>;

export type Action = keyof typeof ACTION_NEEDS;

/** Whether an action can run here and, when it cannot, the sentence saying why (shown by its button). */
export interface Availability {
  enabled: boolean;
  /** Empty when enabled. */
  reason: string;
}

/**
 * For each action: enabled exactly when every requirement it needs is supported; otherwise the
 * reason names the missing requirement sets, in the words of `missingMessage`.
 */
export function availability(supports: (excelApi: string) => boolean, locale: Locale = "en"): Record<Action, Availability> {
  const out = {} as Record<Action, Availability>;
  for (const [action, { label, needs }] of Object.entries(ACTION_NEEDS) as [Action, (typeof ACTION_NEEDS)[Action]][]) {
    const lack = missing(needs, supports);
    out[action] = lack.length === 0
      ? { enabled: true, reason: "" }
      : {
          enabled: false,
          reason: paneText("req.off", locale, {
            action: paneText(label, locale),
            list: lack.map((r) => paneText("req.lacks", locale, { version: r.excelApi, why: paneText(r.why, locale) })).join(paneText("list.sep", locale)),
          }),
        };
  }
  return out;
}
