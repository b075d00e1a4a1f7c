/** Normalization step: RECC.NORMALIZE of each system's linked data with its direction row (min–max, method.md §2). */
import { rectAddress } from "../a1";
import type { IndicatorRole } from "../analysis-config";
import { ROLES_IN_LAYOUT, type AnalysisStep } from "../plan-builder";
import type { PlanBlock } from "../plan-model";

export function normalizationStep(): AnalysisStep {
  return {
    build(b) {
      const data = b.need("data");
      const normalized = {} as Record<IndicatorRole, PlanBlock>;
      for (const role of ROLES_IN_LAYOUT) {
        const d = data[role];
        const col = b.panelColumns(d.rect.cols);
        normalized[role] = b.addBlock({
          id: `panel.normalized.${role}`,
          sheet: b.sheet,
          title: b.t("sys.normalized", { system: b.t(role === "support" ? "sys.support" : "sys.pressure") }),
          titleCell: rectAddress(b.at(b.panelTop!, col, 1, 1)),
          header: d.header,
          rect: b.at(b.panelDataRow, col, b.n, d.rect.cols),
          body: { kind: "spill", fn: "NORMALIZE", args: [{ ref: b.r(d.rect) }, { ref: b.indicatorRow(2, role) }] },
        });
      }
      b.handles.normalized = normalized;
    },
  };
}
