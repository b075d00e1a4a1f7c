/**
 * Differential check of two builds of dist/functions.js on the same random Excel-shaped arguments
 * (numbers, NaN, ±Infinity, -0, 1e308, subnormals, text numbers, booleans, blanks, error objects,
 * data-type values, nested arrays, ragged rows, rows that are not arrays), in English and Chinese;
 * results and error messages must be identical. Not a jest test (needs the old build):
 *   git worktree add /tmp/old 42a2342 && (cd /tmp/old && ln -s $PWD/node_modules && npm run build)
 *   OLD=/tmp/old/dist/functions.js SEED=1 N=20000 npx tsx test/tester-findings/scripts/old-vs-new-bundle.ts
 */
import { loadFunctionsBundle } from "../../support/load-functions-bundle";
const NEW = loadFunctionsBundle(process.env.NEW ?? "dist/functions.js");
const OLD = loadFunctionsBundle(process.env.OLD ?? "/work/wt-old42/dist/functions.js");
let seed = Number(process.env.SEED ?? 1);
const rnd = () => { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)];
const WEIRD: unknown[] = [0, -0, 1, 0.5, 1e308, -1e308, 5e-324, 2.2250738585072014e-308, 1.0000001, -1e-300, NaN, Infinity, -Infinity,
  "5", " 4 ", "1,5", "288,140", "", "n/a", "0.5", true, false, null, undefined,
  { code: "#N/A" }, { type: "Error", basicValue: "#DIV/0!" }, { type: "Error", errorType: "Div0" },
  { type: "Double", basicValue: 2 }, { type: "Double", basicValue: 0.3 }, { type: "Double", basicValue: NaN }, { type: "Double", basicValue: Infinity },
  { type: "FormattedNumber", basicValue: 0.25, numberFormat: "0%" }, { type: "String", basicValue: "3" }, { type: "Boolean", basicValue: true },
  { type: "Entity", text: "x", properties: {} }, { type: "Double", basicValue: "2" }, [1], [[1]], {}];
const UNITF = ["GRADE", "REGION", "CCD", "CCDLEVEL"];
const FUNS = ["NORMALIZE", "ENTROPY", "ENTROPYWEIGHTS", "SUPPORT", "PRESSURE", "INDEX", "OBSTACLE", "TOPOBSTACLES", "GROUPSUM", "CRITICWEIGHTS", "TOPSIS", ...UNITF];
function cell(unit: boolean, pBad: number): unknown {
  if (rnd() < pBad) return pick(WEIRD);
  return unit ? (rnd() < 0.1 ? pick([0, 1, -0]) : rnd()) : Math.round(rnd() * 1000) / 10;
}
function matrix(n: number, m: number, unit: boolean, pBad: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let i = 0; i < n; i++) { const r: unknown[] = []; for (let j = 0; j < m; j++) r.push(cell(unit, pBad)); rows.push(r); }
  if (rnd() < 0.03) { const i = Math.floor(rnd() * n); rows[i] = rnd() < 0.5 ? rows[i].slice(1) : (pick([5, "x", null, { type: "Double", basicValue: 1 }]) as unknown as unknown[]); }
  return rows;
}
function args(f: string): unknown[] {
  const n = 2 + Math.floor(rnd() * 6), m = 1 + Math.floor(rnd() * 6);
  const pBad = pick([0, 0, 0.02, 0.1, 0.4]);
  const unit = UNITF.includes(f) || (["SUPPORT", "PRESSURE"].includes(f) && rnd() < 0.5);
  const data = matrix(n, m, unit, pBad);
  const w = [Array.from({ length: m }, () => 1 + Math.floor(rnd() * 9))];
  const dirs = rnd() < 0.5 ? null : [Array.from({ length: m }, () => pick([1, -1]))];
  switch (f) {
    case "NORMALIZE": case "ENTROPY": case "ENTROPYWEIGHTS": case "CRITICWEIGHTS": return [data, dirs];
    case "SUPPORT": case "PRESSURE": case "OBSTACLE": return [data, w, unit && rnd() < 0.7 ? null : dirs];
    case "TOPSIS": return [data, w, dirs];
    case "INDEX": return [matrix(n, m, false, pBad), data];
    case "TOPOBSTACLES": return [data, [Array.from({ length: m }, (_, j) => `c${j}`)], null];
    case "GROUPSUM": return [data, [Array.from({ length: m }, (_, j) => `g${j % 2}`)]];
    case "GRADE": return [data, matrix(n, m, true, pBad)];
    case "REGION": return [data, matrix(n, m, true, pBad)];
    case "CCD": return [matrix(n, 2 + Math.floor(rnd() * 3), true, pBad)];
    case "CCDLEVEL": return [data];
  }
  return [];
}
function clone(x: unknown): unknown { return Array.isArray(x) ? x.map(clone) : x && typeof x === "object" ? { ...(x as object) } : x; }
function enc(x: unknown): string { return JSON.stringify(x, (_k, v) => (typeof v === "number" ? (Object.is(v, -0) ? "-0" : Number.isFinite(v) ? v : String(v)) : v)); }
function outcome(b: ReturnType<typeof loadFunctionsBundle>, f: string, a: unknown[], lang: string): string {
  (b.context as { Office?: unknown }).Office = lang === "en" ? undefined : { context: { displayLanguage: lang } };
  try { return "ok " + enc(b.get(f)!(...(clone(a) as unknown[]))); } catch (e) { const err = e as { code?: string; message?: string; name?: string }; return `err ${err.name} ${err.code} ${err.message}`; }
}
const N = Number(process.env.N ?? 3000);
let diffs = 0, errs = 0, oks = 0;
const tally: Record<string, number> = {};
for (let t = 0; t < N; t++) {
  const f = pick(FUNS);
  const a = args(f);
  for (const lang of ["en", "zh-CN"]) {
    const o = outcome(OLD, f, a, lang), nw = outcome(NEW, f, a, lang);
    if (o.startsWith("ok")) oks++; else errs++;
    if (o.startsWith("err")) { const k = f + " " + nw.slice(0, 40); tally[k] = (tally[k] ?? 0) + 1; }
    if (o !== nw) { diffs++; if (diffs < 10) console.log("DIFF", f, lang, enc(a), "\n old:", o, "\n new:", nw); }
  }
}
console.log({ N, oks, errs, diffs });
if (process.env.SHOW) for (const [k, v] of Object.entries(tally).sort()) console.log(v, k);
if (diffs > 0) process.exitCode = 1;
