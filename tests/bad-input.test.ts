import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import * as library from '../src/index.js';
import {
  BODIES,
  catalogueRecords,
  CdtoKpiError,
  createScoringMethod,
  defaultEditions,
  definitionFor,
  ERROR_CODES,
  INDICATOR_KINDS,
  indicatorsForPeriod,
  METHOD_2025,
  PUBLISHED_METHOD,
  rankResults,
  scoreBody,
  scoreIndicator,
  scorePeriodReport,
  WARNING_CODES,
} from '../src/index.js';
import * as audit from '../src/audit.js';
import * as core from '../src/core.js';
import * as csv from '../src/csv.js';
import * as report2024 from '../src/reports/report-2024-q1.js';
import { EXACT_ROUNDING, PUBLISHED_ROUNDING } from '../src/decimal/rounding.js';
import { kindModule } from '../src/kinds/registry.js';
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
  it('exports no decimal, so no configuration and no state a caller can change; a caller\'s decimal.js settings do not reach the scorer', () => {
    // Decimals never cross the API: no entry exports decimal.js or a value of it.
    for (const entry of [library, core, csv, audit, report2024]) {
      for (const [name, value] of Object.entries(entry)) {
        expect(value instanceof Decimal || (typeof value === 'function' && 'set' in value && 'precision' in value), name).toBe(false);
      }
    }
    const definition = { id: 'x.1', kind: 'ratio', weight: '20', target: '75' } as const;
    const before = JSON.stringify(scoreIndicator(definition, { a: '2', b: '3' }));
    const saved = { precision: Decimal.precision, rounding: Decimal.rounding };
    Decimal.set({ precision: 2, rounding: Decimal.ROUND_UP });
    try {
      // Z = 200 / 3 = 66.66… → 66.6; W = 66.6 / 75 × 20 = 17.76 → 17.7.
      const score = scoreIndicator(definition, { a: '2', b: '3' });
      expect([score.share, score.awarded]).toEqual(['66.6', '17.7']);
      expect(JSON.stringify(score)).toBe(before);
    } finally {
      Decimal.set(saved);
    }
  });

  it('freezes every exported constant the scorer relies on', () => {
    const coverage = defaultEditions.coverage();
    for (const constant of [coverage, coverage[1]!, coverage[1]!.years, coverage[1]!.inForce, kindModule('ratio')!.fields, kindModule('ratio')!.levers, INDICATOR_KINDS, BODIES, ERROR_CODES, WARNING_CODES, PUBLISHED_METHOD, PUBLISHED_METHOD.rounding, METHOD_2025, EXACT_ROUNDING, PUBLISHED_ROUNDING.share]) {
      expect(Object.isFrozen(constant)).toBe(true);
    }
    // Every value an entry exports that is not a function is frozen all the way down.
    const deeplyFrozen = (value: unknown, seen = new Set<unknown>()): boolean => {
      if (typeof value !== 'object' || value === null || seen.has(value)) return true;
      seen.add(value);
      return Object.isFrozen(value) && Reflect.ownKeys(value).every((key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(value, key)!;
        return !('value' in descriptor) || deeplyFrozen(descriptor.value, seen);
      });
    };
    for (const entry of [library, core, csv, audit, report2024]) {
      for (const [name, value] of Object.entries(entry)) {
        // The default registry is a live value: registering is what it is for; its coverage is frozen (above).
        if (value === defaultEditions) continue;
        if (typeof value === 'object' && value !== null) expect(deeplyFrozen(value), name).toBe(true);
      }
    }
    expect(() => (kindModule('ratio')!.fields as string[]).push('c')).toThrow(TypeError);
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
    // Rounding is internal: a mode reaches it only through a method, made by the factory or by hand.
    for (const mode of ['up', 'toString']) {
      const rounding = { ...PUBLISHED_ROUNDING, share: { mode, decimals: 1 } } as never;
      const error = thrown(() => createScoringMethod({ ...PUBLISHED_METHOD, name: 'odd', rounding }));
      expect([error.code, error.location]).toEqual([ERROR_CODES.INVALID_POLICY, { field: 'share.mode' }]);
      const handMade = { ...PUBLISHED_METHOD, rounding } as never;
      expect(thrown(() => scoreIndicator({ id: 'x.1', kind: 'ratio', weight: '20', target: '75' }, { a: '1.25', b: '100' }, handMade)).code).toBe(ERROR_CODES.INVALID_POLICY);
    }
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

describe('a definition in scoreBody, read once with its directions and checked as scoreIndicator checks it', () => {
  it('refuses an unknown kind and a weight that is not a decimal string, both at once, at the body, direction and indicator', () => {
    const error = thrown(() => scoreBody('b', [{ direction: 'd', indicators: [{ definition: { id: 'd.1', kind: 'ratios', weight: 25, target: '100' } as never, input: { a: '1', b: '2' } }] }]));
    expect(error.issues.map((issue) => [issue.code, issue.location])).toEqual([
      [ERROR_CODES.UNKNOWN_KIND, { body: 'b', direction: 'd', indicator: 'd.1', field: 'kind' }],
      [ERROR_CODES.WRONG_TYPE, { body: 'b', direction: 'd', indicator: 'd.1', field: 'weight' }],
    ]);
  });

  it('refuses a definition that is not an object, at the field definition', () => {
    const error = thrown(() => scoreBody('b', [{ direction: 'd', indicators: [{ definition: ['d.1'] as never, input: { a: '1', b: '2' } }] }]));
    expect([error.code, error.location]).toEqual([ERROR_CODES.WRONG_TYPE, { body: 'b', direction: 'd', field: 'definition' }]);
  });

  it("prepares an edition's definition once, whichever way it comes in", async () => {
    const { prepareDefinition, prepareReadDefinition } = await import('../src/kinds/definition.js');
    const definition = definitionFor('2023', 'agriculture.1', '2024');
    const first = prepareReadDefinition(definition);
    expect(prepareDefinition(definition)).toBe(first);
    expect(prepareReadDefinition(definition)).toBe(first);
    // A copy is prepared anew, to the same values.
    expect(prepareReadDefinition(structuredClone(definition))).not.toBe(first);
    expect(prepareReadDefinition(structuredClone(definition))).toEqual(first);
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
    // Whether an indicator applies is its definition's weight, read as a figure (appliesInYear is gone; the scorer says it).
    const applies = (weight: string) => scoreIndicator({ id: 'x.1', kind: 'ratio', weight, target: '1' }, { a: '1', b: '1' }).rule !== 'not-applicable';
    expect(applies('-')).toBe(false);
    expect(applies('0,0')).toBe(false);
    expect(applies('2,5')).toBe(true);
    expect(scoreIndicator({ id: 'x.1', kind: 'ratio', weight: '2,5', target: '1' }, { a: '1', b: '1' }).weight).toBe('2.5');
    expect(thrown(() => applies('1e3')).location).toEqual({ indicator: 'x.1', field: 'weight' });
  });
});

describe('readings', () => {
  it('refuses a reading other than kk or ru', () => {
    expect(thrown(() => definitionFor('2025', 'common.2', '2026', { reading: 'xx' as never })).location).toEqual({ field: 'reading' });
    expect(thrown(() => catalogueRecords('2025', { reading: 'en' as never })).code).toBe(ERROR_CODES.INVALID_READING);
  });

  it('refuses a reading for the 2023 edition, which has one set of values', () => {
    expect(thrown(() => catalogueRecords('2023', { reading: 'ru' })).location).toEqual({ field: 'reading' });
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
