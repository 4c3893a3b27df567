/**
 * Scaled integers: a figure as `units / 10^scale`, read straight from its text, for the scorer's
 * fast path. Units of up to 15 digits fit a double exactly; a figure with more is left to the
 * exact decimal path.
 *
 * @module
 */
import { ExactDecimal } from './exact-decimal.js';

/** 10^0 … 10^15, every one exact in a double. */
const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** The most digits a figure written as text may have on the fast path: 15, so that its units are exact in a double. */
export const FAST_MAX_DIGITS = 15;

/** A figure read as a scaled integer: units (a double below 10^15) and decimals. */
export interface ScaledRead {
  units: number;
  scale: number;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isGroupSpace = (code: number): boolean => code === 32 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x2007;

/**
 * The longest text the fast path reads: a figure of 15 digits with its groups and a few spaces
 * around it fits; a longer text goes to the exact parser, whose own limit (256 characters) refuses
 * what is too long (the fast path must never score what the parser refuses).
 */
export const FAST_MAX_LENGTH = 64;

/**
 * Reads a figure into a scaled integer when it is in the fast path's domain, the rule being: a
 * safe integer of zero or more (up to 2^53 − 1, so 16 digits), or a string of at most
 * {@link FAST_MAX_LENGTH} characters with at most {@link FAST_MAX_DIGITS} digits in all, some of
 * them after a decimal point or comma, its integer digits either ungrouped or grouped by three
 * after a first group of one to three (grouped by a space, a no-break space, a narrow no-break
 * space, a thin space or a figure space), with such spaces around it allowed. Anything else (a
 * dash, an empty cell, a sign, a scale word, irregular groups, more digits) is left to the exact
 * parser, which reads it or says why not.
 *
 * @param figure - the figure as given
 * @param into - where to write the units and scale
 * @returns `true` when read; `false` to hand the figure to the exact parser
 */
export function readScaled(figure: unknown, into: ScaledRead): boolean {
  if (typeof figure === 'number') {
    if (!Number.isSafeInteger(figure) || figure < 0) return false;
    into.units = figure === 0 ? 0 : figure;
    into.scale = 0;
    return true;
  }
  if (typeof figure !== 'string' || figure.length > FAST_MAX_LENGTH) return false;
  let start = 0;
  let end = figure.length;
  while (start < end && isGroupSpace(figure.charCodeAt(start))) start += 1;
  while (end > start && isGroupSpace(figure.charCodeAt(end - 1))) end -= 1;
  if (start === end) return false;
  let digits = 0;
  let group = 0;
  let groups = 0;
  let grouped = false;
  let point = -1;
  let units = 0;
  for (let i = start; i < end; i += 1) {
    const code = figure.charCodeAt(i);
    if (isDigit(code)) {
      digits += 1;
      group += 1;
      if (digits > FAST_MAX_DIGITS) return false;
      units = units * 10 + (code - 48);
    } else if (point === -1 && isGroupSpace(code)) {
      // A group ends: the first of one to three digits, the others of exactly three.
      if (group === 0 || group > 3 || (groups > 0 && group !== 3)) return false;
      groups += 1;
      grouped = true;
      group = 0;
    } else if (point === -1 && (code === 46 || code === 44) && group > 0) {
      if (grouped && group !== 3) return false;
      point = digits;
      group = 0;
    } else {
      return false;
    }
  }
  if (group === 0 || (grouped && point === -1 && group !== 3)) return false;
  into.scale = point === -1 ? 0 : digits - point;
  into.units = units;
  return true;
}

/**
 * Sums plain decimals (W and U as the scorer writes them) in scaled integers held in doubles, when
 * each is in the fast path's domain and every partial sum stays below 2^53, so that every addition
 * is exact.
 *
 * @param values - plain decimals of zero or more, such as `"11.4"`
 * @param into - where to write the sum's units and scale as well, when it is made in doubles
 * @returns the exact sum, or `undefined` to sum in exact decimals
 */
export function sumScaled(values: readonly string[], into: ScaledRead = { units: 0, scale: 0 }): ExactDecimal | undefined {
  let scale = 0;
  for (const value of values) {
    if (!readScaled(value, term)) return undefined;
    if (term.scale > scale) scale = term.scale;
  }
  let total = 0;
  for (const value of values) {
    readScaled(value, term);
    total += term.units * POWERS[scale - term.scale]!;
    // Each term and partial sum below 2^53: every step exact.
    if (total > Number.MAX_SAFE_INTEGER) return undefined;
  }
  into.units = total;
  into.scale = scale;
  return new ExactDecimal(BigInt(total), -scale);
}

/**
 * x / y × 100 cut at a stage's decimals, in scaled integers held in doubles, when the rounding
 * cuts (`toward-zero` or `floor`, the same on values of zero or more) and every step is exact: the
 * value the decimal path rounds its quotient to.
 *
 * @param x - the part, zero or more
 * @param y - the whole, above zero
 * @param mode - the stage's rounding mode
 * @param decimals - the stage's decimals
 * @returns the share as a plain decimal, or `undefined` for the decimal path
 */
export function cutShareScaled(x: ScaledRead, y: ScaledRead, mode: string, decimals: number): string | undefined {
  if ((mode !== 'toward-zero' && mode !== 'floor') || y.units === 0) return undefined;
  resetExactness();
  // ⌊x · 100 · 10^d / y⌋ = ⌊X · 10^(ys + 2 + d) / (Y · 10^xs)⌋
  const share = floorDivide(x.units, y.scale + 2 + decimals, y.units, x.scale);
  return lostExactness() ? undefined : formatScaled(share, decimals);
}

const term: ScaledRead = { units: 0, scale: 0 };

/** Set when a double operation would not be exact: the caller hands the row to the decimal path. */
let inexact = false;

/** Clears the flag before a row. */
export function resetExactness(): void {
  inexact = false;
}

/** @returns whether a double operation since the last reset would have lost digits */
export function lostExactness(): boolean {
  return inexact;
}

/**
 * x · 10^e in doubles, flagging a result that is not exact.
 *
 * @param x - a non-negative integer below 2^53
 * @param e - a non-negative exponent
 * @returns the product
 */
export function shift(x: number, e: number): number {
  if (e > 15) {
    inexact = true;
    return 0;
  }
  const product = x * POWERS[e]!;
  if (product > Number.MAX_SAFE_INTEGER) inexact = true;
  return product;
}

/**
 * x · y in doubles, flagging a result that is not exact. A double product of integers below 2^53
 * is exact when the true product is at most 2^53 − 1, and at least 2^53 otherwise, so the test is
 * sound.
 *
 * @param x - a non-negative integer below 2^53
 * @param y - a non-negative integer below 2^53
 * @returns the product
 */
export function times(x: number, y: number): number {
  const product = x * y;
  if (product > Number.MAX_SAFE_INTEGER) inexact = true;
  return product;
}

/**
 * ⌊(x · 10^ex) / (y · 10^ey)⌋ in doubles. With a numerator below 2^53, the double quotient's
 * rounding error (at most q · 2^-53) is smaller than the distance 1 / y from a non-integer
 * quotient to the next integer, so the floor is exact.
 *
 * @param x - the numerator's units
 * @param ex - its power of ten
 * @param y - the denominator's units, above zero
 * @param ey - its power of ten
 * @returns the floor of the quotient
 */
export function floorDivide(x: number, ex: number, y: number, ey: number): number {
  return ex >= ey ? Math.floor(shift(x, ex - ey) / y) : Math.floor(x / shift(y, ey - ex));
}

/**
 * Compares x · 10^ex with y · 10^ey in doubles.
 *
 * @returns negative, zero or positive
 */
export function compareScaled(x: number, ex: number, y: number, ey: number): number {
  return ex >= ey ? shift(x, ex - ey) - y : x - shift(y, ey - ex);
}

/**
 * Writes units / 10^scale as the scorer writes a decimal: plain, no trailing zeros.
 *
 * @param units - non-negative units
 * @param scale - decimals
 * @returns e.g. `"43.1"`, `"20"`, `"0"`
 */
export function formatScaled(units: number, scale: number): string {
  let text = String(units);
  if (scale === 0) return text;
  if (text.length <= scale) text = '0'.repeat(scale - text.length + 1) + text;
  let end = text.length;
  const point = text.length - scale;
  while (end > point && text.charCodeAt(end - 1) === 48) end -= 1;
  return end === point ? text.slice(0, point) : `${text.slice(0, point)}.${text.slice(point, end)}`;
}
