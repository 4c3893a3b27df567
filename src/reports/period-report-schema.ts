/**
 * A period report at the door: its zod schema (the source of the JSON Schema shipped as
 * `cdto-kpi/schema/period-report.schema.json`), and the issues of a report that does not fit it,
 * in the report's words (the body by its id, what each field takes).
 *
 * @module
 */
import * as z from 'zod/mini';
import { ERROR_CODES, type ErrorLocation, type Issue, type PathKey } from '../errors/cdto-kpi-error.js';
import { issuesFromZod, valueAt } from '../errors/zod-issues.js';
import { freezeSchema } from '../freeze.js';
import type { PhraseId } from '../generated/message-types.js';

/**
 * Builds the schema of a period report, new and frozen: the library checks a report's shape with
 * an instance of its own, never handed out, so that nothing done to `cdto-kpi/schemas`' reaches a score.
 */
export function buildPeriodReportSchema() {
  return freezeSchema(
    z.strictObject({
      /** A note for people; ignored. */
      $comment: z.optional(z.string()),
      /** What each indicator of a template is (see `reportTemplate`); ignored. */
      $indicators: z.optional(z.array(z.unknown())),
      /** True for an example report whose figures describe no real body. */
      synthetic: z.optional(z.boolean()),
      period: z.strictObject({ year: z.number().check(z.int()), quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]) }),
      /** Editions with two texts only: the text whose targets and weights apply (the edition's default when left out). */
      reading: z.optional(z.enum(['kk', 'ru'])),
      bodies: z.array(z.strictObject({ body: z.string().check(z.minLength(1)), figures: z.record(z.string(), z.unknown()) })).check(z.minLength(1)),
    }),
  );
}

/** The shape of a period report: the library's own instance, never handed out. */
const periodReportSchema = /* @__PURE__ */ buildPeriodReportSchema();

/** A period report: the period, and each body's figures by indicator id. */
export type PeriodReport = z.input<typeof periodReportSchema>;

/** What each field of a report takes, in words, by its keys without the list indexes. */
const EXPECTED: ReadonlyMap<string, PhraseId> = new Map<string, PhraseId>([
  ['', 'a period report: { period: { year, quarter }, reading?, bodies: [{ body, figures }] }'],
  ['period', 'the period: { year, quarter }'],
  ['period.year', 'a year, such as 2025'],
  ['period.quarter', '1, 2, 3 or 4'],
  ['reading', 'kk or ru'],
  ['bodies', 'a list of at least one body: [{ body, figures }]'],
  ['bodies.body', 'a body id, such as "justice"'],
  ['bodies.figures', 'the figures by indicator id: { "common.1": { met: [...] }, ... }'],
  ['synthetic', 'true or false'],
  ['$comment', 'a note (text)'],
  ['$indicators', 'a list (what a template says of its indicators)'],
]);

/** Every problem of a period report's shape (read through the boundary), in zod's order, each with its path from the root. */
export function periodReportShapeIssues(document: unknown): Issue[] {
  const parsed = z.safeParse(periodReportSchema, document, { reportInput: true });
  if (parsed.success) return [];
  return issuesFromZod(parsed.error.issues, document, {
    expected: (path, code) => (code === ERROR_CODES.UNEXPECTED_FIELD ? 'only the fields of a period report (see the JSON Schema)' : EXPECTED.get(path.filter((key) => typeof key === 'string').join('.'))),
    locate: (path) => locationOf(path, document),
  });
}

/** Where a path is, in a person's words: the body by its id (or its index), the rest as a field. */
function locationOf(path: readonly PathKey[], document: unknown): ErrorLocation {
  if (path[0] !== 'bodies' || typeof path[1] !== 'number') return path.length === 0 ? {} : { field: path.join('.') };
  const body = valueAt(document, ['bodies', path[1], 'body']);
  const rest = path.slice(2);
  return { body: typeof body === 'string' ? body : `#${path[1]}`, ...(rest.length === 0 ? {} : { field: rest.join('.') }) };
}
