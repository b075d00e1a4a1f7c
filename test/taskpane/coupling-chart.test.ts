/**
 * Coupling chart builder: grouping per area / per year, blanks skipped (never 0), contiguous helper
 * columns, and the reference picture. Oracles: the seed paper's printed S and P (method.md §2) and
 * the region/grade definitions implemented in src/core (method.md §1.7–1.8).
 */
import { COUPLING_REGIONS, couplingRegion, grade } from "../../src/core";
import { buildCouplingChart, CouplingInputError, gradeGridPath, gradeLabelPoints, REGION_LABEL_POINTS } from "../../src/taskpane/coupling-chart";

const col = (sheet: string, c: string, vals: (string | number)[]) => ({
  address: `${sheet}!${c}1:${c}${vals.length}`,
  values: vals.map((v) => [v]),
});

// method.md §2 (Bayan Obo, Mianning 2012/2019), with Mianning 2012 P blanked to test skipping.
const S = col("Paper", "C", ["S", 0.451, 0.4188, 0.4451, 0.4073]);
const P = col("Paper", "D", ["P", 0.3382, 0.5253, "", 0.2596]);
const A = col("Paper", "A", ["area", "Bayan Obo", "Bayan Obo", "Mianning", "Mianning"]);
const Y = col("Paper", "B", ["year", 2012, 2019, 2012, 2019]);

test("one series per area; a row with a blank P is left out of its series", () => {
  const r = buildCouplingChart({ support: S, pressure: P, areas: A, years: Y, labelsInFirstRow: true, seriesBy: "area", output: { kind: "newSheet" } }, [], 1);
  expect(r.groups).toEqual(["Bayan Obo", "Mianning"]);
  expect(r.skipped).toEqual([3]);
  const series = r.write.charts[0].series;
  expect(series[0]).toMatchObject({ name: "Bayan Obo", x: "'RECC coupling data'!$Q$4:$Q$5", y: "'RECC coupling data'!$R$4:$R$5" });
  expect(series[1]).toMatchObject({ name: "Mianning", x: "'RECC coupling data'!$S$4:$S$4", y: "'RECC coupling data'!$T$4:$T$4" });
  const helper = r.write.sheets[0].blocks.find((b) => b.address === "S4:T4")!;
  expect(helper.formulas).toEqual([["=IF(ISNUMBER('Paper'!$C$5),'Paper'!$C$5,NA())", "=IF(ISNUMBER('Paper'!$D$5),'Paper'!$D$5,NA())"]]);
  expect(r.write.charts[0]).toMatchObject({ xMin: 0, xMax: 1, yMin: 0, yMax: 1, sheet: "RECC coupling 1" });
});

test("one series per year; the next chart takes the next free helper columns", () => {
  const r = buildCouplingChart(
    { support: S, pressure: P, areas: A, years: Y, labelsInFirstRow: true, seriesBy: "year", output: { kind: "place", address: "Paper!H2" } },
    [{ chart: "RECC coupling 1", sheet: "RECC coupling data", col: 16, cols: 4 }],
    2,
  );
  expect(r.groups).toEqual(["2012", "2019"]);
  expect(r.write.charts[0]).toMatchObject({ sheet: "Paper", anchor: "H2" });
  expect(r.write.helperBlocks).toEqual([{ chart: "RECC coupling 2", sheet: "RECC coupling data", col: 21, cols: 4 }]);
  expect(r.write.sheets).toHaveLength(1); // no new sheet for a chosen place
});

test("plain-words errors for mismatched lengths and values outside 0–1", () => {
  const short = col("Paper", "D", ["P", 0.3]);
  expect(() => buildCouplingChart({ support: S, pressure: short, labelsInFirstRow: true, seriesBy: "area", output: { kind: "newSheet" } }, [], 1)).toThrow(
    CouplingInputError,
  );
  const raw = col("Paper", "E", ["P", 12, 3, 4, 5]);
  expect(() => buildCouplingChart({ support: S, pressure: raw, labelsInFirstRow: true, seriesBy: "area", output: { kind: "newSheet" } }, [], 1)).toThrow(
    /must lie between 0 and 1/,
  );
});

test("grade labels sit in their grade cell and region names in their region (src/core as oracle)", () => {
  for (const g of gradeLabelPoints(1 / 3, 2 / 3)) expect(grade(g.x, g.y)).toBe(g.text);
  for (const r of REGION_LABEL_POINTS) expect(COUPLING_REGIONS[couplingRegion(r.x, r.y)]).toBe(r.text);
  // Every leg of the grid path is a cut line or lies on the plot border.
  const path = gradeGridPath(1 / 3, 2 / 3);
  for (let i = 1; i < path.length; i++) {
    const [a, b] = [path[i - 1], path[i]];
    const vertical = a[0] === b[0];
    const horizontal = a[1] === b[1];
    expect(vertical || horizontal).toBe(true);
  }
});

test("a rebuild with fewer series clears the old columns also for 200,000 points (no argument-spread limit)", () => {
  const n = 200_000;
  const big = (c: string, v: number) => ({ address: `Big!${c}1:${c}${n}`, values: Array.from({ length: n }, () => [v]) });
  // The saved block of chart 1 was 4 columns wide (2 series); the rebuild has one series (no labels).
  const own = { chart: "RECC coupling 1", sheet: "RECC coupling data", col: 16, cols: 4 };
  const r = buildCouplingChart({ support: big("A", 0.5), pressure: big("B", 0.25), labelsInFirstRow: false, seriesBy: "area", output: { kind: "newSheet" } }, [own], 1);
  expect(r.points).toHaveLength(n);
  // Oracle: columns Q:R hold the one series, so S:T (the old second series) are cleared for the
  // title, blank and header rows plus one row per selected cell: 3 + 200,000 rows.
  const clear = r.write.sheets[0].blocks.find((b) => b.address.startsWith("S1:"))!;
  expect(clear.address).toBe(`S1:T${n + 3}`);
  expect(clear.values).toHaveLength(n + 3);
});
