/**
 * The library's exact decimal: an integer (a `bigint`) times a power of ten. Small enough to leave
 * the scorer a few kilobytes, fast enough for the rows the scaled-integer fast path does not take.
 *
 * Every sum, difference, product and quotient is cut toward zero at {@link WORKING_PRECISION}
 * significant digits, as the library's former decimal.js configuration did (precision 100,
 * `ROUND_DOWN`): a figure has at most 30 significant digits, so sums and products of a few of them
 * are exact, and the one operation that can be inexact, a quotient, is handled by `divide`, which
 * remembers it. The results are those of decimal.js under that configuration, digit for digit: the
 * property tests hold the two side by side on every operation the library uses.
 *
 * @module
 */
import type { RoundingMode } from './rounding.js';

/** Significant digits carried by every operation (see the module's description). */
export const WORKING_PRECISION = 100;

/** What an operation takes: an exact decimal, a plain decimal string, or a finite number. */
export type DecimalValue = ExactDecimal | string | number;

const TEN = 10n;
/** 10^0 … 10^256, the powers the library's own values need (their exponents stay within a few hundred). */
const POWERS: readonly bigint[] = Array.from({ length: 257 }, (_, n) => TEN ** BigInt(n));
/**
 * 10^n as a bigint: from the table, or computed (not kept) beyond it.
 *
 * @param n - a non-negative exponent
 * @returns 10^n
 */
function tenTo(n: number): bigint {
  return n < POWERS.length ? POWERS[n]! : TEN ** BigInt(n);
}

/**
 * The largest exponent a value read from text or a number may write (`1e1000`): 10^±1000 is far
 * beyond any figure (10^24 at most) and any quotient the library makes, and a bound keeps a
 * hostile `'1e-99999999'` from costing time and memory (the digits are bounded by the text).
 */
export const MAX_EXPONENT = 1000;
const LIMIT = tenTo(WORKING_PRECISION);

/** The number of decimal digits of a non-negative bigint (1 for zero). */
function digitsOf(units: bigint): number {
  if (units < 10n) return 1;
  if (units > SAFE) return units.toString().length;
  // Below 2^53: counted on the double, which holds it exactly.
  const value = Number(units);
  let digits = 1;
  while (digits < 16 && value >= NUMBER_POWERS[digits]!) digits += 1;
  return digits;
}
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const NUMBER_POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

const abs = (units: bigint): bigint => (units < 0n ? -units : units);

/** A plain decimal, or a decimal with an exponent: `-12.5`, `.5`, `1e-7`. */
const DECIMAL_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d{1,9}))?$/iu;

/**
 * The units and exponent of a plain decimal (`-12.50`: digits, one point inside them, a leading
 * minus), read without a regular expression: the library's own strings are all of this form.
 *
 * @param text - the text
 * @returns the units and the exponent, or `undefined` for the full reader
 * @internal
 */
export function plainUnits(text: string): [bigint, number] | undefined {
  const length = text.length;
  const start = text.charCodeAt(0) === 45 ? 1 : 0;
  if (length === start || length > 40) return undefined;
  let point = -1;
  for (let index = start; index < length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 46 && point === -1 && index > start && index < length - 1) point = index;
    else if (code < 48 || code > 57) return undefined;
  }
  const units = BigInt(point === -1 ? text : text.slice(0, point) + text.slice(point + 1));
  return [units, point === -1 ? 0 : point - length + 1];
}

/** Raised for a value that is not a finite decimal; callers check their inputs before. */
export const NOT_A_DECIMAL = 'not a finite decimal';

/**
 * An exact decimal: `units × 10^exponent`. Immutable; every operation returns a new value.
 *
 * @example
 * ```ts
 * new ExactDecimal('17532').times(100).toFixed(); // '1753200'
 * ```
 */
export class ExactDecimal {
  /** The integer of the value: `value = units × 10^exponent`. */
  readonly #units: bigint;
  /** The power of ten the units are counted in. */
  readonly #exponent: number;

  /**
   * @param value - an exact decimal, a decimal string (`'43.1'`, `'-0.5'`, `'1e-7'`) or a finite number
   * @throws TypeError for anything else; RangeError for an exponent beyond ±{@link MAX_EXPONENT}
   */
  constructor(value: DecimalValue);
  /** @internal the units and the exponent, as the operations make them */
  constructor(value: bigint, exponent: number);
  constructor(value: DecimalValue | bigint, exponent?: number) {
    if (typeof value === 'bigint') {
      this.#units = value;
      this.#exponent = value === 0n ? 0 : exponent!;
      return;
    }
    if (value instanceof ExactDecimal) {
      this.#units = value.#units;
      this.#exponent = value.#exponent;
      return;
    }
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new TypeError(`${NOT_A_DECIMAL}: ${String(value)}`);
      if (Number.isSafeInteger(value)) {
        this.#units = BigInt(value);
        this.#exponent = 0;
        return;
      }
      value = String(value);
    }
    const quick = typeof value === 'string' ? plainUnits(value) : undefined;
    if (quick !== undefined) {
      this.#units = quick[0];
      this.#exponent = quick[0] === 0n ? 0 : quick[1];
      return;
    }
    const match = typeof value === 'string' ? DECIMAL_TEXT.exec(value) : null;
    const [, sign = '', integer = '', fraction = '', power = '0'] = match ?? [];
    if (match === null || (integer === '' && fraction === '')) throw new TypeError(`${NOT_A_DECIMAL}: ${String(value)}`);
    const units = BigInt(integer + fraction);
    const scale = Number(power) - fraction.length;
    if (Math.abs(Number(power)) > MAX_EXPONENT) {
      throw new RangeError(`${NOT_A_DECIMAL} within 10^±${MAX_EXPONENT}: ${String(value).slice(0, 40)}`);
    }
    this.#units = sign === '-' ? -units : units;
    this.#exponent = units === 0n ? 0 : scale;
  }

  /** The digits of |units| with no trailing zeros, and the power of ten of the last one. */
  #normal(): [string, number] {
    if (this.#units === 0n) return ['0', 0];
    const digits = abs(this.#units).toString();
    let end = digits.length;
    while (digits.charCodeAt(end - 1) === 48) end -= 1;
    return [end === digits.length ? digits : digits.slice(0, end), this.#exponent + digits.length - end];
  }

  /** The power of ten of the first significant digit (decimal.js's `e`); 0 for zero. */
  get magnitude(): number {
    return this.#units === 0n ? 0 : digitsOf(abs(this.#units)) - 1 + this.#exponent;
  }

  /** x + y, cut at the working precision. */
  plus(other: DecimalValue): ExactDecimal {
    const y = decimal(other);
    // As decimal.js does, x + 0 is x cut at the working precision.
    if (y.#units === 0n) return cut(this.#units, this.#exponent);
    if (this.#units === 0n) return cut(y.#units, y.#exponent);
    const exponent = Math.min(this.#exponent, y.#exponent);
    return cut(this.#units * tenTo(this.#exponent - exponent) + y.#units * tenTo(y.#exponent - exponent), exponent);
  }

  /** x − y, cut at the working precision. */
  minus(other: DecimalValue): ExactDecimal {
    return this.plus(decimal(other).neg());
  }

  /** x × y, cut at the working precision. */
  times(other: DecimalValue): ExactDecimal {
    const y = decimal(other);
    return cut(this.#units * y.#units, this.#exponent + y.#exponent);
  }

  /**
   * x / y, cut toward zero at `digits` significant digits.
   *
   * @param other - the divisor, not zero
   * @param digits - significant digits kept (default: the working precision)
   * @returns the quotient, cut
   * @throws RangeError for a zero divisor
   */
  div(other: DecimalValue, digits = WORKING_PRECISION): ExactDecimal {
    const y = decimal(other);
    if (y.#units === 0n) throw new RangeError('division by zero');
    if (this.#units === 0n) return this;
    return quotient(this.#units, this.#exponent, y.#units, y.#exponent, digits)[0];
  }

  /**
   * x / y cut toward zero at `digits` significant digits, with the power of ten of its first
   * digit (its {@link ExactDecimal.magnitude}), known from the division without counting.
   *
   * @internal
   */
  static quotient(x: ExactDecimal, y: ExactDecimal, digits: number): [ExactDecimal, number] {
    return quotient(x.#units, x.#exponent, y.#units, y.#exponent, digits);
  }

  /** −x. */
  neg(): ExactDecimal {
    return this.#units === 0n ? this : new ExactDecimal(-this.#units, this.#exponent);
  }

  /** |x|. */
  abs(): ExactDecimal {
    return this.#units < 0n ? this.neg() : this;
  }

  /** −1, 0 or 1 as x is below, equal to or above y. */
  comparedTo(other: DecimalValue): -1 | 0 | 1 {
    const y = decimal(other);
    if (this.#units === 0n || y.#units === 0n || (this.#units < 0n) !== (y.#units < 0n)) {
      return this.#units === y.#units ? 0 : (this.#units > 0n && y.#units <= 0n) || (this.#units === 0n && y.#units < 0n) ? 1 : -1;
    }
    const exponent = Math.min(this.#exponent, y.#exponent);
    const x = this.#units * tenTo(this.#exponent - exponent);
    const z = y.#units * tenTo(y.#exponent - exponent);
    return x === z ? 0 : x > z ? 1 : -1;
  }

  eq(other: DecimalValue): boolean {
    return this.comparedTo(other) === 0;
  }
  gt(other: DecimalValue): boolean {
    return this.comparedTo(other) > 0;
  }
  gte(other: DecimalValue): boolean {
    return this.comparedTo(other) >= 0;
  }
  lt(other: DecimalValue): boolean {
    return this.comparedTo(other) < 0;
  }
  lte(other: DecimalValue): boolean {
    return this.comparedTo(other) <= 0;
  }

  isZero(): boolean {
    return this.#units === 0n;
  }
  /** True below zero (zero has no sign here). */
  isNegative(): boolean {
    return this.#units < 0n;
  }
  isInteger(): boolean {
    return this.#exponent >= 0 || this.#units % tenTo(-this.#exponent) === 0n;
  }

  /** Significant digits, trailing zeros of an integer not counted (decimal.js's `sd()`); 1 for zero. */
  sd(): number {
    return this.#normal()[0].length;
  }

  /** Digits after the point, trailing zeros not counted. */
  decimalPlaces(): number {
    return Math.max(0, -this.#normal()[1]);
  }

  /**
   * The value rounded to `decimals` places in a mode.
   *
   * @param decimals - places kept, 0 or more
   * @param mode - how to round (see `ROUNDING_MODES`)
   * @returns the rounded value
   */
  toDecimalPlaces(decimals: number, mode: RoundingMode): ExactDecimal {
    const drop = -this.#exponent - decimals;
    return drop <= 0 ? this : new ExactDecimal(roundUnits(this.#units, drop, mode), -decimals);
  }

  /**
   * The value rounded to `digits` significant digits in a mode.
   *
   * @param digits - significant digits kept, 1 or more
   * @param mode - how to round
   * @returns the rounded value
   */
  toSignificantDigits(digits: number, mode: RoundingMode): ExactDecimal {
    return this.#units === 0n ? this : this.toDecimalPlaces(digits - 1 - this.magnitude, mode);
  }

  /** ⌊x⌋. */
  floor(): ExactDecimal {
    return this.toDecimalPlaces(0, 'floor');
  }

  /** ⌈x⌉. */
  ceil(): ExactDecimal {
    return this.toDecimalPlaces(0, 'ceiling');
  }

  /** The value as a JS number (rounded to the nearest double). */
  toNumber(): number {
    return Number(this.toFixed());
  }

  /**
   * The value in plain notation, never in exponent form, with no trailing zeros.
   *
   * @returns e.g. `'43.1'`, `'-0.05'`, `'4050000000'`
   */
  toFixed(): string {
    const [text, exponent] = this.#normal();
    const sign = this.#units < 0n ? '-' : '';
    if (exponent >= 0) return this.#units === 0n ? '0' : sign + text + '0'.repeat(exponent);
    const point = text.length + exponent;
    return point > 0 ? `${sign}${text.slice(0, point)}.${text.slice(point)}` : `${sign}0.${'0'.repeat(-point)}${text}`;
  }

  toString(): string {
    return this.toFixed();
  }

  toJSON(): string {
    return this.toFixed();
  }
}

/**
 * (xu · 10^xe) / (yu · 10^ye), both nonzero, cut toward zero at `digits` significant digits, with
 * its magnitude.
 */
function quotient(xu: bigint, xe: number, yu: bigint, ye: number, digits: number): [ExactDecimal, number] {
  const dx = digitsOf(abs(xu));
  const dy = digitsOf(abs(yu));
  // Enough digits in the integer quotient for `digits` significant ones, then cut to them. With
  // the dividend scaled to dx + shift digits, the integer quotient has dx + shift − dy digits, or
  // one more: a comparison tells which, with no counting.
  const shift = Math.max(0, digits + 1 + dy - dx);
  const units = (xu * tenTo(shift)) / yu;
  const lower = dx + shift - dy;
  const count = abs(units) >= tenTo(lower) ? lower + 1 : lower;
  const drop = count - digits;
  const exponent = xe - ye - shift;
  const value = drop > 0 ? new ExactDecimal(units / tenTo(drop), exponent + drop) : new ExactDecimal(units, exponent);
  return [value, count - 1 + exponent];
}

/** The value as an exact decimal. */
function decimal(value: DecimalValue): ExactDecimal {
  return value instanceof ExactDecimal ? value : new ExactDecimal(value);
}

/**
 * `units × 10^exponent` cut toward zero at the working precision (as decimal.js cut every result).
 *
 * @internal
 */
function cut(units: bigint, exponent: number): ExactDecimal {
  const size = abs(units);
  if (size < LIMIT) return new ExactDecimal(units, exponent);
  const drop = digitsOf(size) - WORKING_PRECISION;
  return new ExactDecimal(units / tenTo(drop), exponent + drop);
}

/**
 * Rounds `units / 10^drop` to an integer in a mode.
 *
 * @param units - the units
 * @param drop - how many of their last digits go, 1 or more
 * @param mode - how to round
 * @returns the rounded units
 */
function roundUnits(units: bigint, drop: number, mode: RoundingMode): bigint {
  const divisor = tenTo(drop);
  const quotient = units / divisor; // toward zero
  const remainder = units % divisor;
  if (remainder === 0n) return quotient;
  const away = units < 0n ? quotient - 1n : quotient + 1n;
  switch (mode) {
    case 'toward-zero':
      return quotient;
    case 'away-from-zero':
      return away;
    case 'floor':
      return units < 0n ? away : quotient;
    case 'ceiling':
      return units < 0n ? quotient : away;
    default: {
      const twice = abs(remainder) * 2n;
      if (twice !== divisor) return twice > divisor ? away : quotient;
      if (mode === 'half-up') return away;
      if (mode === 'half-down') return quotient;
      return quotient % 2n === 0n ? quotient : away;
    }
  }
}

/**
 * 10^n as an exact decimal.
 *
 * @param n - any integer exponent
 * @returns 10^n
 */
export function powerOfTen(n: number): ExactDecimal {
  return new ExactDecimal(1n, n);
}
