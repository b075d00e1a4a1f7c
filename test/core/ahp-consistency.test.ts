import fc from "fast-check";
import { ahpConsistency, fromRows, principalEigen } from "../../src/core";
import { consistentMatrix, positiveVector, reciprocalMatrix } from "./support/arbitraries";
import { expectMethodError } from "./support/errors";
import { mathjsLambdaMax } from "./support/mathjs-oracle";
import { BPMSG_3, CONSISTENT_3, DRINKS, MATHMODELS_5 } from "../support/published-vectors";

/** A 16×16 positive reciprocal matrix (entries 2 and 1/2): one size beyond the saaty table. */
function reciprocal16(): number[][] {
  const n = 16;
  const a = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) [a[i][j], a[j][i]] = (i + j) % 2 ? [2, 0.5] : [0.5, 2];
  return a;
}

describe("ahpConsistency on published matrices", () => {
  it("Saaty's drinks 7×7: λmax 7.17663, CI 0.029438, CR 0.02230 with Saaty RI 1.32 (published-vectors.md 1)", () => {
    const c = ahpConsistency(fromRows(DRINKS));
    expect(c.lambdaMax).toBeCloseTo(7.17663, 5);
    expect(c.ci).toBeCloseTo(0.029438, 6);
    expect(c.ri).toBe(1.32);
    expect(c.cr).toBeCloseTo(0.0223, 5);
    expect(c.consistent).toBe(true);
    // Full precision, numpy.linalg.eig in test/core/oracles/ahp_oracle.py.
    expect(Math.abs(c.lambdaMax - 7.17662903933035)).toBeLessThanOrEqual(1e-10);
    expect(Math.abs(c.cr - 0.02230164638009467)).toBeLessThanOrEqual(1e-10);
  });

  it("mathmodels 5×5: λmax 5.072084, CI 0.0180211, CR 0.01609027 with RI 1.12 (zhjx19/mathmodels AHP.md)", () => {
    const c = ahpConsistency(fromRows(MATHMODELS_5));
    expect(c.lambdaMax).toBeCloseTo(5.072084, 6);
    expect(c.ci).toBeCloseTo(0.0180211, 7);
    expect(c.ri).toBe(1.12);
    expect(c.cr).toBeCloseTo(0.01609027, 8);
    expect(c.consistent).toBe(true);
  });

  it("consistent 3×3 (gluc/ahp): λmax = 3, CI = CR = 0", () => {
    const c = ahpConsistency(fromRows(CONSISTENT_3));
    expect(Math.abs(c.lambdaMax - 3)).toBeLessThanOrEqual(1e-14);
    expect(c.ci).toBe(0);
    expect(c.cr).toBe(0);
    expect(c.consistent).toBe(true);
  });

  it("BPMSG 3×3: λmax 3.0649, CR 0.0559 with RI 0.58 (published-vectors.md 4)", () => {
    const c = ahpConsistency(fromRows(BPMSG_3));
    expect(c.lambdaMax).toBeCloseTo(3.0649, 4);
    expect(c.ri).toBe(0.58);
    expect(c.cr).toBeCloseTo(0.0559, 4);
    expect(c.consistent).toBe(true);
  });

  it("a cyclic 3×3 is inconsistent: λmax = 1 + 9 + 1/9, CR ≫ 0.1", () => {
    // Circulant matrix: λmax = row sum = 10.111… (analytic; also ahp_oracle.py "cyclic").
    const c = ahpConsistency(fromRows([[1, 9, 1 / 9], [1 / 9, 1, 9], [9, 1 / 9, 1]]));
    expect(c.lambdaMax).toBeCloseTo(1 + 9 + 1 / 9, 10);
    expect(c.cr).toBeCloseTo(6.130268199233717, 9);
    expect(c.consistent).toBe(false);
  });

  it('uses the "alonso" table when asked: drinks CR = CI/1.3417, BPMSG CR = CI/0.5245 (ahp_oracle.py)', () => {
    const drinks = ahpConsistency(fromRows(DRINKS), "alonso");
    expect(drinks.ri).toBe(1.3417);
    expect(drinks.cr).toBeCloseTo(0.021940950452206134, 10);
    expect(ahpConsistency(fromRows(BPMSG_3), "alonso").cr).toBeCloseTo(0.06185660617046681, 10);
  });

  it("uses a numeric RI as given", () => {
    const c = ahpConsistency(fromRows(BPMSG_3), 0.5);
    expect(c.ri).toBe(0.5);
    expect(c.cr).toBeCloseTo(0.03244378993640984 / 0.5, 10); // CI from ahp_oracle.py
  });

  it("reports CR = 0 and consistent for n ≤ 2 (method.md §1.3)", () => {
    for (const a of [[[1]], [[1, 7], [1 / 7, 1]]]) {
      const c = ahpConsistency(fromRows(a));
      expect(c.lambdaMax).toBe(a.length);
      expect(c.ci).toBe(0);
      expect(c.cr).toBe(0);
      expect(c.ri).toBe(0);
      expect(c.consistent).toBe(true);
    }
  });

  describe("errors", () => {
    it('answers notAvailable for n = 16 with the saaty table, naming "alonso"', () => {
      expectMethodError(() => ahpConsistency(fromRows(reciprocal16())), "notAvailable", /alonso/);
    });
    it("uses the Alonso formula for n = 16 when asked", () => {
      // RI(16) = (1.7699·16 − 4.3513)/15 (Alonso & Lamata 2006; ahp_oracle.py prints 1.5978066666666668).
      expect(ahpConsistency(fromRows(reciprocal16()), "alonso").ri).toBeCloseTo(1.5978066666666668, 14);
    });
    it("rejects a numeric RI outside [0.1, 2] (published tables: 0.5–1.77) for any n, naming ri", () => {
      for (const ri of [0, -1, 5e-324, 1e-310, 0.0999, 2.0001, 1e308, Infinity, NaN]) {
        expectMethodError(() => ahpConsistency(fromRows(BPMSG_3), ri), "value", /^ri is .*a random index given as a number must lie in \[0\.1, 2\]/);
        expectMethodError(() => ahpConsistency(fromRows([[1, 3], [1 / 3, 1]]), ri), "value", /^ri is /);
      }
      // The ends of the range and the published values are accepted; CR = CI/RI stays finite.
      for (const ri of [0.1, 0.58, 1.7699, 2]) expect(Number.isFinite(ahpConsistency(fromRows(BPMSG_3), ri).cr)).toBe(true);
    });
    it("rejects an unknown table name", () => {
      expectMethodError(() => ahpConsistency(fromRows(BPMSG_3), "saaty1990" as "saaty"), "value", /use "saaty", "alonso" or a number/);
    });
  });
});

describe("λmax against mathjs eigs (independent oracle)", () => {
  it.each([
    ["drinks", DRINKS],
    ["mathmodels", MATHMODELS_5],
    ["BPMSG", BPMSG_3],
    ["consistent", CONSISTENT_3],
  ])("%s: ahpConsistency λmax = mathjs λmax to 1e-9", (_name, a) => {
    const oracle = mathjsLambdaMax(a as number[][]);
    expect(oracle).toBeDefined();
    expect(Math.abs(ahpConsistency(fromRows(a as number[][])).lambdaMax - (oracle as number))).toBeLessThanOrEqual(1e-9);
  });

  it("random reciprocal matrices (Saaty scale, n = 3..9): power iteration = mathjs to 1e-9", () => {
    let compared = 0;
    fc.assert(
      fc.property(reciprocalMatrix(3, 9), (a) => {
        const oracle = mathjsLambdaMax(a);
        fc.pre(oracle !== undefined); // mathjs did not converge on this one: no oracle
        compared++;
        const ours = principalEigen(fromRows(a)).value;
        expect(Math.abs(ours - (oracle as number))).toBeLessThanOrEqual(1e-9);
        expect(Math.abs(ahpConsistency(fromRows(a), "alonso").lambdaMax - ours)).toBe(0);
      }),
      { numRuns: 200 },
    );
    // The oracle must actually have been consulted, not skipped every time.
    expect(compared).toBeGreaterThanOrEqual(100);
  });
});

describe("ahpConsistency properties", () => {
  it("a consistent matrix a_ij = v_i/v_j gives λmax = n and CR = 0 (to 1e-12)", () => {
    fc.assert(
      fc.property(positiveVector(3, 15), (v) => {
        const c = ahpConsistency(fromRows(consistentMatrix(v)));
        expect(Math.abs(c.lambdaMax - v.length)).toBeLessThanOrEqual(1e-9);
        expect(c.cr).toBeGreaterThanOrEqual(0);
        expect(c.cr).toBeLessThanOrEqual(1e-12);
        expect(c.consistent).toBe(true);
      }),
    );
  });

  it("for any reciprocal matrix: CI and CR from mathjs λmax and Saaty's table (method.md §1.3), consistent ⇔ CR < 0.1", () => {
    // Independent of the implementation: λmax from mathjs eigs, RI typed from method.md §1.3.
    const SAATY_RI = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59];
    let compared = 0;
    fc.assert(
      fc.property(reciprocalMatrix(3, 15), (a) => {
        const n = a.length;
        const lambda = mathjsLambdaMax(a);
        fc.pre(lambda !== undefined);
        const ci = Math.max(0, ((lambda as number) - n) / (n - 1));
        const cr = ci / SAATY_RI[n - 1];
        // Far enough from 0.1 that the 1e-9 agreement of λmax cannot flip the verdict.
        fc.pre(Math.abs(cr - 0.1) > 1e-8);
        compared++;
        const c = ahpConsistency(fromRows(a));
        expect(c.lambdaMax).toBeGreaterThanOrEqual(n - 1e-9);
        expect(c.ri).toBe(SAATY_RI[n - 1]);
        expect(Math.abs(c.ci - ci)).toBeLessThanOrEqual(1e-9);
        expect(Math.abs(c.cr - cr)).toBeLessThanOrEqual(1e-9 / SAATY_RI[n - 1]);
        expect(c.consistent).toBe(cr < 0.1);
      }),
    );
    // At least half of the drawn matrices (100 by default; fewer in mutation runs).
    expect(compared).toBeGreaterThanOrEqual((fc.readConfigureGlobal().numRuns ?? 100) / 2);
  });
});
