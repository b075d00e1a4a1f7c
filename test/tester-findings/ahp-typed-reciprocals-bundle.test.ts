/**
 * Tester (break3): a pair of judgements typed both ways (test/functions/ahp-typed-reciprocals.test.ts)
 * through the built bundle dist/functions.js. Oracles: the one-expert group matrix keeps the typed 3
 * and its exact reciprocal (method.md §3); a consistent matrix (1, 2, 4) has CI = 0 and λmax = 3
 * (Saaty 1990) with 1/2 typed as 0.501.
 */
import { loadFunctionsBundle } from "../support/load-functions-bundle";

// 1/2 typed as 0.501 (within 1 % of the reciprocal), 1/4 as 0.25.
const TYPED_LOWER = (half: number) => [
  [1, 2, 4],
  [half, 1, 2],
  [0.25, half, 1],
];

describe("the built bundle (dist/functions.js)", () => {
  const fns = loadFunctionsBundle();
  it("AHPGROUP keeps the typed 3, AHPCONSISTENCY gives CI = 0 for 1, 2, 4 with 0.501 typed for 1/2", () => {
    expect(fns.get("AHPGROUP")!([[1, 0.333], [3, 1]], null)).toEqual([
      [1, 1 / 3],
      [3, 1],
    ]);
    const c = Object.fromEntries(fns.get("AHPCONSISTENCY")!(TYPED_LOWER(0.501), null) as unknown[][]) as Record<string, number>;
    expect(c.CI).toBeLessThan(1e-12);
    expect(c.lambda_max).toBeCloseTo(3, 12);
  });
});
