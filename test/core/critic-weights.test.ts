/**
 * CRITIC weights (src/core/critic-weights.ts) against pymcdm's published example and an independent
 * numpy computation run inside the suite (test/core/oracles/mcdm_oracle.py).
 */
import { criticWeights, fromRows, type Direction } from "../../src/core";
import { expectMethodError } from "./support/errors";
import { mixedDirections, randomPanel, runMcdmOracle, seededRandom } from "./support/mcdm-oracle";

function expectClose(actual: ArrayLike<number>, expected: ReadonlyArray<number>, tol: number): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((x, j) => expect(Math.abs(actual[j] - x)).toBeLessThanOrEqual(tol));
}

const TUS_ADALI = [
  [5000, 3, 3, 4, 3, 2],
  [680, 5, 3, 2, 2, 1],
  [2000, 3, 2, 3, 4, 3],
  [600, 4, 3, 1, 2, 2],
  [800, 2, 4, 3, 3, 4],
];

describe("published example", () => {
  it("pymcdm test/test_weights.py TestCRITICWeights (Tuş & Adalı 2019), all benefit: 0.157, 0.249, 0.168, 0.121, 0.154, 0.151", () => {
    const w = criticWeights(fromRows(TUS_ADALI));
    // pymcdm rounds to 3 places and compares exactly; so do we.
    expect(Array.from(w, (x) => Math.round(x * 1000) / 1000)).toEqual([0.157, 0.249, 0.168, 0.121, 0.154, 0.151]);
    const [oracle] = runMcdmOracle<number[]>([{ fn: "critic", data: TUS_ADALI, directions: [1, 1, 1, 1, 1, 1] }]);
    expectClose(w, oracle, 1e-14);
  });
});

describe("against numpy (mcdm_oracle.py) on random panels with mixed directions", () => {
  const random = seededRandom(20);
  const cases = Array.from({ length: 40 }, () => {
    const n = 3 + Math.floor(random() * 40);
    const m = 2 + Math.floor(random() * 10);
    return { fn: "critic", data: randomPanel(random, n, m), directions: mixedDirections(random, m) };
  });
  const expected = runMcdmOracle<number[]>(cases);

  it.each(cases.map((c, k) => [k, c.data.length, c.directions.length, c] as const))("case %i (%i×%i) agrees to 1e-12", (k, _n, _m, c) => {
    const w = criticWeights(fromRows(c.data), c.directions as Direction[]);
    expectClose(w, expected[k], 1e-12);
    expect(w.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 14);
  });

  it("a constant column gets weight 0 and the others keep their weights (numpy with the column left out)", () => {
    const data = cases[0].data;
    const dirs = cases[0].directions as Direction[];
    const withConstant = data.map((r) => [...r.slice(0, 1), 42, ...r.slice(1)]);
    const w = criticWeights(fromRows(withConstant), [dirs[0], -1, ...dirs.slice(1)]);
    expect(w[1]).toBe(0);
    expectClose([w[0], ...Array.from(w.slice(2))], expected[0], 1e-12);
  });
});

describe("edges", () => {
  it("directions matter: a cost column flips its correlations", () => {
    const benefit = criticWeights(fromRows(TUS_ADALI));
    const cost = criticWeights(fromRows(TUS_ADALI), [-1, 1, 1, 1, 1, 1]);
    expect(Math.abs(benefit[0] - cost[0])).toBeGreaterThan(0.01);
  });

  it("every column constant: #VALUE! \"no indicator varies\" (as ENTROPYWEIGHTS)", () => {
    expectMethodError(() => criticWeights(fromRows([[1, 5], [1, 5], [1, 5]])), "value", /no indicator varies/);
  });

  it("one varying column: CRITIC is undefined (its C_j = σ_j·(1 − r_jj) = 0), said so", () => {
    expectMethodError(() => criticWeights(fromRows([[1, 5], [2, 5], [4, 5]])), "value", /only one indicator varies/);
  });

  it("perfectly correlated varying columns: every C_j = 0, said so", () => {
    expectMethodError(() => criticWeights(fromRows([[1, 10], [2, 20], [4, 40]])), "value", /perfectly correlated/);
  });

  it("two perfectly anti-correlated columns share the weight equally (r = −1, C_j = 2σ_j, equal σ); as a cost, one becomes the other (r = 1)", () => {
    const anti = [
      [0, 1],
      [0.5, 0.5],
      [1, 0],
    ];
    expectClose(criticWeights(fromRows(anti)), [0.5, 0.5], 1e-15);
    expectMethodError(() => criticWeights(fromRows(anti), [1, -1]), "value", /perfectly correlated/);
  });

  it("one column as benefit and as cost (r = −1 in exact arithmetic, −1 − 2.2e-16 after rounding here) shares the weight equally", () => {
    // Raw 0.2, 1.1, 2.6 twice; as a cost the column is 1 − x', so r = −1 and σ is equal (Diakoulaki
    // et al. eq. (2): C_j = 2σ_j): w = (½, ½). The computed r is a hair below −1 and is clamped to −1.
    const data = [[0.2, 0.2], [1.1, 1.1], [2.6, 2.6]];
    expectClose(criticWeights(fromRows(data), [1, -1]), [0.5, 0.5], 1e-15);
  });

  it("nearly but not perfectly correlated (1 − r ≈ 1.6e-11, above the 1e-12 rounding-noise threshold) still gives weights: w_j = σ_j / Σσ for m = 2", () => {
    // n = 1000 rows: A = (1, 0, …, 0), B = (1, ε, 0, …, 0), ε = 5.7e-6; both are already min–max
    // normalized. With m = 2, C_j = σ_j (1 − r) and the common factor (1 − r) cancels in w (eq. (3)):
    // w_j = σ_j / (σ_A + σ_B). By hand, (n − 1)σ² = Σx² − (Σx)²/n: 1 − 1/n for A, 1 + ε² − (1 + ε)²/n for B.
    // numpy.corrcoef gives 1 − r = 1.6239e-11 here; Σσ ≈ 0.0632.
    const n = 1000;
    const eps = 5.7e-6;
    const data = Array.from({ length: n }, (_, i) => (i === 0 ? [1, 1] : i === 1 ? [0, eps] : [0, 0]));
    const sA = Math.sqrt((1 - 1 / n) / (n - 1));
    const sB = Math.sqrt((1 + eps * eps - (1 + eps) ** 2 / n) / (n - 1));
    expectClose(criticWeights(fromRows(data)), [sA / (sA + sB), sB / (sA + sB)], 1e-12);
  });

  it("conflict sum exactly at the rounding-noise threshold (Σ C_j = 1e-12·Σσ_j bit for bit): no weights, \"perfectly correlated\"", () => {
    // The rule (src/core/critic-weights.ts): weights only when Σ C_j > 1e-12·Σσ_j; at equality the
    // conflict is rounding noise and CRITIC says the columns are perfectly correlated.
    // Constructed tie, m = 5 columns A, A, B, B, B (already min–max normalized: 0 and 1 in rows 1–2).
    // Copies are bitwise equal, so r(A,A) = r(B,B) = 1 exactly (√(s·s) rounds to s) and every (A,B)
    // pair gives the same computed 1 − r = X·2⁻⁵³, X = 3753. So C_A = σ_A·3X·2⁻⁵³, C_B = σ_B·2X·2⁻⁵³
    // and Σ C_j = 1e-12·Σσ_j needs 2·3X σ_A + 3·2X σ_B = κ(2σ_A + 3σ_B), κ = 1e-12·2⁵³ ≈ 9007.19925:
    // X = 3753 gives the ratio σ_A/σ_B = 0.99999917…, met by B = A with its inner rows spread by ≈ 1e-6.
    // B was found by a search over last-bit changes of its inner rows with a mirror of the code (same
    // operation order; reports/mutation/core-critic-combine-verdicts-tieA.md): Σ C_j and 1e-12·Σσ_j
    // are then both 0x1.637cf4b69a55ap-39 (≈ 2.5259e-12). The `>=` mutant returns weights here.
    // Tied to the code's floating-point operation order: a correct reordering of the arithmetic can
    // move the tie off this input; then search a new one (reports/mutation/core-critic-combine-verdicts-tieA.md), not the rule.
    const A = [0, 1, 0.01, 0.99, 0.02, 0.98, 0.03, 0.97, 0.045, 0.955];
    const B = [0, 1, 0.009999905526018225, 0.990000094473978, 0.019999056965932644, 0.9800009430340688,
      0.02999992691793667, 0.9700000730820639, 0.04499908370583101, 0.955000916294167];
    const data = fromRows(A.map((a, i) => [a, a, B[i], B[i], B[i]]));
    expectMethodError(() => criticWeights(data), "value", /perfectly correlated/);
  });

  it("rejects fewer than 3 rows (with 2 objects every correlation is ±1, Pearson) and a direction count ≠ m", () => {
    expectMethodError(() => criticWeights(fromRows([[1, 2]])), "value", /^data has 1 row; CRITIC needs at least 3 rows \(objects\) for correlations/);
    expectMethodError(() => criticWeights(fromRows([[1, 2, 3], [2, 5, 1]])), "value", /^data has 2 rows; CRITIC needs at least 3 rows \(objects\) for correlations between indicators \(rows = objects/);
    expectMethodError(() => criticWeights(fromRows([[1, 2], [2, 1], [3, 3]]), [1]), "value", /directions has 1 entries/);
  });
});
