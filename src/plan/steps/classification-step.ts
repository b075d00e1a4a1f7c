/** Classification step: the grade (I–IX, seed paper Table 3) and the coupling region of each row, from S and P. */
import type { AnalysisStep } from "../plan-builder";

export function classificationStep(): AnalysisStep {
  return {
    build(b) {
      const { sheet } = b;
      const S = b.need("S");
      const P = b.need("P");
      const setting = b.need("setting");
      const col = b.panelColumns(2);
      const one = (c: number) => b.at(b.panelDataRow, c, b.n, 1);
      b.addBlock({
        id: "panel.grade",
        sheet,
        title: "Grade",
        header: ["Grade"],
        rect: one(col),
        body: { kind: "spill", fn: "GRADE", args: [{ ref: S }, { ref: P }, { ref: setting("low") }, { ref: setting("high") }] },
      });
      b.addBlock({ id: "panel.region", sheet, title: "Region", header: ["Region"], rect: one(col + 1), body: { kind: "spill", fn: "REGION", args: [{ ref: S }, { ref: P }] } });
    },
  };
}
