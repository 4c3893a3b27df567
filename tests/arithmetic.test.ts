import { describe, expect, it } from 'vitest';
import { divide, exact, known, plain } from '../src/decimal/decimal.js';
import { createRoundingPolicy, PUBLISHED_ROUNDING, round as roundQuotient, type StageRounding } from '../src/decimal/rounding.js';
import { CdtoKpiError, ERROR_CODES } from '../src/errors/cdto-kpi-error.js';

const round = (numerator: string, denominator: string, rounding: StageRounding) => plain(roundQuotient(divide(exact(numerator), exact(denominator)), rounding).value);

describe('divide', () => {
  it('knows an exact quotient from an inexact one', () => {
    const eighth = divide(exact('1'), exact('8'));
    expect([plain(eighth.value), eighth.exact]).toEqual(['0.125', true]);
    expect(divide(exact('1'), exact('3')).exact).toBe(false);
  });

  it('rounds an inexact quotient as the true quotient, ties included', () => {
    // 1/3 is not a tie; 0.125 is. Half-even of the exact tie goes to even, of a value just above it goes up.
    expect(round('1', '8', { mode: 'half-even', decimals: 2 })).toBe('0.12');
    expect(round('125000000000000000000000000001', '1000000000000000000000000000000', { mode: 'half-even', decimals: 2 })).toBe('0.13');
    // 2/3 = 0.666…: toward zero 0.6, half-down 0.7, floor 0.6, ceiling 0.7
    expect(round('2', '3', { mode: 'toward-zero', decimals: 1 })).toBe('0.6');
    expect(round('2', '3', { mode: 'half-down', decimals: 1 })).toBe('0.7');
    expect(round('2', '3', { mode: 'ceiling', decimals: 1 })).toBe('0.7');
    // An inexact quotient whose cut value ends exactly on .x5000… at 80 digits cannot be a tie:
    // 1 / (2 × (1 + 10^-85)) lies just below 0.5, so half-up keeps 0.
    expect(round('1', `2.${'0'.repeat(84)}2`, { mode: 'half-up', decimals: 0 })).toBe('0');
  });

  it('refuses division by zero (callers apply the method’s rule first)', () => {
    expect(() => divide(exact('1'), exact('0'))).toThrow(RangeError);
  });

  it('stands an inexact quotient half a unit past its 80th digit', () => {
    // 2/3 cut at 80 digits is 0.66…6 (80 sixes); the stand-in adds 5 in the 81st place.
    const twoThirds = divide(exact('2'), exact('3'));
    expect([plain(twoThirds.value), twoThirds.exact]).toEqual([`0.${'6'.repeat(80)}5`, false]);
    // -1/7 = -0.142857…: cut toward zero, the stand-in moves away from zero.
    // 80 digits are 13 periods of 142857 and then 14.
    expect(plain(divide(exact('-1'), exact('7')).value)).toBe(`-0.${'142857'.repeat(13)}145`);
  });
});

describe('rounding policies', () => {
  it('are frozen and named', () => {
    expect(Object.isFrozen(PUBLISHED_ROUNDING)).toBe(true);
    expect(Object.isFrozen(PUBLISHED_ROUNDING.share)).toBe(true);
    expect(PUBLISHED_ROUNDING.name).toBe('published-2024-q1');
  });

  it('refuse an unknown mode, bad decimals, a missing stage or a missing name', () => {
    const stage = { mode: 'toward-zero', decimals: 1 } as const;
    const attempts: unknown[] = [
      { name: 'x', share: { mode: 'bankers', decimals: 1 }, awarded: stage, result: stage, mean: stage },
      { name: 'x', share: { mode: 'half-up', decimals: 1.5 }, awarded: stage, result: stage, mean: stage },
      { name: 'x', share: { mode: 'half-up', decimals: 21 }, awarded: stage, result: stage, mean: stage },
      { name: 'x', share: stage, awarded: stage, result: stage },
      { name: '', share: stage, awarded: stage, result: stage, mean: stage },
    ];
    for (const attempt of attempts) {
      expect(() => createRoundingPolicy(attempt as never)).toThrow(CdtoKpiError);
      try {
        createRoundingPolicy(attempt as never);
      } catch (error) {
        expect((error as CdtoKpiError).code).toBe(ERROR_CODES.INVALID_POLICY);
      }
    }
  });

  it('round each mode as named, on both sides of zero', () => {
    const at = (value: string, mode: (typeof import('../src/decimal/rounding.js'))['ROUNDING_MODES'][number]) =>
      plain(roundQuotient(known(exact(value)), { mode, decimals: 1 }).value);
    expect(['2.25', '2.35', '-2.25'].map((value) => at(value, 'half-up'))).toEqual(['2.3', '2.4', '-2.3']);
    expect(['2.25', '2.35', '-2.25'].map((value) => at(value, 'half-even'))).toEqual(['2.2', '2.4', '-2.2']);
    expect(['2.25', '2.35', '-2.25'].map((value) => at(value, 'half-down'))).toEqual(['2.2', '2.3', '-2.2']);
    expect(['2.29', '-2.29'].map((value) => at(value, 'toward-zero'))).toEqual(['2.2', '-2.2']);
    expect(['2.21', '-2.21'].map((value) => at(value, 'away-from-zero'))).toEqual(['2.3', '-2.3']);
    expect(['2.29', '-2.21'].map((value) => at(value, 'floor'))).toEqual(['2.2', '-2.3']);
    expect(['2.21', '-2.29'].map((value) => at(value, 'ceiling'))).toEqual(['2.3', '-2.2']);
  });
});
