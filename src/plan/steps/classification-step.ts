/** Classification step: the grade (I–IX, seed paper Table 3) and the coupling region of each row, from S and P. */
import { REGION_TERMS, term } from "../../i18n";
import type { AnalysisStep } from "../plan-builder";
import type { PlanArg } from "../plan-model";

export function classificationStep(): AnalysisStep {
  return {
    build(b) {
      const { sheet } = b;
      const S = b.need("S");
      const P = b.need("P");
      const setting = b.need("setting");
      // English: RECC.REGION's own names; another language passes them as its labels argument.
      const regionArgs: PlanArg[] = [{ ref: S }, { ref: P }, ...(b.locale === "en" ? [] : [{ literal: REGION_TERMS.map((k) => term(k, b.locale)) }])];
      const col = b.panelColumns(2);
      const one = (c: number) => b.at(b.panelDataRow, c, b.n, 1);
      b.addBlock({
        id: "panel.grade",
        sheet,
        title: b.t("title.grade"),
        header: [b.t("title.grade")],
        rect: one(col),
        body: { kind: "spill", fn: "GRADE", args: [{ ref: S }, { ref: P }, { ref: setting("low") }, { ref: setting("high") }] },
      });
      b.addBlock({ id: "panel.region", sheet, title: b.t("title.region"), header: [b.t("title.region")], rect: one(col + 1), body: { kind: "spill", fn: "REGION", args: regionArgs } });
    },
  };
}
