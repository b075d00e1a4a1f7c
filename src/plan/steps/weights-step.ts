/**
 * Weights step: the AHP comparison grids per system (when AHP is used; judgements, =1/x below the
 * diagonal, RECC.AHP, RECC.AHPCONSISTENCY, RECC.AHPSUGGEST from 3 items; with k ≥ 2 experts the
 * group matrix RECC.AHPGROUP in the grid's place and the experts' grids below, ./ahp-experts.ts), the weight rows (entropy, AHP, combined; the two systems
 * side by side) and the subsystem weights (RECC.GROUPSUM of the weights used).
 */
import type { SheetKey } from "../../i18n";
import { rectAddress } from "../a1";
import type { IndicatorRole } from "../analysis-config";
import { ROLES_IN_LAYOUT, type AnalysisStep, type PlanBuilder } from "../plan-builder";
import type { CellSpec, RangeRef } from "../plan-model";
import { addExpertGrids, expertCount, expertRows } from "./ahp-experts";

/** Rows of the AHPSUGGEST block beside each AHP grid (AHP-OS lists its top 3). */
const AHP_SUGGESTIONS = 3;

/** The items a system's AHP grid compares: its subsystems or its indicators. */
function ahpItems(b: PlanBuilder, role: IndicatorRole): string[] {
  return b.config.weighting.ahp.level === "subsystem" ? b.subsystems[role] : b.indicatorsOf(role).map((e) => e.x.name);
}

/** The objective weight row's label: "Entropy weight" or "CRITIC weight" (weighting.objective). */
export function objectiveLabel(b: PlanBuilder): string {
  return b.config.weighting.objective === "critic" ? "CRITIC weight" : "Entropy weight";
}

/** The weight rows' labels (English, also the keys rowRef looks up) and their words on the sheet. */
const ROW_LABEL_KEYS: Record<string, SheetKey> = { "Entropy weight": "w.entropy", "CRITIC weight": "w.critic", "AHP weight": "w.ahp", "Combined weight": "w.combined" };

function weightRowLabels(b: PlanBuilder): string[] {
  const rows = [objectiveLabel(b)];
  if (b.usesAhp) rows.push("AHP weight");
  if (b.config.weighting.method === "combined") rows.push("Combined weight");
  return rows;
}

/** The grid, RECC.AHP and RECC.AHPCONSISTENCY of one system, from `row` (its title). */
function addAhpGrid(b: PlanBuilder, role: IndicatorRole, row: number): { weights: RangeRef; labels: RangeRef } {
  const { sheet } = b;
  const w = b.config.weighting;
  const setting = b.need("setting");
  const items = ahpItems(b, role);
  const g = items.length;
  const jm = w.ahp.matrices[role];
  const gridRect = b.at(row + 2, 1, g, g);
  // The grid's labels link to the names they compare (subsystem names or indicator labels), so a rename follows.
  const ind = b.need("indicators");
  const firstOf = role === "support" ? 0 : b.ms;
  const itemCells: RangeRef[] = items.map((_, k) =>
    w.ahp.level === "subsystem" ? b.need("subsystemCell")(role, k) : b.r(b.at(ind.rect.row, 1 + firstOf + k, 1, 1)),
  );
  b.addBlock({
    id: `ahp.labels.${role}`,
    sheet,
    title: b.t(w.ahp.experts ? `ahp.group.${role}.${w.ahp.level}` : `ahp.comparison.${role}.${w.ahp.level}`),
    titleCell: rectAddress(b.at(row, 0, 1, 1)),
    rect: b.at(row + 2, 0, g, 1),
    body: { kind: "cells", cells: itemCells.map((ref) => [{ ref }]) },
  });
  const cells: CellSpec[][] = [];
  for (let i = 0; i < g; i++) {
    const rowCells: CellSpec[] = [];
    for (let j = 0; j < g; j++) {
      if (j >= i) rowCells.push({ v: i === j ? 1 : (jm[i][j] as number) });
      else rowCells.push({ recip: b.r(b.at(gridRect.row + j, gridRect.col + i, 1, 1)) });
    }
    cells.push(rowCells);
  }
  // Group AHP (k ≥ 2 experts): the experts' grids below, their group matrix (RECC.AHPGROUP) in the
  // single grid's place; everything to its right reads the group matrix.
  const grid = w.ahp.experts
    ? addExpertGrids(b, role, row + 3 + Math.max(g, 5), gridRect, items, itemCells)
    : b.addBlock({
        id: `ahp.grid.${role}`,
        sheet,
        title: b.t("ahp.grid"),
        header: items,
        headerLinks: itemCells,
        rect: gridRect,
        body: { kind: "cells", cells },
        editable: g > 1 ? items.slice(0, -1).map((_, i) => rectAddress(b.at(gridRect.row + i, gridRect.col + i + 1, 1, g - i - 1))) : [],
      });
  const weightsBlock = b.addBlock({
    id: `ahp.weights.${role}`,
    sheet,
    title: b.t("w.ahp"),
    header: [b.t("w.ahp")],
    rect: b.at(gridRect.row, 1 + g + 1, g, 1),
    body: { kind: "spill", fn: "AHP", args: [{ ref: b.r(grid.rect) }, { ref: setting("ahpMethod") }] },
  });
  b.addBlock({
    id: `ahp.consistency.${role}`,
    sheet,
    title: b.t("ahp.consistency"),
    header: [b.t("ahp.consistency"), ""],
    rect: b.at(gridRect.row, 1 + g + 3, 5, 2),
    body: { kind: "spill", fn: "AHPCONSISTENCY", args: [{ ref: b.r(grid.rect) }, { ref: setting("ri") }] },
  });
  // Which judgements to revisit when CR ≥ 0.1 (AHP-OS's rule, Goepel 2018): live beside the grid, so
  // an edited judgement updates it; blank rows when no judgement deviates.
  if (g >= 3) {
    b.addBlock({
      id: `ahp.suggest.${role}`,
      sheet,
      title: b.t("ahp.suggest.title"),
      header: (["ahp.suggest.row", "ahp.suggest.col", "ahp.suggest.now", "ahp.suggest.suggested", "ahp.suggest.crAfter"] as const).map((k) => b.t(k)),
      rect: b.at(gridRect.row, 1 + g + 6, AHP_SUGGESTIONS, 5),
      body: { kind: "spill", fn: "AHPSUGGEST", args: [{ ref: b.r(grid.rect) }, { literal: AHP_SUGGESTIONS }, { ref: setting("ri") }] },
    });
  }
  return { weights: b.r(weightsBlock.rect), labels: b.r(b.at(row + 2, 0, g, 1)) };
}

/** A system's AHP weight per indicator: its own weight, or its subsystem's weight split equally. */
function addAhpWeightRow(b: PlanBuilder, role: IndicatorRole, row: RangeRef, ahp: { weights: RangeRef; labels: RangeRef }): void {
  const key = b.config.weighting.ahp.level === "subsystem" ? b.indicatorRow(3, role) : b.indicatorRow(0, role);
  const cells: CellSpec[][] = [
    Array.from({ length: row.rect.cols }, (_, j) => ({
      share: { weights: ahp.weights, labels: ahp.labels, key: b.r(b.at(key.rect.row, key.rect.col + j, 1, 1)), groups: key },
    })),
  ];
  b.addBlock({ id: `weights.ahp.${role}`, sheet: b.sheet, title: "AHP weight", rect: row.rect, body: { kind: "cells", cells } });
}

export function weightsStep(): AnalysisStep {
  const gridRows: Partial<Record<IndicatorRole, number>> = {};
  let weightsTitle = 0;
  let subTitle = 0;
  return {
    layout(b) {
      if (b.usesAhp) {
        for (const role of ROLES_IN_LAYOUT) {
          const g = ahpItems(b, role).length;
          const k = expertCount(b);
          gridRows[role] = b.reserveRows(3 + Math.max(g, 5) + (k >= 2 ? expertRows(g, k) : 0));
        }
      }
      weightsTitle = b.reserveRows(weightRowLabels(b).length + 2);
      subTitle = b.reserveRows(4);
    },
    build(b) {
      const { sheet, ms, mp } = b;
      const w = b.config.weighting;
      const setting = b.need("setting");
      const data = b.need("data");
      const ahp: Partial<Record<IndicatorRole, { weights: RangeRef; labels: RangeRef }>> = {};
      for (const role of ROLES_IN_LAYOUT) if (gridRows[role] !== undefined) ahp[role] = addAhpGrid(b, role, gridRows[role]);
      const rowLabels = weightRowLabels(b);
      const weightsTop = weightsTitle + 1;
      b.addBlock({
        id: "weights.labels",
        sheet,
        title: b.t("title.weights", { used: b.t(w.method === "entropy" && w.objective === "critic" ? "w.used.critic" : `w.used.${w.method}`) }),
        titleCell: rectAddress(b.at(weightsTitle, 0, 1, 1)),
        rect: b.at(weightsTop, 0, rowLabels.length, 1),
        body: { kind: "values", values: rowLabels.map((x) => [x in ROW_LABEL_KEYS ? b.t(ROW_LABEL_KEYS[x]) : x]) },
      });
      const finalWeights = {} as Record<IndicatorRole, RangeRef>;
      for (const role of ROLES_IN_LAYOUT) {
        const col = role === "support" ? 1 : 1 + ms;
        const cols = role === "support" ? ms : mp;
        const rowRef = (label: string) => b.r(b.at(weightsTop + rowLabels.indexOf(label), col, 1, cols));
        const entropy = rowRef(objectiveLabel(b));
        // CRITIC (Diakoulaki et al. 1995) takes the place of the entropy weights when chosen.
        const critic = w.objective === "critic";
        b.addBlock({
          id: `weights.${critic ? "critic" : "entropy"}.${role}`,
          sheet,
          title: objectiveLabel(b),
          rect: entropy.rect,
          body: critic
            ? { kind: "spill", fn: "CRITICWEIGHTS", args: [{ ref: b.r(data[role].rect) }, { ref: b.indicatorRow(2, role) }] }
            : { kind: "spill", fn: "ENTROPYWEIGHTS", args: [{ ref: b.r(data[role].rect) }, { ref: b.indicatorRow(2, role) }, { ref: setting("shift") }] },
        });
        finalWeights[role] = entropy;
        const ahpRef = ahp[role];
        if (ahpRef) {
          const ahpRow = rowRef("AHP weight");
          addAhpWeightRow(b, role, ahpRow, ahpRef);
          finalWeights[role] = ahpRow;
          if (w.method === "combined") {
            const combined = rowRef("Combined weight");
            b.addBlock({
              id: `weights.combined.${role}`,
              sheet,
              title: "Combined weight",
              rect: combined.rect,
              body: { kind: "spill", fn: "COMBINEWEIGHTS", args: [{ ref: ahpRow }, { ref: entropy }, { ref: setting("combine") }, { ref: setting("alpha") }] },
            });
            finalWeights[role] = combined;
          }
        }
      }
      b.handles.finalWeights = finalWeights;
      const subsystemRows: RangeRef[] = [];
      for (const role of ROLES_IN_LAYOUT) {
        const names = b.subsystems[role];
        const rect = b.at(subTitle + 2, role === "support" ? 1 : 1 + b.subsystems.support.length + 1, 1, names.length);
        const keys = names.map((_, k) => b.need("subsystemCell")(role, k));
        b.addBlock({
          id: `weights.subsystem.${role}`,
          sheet,
          title: role === "support" ? b.t("title.subsystemWeights") : "",
          titleCell: role === "support" ? rectAddress(b.at(subTitle, 0, 1, 1)) : undefined,
          header: names,
          headerLinks: keys,
          rect,
          body: { kind: "cells", cells: [keys.map((key) => ({ groupSum: { values: finalWeights[role], groups: b.indicatorRow(3, role), key } }))] },
        });
        subsystemRows.push(b.r(rect));
      }
      // Visible check: an indicator whose subsystem is not one of the listed names counts in no subsystem.
      b.addBlock({
        id: "weights.subsystem.check",
        sheet,
        title: b.t("title.subsystemCheck"),
        rect: b.at(subTitle + 3, 1, 1, 1),
        body: {
          kind: "cells",
          cells: [
            [
              {
                sumCheck: {
                  ranges: subsystemRows,
                  ok: b.t("check.subsystemOk"),
                  bad: b.t("check.subsystemBad"),
                },
              },
            ],
          ],
        },
      });
    },
  };
}
