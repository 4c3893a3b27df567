/**
 * Scoring a period's report: every body's figures for a quarter, scored with the targets and
 * weights of the edition that governs the quarter, and ranked.
 *
 * @module
 */
import * as z from 'zod';
import { checkReading } from '../editions/layouts/blocks.js';
import { getEdition } from '../editions/registry.js';
import type { Language } from '../editions/types.js';
import { CdtoKpiError, ERROR_CODES, type ErrorLocation, failure } from '../errors/cdto-kpi-error.js';
import { deepFreeze, freezeSchema } from '../freeze.js';
import { readDocument } from '../input/document-limits.js';
import { indicatorsInForce } from '../periods/indicators-for-period.js';
import { type ResolvedPeriod, resolvePeriod } from '../periods/resolve-period.js';
import type { IndicatorDefinition } from '../kinds/kinds.js';
import type { ScoringMethod } from '../scoring/method.js';
import { methodByName } from '../scoring/methods.js';
import { rankResults, type RatingEntry } from '../scoring/rank.js';
import { type BodyScore, type DirectionEntry, scoreBody } from '../scoring/score-body.js';

/** The shape of a period report: the period, and each body's figures by indicator id. */
export const periodReportSchema = freezeSchema(z.strictObject({
  /** A note for people; ignored. */
  $comment: z.string().optional(),
  /** True for an example report whose figures describe no real body. */
  synthetic: z.boolean().optional(),
  period: z.strictObject({ year: z.number().int(), quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]) }),
  /** 2025 edition only: the text whose targets and weights apply (`kk` by default). */
  reading: z.enum(['kk', 'ru']).optional(),
  bodies: z
    .array(
      z.strictObject({
        body: z.string().min(1),
        figures: z.record(z.string(), z.unknown()),
      }),
    )
    .min(1),
}));

/** A period report. */
export type PeriodReport = z.infer<typeof periodReportSchema>;

/** A scored period: the edition and year applied, every body's score, and the rating. */
export interface PeriodScore {
  readonly period: ResolvedPeriod;
  /** The text whose values were applied (2025 edition); `null` for the 2023 edition. */
  readonly reading: Language | null;
  readonly method: string;
  /** True when the report says its figures are synthetic (an example, no real body). */
  readonly synthetic: boolean;
  readonly bodies: readonly BodyScore[];
  readonly rating: readonly RatingEntry[];
}

/**
 * Scores a period report.
 *
 * Every indicator of a body that applies in the year must be reported (use `null` figures for
 * "no data"); an indicator that does not apply that year (no weight, or a weight of 0: see
 * `indicatorsForPeriod`) may be left out. An uptime indicator
 * whose `totalHours` is left out is measured over the hours of the quarter (see
 * `resolvePeriod`); the trace shows the hours used.
 *
 * @param document - the report (see {@link periodReportSchema}); validated here
 * @param options - `method` (default: the method the edition names: the published method for the
 *   2023 edition, `METHOD_2025` for 2025) and `reading` (2025: `kk` or `ru`, overriding the document's)
 * @returns the scores and the rating, deeply frozen
 * @throws {@link CdtoKpiError} for a malformed document, an uncovered period, an unknown body or
 *   indicator, a body given twice, a missing indicator, and any bad figure (each located by body,
 *   indicator and field)
 * @example
 * ```ts
 * scorePeriodReport({ period: { year: 2024, quarter: 1 }, bodies: [{ body: 'justice', figures: { 'justice.1': { a: '17532', b: '45758' }, … } }] });
 * ```
 */
export function scorePeriodReport(document: unknown, options: { readonly method?: ScoringMethod; readonly reading?: Language } = {}): PeriodScore {
  document = readDocument(document);
  const parsed = periodReportSchema.safeParse(document);
  if (!parsed.success) throw fromZod(parsed.error, document);
  const report = parsed.data;
  const period = resolvePeriod(report.period);
  const edition = getEdition(period.edition);
  const reading = checkReading(edition.readings, options.reading ?? report.reading, {}, edition.id);
  const method = options.method ?? methodByName(edition.method);
  const seen = new Set<string>();
  const bodies = report.bodies.map((entry) => {
    if (seen.has(entry.body)) throw failure(ERROR_CODES.DUPLICATE_BODY, { body: entry.body }, 'each body once', entry.body, 'body given twice');
    seen.add(entry.body);
    return scoreBody(entry.body, directionsOf(entry.body, entry.figures, period, reading), method);
  });
  return deepFreeze({
    period,
    reading,
    method: method.name,
    synthetic: report.synthetic === true,
    bodies,
    rating: rankResults(bodies.map((body) => ({ body: body.body, result: body.result }))),
  });
}

function directionsOf(body: string, figures: Readonly<Record<string, unknown>>, period: ResolvedPeriod, reading: Language | null): DirectionEntry[] {
  const indicators = indicatorsInForce(period, body, reading);
  const known = new Set(indicators.map((indicator) => indicator.id));
  for (const id of Object.keys(figures)) {
    if (!known.has(id)) {
      throw failure(ERROR_CODES.UNKNOWN_INDICATOR, { body, indicator: id }, `an indicator of body "${body}" in the ${period.edition} edition`, id, 'unknown indicator for this body');
    }
  }
  const blocks = new Map<string, { definition: IndicatorDefinition; input: unknown }[]>();
  for (const { id, block, definition, applies } of indicators) {
    let input = figures[id];
    if (input === undefined) {
      if (!applies) continue;
      throw failure(ERROR_CODES.INDICATOR_NOT_REPORTED, { body, indicator: id }, 'the figures of every indicator that applies (null figures for "no data")', input);
    }
    if (definition.kind === 'uptime' && typeof input === 'object' && input !== null && !('totalHours' in input)) {
      input = { ...input, totalHours: period.hours };
    }
    const list = blocks.get(block) ?? [];
    list.push({ definition, input });
    blocks.set(block, list);
  }
  return [...blocks].map(([direction, entries]) => ({ direction, indicators: entries }));
}

function fromZod(error: z.ZodError, document: unknown): CdtoKpiError {
  const issue = error.issues[0]!;
  const location: { body?: string; field?: string } = {};
  const path = [...issue.path];
  if (path[0] === 'bodies' && typeof path[1] === 'number') {
    const body = (document as { bodies?: { body?: unknown }[] }).bodies?.[path[1]]?.body;
    location.body = typeof body === 'string' ? body : `#${path[1]}`;
    path.splice(0, 2);
  }
  if (path.length > 0) location.field = path.join('.');
  const all = error.issues.map((entry) => `${entry.path.join('.') || '(document)'}: ${entry.message}`).join('; ');
  // The value at the issue's path, read from the document itself: zod reports no input for some issues.
  let value: unknown = document;
  for (const key of issue.path) value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  const missing = value === undefined && issue.code !== 'unrecognized_keys';
  return failure(missing ? ERROR_CODES.MISSING_FIELD : ERROR_CODES.INVALID_VALUE, location as ErrorLocation, 'a period report (see docs/usage.md)', value, `malformed period report: ${all}`);
}
