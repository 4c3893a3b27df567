/**
 * Regression tests of the defects of issue 11 that lie in the scoring core: the decimal
 * configuration reachable from a value (#1), scoreDirection and roundStage trusting their input
 * and freezing the caller's objects (#6), inherited fields read and prototype keys dropped (#8).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { roundStage } from '../../src/decimal/rounding.js';
import { readFigure } from '../../src/input/figure-input.js';
import type { IndicatorScore } from '../../src/scoring/score-indicator.js';
import { scoreDirection } from '../../src/scoring/score-body.js';
import { scoreIndicator } from '../../src/scoring/score-indicator.js';
import { expectCdtoKpiError } from '../helpers/expect-error.js';

const ratio = { id: 'x.1', kind: 'ratio', weight: '3', target: '100' } as const;

describe('issue 11 #1: the decimal constructor is not reachable', () => {
  it('issue 11 #1: readFigure(...).value.constructor.set cannot change later scores', () => {
    // 1 / 3 × 100 = 33.33… → 33.3; W = 33.3 / 100 × 3 = 0.999 → 0.9 (published cut at one decimal).
    const before = JSON.stringify(scoreIndicator(ratio, { a: '1', b: '3' }));
    const value = readFigure('1', {}).value!;
    const constructor = value.constructor as unknown as { set: (config: object) => unknown; config: (config: object) => unknown };
    expect(() => constructor.set({ precision: 3 })).toThrow(TypeError);
    expect(() => constructor.config({ precision: 3, rounding: 4 })).toThrow(TypeError);
    const after = scoreIndicator(ratio, { a: '1', b: '3' });
    expect(JSON.stringify(after)).toBe(before);
    expect(after.share).toBe('33.3');
    expect(after.awarded).toBe('0.9');
  });
});

describe('issue 11 #6: scoreDirection and roundStage check their input', () => {
  const score = (awarded: unknown, weight: unknown = '10'): IndicatorScore => ({ indicator: 'x.1', kind: 'ratio', weight, target: '1', share: '1', awarded, rule: 'proportional', trace: {}, warnings: [] }) as never;

  it('issue 11 #6: awarded "Infinity", "NaN" or a float is refused', () => {
    for (const awarded of ['Infinity', 'NaN', 0.1, '-1', '1e3']) {
      expectCdtoKpiError(() => scoreDirection('d', [score(awarded)]), { code: 'WRONG_TYPE', path: [0, 'awarded'] });
    }
    expectCdtoKpiError(() => scoreDirection('d', [score('0.1', '0.01')]), { code: 'INVALID_VALUE', path: [0, 'awarded'] });
    expectCdtoKpiError(() => scoreDirection('d', [score('1', 'Infinity')]), { code: 'WRONG_TYPE', path: [0, 'weight'] });
  });

  it('issue 11 #6: the caller’s objects are neither changed nor frozen', () => {
    const mine = score('2.5');
    const list = [mine];
    const direction = scoreDirection('d', list);
    // R = 2.5 (one indicator), U = 10.
    expect(direction.result).toBe('2.5');
    expect(direction.plannedWeight).toBe('10');
    expect(Object.isFrozen(mine)).toBe(false);
    expect(Object.isFrozen(mine.warnings)).toBe(false);
    expect(Object.isFrozen(list)).toBe(false);
    expect(Object.isFrozen(direction)).toBe(true);
  });

  it('issue 11 #6: roundStage refuses a value that is not a finite decimal', () => {
    for (const value of ['Infinity', 'NaN', 0.1, null, {}]) {
      expectCdtoKpiError(() => roundStage({ value, exact: true } as never, { mode: 'toward-zero', decimals: 1 }), { code: 'WRONG_TYPE' });
    }
    expectCdtoKpiError(() => roundStage({ value: '1.25' } as never, null), { code: 'WRONG_TYPE' });
    // 1.25 cut toward zero at one decimal: 1.2.
    expect(roundStage({ value: '1.25', exact: true }, { mode: 'toward-zero', decimals: 1 }).value.toFixed()).toBe('1.2');
  });
});

describe('issue 11 #8: own keys only', () => {
  afterEach(() => {
    delete (Object.prototype as { a?: unknown }).a;
  });

  it('issue 11 #8: inherited fields are not read', () => {
    expectCdtoKpiError(() => scoreIndicator(ratio, Object.create({ a: '50', b: '100' }) as unknown), {
      code: 'MISSING_FIELD',
      issues: [
        ['MISSING_FIELD', ['a']],
        ['MISSING_FIELD', ['b']],
      ],
    });
  });

  it('issue 11 #8: a polluted Object.prototype does not fill a missing field', () => {
    (Object.prototype as { a?: unknown }).a = '50';
    expectCdtoKpiError(() => scoreIndicator(ratio, { b: '100' } as unknown), { code: 'MISSING_FIELD', path: ['a'] });
  });

  it('issue 11 #8: an inherited definition field is not read', () => {
    const definition = Object.create({ weight: '3' }) as { id: string; kind: string; target: string };
    Object.assign(definition, { id: 'x.1', kind: 'ratio', target: '100' });
    // weight inherited, so absent: not a string → WRONG_TYPE at weight
    expectCdtoKpiError(() => scoreIndicator(definition as never, { a: '1', b: '3' } as unknown), { code: 'WRONG_TYPE', path: ['weight'] });
  });

  it('issue 11 #8: __proto__, constructor and prototype keys are FORBIDDEN_KEY errors', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const input = JSON.parse(`{ "a": "1", "b": "3", ${JSON.stringify(key)}: "1" }`) as unknown;
      expectCdtoKpiError(() => scoreIndicator(ratio, input), { code: 'FORBIDDEN_KEY', path: [key] });
    }
  });
});
