import { describe, expect, it } from 'vitest';
import * as library from '../src/index.js';
import {
  AGGREGATIONS,
  appliesInYear,
  catalogueRecords,
  CdtoKpiError,
  createScoringMethod,
  definitionFor2025,
  EDITION_COVERAGE,
  ERROR_CODES,
  EXACT_ROUNDING,
  INDICATOR_KINDS,
  indicatorsForPeriod,
  INPUT_FIELDS,
  PUBLISHED_METHOD,
  rankResults,
  ROUNDING_MODES,
  roundStage,
  SCALE_WORDS,
  scoreBody,
  scoreIndicator,
  scorePeriodReport,
  WARNING_CODES,
} from '../src/index.js';
import { ExactDecimal } from '../src/decimal/decimal.js';
import { run } from '../src/cli/main.js';

/** The error a call throws, which must be a CdtoKpiError. */
function thrown(call: () => unknown): CdtoKpiError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(CdtoKpiError);
    return error as CdtoKpiError;
  }
  throw new Error('expected a CdtoKpiError, and nothing was thrown');
}

describe('what callers cannot change', () => {
  it('exports a decimal with no configuration and no state a caller can change', () => {
    // decimal.js carried a configuration a caller could change through any value; ours has none.
    expect('set' in library.ExactDecimal).toBe(false);
    const value = new library.ExactDecimal('1.5');
    Object.assign(value, { units: 7n, exponent: 3, d: [9], e: 5 });
    expect(value.times(2).toFixed()).toBe('3');
  });

  it('freezes every exported constant the scorer relies on', () => {
    for (const constant of [EDITION_COVERAGE, EDITION_COVERAGE['2025'].years, INPUT_FIELDS, INPUT_FIELDS.ratio, INDICATOR_KINDS, ROUNDING_MODES, AGGREGATIONS, SCALE_WORDS, ERROR_CODES, WARNING_CODES]) {
      expect(Object.isFrozen(constant)).toBe(true);
    }
    expect(() => (INPUT_FIELDS.ratio as string[]).push('c')).toThrow(TypeError);
  });
});

describe('methods and roundings that were not made by the factories', () => {
  it('refuses a hand-made method with an unknown rule, rather than read it as the printed rule', () => {
    const method = { ...PUBLISHED_METHOD, decreasingAboveTarget: 'inverse' } as never;
    const error = thrown(() => scoreIndicator({ id: 'finance.5', kind: 'decreasing-ratio', weight: '10', target: '45' }, { a: '90', b: '100' }, method));
    expect(error.code).toBe(ERROR_CODES.INVALID_POLICY);
    expect(thrown(() => createScoringMethod(undefined as never)).code).toBe(ERROR_CODES.INVALID_POLICY);
  });

  it('refuses a rounding mode it does not know', () => {
    expect(thrown(() => roundStage({ value: new ExactDecimal('1.25'), exact: true }, { mode: 'up' as never, decimals: 1 })).code).toBe(ERROR_CODES.INVALID_POLICY);
    expect(thrown(() => roundStage({ value: new ExactDecimal('1.25'), exact: true }, { mode: 'toString' as never, decimals: 1 })).code).toBe(ERROR_CODES.INVALID_POLICY);
  });
});

describe('exact scoring without rounding', () => {
  it('enters an unrounded share into W as its exact fraction: 1/3 of the target earns exactly 1/3 of U', () => {
    const method = createScoringMethod({ ...PUBLISHED_METHOD, name: 'exact', rounding: EXACT_ROUNDING });
    const score = scoreIndicator({ id: 'x.1', kind: 'ratio', weight: '3', target: '100' }, { a: '1', b: '3' }, method);
    expect(score.awarded).toBe('1');
    expect(score.share).toBe(`33.${'3'.repeat(77)}`); // 79 true digits, cut, never a made-up one
  });
});

describe('aggregation', () => {
  it('gives R = Σ W / Σ U × 100 under sum-over-planned-weight, however many directions', () => {
    const method = createScoringMethod({ ...PUBLISHED_METHOD, name: 'share', aggregation: 'sum-over-planned-weight' });
    const indicator = (id: string) => ({ definition: { id, kind: 'ratio' as const, weight: '25', target: '100' }, input: { a: '50', b: '100' } });
    const one = scoreBody('b', [{ direction: 'd', indicators: [indicator('d.1'), indicator('d.2')] }], method);
    const two = scoreBody('b', [{ direction: 'd', indicators: [indicator('d.1')] }, { direction: 'e', indicators: [indicator('e.1')] }], method);
    expect([one.result, two.result]).toEqual(['50', '50']);
  });

  it('names the body and the direction that is malformed', () => {
    const error = thrown(() => scoreBody('b', [{ direction: 'd', indicators: undefined as never }]));
    expect(error.location).toEqual({ body: 'b', field: 'directions[0]' });
  });
});

describe('ranks and weights given by hand', () => {
  it('refuses a result that is not a plain decimal string', () => {
    for (const result of ['abc', '43,1', '1e3', 'NaN', 65.1]) {
      const error = thrown(() => rankResults([{ body: 'a', result: '1' }, { body: 'b', result: result as string }]));
      expect(error.location).toEqual({ body: 'b', field: 'result' });
    }
  });

  it('reads a weight as the scorer does: a dash applies nowhere, a decimal comma is a decimal', () => {
    expect(appliesInYear({ id: 'x.1', kind: 'ratio', weight: '-', target: '1' })).toBe(false);
    expect(appliesInYear({ id: 'x.1', kind: 'ratio', weight: '0,0', target: '1' })).toBe(false);
    expect(appliesInYear({ id: 'x.1', kind: 'ratio', weight: '2,5', target: '1' })).toBe(true);
    expect(thrown(() => appliesInYear({ id: 'x.1', kind: 'ratio', weight: '1e3', target: '1' })).location).toEqual({ indicator: 'x.1', field: 'weight' });
  });
});

describe('readings', () => {
  it('refuses a reading other than kk or ru', () => {
    expect(thrown(() => definitionFor2025('common.2', '2026', { reading: 'xx' as never })).location).toEqual({ field: 'reading' });
    expect(thrown(() => catalogueRecords('2025', 'en' as never)).code).toBe(ERROR_CODES.INVALID_READING);
  });

  it('refuses a reading for the 2023 edition, which has one set of values', () => {
    expect(thrown(() => catalogueRecords('2023', 'ru')).location).toEqual({ field: 'reading' });
    expect(thrown(() => indicatorsForPeriod({ year: 2024, quarter: 1 }, 'justice', { reading: 'ru' })).location).toEqual({ body: 'justice', field: 'reading' });
    expect(thrown(() => scorePeriodReport({ period: { year: 2024, quarter: 1 }, reading: 'ru', bodies: [{ body: 'justice', figures: {} }] })).location).toEqual({ field: 'reading' });
  });
});

describe('a malformed period report', () => {
  it.each([
    // A value of another type is WRONG_TYPE (see ERROR_CODES): a string year, a number body, a list of figures.
    [{ period: { year: '2024', quarter: 1 }, bodies: [] }, ERROR_CODES.WRONG_TYPE, 'period.year', '"2024"'],
    [{ period: { year: 2024, quarter: 1 }, bodies: [{ body: 5, figures: {} }] }, ERROR_CODES.WRONG_TYPE, 'body', '5'],
    [{ period: { year: 2024, quarter: 1 }, bodies: [{ body: 'justice', figures: [] }] }, ERROR_CODES.WRONG_TYPE, 'figures', '[]'],
    [{ period: { year: 2024 }, bodies: [] }, ERROR_CODES.MISSING_FIELD, 'period.quarter', 'nothing'],
  ])('%j → %s at %s, quoting %s', (document, code, field, quoted) => {
    const error = thrown(() => scorePeriodReport(document));
    expect(error.code).toBe(code);
    expect(error.location.field).toBe(field);
    expect(error.message).toContain(`got ${quoted}`);
  });
});

describe('the command line and files it cannot read', () => {
  it('says which file it cannot read, without a stack trace, and exits 1', () => {
    let err = '';
    const code = run(['score', '/nonexistent/report.json'], { out: () => undefined, err: (text) => (err += text), readStdin: () => '' });
    expect(code).toBe(1);
    expect(err).toMatch(/^error INPUT_UNREADABLE: input: cannot read \/nonexistent\/report\.json: no such file;/u);
  });

  it('refuses --reading for the 2023 catalogue, and prints usage on stderr when no command is given', () => {
    let out = '';
    let err = '';
    const io = { out: (text: string) => (out += text), err: (text: string) => (err += text), readStdin: () => '' };
    expect(run(['catalogue', '--edition', '2023', '--reading', 'ru'], io)).toBe(2);
    expect(err).toContain('--reading applies to an edition with two texts only: the 2023 edition has one set of values');
    expect(run([], io)).toBe(2);
    expect(out).toBe('');
  });
});
