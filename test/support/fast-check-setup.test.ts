/**
 * test/support/fast-check-setup.ts: property tests are seeded in CI (or by FC_SEED) and a failure
 * names its seed and shrunk counterexample, so it can be replayed.
 */
import fc from "fast-check";
import { CI_SEED } from "./fast-check-setup";

describe("fast-check global settings (jest setupFiles)", () => {
  it("uses FC_SEED when set, the fixed CI seed under CI=true, else a random one", () => {
    const { seed } = fc.readConfigureGlobal();
    const expected = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? CI_SEED : undefined;
    expect(seed).toBe(expected);
    expect(fc.readConfigureGlobal().verbose).toBe(fc.VerbosityLevel.Verbose);
  });

  it("draws RECC_FC_NUM_RUNS cases per property when set (mutation runs), else fast-check's default", () => {
    const given = process.env.RECC_FC_NUM_RUNS;
    expect(fc.readConfigureGlobal().numRuns).toBe(given ? Number(given) : undefined);
  });

  it("a failing property reports its seed, the counterexample shrunk to the smallest (10) and its error", () => {
    let message = "";
    try {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 1000 }), (x) => {
          if (x >= 10) throw new Error(`x = ${x} is too big`);
        }),
      );
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/seed: -?\d+, path: "[\d:]+"/);
    expect(message).toContain("Counterexample: [10]");
    expect(message).toMatch(/Shrunk \d+ time/);
    expect(message).toContain("x = 10 is too big");
  });
});
