/**
 * Whether the user's table has changed size since the analysis was built (issue 8 item 4), from the
 * analysis sheet's live helper cells (the plan's "table.rows" block: first data row, last data row,
 * number of rows, last panel row; src/plan/steps/data-links-step.ts). The analysis formulas follow
 * the table by themselves; the charts cannot (an Office.js chart series takes a fixed Range), so
 * the pane offers to redraw them: a Rebuild over the table's current rows. Pure: no Office types.
 */
import { fullAddress, parseAddress } from "../plan/a1";
import type { AnalysisPlan } from "../plan/analysis-plan";
import { sheetPrefix } from "../plan/a1";

export interface TableGrowth {
  /** 1-based sheet rows of the first and last data row now. */
  first: number;
  last: number;
  /** Data rows now and at build time. */
  count: number;
  built: number;
  /** Sheet of the user's table. */
  sheet: string;
  /** The table's address over its rows now: the saved address with its last row moved. */
  address: string;
}

/** Address of the plan's live row cells (one row of 8 cells), or undefined when the plan has none. */
export function liveRowsAddress(plan: AnalysisPlan): string | undefined {
  const b = plan.blocks.find((x) => x.id === "table.rows");
  return b ? `${sheetPrefix(b.sheet)}${b.address}` : undefined;
}

/**
 * Compares the live row cells with the number of rows the analysis was built with.
 * @param tableAddress the saved table address (meta rows, header and data rows as selected).
 * @param built the number of data rows at build time.
 * @param live the values of the live row cells ([label, first, label, last, label, count, …]).
 * @returns the change, or null when the table has the rows the charts were drawn from, or when
 *   the cells hold no row numbers yet (not calculated, an error).
 */
export function tableGrowth(tableAddress: string, built: number, live: unknown[][]): TableGrowth | null {
  const [, first, , last, , count] = live[0] ?? [];
  if (![first, last, count].every((v) => typeof v === "number" && Number.isInteger(v) && v >= 0)) return null;
  if (count === built) return null;
  const r = parseAddress(tableAddress);
  // The data end at `last` (1-based); a table that shrank below its header keeps the header row.
  const rows = Math.max(1, (last as number) - r.row);
  return { first: first as number, last: last as number, count: count as number, built, sheet: r.sheet, address: fullAddress({ ...r, rows }, false) };
}
