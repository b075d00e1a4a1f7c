/** Obstacles step: obstacle degrees of the support indicators, the top k per row and the subsystem obstacle degrees. */
import { rectAddress } from "../a1";
import type { AnalysisStep } from "../plan-builder";

export function obstaclesStep(): AnalysisStep {
  return {
    build(b) {
      const { sheet, n, ms, config } = b;
      const norm = b.need("normalized");
      const weights = b.need("finalWeights");
      const setting = b.need("setting");
      const title = b.panelTop!;
      const top = b.panelDataRow;
      let col = b.panelColumns(ms);
      const obst = b.addBlock({
        id: "panel.obstacles",
        sheet,
        title: b.t("title.obstacles"),
        titleCell: rectAddress(b.at(title, col, 1, 1)),
        header: b.need("data").support.header,
        rect: b.at(top, col, n, ms),
        body: { kind: "spill", fn: "OBSTACLE", args: [{ ref: b.r(norm.support.rect) }, { ref: weights.support }] },
      });
      b.handles.obstacles = obst;
      col = b.panelColumns(config.topK);
      b.addBlock({
        id: "panel.topObstacles",
        sheet,
        title: b.t("title.topObstacles", { k: config.topK }),
        titleCell: rectAddress(b.at(title, col, 1, 1)),
        header: Array.from({ length: config.topK }, (_, i) => `#${i + 1}`),
        rect: b.at(top, col, n, config.topK),
        body: { kind: "spill", fn: "TOPOBSTACLES", args: [{ ref: b.r(obst.rect) }, { ref: b.indicatorRow(0, "support") }, { ref: setting("k") }] },
      });
      col = b.panelColumns(b.subsystems.support.length);
      // One column per listed subsystem, matched by name (its header links to the editable name).
      const keys = b.subsystems.support.map((_, k) => b.need("subsystemCell")("support", k));
      b.addBlock({
        id: "panel.subsystemObstacles",
        sheet,
        title: b.t("title.subsystemObstacles"),
        titleCell: rectAddress(b.at(title, col, 1, 1)),
        header: b.subsystems.support,
        headerLinks: keys,
        rect: b.at(top, col, n, b.subsystems.support.length),
        body: { kind: "groupColumns", values: b.r(obst.rect), groups: b.indicatorRow(3, "support"), keys },
      });
    },
  };
}
