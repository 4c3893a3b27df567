/**
 * The one mapper from zod's issues to the library's (`issuesFromZod`, src/errors/zod-issues.ts): each
 * zod issue code to its library code, as its documentation states them (absent: MISSING_FIELD; of
 * the wrong type: WRONG_TYPE; a key the shape does not have: UNEXPECTED_FIELD, one per key; of the
 * right type but not allowed: INVALID_VALUE), the path, the words of what was expected, and the
 * wording a document gives. Each issue comes from a real zod/mini schema, its zod code checked
 * first, so that the case is the one it says.
 */
import * as z from 'zod/mini';
import type { core } from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { issuesFromZod, type IssueWording } from '../src/errors/zod-issues.js';

/** zod's issues of a value, with their inputs (as the library parses). */
function zodIssues(schema: z.ZodMiniType, value: unknown): core.$ZodIssue[] {
  const parsed = z.safeParse(schema, value, { reportInput: true });
  if (parsed.success) throw new Error('the schema accepted the value');
  return parsed.error.issues;
}

/** The library's issues of a value as [zod code, library code, path]. */
function mapped(schema: z.ZodMiniType, value: unknown, wording?: IssueWording) {
  const issues = zodIssues(schema, value);
  return { zod: issues.map((issue) => issue.code), library: issuesFromZod(issues, value, wording) };
}

describe('each zod issue code to the library\'s code', () => {
  it('invalid_type: WRONG_TYPE for a value of another type, MISSING_FIELD for none', () => {
    const wrong = mapped(z.strictObject({ a: z.string() }), { a: 5 });
    expect(wrong.zod).toEqual(['invalid_type']);
    expect(wrong.library.map((issue) => [issue.code, issue.path, issue.expected, issue.received])).toEqual([['WRONG_TYPE', ['a'], 'a value of type string', '5']]);
    const missing = mapped(z.strictObject({ a: z.string() }), {});
    expect(missing.zod).toEqual(['invalid_type']);
    expect(missing.library.map((issue) => [issue.code, issue.path])).toEqual([['MISSING_FIELD', ['a']]]);
  });

  it('invalid_value: INVALID_VALUE, naming the values allowed; MISSING_FIELD for none', () => {
    const value = mapped(z.strictObject({ mode: z.enum(['kk', 'ru']) }), { mode: 'en' });
    expect(value.zod).toEqual(['invalid_value']);
    expect(value.library.map((issue) => [issue.code, issue.path, issue.expected])).toEqual([['INVALID_VALUE', ['mode'], 'one of "kk", "ru"']]);
    const literal = mapped(z.literal(3), 4);
    expect([literal.zod, literal.library.map((issue) => [issue.code, issue.expected])]).toEqual([['invalid_value'], [['INVALID_VALUE', 'one of 3']]]);
    const missing = mapped(z.strictObject({ mode: z.enum(['kk', 'ru']) }), {});
    expect(missing.library.map((issue) => [issue.code, issue.path])).toEqual([['MISSING_FIELD', ['mode']]]);
  });

  it('invalid_union: INVALID_VALUE; MISSING_FIELD for none', () => {
    const union = z.strictObject({ quarter: z.union([z.literal(1), z.literal(2)]) });
    const value = mapped(union, { quarter: 3 });
    expect(value.zod).toEqual(['invalid_union']);
    expect(value.library.map((issue) => [issue.code, issue.path])).toEqual([['INVALID_VALUE', ['quarter']]]);
    expect(mapped(union, {}).library.map((issue) => [issue.code, issue.path])).toEqual([['MISSING_FIELD', ['quarter']]]);
  });

  it('too_small and too_big: INVALID_VALUE, with the bound in words', () => {
    const list = mapped(z.array(z.string()).check(z.minLength(1)), []);
    expect([list.zod, list.library.map((issue) => [issue.code, issue.expected])]).toEqual([['too_small'], [['INVALID_VALUE', 'at least 1 item']]]); // one item: the catalogue's plural (issue 16)
    const text = mapped(z.string().check(z.maxLength(2)), 'abc');
    expect([text.zod, text.library.map((issue) => [issue.code, issue.expected])]).toEqual([['too_big'], [['INVALID_VALUE', 'at most 2 characters']]]);
    const number = mapped(z.number().check(z.minimum(3)), 1);
    expect([number.zod, number.library.map((issue) => [issue.code, issue.expected])]).toEqual([['too_small'], [['INVALID_VALUE', 'at least 3']]]);
  });

  it('invalid_format: INVALID_VALUE, with the pattern or the format in words', () => {
    const pattern = mapped(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/u)), '2025-1-1');
    expect([pattern.zod, pattern.library.map((issue) => [issue.code, issue.expected])]).toEqual([['invalid_format'], [['INVALID_VALUE', 'text matching /^\\d{4}-\\d{2}-\\d{2}$/u']]]);
    const email = mapped(z.string().check(z.email()), 'nobody');
    expect([email.zod, email.library.map((issue) => [issue.code, issue.expected])]).toEqual([['invalid_format'], [['INVALID_VALUE', 'text in the email format']]]);
  });

  it('not_multiple_of, invalid_key and custom: INVALID_VALUE', () => {
    const multiple = mapped(z.number().check(z.multipleOf(5)), 7);
    expect([multiple.zod, multiple.library.map((issue) => issue.code)]).toEqual([['not_multiple_of'], ['INVALID_VALUE']]);
    const key = mapped(z.record(z.string().check(z.minLength(2)), z.number()), { a: 1 });
    expect([key.zod, key.library.map((issue) => [issue.code, issue.path])]).toEqual([['invalid_key'], [['INVALID_VALUE', ['a']]]]);
    // A schema's own words say best what it expects.
    const custom = mapped(z.string().check(z.refine((value) => value.length > 2, 'at least three letters')), 'ab');
    expect([custom.zod, custom.library.map((issue) => [issue.code, issue.expected])]).toEqual([['custom'], [['INVALID_VALUE', 'at least three letters']]]);
  });

  it('invalid_element: INVALID_VALUE (an issue of that code, as zod declares it)', () => {
    const issue = { code: 'invalid_element', origin: 'map', key: 'a', issues: [], path: ['m', 'a'], message: 'Invalid input', input: 'x' } as unknown as core.$ZodIssue;
    expect(issuesFromZod([issue], { m: new Map([['a', 'x']]) }).map((entry) => [entry.code, entry.path])).toEqual([['INVALID_VALUE', ['m', 'a']]]);
  });

  it('unrecognized_keys: UNEXPECTED_FIELD, one per key, each with its path and value', () => {
    const extra = mapped(z.strictObject({ a: z.string() }), { a: 's', b: 1, c: 'two' });
    expect(extra.zod).toEqual(['unrecognized_keys']);
    expect(extra.library.map((issue) => [issue.code, issue.path, issue.received])).toEqual([
      ['UNEXPECTED_FIELD', ['b'], '1'],
      ['UNEXPECTED_FIELD', ['c'], '"two"'],
    ]);
    expect(extra.library[0]!.expected).toBe('only the fields of the shape');
  });
});

describe('paths, locations and words', () => {
  const schema = z.strictObject({ rows: z.array(z.strictObject({ id: z.string() })) });

  it('a path from the document\'s root, written as the field by default; symbols left out', () => {
    const [issue] = mapped(schema, { rows: [{ id: 's' }, { id: 7 }] }).library;
    expect([issue!.path, issue!.location]).toEqual([['rows', 1, 'id'], { field: 'rows.1.id' }]);
    expect(issue!.message).toContain('field "rows.1.id"');
    const symbolic = { code: 'invalid_type', expected: 'string', path: ['a', Symbol('s')], message: 'Invalid input', input: 1 } as unknown as core.$ZodIssue;
    expect(issuesFromZod([symbolic], {})[0]!.path).toEqual(['a']);
  });

  it('takes a document\'s words, locations, a prefix and a detail', () => {
    const wording: IssueWording = {
      expected: (path, code) => (code === 'WRONG_TYPE' && path.at(-1) === 'id' ? 'an indicator id (a string)' : undefined),
      locate: (path) => ({ indicator: `row ${String(path[1])}`, field: String(path.at(-1)) }),
      prefix: ['file.json'],
      detail: 'not a regular file',
    };
    const [issue] = mapped(schema, { rows: [{ id: 7 }] }, wording).library;
    expect(issue).toMatchObject({ code: 'WRONG_TYPE', path: ['file.json', 'rows', 0, 'id'], location: { indicator: 'row 0', field: 'id' }, expected: 'an indicator id (a string)' });
    expect(issue!.message).toContain('not a regular file');
    // Where the document has no words, the mapper's own.
    expect(mapped(schema, { rows: 'none' }, wording).library[0]!.expected).toBe('a value of type array');
  });

  it('gives frozen issues, in zod\'s order', () => {
    const issues = mapped(z.strictObject({ a: z.string(), b: z.number() }), { b: 'x', a: 1, c: 0 }).library;
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['WRONG_TYPE', ['a']],
      ['WRONG_TYPE', ['b']],
      ['UNEXPECTED_FIELD', ['c']],
    ]);
    for (const issue of issues) expect(Object.isFrozen(issue)).toBe(true);
  });
});
