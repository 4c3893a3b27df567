/**
 * The library's exact arithmetic: an isolated clone of decimal.js, so that neither the caller's
 * global `Decimal` configuration nor the library's can reach the other; division that remembers
 * whether it was exact; plain notation. Nothing here is public: results leave the library as
 * strings.
 *
 * @module
 */
import { Decimal } from 'decimal.js';

/**
 * Significant digits carried by every operation. A figure has at most 30 significant digits (see
 * `MAX_SIGNIFICANT_DIGITS`), so sums, differences and products of a few of them are exact, and the
 * one operation that can be inexact, a quotient, goes through {@link divide}, which remembers it.
 */
const WORKING_PRECISION = 100;

/**
 * Significant digits at which an inexact quotient is cut (never rounded), its inexactness
 * remembered. Fewer than the working precision, so that adding to or subtracting from a quotient
 * keeps every digit.
 */
export const QUOTIENT_DIGITS = 80;

/**
 * The constructor every computation of the library uses: precision 100, every result cut toward
 * zero. Frozen: every decimal it makes carries it as `constructor`, and nothing holding one may
 * change the library's configuration through it (`value.constructor.set({ precision: 3 })` throws).
 */
export const Exact = /* @__PURE__ */ Object.freeze(
  Decimal.clone({ precision: WORKING_PRECISION, rounding: Decimal.ROUND_DOWN, toExpNeg: -9e15, toExpPos: 9e15, modulo: Decimal.ROUND_DOWN }),
);

/** A decimal of the library's isolated clone. */
export type ExactDecimal = Decimal;

/** Quotients are first cut at {@link QUOTIENT_DIGITS} digits by a clone of that precision. */
const Divider = /* @__PURE__ */ Object.freeze(Decimal.clone({ precision: QUOTIENT_DIGITS, rounding: Decimal.ROUND_DOWN, toExpNeg: -9e15, toExpPos: 9e15 }));

/** 0, 1 and 100, made once. */
export const ZERO: ExactDecimal = /* @__PURE__ */ new Exact(0);
export const ONE: ExactDecimal = /* @__PURE__ */ new Exact(1);
export const HUNDRED: ExactDecimal = /* @__PURE__ */ new Exact(100);

/** The result of a division: a value, and whether it is the quotient itself or a stand-in. */
export interface Quotient {
  /**
   * The quotient when {@link Quotient.exact} is true. Otherwise a stand-in that lies strictly
   * between the quotient cut at {@link QUOTIENT_DIGITS} digits and the next value at that
   * precision, so that rounding it to any practical number of decimals, in any mode, gives what
   * rounding the true quotient gives.
   */
  readonly value: ExactDecimal;
  /** True when the quotient has a finite expansion that fits the working precision. */
  readonly exact: boolean;
}

/** An exact value, as a {@link Quotient}. */
export const known = (value: ExactDecimal): Quotient => ({ value, exact: true });

/**
 * Divides exactly where it can, and otherwise keeps enough to round exactly.
 *
 * A quotient such as 1/3 has no finite expansion; cutting it at 80 digits and rounding the cut
 * value half-even could differ from rounding the true value on a tie. The stand-in for an inexact
 * quotient is the cut value plus half a unit in its last place, which is never a tie and never
 * crosses a rounding boundary at fewer decimals. A zero divisor (callers apply the method's rule
 * for b = 0 first) throws a RangeError: decimal.js would give NaN or an infinity, never a figure.
 */
export function divide(numerator: ExactDecimal, denominator: ExactDecimal): Quotient {
  if (denominator.isZero()) throw new RangeError('division by zero');
  if (numerator.isZero()) return { value: ZERO, exact: true };
  const cut = new Divider(numerator).div(denominator);
  // Exact when nothing was cut: the product is then the dividend itself (at most 33 digits, never
  // rounded); a cut quotient times the divisor falls short of the dividend, and rounding the
  // product toward zero only takes it further away.
  if (cut.times(denominator).eq(numerator)) return { value: new Exact(cut), exact: true };
  const half = halfUlp(cut.e);
  return { value: cut.isNegative() ? new Exact(cut).minus(half) : half.plus(cut), exact: false };
}

/** Half a unit in the last place of an 80-digit quotient whose first digit is at 10^e, made once per e. */
function halfUlp(e: number): ExactDecimal {
  let half = HALF_ULPS.get(e);
  if (half === undefined) {
    half = new Exact(`5e${e - QUOTIENT_DIGITS}`);
    if (HALF_ULPS.size < 1024) HALF_ULPS.set(e, half);
  }
  return half;
}

const HALF_ULPS = new Map<number, ExactDecimal>();

/** A decimal in plain notation (`"43.1"`, `"4050000000"`): never in exponent form, no trailing zeros, no negative zero. */
export function plain(value: ExactDecimal): string {
  const text = value.toFixed();
  return text === '-0' ? '0' : text;
}

/** Reads a decimal the library wrote itself (a W, a U, a result): plain notation, trusted. */
export function exact(text: string): ExactDecimal {
  return new Exact(text);
}
