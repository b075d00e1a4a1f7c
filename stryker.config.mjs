// @ts-check
/**
 * Mutation testing (`npm run mutation`; README "Tests"): StrykerJS mutates src/core and
 * src/functions and runs the jest unit tests of those layers (jest.stryker.config.js) against each
 * mutant. Per-test coverage runs only the tests that reach a mutant, and findRelatedTests loads only
 * the test files that import the mutated file (Stryker's jest runner otherwise loads every test file
 * for every mutant and filters by test name). Stryker splits `concurrency` between type-checker and
 * test-runner processes: the default 2 gives one test runner, RECC_MUTATION_CONCURRENCY=4 two (the
 * checkers idle once every mutant is checked; measured on 2 cores). Reports: reports/mutation/<scope>.html and .json, and a text table on stdout.
 * RECC_MUTATE=core or RECC_MUTATE=functions runs one layer (npm run mutation:core / :functions).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";

// The sandbox lives in .stryker-tmp/, so the tests' default ../shared would miss the real data sets.
process.env.RECC_SHARED_DIR ??= path.resolve(import.meta.dirname ?? ".", "../shared");

// Each test file's test names, for the sequencer that loads only the files a mutant needs
// (test/support/mutation-sequencer.js); rewritten by one jest --json run when a test file is newer.
const root = import.meta.dirname ?? ".";
if (!process.env.RECC_MUTATION_TEST_NAMES) {
  const namesFile = path.join(root, "reports/mutation/test-names.json");
  if (!fs.existsSync(namesFile) || fs.statSync(namesFile).mtimeMs < newestTestChange()) writeTestNames(namesFile);
  process.env.RECC_MUTATION_TEST_NAMES = namesFile;
}

function newestTestChange() {
  let newest = fs.statSync(path.join(root, "jest.stryker.config.js")).mtimeMs;
  // src too: some test names come from the sources (one fuzz test per function id of params.ts).
  for (const dir of ["test/core", "test/functions", "test/support", "src/core", "src/functions", "src/i18n"]) {
    for (const f of fs.readdirSync(path.join(root, dir), { recursive: true })) {
      newest = Math.max(newest, fs.statSync(path.join(root, dir, String(f))).mtimeMs);
    }
  }
  return newest;
}

function writeTestNames(namesFile) {
  process.stdout.write("Listing the test names of each test file for the mutation sequencer (one jest run)…\n");
  const raw = `${namesFile}.jest.json`;
  fs.mkdirSync(path.dirname(namesFile), { recursive: true });
  fs.rmSync(raw, { force: true }); // never read a list left by an interrupted run
  const jest = path.join(path.dirname(createRequire(import.meta.url).resolve("jest/package.json")), "bin/jest.js");
  try {
    execFileSync(process.execPath, [jest, "-c", "jest.stryker.config.js", "--ci", "--silent", "--json", "--outputFile", raw], { cwd: root, stdio: "ignore" });
  } catch {
    // A failing test still lists its name; Stryker's own dry run reports the failure.
  }
  const result = JSON.parse(fs.readFileSync(raw, "utf8"));
  const names = {};
  for (const file of result.testResults) {
    names[path.relative(root, file.name).split(path.sep).join("/")] = file.assertionResults.map((a) => a.fullName);
  }
  fs.writeFileSync(namesFile, JSON.stringify(names, null, 1));
  fs.rmSync(raw);
}

const scope = process.env.RECC_MUTATE ?? "all";
// Not mutated: src/core/wasm/kernel-bytes.ts is generated (`npm run wasm`) and its test compares the
// file's text with the assembled kernel.wat, which an instrumented copy fails in the dry run.
const notMutated = ["!src/core/wasm/kernel-bytes.ts", "!src/functions/help/**"];
const mutate = {
  core: ["src/core/**/*.ts", notMutated[0]],
  functions: ["src/functions/**/*.ts", notMutated[1]],
  all: ["src/core/**/*.ts", "src/functions/**/*.ts", ...notMutated],
}[scope];
if (!mutate) throw new Error(`RECC_MUTATE must be core, functions or all, not '${scope}'`);
// Report file name: the scope, or RECC_MUTATION_REPORT for a run narrowed with --mutate.
const report = process.env.RECC_MUTATION_REPORT ?? scope;

export default {
  packageManager: "npm",
  testRunner: "jest",
  jest: { configFile: "jest.stryker.config.js", enableFindRelatedTests: false },
  checkers: ["typescript"],
  // Only src/core, src/functions and what they import: checking the whole project per mutant made
  // the two checker processes use more CPU than the test runners.
  tsconfigFile: "tsconfig.mutation.json",
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate,
  ignorePatterns: ["dist", "build", "out", "reports", "docs", "assets", ".stryker-tmp", "test/e2e"],
  coverageAnalysis: "perTest",
  // Static mutants (module-level tables such as RANDOM_INDEX) rerun every test for each mutant: 20 % of
  // the mutants, ~80 % of the time. RECC_MUTATE_STATIC=1 includes them (hours on this machine).
  ignoreStatic: process.env.RECC_MUTATE_STATIC !== "1",
  concurrency: Number(process.env.RECC_MUTATION_CONCURRENCY ?? 2),
  // A mutant that loops is stopped after timeoutMS plus 1.5× the tests' own time, and counts as detected.
  timeoutMS: Number(process.env.RECC_MUTATION_TIMEOUT_MS ?? 5000),
  // Incremental: a rerun tests only the mutants whose source or covering tests changed since the last
  // run of the same report name (reports/mutation/<name>-incremental.json, not committed).
  incremental: process.env.RECC_MUTATION_INCREMENTAL !== "0",
  incrementalFile: `reports/mutation/${report}-incremental.json`,
  reporters: ["clear-text", "html", "json", "progress"],
  htmlReporter: { fileName: `reports/mutation/${report}.html` },
  jsonReporter: { fileName: `reports/mutation/${report}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 85, low: 75, break: null },
  tempDirName: ".stryker-tmp",
};
