import { BOUNDARY_TOLERANCE, assertUnit } from "./grade";

/** The four coupling regions in the order of ../shared/method.md §1.8 (x = S, y = P). */
export const COUPLING_REGIONS = ["high-value surplus", "low-value surplus", "low-value load", "high-value load"] as const;
export type CouplingRegion = (typeof COUPLING_REGIONS)[number];

/**
 * Coupling region of (S, P) between the curves y = x², y = x and y = √x (seed paper Table 4;
 * ../shared/method.md §1.8): P < S² high-value surplus (0); S² ≤ P ≤ S low-value surplus (1);
 * S < P ≤ √S low-value load (2); P > √S high-value load (3). A point within 1e-12 of a curve
 * (|P − S²|, |P − S|, |P − √S|) lies on it and takes the region its interval gives ("Boundaries" in
 * §1.8): P = S² the region above that curve (low-value surplus), P = S and P = √S the region below
 * (low-value surplus, low-value load). So (0.1, 0.01), where 0.1·0.1 rounds to 0.010000000000000002,
 * and (0.5, 0.5) are low-value surplus.
 *
 * @param support S in [0, 1]. @param pressure P in [0, 1].
 * @returns the region's position 0..3 in {@link COUPLING_REGIONS}.
 * @throws MethodError (value) when S or P lies outside [0, 1].
 */
export function couplingRegion(support: number, pressure: number): 0 | 1 | 2 | 3 {
  assertUnit(support, "support");
  assertUnit(pressure, "pressure");
  const tol = BOUNDARY_TOLERANCE;
  if (support * support - pressure > tol) return 0;
  if (pressure - support <= tol) return 1;
  if (pressure - Math.sqrt(support) <= tol) return 2;
  return 3;
}
