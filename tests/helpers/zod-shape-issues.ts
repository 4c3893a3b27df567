/**
 * The reference for the hand-written shape check of a period report: the issues zod's
 * `periodReportSchema` finds, mapped to the library's issues exactly as the library did before the
 * main entry dropped zod (`shapeIssues` of `src/reports/validate-period-report.ts`, copied here
 * unchanged, so that the check is held to what the library gave, not to a second copy of itself).
 */
import type * as z from 'zod';
import { createIssue, ERROR_CODES, type ErrorLocation, type Issue, type PathKey } from '../../src/errors/cdto-kpi-error.js';
import { periodReportSchema } from '../../src/reports/period-report-schema.js';

/**
 * The shape issues of a document, by zod.
 *
 * @param document - any value
 * @returns the issues, in zod's order; none when the schema accepts the document
 */
export function zodShapeIssues(document: unknown): Issue[] {
  const parsed = periodReportSchema.safeParse(document);
  return parsed.success ? [] : shapeIssues(parsed.error, document);
}

/**
 * The zod issues of the document's shape, in the library's codes, each with its path.
 *
 * @internal
 */
function shapeIssues(error: z.ZodError, document: unknown): Issue[] {
  return error.issues.flatMap((issue): Issue[] => {
    const path = issue.path.filter((key): key is PathKey => typeof key === 'string' || typeof key === 'number');
    const location = locationOf(path, document);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) =>
        createIssue(ERROR_CODES.UNEXPECTED_FIELD, { ...location, field: [...path, key].join('.') }, 'only the fields of a period report (see the JSON Schema)', valueAt(document, [...path, key]), { path: [...path, key] }),
      );
    }
    const value = valueAt(document, path);
    const code = value === undefined ? ERROR_CODES.MISSING_FIELD : issue.code === 'invalid_type' ? ERROR_CODES.WRONG_TYPE : ERROR_CODES.INVALID_VALUE;
    return [createIssue(code, location, EXPECTED[path.filter((key) => typeof key === 'string').join('.')] ?? issue.message, value, { path })];
  });
}

/** What each field of the report's shape takes, in words. */
const EXPECTED: Readonly<Record<string, string>> = {
  '': 'a period report: { period: { year, quarter }, reading?, bodies: [{ body, figures }] }',
  period: 'the period: { year, quarter }',
  'period.year': 'a year, such as 2025',
  'period.quarter': '1, 2, 3 or 4',
  reading: 'kk or ru',
  bodies: 'a list of at least one body: [{ body, figures }]',
  'bodies.body': 'a body id, such as "justice"',
  'bodies.figures': 'the figures by indicator id: { "common.1": { met: [...] }, ... }',
  synthetic: 'true or false',
  $comment: 'a note (text)',
};

function valueAt(document: unknown, path: readonly PathKey[]): unknown {
  let value: unknown = document;
  for (const key of path) value = typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Record<PathKey, unknown>)[key] : undefined;
  return value;
}

function locationOf(path: readonly PathKey[], document: unknown): ErrorLocation {
  if (path[0] !== 'bodies' || typeof path[1] !== 'number') return path.length === 0 ? {} : { field: path.join('.') };
  const body = valueAt(document, ['bodies', path[1], 'body']);
  const rest = path.slice(2);
  return { body: typeof body === 'string' ? body : `#${path[1]}`, ...(rest.length === 0 ? {} : { field: rest.join('.') }) };
}
