/**
 * The demo's SVG charts stay honest and readable at every panel size (issue 13 items 1–3): asserted
 * on the SVG text. Panels of 6, 30, 120 and 2,800 areas are generated (a fixed linear congruential
 * sequence, so every run draws the same data). Oracles: the legend and label texts the chart must
 * carry; colour distances computed here in CIELAB (CIE76 ΔE, sRGB D65, written independently of the
 * chart code); the average recomputed here from the run's S values; the curves' formulas for the
 * region labels.
 */
import * as fs from "fs";
import * as path from "path";
import {
  areaHighlight,
  AVERAGE_COLOR,
  couplingChartSvg,
  couplingInput,
  MUTED_COLOR,
  niceAxis,
  placeLabels,
  placeRegionLabels,
  REFERENCE_CURVES,
  regionLabelBoxes,
  trendAverage,
  trendChartSvg,
} from "../../src/runner/charts-svg";
import { runAnalysis, type AnalysisRun } from "../../src/runner/run-analysis";
import { runDemo } from "../../src/runner/demo-run";
import type { CleanPanel } from "../../src/runner/import-table";
import { couplingRegion, COUPLING_REGIONS } from "../../src/core";
import { resolved } from "../plan/fixtures";
import { SAMPLES, seededPanel, tempDir, twoIndicatorConfig } from "./helpers";

jest.setTimeout(120000);

const INDICATORS = [
  { name: "s1", role: "support", direction: 1, subsystem: "A" },
  { name: "s2", role: "support", direction: 1, subsystem: "B" },
  { name: "p1", role: "pressure", direction: 1, subsystem: "C" },
  { name: "p2", role: "pressure", direction: -1, subsystem: "D" },
];

/** A panel of `areas` × `years` with values from a fixed LCG; `drop` removes (area, year) rows. */
function panel(areas: number, years: number[], drop?: (a: number, y: number) => boolean): CleanPanel {
  return seededPanel(INDICATORS, areas, years, { seed: 12345, pad: 4, drop });
}

function run(areas: number, years: number[], seriesBy: "area" | "year" = "area", drop?: (a: number, y: number) => boolean): AnalysisRun {
  return runAnalysis(panel(areas, years, drop), resolved({ version: 1, areaColumn: "area", yearColumn: "year", indicators: INDICATORS, charts: { couplingSeriesBy: seriesBy } }));
}

/** CIELAB of an sRGB hex colour (D65), for CIE76 ΔE. */
function lab(hex: string): [number, number, number] {
  const lin = (c: number) => (c > 0.04045 ? ((c + 0.055) / 1.055) ** 2.4 : c / 12.92);
  const [r, g, b] = [1, 3, 5].map((i) => lin(parseInt(hex.slice(i, i + 2), 16) / 255));
  const X = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const Y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const Z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(Y) - 16, 500 * (f(X) - f(Y)), 200 * (f(Y) - f(Z))];
}
const deltaE = (a: string, b: string) => Math.hypot(...lab(a).map((x, i) => x - lab(b)[i]));

/** The texts of an SVG (contents of <text> elements). */
const texts = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1].replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"));

describe.each([6, 30, 120, 2800])("a panel of %i areas", (n) => {
  const years = n > 1000 ? [2018, 2019, 2020] : [2015, 2016, 2017, 2018, 2019, 2020];
  let r: AnalysisRun;
  let coupling: string;
  let trend: string;
  beforeAll(() => {
    r = run(n, years);
    coupling = couplingChartSvg(couplingInput(r, "synthetic"));
    trend = trendChartSvg(r).svg!;
  });

  test("the three reference curves are in the coupling chart's legend, and no legend ever pages", () => {
    const t = texts(coupling);
    for (const c of REFERENCE_CURVES) expect(t).toContain(c.name);
    for (const svg of [coupling, trend]) expect(texts(svg).filter((x) => /^\s*\d+\s*\/\s*\d+\s*$/.test(x))).toEqual([]);
  });

  test("the legend is complete: every area up to 10, else the highlighted ones and 'other N areas'", () => {
    const hl = areaHighlight(r);
    for (const svg of [coupling, trend]) {
      const t = texts(svg);
      if (n <= 10) {
        expect(hl.muted).toBe(false);
        for (const a of hl.areas) expect(t).toContain(a);
      } else {
        expect(hl.colored).toHaveLength(5);
        for (const a of hl.colored) expect(t.filter((x) => x === a).length).toBeGreaterThanOrEqual(2); // legend and label
        expect(t).toContain(`other ${n - 5} areas`);
        // The grey areas are not named one by one.
        expect(t).not.toContain(hl.areas.find((a) => !hl.colored.includes(a)));
      }
    }
  });

  test("highlighted series have clearly distinct colours (CIE76 ΔE ≥ 20 between any two, the grey and the black average)", () => {
    const hl = areaHighlight(r);
    const colors = [...hl.colored.map(hl.colorOf), ...(hl.muted ? [MUTED_COLOR] : []), AVERAGE_COLOR];
    for (let i = 0; i < colors.length; i++) for (let j = i + 1; j < colors.length; j++) expect(deltaE(colors[i], colors[j])).toBeGreaterThanOrEqual(20);
    for (const c of hl.colored.map(hl.colorOf)) {
      expect(coupling.toLowerCase()).toContain(c);
      expect(trend.toLowerCase()).toContain(c);
    }
  });

  test("the average's definition is written on the trend chart", () => {
    expect(texts(trend)).toContain(`Average: the mean of all ${n} areas in each year (every area has C, S and P in every year ${years[0]}–${years[years.length - 1]})`);
  });
});

test("9 highlighted areas at most, and none unknown: --highlight is checked with a sentence", () => {
  const r = run(30, [2019, 2020]);
  const areas = areaHighlight(r).areas;
  expect(areaHighlight(r, [areas[3], areas[7]]).colored).toEqual([areas[3], areas[7]]);
  expect(() => areaHighlight(r, ["Nowhere"])).toThrow(/^--highlight: no area 'Nowhere' in the panel/);
  expect(() => areaHighlight(r, areas.slice(0, 10))).toThrow("--highlight names 10 areas; at most 9 can have colours distinct from each other and from the grey of the rest");
  const svg = couplingChartSvg(couplingInput(r, undefined, [areas[3], areas[7]]));
  expect(texts(svg)).toContain("in colour and labelled: 2 areas chosen with --highlight; the other 28 in grey");
});

test("per year with more than 10 years: a colour bar of the years instead of 16 legend entries; the curves stay in the legend", () => {
  const years = Array.from({ length: 16 }, (_, k) => 2000 + k);
  const svg = couplingChartSvg(couplingInput(run(40, years, "year")));
  const t = texts(svg);
  for (const c of REFERENCE_CURVES) expect(t).toContain(c.name);
  expect(t).toContain("2000");
  expect(t).toContain("2015");
  expect(t).not.toContain("2007");
  expect(t).toContain("640 points (area × year), coloured by year");
});

describe("the trend chart's average", () => {
  test("issue 13's V: three areas, two blank cells in 2019 — the average is over the areas with every year, and says so", () => {
    // Areas 1 and 2 lack 2019: only area 3 has every year, so no average is drawn (a mean of one area is that area).
    const gappy = run(3, [2018, 2019, 2020], "area", (a, y) => y === 2019 && a < 2);
    const t = trendChartSvg(gappy);
    expect(t.average!.areas).toEqual([]);
    expect(texts(t.svg!)).not.toContain("Average");
    expect(t.average!.definition).toBe(
      "no average drawn: no two areas have C, S and P in two or more consecutive years of 2018–2020 together, so any mean would change with the areas present",
    );
    expect(texts(t.svg!).join(" ")).toContain("no average drawn: no two areas have C, S and P in two or more consecutive years");
  });

  test("with gaps in some areas, the average is the mean of the complete areas (recomputed here from S)", () => {
    const years = [2018, 2019, 2020];
    const r = run(5, years, "area", (a, y) => a === 1 && y === 2019);
    const t = trendChartSvg(r);
    expect(t.average!.areas).toEqual(["Area 0001", "Area 0003", "Area 0004", "Area 0005"]);
    expect(t.average!.definition).toBe(
      "Average: the mean of the 4 of 5 areas with C, S and P in every year 2018–2020; the 1 area with gaps is left out, so that the mean does not jump when areas join or leave",
    );
    expect(texts(t.svg!).join(" ")).toContain("Average: the mean of the 4 of 5 areas");
    // The drawn averages of C, S and P per year: the mean over the 4 complete areas only, recomputed here.
    const keys = r.evaluation.values["panel.keys"];
    const complete = ["Area 0001", "Area 0003", "Area 0004", "Area 0005"];
    (["C", "S", "P"] as const).forEach((index) => {
      const col = r.evaluation.values[`panel.${index}`];
      const expected = years.map((y) => {
        const xs = keys.map((k, i) => ({ a: String(k[0]), y: k[1], v: col[i][0] as number })).filter((x) => x.y === y && complete.includes(x.a));
        expect(xs).toHaveLength(4);
        return xs.reduce((s, x) => s + x.v, 0) / 4;
      });
      t.average!.values![index].forEach((v, k) => expect(v).toBeCloseTo(expected[k], 14));
    });
  });

  test("areas that start late: the average covers the span of years with the most complete area-years, and says so", () => {
    // 6 areas 2010–2015; areas 1–4 have no 2010. Spans: 2010–2015 has 2 complete areas (12 area-years),
    // 2011–2015 has all 6 (30): the average is of all 6 areas over 2011–2015 and not drawn for 2010.
    const years = [2010, 2011, 2012, 2013, 2014, 2015];
    const r = run(6, years, "area", (a, y) => y === 2010 && a < 4);
    const t = trendChartSvg(r);
    expect(t.average!.years).toEqual([2011, 2012, 2013, 2014, 2015]);
    expect(t.average!.areas).toHaveLength(6);
    expect(t.average!.definition).toBe(
      "Average (2011–2015): the mean of the 6 of 6 areas with C, S and P in every year 2011–2015; years outside 2011–2015 are not averaged, so that the mean does not jump when areas join or leave",
    );
    expect(t.average!.values!.S[0]).toBeNaN();
    const S = r.evaluation.values["panel.S"];
    const keys = r.evaluation.values["panel.keys"];
    const s2015 = keys.map((k, i) => (k[1] === 2015 ? (S[i][0] as number) : NaN)).filter((x) => !Number.isNaN(x));
    expect(s2015).toHaveLength(6);
    expect(t.average!.values!.S[5]).toBeCloseTo(s2015.reduce((a, b) => a + b, 0) / 6, 14);
    expect(texts(t.svg!).join(" ")).toContain("Average (2011–2015): the mean of the 6 of 6 areas");
  });

  test("one area: no 'Average' on top of its own line", () => {
    const t = trendChartSvg(run(1, [2019, 2020]));
    expect(texts(t.svg!)).not.toContain("Average");
    expect(texts(t.svg!)).toContain("one area: no average drawn (it would be the area's own line)");
    expect(trendAverage(["A"], [2019, 2020], () => true).areas).toEqual([]);
  });

  test("one year: no trend chart, and the run says why", async () => {
    expect(trendChartSvg(run(8, [2020]))).toEqual({ reason: "the panel has a single year (2020); a trend needs at least two" });
    const dir = tempDir();
    try {
      fs.writeFileSync(path.join(dir, "d.csv"), "city,year,a,b\nX,2020,1,2\nY,2020,3,1\nZ,2020,2,5\n");
      fs.writeFileSync(path.join(dir, "c.json"), JSON.stringify(twoIndicatorConfig()));
      const lines: string[] = [];
      const { files } = await runDemo({ data: path.join(dir, "d.csv"), config: path.join(dir, "c.json"), out: path.join(dir, "out"), log: (l) => lines.push(l), samplesDir: SAMPLES });
      expect(files.map((f) => path.basename(f))).toEqual(["recc-results.xlsx", "coupling-chart.svg"]);
      expect(lines).toContain("      no trend chart: the panel has a single year (2020); a trend needs at least two");
      expect(lines).toContain("      3 rows read, 3 rows in the panel (3 areas, year 2020 only)");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("layout", () => {
  test("each region name, in every place it can take, lies inside its region and no reference curve or grid line crosses its box", () => {
    for (const box of regionLabelBoxes()) {
      for (let k = 0; k <= 200; k++) {
        const x = box.x0 + ((box.x1 - box.x0) * k) / 200;
        for (const c of REFERENCE_CURVES) {
          const y = c.f(x);
          expect(`${box.name} × ${c.name} at x=${x.toFixed(3)}: ${y > box.y0 && y < box.y1}`).toBe(`${box.name} × ${c.name} at x=${x.toFixed(3)}: false`);
        }
      }
      // Nor does the grade grid (cut points 1/3 and 2/3).
      for (const cut of [1 / 3, 2 / 3]) {
        expect(`${box.name} x ${cut > box.x0 && cut < box.x1} y ${cut > box.y0 && cut < box.y1}`).toBe(`${box.name} x false y false`);
      }
      for (const [x, y] of [[box.x0, box.y0], [box.x1, box.y0], [box.x0, box.y1], [box.x1, box.y1]]) {
        expect(COUPLING_REGIONS[couplingRegion(x, y)]).toBe(box.name);
      }
    }
  });

  test("end labels are pushed apart and kept inside the panel (never over the x-axis and its last tick)", () => {
    const ys = placeLabels([100, 101, 102, 300, 305, 299, 400], 90, 300, 13);
    for (const y of ys) {
      expect(y).toBeGreaterThanOrEqual(90);
      expect(y).toBeLessThanOrEqual(300);
    }
    const sorted = [...ys].sort((a, b) => a - b);
    for (let k = 1; k < sorted.length; k++) expect(sorted[k] - sorted[k - 1]).toBeGreaterThanOrEqual(13 - 1e-9);
  });
});

test("trend axes start at 0 and end on a nice step at or above the data (1, 2, 2.5 or 5 × 10^k)", () => {
  expect(niceAxis(0.97)).toEqual({ max: 1, interval: 0.25 });
  expect(niceAxis(56)).toEqual({ max: 60, interval: 20 });
  expect(niceAxis(0.6)).toEqual({ max: 0.6, interval: 0.2 });
  expect(niceAxis(7.4)).toEqual({ max: 8, interval: 2 });
  expect(niceAxis(0)).toEqual({ max: 1, interval: 0.25 });
});

test("a region name goes where it covers the fewest points (the seed study's Bayan Obo 2019 is not hidden)", () => {
  // Bayan Obo 2019 (S 0.4188, P 0.5253; method.md §2) lies in the first place of "low-value load".
  const boxes = placeRegionLabels([[0.4188, 0.5253]]);
  const load = boxes.find((b) => b.name === "low-value load")!;
  expect(0.4188 >= load.x0 - 0.01 && 0.4188 <= load.x1 + 0.01 && 0.5253 >= load.y0 - 0.01 && 0.5253 <= load.y1 + 0.01).toBe(false);
  expect(placeRegionLabels([]).map((b) => [b.x0, b.y1])).toEqual([[0.74, 0.075], [0.53, 0.51], [0.35, 0.56], [0.42, 0.975]]);
});
