/**
 * TOPSIS step (when config.topsis is given): the closeness of each row to the ideal over all the
 * support and pressure indicators (RECC.TOPSIS of their linked raw data) and its rank within the
 * row's year (1 = closest to the ideal; ties share a rank).
 *
 * Directions: a support indicator enters with its direction; a pressure indicator with the opposite
 * one, because an indicator that raises pressure is a cost for the area (and one that lowers it a
 * benefit). Weights: the weights the indices use, each system's summing to 1, so support and
 * pressure weigh equally (RECC.TOPSIS scales the row to sum 1). Both rows are shown above the charts.
 */
import { rectAddress } from "../a1";
import { ROLES_IN_LAYOUT, type AnalysisStep } from "../plan-builder";
import type { CellSpec, RangeRef } from "../plan-model";

export function topsisStep(): AnalysisStep {
  let row = 0;
  return {
    layout(b) {
      if (b.config.topsis) row = b.reserveRows(4);
    },
    build(b) {
      if (!b.config.topsis) return;
      const { sheet, n, m } = b;
      const weights = b.need("finalWeights");
      const data = b.need("data");
      const direction = b.indicatorRow(2, "support");
      const pressureDirection = b.indicatorRow(2, "pressure");
      b.addBlock({
        id: "topsis.labels",
        sheet,
        title: b.t("topsis.title"),
        titleCell: rectAddress(b.at(row, 0, 1, 1)),
        rect: b.at(row + 1, 0, 2, 1),
        body: { kind: "values", values: [[b.t("topsis.weight")], [b.t("topsis.direction")]] },
      });
      const cell = (r: RangeRef, j: number) => b.r(b.at(r.rect.row, r.rect.col + j, 1, 1));
      const cells: CellSpec[][] = [
        ROLES_IN_LAYOUT.flatMap((role) => Array.from({ length: weights[role].rect.cols }, (_, j): CellSpec => ({ ref: cell(weights[role], j) }))),
        [
          ...Array.from({ length: b.ms }, (_, j): CellSpec => ({ ref: cell(direction, j) })),
          ...Array.from({ length: b.mp }, (_, j): CellSpec => ({ negate: cell(pressureDirection, j) })),
        ],
      ];
      const settings = b.addBlock({ id: "topsis.settings", sheet, title: b.t("topsis.settings"), rect: b.at(row + 1, 1, 2, m), body: { kind: "cells", cells } });
      const col = b.panelColumns(m);
      const columns = ROLES_IN_LAYOUT.flatMap((role) => Array.from({ length: data[role].rect.cols }, (_, j) => b.r(b.at(data[role].rect.row, data[role].rect.col + j, n, 1))));
      const linked = b.addBlock({
        id: "panel.topsis.data",
        sheet,
        title: b.t("topsis.data"),
        titleCell: rectAddress(b.at(b.panelTop!, col, 1, 1)),
        header: b.ordered.map((x) => x.name),
        rect: b.at(b.panelDataRow, col, n, m),
        body: { kind: "columnLinks", columns },
      });
      const out = b.panelColumns(2);
      const closeness = b.addBlock({
        id: "panel.topsis",
        sheet,
        title: "TOPSIS",
        titleCell: rectAddress(b.at(b.panelTop!, out, 1, 1)),
        header: [b.t("topsis.closeness")],
        rect: b.at(b.panelDataRow, out, n, 1),
        body: {
          kind: "spill",
          fn: "TOPSIS",
          args: [
            { ref: b.r(linked.rect) },
            { ref: b.r(b.at(settings.rect.row, settings.rect.col, 1, m)) },
            { ref: b.r(b.at(settings.rect.row + 1, settings.rect.col, 1, m)) },
            { ref: b.need("setting")("topsisNormalization") },
          ],
        },
      });
      const C = b.r(closeness.rect);
      const keys = b.need("keys");
      const years = b.yearIdx >= 0 ? b.r(b.at(keys.rect.row, keys.rect.col + 1, n, 1)) : undefined;
      const rank: CellSpec[][] = Array.from({ length: n }, (_, i) => {
        const value = b.r(b.at(C.rect.row + i, C.rect.col, 1, 1));
        const key = years ? b.r(b.at(years.rect.row + i, years.rect.col, 1, 1)) : undefined;
        return [{ rankWithin: { values: C, value, ...(years && key ? { groups: years, key } : {}) } }];
      });
      b.addBlock({
        id: "panel.topsisRank",
        sheet,
        title: years ? b.t("topsis.rankInYear") : b.t("topsis.rank"),
        header: [years ? b.t("topsis.rankInYearHeader") : b.t("topsis.rankHeader")],
        rect: b.at(b.panelDataRow, out + 1, n, 1),
        body: { kind: "cells", cells: rank },
      });
    },
  };
}
