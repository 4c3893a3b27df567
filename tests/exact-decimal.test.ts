// ExactDecimal against decimal.js, the library's former arithmetic, configured as the library
// configured it (precision 100, cut toward zero, plain notation): every operation the library uses
// must give the same digits. decimal.js is a development dependency kept for this reference only.
import { Decimal } from 'decimal.js';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divide, ExactDecimal, plain, QUOTIENT_DIGITS, WORKING_PRECISION } from '../src/decimal/decimal.js';
import { ROUNDING_MODES, type RoundingMode } from '../src/decimal/rounding.js';

const Reference = Decimal.clone({ precision: WORKING_PRECISION, rounding: Decimal.ROUND_DOWN, toExpNeg: -1000, toExpPos: 1000 });
const ReferenceDivider = Decimal.clone({ precision: QUOTIENT_DIGITS, rounding: Decimal.ROUND_DOWN, toExpNeg: -1000, toExpPos: 1000 });
const MODES: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  'toward-zero': Decimal.ROUND_DOWN,
  'away-from-zero': Decimal.ROUND_UP,
  floor: Decimal.ROUND_FLOOR,
  ceiling: Decimal.ROUND_CEIL,
  'half-up': Decimal.ROUND_HALF_UP,
  'half-down': Decimal.ROUND_HALF_DOWN,
  'half-even': Decimal.ROUND_HALF_EVEN,
};

/** The library's former `divide`, verbatim in decimal.js. */
function referenceDivide(numerator: Decimal, denominator: Decimal): { value: string; exact: boolean } {
  const cut = new Reference(new ReferenceDivider(numerator).div(denominator));
  if (cut.times(denominator).eq(numerator)) return { value: text(cut), exact: true };
  const halfUlp = new Reference(10).pow(cut.e - QUOTIENT_DIGITS + 1).div(2);
  return { value: text(cut.plus(cut.isNegative() ? halfUlp.neg() : halfUlp)), exact: false };
}

/** decimal.js in plain notation, its negative zero written as zero (as `plain` did). */
const text = (value: Decimal): string => {
  const written = value.toFixed();
  return written === '-0' ? '0' : written;
};

/** A figure as the library admits one: up to 30 significant digits, 20 decimals, below 10^24. */
const figure: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 30n - 1n }), fc.integer({ min: -20, max: 10 }), fc.integer({ min: 0, max: 29 }))
  .map(([negative, units, exponent, cutDigits]) => {
    // Fewer digits often: cut the units to a random length.
    const digits = units.toString().slice(0, cutDigits + 1);
    const value = new Reference(`${negative ? '-' : ''}${digits}e${exponent}`);
    return text(value.abs().gte('1e24') ? value.div('1e10') : value);
  });
/** A value of 90 to 180 digits: beyond the working precision, so that every operation must cut it. */
const long: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 10n ** 89n, max: 10n ** 180n }), fc.integer({ min: -120, max: 20 }))
  .map(([negative, units, exponent]) => text(new Reference(`${negative ? '-' : ''}${units}e${exponent}`)));
/** A figure, or a long value such as the library's quotients and their products, or longer. */
const operand: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: figure },
  { weight: 1, arbitrary: long },
  { weight: 1, arbitrary: fc.constant('0') },
  { weight: 1, arbitrary: fc.tuple(figure, figure).filter(([, y]) => !new Reference(y).isZero()).map(([x, y]) => referenceDivide(new Reference(x), new Reference(y)).value) },
  { weight: 1, arbitrary: fc.tuple(figure, figure, figure).filter(([, y]) => !new Reference(y).isZero()).map(([x, y, z]) => text(new Reference(referenceDivide(new Reference(x), new Reference(y)).value).times(z))) },
);

const ours = (value: string): ExactDecimal => new ExactDecimal(value);
const theirs = (value: string): Decimal => new Reference(value);

describe('ExactDecimal gives the digits of decimal.js (precision 100, toward zero)', () => {
  it('adds, subtracts and multiplies', () => {
    fc.assert(
      fc.property(operand, operand, (x, y) => {
        expect(plain(ours(x).plus(y))).toBe(text(theirs(x).plus(y)));
        expect(plain(ours(x).minus(y))).toBe(text(theirs(x).minus(y)));
        expect(plain(ours(x).times(y))).toBe(text(theirs(x).times(y)));
      }),
      { numRuns: 3000 },
    );
  });

  it('divides, cut at 100 digits, and divides as the library does (80 digits and the stand-in)', () => {
    fc.assert(
      fc.property(operand, operand.filter((y) => !theirs(y).isZero()), (x, y) => {
        expect(plain(ours(x).div(y))).toBe(text(theirs(x).div(y)));
        const quotient = divide(ours(x), ours(y));
        expect({ value: plain(quotient.value), exact: quotient.exact }).toEqual(referenceDivide(theirs(x), theirs(y)));
      }),
      { numRuns: 3000 },
    );
  });

  it('rounds to decimals in every mode, and to significant digits', () => {
    fc.assert(
      fc.property(operand, fc.integer({ min: 0, max: 20 }), fc.constantFrom(...ROUNDING_MODES), fc.integer({ min: 1, max: 100 }), (x, decimals, mode, digits) => {
        expect(plain(ours(x).toDecimalPlaces(decimals, mode))).toBe(text(theirs(x).toDecimalPlaces(decimals, MODES[mode])));
        expect(plain(ours(x).toSignificantDigits(digits, mode))).toBe(text(theirs(x).toSignificantDigits(digits, MODES[mode])));
        expect(plain(ours(x).floor())).toBe(text(theirs(x).floor()));
        expect(plain(ours(x).ceil())).toBe(text(theirs(x).ceil()));
      }),
      { numRuns: 3000 },
    );
  });

  it('rounds ties as each mode says (a value ending in 5 just past the kept decimals)', () => {
    const tie = fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 20 })).map(([negative, units, decimals]) => ({
      value: `${negative ? '-' : ''}${text(new Reference(`${units}5e-${decimals + 1}`))}`,
      decimals,
    }));
    fc.assert(
      fc.property(tie, fc.constantFrom(...ROUNDING_MODES), ({ value, decimals }, mode) => {
        expect(plain(ours(value).toDecimalPlaces(decimals, mode))).toBe(text(theirs(value).toDecimalPlaces(decimals, MODES[mode])));
      }),
      { numRuns: 2000 },
    );
  });

  it('compares, counts digits and decimals, and writes plain notation', () => {
    fc.assert(
      fc.property(operand, operand, (x, y) => {
        expect(ours(x).comparedTo(y)).toBe(theirs(x).comparedTo(y));
        expect([ours(x).eq(y), ours(x).gt(y), ours(x).gte(y), ours(x).lt(y), ours(x).lte(y)]).toEqual([theirs(x).eq(y), theirs(x).gt(y), theirs(x).gte(y), theirs(x).lt(y), theirs(x).lte(y)]);
        expect([ours(x).sd(), ours(x).decimalPlaces(), ours(x).isInteger(), ours(x).isZero()]).toEqual([theirs(x).sd(), theirs(x).decimalPlaces(), theirs(x).isInteger(), theirs(x).isZero()]);
        expect(ours(x).magnitude).toBe(theirs(x).isZero() ? 0 : theirs(x).e);
        expect(plain(ours(x).abs())).toBe(text(theirs(x).abs()));
        expect(ours(x).toFixed()).toBe(text(theirs(x)));
        expect(ours(x).toNumber()).toBe(theirs(x).toNumber());
      }),
      { numRuns: 3000 },
    );
  });

  it('reads what decimal.js reads of the values the library writes: numbers, exponents, signs', () => {
    for (const value of [0, -0, 7, 9007199254740991, 1.5, 1e21, 1e-7, '007.50', '+3', '-0.0', '.5', '5.', '1e3', '12.5e-3', '-1E+2']) {
      expect([value, ours(value as string).toFixed()]).toEqual([value, text(new Reference(value))]);
    }
  });

  it('refuses a value beyond 10^±1000 rather than spend time and memory on it', () => {
    for (const value of ['1e-30000', '1e1001', '-5e-1002', '1e999999999', '0e99999']) expect(() => new ExactDecimal(value), value).toThrow(RangeError);
    expect(new ExactDecimal('1e1000').toFixed()).toBe(`1${'0'.repeat(1000)}`);
  });

  it('refuses what is not a finite decimal', () => {
    for (const value of ['', '.', 'e5', '1,5', ' 1', '0x10', 'NaN', 'Infinity', '1e', '--1']) expect(() => new ExactDecimal(value), value).toThrow(TypeError);
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY]) expect(() => new ExactDecimal(value)).toThrow(TypeError);
    expect(() => ours('1').div('0')).toThrow(RangeError);
  });
});
