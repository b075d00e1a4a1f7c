/**
 * Which pane actions are offered under which ExcelApi versions. Oracle: the "[Api set: ExcelApi x]"
 * notes of the Office.js reference for what each action calls (requirements.ts): custom XML parts 1.5,
 * chart series from ranges 1.7, spilling formulas (dynamic arrays) 1.12.
 */
import { availability, missingMessage, REQUIREMENTS } from "../../src/taskpane/requirements";

/** A host supporting ExcelApi 1.1 … 1.max, as Office.context.requirements.isSetSupported answers. */
const upTo = (max: number) => (v: string) => Number(v.split(".")[1]) <= max;

test.each([
  [17, true, true],
  [12, true, true],
  [11, true, false],
  [7, true, false],
  [6, false, false],
  [4, false, false],
])("ExcelApi 1.%i: chart inserts %s, Build analysis %s", (max, charts, build) => {
  const a = availability(upTo(max));
  expect(a.couplingChart.enabled).toBe(charts);
  expect(a.trendChart.enabled).toBe(charts);
  expect(a.buildAnalysis.enabled).toBe(build);
  for (const x of Object.values(a)) expect(x.reason === "").toBe(x.enabled);
});

test("below 1.12 the Build reason names 1.12 and the spilling formulas, as the requirements bar does", () => {
  const a = availability(upTo(11));
  expect(a.buildAnalysis.reason).toBe(
    "Build analysis is turned off: this Excel lacks ExcelApi 1.12 (formulas that spill into neighbouring cells).",
  );
  expect(missingMessage(REQUIREMENTS.spill)).toContain("ExcelApi 1.12");
});

test("below 1.7 every missing set is named, lowest first", () => {
  expect(availability(upTo(4)).buildAnalysis.reason).toBe(
    "Build analysis is turned off: this Excel lacks ExcelApi 1.5 (custom XML parts), " +
      "ExcelApi 1.7 (adding chart series from ranges), ExcelApi 1.12 (formulas that spill into neighbouring cells).",
  );
});
