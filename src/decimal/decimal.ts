/**
 * The library's exact arithmetic: its limits, division that remembers whether it was exact, and
 * plain notation. The decimal itself is {@link ExactDecimal}.
 *
 * @module
 */
import { ExactDecimal, WORKING_PRECISION } from './exact-decimal.js';

export { ExactDecimal, MAX_EXPONENT, powerOfTen, WORKING_PRECISION, type DecimalValue } from './exact-decimal.js';

/**
 * Significant digits at which an inexact quotient is cut (never rounded), its inexactness
 * remembered (see {@link divide}). Fewer than {@link WORKING_PRECISION}, so that adding to or
 * subtracting from a quotient keeps every digit.
 */
export const QUOTIENT_DIGITS = 80;

/** The most significant digits a figure may carry (see {@link WORKING_PRECISION}). */
export const MAX_SIGNIFICANT_DIGITS = 30;

/**
 * The most decimals a figure may carry. With {@link MAX_INTEGER_DIGITS}, it keeps every figure,
 * and every sum, difference and product of a few of them, exact within {@link WORKING_PRECISION}.
 */
export const MAX_FRACTION_DIGITS = 20;

/** The largest magnitude a figure may have: below 10^24 (a trillion trillion). */
export const MAX_INTEGER_DIGITS = 24;

/** The result of a division: a value, and whether it is the quotient itself or an approximation. */
export interface Quotient {
  /**
   * The quotient when {@link Quotient.exact} is true. Otherwise a stand-in that lies strictly
   * between the quotient cut at {@link QUOTIENT_DIGITS} digits and the next value at that
   * precision, so that rounding it to any practical number of decimals, in any mode, gives the
   * same result as rounding the true quotient.
   */
  readonly value: ExactDecimal;
  /** True when the quotient has a finite expansion that fits the working precision. */
  readonly exact: boolean;
}

/**
 * Divides exactly where it can, and otherwise keeps enough to round exactly.
 *
 * A quotient such as 1/3 has no finite decimal expansion; cutting it at 80 digits and rounding
 * the cut value half-even could differ from rounding the true value on a tie. The stand-in returned
 * for an inexact quotient is the cut value plus half a unit in its last place, which is never a tie
 * and never crosses a rounding boundary at fewer decimals.
 *
 * @param numerator - the dividend
 * @param denominator - the divisor, not zero
 * @returns the quotient and whether it is exact
 * @throws RangeError when the denominator is zero (callers apply the method's rule for b = 0 first)
 */
export function divide(numerator: ExactDecimal, denominator: ExactDecimal): Quotient {
  if (denominator.isZero()) throw new RangeError('division by zero');
  if (numerator.isZero()) return { value: numerator, exact: true };
  const [cut, magnitude] = ExactDecimal.quotient(numerator, denominator, QUOTIENT_DIGITS);
  // Exact when nothing was cut: a cut quotient times the divisor falls short of the dividend.
  if (cut.times(denominator).eq(numerator)) return { value: cut, exact: true };
  const halfUlp = new ExactDecimal(5n, magnitude - QUOTIENT_DIGITS);
  return { value: cut.plus(cut.isNegative() ? halfUlp.neg() : halfUlp), exact: false };
}

/**
 * Writes a decimal in plain notation, never in exponent form, with no trailing zeros.
 *
 * @param value - the decimal
 * @returns e.g. `"43.1"`, `"0"`, `"4050000000"`
 */
export function plain(value: ExactDecimal): string {
  // ExactDecimal has no negative zero: its plain notation is already the library's.
  return value.toFixed();
}
