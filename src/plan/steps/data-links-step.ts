/**
 * Data links step: the panel's key columns (area, year) and each system's indicator columns, linked
 * from the user's table with one spilling reference per column, so that the indicator columns need
 * not be contiguous in the table. Each link is checked: a cell that is not a number (or a blank key)
 * shows which source cell it is, so no blank reaches a RECC function as 0.
 *
 * The links follow the table (issue 8 item 4): helper cells hold the table's live first and last
 * data row (the last row whose area or year is not blank, looking from the header down to
 * LOOK_BELOW rows past the table as built), and every link reads
 * `INDEX('Data'!$G:$G,first):INDEX('Data'!$G:$G,last)`; every panel range after it ends at the live
 * last panel row (PlanBuilder.live). Rows appended below or inserted inside are included when Excel
 * recalculates (inserting a row moves the header cell and the window's end, as Excel adjusts any
 * reference); blank rows below the table are not data. A check says which rows the analysis covers
 * and whether the charts (fixed ranges: Excel's chart series cannot take these ranges through
 * Office.js) still show the rows they were drawn from.
 */
import { MAX_ROWS, rectAddress, sheetPrefix } from "../a1";
import { ROLES_IN_LAYOUT, type AnalysisStep } from "../plan-builder";
import { ref, type PlanBlock } from "../plan-model";
import type { IndicatorRole } from "../analysis-config";

/** Rows below the table as built in which appended data is found (at least; the table's own size if larger). */
export const LOOK_BELOW = 10000;

export function dataLinksStep(): AnalysisStep {
  let checkRow = 0;
  return {
    layout(b) {
      checkRow = b.reserveRows(3);
    },
    build(b) {
      const { sheet, n, labels } = b;
      const panelTitle = b.panelTop!;
      const top = b.panelDataRow;
      b.addBlock({
        id: "panel.title",
        sheet,
        title: b.t("title.panel"),
        rect: b.at(panelTitle - 1, 0, 1, 1),
        body: { kind: "values", values: [[b.t("panel.note")]] },
      });
      // The live extent of the table: key columns from the header down past the table as built.
      const keyCols = [b.areaIdx, ...(b.yearIdx >= 0 ? [b.yearIdx] : [])];
      const headerRow = b.header.row;
      const windowRows = Math.min(1 + n + Math.max(LOOK_BELOW, n), MAX_ROWS - headerRow);
      const windows = keyCols.map((j) => ref(b.source.sheet, { row: headerRow, col: b.header.col + j, rows: windowRows, cols: 1 }));
      const cell = (k: number) => b.r(b.at(checkRow + 1, 2 * k + 1, 1, 1));
      const [first, last, count, panelLast] = [0, 1, 2, 3].map(cell);
      b.addBlock({
        id: "table.rows",
        sheet,
        title: b.t("title.tableCheck"),
        rect: b.at(checkRow + 1, 0, 1, 8),
        body: {
          kind: "cells",
          cells: [
            [
              { v: b.t("rows.first") },
              { firstRow: ref(b.source.sheet, { ...windows[0].rect, rows: 1 }) },
              { v: b.t("rows.last") },
              { lastRow: windows },
              { v: b.t("rows.count") },
              { rowCount: { first, last } },
              { v: b.t("rows.panelLast") },
              { panelLast: { top: top + 1, count } },
            ],
          ],
        },
      });
      b.handles.rows = { first, last, count, panelLast };
      const where = { sheet: sheetPrefix(b.source.sheet).slice(0, -1), n };
      b.addBlock({
        id: "table.check",
        sheet,
        title: b.t("title.tableCheck"),
        rect: b.at(checkRow, 0, 1, 1),
        body: { kind: "cells", cells: [[{ rowsCheck: { first, last, count, rows: n, ok: b.t("check.rowsOk", where), bad: b.t("check.rowsBad", where) } }]] },
      });
      let col = b.panelColumns(keyCols.length);
      b.handles.keys = b.addBlock({
        id: "panel.keys",
        sheet,
        title: b.t("title.keys"),
        titleCell: rectAddress(b.at(panelTitle, col, 1, 1)),
        header: keyCols.map((j) => labels[j]),
        rect: b.at(top, col, n, keyCols.length),
        body: { kind: "checkedLinks", expect: "value", locale: b.locale, columns: keyCols.map((j) => b.sourceColumn(j)) },
      });
      const data = {} as Record<IndicatorRole, PlanBlock>;
      for (const role of ROLES_IN_LAYOUT) {
        const inds = b.indicatorsOf(role);
        col = b.panelColumns(inds.length);
        data[role] = b.addBlock({
          id: `panel.data.${role}`,
          sheet,
          title: b.t("sys.data", { system: b.t(role === "support" ? "sys.support" : "sys.pressure") }),
          titleCell: rectAddress(b.at(panelTitle, col, 1, 1)),
          header: inds.map((e) => e.x.name),
          rect: b.at(top, col, n, inds.length),
          body: { kind: "checkedLinks", expect: "number", locale: b.locale, columns: inds.map((e) => b.sourceColumn(b.indIdx[e.j])) },
        });
      }
      b.handles.data = data;
    },
  };
}
