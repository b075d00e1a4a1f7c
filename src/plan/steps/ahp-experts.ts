/**
 * Group AHP on the analysis sheet (issue 10): for a system whose configuration has k ≥ 2 experts
 * (weighting.ahp.experts), the experts' pairwise comparison matrices stacked under the system's
 * AHP block, one g×g grid per expert (judgements above the diagonal, =1/x below, as the single
 * grid), the expert weights (editable) and each expert's consistency ratio (RECC.AHPCR), and the
 * group matrix RECC.AHPGROUP(stacked grids, expert weights) — the weighted geometric mean of the
 * judgements (AIJ; Aczél & Saaty 1983; Forman & Peniwati 1998) — in the place the single grid takes,
 * so RECC.AHP, RECC.AHPCONSISTENCY and RECC.AHPSUGGEST read the group matrix.
 *
 * Layout from `top` (the first row below the system's AHP block), columns from 0:
 *   top      title
 *   top+1    header: Expert 1 … Expert k (columns 1…k)
 *   top+2    "Expert weight" | the k weights (editable in the first system's block; the second
 *            system's cells link to them: one weight per expert, as in the configuration)
 *   top+3    "CR" | RECC.AHPCR of each expert's grid
 *   top+4    header: the items (links to their names)
 *   top+5 …  the k grids stacked (k·g rows): item labels in column 0, judgements in 1…g, the
 *            expert's name beside the first row of its grid (column g+1)
 *   then one blank row.
 */
import { rectAddress } from "../a1";
import type { IndicatorRole } from "../analysis-config";
import type { PlanBuilder } from "../plan-builder";
import type { CellSpec, PlanBlock, RangeRef } from "../plan-model";

/** Rows the experts' part of a system's AHP block takes: 5 header rows, k grids of g rows, a blank row. */
export function expertRows(g: number, k: number): number {
  return 5 + k * g + 1;
}

/** The number of experts of the plan's AHP (1 without weighting.ahp.experts). */
export function expertCount(b: PlanBuilder): number {
  return b.config.weighting.ahp.experts?.matrices.length ?? 1;
}

/**
 * Writes the experts' grids, weights and CRs of one system from `top`, and the group matrix at
 * `groupRect` (the place of the single grid). Returns the group matrix block.
 * @param itemCells the cells holding the compared items' names (subsystem names or indicator labels).
 */
export function addExpertGrids(b: PlanBuilder, role: IndicatorRole, top: number, groupRect: PlanBlock["rect"], items: string[], itemCells: RangeRef[]): PlanBlock {
  const { sheet } = b;
  const experts = b.config.weighting.ahp.experts!;
  const setting = b.need("setting");
  const k = experts.matrices.length;
  const g = items.length;
  const names = Array.from({ length: k }, (_, e) => b.t("ahp.expert", { e: e + 1 }));
  b.addBlock({
    id: `ahp.experts.rowLabels.${role}`,
    sheet,
    title: b.t("ahp.experts"),
    titleCell: rectAddress(b.at(top, 0, 1, 1)),
    rect: b.at(top + 2, 0, 2, 1),
    body: { kind: "values", values: [[b.t("ahp.expertWeight")], [b.t("ahp.expertCR")]] },
  });
  // One weight per expert for both systems: the first system's row is editable, the other's links to it.
  const owner = b.blocks.find((x) => x.id.startsWith("ahp.experts.weights."));
  const weightsRect = b.at(top + 2, 1, 1, k);
  const weights = b.addBlock({
    id: `ahp.experts.weights.${role}`,
    sheet,
    title: b.t("ahp.expertWeight"),
    header: names,
    rect: weightsRect,
    ...(owner
      ? { body: { kind: "cells" as const, cells: [names.map((_, e) => ({ ref: b.r(b.at(owner.rect.row, owner.rect.col + e, 1, 1)) }))] } }
      : { body: { kind: "values" as const, values: [experts.weights] }, editable: [rectAddress(weightsRect)] }),
  });
  const gridTop = top + 5;
  const stackRect = b.at(gridTop, 1, k * g, g);
  b.addBlock({
    id: `ahp.experts.labels.${role}`,
    sheet,
    title: b.t("ahp.experts"),
    rect: b.at(gridTop, 0, k * g, 1),
    body: { kind: "cells", cells: Array.from({ length: k * g }, (_, r) => [{ ref: itemCells[r % g] }]) },
  });
  const cells: CellSpec[][] = [];
  const editable: string[] = [];
  for (let e = 0; e < k; e++) {
    const jm = experts.matrices[e][role];
    const r0 = gridTop + e * g;
    for (let i = 0; i < g; i++) {
      const row: CellSpec[] = [];
      for (let j = 0; j < g; j++) {
        if (j >= i) row.push({ v: i === j ? 1 : (jm[i][j] as number) });
        else row.push({ recip: b.r(b.at(r0 + j, 1 + i, 1, 1)) });
      }
      cells.push(row);
      if (i < g - 1) editable.push(rectAddress(b.at(r0 + i, 1 + i + 1, 1, g - i - 1)));
    }
  }
  const stack = b.addBlock({
    id: `ahp.experts.${role}`,
    sheet,
    title: b.t("ahp.experts"),
    header: items,
    headerLinks: itemCells,
    rect: stackRect,
    body: { kind: "cells", cells },
    editable,
  });
  // Each expert's name beside the first row of its grid.
  names.forEach((name, e) =>
    b.addBlock({ id: `ahp.experts.name${e + 1}.${role}`, sheet, title: name, rect: b.at(gridTop + e * g, 1 + g, 1, 1), body: { kind: "values", values: [[name]] } }),
  );
  for (let e = 0; e < k; e++) {
    b.addBlock({
      id: `ahp.experts.cr${e + 1}.${role}`,
      sheet,
      title: b.t("ahp.expertCR"),
      rect: b.at(top + 3, 1 + e, 1, 1),
      body: { kind: "spill", fn: "AHPCR", args: [{ ref: b.r(b.at(gridTop + e * g, 1, g, g)) }, { ref: setting("ri") }] },
    });
  }
  return b.addBlock({
    id: `ahp.group.${role}`,
    sheet,
    title: b.t("ahp.groupMatrix"),
    header: items,
    headerLinks: itemCells,
    rect: groupRect,
    body: { kind: "spill", fn: "AHPGROUP", args: [{ ref: b.r(stack.rect) }, { ref: b.r(weights.rect) }] },
  });
}
