/**
 * Tester's finding on the mutation tooling (stryker.config.mjs `jest.enableFindRelatedTests: true`).
 * Stryker's jest runner runs a mutant of file X only in the test files Jest relates to X
 * (`--findRelatedTests X`), with the jest config's roots plus X's own folder (its configWithRoots).
 * Jest relates files through its haste map (only files under the roots) and the imports it can read
 * statically, so with roots = test/core, test/functions (+ X's folder) it loses:
 * - every test file that loads src/functions/functions.ts through test/functions/support/
 *   source-functions.ts, whose `require(FUNCTIONS_SOURCE)` is a computed path (functions.test.ts,
 *   hostile-findings, mixed-directions, mcdm-shapes): related to no source file at all, so they run in
 *   neither the dry run nor any mutant run, and src/functions/functions.ts has no related test;
 * - for a src/core mutant, every test file that reaches src/core only through src/functions
 *   (bad-input.test.ts, internal-error.test.ts): src/functions is not in the haste map.
 * A covering test that does not run cannot kill its mutant: the mutant counts as survived or
 * no-coverage although the suite detects it.
 *
 * Oracle: (1) for functions.ts, the test files' own text: they call loadSourceFunctions(), which
 * require()s src/functions/functions.ts; (2) for src/core files, Jest's own related-tests list when
 * all of src/ is in its haste map (the real import graph). What a mutant run loads is computed the
 * way Stryker 9's jest runner does it (roots + dirname of the mutated file, findRelatedTests only
 * when the Stryker config enables it), from Jest's CLI (--listTests: nothing is run).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const root = path.resolve(__dirname, "..", "..");
const jestBin = path.join(path.dirname(require.resolve("jest/package.json")), "bin", "jest.js");
const rel = (f: string) => path.relative(root, f).split(path.sep).join("/");

function jestCli(args: string[]): string {
  return execFileSync(process.execPath, [jestBin, "-c", "jest.stryker.config.js", ...args], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

function listed(out: string): string[] {
  return out.split("\n").map((l) => l.trim()).filter((l) => l.endsWith(".test.ts")).map(rel).sort();
}

const strykerConfig = fs.readFileSync(path.join(root, "stryker.config.mjs"), "utf8");
const findRelated = /enableFindRelatedTests\s*:\s*true/.test(strykerConfig);
const roots: string[] = (JSON.parse(jestCli(["--showConfig"])) as { configs: { roots: string[] }[] }).configs[0].roots;

/** The test files a mutation run loads for a mutant of `file` (Stryker 9 jest runner's rule). */
function loadedForMutantOf(file: string): string[] {
  if (!findRelated) return listed(jestCli(["--listTests"]));
  const withDir = [...roots, path.dirname(path.join(root, file))];
  return listed(jestCli(["--roots", ...withDir, "--listTests", "--findRelatedTests", path.join(root, file)]));
}

/** The test files that import `file`, by Jest's dependency graph with all of src/ in its haste map. */
function importersOf(file: string): string[] {
  return listed(jestCli(["--roots", ...roots, path.join(root, "src"), "--listTests", "--findRelatedTests", path.join(root, file)]));
}

describe("a mutation run loads every test file that reaches the mutated file", () => {
  test("mutants of src/functions/functions.ts: the tests that call the functions from source", () => {
    const callers = fs
      .readdirSync(path.join(root, "test/functions"))
      .filter((f) => f.endsWith(".test.ts") && fs.readFileSync(path.join(root, "test/functions", f), "utf8").includes("loadSourceFunctions("))
      .map((f) => `test/functions/${f}`)
      .filter((f) => listed(jestCli(["--listTests"])).includes(f));
    // The oracle itself: source-functions.ts require()s functions.ts (by FUNCTIONS_SOURCE or a literal path), and these files use it.
    expect(fs.readFileSync(path.join(root, "test/functions/support/source-functions.ts"), "utf8")).toMatch(/require\((FUNCTIONS_SOURCE|"(\.\.\/)+src\/functions\/functions(\.ts)?")\)/);
    expect(callers).toEqual(expect.arrayContaining(["test/functions/functions.test.ts", "test/functions/hostile-findings.test.ts"]));
    const loaded = loadedForMutantOf("src/functions/functions.ts");
    expect(callers.filter((f) => !loaded.includes(f))).toEqual([]);
  }, 60_000);

  test("no test file outside the roots calls the functions from source (they are the functions' unit tests: a mutant would not see them)", () => {
    const all = fs.readdirSync(path.join(root, "test"), { recursive: true }).map(String).filter((f) => f.endsWith(".test.ts"));
    const callers = all.filter((f) => /import \{[^}]*\bloadSourceFunctions\b/.test(fs.readFileSync(path.join(root, "test", f), "utf8"))).map((f) => `test/${f.split(path.sep).join("/")}`);
    expect(callers).toEqual(expect.arrayContaining(["test/functions/functions.test.ts", "test/functions/ahp-cell-messages.test.ts"]));
    const underRoots = (f: string) => roots.some((r) => path.join(root, f).startsWith(r + path.sep));
    expect(callers.filter((f) => !underRoots(f))).toEqual([]);
  });

  test.each(["src/core/normalize.ts", "src/core/entropy.ts", "src/core/grade.ts"])("mutants of %s: every test file that imports it, also through src/functions", (file) => {
    const importers = importersOf(file);
    expect(importers).toContain("test/functions/bad-input.test.ts");
    const loaded = loadedForMutantOf(file);
    expect(importers.filter((f) => !loaded.includes(f))).toEqual([]);
  }, 60_000);
});
