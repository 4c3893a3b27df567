/**
 * Each step of a trace says what it computed (`operation`) and from what (`operands`, by their
 * names in the method or the input, in the order of the expression), so that it can be told in any
 * language. Per kind and per rule, worked by hand from the formulas of docs/scoring.md; figures under
 * the published method (Z and W cut toward zero at one decimal) unless said otherwise.
 */
import { describe, expect, it } from 'vitest';
import { createScoringMethod, METHOD_2025, PUBLISHED_METHOD, scoreBody, scoreIndicator, type IndicatorDefinition, type TraceStep } from '../src/index.js';
import { createRoundingPolicy } from '../src/decimal/rounding.js';

/** A step's operation, operands, expression and value: what the trace says of it. */
const told = (step: TraceStep | undefined) => (step === undefined ? undefined : { operation: step.operation, operands: step.operands, expression: step.expression, value: step.value });
const stepsOf = (definition: IndicatorDefinition, input: unknown, method = PUBLISHED_METHOD) => scoreIndicator(definition, input, method).trace.steps.map(told);

const CRITERIA = [
  { id: 'c1', weight: '30' },
  { id: 'c2', weight: '25' },
  { id: 'c3', weight: '25' },
  { id: 'c4', weight: '20' },
];

describe('the measure\'s step, per kind', () => {
  it('ratio: Z = a / b × 100 is a share of a and b; W = Z / N × U below N', () => {
    // Z = 60 / 80 × 100 = 75 < 90: W = 75 / 90 × 20 = 16.66… → 16.6.
    expect(stepsOf({ id: 'x.1', kind: 'ratio', weight: '20', target: '90' }, { a: '60', b: '80' })).toEqual([
      { operation: 'share', operands: { a: '60', b: '80' }, expression: '60 / 80 × 100', value: '75' },
      { operation: 'proportional', operands: { Z: '75', N: '90', U: '20' }, expression: '75 / 90 × 20', value: '16.6' },
    ]);
  });

  it('ratio with b = 0: Z = 0 by the rule for a zero whole, from b alone', () => {
    // Z = 0 < 90: W = 0 / 90 × 20 = 0.
    expect(stepsOf({ id: 'x.1', kind: 'ratio', weight: '20', target: '90' }, { a: '5', b: '0' })[0]).toEqual({ operation: 'zero-denominator', operands: { b: '0' }, expression: 'b = 0: 0', value: '0' });
  });

  it('decreasing ratio: a share too; above N, W = N / Z × U (inverse-proportional), or the printed Z / N × U on request', () => {
    const definition: IndicatorDefinition = { id: 'x.1', kind: 'decreasing-ratio', weight: '15', target: '45' };
    // Z = 60 / 100 × 100 = 60 > 45: W = 45 / 60 × 15 = 11.25 → 11.2.
    expect(stepsOf(definition, { a: '60', b: '100' })).toEqual([
      { operation: 'share', operands: { a: '60', b: '100' }, expression: '60 / 100 × 100', value: '60' },
      { operation: 'inverse-proportional', operands: { N: '45', Z: '60', U: '15' }, expression: '45 / 60 × 15', value: '11.2' },
    ]);
    // The printed rule: W = 60 / 45 × 15 = 20.
    const printed = createScoringMethod({ ...PUBLISHED_METHOD, name: 'printed', decreasingAboveTarget: 'printed' });
    expect(stepsOf(definition, { a: '60', b: '100' }, printed)[1]).toEqual({ operation: 'printed-decreasing', operands: { Z: '60', N: '45', U: '15' }, expression: '60 / 45 × 15', value: '20' });
    // Z = 40 ≤ 45: W = U = 15.
    expect(stepsOf(definition, { a: '40', b: '100' })[1]).toEqual({ operation: 'at-target', operands: { Z: '40', N: '45', U: '15' }, expression: '40 ≤ 45: U = 15', value: '15' });
  });

  it('count: no measure step; W = a / N × U from a, N and U', () => {
    // 225 < 300: W = 225 / 300 × 5 = 3.75 → 3.7; 300 ≥ 300: W = U = 5.
    expect(stepsOf({ id: 'x.1', kind: 'count', weight: '5', target: '300' }, { a: '225' })).toEqual([{ operation: 'proportional', operands: { a: '225', N: '300', U: '5' }, expression: '225 / 300 × 5', value: '3.7' }]);
    expect(stepsOf({ id: 'x.1', kind: 'count', weight: '5', target: '300' }, { a: '300' })).toEqual([{ operation: 'at-target', operands: { a: '300', N: '300', U: '5' }, expression: '300 ≥ 300: U = 5', value: '5' }]);
  });

  it('milestone: no measure step; done gives U, not done and no data 0, from nothing but U', () => {
    const definition: IndicatorDefinition = { id: 'x.1', kind: 'milestone', weight: '5', target: '1' };
    expect(stepsOf(definition, { done: true })).toEqual([{ operation: 'done', operands: { U: '5' }, expression: 'done: U = 5', value: '5' }]);
    expect(stepsOf(definition, { done: false })).toEqual([{ operation: 'not-done', operands: {}, expression: 'not done: 0', value: '0' }]);
    expect(stepsOf(definition, { done: null })).toEqual([{ operation: 'no-data', operands: {}, expression: 'no data: 0', value: '0' }]);
  });

  it('composite: Z is the sum of the weights of the criteria met, by criterion, in the definition\'s order', () => {
    // c1 (30) and c3 (25) met, listed the other way round: Z = 30 + 25 = 55 < 100: W = 55 / 100 × 20 = 11.
    const steps = stepsOf({ id: 'x.1', kind: 'composite', weight: '20', target: '100', criteria: CRITERIA }, { met: ['c3', 'c1'] });
    expect(steps).toEqual([
      { operation: 'criteria-sum', operands: { c1: '30', c3: '25' }, expression: '30 (c1) + 25 (c3)', value: '55' },
      { operation: 'proportional', operands: { Z: '55', N: '100', U: '20' }, expression: '55 / 100 × 20', value: '11' },
    ]);
    expect(Object.keys(steps[0]!.operands)).toEqual(['c1', 'c3']);
    // None met: Z = 0.
    expect(stepsOf({ id: 'x.1', kind: 'composite', weight: '20', target: '100', criteria: CRITERIA }, { met: [] })[0]).toEqual({ operation: 'criteria-sum', operands: {}, expression: 'no criterion met: 0', value: '0' });
  });

  it('uptime: A = 100 − t_down / t_total × 100 is a complement, named A', () => {
    // A = 100 − 21.6 / 2160 × 100 = 99 < 99.5: W = 99 / 99.5 × 10 = 9.949… → 9.9.
    expect(stepsOf({ id: 'x.1', kind: 'uptime', weight: '10', target: '99.5' }, { downtimeHours: '21.6', totalHours: '2160' })).toEqual([
      { operation: 'complement', operands: { downtimeHours: '21.6', totalHours: '2160' }, expression: '100 − 21.6 / 2160 × 100', value: '99' },
      { operation: 'proportional', operands: { A: '99', N: '99.5', U: '10' }, expression: '99 / 99.5 × 10', value: '9.9' },
    ]);
  });

  it('security: S = (Ia + Ib) / 2 is a mean; from counts, S = (tested / systems × 100 + connected / systems × 100) / 2', () => {
    const definition: IndicatorDefinition = { id: 'x.1', kind: 'security', weight: '10', target: '80' };
    // S = (50 + 70) / 2 = 60 < 80: W = 60 / 80 × 10 = 7.5.
    expect(stepsOf(definition, { ia: '50', ib: '70' })).toEqual([
      { operation: 'mean', operands: { ia: '50', ib: '70' }, expression: '(50 + 70) / 2', value: '60' },
      { operation: 'proportional', operands: { S: '60', N: '80', U: '10' }, expression: '60 / 80 × 10', value: '7.5' },
    ]);
    // S = (3 / 10 × 100 + 4 / 10 × 100) / 2 = 35 < 80: W = 35 / 80 × 10 = 4.375 → 4.3.
    expect(stepsOf(definition, { tested: '3', connected: '4', systems: '10' })).toEqual([
      { operation: 'security-counts', operands: { tested: '3', connected: '4', systems: '10' }, expression: '(3 / 10 × 100 + 4 / 10 × 100) / 2', value: '35' },
      { operation: 'proportional', operands: { S: '35', N: '80', U: '10' }, expression: '35 / 80 × 10', value: '4.3' },
    ]);
    expect(stepsOf(definition, { tested: '0', connected: '0', systems: '0' })[0]).toEqual({ operation: 'zero-denominator', operands: { systems: '0' }, expression: 'systems = 0: 0', value: '0' });
  });

  it('growth: Z = digitised / total × 100 is a share of its two fields', () => {
    // Z = 12 / 100 × 100 = 12 < 15: W = 12 / 15 × 10 = 8.
    expect(stepsOf({ id: 'x.1', kind: 'growth', weight: '10', target: '15' }, { digitised: '12', total: '100' })).toEqual([
      { operation: 'share', operands: { digitised: '12', total: '100' }, expression: '12 / 100 × 100', value: '12' },
      { operation: 'proportional', operands: { Z: '12', N: '15', U: '10' }, expression: '12 / 15 × 10', value: '8' },
    ]);
  });

  it('complement ratio: A = 100 − b / c × 100, with the excused services taken from b, and c = 0 giving 100', () => {
    const definition: IndicatorDefinition = { id: 'x.1', kind: 'complement-ratio', weight: '10', target: '98' };
    // A = 100 − 3 / 50 × 100 = 94 < 98: W = 94 / 98 × 10 = 9.59… → 9.5.
    expect(stepsOf(definition, { b: '3', c: '50' })).toEqual([
      { operation: 'complement', operands: { b: '3', c: '50' }, expression: '100 − 3 / 50 × 100', value: '94' },
      { operation: 'proportional', operands: { A: '94', N: '98', U: '10' }, expression: '94 / 98 × 10', value: '9.5' },
    ]);
    // A = 100 − (3 − 1) / 50 × 100 = 96 < 98: W = 96 / 98 × 10 = 9.79… → 9.7.
    expect(stepsOf(definition, { b: '3', c: '50', excused: '1' })).toEqual([
      { operation: 'complement-excused', operands: { b: '3', excused: '1', c: '50' }, expression: '100 − (3 − 1 excused) / 50 × 100', value: '96' },
      { operation: 'proportional', operands: { A: '96', N: '98', U: '10' }, expression: '96 / 98 × 10', value: '9.7' },
    ]);
    // c = 0: A = 100 ≥ 98: W = U = 10.
    expect(stepsOf(definition, { b: '0', c: '0' })).toEqual([
      { operation: 'zero-denominator', operands: { c: '0' }, expression: 'c = 0: 100 − 0', value: '100' },
      { operation: 'at-target', operands: { A: '100', N: '98', U: '10' }, expression: '100 ≥ 98: U = 10', value: '10' },
    ]);
  });
});

describe('W\'s step when a rule gives 0 or U without a measure', () => {
  it('not-applicable, no-target and no-data, each from the figure that decided it', () => {
    const ratio = (weight: string | null, target: string | null): IndicatorDefinition => ({ id: 'x.1', kind: 'ratio', weight, target });
    expect(stepsOf(ratio(null, '90'), { a: '1', b: '2' }).at(-1)).toEqual({ operation: 'not-applicable', operands: {}, expression: 'no weight for the year: 0', value: '0' });
    expect(stepsOf(ratio('0', '90'), { a: '1', b: '2' }).at(-1)).toEqual({ operation: 'not-applicable', operands: { U: '0' }, expression: 'weight 0 for the year: 0', value: '0' });
    expect(stepsOf(ratio('20', null), { a: '1', b: '2' }).at(-1)).toEqual({ operation: 'no-target', operands: {}, expression: 'N = 0 or none: 0', value: '0' });
    expect(stepsOf(ratio('20', '0'), { a: '1', b: '2' }).at(-1)).toEqual({ operation: 'no-target', operands: { N: '0' }, expression: 'N = 0 or none: 0', value: '0' });
    expect(stepsOf(ratio('20', '90'), { a: null, b: null })).toEqual([{ operation: 'no-data', operands: {}, expression: 'no data: 0', value: '0' }]);
  });

  it('capped-at-weight: a rounding away from zero that would pass U gives U, the rule still the one taken', () => {
    // Z = 99 / 100 × 100 = 99 < 100: W = 99 / 100 × 2.5 = 2.475, away from zero at 0 decimals 3 > U: W = U = 2.5.
    const method = createScoringMethod({
      ...PUBLISHED_METHOD,
      name: 'away',
      rounding: createRoundingPolicy({ name: 'away', share: { mode: 'toward-zero', decimals: 1 }, awarded: { mode: 'away-from-zero', decimals: 0 }, result: null, mean: null }),
    });
    const score = scoreIndicator({ id: 'x.1', kind: 'ratio', weight: '2.5', target: '100' }, { a: '99', b: '100' }, method);
    expect(score.rule).toBe('proportional');
    expect(told(score.trace.steps.at(-1))).toEqual({ operation: 'capped-at-weight', operands: { Z: '99', N: '100', U: '2.5' }, expression: '99 / 100 × 2.5 (rounded above U: capped at U = 2.5)', value: '2.5' });
    expect(score.trace.steps.at(-1)!.unrounded).toBe('2.475');
  });
});

describe('R\'s steps, per aggregation', () => {
  // d1: security.1 as in the Q1 2024 report, W = 11.4; d2: a count, 225 / 300 × 5 = 3.75 → 3.7.
  const directions = [
    { direction: 'd1', indicators: [{ definition: { id: 'security.1', kind: 'ratio' as const, weight: '20', target: '75' }, input: { a: '156 710', b: '363 249' } }] },
    { direction: 'd2', indicators: [{ definition: { id: 'security.5', kind: 'count' as const, weight: '5', target: '300' }, input: { a: '225' } }] },
  ];

  it('a direction: R = Σ W, a sum of its indicators\' W by indicator', () => {
    const body = scoreBody('b', directions);
    expect(body.directions.map((direction) => direction.trace.map(told))).toEqual([
      [{ operation: 'sum', operands: { 'security.1': '11.4' }, expression: '11.4', value: '11.4' }],
      [{ operation: 'sum', operands: { 'security.5': '3.7' }, expression: '3.7', value: '3.7' }],
    ]);
  });

  it('the published method: the mean of the directions\' R, by direction', () => {
    // (11.4 + 3.7) / 2 = 7.55 → 7.5.
    expect(scoreBody('b', directions).trace.map(told)).toEqual([{ operation: 'mean', operands: { d1: '11.4', d2: '3.7' }, expression: '(11.4 + 3.7) / 2', value: '7.5' }]);
  });

  it('the 2025 method: the sum of the directions\' Σ W, by direction', () => {
    // 11.4 + 3.7 = 15.1.
    expect(scoreBody('b', directions, METHOD_2025).trace.map(told)).toEqual([{ operation: 'sum', operands: { d1: '11.4', d2: '3.7' }, expression: '11.4 + 3.7', value: '15.1' }]);
  });

  it('sum over planned weight: Σ W / Σ U × 100, a share of planned from ΣW and ΣU', () => {
    // Σ W = 15.1, Σ U = 20 + 5 = 25: 15.1 / 25 × 100 = 60.4.
    const method = createScoringMethod({ ...METHOD_2025, name: 'share', aggregation: 'sum-over-planned-weight' });
    expect(scoreBody('b', directions, method).trace.map(told)).toEqual([{ operation: 'share-of-planned', operands: { 'ΣW': '15.1', 'ΣU': '25' }, expression: '15.1 / 25 × 100', value: '60.4' }]);
  });

  it('a body of one direction takes its R with no step of its own', () => {
    const body = scoreBody('b', [directions[0]!]);
    expect([body.result, body.trace]).toEqual(['11.4', []]);
  });
});

describe('the structured fields are plain, frozen data', () => {
  it('every step carries them, frozen, and they survive JSON', () => {
    const score = scoreIndicator({ id: 'x.1', kind: 'composite', weight: '20', target: '100', criteria: CRITERIA }, { met: ['c1'] });
    for (const step of score.trace.steps) {
      expect(Object.isFrozen(step.operands)).toBe(true);
      expect(JSON.parse(JSON.stringify(step))).toEqual(step);
    }
  });
});
