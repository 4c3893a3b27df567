import { describe, expect, it } from 'vitest';
import { CdtoKpiError, createScoringMethod, PUBLISHED_METHOD, scoreIndicator, type IndicatorDefinition } from '../src/index.js';
import cases from './cases/score-indicator.json' with { type: 'json' };

const location = { body: 'test-body', direction: 'test-direction' };

describe('scoreIndicator, case by case (published method)', () => {
  it.each(cases.cases)('$name', (entry) => {
    const score = scoreIndicator(entry.definition as IndicatorDefinition, entry.input, PUBLISHED_METHOD, location);
    expect({ share: score.share, awarded: score.awarded, rule: score.rule, warnings: score.warnings.map((w) => w.code) }).toEqual({
      share: entry.share,
      awarded: entry.awarded,
      rule: entry.rule,
      warnings: entry.warnings,
    });
    expect(score.trace.rule).toBe(score.rule);
    expect(score.trace.steps.at(-1)?.name).toBe('W');
    expect(score.trace.steps.at(-1)?.value).toBe(score.awarded);
  });

  it.each(cases.errors)('refuses: $name', (entry) => {
    let caught: unknown;
    try {
      scoreIndicator(entry.definition as IndicatorDefinition, entry.input as unknown, PUBLISHED_METHOD, location);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CdtoKpiError);
    const error = caught as CdtoKpiError;
    expect(error.code).toBe(entry.code);
    expect(error.location).toEqual({ ...location, indicator: entry.definition.id, field: entry.field });
    expect(error.message).toContain(`indicator "${entry.definition.id}"`);
    expect(error.message).toContain(`field "${entry.field}"`);
  });
});

describe('the trace', () => {
  it('records the inputs, each step with its rounding, and the rule', () => {
    const score = scoreIndicator({ id: 'security.1', kind: 'ratio', weight: '20', target: '75' }, { a: '156 710', b: '363 249' });
    expect(JSON.parse(JSON.stringify(score.trace))).toEqual({
      formula: 'Z = a / b × 100; W = U if Z ≥ N, else Z / N × U',
      inputs: { a: '156710', b: '363249' },
      steps: [
        // Z = a / b × 100: a share of a and b; W = Z / N × U below the target.
        { name: 'Z', expression: '156710 / 363249 × 100', unrounded: '43.1412061698724566344298263725…', rounding: { mode: 'toward-zero', decimals: 1 }, value: '43.1', operation: 'share', operands: { a: '156710', b: '363249' } },
        { name: 'W', expression: '43.1 / 75 × 20', unrounded: '11.4933333333333333333333333333…', rounding: { mode: 'toward-zero', decimals: 1 }, value: '11.4', operation: 'proportional', operands: { Z: '43.1', N: '75', U: '20' } },
      ],
      rule: 'proportional',
      method: 'published-2024-q1',
    });
    // The structured fields follow the value, and the operands come in the order of the expression.
    expect(Object.keys(score.trace.steps[0]!)).toEqual(['name', 'expression', 'unrounded', 'rounding', 'value', 'operation', 'operands']);
    expect(Object.keys(score.trace.steps[1]!.operands)).toEqual(['Z', 'N', 'U']);
  });

  it('is frozen', () => {
    const score = scoreIndicator({ id: 'x.1', kind: 'count', weight: '5', target: '300' }, { a: '225' });
    expect(Object.isFrozen(score)).toBe(true);
    expect(Object.isFrozen(score.trace.steps[0])).toBe(true);
  });
});

describe('the printed decreasing rule, only on request', () => {
  const printed = createScoringMethod({ ...PUBLISHED_METHOD, name: 'printed-decreasing', decreasingAboveTarget: 'printed' });

  it('awards Z / N × U above target, more than U, with a warning', () => {
    const score = scoreIndicator({ id: 'x.1', kind: 'decreasing-ratio', weight: '15', target: '45' }, { a: '60', b: '100' }, printed);
    expect(score.awarded).toBe('20');
    expect(score.rule).toBe('printed-decreasing');
    expect(score.warnings.map((w) => w.code)).toEqual(['AWARDED_ABOVE_WEIGHT']);
  });
});
