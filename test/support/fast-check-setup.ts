/**
 * jest setupFiles: fast-check's global settings for every property test.
 *
 * Seed: $FC_SEED when set (to replay a failure), else a fixed seed in CI (CI=true, so a red run is
 * reproducible), else fast-check's random seed. Whatever the seed, a failing property prints it, the
 * path, the shrunk counterexample ("Counterexample: …", "Shrunk n time(s)") and its error, and with verbose the
 * failures met while shrinking; rerun with FC_SEED=<seed> to get the same cases.
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

const seed = seedFromEnv();
fc.configureGlobal({ ...(seed === undefined ? {} : { seed }), verbose: fc.VerbosityLevel.Verbose, includeErrorInReport: true });
