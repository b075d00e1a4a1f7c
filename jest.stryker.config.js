/**
 * Jest for mutation testing (stryker.config.mjs): the unit tests of src/core and src/functions only,
 * without the production build (globalSetup) and without the tests that read the built dist/ (they
 * would test the unmutated bundle, not Stryker's sandbox copy of the sources, and the sandbox has no
 * dist/). ts-jest transpiles only (isolatedModules): Stryker's TypeScript checker already type-checks
 * every mutant, and type-checking each test file again in every runner made each mutant slower.
 */
const base = require("./jest.config.js");

// Property tests draw 25 cases instead of fast-check's 100 for each mutant (those that set numRuns
// keep theirs): a mutant only one case in 100 would catch then counts as survived, so the score is a
// lower bound of what the full suite detects. The seed is CI's, so a run is reproducible.
process.env.RECC_FC_NUM_RUNS ??= "25";
// A failing property stops at its first counterexample (no shrinking): see test/support/fast-check-setup.ts.
process.env.RECC_FC_END_ON_FAILURE ??= "1";
process.env.CI ??= "true";

module.exports = {
  ...base,
  globalSetup: undefined,
  // Only the test files that hold a test covering the mutant are loaded (test/support/mutation-sequencer.js).
  testSequencer: "<rootDir>/test/support/mutation-sequencer.js",
  roots: ["<rootDir>/test/core", "<rootDir>/test/functions"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: { ...require("./tsconfig.json").compilerOptions, isolatedModules: true }, diagnostics: false }] },
  // Every test file that loads dist/ (the built bundle, its metadata or help pages).
  testPathIgnorePatterns: [
    "/node_modules/",
    "bundle",
    "metadata",
    "help-pages",
    "messages-zh\\.test\\.ts$",
  ],
};
