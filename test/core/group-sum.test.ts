import fc from "fast-check";
import { fromRows, groupSum, toRows } from "../../src/core";
import { dataMatrix } from "./support/arbitraries";
import { expectMethodError } from "./support/errors";

describe("groupSum (subsystem obstacle degree = sum of its indicators'; method.md §1.9)", () => {
  it("sums the columns per label, groups in order of first appearance", () => {
    const values = fromRows([
      [0.1, 0.2, 0.3, 0.4],
      [1, 2, 3, 4],
    ]);
    const { groups, sums } = groupSum(values, ["economic", "climate", "economic", "resource"]);
    expect(groups).toEqual(["economic", "climate", "resource"]);
    expect([sums.rows, sums.cols]).toEqual([2, 3]);
    expect(toRows(sums)).toEqual([
      [0.1 + 0.3, 0.2, 0.4],
      [4, 2, 4],
    ]);
  });

  it("treats labels as exact strings, including ones named like Object.prototype members", () => {
    const { groups, sums } = groupSum(fromRows([[1, 2, 3]]), ["__proto__", "constructor", "Constructor"]);
    expect(groups).toEqual(["__proto__", "constructor", "Constructor"]);
    expect(toRows(sums)).toEqual([[1, 2, 3]]);
  });

  it("rejects a label count that does not match the columns", () => {
    expectMethodError(() => groupSum(fromRows([[1, 2, 3]]), ["a", "b"]), "value", /groups has 2 labels; values have 3 columns/);
  });

  it("property: per row, the group sums add up to the row total", () => {
    fc.assert(
      fc.property(
        dataMatrix({ minRows: 1, min: -10, max: 10 }).chain((d) =>
          fc.tuple(fc.constant(d), fc.array(fc.constantFrom("a", "b", "c", "d"), { minLength: d[0].length, maxLength: d[0].length })),
        ),
        ([d, labels]) => {
          const { groups, sums } = groupSum(fromRows(d), labels);
          expect(groups).toEqual([...new Set(labels)]);
          toRows(sums).forEach((r, i) => {
            const total = d[i].reduce((s, x) => s + x, 0);
            expect(Math.abs(r.reduce((s, x) => s + x, 0) - total)).toBeLessThanOrEqual(1e-12);
          });
        },
      ),
    );
  });
});
