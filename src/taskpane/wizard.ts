/**
 * The analysis wizard's logic (pure): the pane's choices → an AnalysisConfig (src/plan), the saved
 * wizard record, and reading the user's AHP judgements back from the sheet before a rebuild.
 */
import type { AnalysisConfig, Judgement } from "../plan/analysis-config";
import type { IndicatorDraft } from "./table-parse";
import type { CellValue } from "./write-model";

/** What the wizard saves in the workbook (inside the CustomXmlPart's state). */
export interface WizardRecord {
  version: 1;
  /** Full address of the user's table as selected (meta rows + header + data). */
  table: string;
  /** Output sheet names. */
  sheet: string;
  helperSheet: string;
  config: AnalysisConfig;
}

export interface WizardChoices {
  areaColumn: string;
  yearColumn?: string;
  indicators: IndicatorDraft[];
  weighting: "entropy" | "ahp" | "combined";
  ahpLevel: "subsystem" | "indicator";
  combine: "multiplicative" | "linear" | "geometric";
  seriesBy: "area" | "year";
}

/** The configuration for the plan; indicators not ticked are left out. */
export function choicesToConfig(c: WizardChoices): AnalysisConfig {
  const usesAhp = c.weighting !== "entropy";
  return {
    version: 1,
    areaColumn: c.areaColumn,
    ...(c.yearColumn ? { yearColumn: c.yearColumn } : {}),
    indicators: c.indicators
      .filter((d) => d.include)
      .map((d) => ({ name: d.name, role: d.role, direction: d.direction, subsystem: d.subsystem.trim() || d.role })),
    weighting: {
      method: c.weighting,
      ...(usesAhp ? { ahp: { level: c.ahpLevel } } : {}),
      ...(c.weighting === "combined" ? { combine: { method: c.combine } } : {}),
    },
    topK: 5,
    charts: { couplingSeriesBy: c.yearColumn ? c.seriesBy : "area" },
  };
}

/** Upper triangle of a grid read from the sheet as judgements (diagonal 1, lower triangle null). */
export function judgementsFromGrid(values: CellValue[][]): Judgement[][] {
  return values.map((row, i) =>
    row.map((v, j) => {
      if (j < i) return null;
      if (j === i) return 1;
      if (typeof v === "number") return v;
      const t = String(v).trim();
      return t === "" ? null : t;
    }),
  );
}

/**
 * Puts the judgements read from the sheet into the configuration when the grid sizes still fit
 * (same number of subsystems or indicators per system); a grid that no longer fits is dropped and
 * reported, and the plan then writes a fresh all-1 grid.
 */
export function withSheetJudgements(
  config: AnalysisConfig,
  grids: { role: "support" | "pressure"; values: CellValue[][] }[],
  expectedSize: (role: "support" | "pressure") => number,
): { config: AnalysisConfig; notes: string[] } {
  const notes: string[] = [];
  if (config.weighting.method === "entropy" || grids.length === 0) return { config, notes };
  const matrices: { support?: Judgement[][]; pressure?: Judgement[][] } = {};
  for (const g of grids) {
    if (g.values.length === expectedSize(g.role) && g.values.every((r) => r.length === g.values.length)) {
      matrices[g.role] = judgementsFromGrid(g.values);
    } else {
      notes.push(`The ${g.role} AHP grid was reset to equal importance because its items changed.`);
    }
  }
  const ahp = { level: config.weighting.ahp?.level ?? "subsystem", ...(config.weighting.ahp ?? {}), matrices };
  return { config: { ...config, weighting: { ...config.weighting, ahp } }, notes };
}
