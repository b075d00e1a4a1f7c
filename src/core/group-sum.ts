import type { Matrix } from "./matrix";
import { invalidInput } from "./method-error";
import { msg } from "../i18n/messages";

/** Column sums per group: the labels in order of first appearance and the n×g sums. */
export interface GroupSums {
  readonly groups: string[];
  readonly sums: Matrix;
}

/**
 * Sums the columns of `values` per group label, e.g. subsystem obstacle degree = sum of its
 * indicators' obstacle degrees (seed paper; ../shared/method.md §1.9).
 *
 * @param values n×m numbers (rows = objects). @param groups m group labels, one per column.
 * @returns groups in order of first appearance and the n×g matrix of sums.
 * @throws MethodError (value) when the label count ≠ m.
 */
export function groupSum(values: Matrix, groups: ReadonlyArray<string>): GroupSums {
  const { rows, cols } = values;
  if (groups.length !== cols) throw invalidInput(msg("groupSum.labels", { n: groups.length, cols }));
  const labels: string[] = [];
  const position = new Map<string, number>();
  const columnGroup = new Int32Array(cols);
  for (let j = 0; j < cols; j++) {
    let g = position.get(groups[j]);
    if (g === undefined) {
      g = labels.length;
      position.set(groups[j], g);
      labels.push(groups[j]);
    }
    columnGroup[j] = g;
  }
  const gCount = labels.length;
  const out = new Float64Array(rows * gCount);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) out[i * gCount + columnGroup[j]] += values.values[i * cols + j];
  }
  return { groups: labels, sums: { rows, cols: gCount, values: out } };
}
