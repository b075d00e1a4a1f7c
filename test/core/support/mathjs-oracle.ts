/**
 * λmax from mathjs's general eigenvalue routine (`eigs`, QR on the Hessenberg form), an oracle
 * independent of our power iteration. mathjs caps its QR at a fixed iteration count and throws
 * "The eigenvalues failed to converge" on a share of random non-symmetric matrices (≈10–35 % for
 * n = 7..9; josdejong/mathjs#3036 is the same limitation); then this returns undefined.
 */
import { eigs } from "mathjs";

export function mathjsLambdaMax(a: number[][]): number | undefined {
  let values: unknown;
  try {
    values = eigs(a, { eigenvectors: false }).values;
  } catch {
    return undefined;
  }
  const list = (Array.isArray(values) ? values : (values as { toArray(): unknown[] }).toArray()) as (number | { re: number; im: number })[];
  // The Perron root of a positive matrix is real and has the largest modulus of all eigenvalues.
  let best = -Infinity;
  let bestModulus = -Infinity;
  for (const v of list) {
    const re = typeof v === "number" ? v : v.re;
    const im = typeof v === "number" ? 0 : v.im;
    const modulus = Math.hypot(re, im);
    if (modulus > bestModulus) bestModulus = modulus;
    if (Math.abs(im) <= 1e-9 && re > best) best = re;
  }
  if (Math.abs(best - bestModulus) > 1e-9 * bestModulus) throw new Error(`mathjs: largest real eigenvalue ${best} is not the spectral radius ${bestModulus}`);
  return best;
}
