/**
 * The library's exact arithmetic is decimal.js (an isolated clone, precision 100, cut toward zero);
 * what the library adds is held here to an independent reference in `bigint` rationals: the
 * 80-digit stand-in for an inexact quotient, which rounds in every mode as the true quotient does,
 * ties included; the quotient kept unrounded, cut at 79 true digits; plain notation with no
 * exponent and no negative zero; and a configuration no caller can reach.
 */
import { Decimal } from 'decimal.js';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divide, exact, known, plain, QUOTIENT_DIGITS } from '../src/decimal/decimal.js';
import { round, ROUNDING_MODES, type RoundingMode } from '../src/decimal/rounding.js';

/** A rational n / d with d > 0, in bigints. */
interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

/** Reads a plain decimal string (`-12.5`) into a rational. */
function rational(text: string): Rational {
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const n = BigInt(`${whole}${fraction}`);
  return { n: negative ? -n : n, d: 10n ** BigInt(fraction.length) };
}

const quotientOf = (x: Rational, y: Rational): Rational => (y.n < 0n ? { n: -x.n * y.d, d: -y.n * x.d } : { n: x.n * y.d, d: y.n * x.d });
const abs = (value: bigint): bigint => (value < 0n ? -value : value);

/** Writes units / 10^scale in plain notation, trailing zeros dropped, zero never negative. */
function written(units: bigint, scale: number): string {
  if (units === 0n) return '0';
  const digits = abs(units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/u, '');
  return `${units < 0n ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`;
}

/** A rational rounded to a number of decimals, in a mode, by the definitions of the modes. */
function roundRational({ n, d }: Rational, decimals: number, mode: RoundingMode): string {
  const scaled = n * 10n ** BigInt(decimals);
  const negative = scaled < 0n;
  const magnitude = abs(scaled);
  const down = magnitude / d; // toward zero
  const remainder = magnitude % d;
  let units = down;
  if (remainder !== 0n) {
    const twice = remainder * 2n;
    const up = down + 1n;
    switch (mode) {
      case 'toward-zero':
        break;
      case 'away-from-zero':
        units = up;
        break;
      case 'floor':
        units = negative ? up : down;
        break;
      case 'ceiling':
        units = negative ? down : up;
        break;
      case 'half-up':
        units = twice >= d ? up : down;
        break;
      case 'half-down':
        units = twice > d ? up : down;
        break;
      case 'half-even':
        units = twice > d || (twice === d && down % 2n === 1n) ? up : down;
        break;
    }
  }
  return written(negative ? -units : units, decimals);
}

/** The position of the leading digit of |n / d| (10^e ≤ |q| < 10^(e+1)); q not zero. */
function leadingExponent({ n, d }: Rational): number {
  const magnitude = abs(n);
  let e = magnitude.toString().length - d.toString().length;
  // Adjust by one where the digit counts mislead.
  while (e >= 0 ? magnitude < d * 10n ** BigInt(e) : magnitude * 10n ** BigInt(-e) < d) e -= 1;
  while (e + 1 >= 0 ? magnitude >= d * 10n ** BigInt(e + 1) : magnitude * 10n ** BigInt(-(e + 1)) >= d) e += 1;
  return e;
}

/** |q| cut toward zero at `digits` significant digits: units / 10^scale, and whether nothing was cut. */
function cutAt(q: Rational, digits: number): { units: bigint; scale: number; exact: boolean } {
  const scale = digits - 1 - leadingExponent(q);
  const numerator = abs(q.n) * (scale >= 0 ? 10n ** BigInt(scale) : 1n);
  const denominator = q.d * (scale < 0 ? 10n ** BigInt(-scale) : 1n);
  return { units: numerator / denominator, scale, exact: numerator % denominator === 0n };
}

/**
 * What `divide` documents: the quotient when its expansion ends within 80 significant digits;
 * otherwise the quotient cut toward zero at 80 digits, plus half a unit of its last digit away from zero.
 */
function referenceDivide(x: string, y: string): { value: string; exact: boolean } {
  const q = quotientOf(rational(x), rational(y));
  if (q.n === 0n) return { value: '0', exact: true };
  const sign = q.n < 0n ? -1n : 1n;
  const cut = cutAt(q, QUOTIENT_DIGITS);
  if (cut.exact) return { value: written(sign * cut.units, Math.max(cut.scale, 0)) + (cut.scale < 0 ? '0'.repeat(-cut.scale) : ''), exact: true };
  return { value: written(sign * (cut.units * 10n + 5n), cut.scale + 1), exact: false };
}

/** A figure as the library admits one: up to 30 significant digits, 20 decimals, below 10^24. */
const magnitude: fc.Arbitrary<string> = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 30n - 1n }), fc.integer({ min: 0, max: 29 }), fc.integer({ min: -20, max: 23 }))
  .map(([units, cutDigits, exponent]) => {
    // Fewer digits often: the units cut to a random length, then placed so that the figure stays within its limits.
    const digits = units.toString().slice(0, cutDigits + 1).replace(/^0+(?=\d)/u, '');
    const scale = Math.min(20, Math.max(0, digits.length - 1 - exponent));
    const integerDigits = digits.length - scale;
    return integerDigits > 24 ? written(BigInt(digits.slice(0, 24)), 0) : written(BigInt(digits), scale);
  });
const signed: fc.Arbitrary<string> = fc.tuple(fc.boolean(), magnitude).map(([negative, value]) => (negative && value !== '0' ? `-${value}` : value));
/** A numerator as the scorer forms one: a figure, or a figure × 100. */
const numerator: fc.Arbitrary<string> = fc.oneof(signed, signed.map((value) => plain(exact(value).times(100))));
const divisor: fc.Arbitrary<string> = signed.filter((value) => value !== '0');

describe('divide: the exact quotient, or the 80-digit stand-in', () => {
  it('is exact exactly when the quotient ends within 80 digits, and is otherwise the cut value plus half a unit of its last digit', () => {
    fc.assert(
      fc.property(numerator, divisor, (x, y) => {
        const quotient = divide(exact(x), exact(y));
        expect({ value: plain(quotient.value), exact: quotient.exact }).toEqual(referenceDivide(x, y));
      }),
      { numRuns: 3000 },
    );
  });

  it('rounds, in every mode and to 0 to 20 decimals, as the true quotient rounds', () => {
    fc.assert(
      fc.property(numerator, divisor, fc.constantFrom(...ROUNDING_MODES), fc.integer({ min: 0, max: 20 }), (x, y, mode, decimals) => {
        const rounded = round(divide(exact(x), exact(y)), { mode, decimals });
        expect(plain(rounded.value)).toBe(roundRational(quotientOf(rational(x), rational(y)), decimals, mode));
      }),
      { numRuns: 3000 },
    );
  });

  it('kept unrounded, an inexact quotient is cut at 79 significant digits, every one of them true', () => {
    fc.assert(
      fc.property(numerator, divisor, (x, y) => {
        const quotient = divide(exact(x), exact(y));
        fc.pre(!quotient.exact);
        const q = quotientOf(rational(x), rational(y));
        const cut = cutAt(q, QUOTIENT_DIGITS - 1);
        expect(plain(round(quotient, null).value)).toBe(written((q.n < 0n ? -1n : 1n) * cut.units, cut.scale));
      }),
      { numRuns: 2000 },
    );
  });

  it('rounds a tie as each mode says, on both sides of zero', () => {
    // A value ending in 5 just past the kept decimals, known exactly.
    const tie = fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 20 })).map(([negative, units, decimals]) => ({
      value: written((negative ? -1n : 1n) * (units * 10n + 5n), decimals + 1),
      decimals,
    }));
    fc.assert(
      fc.property(tie, fc.constantFrom(...ROUNDING_MODES), ({ value, decimals }, mode) => {
        expect(plain(round(known(exact(value)), { mode, decimals }).value)).toBe(roundRational(rational(value), decimals, mode));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('plain notation', () => {
  it('never writes an exponent, trailing zeros or a negative zero', () => {
    expect(plain(exact('1e21'))).toBe(`1${'0'.repeat(21)}`);
    expect(plain(exact('1e-7'))).toBe('0.0000001');
    expect(plain(exact('43.100'))).toBe('43.1');
    expect(plain(exact('-0'))).toBe('0');
    // -0.04 cut toward zero at one decimal is decimal.js's -0: written 0.
    expect(plain(round(known(exact('-0.04')), { mode: 'toward-zero', decimals: 1 }).value)).toBe('0');
    expect(plain(round(known(exact('-0.04')), { mode: 'ceiling', decimals: 0 }).value)).toBe('0');
  });

  it('holds for every rounded quotient', () => {
    fc.assert(
      fc.property(numerator, divisor, fc.constantFrom(...ROUNDING_MODES), fc.integer({ min: 0, max: 20 }), (x, y, mode, decimals) => {
        const text = plain(round(divide(exact(x), exact(y)), { mode, decimals }).value);
        expect(text).toMatch(/^-?\d+(?:\.\d*[1-9])?$/u);
        expect(text).not.toBe('-0');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the library\'s decimal.js is its own', () => {
  it('keeps its precision and rounding whatever a caller sets on decimal.js', () => {
    const saved = { precision: Decimal.precision, rounding: Decimal.rounding, toExpNeg: Decimal.toExpNeg, toExpPos: Decimal.toExpPos };
    Decimal.set({ precision: 3, rounding: Decimal.ROUND_UP, toExpNeg: -1, toExpPos: 1 });
    try {
      // 2/3: 80 sixes and the stand-in's 5, whatever decimal.js's global configuration says.
      expect(plain(divide(exact('2'), exact('3')).value)).toBe(`0.${'6'.repeat(80)}5`);
      expect(plain(exact('123456').times(exact('1000000')))).toBe('123456000000');
    } finally {
      Decimal.set(saved);
    }
  });

  it('cannot be reconfigured through a value it made', () => {
    const value = exact('1');
    expect(() => (value.constructor as typeof Decimal).set({ precision: 3 })).toThrow(TypeError);
    expect(plain(divide(exact('1'), exact('7')).value)).toBe(`0.${'142857'.repeat(13)}145`);
  });
});
