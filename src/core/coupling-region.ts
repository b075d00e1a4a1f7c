import { assertUnit } from "./grade";

/** The four coupling regions in the order of ../shared/method.md §1.8 (x = S, y = P). */
export const COUPLING_REGIONS = ["high-value surplus", "low-value surplus", "low-value load", "high-value load"] as const;
export type CouplingRegion = (typeof COUPLING_REGIONS)[number];

/**
 * Coupling region of (S, P) between the curves y = x², y = x and y = √x (seed paper Table 4;
 * ../shared/method.md §1.8): P < S² high-value surplus (0); S² ≤ P ≤ S low-value surplus (1);
 * S < P ≤ √S low-value load (2); P > √S high-value load (3).
 *
 * @param support S in [0, 1]. @param pressure P in [0, 1].
 * @returns the region's position 0..3 in {@link COUPLING_REGIONS}.
 * @throws MethodError (value) when S or P lies outside [0, 1].
 */
export function couplingRegion(support: number, pressure: number): 0 | 1 | 2 | 3 {
  assertUnit(support, "support");
  assertUnit(pressure, "pressure");
  // P = 0 < S² even where S² underflows to 0 (S below 1.5e-154).
  if (pressure < support * support || (pressure === 0 && support > 0)) return 0;
  if (pressure <= support) return 1;
  if (pressure <= Math.sqrt(support)) return 2;
  return 3;
}
