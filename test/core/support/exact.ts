/**
 * Exact comparisons of doubles through BigInt rationals: an oracle free of floating-point rounding
 * and underflow (x·x of a tiny x is 0 in doubles, never in exact arithmetic).
 */

/** A finite double as an exact m·2^e with BigInt m. */
function exact(x: number): { m: bigint; e: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const sign = hi >>> 31 ? -1n : 1n;
  const biased = (hi >>> 20) & 0x7ff;
  const fraction = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { m: sign * fraction, e: -1074 };
  return { m: sign * ((1n << 52n) | fraction), e: biased - 1075 };
}

/** Exactly whether a < b·c for finite doubles (no rounding of the product). */
export function lessThanProduct(a: number, b: number, c: number): boolean {
  const x = exact(a);
  const y = exact(b);
  const z = exact(c);
  const left = { m: x.m, e: x.e };
  const right = { m: y.m * z.m, e: y.e + z.e };
  const e = Math.min(left.e, right.e);
  return left.m << BigInt(left.e - e) < right.m << BigInt(right.e - e);
}
