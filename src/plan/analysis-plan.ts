/**
 * The analysis plan: where every table of a RECC analysis goes on the analysis sheet, which live
 * formula computes it, and the chart specs — as plain data, shared by the taskpane wizard (writes it
 * through Office.js) and the headless runner (evaluates it with src/core, see evaluate-plan.ts).
 *
 * The plan is built by a short sequence of analysis steps (src/plan/steps), one file each; adding a
 * step (e.g. the coupling coordination degree) is one new file and one line in ANALYSIS_STEPS.
 *
 * Layout of the analysis sheet (default name "RECC analysis"), top to bottom:
 *   settings (editable values: entropy shift, grade cuts, k, AHP/combination options)
 *   subsystem names per system (editable; everything that names a subsystem links to these cells)
 *   indicators (rows: label, system, direction (editable), subsystem (a link, or a listed name typed in))
 *   table check: the live first and last data row of the user's table (helper cells every link and
 *     panel range ends at, so the analysis follows the table) and whether the charts still match it
 *   AHP grids per system (when AHP is used): judgements, =1/x below the diagonal, RECC.AHP, RECC.AHPCONSISTENCY
 *     (group AHP: the group matrix RECC.AHPGROUP in the grid's place, the experts' grids, weights and
 *     CRs below it; steps/ahp-experts.ts)
 *   weights rows (entropy, AHP, combined; side by side) and subsystem weights with a check
 *   charts area (chart specs give their cell positions)
 *   optional: CCD weights β of S and P; TOPSIS weight and direction rows
 *   panel: keys | support data | pressure data | normalized | S P C grade region | obstacles | top-k | subsystem obstacles
 *     | optional: C T D and class (CCD) | TOPSIS data, closeness, rank in year
 * Indicator columns need not be contiguous in the user's table: the "data" blocks link each column
 * with one spilling checked reference (=IF(ISNUMBER(INDEX('Data'!$C:$C,first):INDEX('Data'!$C:$C,last)),…)),
 * which feeds RECC.NORMALIZE; a cell that is not a number shows its source address instead. Names are matched
 * with =, never with MATCH/COUNTIF/*IFS (which read names as criteria).
 * Chart helper cells (reference curves, grade grid, pivots for trends) go on a helper sheet.
 */
import type { ResolvedConfig } from "./analysis-config";
import { PlanBuilder, type AnalysisStep } from "./plan-builder";
import type { AnalysisPlan, PlanBlock, PlanOptions, SourceTable } from "./plan-model";
import { ccdStep } from "./steps/ccd-step";
import { chartsStep } from "./steps/charts-step";
import { classificationStep } from "./steps/classification-step";
import { dataLinksStep } from "./steps/data-links-step";
import { indicesStep } from "./steps/indices-step";
import { normalizationStep } from "./steps/normalization-step";
import { obstaclesStep } from "./steps/obstacles-step";
import { settingsStep } from "./steps/settings-step";
import { topsisStep } from "./steps/topsis-step";
import { weightsStep } from "./steps/weights-step";

export * from "./plan-model";

/** The analysis steps in order (layout top to bottom, then panel columns left to right; a step reads only what earlier steps built). */
export const ANALYSIS_STEPS: (() => AnalysisStep)[] = [
  settingsStep,
  dataLinksStep,
  weightsStep,
  normalizationStep,
  indicesStep,
  classificationStep,
  obstaclesStep,
  ccdStep,
  topsisStep,
  chartsStep,
];

/**
 * Builds the analysis plan for a configuration and the user's table.
 *
 * @param config a validated configuration (validateAnalysisConfig).
 * @param source the user's table: sheet, header cell, header labels, row count (and area/year values for charts).
 * @returns blocks with absolute A1 addresses, their writes, and chart specs.
 * @throws PlanError listing every problem (a column not found, fewer than 2 rows, a sheet name clash).
 */
export function buildAnalysisPlan(config: ResolvedConfig, source: SourceTable, options: PlanOptions = {}): AnalysisPlan {
  const b = new PlanBuilder(config, source, options);
  const steps = ANALYSIS_STEPS.map((make) => make());
  for (const s of steps) s.layout?.(b);
  b.startBuild();
  for (const s of steps) s.build(b);
  return {
    version: 1,
    sheet: b.sheet,
    helperSheet: b.helperSheet,
    source,
    config,
    indicators: b.ordered,
    subsystems: b.subsystems,
    blocks: b.blocks,
    charts: b.charts,
    notes: b.notes,
    locale: b.locale,
  };
}

/** The block with an id. @throws Error when the plan has none. */
export function blockById(plan: AnalysisPlan, id: string): PlanBlock {
  const b = plan.blocks.find((x) => x.id === id);
  if (!b) throw new Error(`the plan has no block '${id}'`);
  return b;
}
