/** ToolPak-style range fields: the selection fills the focused field, else the first empty one. */
import { applySelection, outputChoice, targetField, type RangeField } from "../../src/taskpane/range-fields";

const fields = (s = "", p = "", a = ""): RangeField[] => [
  { id: "s", label: "S", required: true, value: s },
  { id: "p", label: "P", required: true, value: p },
  { id: "a", label: "Areas", required: false, value: a },
];

test("first empty required field, then optional ones, then none", () => {
  expect(targetField(fields())).toBe("s");
  expect(targetField(fields("X!A1:A3"))).toBe("p");
  expect(targetField(fields("X!A1:A3", "X!B1:B3"))).toBe("a");
  expect(targetField(fields("x", "y", "z"))).toBeNull();
});

test("the focused field wins and the input array is not changed", () => {
  const f = fields("X!A1:A3", "X!B1:B3");
  const r = applySelection(f, "X!C1:C3", "s");
  expect(r.filled).toBe("s");
  expect(r.fields[0].value).toBe("X!C1:C3");
  expect(f[0].value).toBe("X!A1:A3");
});

test("output place must be a cell", () => {
  expect(outputChoice("newSheet", "")).toEqual({ kind: "newSheet" });
  expect(outputChoice("place", "'My sheet'!H2")).toEqual({ kind: "place", address: "'My sheet'!H2" });
  expect(typeof outputChoice("place", "somewhere")).toBe("string");
});
