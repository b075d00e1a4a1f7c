/**
 * weightedIndex's clamp (issue 9 §2 speed, src/core/weighted-index.ts unitIndex): the row's min and
 * max are looked at only when the computed weighted variance is tiny. Oracle: the always-clamped sum
 * (Σ_j w_j x'_j clamped to [min_j x'_j, max_j x'_j], the definition before the speed change), computed
 * here independently; the result must be identical bit for bit, above all on the near-uniform rows
 * where the clamp matters (a row of 1s gives exactly 1).
 */
import fc from "fast-check";
import { fromRows, minMaxNormalize, minMaxScaling, weightedIndex, type Direction } from "../../src/core";
import { alwaysClamped } from "./support/weighted-index-oracle";

const SEED = Number(process.env.FC_SEED ?? 20261129);


/** Rows in [0, 1] that are uniform or uniform up to a few ulps, or spread; m up to 60. */
const nearUniformRows = fc.integer({ min: 1, max: 60 }).chain((m) =>
  fc.tuple(
    fc.array(
      fc.tuple(fc.oneof(fc.constantFrom(0, 1, 1 / 3, 2 / 3, 0.5), fc.double({ min: 0, max: 1, noNaN: true })), fc.constantFrom(0, 0, 1e-16, 1e-15, 1e-13, 0.1)).chain(([c, spread]) =>
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }).map((d) => Math.min(1, Math.max(0, c + d * spread))), { minLength: m, maxLength: m }),
      ),
      { minLength: 1, maxLength: 20 },
    ),
    fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1000, noNaN: true })), { minLength: m, maxLength: m }).filter((w) => w.some((x) => x > 0)),
  ),
);

describe("weightedIndex: the variance-gated clamp equals the always-clamped sum bit for bit", () => {
  it("on stored x' in [0, 1] (uniform, near-uniform and spread rows, zero weights included)", () => {
    fc.assert(
      fc.property(nearUniformRows, ([rows, w]) => {
        expect(Array.from(weightedIndex(fromRows(rows), w))).toEqual(alwaysClamped(rows, w));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it("with a [0, 1] scaling on raw data (normalized in the loop) equals the oracle on minMaxNormalize's output", () => {
    fc.assert(
      fc.property(nearUniformRows, fc.boolean(), ([rows, w], flip) => {
        // Raw data: the rows scaled by 1000 and shifted, plus a row of zeros and one of 1000s so
        // every column spans the panel; directions alternate.
        const raw = [...rows.map((r) => r.map((x) => 1000 * x - 7)), rows[0].map(() => -7), rows[0].map(() => 993)];
        const dirs = raw[0].map((_, j) => ((j % 2 === 0) !== flip ? 1 : -1) as Direction);
        const data = fromRows(raw);
        const normalized = minMaxNormalize(data, dirs);
        const xRows = Array.from({ length: data.rows }, (_, i) => Array.from(normalized.values.subarray(i * data.cols, (i + 1) * data.cols)));
        expect(Array.from(weightedIndex(data, w, minMaxScaling(data, dirs)))).toEqual(alwaysClamped(xRows, w));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("a row of 1s is exactly 1 and a row of 1/3s exactly 1/3 for 1…200 columns of random weights", () => {
    for (let m = 1; m <= 200; m++) {
      const w = Array.from({ length: m }, (_, j) => ((j * 7919) % 13) + 0.1);
      expect(weightedIndex(fromRows([new Array(m).fill(1), new Array(m).fill(1 / 3)]), w)).toEqual(Float64Array.of(1, 1 / 3));
    }
  });
});
