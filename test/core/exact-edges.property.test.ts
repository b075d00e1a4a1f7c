/**
 * Issue 9 §1 property tests over random panels (../shared/method.md §1 items 1, 8, 9): every
 * column's best value normalizes to exactly 1 (upper) and its worst to exactly 0 (lower); a row at
 * its best on every indicator has obstacle degrees exactly 0, S exactly 1 and no listed obstacle;
 * grade and region do not move under perturbations below 1e-13 around every cut point and curve.
 * The oracle is the rule itself (the column's max/min found independently in the test).
 *
 * Seeded: FC_SEED=<n> reruns a failure (fast-check prints the seed and path on failure).
 */
import fc from "fast-check";
import { couplingRegion, fromRows, grade, minMaxNormalize, obstacleDegrees, topObstacles, type Direction } from "../../src/core";
import { callRecc } from "../../src/functions/recc";
import { dataMatrix } from "./support/arbitraries";

const SEED = Number(process.env.FC_SEED ?? 20261129);
const RUNS = { seed: SEED, numRuns: 300 };

/** Finite doubles of any magnitude, including subnormals and values near ±1.8e308. */
const anyFinite = fc.double({ noNaN: true, noDefaultInfinity: true });

/** A panel: rows × cols values (spreadsheet-like or of any magnitude), one direction per column. */
const panel = fc
  .tuple(fc.integer({ min: 2, max: 10 }), fc.integer({ min: 1, max: 6 }), fc.boolean())
  .chain(([n, m, wild]) =>
    fc.tuple(
      wild
        ? fc.array(fc.array(anyFinite.map((x) => x + 0), { minLength: m, maxLength: m }), { minLength: n, maxLength: n })
        : dataMatrix({ minRows: n, maxRows: n, maxCols: m }).filter((r) => r[0].length === m),
      fc.array(fc.constantFrom<Direction>(1, -1), { minLength: m, maxLength: m }),
    ),
  );

/** Column j's best raw value (max for a benefit, min for a cost) and worst. */
function ends(rows: readonly (readonly number[])[], j: number, dir: Direction): { best: number; worst: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of rows) {
    lo = Math.min(lo, r[j]);
    hi = Math.max(hi, r[j]);
  }
  return dir === 1 ? { best: hi, worst: lo } : { best: lo, worst: hi };
}

describe("normalization: best value exactly 1 (upper), worst exactly 0 (lower), on every path", () => {
  it("minMaxNormalize onto [0, 1] and onto a random [lower, upper]", () => {
    fc.assert(
      fc.property(panel, fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => x + 0), fc.double({ min: 1e-3, max: 1e6, noNaN: true }), ([rows, dirs], lower, width) => {
        const upper = lower + width;
        const data = fromRows(rows);
        const unit = minMaxNormalize(data, dirs).values;
        const onto = minMaxNormalize(data, dirs, lower, upper).values;
        const m = data.cols;
        for (let j = 0; j < m; j++) {
          const { best, worst } = ends(rows, j, dirs[j]);
          rows.forEach((r, i) => {
            const k = i * m + j;
            if (r[j] === best) {
              expect(unit[k]).toBe(1);
              expect(onto[k]).toBe(upper);
            } else if (r[j] === worst) {
              expect(unit[k]).toBe(0);
              expect(onto[k]).toBe(lower);
            }
            expect(unit[k] >= 0 && unit[k] <= 1).toBe(true);
            expect(onto[k] >= lower && onto[k] <= upper).toBe(true);
          });
        }
      }),
      RUNS,
    );
  });

  it("RECC.NORMALIZE (the function the plan, wizard and demo evaluate)", () => {
    fc.assert(
      fc.property(panel, ([rows, dirs]) => {
        const out = callRecc("NORMALIZE", [rows, [dirs], null, null]) as number[][];
        for (let j = 0; j < dirs.length; j++) {
          const { best, worst } = ends(rows, j, dirs[j]);
          rows.forEach((r, i) => {
            if (r[j] === best) expect(out[i][j]).toBe(1);
            else if (r[j] === worst) expect(out[i][j]).toBe(0);
          });
        }
      }),
      RUNS,
    );
  });
});

describe("obstacle degrees: a row at its best everywhere has exactly 0s", () => {
  /** The panel plus one more row holding every column's best value, and weights. */
  const withBestRow = panel.chain(([rows, dirs]) =>
    fc.tuple(
      fc.constant<number[][]>([...rows, dirs.map((d, j) => ends(rows, j, d).best)]),
      fc.constant(dirs),
      fc.array(fc.double({ min: 0.001, max: 1000, noNaN: true }), { minLength: dirs.length, maxLength: dirs.length }),
    ),
  );

  it("RECC.OBSTACLE gives 0s, RECC.TOPOBSTACLES lists nothing and RECC.SUPPORT gives exactly 1 for that row", () => {
    fc.assert(
      fc.property(withBestRow, ([rows, dirs, w]) => {
        const last = rows.length - 1;
        const a = callRecc("OBSTACLE", [rows, [w], [dirs]]) as number[][];
        expect(a[last]).toEqual(dirs.map(() => 0));
        const labels = dirs.map((_, j) => `x${j}`);
        const top = callRecc("TOPOBSTACLES", [a, [labels], dirs.length]) as string[][];
        expect(top[last]).toEqual(dirs.map(() => ""));
        expect((callRecc("SUPPORT", [rows, [w], [dirs]]) as number[][])[last]).toEqual([1]);
        // Any cell at its column's best value has degree 0 and is never listed.
        rows.forEach((r, i) =>
          dirs.forEach((d, j) => {
            if (r[j] !== ends(rows, j, d).best) return;
            expect(a[i][j]).toBe(0);
            expect(top[i]).not.toContain(labels[j]);
          }),
        );
      }),
      RUNS,
    );
  });

  it("core: obstacleDegrees of the normalized panel and topObstacles agree", () => {
    fc.assert(
      fc.property(withBestRow, ([rows, dirs, w]) => {
        const a = obstacleDegrees(minMaxNormalize(fromRows(rows), dirs), w);
        const last = rows.length - 1;
        expect(Array.from(a.values.subarray(last * a.cols))).toEqual(dirs.map(() => 0));
        expect(topObstacles(a, a.cols)[last]).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe("grade and region: stable under perturbations below 1e-13 around every cut point and curve", () => {
  const tiny = fc.double({ min: -1e-13, max: 1e-13, noNaN: true });
  const unit = fc.double({ min: 0, max: 1, noNaN: true });
  const clamp = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

  it("S or P within 1e-13 of 1/3 or 2/3 (or of custom cut points) takes the upper level", () => {
    const cuts = fc.oneof(
      fc.constant([1 / 3, 2 / 3] as const),
      fc.tuple(fc.double({ min: 0.01, max: 0.49, noNaN: true }), fc.double({ min: 0.51, max: 0.99, noNaN: true })),
    );
    fc.assert(
      fc.property(cuts, fc.constantFrom(0, 1), tiny, unit, ([low, high], which, d, other) => {
        const cut = which === 0 ? low : high;
        const onS = grade(clamp(cut + d), other, low, high);
        expect(onS).toBe(grade(cut, other, low, high));
        const onP = grade(other, clamp(cut + d), low, high);
        expect(onP).toBe(grade(other, cut, low, high));
        // The cut point itself is in the upper level ([1/3, 2/3) medium, [2/3, 1] high).
        const lvl = ["I", "II", "III"].indexOf(grade(clamp(cut + d), 0, low, high));
        expect(lvl).toBe(which + 1);
      }),
      RUNS,
    );
  });

  it("P within 1e-13 of S², S or √S takes the region of the curve: low-value surplus, low-value surplus, low-value load", () => {
    // Away from S = 0 and 1, where the curves meet (there the same holds for the meeting curves' region).
    const s = unit.filter((x) => Math.sqrt(x) - x > 1e-11 && x - x * x > 1e-11);
    fc.assert(
      fc.property(s, fc.constantFrom(0, 1, 2), tiny, (x, curve, d) => {
        const y = curve === 0 ? x * x : curve === 1 ? x : Math.sqrt(x);
        expect(couplingRegion(x, clamp(y + d))).toBe(curve === 2 ? 2 : 1);
        // The exact product (S² as a real number) perturbed: e.g. S = 0.1, P = 0.01.
        expect(couplingRegion(x, clamp(Number((x * x).toPrecision(15)) + d))).toBe(1);
      }),
      RUNS,
    );
  });

  it("RECC.REGION and RECC.GRADE on the perturbed points agree with the core", () => {
    fc.assert(
      fc.property(unit, tiny, (x, d) => {
        const p = clamp(x * x + d);
        expect(callRecc("REGION", [[[x]], [[p]], null])).toEqual([[["high-value surplus", "low-value surplus", "low-value load", "high-value load"][couplingRegion(x, p)]]]);
        expect(callRecc("GRADE", [[[clamp(1 / 3 + d)]], [[clamp(2 / 3 + d)]], null, null])).toEqual([["VIII"]]);
      }),
      RUNS,
    );
  });
});
