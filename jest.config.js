/** Jest: TypeScript through ts-jest; tests mirror src/ under test/. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] },
  moduleFileExtensions: ["ts", "js", "json"],
  // fast-check: seeded in CI (or by $FC_SEED), failures print the seed and the shrunk counterexample.
  setupFiles: ["<rootDir>/test/support/fast-check-setup.ts"],
  // Production webpack build into dist/ once per run (RECC_SKIP_BUILD=1 reuses an existing dist/).
  globalSetup: "<rootDir>/test/global-setup.ts",
};
