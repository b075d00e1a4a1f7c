import { fromRows, selectColumns, toRows, zeros } from "../../src/core";

describe("Matrix helpers (row-major Float64Array, rows = objects)", () => {
  it("zeros makes an n×m matrix of 0", () => {
    const z = zeros(2, 3);
    expect([z.rows, z.cols, z.values.length]).toEqual([2, 3, 6]);
    expect(Array.from(z.values)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("fromRows packs row-major and toRows unpacks to plain arrays", () => {
    const m = fromRows([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect([m.rows, m.cols]).toEqual([2, 3]);
    expect(Array.from(m.values)).toEqual([1, 2, 3, 4, 5, 6]);
    const rows = toRows(m);
    expect(rows).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(Array.isArray(rows[0])).toBe(true);
  });

  it("fromRows accepts typed arrays and an empty list", () => {
    expect(Array.from(fromRows([new Float64Array([1, 2])]).values)).toEqual([1, 2]);
    const e = fromRows([]);
    expect([e.rows, e.cols, e.values.length]).toEqual([0, 0, 0]);
  });

  it("fromRows rejects ragged rows with a RangeError naming the row", () => {
    expect(() => fromRows([[1, 2], [3]])).toThrow(new RangeError("row 2 has 1 values, expected 2"));
  });

  it("toRows does not share storage with the matrix", () => {
    const m = fromRows([[1, 2]]);
    toRows(m)[0][0] = 99;
    expect(m.values[0]).toBe(1);
  });

  it("selectColumns takes the given columns in the given order", () => {
    const m = fromRows([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(toRows(selectColumns(m, [2, 0]))).toEqual([
      [3, 1],
      [6, 4],
    ]);
    expect(toRows(selectColumns(m, [1, 1]))).toEqual([[2, 2], [5, 5]]);
    const none = selectColumns(m, []);
    expect([none.rows, none.cols]).toEqual([2, 0]);
  });
});
