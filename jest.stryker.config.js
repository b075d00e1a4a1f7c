/**
 * Jest for mutation testing (stryker.config.mjs): the unit tests of src/core and src/functions only,
 * without the production build (globalSetup) and without the tests that read the built dist/ (they
 * would test the unmutated bundle, not Stryker's sandbox copy of the sources).
 */
const base = require("./jest.config.js");

module.exports = {
  ...base,
  globalSetup: undefined,
  roots: ["<rootDir>/test/core", "<rootDir>/test/functions"],
  testPathIgnorePatterns: ["/node_modules/", "bundle-contract\\.test\\.ts$", "metadata\\.test\\.ts$", "help-pages\\.test\\.ts$"],
};
