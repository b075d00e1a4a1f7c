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
import * as path from "node:path";

// The sandbox lives in .stryker-tmp/, so the tests' default ../shared would miss the real data sets.
process.env.RECC_SHARED_DIR ??= path.resolve(import.meta.dirname ?? ".", "../shared");

const scope = process.env.RECC_MUTATE ?? "all";
const mutate = {
  core: ["src/core/**/*.ts"],
  functions: ["src/functions/**/*.ts", "!src/functions/help/**"],
  all: ["src/core/**/*.ts", "src/functions/**/*.ts", "!src/functions/help/**"],
}[scope];
if (!mutate) throw new Error(`RECC_MUTATE must be core, functions or all, not '${scope}'`);
// Report file name: the scope, or RECC_MUTATION_REPORT for a run narrowed with --mutate.
const report = process.env.RECC_MUTATION_REPORT ?? scope;

export default {
  packageManager: "npm",
  testRunner: "jest",
  jest: { configFile: "jest.stryker.config.js", enableFindRelatedTests: true },
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.json",
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
