/**
 * Regression tests of the defects of issue 11 that lie in the scoring core: the decimal
 * configuration reachable from a value (#1), the aggregation trusting its input and freezing the
 * caller's objects (#6), inherited fields read and prototype keys dropped (#8).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFigure, scoreBody, scoreIndicator } from '../../src/index.js';
import { readFigureValue } from '../../src/input/figure.js';
import { expectCdtoKpiError } from '../helpers/expect-error.js';

const ratio = { id: 'x.1', kind: 'ratio', weight: '3', target: '100' } as const;

describe('issue 11 #1: the decimal constructor is not reachable', () => {
  it('issue 11 #1: readFigure gives a string; the decimal read inside cannot change later scores through its constructor', () => {
    // 1 / 3 × 100 = 33.33… → 33.3; W = 33.3 / 100 × 3 = 0.999 → 0.9 (published cut at one decimal).
    const before = JSON.stringify(scoreIndicator(ratio, { a: '1', b: '3' }));
    expect(readFigure('1', {}).value).toBe('1');
    const value = readFigureValue('1', {}).value!;
    const constructor = value.constructor as unknown as { set: (config: object) => unknown; config: (config: object) => unknown };
    expect(() => constructor.set({ precision: 3 })).toThrow(TypeError);
    expect(() => constructor.config({ precision: 3, rounding: 4 })).toThrow(TypeError);
    const after = scoreIndicator(ratio, { a: '1', b: '3' });
    expect(JSON.stringify(after)).toBe(before);
    expect(after.share).toBe('33.3');
    expect(after.awarded).toBe('0.9');
  });
});

describe('issue 11 #6: the aggregation checks its input', () => {
  // scoreDirection took scores made elsewhere; a body (of one direction) is now scored from its
  // definitions and inputs, so a weight is where a figure that is not a finite decimal can come in.
  const direction = (weight: unknown, input: unknown = { a: '25', b: '100' }) => [{ direction: 'd', indicators: [{ definition: { id: 'x.1', kind: 'ratio', weight, target: '100' }, input }] }] as never;

  it('issue 11 #6: a weight "Infinity", "NaN", a float, a negative or an exponent is refused, located', () => {
    const expected: readonly (readonly [unknown, string])[] = [
      ['Infinity', 'FIGURE_UNREADABLE'],
      ['NaN', 'FIGURE_UNREADABLE'],
      [0.1, 'WRONG_TYPE'],
      ['-1', 'NEGATIVE_FIGURE'],
      ['1e3', 'FIGURE_UNREADABLE'],
    ];
    for (const [weight, code] of expected) {
      expectCdtoKpiError(() => scoreBody('b', direction(weight)), { code, path: ['weight'], location: { body: 'b', direction: 'd', indicator: 'x.1', field: 'weight' } });
    }
  });

  it('issue 11 #6: the caller’s objects are neither changed nor frozen', () => {
    const input = { a: '25', b: '100' };
    const definition = { id: 'x.1', kind: 'ratio' as const, weight: '10', target: '100' };
    const indicators = [{ definition, input }];
    const directions = [{ direction: 'd', indicators }];
    const body = scoreBody('b', directions);
    // Z = 25 / 100 × 100 = 25 < 100: W = 25 / 100 × 10 = 2.5; R = 2.5 (one indicator), U = 10.
    expect(body.result).toBe('2.5');
    expect(body.plannedWeight).toBe('10');
    for (const mine of [input, definition, indicators, directions, directions[0]!]) expect(Object.isFrozen(mine)).toBe(false);
    expect(input).toEqual({ a: '25', b: '100' });
    expect(definition).toEqual({ id: 'x.1', kind: 'ratio', weight: '10', target: '100' });
    expect(Object.isFrozen(body)).toBe(true);
    expect(Object.isFrozen(body.directions[0]!.indicators[0]!.trace.inputs)).toBe(true);
  });
});

describe('issue 11 #8: own keys only', () => {
  afterEach(() => {
    delete (Object.prototype as { a?: unknown }).a;
  });

  it('issue 11 #8: inherited fields are not read', () => {
    // The boundary reads plain data only: an object whose fields come from its prototype is refused
    // as a whole (WRONG_TYPE), where the former reader found its own fields missing (MISSING_FIELD a, b).
    expectCdtoKpiError(() => scoreIndicator(ratio, Object.create({ a: '50', b: '100' }) as unknown), {
      code: 'WRONG_TYPE',
      issues: [['WRONG_TYPE', []]],
      location: { indicator: 'x.1' },
    });
    // The same fields as its own: read.
    expect(scoreIndicator(ratio, Object.assign(Object.create(null) as object, { a: '50', b: '100' }) as unknown).awarded).toBe('1.5');
  });

  it('issue 11 #8: a polluted Object.prototype does not fill a missing field', () => {
    (Object.prototype as { a?: unknown }).a = '50';
    expectCdtoKpiError(() => scoreIndicator(ratio, { b: '100' } as unknown), { code: 'MISSING_FIELD', path: ['a'] });
  });

  it('issue 11 #8: an inherited definition field is not read', () => {
    const definition = Object.create({ weight: '3' }) as { id: string; kind: string; target: string };
    Object.assign(definition, { id: 'x.1', kind: 'ratio', target: '100' });
    // An object that inherits is not plain data: the definition is refused whole, its inherited weight never read.
    expectCdtoKpiError(() => scoreIndicator(definition as never, { a: '1', b: '3' } as unknown), { code: 'WRONG_TYPE', path: ['definition'] });
  });

  it('issue 11 #8: __proto__, constructor and prototype keys are FORBIDDEN_KEY errors', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const input = JSON.parse(`{ "a": "1", "b": "3", ${JSON.stringify(key)}: "1" }`) as unknown;
      expectCdtoKpiError(() => scoreIndicator(ratio, input), { code: 'FORBIDDEN_KEY', path: [key] });
    }
  });
});
