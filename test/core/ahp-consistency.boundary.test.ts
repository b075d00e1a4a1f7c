/**
 * "Consistent when CR < 0.1" (Saaty 1990; ../shared/method.md §1.3) at the boundary, both sides:
 * CR exactly 0.1 is inconsistent, the next double below 0.1 is consistent. CR = CI/RI is made to hit
 * 0.1 exactly by choosing a numeric RI for the BPMSG 3×3 (published-vectors.md 4), then one ulp
 * larger. Also through RECC.AHPCONSISTENCY's "consistent" row.
 */
import { ahpConsistency, fromRows } from "../../src/core";
import { callRecc } from "../../src/functions/recc";
import { BPMSG_3 } from "../support/published-vectors";

/** The next double above x > 0. */
function nextUp(x: number): number {
  const f = new Float64Array([x]);
  const bits = new BigInt64Array(f.buffer);
  bits[0] += 1n;
  return f[0];
}

/** A numeric RI with ci/ri === 0.1 exactly in floating point. */
function riGivingExactly(ci: number, cr: number): number {
  let ri = ci / cr;
  for (let k = 0; k < 64 && ci / ri !== cr; k++) ri = ci / ri > cr ? nextUp(ri) : ri - (nextUp(ri) - ri);
  if (ci / ri !== cr) throw new Error(`no RI gives CR = ${cr} exactly for CI = ${ci}`);
  return ri;
}

describe("the consistency threshold CR < 0.1, both sides", () => {
  const a = fromRows(BPMSG_3);
  const ci = ahpConsistency(a).ci; // 0.0324… (λmax 3.0649)
  const atBoundary = riGivingExactly(ci, 0.1);

  it("CR = 0.1 exactly is not consistent", () => {
    const c = ahpConsistency(a, atBoundary);
    expect(c.cr).toBe(0.1);
    expect(c.consistent).toBe(false);
  });

  it("CR one step below 0.1 (RI one ulp larger) is consistent", () => {
    const c = ahpConsistency(a, nextUp(atBoundary));
    expect(c.cr).toBeLessThan(0.1);
    expect(c.cr).toBeGreaterThan(0.1 - 1e-15);
    expect(c.consistent).toBe(true);
  });

  it("CR just above 0.1 is not consistent (RI a little smaller)", () => {
    const c = ahpConsistency(a, atBoundary * (1 - 1e-12));
    expect(c.cr).toBeGreaterThan(0.1);
    expect(c.consistent).toBe(false);
  });

  it('RECC.AHPCONSISTENCY says "consistent" FALSE at CR = 0.1 and TRUE just below', () => {
    const judgements = [[1, 5, "1/3"], [null, 1, "1/7"], [null, null, 1]];
    const consistent = (ri: number) => (callRecc("AHPCONSISTENCY", [judgements, ri]) as unknown[][])[4];
    expect(consistent(atBoundary)).toEqual(["consistent", false]);
    expect(consistent(nextUp(atBoundary))).toEqual(["consistent", true]);
  });
});
