/**
 * The fast path's domain, stated as a rule and tested: which figures it reads as scaled integers
 * (up to 15 digits, exact in a double), which it hands to the exact parser, and which methods
 * it serves. Its results are compared with the decimal path in tests/differential.test.ts.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divide, ExactDecimal, plain } from '../../src/decimal/decimal.js';
import { createRoundingPolicy, PUBLISHED_ROUNDING, roundTrusted } from '../../src/decimal/rounding.js';
import { cutShareScaled, readScaled, type ScaledRead } from '../../src/decimal/scaled.js';
import { createScoringMethod, PUBLISHED_METHOD } from '../../src/scoring/method.js';
import { fastPlan } from '../../src/scoring/fast-path.js';
import { scoreIndicator } from '../../src/scoring/score-indicator.js';

const read = (figure: unknown): ScaledRead | null => {
  const into: ScaledRead = { units: 0, scale: 0 };
  return readScaled(figure, into) ? into : null;
};

describe('readScaled: the rule', () => {
  it('reads plain and regularly grouped figures', () => {
    expect(read('156710')).toEqual({ units: 156710, scale: 0 });
    expect(read('156 710')).toEqual({ units: 156710, scale: 0 });
    expect(read('3\u00a0714\u00a0388,81')).toEqual({ units: 371438881, scale: 2 });
    expect(read(' 81 488 ')).toEqual({ units: 81488, scale: 0 });
    expect(read('43.10')).toEqual({ units: 4310, scale: 2 });
    expect(read(156710)).toEqual({ units: 156710, scale: 0 });
  });

  it('reads up to 15 digits (exact in a double) and leaves more to the decimal path', () => {
    expect(read('999999999999999')).toEqual({ units: 999999999999999, scale: 0 });
    expect(read('99999999.9999999')).toEqual({ units: 999999999999999, scale: 7 });
    expect(read('9999999999999999')).toBeNull();
    expect(read('1.00000000000000000001')).toBeNull();
  });

  it('hands everything else to the exact parser', () => {
    for (const figure of ['', ' ', '-', '--', '-5', '815 5647', '12 34', '1 2345', '4,05 млрд', '50 %', '1e3', '1.', '.5', '1.2.3', '1 234.5 6', '1'.repeat(25), `0.${'1'.repeat(21)}`, 0.1, -1, Number.MAX_SAFE_INTEGER + 1, null, undefined, true, {}]) {
      expect(read(figure), JSON.stringify(figure)).toBeNull();
    }
  });
});

describe('fastPlan: the methods served', () => {
  it('serves cuts toward zero or floors with the inverse-proportional rule', () => {
    expect(fastPlan(PUBLISHED_METHOD)).toEqual({ shareDecimals: 1, awardedDecimals: 1 });
    const halfUp = createScoringMethod({
      ...PUBLISHED_METHOD,
      name: 'half-up',
      rounding: createRoundingPolicy({ ...PUBLISHED_ROUNDING, name: 'half-up', awarded: { mode: 'half-up', decimals: 1 } }),
    });
    expect(fastPlan(halfUp)).toBeNull();
    expect(fastPlan(createScoringMethod({ ...PUBLISHED_METHOD, name: 'printed', decreasingAboveTarget: 'printed' }))).toBeNull();
  });
});

describe('a fast score is the decimal score', () => {
  it('has the same JSON, trace included, and a trace built once', () => {
    const definition = { id: 'security.1', kind: 'ratio', weight: '20', target: '75' } as const;
    const fast = scoreIndicator(definition, { a: '156710', b: '363249' });
    // The same figures printed with a scale word go to the decimal path.
    const slow = scoreIndicator(definition, { a: '156,71 тыс.', b: '363,249 тыс.' });
    expect(fast.trace).toBe(fast.trace);
    expect(Object.isFrozen(fast)).toBe(true);
    expect(Object.isFrozen(fast.trace)).toBe(true);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
    // Z = 15671000 / 363249 = 43.14… → 43.1; W = 43.1 / 75 × 20 = 11.49… → 11.4
    expect(JSON.parse(JSON.stringify(fast))).toMatchObject({ share: '43.1', awarded: '11.4', trace: { inputs: { a: '156710', b: '363249' } } });
  });
});

describe('the fast path keeps what it was given', () => {
  it('writes a composite trace from the criteria met as scored, whatever the caller does to its list after', () => {
    const definition = Object.freeze({ id: 'x.1', kind: 'composite' as const, weight: '20', target: '20', criteria: Object.freeze([Object.freeze({ id: 'p', weight: '10' }), Object.freeze({ id: 'q', weight: '10' })]) });
    const met = ['p'];
    const score = scoreIndicator(definition, { met });
    // Z = 10 of 20: W = 10 / 20 × 20 = 10.
    expect([score.share, score.awarded, score.rule]).toEqual(['10', '10', 'proportional']);
    met.push('q');
    expect(score.trace.inputs).toEqual({ met: ['p'] });
    expect(score.trace.steps.map((step) => step.expression)).toEqual(['10 (p)', '10 / 20 × 20']);
  });
});

describe('cutShareScaled: a direction\'s share of its planned weight, in doubles', () => {
  it('is the decimal path\'s rounded quotient, or hands over', () => {
    const plainDecimal = fc.tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 4 })).map(([units, scale]) => plain(new ExactDecimal(BigInt(units), -scale)));
    let taken = 0;
    fc.assert(
      fc.property(plainDecimal, plainDecimal.filter((y) => y !== '0'), fc.constantFrom('toward-zero' as const, 'floor' as const), fc.integer({ min: 0, max: 6 }), (x, y, mode, decimals) => {
        const quick = cutShareScaled(read(x)!, read(y)!, mode, decimals);
        if (quick === undefined) return;
        taken += 1;
        expect(quick).toBe(plain(roundTrusted(divide(new ExactDecimal(x).times(100), new ExactDecimal(y)), { mode, decimals }).value));
      }),
      { numRuns: 5000 },
    );
    expect(taken).toBeGreaterThan(4000);
    // Other modes are the decimal path's.
    expect(cutShareScaled(read('1')!, read('3')!, 'half-up', 1)).toBeUndefined();
  });
});

describe('what the fast path never takes (found in review)', () => {
  const ratio = Object.freeze({ id: 'x.1', kind: 'ratio' as const, weight: '20', target: '75' });
  const codeOf = (score: () => unknown): string | null => {
    try {
      score();
      return null;
    } catch (error) {
      return (error as { code?: string }).code ?? 'not a CdtoKpiError';
    }
  };

  it('a figure longer than the printed-figure limit: refused when scored, not when its trace is written', () => {
    expect(codeOf(() => scoreIndicator(ratio, { a: `${' '.repeat(300)}5`, b: '10' }))).toBe('LIMIT_EXCEEDED');
  });

  it('a list with the kind\'s fields as properties: refused as the decimal path refuses it, for every kind', () => {
    const list = Object.assign([], { a: '156710', b: '363249' });
    expect(codeOf(() => scoreIndicator(ratio, list as never))).toBe('WRONG_TYPE');
    const milestone = Object.freeze({ id: 'x.2', kind: 'milestone' as const, weight: '5', target: '1' });
    expect(codeOf(() => scoreIndicator(milestone, Object.assign([], { done: true }) as never))).toBe('WRONG_TYPE');
  });

  it('a composite list whose element is a getter: refused, the getter never run', () => {
    const definition = Object.freeze({ id: 'x.3', kind: 'composite' as const, weight: '20', target: '20', criteria: Object.freeze([Object.freeze({ id: 'p', weight: '10' })]) });
    let runs = 0;
    const met: string[] = [];
    Object.defineProperty(met, 0, { enumerable: true, get: () => ((runs += 1), 'p') });
    expect(codeOf(() => scoreIndicator(definition, { met }))).toBe('WRONG_TYPE');
    expect(runs).toBe(0);
  });

  it('a frozen definition whose criteria can still change is read anew each time', () => {
    const criteria = [{ id: 'p', weight: '10' }, { id: 'q', weight: '10' }];
    const definition = Object.freeze({ id: 'x.4', kind: 'composite' as const, weight: '20', target: '20', criteria });
    // Z = 10 of 20: W = 10; then p weighs 20: Z = 20, W = U = 20.
    expect(scoreIndicator(definition, { met: ['p'] }).awarded).toBe('10');
    criteria[0]!.weight = '20';
    expect(scoreIndicator(definition, { met: ['p'] }).awarded).toBe('20');
  });

  it('a zero Ib is a percentage like any other (Z = (50 + 0) / 2 = 25 of 50: W = 25 / 50 × 10 = 5)', () => {
    const security = Object.freeze({ id: 'x.5', kind: 'security' as const, weight: '10', target: '50' });
    expect(scoreIndicator(security, { ia: '50', ib: '0' }).awarded).toBe('5');
  });
});
