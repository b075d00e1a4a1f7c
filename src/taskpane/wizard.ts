/**
 * The analysis wizard's logic (pure): the pane's choices → an AnalysisConfig (src/plan), the saved
 * wizard record, and reading the user's AHP judgements back from the sheet before a rebuild.
 */
import { paneText, type Locale } from "../i18n";
import { isBlankJudgement } from "../functions/coerce";
import { localAddress, parseAddress } from "../plan/a1";
import type { AnalysisConfig, CombineMethod, Judgement, ObjectiveWeighting } from "../plan/analysis-config";
import type { IndicatorDraft } from "./table-parse";
import type { CellValue, WorkbookWrite } from "./write-model";

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
  combine: CombineMethod;
  seriesBy: "area" | "year";
  /** Objective weights for "entropy" and "combined" (default entropy). */
  objective?: ObjectiveWeighting;
  /** Add the CCD block (and its trend chart). */
  ccd?: boolean;
  /** Add the TOPSIS block. */
  topsis?: boolean;
  /** Group AHP: the number of experts (default 1: one grid per system, as before). */
  experts?: number;
  /** Group AHP: each expert's weight (≥ 0; missing ones are 1). */
  expertWeights?: number[];
}

/** The most experts the wizard offers (each adds a grid per system to the sheet). */
export const MAX_EXPERTS = 10;

/** One expert entry per expert when there are 2 or more (weights missing ones 1); none for one expert. */
function expertsOf(c: WizardChoices): { experts: { weight: number }[] } | Record<string, never> {
  const k = c.experts ?? 1;
  if (k < 2) return {};
  return { experts: Array.from({ length: k }, (_, e) => ({ weight: c.expertWeights?.[e] ?? 1 })) };
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
      // Only when it differs from the default, so a configuration saved before stays the same.
      ...(c.weighting !== "ahp" && c.objective === "critic" ? { objective: "critic" as const } : {}),
      ...(usesAhp ? { ahp: { level: c.ahpLevel, ...expertsOf(c) } } : {}),
      ...(c.weighting === "combined" ? { combine: { method: c.combine } } : {}),
    },
    topK: 5,
    charts: { couplingSeriesBy: c.yearColumn ? c.seriesBy : "area" },
    ...(c.ccd ? { ccd: {} } : {}),
    ...(c.topsis ? { topsis: {} } : {}),
  };
}

/** Upper triangle of a grid read from the sheet as judgements (diagonal 1, lower triangle null). */
export function judgementsFromGrid(values: CellValue[][]): Judgement[][] {
  return values.map((row, i) =>
    row.map((v, j) => {
      if (j < i) return null;
      if (j === i) return 1;
      // Blank as RECC.AHP reads it (null, "", spaces, or the 0 some desktop builds send for a blank).
      if (isBlankJudgement(v)) return null;
      return typeof v === "number" ? v : String(v).trim();
    }),
  );
}

/**
 * A grid read back from the sheet: one system's single grid, or (group AHP) its `experts` grids
 * stacked vertically (experts·n rows × n columns).
 */
export interface SheetGrid {
  role: "support" | "pressure";
  values: CellValue[][];
  /** Grids stacked in `values` (default 1). */
  experts?: number;
}

/**
 * Puts the judgements read from the sheet into the configuration when the grid sizes still fit
 * (same number of subsystems or indicators per system); a grid that no longer fits is dropped and
 * reported, and the plan then writes a fresh all-1 grid. With group AHP (weighting.ahp.experts),
 * expert e gets the sheet's grid of expert e; a new expert starts all 1; when the configuration now
 * has fewer experts than the sheet, the grids of the experts left out are reported. One expert takes
 * the sheet's first grid (the single grid, or expert 1's).
 */
export function withSheetJudgements(
  config: AnalysisConfig,
  grids: SheetGrid[],
  expectedSize: (role: "support" | "pressure") => number,
  locale: Locale = "en",
): { config: AnalysisConfig; notes: string[] } {
  const notes: string[] = [];
  if (config.weighting.method === "entropy" || grids.length === 0) return { config, notes };
  const read: { support?: Judgement[][][]; pressure?: Judgement[][][] } = {};
  for (const g of grids) {
    const n = expectedSize(g.role);
    const k = g.experts ?? 1;
    if (g.values.length === k * n && g.values.every((r) => r.length === n)) {
      read[g.role] = Array.from({ length: k }, (_, e) => judgementsFromGrid(g.values.slice(e * n, (e + 1) * n)));
    } else {
      notes.push(paneText(g.role === "support" ? "note.supportGridReset" : "note.pressureGridReset", locale));
    }
  }
  const wanted = config.weighting.ahp?.experts;
  const target = wanted && wanted.length >= 2 ? wanted.length : 1;
  for (const role of ["support", "pressure"] as const) {
    const have = read[role]?.length ?? 0;
    if (have > target) {
      const system = paneText(role === "support" ? "ahp.support" : "ahp.pressure", locale);
      notes.push(paneText(have === target + 1 ? "note.expertDropped" : "note.expertsDropped", locale, { system, first: target + 1, last: have, k: target }));
    }
  }
  const { matrices: _m, experts: _e, ...rest } = config.weighting.ahp ?? { level: "subsystem" as const };
  void _m;
  void _e;
  let ahp: NonNullable<AnalysisConfig["weighting"]["ahp"]>;
  if (target === 1) {
    const matrices: { support?: Judgement[][]; pressure?: Judgement[][] } = {};
    for (const role of ["support", "pressure"] as const) if (read[role]) matrices[role] = read[role]![0];
    ahp = { ...rest, level: rest.level ?? "subsystem", matrices };
    // A configuration that named one expert stays one expert.
  } else {
    const experts = wanted!.map((x, e) => {
      const matrices: { support?: Judgement[][]; pressure?: Judgement[][] } = {};
      for (const role of ["support", "pressure"] as const) if (read[role]?.[e]) matrices[role] = read[role]![e];
      return { ...(x.weight !== undefined ? { weight: x.weight } : {}), matrices };
    });
    ahp = { ...rest, level: rest.level ?? "subsystem", experts };
  }
  return { config: { ...config, weighting: { ...config.weighting, ahp } }, notes };
}

/**
 * The expert weights to build with on a rebuild: the weights typed on the sheet (its one editable
 * expert-weights row) when the pane's weights are still those of the last build (the user changed
 * them on the sheet, not in the pane) and the sheet's are k numbers ≥ 0, not all 0; else undefined
 * (the pane's weights stand).
 * @param pane the weights in the pane now; @param saved those of the last build's configuration;
 * @param sheet the sheet's weights row as read.
 */
export function sheetExpertWeights(pane: readonly number[], saved: readonly number[] | undefined, sheet: readonly CellValue[] | undefined): number[] | undefined {
  if (!saved || !sheet || sheet.length !== pane.length || saved.length !== pane.length) return undefined;
  if (pane.some((w, e) => w !== saved[e])) return undefined;
  if (!sheet.every((v) => typeof v === "number" && Number.isFinite(v) && v >= 0) || !sheet.some((v) => (v as number) > 0)) return undefined;
  const w = sheet as number[];
  return w.some((x, e) => x !== pane[e]) ? [...w] : undefined;
}

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;

/**
 * A sheet name derived from another by a suffix (" charts", " (values)"), the base shortened (and
 * trailing spaces dropped) so the whole fits Excel's 31 characters and the suffix is never cut off.
 * @throws RangeError when the result would equal `sheet` (ignoring case, as Excel does), i.e. the
 *   31-character name already ends with the suffix.
 */
export function derivedSheetName(sheet: string, suffix: string, locale: Locale = "en"): string {
  const name = sheet.slice(0, Math.max(0, MAX_SHEET_NAME - suffix.length)).trimEnd() + suffix;
  if (name.toLocaleLowerCase() === sheet.toLocaleLowerCase()) {
    throw new RangeError(paneText("err.sheetTooLong", locale, { sheet, suffix: suffix.trim() }));
  }
  return name;
}

/** Rows left free above the values-only copy for its note (the note in A1, row 2 empty). */
export const SHARE_OFFSET_ROWS = 2;

/**
 * The "Share without the add-in" write: a note in A1 and the analysis sheet's used range as values,
 * moved down by SHARE_OFFSET_ROWS so nothing overwrites the note.
 * @param used the analysis sheet's used range as read (full address, values rows × columns).
 * @throws RangeError when the moved copy would leave the sheet, or the name cannot be derived.
 */
export function shareWrite(
  sheet: string,
  used: { address: string; values: CellValue[][] },
  locale: Locale = "en",
): { target: string; write: WorkbookWrite } {
  const target = derivedSheetName(sheet, paneText("share.suffix", locale), locale);
  const r = parseAddress(used.address);
  const at = localAddress({ row: r.row + SHARE_OFFSET_ROWS, col: r.col, rows: r.rows, cols: r.cols }, false);
  const note = paneText("share.note", locale, { sheet, rows: SHARE_OFFSET_ROWS });
  return {
    target,
    write: {
      sheets: [
        {
          name: target,
          role: "share",
          mode: "replace",
          activate: true,
          blocks: [
            { address: "A1", values: [[note]], header: true },
            { address: at, values: used.values },
          ],
        },
      ],
      charts: [],
    },
  };
}
