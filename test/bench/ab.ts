/**
 * A/B of two builds of the custom-functions bundle on the 100000×50 data functions, interleaved
 * (A, B, A, B…) so both see the same machine load: median CPU and wall ms per call, and the largest
 * difference between their results. Run: `npx tsx test/bench/ab.ts OLD/functions.js [NEW/functions.js]`
 * (NEW defaults to dist/functions.js; build OLD with `npx webpack --mode production --output-path DIR`
 * from the older commit).
 */
import * as path from "node:path";
import { directions, excelRows, rawPanel, weights } from "./data";
import { DIST, loadBundle } from "./functions-under-test";

const [oldFile, newFile = path.join(DIST, "functions.js")] = process.argv.slice(2);
if (!oldFile) throw new Error("usage: ab.ts OLD/functions.js [NEW/functions.js]");
const rows = Number(process.env.AB_ROWS ?? 100000);
const cols = Number(process.env.AB_COLS ?? 50);
const rounds = Number(process.env.AB_ROUNDS ?? 7);
const X = JSON.parse(JSON.stringify(excelRows(rawPanel(rows, cols), rows, cols)));
const D = [Array.from(directions(cols))];
const W = [Array.from(weights(cols))];
const builds = [loadBundle("bundle", path.resolve(oldFile)), loadBundle("bundle", path.resolve(newFile))];
const cases: Array<[string, unknown[]]> = [
  ["ENTROPYWEIGHTS", [X, D, null]],
  ["SUPPORT", [X, W, D]],
  ["OBSTACLE", [X, W, D]],
];
const med = (x: number[]) => [...x].sort((p, q) => p - q)[x.length >> 1];
for (const [fn, args] of cases) {
  const results = builds.map((b) => (b.get(fn)!(...args) as number[][]).flat());
  let diff = 0;
  for (let k = 0; k < results[0].length; k++) diff = Math.max(diff, Math.abs(results[0][k] - results[1][k]));
  const cpu: number[][] = [[], []];
  const wall: number[][] = [[], []];
  for (let r = 0; r < rounds; r++) {
    for (let b = 0; b < 2; b++) {
      const c = process.cpuUsage();
      const t = performance.now();
      builds[b].get(fn)!(...args);
      wall[b].push(performance.now() - t);
      const u = process.cpuUsage(c);
      cpu[b].push((u.user + u.system) / 1000);
    }
  }
  const ms = (x: number) => x.toFixed(x < 10 ? 2 : 0);
  const f = (b: number) => `cpu ${ms(med(cpu[b])).padStart(4)} (${ms(Math.min(...cpu[b]))}–${ms(Math.max(...cpu[b]))}) wall ${ms(med(wall[b])).padStart(4)}`;
  console.log(`${fn.padEnd(15)} old ${f(0)} | new ${f(1)} ms | max |new − old| ${diff.toExponential(1)}`);
}
