/**
 * jest setupFiles: fast-check's global settings for every property test.
 *
 * Seed: $FC_SEED when set (to replay a failure), else a fixed seed in CI (CI=true, so a red run is
 * reproducible), else fast-check's random seed. Whatever the seed, a failing property prints it, the
 * path, the shrunk counterexample ("Counterexample: …", "Shrunk n time(s)") and its error, and with verbose the
 * failures met while shrinking; rerun with FC_SEED=<seed> to get the same cases.
 *
 * Runs: fast-check's default (100 per property) unless $RECC_FC_NUM_RUNS is set. Mutation testing
 * (jest.stryker.config.js) sets it lower so each mutant's tests finish in time; properties that set
 * numRuns themselves keep theirs.
 */
import fc from "fast-check";

/** The seed CI uses (any fixed integer; changing it draws other cases). */
export const CI_SEED = 20261129;

function seedFromEnv(): number | undefined {
  const given = process.env.FC_SEED;
  if (given !== undefined && given !== "") {
    const seed = Number(given);
    if (!Number.isInteger(seed)) throw new Error(`FC_SEED is '${given}'; an integer is needed`);
    return seed;
  }
  return process.env.CI ? CI_SEED : undefined;
}

function numRunsFromEnv(): number | undefined {
  const given = process.env.RECC_FC_NUM_RUNS;
  if (given === undefined || given === "") return undefined;
  const runs = Number(given);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`RECC_FC_NUM_RUNS is '${given}'; a whole number ≥ 1 is needed`);
  return runs;
}

const seed = seedFromEnv();
const numRuns = numRunsFromEnv();
// Mutation runs (jest.stryker.config.js) only need to know that a property fails: no shrinking, which
// took seconds under load and made detected mutants count as timed out (and restart the runner).
const endOnFailure = process.env.RECC_FC_END_ON_FAILURE === "1";
fc.configureGlobal({
  ...(seed === undefined ? {} : { seed }),
  ...(numRuns === undefined ? {} : { numRuns }),
  ...(endOnFailure ? { endOnFailure: true } : {}),
  verbose: endOnFailure ? fc.VerbosityLevel.None : fc.VerbosityLevel.Verbose,
  includeErrorInReport: true,
});
