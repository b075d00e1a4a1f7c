/**
 * Coupling coordination degree and its classes (src/core/coupling-coordination.ts) against
 * zhjx19/mathmodels docs/reference/system_evaluation.md, an independent numpy computation run inside
 * the suite (test/core/oracles/mcdm_oracle.py), and the class boundaries on both sides with the
 * tolerance of ../shared/method.md §1.8.
 */
import {
  CLASS_BOUNDARY_TOLERANCE,
  COORDINATION_CLASSES,
  coordinationClass,
  couplingCoordination,
  fromRows,
  type CouplingVariant,
} from "../../src/core";
import { CCD_ADJUSTED_PRINTED, CCD_ADJUSTED_WEIGHTS, CCD_STANDARD_PRINTED, OBSTACLE_U } from "../support/published-vectors";
import { renderMessage } from "../../src/i18n/messages";
import { expectMethodError } from "./support/errors";
import { runMcdmOracle, seededRandom, unequalWeights } from "./support/mcdm-oracle";

/** Printed to 3 places: within half a unit of the third place (E's T = 0.3705 exactly, printed 0.370 by R). */
function expectPrinted(actual: number[][], printed: number[][]): void {
  expect(actual.length).toBe(printed.length);
  actual.forEach((r, i) => r.forEach((x, j) => expect(Math.abs(x - printed[i][j])).toBeLessThanOrEqual(0.0005 + 1e-12)));
}
const table = (systems: number[][], weights?: number[], variant?: CouplingVariant) =>
  couplingCoordination(fromRows(systems), weights, variant).map((r) => [r.c, r.t, r.d]);

describe("zhjx19/mathmodels docs/reference/system_evaluation.md (six objects A–F × three systems)", () => {
  it("uses the published scores U (the same as published vector 7)", () => {
    expect(OBSTACLE_U[0]).toEqual([0.0162, 0.272, 0.2655]);
    expect(OBSTACLE_U).toHaveLength(6);
  });

  it("standard, equal weights: coupling, coord, coupling_coord as printed (3 places)", () => {
    expectPrinted(table(OBSTACLE_U), CCD_STANDARD_PRINTED);
  });

  it("adjusted, weights 0.4, 0.3, 0.3: as printed (3 places)", () => {
    expectPrinted(table(OBSTACLE_U, CCD_ADJUSTED_WEIGHTS, "adjusted"), CCD_ADJUSTED_PRINTED);
  });

  it("the reference's standard form clamps U at 1e-10 (R pmax); the definition does not: a row with a 0 has C = 0 here", () => {
    // mathmodels: prod(pmax(x, 1e-10))^(1/k)·k/Σx > 0 for (0, 0.5); the formula gives Π U = 0 → C = 0.
    expect(table([[0, 0.5]])[0]).toEqual([0, 0.25, 0]);
  });
});

describe("against numpy (mcdm_oracle.py) on random indices with unequal weights", () => {
  const random = seededRandom(30);
  const cases = Array.from({ length: 30 }, (_, k) => {
    const n = 1 + Math.floor(random() * 20);
    const m = 2 + Math.floor(random() * 4);
    const systems = Array.from({ length: n }, () => Array.from({ length: m }, () => 0.001 + 0.999 * random()));
    return { fn: "ccd", systems, weights: unequalWeights(random, m), variant: (k % 2 === 0 ? "standard" : "adjusted") as CouplingVariant };
  });
  const expected = runMcdmOracle<number[][]>(cases);

  it.each(cases.map((c, k) => [k, c.variant, c.systems.length, c.weights.length, c] as const))(
    "case %i (%s, %i×%i): C, T, D agree to 1e-13",
    (k, _v, _n, _m, c) => {
      const got = table(c.systems, c.weights, c.variant);
      got.forEach((r, i) => r.forEach((x, j) => expect(Math.abs(x - expected[k][i][j])).toBeLessThanOrEqual(1e-13)));
    },
  );

  it("the classes of the D values agree with numpy's digitize on (a, b] intervals", () => {
    const ds = cases.flatMap((c) => table(c.systems, c.weights, c.variant).map((r) => r[2]));
    const [classes] = runMcdmOracle<number[]>([{ fn: "ccdlevel", d: ds }]);
    expect(ds.map(coordinationClass)).toEqual(classes);
    expect(new Set(classes).size).toBeGreaterThan(4); // the random D values cover many classes
  });
});

describe("edges of CCD", () => {
  it("equal indices couple perfectly: C = 1 exactly for both variants, D = √T", () => {
    for (const variant of ["standard", "adjusted"] as const) {
      const [[c, t, d]] = table([[0.49, 0.49, 0.49]], undefined, variant);
      expect(c).toBe(1);
      expect(t).toBeCloseTo(0.49, 15);
      expect(d).toBeCloseTo(0.7, 15);
    }
  });

  it("a row of zeros gives C = T = D = 0 (stated choice for the 0/0)", () => {
    expect(table([[0, 0]])[0]).toEqual([0, 0, 0]);
    expect(table([[0, 0, 0]], undefined, "adjusted")[0]).toEqual([0, 0, 0]);
  });

  it("k = 2, standard: C = 2√(U₁U₂)/(U₁ + U₂) (hand computation: S = 0.4, P = 0.1 → C = 0.8, T = 0.25, D = √0.2)", () => {
    const [[c, t, d]] = table([[0.4, 0.1]]);
    expect(c).toBeCloseTo(0.8, 15);
    expect(t).toBeCloseTo(0.25, 15);
    expect(d).toBeCloseTo(Math.sqrt(0.2), 15);
  });

  it("many small indices do not underflow the product (logs)", () => {
    const row = Array(400).fill(1e-3);
    expect(table([row])[0][0]).toBeCloseTo(1, 12);
  });

  it("rejects one column, values outside [0, 1], weight counts ≠ k, bad weights and unknown variants", () => {
    expectMethodError(() => table([[0.5], [0.2]]), "value", /at least 2 systems/);
    expectMethodError(() => table([[0.5, 1.2]]), "value", /systems row 1, column 2 is 1\.2/);
    expectMethodError(() => table([[0.5, 0.2]], [1]), "value", /weights has 1 entries; systems has 2 columns/);
    expectMethodError(() => table([[0.5, 0.2]], [1, -1]), "value", /weights item 2 is -1/);
    expectMethodError(() => table([[0.5, 0.2]], undefined, "corrected" as CouplingVariant), "value", /use "standard" or "adjusted"/);
  });
});

describe("coordination classes (Tian et al. 2021): (a, b] in 0.1 steps, 0 in the first", () => {
  it("has the ten names of the issue, in order", () => {
    expect(COORDINATION_CLASSES).toEqual([
      "extreme imbalance",
      "serious imbalance",
      "moderate imbalance",
      "mild imbalance",
      "near imbalance",
      "barely coordinated",
      "primary coordination",
      "intermediate coordination",
      "good coordination",
      "high-quality coordination",
    ]);
  });

  it("0 is in the first class and 1 in the last", () => {
    expect(coordinationClass(0)).toBe(0);
    expect(coordinationClass(1)).toBe(9);
  });

  // Each boundary b/10 on both sides: on it and within 1e-12 above it → the class below ((a, b]);
  // just beyond the tolerance above → the class above; below it → the class below.
  const boundaries = [1, 2, 3, 4, 5, 6, 7, 8, 9];
  it.each(boundaries)("boundary %i/10: b and b + ½·1e-12 lie on it (lower class), b + 2e-12 above, b − 2e-12 below", (b) => {
    const cut = b / 10;
    const tol = CLASS_BOUNDARY_TOLERANCE;
    expect(tol).toBe(1e-12); // method.md §1.8
    expect(coordinationClass(cut)).toBe(b - 1);
    expect(coordinationClass(cut + tol / 2)).toBe(b - 1);
    expect(coordinationClass(cut + 2 * tol)).toBe(b);
    expect(coordinationClass(cut - tol / 2)).toBe(b - 1);
    expect(coordinationClass(cut - 2 * tol)).toBe(b - 1);
    // Halfway inside each neighbour.
    expect(coordinationClass(cut - 0.05)).toBe(b - 1);
    expect(coordinationClass(cut + 0.05)).toBe(b);
  });

  it("a D computed in floating point that misses a boundary by a few ulps lies on it: 0.1 + 0.2 is \"moderate imbalance\"", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(COORDINATION_CLASSES[coordinationClass(0.1 + 0.2)]).toBe("moderate imbalance");
    expect(COORDINATION_CLASSES[coordinationClass(0.7 * 1.0000000000000002)]).toBe("primary coordination");
  });

  it("rejects D outside [0, 1]", () => {
    expectMethodError(() => coordinationClass(1.0000001), "value", /d is 1\.0000001/);
    expectMethodError(() => coordinationClass(-0.1), "value");
    expectMethodError(() => coordinationClass(NaN), "value");
  });
});

describe("survivor kills (mutation run core-topsis-ccd)", () => {
  it("an unknown variant: the whole message (option.unknown)", () => {
    const e = expectMethodError(
      () => couplingCoordination(fromRows([[0.5, 0.4]]), undefined, "bogus" as CouplingVariant),
      "value",
      /^variant is 'bogus'; use "standard" or "adjusted"$/,
    );
    expect(renderMessage(e.text, "zh-CN")).toBe("variant 为 'bogus'；请使用 \"standard\" 或 \"adjusted\"");
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9])("D exactly b/10 + 1e-12 (the tolerance's edge, computed as the code does) lies on boundary %i/10: the lower class", (b) => {
    // method.md §1.8: within 1e-12 of a boundary (distance ≤ tolerance) counts as on it.
    expect(coordinationClass(b / 10 + CLASS_BOUNDARY_TOLERANCE)).toBe(b - 1);
  });
});
