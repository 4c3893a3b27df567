/**
 * An independent exact oracle for the fuzz suite: the published method recomputed in BigInt
 * fractions, with no decimal library, so that a fault in the library's decimal arithmetic cannot
 * hide itself in the expected value.
 *
 * The method (docs/scoring.md, the Q1 2024 report): Z = a / b · 100 cut toward zero to one
 * decimal, or to as many decimals as the target N has when it has more (a share is kept at least
 * as precise as the target it is compared with: issue 8); W = U when Z reaches the target N (at or below it, for a decreasing ratio), otherwise
 * W = Z / N · U (decreasing ratio above N: N / Z · U, or the printed Z / N · U on request), cut
 * toward zero to one decimal; W = 0 with no data, no target (N = 0 or none) or no weight; b = 0
 * makes Z = 0. A count compares a itself with N.
 *
 * @module
 */

/** A non-negative fraction n / d, d > 0. */
export interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}

/**
 * Reads a plain decimal string (`"12.5"`, `"0"`) as a fraction.
 *
 * @param text - digits, an optional point and digits
 * @returns the exact fraction
 */
export function fraction(text: string): Fraction {
  const match = /^(\d+)(?:\.(\d+))?$/u.exec(text);
  if (match === null) throw new Error(`oracle: not a plain decimal: ${text}`);
  const decimals = match[2] ?? '';
  return { n: BigInt(`${match[1]}${decimals}`), d: 10n ** BigInt(decimals.length) };
}

const times = (x: Fraction, y: Fraction): Fraction => ({ n: x.n * y.n, d: x.d * y.d });
const over = (x: Fraction, y: Fraction): Fraction => ({ n: x.n * y.d, d: x.d * y.n });
const compare = (x: Fraction, y: Fraction): number => {
  const left = x.n * y.d;
  const right = y.n * x.d;
  return left < right ? -1 : left > right ? 1 : 0;
};
const HUNDRED: Fraction = { n: 100n, d: 1n };

/** A fraction cut toward zero to one decimal: a whole number of tenths. */
const tenths = (x: Fraction): bigint => (x.n * 10n) / x.d;

/** A fraction cut toward zero to k decimals: a whole number of 10^-k. */
const units = (x: Fraction, k: number): bigint => (x.n * 10n ** BigInt(k)) / x.d;

/** Writes a whole number of 10^-k as the library writes a decimal: no trailing zeros. */
function writeUnits(value: bigint, k: number): string {
  const scale = 10n ** BigInt(k);
  const whole = value / scale;
  const rest = (value % scale).toString().padStart(k, '0').replace(/0+$/u, '');
  return rest === '' ? `${whole}` : `${whole}.${rest}`;
}

/**
 * Writes a whole number of tenths as the library writes a decimal: no trailing zeros.
 *
 * @param t - tenths
 * @returns `"11.4"`, `"10"`, `"0"`
 */
export function writeTenths(t: bigint): string {
  const whole = t / 10n;
  const rest = t % 10n;
  return rest === 0n ? `${whole}` : `${whole}.${rest}`;
}

/** What the oracle expects for one indicator. */
export interface Expected {
  /** Z written as the library writes it, or null when none is computed. */
  readonly share: string | null;
  /** W written as the library writes it. */
  readonly awarded: string;
}

/**
 * The published method for a ratio, a decreasing ratio or a count.
 *
 * @param kind - `ratio`, `decreasing-ratio` or `count`
 * @param weight - U as a plain decimal, or null
 * @param target - N as a plain decimal, or null
 * @param a - the numerator (or the count) as a plain decimal, or null for no data
 * @param b - the denominator as a plain decimal, or null for no data (unused for a count)
 * @param decreasingRule - `inverse-proportional` (default) or `printed`
 * @returns Z and W
 */
export function expectedScore(
  kind: 'ratio' | 'decreasing-ratio' | 'count',
  weight: string | null,
  target: string | null,
  a: string | null,
  b: string | null,
  decreasingRule: 'inverse-proportional' | 'printed' = 'inverse-proportional',
): Expected {
  const u = weight === null ? null : fraction(weight);
  const n = target === null ? null : fraction(target);
  // The share is computed whenever both figures are there, whatever the weight and target.
  let z: Fraction | null = null;
  let share: string | null = null;
  if (kind !== 'count' && a !== null && b !== null) {
    const bb = fraction(b);
    const k = Math.max(1, target === null ? 0 : (target.split('.')[1] ?? '').length);
    const cut = bb.n === 0n ? 0n : units(over(times(fraction(a), HUNDRED), bb), k);
    z = { n: cut, d: 10n ** BigInt(k) };
    share = writeUnits(cut, k);
  }
  if (u === null || u.n === 0n || n === null || n.n === 0n) return { share, awarded: '0' };
  const capU = tenths(u);
  if (kind === 'count') {
    if (a === null) return { share, awarded: '0' };
    const count = fraction(a);
    return { share, awarded: writeTenths(compare(count, n) >= 0 ? capU : tenths(times(over(count, n), u))) };
  }
  if (z === null) return { share, awarded: '0' };
  if (kind === 'ratio') {
    return { share, awarded: writeTenths(compare(z, n) >= 0 ? capU : tenths(times(over(z, n), u))) };
  }
  if (compare(z, n) <= 0) return { share, awarded: writeTenths(capU) };
  return { share, awarded: writeTenths(tenths(decreasingRule === 'printed' ? times(over(z, n), u) : times(over(n, z), u))) };
}
