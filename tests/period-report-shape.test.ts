/**
 * The main entry checks a period report's shape by hand (src/reports/period-report-shape.ts), where
 * it used zod. The zod schema is the reference: on every document below, hand-written to break each
 * field and rule, and on documents fast-check generates, the check gives exactly the issues that
 * zod's, mapped as the library mapped them (tests/helpers/zod-shape-issues.ts), gives: same codes,
 * paths, locations, expected texts, received values, messages, and order.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../src/errors/cdto-kpi-error.js';
import { validatePeriodReport } from '../src/index.js';
import { periodReportShapeIssues } from '../src/reports/period-report-shape.js';
import { zodShapeIssues } from './helpers/zod-shape-issues.js';

const VALID = { period: { year: 2025, quarter: 2 }, bodies: [{ body: 'justice', figures: { 'common.1': { met: [] } } }] };
/** The valid report with some of its parts replaced (`undefined` for a part left out). */
const report = (parts: Record<string, unknown>): Record<string, unknown> => {
  const document: Record<string, unknown> = { ...VALID };
  for (const [key, value] of Object.entries(parts)) {
    if (value === undefined) delete document[key];
    else document[key] = value;
  }
  return document;
};
const withPeriod = (period: unknown): Record<string, unknown> => report({ period });
const withBody = (entry: unknown): Record<string, unknown> => report({ bodies: [entry] });
const withFigures = (figures: unknown): Record<string, unknown> => withBody({ body: 'justice', figures });

class Ledger {
  readonly figures = {};
}
const symbolKeyed = (): Record<string | symbol, unknown> => ({ 'common.1': { met: [] }, [Symbol('first')]: 1, [Symbol('second')]: 2 });
const hiddenSymbol = (): object => Object.defineProperty({ 'common.1': {} }, Symbol('hidden'), { value: 1, enumerable: false });

/** Documents that break every field and every rule of the shape, one or several at a time. */
const CORPUS: readonly (readonly [string, unknown])[] = [
  ['a valid report', VALID],
  ['a valid report with every optional field', { $comment: 'note', $indicators: [1, 'x'], synthetic: true, reading: 'ru', ...VALID }],
  ['optional fields given as undefined', { $comment: undefined, $indicators: undefined, synthetic: undefined, reading: undefined, ...VALID }],
  ['null', null],
  ['undefined', undefined],
  ['a string', 'report'],
  ['a number', 42],
  ['a list', [VALID]],
  ['true', true],
  ['an empty object', {}],
  ['a date', new Date(0)],
  ['$comment a number', report({ $comment: 1 })],
  ['$comment null', report({ $comment: null })],
  ['$indicators a string', report({ $indicators: 'all' })],
  ['$indicators an object', report({ $indicators: {} })],
  ['$indicators null', report({ $indicators: null })],
  ['$indicators NaN', report({ $indicators: Number.NaN })],
  ['$indicators Infinity', report({ $indicators: Number.POSITIVE_INFINITY })],
  ['$indicators -Infinity', report({ $indicators: Number.NEGATIVE_INFINITY })],
  ['$indicators a number', report({ $indicators: 3 })],
  ['$indicators a Map', report({ $indicators: new Map() })],
  ['$indicators a class instance', report({ $indicators: new Ledger() })],
  ['$indicators without prototype', report({ $indicators: Object.create(null) })],
  ['$indicators a bigint', report({ $indicators: 10n })],
  ['$indicators a function', report({ $indicators: () => 1 })],
  ['$indicators a symbol', report({ $indicators: Symbol('s') })],
  ['$indicators a boxed string', report({ $indicators: Object('text') })],
  ['synthetic a string', report({ synthetic: 'yes' })],
  ['synthetic a number', report({ synthetic: 1 })],
  ['reading en', report({ reading: 'en' })],
  ['reading KK', report({ reading: 'KK' })],
  ['reading a number', report({ reading: 1 })],
  ['reading null', report({ reading: null })],
  ['no period', report({ period: undefined })],
  ['period null', withPeriod(null)],
  ['period a list', withPeriod([2025, 2])],
  ['period a string', withPeriod('2025-Q2')],
  ['period empty', withPeriod({})],
  ['year a string', withPeriod({ year: '2025', quarter: 2 })],
  ['year a fraction', withPeriod({ year: 2025.5, quarter: 2 })],
  ['year NaN', withPeriod({ year: Number.NaN, quarter: 2 })],
  ['year Infinity', withPeriod({ year: Number.POSITIVE_INFINITY, quarter: 2 })],
  ['year above the safe integers', withPeriod({ year: 1e16, quarter: 2 })],
  ['year below the safe integers', withPeriod({ year: -1e16, quarter: 2 })],
  ['year null', withPeriod({ year: null, quarter: 2 })],
  ['year missing', withPeriod({ quarter: 2 })],
  ['year -0', withPeriod({ year: -0, quarter: 2 })],
  ['quarter 0', withPeriod({ year: 2025, quarter: 0 })],
  ['quarter 5', withPeriod({ year: 2025, quarter: 5 })],
  ['quarter a string', withPeriod({ year: 2025, quarter: '2' })],
  ['quarter a fraction', withPeriod({ year: 2025, quarter: 1.5 })],
  ['quarter null', withPeriod({ year: 2025, quarter: null })],
  ['quarter missing', withPeriod({ year: 2025 })],
  ['period with extra fields', withPeriod({ year: 2025, quarter: 2, month: 4, day: 1 })],
  ['period with an inherited field', withPeriod(Object.assign(Object.create({ inherited: true }) as object, { year: 2025, quarter: 2 }))],
  ['period with every problem', withPeriod({ month: 4, year: 'x', quarter: 9 })],
  ['no bodies', report({ bodies: undefined })],
  ['bodies null', report({ bodies: null })],
  ['bodies an object', report({ bodies: { justice: {} } })],
  ['bodies empty', report({ bodies: [] })],
  // zod checks the least length of any value that has a length, even one of the wrong type.
  ['bodies an empty string', report({ bodies: '' })],
  ['bodies a string', report({ bodies: 'justice' })],
  ['bodies an object of length 0', report({ bodies: { length: 0 } })],
  ['bodies an object whose length is not a number', report({ bodies: { length: 'none' } })],
  ['a body null', withBody(null)],
  ['a body a number', withBody(1)],
  ['a body a list', withBody([])],
  ['a hole in the bodies', report({ bodies: [VALID.bodies[0], , VALID.bodies[0]] })], // eslint-disable-line no-sparse-arrays
  ['a body empty', withBody({})],
  ['body a number', withBody({ body: 7, figures: {} })],
  ['body empty', withBody({ body: '', figures: {} })],
  ['body null', withBody({ body: null, figures: {} })],
  ['body missing', withBody({ figures: {} })],
  ['body an empty list', withBody({ body: [], figures: {} })],
  ['body a list of one', withBody({ body: ['justice'], figures: {} })],
  ['body a function without parameters', withBody({ body: () => 'justice', figures: {} })],
  ['body an empty boxed string', withBody({ body: Object(''), figures: {} })],
  ['body an object of length null', withBody({ body: { length: null }, figures: {} })],
  ['figures null', withFigures(null)],
  ['figures a list', withFigures([])],
  ['figures a string', withFigures('none')],
  ['figures missing', withBody({ body: 'justice' })],
  ['figures a Map', withFigures(new Map())],
  ['figures a date', withFigures(new Date(0))],
  ['figures a class instance', withFigures(new Ledger())],
  ['figures without prototype', withFigures(Object.assign(Object.create(null) as object, { 'common.1': {} }))],
  ['figures with a constructor field', withFigures({ constructor: 'not a function' })],
  ['figures with a constructor whose prototype is not an object', withFigures({ constructor: Object.assign(() => 1, { prototype: 1 }) })],
  ['figures with symbol keys', withFigures(symbolKeyed())],
  ['figures with a non-enumerable symbol key', withFigures(hiddenSymbol())],
  ['a body with extra fields', withBody({ body: 'justice', figures: {}, name: 'Justice', id: 1 })],
  ['a body with an inherited field', withBody(Object.assign(Object.create({ inherited: 1 }) as object, { body: 'justice', figures: {} }))],
  ['bodies with every problem', report({ bodies: [{ figures: [], body: '', extra: 1 }, 5, { body: 'finance', figures: null }] })],
  ['extra fields at the root', report({ version: 2, '1': 'one', 'a b': true })],
  ['an inherited field at the root', Object.assign(Object.create({ inherited: 1 }) as object, VALID)],
  ['a document without prototype', Object.assign(Object.create(null) as object, VALID)],
  ['every field wrong at once', { extra: 0, bodies: [], reading: 'de', period: { quarter: 'Q1' }, synthetic: 'no', $indicators: 'x', $comment: 5 }],
  // JSON.parse makes "__proto__" an own key, which for…in lists as any other.
  ['__proto__ keys from JSON', JSON.parse('{"__proto__": {"x": 1}, "period": {"year": 2025, "quarter": 1, "__proto__": 1}, "bodies": [{"body": "justice", "figures": {"__proto__": {}}, "__proto__": 2}]}')],
  ['the synthetic report of the package', JSON.parse(JSON.stringify({ synthetic: true, ...VALID }))],
];

/** Each issue as `code field`, the field written without list indexes (`bodies.body`). */
const kinds = (issues: readonly Issue[]): string[] => issues.map((issue) => `${issue.code} ${issue.path.filter((key) => typeof key === 'string').join('.')}`);

describe('the shape of a period report, checked by hand, gives the issues zod gives', () => {
  it.each(CORPUS)('%s', (_name, document) => {
    expect(periodReportShapeIssues(document)).toEqual(zodShapeIssues(document));
  });

  it('the hand-written documents break every field in every way the shape refuses (worked out by hand from the schema)', () => {
    const found = new Set(CORPUS.flatMap(([, document]) => kinds(zodShapeIssues(document))));
    const expected = [
      'WRONG_TYPE ', 'MISSING_FIELD ', 'UNEXPECTED_FIELD version', 'UNEXPECTED_FIELD inherited', 'UNEXPECTED_FIELD __proto__',
      'WRONG_TYPE $comment', 'WRONG_TYPE $indicators', 'WRONG_TYPE synthetic', 'INVALID_VALUE reading',
      'MISSING_FIELD period', 'WRONG_TYPE period', 'WRONG_TYPE period.year', 'MISSING_FIELD period.year', 'INVALID_VALUE period.year',
      'INVALID_VALUE period.quarter', 'MISSING_FIELD period.quarter', 'UNEXPECTED_FIELD period.month', 'UNEXPECTED_FIELD period.inherited',
      'MISSING_FIELD bodies', 'WRONG_TYPE bodies', 'INVALID_VALUE bodies',
      'WRONG_TYPE bodies.body', 'INVALID_VALUE bodies.body', 'MISSING_FIELD bodies.body',
      'WRONG_TYPE bodies.figures', 'INVALID_VALUE bodies.figures', 'MISSING_FIELD bodies.figures', 'UNEXPECTED_FIELD bodies.name',
    ];
    expect([...found].sort()).toEqual(expect.arrayContaining(expected));
    expect(expected.filter((kind) => !found.has(kind))).toEqual([]);
  });

  it('keeps zod\'s words where the library has none: $indicators of the wrong type', () => {
    // zod's English message for an array expected and something else received, by hand.
    expect(periodReportShapeIssues(report({ $indicators: new Map() }))[0]?.expected).toBe('Invalid input: expected array, received Map');
    expect(periodReportShapeIssues(report({ $indicators: Number.NaN }))[0]?.expected).toBe('Invalid input: expected array, received NaN');
    expect(periodReportShapeIssues(report({ $indicators: null }))[0]?.expected).toBe('Invalid input: expected array, received null');
  });

  it('lists the issues in zod\'s order: fields in the order of the shape, unexpected fields last (by hand)', () => {
    const issues = periodReportShapeIssues({ extra: 0, bodies: [], reading: 'de', period: { quarter: 'Q1' }, synthetic: 'no', $indicators: 'x', $comment: 5 });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['WRONG_TYPE', ['$comment']],
      ['WRONG_TYPE', ['$indicators']],
      ['WRONG_TYPE', ['synthetic']],
      ['MISSING_FIELD', ['period', 'year']],
      ['INVALID_VALUE', ['period', 'quarter']],
      ['INVALID_VALUE', ['reading']],
      ['INVALID_VALUE', ['bodies']],
      ['UNEXPECTED_FIELD', ['extra']],
    ]);
  });

  it('is what validatePeriodReport lists first', () => {
    const document = withBody({ body: '', figures: [] });
    expect(validatePeriodReport(document).issues).toEqual(zodShapeIssues(document));
  });
});

/** Any value at all, the awkward ones more often than fast-check alone would give them. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withNullPrototype: true, withObjectString: true, withSet: true, withSparseArray: true, withTypedArray: true }),
  fc.constantFrom(null, undefined, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e16, -1e16, '', [], {}, { length: 0 }, new Map(), Object.create(null) as object),
);
/** A field's value: most often a valid one, else anything. */
const field = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> => fc.oneof({ arbitrary: valid, weight: 3 }, { arbitrary: anyValue, weight: 1 });
/** Some keys that are not part of the shape (none, most often). */
const extraFields = fc.oneof({ arbitrary: fc.constant({}), weight: 4 }, { arbitrary: fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', '0', 'year', 'body')), anyValue, { maxKeys: 3 }), weight: 1 });
const withExtra = (fields: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Record<string, unknown>> =>
  fc.tuple(fields, extraFields).map(([shape, extra]) => {
    const document = { ...shape };
    // defineProperty, so that a "__proto__" key is an own field as JSON.parse makes it.
    for (const [key, value] of Object.entries(extra)) Object.defineProperty(document, key, { value, enumerable: true, writable: true, configurable: true });
    return document;
  });
const figures = fc.oneof(fc.dictionary(fc.string(), anyValue, { maxKeys: 4 }), fc.constant(symbolKeyed()), fc.constant(hiddenSymbol()));
const bodyEntry = withExtra(fc.record({ body: field(fc.constantFrom('justice', 'finance', '')), figures: field(figures) }, { requiredKeys: [] }));
const period = withExtra(fc.record({ year: field(fc.integer({ min: 2020, max: 2030 })), quarter: field(fc.integer({ min: 0, max: 5 })) }, { requiredKeys: [] }));
/** Documents near a period report: each field present or not, valid or not, with or without extra fields. */
const nearReport = withExtra(
  fc.record(
    {
      $comment: field(fc.string()),
      $indicators: field(fc.array(anyValue, { maxLength: 2 })),
      synthetic: field(fc.boolean()),
      period: field(period),
      reading: field(fc.constantFrom('kk', 'ru')),
      bodies: field(fc.array(field(bodyEntry), { maxLength: 4 })),
    },
    { requiredKeys: [] },
  ),
);

describe('on generated documents (fast-check), the check and zod agree issue for issue', () => {
  it('near a period report', () => {
    fc.assert(
      fc.property(nearReport, (document) => {
        expect(periodReportShapeIssues(document)).toEqual(zodShapeIssues(document));
      }),
      { numRuns: 3000 },
    );
  });

  it('any value, and any JSON', () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, fc.json().map((text): unknown => JSON.parse(text))), (document) => {
        expect(periodReportShapeIssues(document)).toEqual(zodShapeIssues(document));
      }),
      { numRuns: 2000 },
    );
  });
});
