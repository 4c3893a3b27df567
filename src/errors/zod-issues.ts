/**
 * The one mapping from zod's issues to the library's: every document checked with a zod schema
 * (a period report, a published report, an edition's files) reports its problems as issues with
 * the library's codes, a path from the document's root, where in a person's words, what was
 * expected and what was received.
 *
 * @module
 */
import type { core } from 'zod/mini';
import { ERROR_CODES, type ErrorCode } from './codes.js';
import { createIssue, type ErrorLocation, type Issue, type PathKey, say, type Words } from './issue.js';

/** How a document's issues are told: its words for what each field expects, and where a path is. */
export interface IssueWording {
  /** What the field at a path expects, in words (a list's indexes left out of the key); `undefined` for zod's own. */
  readonly expected?: (path: readonly PathKey[], code: ErrorCode) => Words | undefined;
  /** Where a path is, in a person's words (the body by its id…); default: the path as the field. */
  readonly locate?: (path: readonly PathKey[]) => ErrorLocation;
  /** The keys from an outer root to the document (a file's name, `figures.<id>`). */
  readonly prefix?: readonly PathKey[];
  /** A message more precise than the code's own, for every issue (`not a transcribed report`). */
  readonly detail?: Words;
}

/**
 * The library's issues for zod's (parsed with `reportInput: true`, so that each carries its input):
 * one per problem, in zod's order (an object's fields in the order of its shape, then its
 * unexpected keys, one issue each); `document`, the one checked, gives the values of unexpected
 * keys and absent fields.
 *
 * Codes: a value that is absent is `MISSING_FIELD`; of the wrong type, `WRONG_TYPE`; a key the shape
 * does not have, `UNEXPECTED_FIELD`; of the right type but not allowed (a value not listed, too
 * short, not of the format), `INVALID_VALUE`.
 */
export function issuesFromZod(issues: readonly core.$ZodIssue[], document: unknown, wording: IssueWording = {}): Issue[] {
  const prefix = wording.prefix ?? [];
  const locate = wording.locate ?? ((path: readonly PathKey[]): ErrorLocation => (path.length === 0 ? {} : { field: path.join('.') }));
  const make = (code: ErrorCode, path: readonly PathKey[], expected: Words, received: unknown): Issue =>
    createIssue(code, locate(path), expected, received, { path: [...prefix, ...path], ...(wording.detail === undefined ? {} : { detail: wording.detail }) });
  const words = (path: readonly PathKey[], code: ErrorCode, fallback: Words): Words => wording.expected?.(path, code) ?? fallback;
  return issues.flatMap((issue): Issue[] => {
    const path = issue.path.filter((key): key is PathKey => typeof key !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => make(ERROR_CODES.UNEXPECTED_FIELD, [...path, key], words([...path, key], ERROR_CODES.UNEXPECTED_FIELD, 'only the fields of the shape'), valueAt(document, [...path, key])));
    }
    const value = 'input' in issue ? issue.input : valueAt(document, path);
    if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union' || issue.code === 'invalid_value')) {
      return [make(ERROR_CODES.MISSING_FIELD, path, words(path, ERROR_CODES.MISSING_FIELD, zodExpected(issue)), value)];
    }
    const code = issue.code === 'invalid_type' ? ERROR_CODES.WRONG_TYPE : ERROR_CODES.INVALID_VALUE;
    return [make(code, path, words(path, code, zodExpected(issue)), value)];
  });
}

/** What a zod issue expected, in words, for a field without words of its own. */
function zodExpected(issue: core.$ZodIssue): Words {
  // A schema's own words (`z.regex(…, 'an ISO date')`, a phrase of the catalogues) say it best; zod/mini's default message says nothing.
  // (The schemas' own words are each a `z.regex(pattern, words)` that the test of the catalogues reads.)
  if (issue.message !== '' && issue.message !== 'Invalid input') return issue.message as Words;
  switch (issue.code) {
    case 'invalid_type':
      return say('a value of type {type}', { type: issue.expected });
    case 'invalid_value':
      return say('one of {values}', { values: issue.values.map((value) => JSON.stringify(value)) });
    case 'too_small':
    case 'too_big': {
      const least = issue.code === 'too_small';
      const limit = String(least ? issue.minimum : issue.maximum);
      if (issue.origin === 'array') return say(least ? 'at least {count, plural, one {# item} other {# items}}' : 'at most {count, plural, one {# item} other {# items}}', { count: limit });
      if (issue.origin === 'string') return say(least ? 'at least {count, plural, one {# character} other {# characters}}' : 'at most {count, plural, one {# character} other {# characters}}', { count: limit });
      return say(least ? 'at least {limit}' : 'at most {limit}', { limit });
    }
    case 'invalid_format':
      return issue.format === 'regex' && 'pattern' in issue ? say('text matching {pattern}', { pattern: String(issue.pattern) }) : say('text in the {format} format', { format: issue.format });
    default:
      // zod's own words for the rest ("Invalid input") say nothing a person can act on.
      return 'a value of the right shape';
  }
}

/** The document's own value at a path; `undefined` where there is none. */
export function valueAt(document: unknown, path: readonly PathKey[]): unknown {
  let value: unknown = document;
  for (const key of path) value = typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Record<PathKey, unknown>)[key] : undefined;
  return value;
}
