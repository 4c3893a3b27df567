/**
 * Edges of scoring found in review, kept from the fast path's tests now that one engine scores
 * every figure: a printed figure and its plain value score alike, a score keeps what it was given,
 * and the inputs the fast path once mishandled are refused or read as the method says.
 */
import { describe, expect, it } from 'vitest';
import { scoreIndicator } from '../../src/index.js';

const codeOf = (score: () => unknown): string | null => {
  try {
    score();
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? 'not a CdtoKpiError';
  }
};

describe('a figure printed with a scale word scores as its plain value', () => {
  it('has the same JSON, trace included, frozen', () => {
    const definition = { id: 'security.1', kind: 'ratio', weight: '20', target: '75' } as const;
    const plainScore = scoreIndicator(definition, { a: '156710', b: '363249' });
    const printed = scoreIndicator(definition, { a: '156,71 тыс.', b: '363,249 тыс.' });
    expect(plainScore.trace).toBe(plainScore.trace);
    expect(Object.isFrozen(plainScore)).toBe(true);
    expect(Object.isFrozen(plainScore.trace)).toBe(true);
    expect(JSON.stringify(printed)).toBe(JSON.stringify(plainScore));
    // Z = 15671000 / 363249 = 43.14… → 43.1; W = 43.1 / 75 × 20 = 11.49… → 11.4
    expect(JSON.parse(JSON.stringify(plainScore))).toMatchObject({ share: '43.1', awarded: '11.4', trace: { inputs: { a: '156710', b: '363249' } } });
  });
});

describe('a score keeps what it was given', () => {
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

describe('inputs refused or read as the method says (found in review)', () => {
  const ratio = Object.freeze({ id: 'x.1', kind: 'ratio' as const, weight: '20', target: '75' });

  it('a figure longer than the printed-figure limit is refused when scored', () => {
    expect(codeOf(() => scoreIndicator(ratio, { a: `${' '.repeat(300)}5`, b: '10' }))).toBe('LIMIT_EXCEEDED');
  });

  it('a list with the kind\'s fields as properties is refused, for every kind', () => {
    const list = Object.assign([], { a: '156710', b: '363249' });
    expect(codeOf(() => scoreIndicator(ratio, list as never))).toBe('WRONG_TYPE');
    const milestone = Object.freeze({ id: 'x.2', kind: 'milestone' as const, weight: '5', target: '1' });
    expect(codeOf(() => scoreIndicator(milestone, Object.assign([], { done: true }) as never))).toBe('WRONG_TYPE');
  });

  it('a composite list whose element is a getter is refused, the getter never run', () => {
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
    // So is a frozen definition whose source can still change: the trace tells the source as it is now.
    const source = { edition: 'local', reading: null, year: '2025', reference: 'row 1' };
    const sourced = Object.freeze({ id: 'x.5', kind: 'ratio' as const, weight: '20', target: '75', source });
    expect(scoreIndicator(sourced, { a: '1', b: '2' }).trace.source?.reference).toBe('row 1');
    source.reference = 'row 2';
    expect(scoreIndicator(sourced, { a: '1', b: '2' }).trace.source?.reference).toBe('row 2');
  });

  it('a zero Ib is a percentage like any other (S = (50 + 0) / 2 = 25 of 50: W = 25 / 50 × 10 = 5)', () => {
    const security = Object.freeze({ id: 'x.5', kind: 'security' as const, weight: '10', target: '50' });
    expect(scoreIndicator(security, { ia: '50', ib: '0' }).awarded).toBe('5');
  });
});
