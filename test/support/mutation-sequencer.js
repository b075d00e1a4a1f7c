/**
 * Jest test sequencer of mutation runs (jest.stryker.config.js). Stryker's jest runner runs a mutant
 * as "every test file, only the tests named in testNamePattern" (the tests that cover the mutant),
 * so every mutant paid for loading all ~45 test files, most of them to run nothing: that loading was
 * most of a mutant's time. This sequencer drops the files that hold none of the named tests, from a
 * list of each file's test names ($RECC_MUTATION_TEST_NAMES, written by stryker.config.mjs from a
 * jest --json run before Stryker starts). A dropped file would have run no test, so no result
 * changes; a file missing from the list always runs. Without a pattern (Stryker's dry run) or a list,
 * it sorts like Jest's default sequencer.
 */
const fs = require("node:fs");
const path = require("node:path");
const DefaultSequencer = require("@jest/test-sequencer").default;

let cached; // [file, names by test file]: the list is read once per runner process

function namesByFile(file) {
  if (!cached || cached[0] !== file) cached = [file, JSON.parse(fs.readFileSync(file, "utf8"))];
  return cached[1];
}

class MutationSequencer extends DefaultSequencer {
  constructor(options) {
    super(options);
    this.pattern = options?.globalConfig?.testNamePattern;
  }

  sort(tests) {
    const sorted = super.sort(tests);
    const list = process.env.RECC_MUTATION_TEST_NAMES;
    if (!this.pattern || !list || !fs.existsSync(list)) return sorted;
    const names = namesByFile(list);
    // Jest matches testNamePattern case-insensitively against each test's full name.
    const wanted = new RegExp(this.pattern, "i");
    return sorted.filter((t) => {
      const rel = path.relative(t.context.config.rootDir, t.path).split(path.sep).join("/");
      const inFile = names[rel];
      return inFile === undefined || inFile.some((n) => wanted.test(n));
    });
  }
}

module.exports = MutationSequencer;
