/**
 * Data links step: the panel's key columns (area, year) and each system's indicator columns, linked
 * from the user's table with one spilling reference per column (='Data'!$C$2:$C$49), so that the
 * indicator columns need not be contiguous in the table. Each link is checked: a cell that is not a
 * number (or a blank key) shows which source cell it is, so no blank reaches a RECC function as 0.
 * A table check above says whether the table still has the rows the links cover.
 */
import { MAX_ROWS, rectAddress, sheetPrefix } from "../a1";
import { ROLES_IN_LAYOUT, type AnalysisStep } from "../plan-builder";
import { ref, type PlanBlock } from "../plan-model";
import type { IndicatorRole } from "../analysis-config";

/** Rows below the table the check looks at for appended data (next years' rows go directly below). */
const CHECK_ROWS_BELOW = 1000;

export function dataLinksStep(): AnalysisStep {
  let checkRow = 0;
  return {
    layout(b) {
      checkRow = b.reserveRows(2);
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
      // The links cover the table's rows at build time: say so, and say when the table has changed.
      const area = b.sourceColumn(b.areaIdx);
      const last = area.rect.row + area.rect.rows;
      const where = b.t("check.where", { first: area.rect.row + 1, last, sheet: sheetPrefix(b.source.sheet).slice(0, -1) });
      b.addBlock({
        id: "table.check",
        sheet,
        title: b.t("title.tableCheck"),
        rect: b.at(checkRow, 0, 1, 1),
        body: {
          kind: "cells",
          cells: [
            [
              {
                tableCheck: {
                  linked: area,
                  below: ref(b.source.sheet, { row: last, col: area.rect.col, rows: Math.min(CHECK_ROWS_BELOW, MAX_ROWS - last), cols: 1 }),
                  rows: n,
                  ok: b.t("check.tableOk", { where }),
                  bad: b.t("check.tableBad", { where }),
                },
              },
            ],
          ],
        },
      });
      const keyCols = [b.areaIdx, ...(b.yearIdx >= 0 ? [b.yearIdx] : [])];
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
