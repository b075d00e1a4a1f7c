/**
 * Coupling coordination step (when config.ccd is given): RECC.CCD of S and P per row — coupling
 * degree C, comprehensive index T, coordination degree D = √(C·T) — and RECC.CCDLEVEL of D, the ten
 * coordination classes of Tian et al. (2021). The weights β of S and P (equal by default) are
 * editable cells above the chart area; the variant is a setting.
 */
import { rectAddress } from "../a1";
import type { AnalysisStep } from "../plan-builder";
import type { PlanArg } from "../plan-model";
import { COORDINATION_TERMS, term } from "../../i18n";

export function ccdStep(): AnalysisStep {
  let row = 0;
  return {
    layout(b) {
      if (b.config.ccd) row = b.reserveRows(3);
    },
    build(b) {
      if (!b.config.ccd) return;
      const { sheet, n } = b;
      const S = b.need("S");
      const P = b.need("P");
      // The indices step puts S and P side by side: one two-column range holds each row's systems.
      if (P.rect.col !== S.rect.col + 1) throw new Error("plan step order: the CCD step needs S and P in adjacent columns");
      const beta = b.addBlock({
        id: "ccd.weights",
        sheet,
        title: b.t("ccd.weights"),
        titleCell: rectAddress(b.at(row, 0, 1, 1)),
        header: ["S", "P"],
        rect: b.at(row + 2, 1, 1, 2),
        body: { kind: "values", values: [[0.5, 0.5]] },
        editable: [rectAddress(b.at(row + 2, 1, 1, 2))],
      });
      const col = b.panelColumns(4);
      const block = b.addBlock({
        id: "panel.ccd",
        sheet,
        title: b.t("ccd.title"),
        titleCell: rectAddress(b.at(b.panelTop!, col, 1, 1)),
        header: [b.t("ccd.C"), b.t("ccd.T"), b.t("ccd.Dshort")],
        rect: b.at(b.panelDataRow, col, n, 3),
        body: {
          kind: "spill",
          fn: "CCD",
          args: [{ ref: b.r(b.at(S.rect.row, S.rect.col, n, 2)) }, { ref: b.r(beta.rect) }, { ref: b.need("setting")("ccdVariant") }],
        },
      });
      const D = b.r(b.at(block.rect.row, col + 2, n, 1));
      // English: RECC.CCDLEVEL's own class names; another language passes them as its labels argument.
      const levelArgs: PlanArg[] = [{ ref: D }, ...(b.locale === "en" ? [] : [{ literal: COORDINATION_TERMS.map((k) => term(k, b.locale)) }])];
      b.addBlock({
        id: "panel.ccdLevel",
        sheet,
        title: b.t("ccd.class"),
        header: [b.t("ccd.class")],
        rect: b.at(b.panelDataRow, col + 3, n, 1),
        body: { kind: "spill", fn: "CCDLEVEL", args: levelArgs },
      });
      b.handles.D = D;
    },
  };
}
