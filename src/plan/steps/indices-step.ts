/** Indices step: the support index S, the pressure index P (weighted sums) and the RECC index C = P/S, one column each. */
import { rectAddress } from "../a1";
import type { AnalysisStep } from "../plan-builder";

export function indicesStep(): AnalysisStep {
  return {
    build(b) {
      const { sheet } = b;
      const norm = b.need("normalized");
      const weights = b.need("finalWeights");
      const col = b.panelColumns(3, 0);
      const one = (c: number) => b.at(b.panelDataRow, c, b.n, 1);
      const s = b.addBlock({
        id: "panel.S",
        sheet,
        title: b.t("title.indices"),
        titleCell: rectAddress(b.at(b.panelTop!, col, 1, 1)),
        header: ["S"],
        rect: one(col),
        body: { kind: "spill", fn: "SUPPORT", args: [{ ref: b.r(norm.support.rect) }, { ref: weights.support }] },
      });
      const p = b.addBlock({
        id: "panel.P",
        sheet,
        title: "P",
        header: ["P"],
        rect: one(col + 1),
        body: { kind: "spill", fn: "PRESSURE", args: [{ ref: b.r(norm.pressure.rect) }, { ref: weights.pressure }] },
      });
      const S = b.r(s.rect);
      const P = b.r(p.rect);
      const c = b.addBlock({ id: "panel.C", sheet, title: "C", header: ["C"], rect: one(col + 2), body: { kind: "spill", fn: "INDEX", args: [{ ref: P }, { ref: S }] } });
      Object.assign(b.handles, { S, P, C: b.r(c.rect) });
    },
  };
}
