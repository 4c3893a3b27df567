/**
 * A period report's shape at the door: the zod/mini schema (src/reports/period-report-schema.ts)
 * and the one mapper from zod's issues to the library's (src/errors/zod-issues.ts). On documents
 * hand-written to break each field and rule, every issue's code and path is worked out by hand from
 * the schema and the mapping rules:
 * - a value that is absent (`undefined`) is MISSING_FIELD;
 * - of the wrong type (an object, a list, a string, a number, a boolean, a record expected), WRONG_TYPE;
 * - of the right type but not allowed (a quarter not 1 to 4, a reading not kk or ru, a list or a
 *   string shorter than 1, a year beyond the safe integers), INVALID_VALUE; zod checks the least
 *   length of any value that has a `length`, even one of the wrong type, so `""`, `[]`, a function
 *   of no parameters and `{ length: 0 }` where a list or a string goes give both issues;
 * - a key the shape does not have, own or inherited, UNEXPECTED_FIELD, after the shape's fields.
 * The hand-written clone of zod this replaced, and its parity harness, are gone; the issues' codes
 * and paths are those it gave, their words the library's own.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue, PathKey } from '../src/errors/cdto-kpi-error.js';
import { validatePeriodReport } from '../src/index.js';
import { periodReportShapeIssues } from '../src/reports/period-report-schema.js';
import { valueAt } from '../src/errors/zod-issues.js';

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


type Expected = readonly (readonly [string, readonly PathKey[]])[];
const W = 'WRONG_TYPE';
const M = 'MISSING_FIELD';
const I = 'INVALID_VALUE';
const U = 'UNEXPECTED_FIELD';

/** Each document's issues, in order, as [code, path]: worked out by hand (see the header). */
const EXPECTED: Readonly<Record<string, Expected>> = {
  'a valid report': [],
  'a valid report with every optional field': [],
  'optional fields given as undefined': [],
  null: [[W, []]],
  undefined: [[M, []]],
  'a string': [[W, []]],
  'a number': [[W, []]],
  'a list': [[W, []]],
  true: [[W, []]],
  'an empty object': [[M, ['period']], [M, ['bodies']]],
  // A Date is an object to zod's object (it is not a list): read for its fields, it has none.
  'a date': [[M, ['period']], [M, ['bodies']]],
  '$comment a number': [[W, ['$comment']]],
  '$comment null': [[W, ['$comment']]],
  '$indicators a string': [[W, ['$indicators']]],
  '$indicators an object': [[W, ['$indicators']]],
  '$indicators null': [[W, ['$indicators']]],
  '$indicators NaN': [[W, ['$indicators']]],
  '$indicators Infinity': [[W, ['$indicators']]],
  '$indicators -Infinity': [[W, ['$indicators']]],
  '$indicators a number': [[W, ['$indicators']]],
  '$indicators a Map': [[W, ['$indicators']]],
  '$indicators a class instance': [[W, ['$indicators']]],
  '$indicators without prototype': [[W, ['$indicators']]],
  '$indicators a bigint': [[W, ['$indicators']]],
  '$indicators a function': [[W, ['$indicators']]],
  '$indicators a symbol': [[W, ['$indicators']]],
  '$indicators a boxed string': [[W, ['$indicators']]],
  'synthetic a string': [[W, ['synthetic']]],
  'synthetic a number': [[W, ['synthetic']]],
  'reading en': [[I, ['reading']]],
  'reading KK': [[I, ['reading']]],
  // An enum checks the value, whatever its type.
  'reading a number': [[I, ['reading']]],
  'reading null': [[I, ['reading']]],
  'no period': [[M, ['period']]],
  'period null': [[W, ['period']]],
  'period a list': [[W, ['period']]],
  'period a string': [[W, ['period']]],
  'period empty': [[M, ['period', 'year']], [M, ['period', 'quarter']]],
  'year a string': [[W, ['period', 'year']]],
  // An integer is a type of number to zod: a fraction, NaN or an infinity is of the wrong type.
  'year a fraction': [[W, ['period', 'year']]],
  'year NaN': [[W, ['period', 'year']]],
  'year Infinity': [[W, ['period', 'year']]],
  // An integer beyond the safe integers is one too large (or too small).
  'year above the safe integers': [[I, ['period', 'year']]],
  'year below the safe integers': [[I, ['period', 'year']]],
  'year null': [[W, ['period', 'year']]],
  'year missing': [[M, ['period', 'year']]],
  'year -0': [],
  // A quarter is one of four values: anything else is a value not allowed.
  'quarter 0': [[I, ['period', 'quarter']]],
  'quarter 5': [[I, ['period', 'quarter']]],
  'quarter a string': [[I, ['period', 'quarter']]],
  'quarter a fraction': [[I, ['period', 'quarter']]],
  'quarter null': [[I, ['period', 'quarter']]],
  'quarter missing': [[M, ['period', 'quarter']]],
  'period with extra fields': [[U, ['period', 'month']], [U, ['period', 'day']]],
  'period with an inherited field': [[U, ['period', 'inherited']]],
  'period with every problem': [[W, ['period', 'year']], [I, ['period', 'quarter']], [U, ['period', 'month']]],
  'no bodies': [[M, ['bodies']]],
  'bodies null': [[W, ['bodies']]],
  'bodies an object': [[W, ['bodies']]],
  'bodies empty': [[I, ['bodies']]],
  'bodies an empty string': [[W, ['bodies']], [I, ['bodies']]],
  'bodies a string': [[W, ['bodies']]],
  'bodies an object of length 0': [[W, ['bodies']], [I, ['bodies']]],
  // A length that is not a number is not at least 1 either.
  'bodies an object whose length is not a number': [[W, ['bodies']], [I, ['bodies']]],
  'a body null': [[W, ['bodies', 0]]],
  'a body a number': [[W, ['bodies', 0]]],
  'a body a list': [[W, ['bodies', 0]]],
  'a hole in the bodies': [[M, ['bodies', 1]]],
  'a body empty': [[M, ['bodies', 0, 'body']], [M, ['bodies', 0, 'figures']]],
  'body a number': [[W, ['bodies', 0, 'body']]],
  'body empty': [[I, ['bodies', 0, 'body']]],
  'body null': [[W, ['bodies', 0, 'body']]],
  'body missing': [[M, ['bodies', 0, 'body']]],
  'body an empty list': [[W, ['bodies', 0, 'body']], [I, ['bodies', 0, 'body']]],
  'body a list of one': [[W, ['bodies', 0, 'body']]],
  'body a function without parameters': [[W, ['bodies', 0, 'body']], [I, ['bodies', 0, 'body']]],
  'body an empty boxed string': [[W, ['bodies', 0, 'body']], [I, ['bodies', 0, 'body']]],
  'body an object of length null': [[W, ['bodies', 0, 'body']], [I, ['bodies', 0, 'body']]],
  'figures null': [[W, ['bodies', 0, 'figures']]],
  'figures a list': [[W, ['bodies', 0, 'figures']]],
  'figures a string': [[W, ['bodies', 0, 'figures']]],
  'figures missing': [[M, ['bodies', 0, 'figures']]],
  // A record takes a plain object (also with a null prototype), nothing else.
  'figures a Map': [[W, ['bodies', 0, 'figures']]],
  'figures a date': [[W, ['bodies', 0, 'figures']]],
  'figures a class instance': [[W, ['bodies', 0, 'figures']]],
  'figures without prototype': [],
  // A constructor key that is not a function leaves the object plain; one whose prototype is not an object does not.
  'figures with a constructor field': [],
  'figures with a constructor whose prototype is not an object': [[W, ['bodies', 0, 'figures']]],
  // A record reads its enumerable keys, symbols too: a symbol is not a string key, a value not allowed
  // (the path names the figures: a symbol has no place in a path). A key it cannot enumerate it never sees.
  'figures with symbol keys': [[I, ['bodies', 0, 'figures']], [I, ['bodies', 0, 'figures']]],
  'figures with a non-enumerable symbol key': [],
  'a body with extra fields': [[U, ['bodies', 0, 'name']], [U, ['bodies', 0, 'id']]],
  'a body with an inherited field': [[U, ['bodies', 0, 'inherited']]],
  'bodies with every problem': [[I, ['bodies', 0, 'body']], [W, ['bodies', 0, 'figures']], [U, ['bodies', 0, 'extra']], [W, ['bodies', 1]], [W, ['bodies', 2, 'figures']]],
  // Integer-like keys come first in an object's key order.
  'extra fields at the root': [[U, ['1']], [U, ['version']], [U, ['a b']]],
  'an inherited field at the root': [[U, ['inherited']]],
  'a document without prototype': [],
  'every field wrong at once': [[W, ['$comment']], [W, ['$indicators']], [W, ['synthetic']], [M, ['period', 'year']], [I, ['period', 'quarter']], [I, ['reading']], [I, ['bodies']], [U, ['extra']]],
  '__proto__ keys from JSON': [[U, ['period', '__proto__']], [U, ['bodies', 0, '__proto__']], [U, ['__proto__']]],
  'the synthetic report of the package': [],
};

/** Each issue as `code field`, the field written without list indexes (`bodies.body`). */
const kinds = (issues: readonly Issue[]): string[] => issues.map((issue) => `${issue.code} ${issue.path.filter((key) => typeof key === 'string').join('.')}`);

describe('the shape of a period report: each code and path, worked out by hand', () => {
  it('has an expectation for every document, and no other', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(CORPUS.map(([name]) => name).sort());
  });

  it.each(CORPUS)('%s', (name, document) => {
    expect(periodReportShapeIssues(document).map((issue) => [issue.code, issue.path])).toEqual(EXPECTED[name]);
  });

  it('the hand-written documents break every field in every way the shape refuses', () => {
    const found = new Set(CORPUS.flatMap(([, document]) => kinds(periodReportShapeIssues(document))));
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

  it('says, in the library\'s words, what each field takes; where the shape has none, what it is', () => {
    // The words of the report's fields (those the former check gave); $indicators had zod's English
    // ("Invalid input: expected array, received Map") and has the library's own now.
    const expectedOf = (document: unknown) => periodReportShapeIssues(document)[0]?.expected;
    expect(expectedOf(report({ $indicators: new Map() }))).toBe('a list (what a template says of its indicators)');
    expect(expectedOf(report({ $indicators: Number.NaN }))).toBe('a list (what a template says of its indicators)');
    expect(expectedOf(report({ $indicators: null }))).toBe('a list (what a template says of its indicators)');
    expect(expectedOf(withPeriod({ year: 2025, quarter: 9 }))).toBe('1, 2, 3 or 4');
    expect(expectedOf(withBody({ body: '', figures: {} }))).toBe('a body id, such as "justice"');
    expect(expectedOf(report({ version: 2 }))).toBe('only the fields of a period report (see the JSON Schema)');
    expect(expectedOf(null)).toBe('a period report: { period: { year, quarter }, reading?, bodies: [{ body, figures }] }');
  });

  it('names the body by its id, or by its place when it has none', () => {
    const [first, second] = periodReportShapeIssues(report({ bodies: [{ body: 'justice', figures: [] }, { figures: {} }] }));
    expect(first!.location).toEqual({ body: 'justice', field: 'figures' });
    expect(first!.message).toContain('body "justice", field "figures"');
    expect(second!.location).toEqual({ body: '#1', field: 'body' });
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
    // The same issues, known to belong to the edition of the report's period (2025: its names are that edition's).
    expect(validatePeriodReport(document).issues).toEqual(periodReportShapeIssues(document).map((issue) => ({ ...issue, params: { ...issue.params, edition: '2025' } })));
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

/** The fields of each object of the shape, by its keys without list indexes: an unexpected field is none of them. */
const SHAPE: Readonly<Record<string, readonly string[]>> = {
  '': ['$comment', '$indicators', 'synthetic', 'period', 'reading', 'bodies'],
  period: ['year', 'quarter'],
  bodies: ['body', 'figures'],
};
const parentOf = (path: readonly PathKey[]): string => path.slice(0, -1).filter((key) => typeof key === 'string').join('.');

/** What every list of issues holds to, whatever the document (the mapping rules of the header). */
function checkIssues(document: unknown, issues: readonly Issue[]): void {
  const codes = new Set(['MISSING_FIELD', 'WRONG_TYPE', 'INVALID_VALUE', 'UNEXPECTED_FIELD']);
  for (const issue of issues) {
    expect(codes.has(issue.code), issue.code).toBe(true);
    const value = valueAt(document, issue.path);
    if (issue.code === 'MISSING_FIELD') expect(value, issue.path.join('.')).toBeUndefined();
    if (issue.code === 'UNEXPECTED_FIELD') {
      const key = issue.path.at(-1);
      expect(typeof key).toBe('string');
      // The key is not a field of the shape where it stands.
      expect(SHAPE[parentOf(issue.path)], issue.path.join('.')).toBeDefined();
      expect(SHAPE[parentOf(issue.path)], issue.path.join('.')).not.toContain(key);
    }
    if (issue.code === 'WRONG_TYPE' || issue.code === 'INVALID_VALUE') expect(value, issue.path.join('.')).not.toBeUndefined();
    expect(Object.isFrozen(issue)).toBe(true);
    expect(typeof issue.message).toBe('string');
  }
  // No issue: the document has the shape, field by field (checked here by hand, not by zod).
  if (issues.length === 0) expect(fits(document), fc.stringify(document)).toBe(true);
}

/** Whether a value is an object with only the given keys (its own and inherited enumerable ones, as zod lists them). */
const objectWith = (value: unknown, keys: readonly string[]): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const key in value) if (!keys.includes(key)) return false;
  return true;
};

/** The shape of a period report, by hand. */
function fits(document: unknown): boolean {
  if (!objectWith(document, ['$comment', '$indicators', 'synthetic', 'period', 'reading', 'bodies'])) return false;
  const { $comment, $indicators, synthetic, period, reading, bodies } = document;
  if (!($comment === undefined || typeof $comment === 'string') || !($indicators === undefined || Array.isArray($indicators)) || !(synthetic === undefined || typeof synthetic === 'boolean')) return false;
  if (!(reading === undefined || reading === 'kk' || reading === 'ru')) return false;
  if (!objectWith(period, ['year', 'quarter']) || !Number.isSafeInteger(period['year']) || ![1, 2, 3, 4].includes(period['quarter'] as number)) return false;
  if (!Array.isArray(bodies) || bodies.length === 0) return false;
  return bodies.every((entry: unknown) => objectWith(entry, ['body', 'figures']) && typeof entry['body'] === 'string' && entry['body'] !== '' && typeof entry['figures'] === 'object' && entry['figures'] !== null && !Array.isArray(entry['figures']));
}

describe('on generated documents (fast-check), the issues hold to the mapping rules', () => {
  it('near a period report', () => {
    fc.assert(
      fc.property(nearReport, (document) => {
        checkIssues(document, periodReportShapeIssues(document));
      }),
      { numRuns: 3000 },
    );
  });

  it('any value, and any JSON', () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, fc.json().map((text): unknown => JSON.parse(text))), (document) => {
        checkIssues(document, periodReportShapeIssues(document));
      }),
      { numRuns: 2000 },
    );
  });
});
