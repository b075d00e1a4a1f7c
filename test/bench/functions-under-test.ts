/**
 * Where the bench gets the functions it times.
 *
 * "bundle" (default): the custom functions exactly as Excel registers them: dist/functions.js is
 * built when missing or older than its sources, evaluated in a bare Node vm context that has only
 * `CustomFunctions` and self/window (as the custom-functions runtime gives), and the functions passed
 * to `CustomFunctions.associate(id, fn)` are collected by id.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";

export type CustomFunction = (...args: unknown[]) => unknown;
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
 * Builds dist/ with `npx webpack --mode production` when dist/functions.js is missing or older than
 * any source. @returns whether a build ran.
 */
export function ensureBuild(log: (s: string) => void): boolean {
  const bundle = path.join(DIST, "functions.js");
  const built = fs.existsSync(bundle) ? fs.statSync(bundle).mtimeMs : 0;
  if (built > 0 && built >= newestSourceTime()) return false;
  log(built ? "dist/functions.js is older than src/: rebuilding (npx webpack --mode production)…" : "dist/functions.js missing: building (npx webpack --mode production)…");
  execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (!fs.existsSync(bundle)) throw new Error("webpack ran but dist/functions.js is still missing");
  return true;
}

/**
 * Evaluates dist/functions.js in a vm context with only `CustomFunctions` and self/window, as the
 * custom-functions runtime does, and returns the associated functions by id.
 */
export function loadBundle(file = path.join(DIST, "functions.js")): FunctionTable {
  const table = new Map<string, CustomFunction>();
  const sandbox: Record<string, unknown> = {
    CustomFunctions: {
      associate(id: string | Record<string, CustomFunction>, fn?: CustomFunction) {
        if (typeof id === "string" && fn) table.set(id.toUpperCase(), fn);
        else if (typeof id === "object") for (const [k, f] of Object.entries(id)) table.set(k.toUpperCase(), f);
      },
      // Some adapters construct errors at load time or per call.
      Error: class CustomFunctionsError extends Error {
        constructor(
          readonly code: string,
          message?: string,
        ) {
          super(message);
        }
      },
      ErrorCode: {
        invalidValue: "#VALUE!",
        notAvailable: "#N/A",
        divisionByZero: "#DIV/0!",
        invalidNumber: "#NUM!",
        nullReference: "#NULL!",
        invalidName: "#NAME?",
        invalidReference: "#REF!",
      },
    },
  };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  const context = vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(file, "utf8"), context, { filename: file });
  return table;
}
