/**
 * One value of the RECC index C = P/S, or why it has none.
 * `status` "divisionByZero" when S = 0, "overflow" when the quotient is not finite.
 */
export type ReccIndexValue =
  | { readonly status: "ok"; readonly value: number }
  | { readonly status: "divisionByZero" }
  | { readonly status: "overflow" };

/**
 * RECC index C = P/S: C < 1 surplus, C = 1 balance, C > 1 overload.
 * Seed paper, carrying-capacity index; ../shared/method.md §1.6.
 * @param pressure P (any finite number), @param support S (any finite number).
 */
export function reccIndex(pressure: number, support: number): ReccIndexValue {
  if (support === 0) return { status: "divisionByZero" };
  const c = pressure / support;
  return Number.isFinite(c) ? { status: "ok", value: c } : { status: "overflow" };
}

/** The state C describes: "surplus" (C < 1), "balance" (C = 1) or "overload" (C > 1). */
export function reccState(c: number): "surplus" | "balance" | "overload" {
  return c < 1 ? "surplus" : c > 1 ? "overload" : "balance";
}
