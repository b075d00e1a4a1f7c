/**
 * Tester's break attempts on the coercion of numeric ranges (commit 6ce9412: a fast row loop, a
 * failing row redone cell by cell), through the built bundle dist/functions.js as Excel calls it,
 * with Office's display language English and Chinese.
 *
 * Oracle: an independent row-major scan written here (the rule of src/functions/coerce.ts and
 * method.md §4): the first cell, row by row and left to right, that is not a finite number (a
 * data-type Double or FormattedNumber counts as its number; text, booleans, blanks, errors, other
 * data types do not) — or, where the function needs values in [0, 1], that lies outside [0, 1] —
 * is the one the #VALUE! message names ("row i, column j" / "第 i 行第 j 列").
 * The new bundle was also diffed against the previous one (42a2342, before the fast row loop) on
 * 83,000 random argument sets, each in English and Chinese (test/tester-findings/scripts/
 * old-vs-new-bundle.ts): identical results and messages.
 *
 * FAILING (found 2026-12-06, also in 42a2342, so not from today's change): SUPPORT, PRESSURE and
 * OBSTACLE without directions need data in [0, 1], but that is checked after the whole range is
 * coerced, so a non-number further on is named first: [[0.5, 1.0000001], [NaN, 0.5]] names row 2,
 * column 1 (NaN) instead of row 1, column 2 (1.0000001); GRADE, CCD, CCDLEVEL (unit checked during
 * coercion) name the first cell.
 */
import { loadFunctionsBundle, type LoadedFunctionsBundle } from "../support/load-functions-bundle";

let bundle: LoadedFunctionsBundle;
beforeAll(() => {
  bundle = loadFunctionsBundle();
});

type Lang = "en" | "zh-CN";
function call(id: string, lang: Lang, ...args: unknown[]): { value?: unknown; code?: string; message?: string } {
  (bundle.context as { Office?: unknown }).Office = lang === "en" ? undefined : { context: { displayLanguage: "zh-CN" } };
  try {
    return { value: bundle.get(id)!(...args) };
  } catch (e) {
    return { code: (e as { code?: string }).code, message: (e as Error).message };
  } finally {
    (bundle.context as { Office?: unknown }).Office = undefined;
  }
}

/** The oracle: 0-based [row, col] of the first bad cell in row-major order, or undefined. */
function firstBadCell(rows: unknown[][], unit: boolean): [number, number] | undefined {
  for (let i = 0; i < rows.length; i++) {
    for (let j = 0; j < rows[i].length; j++) {
      let v = rows[i][j];
      if (typeof v === "object" && v !== null && ["Double", "FormattedNumber"].includes((v as { type?: string }).type ?? "")) v = (v as { basicValue: unknown }).basicValue;
      const ok = typeof v === "number" && Number.isFinite(v) && (!unit || (v >= 0 && v <= 1));
      if (!ok) return [i, j];
    }
  }
  return undefined;
}

function placeIn(lang: Lang, [i, j]: [number, number]): string {
  return lang === "en" ? `row ${i + 1}, column ${j + 1} ` : `第 ${i + 1} 行第 ${j + 1} 列`;
}

describe.each(["en", "zh-CN"] as Lang[])("the first bad cell is named (%s)", (lang) => {
  test.each(["SUPPORT", "PRESSURE", "OBSTACLE"])("%s without directions (data must be in [0, 1]): an out-of-range cell before a non-number is named first [FAILS]", (id) => {
    for (const data of [
      [[0.5, 1.0000001], [NaN, 0.5]],
      [[1.5, "x"], [0.5, 0.5]],
      [[0.2, -0.5], [{ type: "Error", basicValue: "#N/A" }, 0.5]],
    ]) {
      const r = call(id, lang, data, [[1, 1]], null);
      expect(r.code).toBe("#VALUE!");
      expect(r.message).toContain(`data ${placeIn(lang, firstBadCell(data, true)!)}`);
    }
  });

  test("GRADE and CCD (unit checked while coercing) already name the first cell", () => {
    const data = [[0.5, 1.0000001], [NaN, 0.5]];
    expect(call("GRADE", lang, data, [[0.5, 0.5], [0.5, 0.5]]).message).toContain(`support ${placeIn(lang, firstBadCell(data, true)!)}`);
    expect(call("CCD", lang, data).message).toContain(`systems ${placeIn(lang, firstBadCell(data, true)!)}`);
  });

});

test("100000×50: one bad cell at the very start, at the very end, two in the last row; every row holding a data-type number", () => {
  const n = 100000;
  const m = 50;
  const base = (i: number, j: number) => ((i * 31 + j * 17) % 97) / 97 + 0.001;
  const make = (fill: (i: number, j: number) => unknown) => {
    const rows: unknown[][] = new Array(n);
    for (let i = 0; i < n; i++) {
      const row = new Array(m);
      for (let j = 0; j < m; j++) row[j] = fill(i, j);
      rows[i] = row;
    }
    return rows;
  };
  const w = [Array<number>(m).fill(1)];
  const dirs = [Array.from({ length: m }, (_, j) => (j % 3 ? 1 : -1))];
  const cases: ((i: number, j: number) => unknown)[] = [
    (i, j) => (i === 0 && j === 0 ? "x" : base(i, j)),
    (i, j) => (i === n - 1 && j === m - 1 ? NaN : base(i, j)),
    (i, j) => (i === n - 1 && j === 4 ? -Infinity : i === n - 1 && j === 40 ? { type: "Entity", text: "x" } : base(i, j)),
    (i, j) => (i === 77777 && j === 49 ? { type: "Double", basicValue: Infinity } : j === 49 ? { type: "Double", basicValue: base(i, j) } : base(i, j)),
  ];
  for (const fill of cases) {
    const data = make(fill);
    const bad = firstBadCell(data, false)!;
    for (const lang of ["en", "zh-CN"] as Lang[]) {
      for (const id of lang === "en" ? ["SUPPORT", "NORMALIZE"] : ["SUPPORT"]) {
        const r = id === "SUPPORT" ? call(id, lang, data, w, dirs) : call(id, lang, data, dirs);
        expect(r.code).toBe("#VALUE!");
        expect(r.message).toContain(`data ${placeIn(lang, bad)}`);
      }
    }
  }
  // Every row has a data-type number in its last column: the same S as the plain numbers.
  const wrapped = call("SUPPORT", "en", make((i, j) => (j === m - 1 ? { type: "FormattedNumber", basicValue: base(i, j), numberFormat: "0%" } : base(i, j))), w, dirs);
  const plain = call("SUPPORT", "en", make(base), w, dirs);
  const a = plain.value as number[][];
  const b = wrapped.value as number[][];
  expect(a).toHaveLength(n);
  expect(b).toHaveLength(n);
  let differing = 0;
  for (let i = 0; i < n; i++) if (!Object.is(a[i][0], b[i][0])) differing++;
  expect(differing).toBe(0);
}, 60_000);
