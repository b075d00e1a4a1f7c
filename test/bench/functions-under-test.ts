/**
 * Where the bench gets the functions it times.
 *
 * "bundle" (default): the custom functions exactly as Excel registers them: dist/functions.js, built
 * when missing or older than its sources, loaded as the custom-functions runtime loads it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildDist } from "../support/build-dist";
import { loadFunctionsBundle, type CustomFunction } from "../support/load-functions-bundle";

export type { CustomFunction };
export type FunctionTable = ReadonlyMap<string, CustomFunction>;

export const ROOT = path.resolve(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");

/** Newest modification time (ms) of the files a production build reads. */
function newestSourceTime(): number {
  let newest = 0;
  const visit = (p: string) => {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) for (const e of fs.readdirSync(p)) visit(path.join(p, e));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of ["src", "webpack.config.js", "package.json", "tsconfig.json", "manifest.xml"]) visit(path.join(ROOT, p));
  return newest;
}

/**
 * Builds dist/ (the shared, locked production build of test/support/build-dist) when dist/functions.js is missing or older than
 * any source. @returns whether a build ran.
 */
export function ensureBuild(log: (s: string) => void): boolean {
  const bundle = path.join(DIST, "functions.js");
  const built = fs.existsSync(bundle) ? fs.statSync(bundle).mtimeMs : 0;
  if (built > 0 && built >= newestSourceTime()) return false;
  log(built ? "dist/functions.js is older than src/: rebuilding (webpack --mode production)…" : "dist/functions.js missing: building (webpack --mode production)…");
  buildDist();
  if (!fs.existsSync(bundle)) throw new Error("webpack ran but dist/functions.js is still missing");
  return true;
}

/**
 * "bundle" (default): evaluates dist/functions.js in this realm as a plain script whose only
 * injected names are `CustomFunctions` and self/window (function parameters), and returns the
 * functions it passes to `CustomFunctions.associate(id, fn)` by id. The code is the built bundle;
 * its global look-ups (Math, Float64Array, Array…) are ordinary ones, as in Excel's runtimes.
 *
 * "vm": test/support/load-functions-bundle.ts, the isolation check the tests use (a Node vm
 * context). Timing there includes Node's contextified-global interceptor on every global look-up
 * in the bundle (Math.log, Float64Array, Array.isArray…), several times the cost of our own code;
 * Excel has no such layer, so the bench uses it only on request (`--source vm`).
 */
export function loadBundle(mode: "bundle" | "vm", file = path.join(DIST, "functions.js")): FunctionTable {
  const vmLoaded = loadFunctionsBundle(file);
  if (mode === "vm") return vmLoaded;
  const table = new Map<string, CustomFunction>();
  const CustomFunctions = {
    associate(id: unknown, fn?: unknown) {
      if (typeof id === "string" && typeof fn === "function") table.set(id, fn as CustomFunction);
      else if (typeof id === "object" && id !== null) for (const [k, f] of Object.entries(id)) table.set(k, f as CustomFunction);
    },
    Error: vmLoaded.Error,
    ErrorCode: vmLoaded.ErrorCode,
  };
  const global: Record<string, unknown> = {};
  new Function("CustomFunctions", "self", "window", fs.readFileSync(file, "utf8"))(CustomFunctions, global, global);
  return table;
}
