/**
 * The fuzz properties of `cdto-kpi/audit` (issue 19): `auditPublishedReport`,
 * `scorePublishedReport` and `periodReportOfPublished` on transcriptions of the Q1 2024 report,
 * mutated so that the published-report schema still accepts them (a body dropped or renamed, a row
 * dropped, a figure changed, an unknown edition) and so that it does not (`rating: null`,
 * `bodies: ""`, `period: "2023"`, anything in place of any part).
 *
 * What they hold the audit to: it validates its input with the published-report schema
 * (`reportFileSchema`) and refuses what the schema refuses with the schema's issues, each at its
 * path; every report the schema accepts is audited, or refused with the library's own error, never
 * a `TypeError`; every figure it gives is a decimal in plain notation (a published `"NaN"` is not
 * passed through), and every issue's location is made of strings.
 *
 * @module
 */
import * as fc from 'fast-check';
import * as z from 'zod/mini';
import * as audit from '../../src/audit.js';
import * as index from '../../src/index.js';
import { readDocument } from '../../src/input/boundary.js';
import { REPORT_2024_Q1 } from '../../src/reports/report-2024-q1.js';
import { publishedReportSchemas } from '../../src/reports/published-report-schema.js';
import { hostileValue } from './arbitraries.js';
import { checkFrozen, type ErrorApi, outcomeOf, withUntouchedInputs } from './invariants.js';
import type { FuzzProperty } from './properties.js';

const library: ErrorApi = index;
/**
 * The oracle's own instance of the published-report schema: the copies `cdto-kpi/schemas` hands
 * out are a caller's to change (the property that no call changes a later one attacks them), and
 * the library validates with instances of its own.
 */
const { reportFileSchema } = publishedReportSchemas();

type Report = { -readonly [K in keyof typeof REPORT_2024_Q1]: unknown } & Record<string, unknown>;
type Mutation = (report: Report) => void;

/** The parts of a transcription a mutation picks from, by index (wrapped to what the report has). */
const at = <T>(list: readonly T[], index: number): T | undefined => (list.length === 0 ? undefined : list[index % list.length]);
const bodiesOf = (report: Report) => report['bodies'] as { body: string; directions: { direction: string; rows: Record<string, { value: string | null; printed: string } | unknown>[] }[] }[];
const ratingOf = (report: Report) => report['rating'] as { body: string; rank: { value: string | null }; result: { value: string | null } }[];
const barsOf = (report: Report) => (report['chart'] as { bars: { body: string; printed: string }[] }).bars;

const FIGURES = ['0', '1', '100', '99.99', '0.000001', '123456789012345678901234567890', '5.00'];
const FIELDS = ['a', 'b', 'Z', 'W', 'U', 'N'];

/** Mutations after which `reportFileSchema` still accepts the transcription. */
export const validMutation: fc.Arbitrary<{ readonly name: string; readonly apply: Mutation }> = fc.oneof(
  fc.nat().map((i) => ({ name: `drop body #${i}`, apply: (report: Report) => void bodiesOf(report).splice(i % Math.max(1, bodiesOf(report).length), 1) })),
  fc.nat().map((i) => ({ name: `rename body #${i}`, apply: (report: Report) => { const body = at(bodiesOf(report), i); if (body) body.body = 'renamed-body'; } })),
  fc.nat().map((i) => ({ name: `drop rating entry #${i}`, apply: (report: Report) => void ratingOf(report).splice(i % Math.max(1, ratingOf(report).length), 1) })),
  fc.nat().map((i) => ({ name: `rename rating entry #${i}`, apply: (report: Report) => { const entry = at(ratingOf(report), i); if (entry) entry.body = 'renamed-body'; } })),
  fc.nat().map((i) => ({ name: `rename chart bar #${i}`, apply: (report: Report) => { const bar = at(barsOf(report), i); if (bar) bar.body = 'renamed-body'; } })),
  fc.tuple(fc.nat(), fc.constantFrom('—', 'NaN', '1e5', '', '96,4', 'тыс.')).map(([i, printed]) => ({ name: `chart bar #${i} printed ${printed}`, apply: (report: Report) => { const bar = at(barsOf(report), i); if (bar) bar.printed = printed; } })),
  fc.tuple(fc.nat(), fc.constantFrom(null, '0', '1.5', '99')).map(([i, value]) => ({ name: `rank #${i} = ${value}`, apply: (report: Report) => { const entry = at(ratingOf(report), i); if (entry) entry.rank.value = value; } })),
  fc.tuple(fc.nat(), fc.constantFrom(null, '0', '101.5')).map(([i, value]) => ({ name: `rating result #${i} = ${value}`, apply: (report: Report) => { const entry = at(ratingOf(report), i); if (entry) entry.result.value = value; } })),
  fc.tuple(fc.nat(), fc.nat(), fc.nat()).map(([i, j, k]) => ({
    name: `drop row ${i}.${j}.${k}`,
    apply: (report: Report) => { const direction = at(at(bodiesOf(report), i)?.directions ?? [], j); if (direction && direction.rows.length > 1) direction.rows.splice(k % direction.rows.length, 1); },
  })),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => ({ name: `drop direction ${i}.${j}`, apply: (report: Report) => { const body = at(bodiesOf(report), i); if (body && body.directions.length > 1) body.directions.splice(j % body.directions.length, 1); } })),
  fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.constantFrom(...FIELDS), fc.oneof(fc.constantFrom(...FIGURES), fc.constant(null))).map(([i, j, k, field, value]) => ({
    name: `row ${i}.${j}.${k} ${field} = ${value}`,
    apply: (report: Report) => { const row = at(at(at(bodiesOf(report), i)?.directions ?? [], j)?.rows ?? [], k) as Record<string, { value: string | null }> | undefined; if (row) row[field]!.value = value; },
  })),
  fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.constantFrom(null, 'justice.1', 'common.1', 'security.1', 'x.1')).map(([i, j, k, indicator]) => ({
    name: `row ${i}.${j}.${k} indicator = ${indicator}`,
    apply: (report: Report) => { const row = at(at(at(bodiesOf(report), i)?.directions ?? [], j)?.rows ?? [], k) as Record<string, unknown> | undefined; if (row) row['indicator'] = indicator; },
  })),
  fc.constantFrom('2025', 'nope').map((edition) => ({ name: `edition ${edition}`, apply: (report: Report) => void (report['edition'] = edition) })),
  fc.constantFrom('2023', '2030').map((year) => ({ name: `targetYear ${year}`, apply: (report: Report) => void (report['targetYear'] = year) })),
);

/** Mutations after which the schema refuses the transcription. */
export const invalidMutation: fc.Arbitrary<{ readonly name: string; readonly apply: Mutation }> = fc.oneof(
  fc.constantFrom(
    { name: 'rating: null', apply: (report: Report) => void (report['rating'] = null) },
    { name: 'bodies: ""', apply: (report: Report) => void (report['bodies'] = '') },
    { name: 'period: "2023"', apply: (report: Report) => void (report['period'] = '2023') },
    { name: 'extra key', apply: (report: Report) => void (report['extra'] = 1) },
    { name: 'no chart', apply: (report: Report) => void delete report['chart'] },
  ),
  fc.tuple(fc.constantFrom('id', 'edition', 'period', 'targetYear', 'title', 'source', 'legend', 'rating', 'bodies', 'chart'), hostileValue).map(([key, value]) => ({ name: `${key} = ${typeof value}`, apply: (report: Report) => void (report[key] = value) })),
  fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.constantFrom(...FIELDS), fc.constantFrom('NaN', '1e5', '-1', 5, '', ' 1')).map(([i, j, k, field, value]) => ({
    name: `row ${i}.${j}.${k} ${field} = ${String(value)}`,
    apply: (report: Report) => { const row = at(at(at(bodiesOf(report), i)?.directions ?? [], j)?.rows ?? [], k) as Record<string, { value: unknown }> | undefined; if (row) row[field]!.value = value; },
  })),
);

/** A transcription, mutated; `valid` tells whether the mutations keep it within the schema. */
export const mutatedTranscription = (mutation: fc.Arbitrary<{ readonly name: string; readonly apply: Mutation }>): fc.Arbitrary<{ readonly names: readonly string[]; readonly report: unknown }> =>
  fc.array(mutation, { minLength: 1, maxLength: 3 }).map((mutations) => {
    const report = structuredClone(REPORT_2024_Q1) as unknown as Report;
    for (const mutation of mutations) {
      try {
        mutation.apply(report);
      } catch {
        // A part an earlier mutation removed: nothing to mutate.
      }
    }
    return { names: mutations.map((mutation) => mutation.name), report };
  });

const AUDIT_FUNCTIONS = ['cdto-kpi/audit auditPublishedReport', 'cdto-kpi/audit scorePublishedReport', 'cdto-kpi/audit periodReportOfPublished'];
const calls = [
  (report: unknown) => audit.auditPublishedReport(report as never),
  (report: unknown) => audit.scorePublishedReport(report as never),
  (report: unknown) => audit.periodReportOfPublished(report as never),
];

/** Every function of the audit on a transcription: a result (frozen, its figures plain decimals) or the library's own error. */
function auditedOrRefused(report: unknown, which: number): ReturnType<typeof outcomeOf> {
  const outcome = withUntouchedInputs([report], () => outcomeOf(library, () => calls[which]!(report)));
  if (outcome.ok) checkFrozen(outcome.value);
  return outcome;
}

/** The properties of the audit. */
const ALL: readonly (FuzzProperty & { readonly repro: string })[] = [
  {
    category: 'audit: a transcription the schema accepts is audited or refused with the library\'s error',
    repro:
      'auditPublishedReport(REPORT_2024_Q1 with a body dropped, the rating still naming it) throws TypeError: Cannot read properties of undefined (reading \'result\'); with a body renamed (bodies[0].body = "renamed-body"), TypeError: … (reading \'weight\')',
    weight: 4,
    functions: AUDIT_FUNCTIONS,
    property: () =>
      fc.property(mutatedTranscription(validMutation), fc.integer({ min: 0, max: 2 }), ({ report }, which) => {
        if (!z.safeParse(reportFileSchema, report).success) return; // a mutation that left the schema (an empty list): the next property's
        auditedOrRefused(report, which);
      }),
  },
  {
    category: 'audit: a transcription the schema refuses is refused with the schema\'s issues, at their paths',
    repro: 'rating: null, bodies: "", period: "2023": refused today by reportFileSchema at the door (held)',
    weight: 3,
    functions: AUDIT_FUNCTIONS,
    property: () =>
      fc.property(mutatedTranscription(invalidMutation), fc.integer({ min: 0, max: 2 }), ({ report }, which) => {
        const outcome = auditedOrRefused(report, which);
        // What the boundary refuses (a getter, a proxy, a class instance) is refused before any schema.
        let read: unknown;
        try {
          read = readDocument(report);
        } catch {
          if (outcome.ok) throw new Error('a transcription the boundary refuses was audited');
          return;
        }
        const schema = z.safeParse(reportFileSchema, read);
        if (schema.success) return;
        if (outcome.ok) throw new Error('a transcription the schema refuses was audited');
        let error: unknown;
        try {
          calls[which]!(report);
        } catch (thrown) {
          error = thrown;
        }
        const paths = new Set((error as index.CdtoKpiError).issues.map((issue) => JSON.stringify(issue.path)));
        for (const issue of schema.error.issues) {
          // A key the schema does not have is an issue at that key (one each), as the library words zod's.
          const expected = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
          for (const path of expected) if (!paths.has(JSON.stringify(path))) throw new Error(`the schema's issue at ${JSON.stringify(path)} is not among the error's issues`);
        }
      }),
  },
  {
    category: 'audit: options and errata read through the boundary',
    repro: 'held today (readOptions, and the errata read with their schema)',
    weight: 2,
    functions: [...AUDIT_FUNCTIONS, 'cdto-kpi/reports/2024-q1 reproduceReport2024Q1'],
    property: () =>
      fc.property(fc.oneof(hostileValue, fc.record({ errata: fc.oneof(hostileValue, fc.constant([{ figure: 'x', published: 'NaN', computed: null, cause: 'empty-cell', explanation: 'x' }])), method: fc.oneof(hostileValue, fc.constant(index.PUBLISHED_METHOD)), editions: hostileValue }, { requiredKeys: [] })), (options) => {
        withUntouchedInputs([options], () => outcomeOf(library, () => audit.auditPublishedReport(REPORT_2024_Q1, options as never)));
      }),
  },
];

/** The audit's properties. */
export const AUDIT_PROPERTIES: readonly FuzzProperty[] = ALL;
