/**
 * Data links step: the panel's key columns (area, year) and each system's indicator columns, linked
 * from the user's table with one spilling reference per column (='Data'!$C$2:$C$49), so that the
 * indicator columns need not be contiguous in the table.
 */
import { rectAddress } from "../a1";
import { cap, ROLES_IN_LAYOUT, type AnalysisStep } from "../plan-builder";
import type { PlanBlock } from "../plan-model";
import type { IndicatorRole } from "../analysis-config";

export function dataLinksStep(): AnalysisStep {
  return {
    build(b) {
      const { sheet, n, labels } = b;
      const panelTitle = b.panelTop!;
      const top = b.panelDataRow;
      b.addBlock({
        id: "panel.title",
        sheet,
        title: "Panel",
        rect: b.at(panelTitle - 1, 0, 1, 1),
        body: { kind: "values", values: [["Results per row of the table (one area in one year)"]] },
      });
      const keyCols = [b.areaIdx, ...(b.yearIdx >= 0 ? [b.yearIdx] : [])];
      let col = b.panelColumns(keyCols.length);
      b.handles.keys = b.addBlock({
        id: "panel.keys",
        sheet,
        title: "Keys",
        titleCell: rectAddress(b.at(panelTitle, col, 1, 1)),
        header: keyCols.map((j) => labels[j]),
        rect: b.at(top, col, n, keyCols.length),
        body: { kind: "checkedLinks", expect: "value", columns: keyCols.map((j) => b.sourceColumn(j)) },
      });
      const data = {} as Record<IndicatorRole, PlanBlock>;
      for (const role of ROLES_IN_LAYOUT) {
        const inds = b.indicatorsOf(role);
        col = b.panelColumns(inds.length);
        data[role] = b.addBlock({
          id: `panel.data.${role}`,
          sheet,
          title: `${cap(role)} data (linked)`,
          titleCell: rectAddress(b.at(panelTitle, col, 1, 1)),
          header: inds.map((e) => e.x.name),
          rect: b.at(top, col, n, inds.length),
          body: { kind: "checkedLinks", expect: "number", columns: inds.map((e) => b.sourceColumn(b.indIdx[e.j])) },
        });
      }
      b.handles.data = data;
    },
  };
}
