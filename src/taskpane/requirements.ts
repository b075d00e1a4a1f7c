/**
 * Excel requirement sets the pane's features need, with the plain-words message shown when the
 * host lacks one. Pure data; the gateway answers `isSetSupported`.
 */

/** A feature and the ExcelApi version it needs. */
export interface Requirement {
  feature: string;
  excelApi: string;
  why: string;
}

/** Building blocks and where they come from (Office.js API reference, "[Api set: ExcelApi x]"). */
export const REQUIREMENTS = {
  /** CustomXmlParts: saving the wizard configuration in the workbook. */
  savedState: { feature: "Saving the configuration in the workbook", excelApi: "1.5", why: "custom XML parts" },
  /** ChartSeriesCollection.add, setXAxisValues, setValues, line styles, per-series chart types. */
  charts: { feature: "Charts", excelApi: "1.7", why: "adding chart series from ranges" },
  /** ChartDataLabel.text: grade I–IX and region names inside the coupling chart. */
  chartLabels: { feature: "Grade and region labels in the chart", excelApi: "1.8", why: "custom data-label text" },
  /** Dynamic arrays: RECC.* formulas return blocks that spill. */
  spill: { feature: "The analysis sheet", excelApi: "1.12", why: "formulas that spill into neighbouring cells" },
} satisfies Record<string, Requirement>;

/** The sentence shown in the pane when `r` is missing. */
export function missingMessage(r: Requirement): string {
  return (
    `${r.feature} needs a newer Excel (ExcelApi ${r.excelApi}, for ${r.why}). ` +
    "Use Excel for the web, or Microsoft 365 on Windows or Mac, and try again."
  );
}

/** The requirements in `needed` that `supports` says are missing. */
export function missing(needed: Requirement[], supports: (excelApi: string) => boolean): Requirement[] {
  return needed.filter((r) => !supports(r.excelApi));
}

/** The pane's actions that write to the workbook, and what each needs. */
export const ACTION_NEEDS = {
  /** "Insert coupling chart": helper cells, a chart, the saved state. */
  couplingChart: { label: "Insert coupling chart", needs: [REQUIREMENTS.savedState, REQUIREMENTS.charts] },
  /** "Insert trend charts": the same. */
  trendChart: { label: "Insert trend charts", needs: [REQUIREMENTS.savedState, REQUIREMENTS.charts] },
  /** "Build analysis": the analysis sheet's formulas spill, and it gets charts. */
  buildAnalysis: { label: "Build analysis", needs: [REQUIREMENTS.savedState, REQUIREMENTS.charts, REQUIREMENTS.spill] },
} satisfies Record<string, { label: string; needs: Requirement[] }>;

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
export function availability(supports: (excelApi: string) => boolean): Record<Action, Availability> {
  const out = {} as Record<Action, Availability>;
  for (const [action, { label, needs }] of Object.entries(ACTION_NEEDS) as [Action, (typeof ACTION_NEEDS)[Action]][]) {
    const lack = missing(needs, supports);
    out[action] = lack.length === 0
      ? { enabled: true, reason: "" }
      : { enabled: false, reason: `${label} is turned off: this Excel lacks ${lack.map((r) => `ExcelApi ${r.excelApi} (${r.why})`).join(", ")}.` };
  }
  return out;
}
