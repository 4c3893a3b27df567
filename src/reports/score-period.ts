/**
 * Scoring a period's report: every body's figures for a quarter, scored with the targets and
 * weights of the edition that governs the quarter, and ranked.
 *
 * @module
 */
import * as z from 'zod';
import { readingForEdition } from '../editions/edition-2025.js';
import type { Language } from '../editions/types.js';
import { CdtoKpiError, ERROR_CODES, type ErrorLocation, failure } from '../errors/cdto-kpi-error.js';
import { deepFreeze } from '../freeze.js';
import { indicatorsInForce } from '../periods/indicators-for-period.js';
import { type ResolvedPeriod, resolvePeriod } from '../periods/resolve-period.js';
import type { IndicatorDefinition } from '../kinds/kinds.js';
import { METHOD_2025, PUBLISHED_METHOD, type ScoringMethod } from '../scoring/method.js';
import { rankResults, type RatingEntry } from '../scoring/rank.js';
import { type BodyScore, type DirectionEntry, scoreBody } from '../scoring/score-body.js';
import { WARNING_CODES } from '../scoring/warnings.js';
import { inputForPeriod } from './period-input.js';
import type { PeriodWarning } from './period-warnings.js';
import { validatePeriodReport } from './validate-period-report.js';

/**
 * What a rating is ordered by: `result`, R = Σ W; `share-of-planned`, Σ W / Σ U × 100, the figure
 * that compares bodies whose planned totals differ (the 2025 edition's run from 80 to 135).
 */
export const RANK_BY = Object.freeze(['result', 'share-of-planned'] as const);
/** One of {@link RANK_BY}. */
export type RankBy = (typeof RANK_BY)[number];

/** A body's place in a period's rating: R and its share of the planned weight, whichever ranks. */
export interface PeriodRatingEntry extends RatingEntry {
  /** Σ W / Σ U × 100; `null` when nothing is planned (ranked as 0 under `share-of-planned`). */
  readonly shareOfPlanned: string | null;
}

/** Options of {@link scorePeriodReport}. */
export interface PeriodScoreOptions {
  readonly method?: ScoringMethod;
  readonly reading?: Language;
  /** Default: `share-of-planned` for the 2025 edition, `result` for the 2023 edition (every direction plans 100). */
  readonly rankBy?: RankBy;
}

/** The shape of a period report: the period, and each body's figures by indicator id. */
export const periodReportSchema = z.strictObject({
  /** A note for people; ignored. */
  $comment: z.string().optional(),
  /** What each indicator of a template is (see `reportTemplate`); ignored. */
  $indicators: z.array(z.unknown()).optional(),
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
});

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
  /** What the rating is ordered by. */
  readonly rankBy: RankBy;
  readonly rating: readonly PeriodRatingEntry[];
  /** Warnings about the report beyond each indicator's own: figures given for an indicator that does not apply. */
  readonly warnings: readonly PeriodWarning[];
}

/**
 * Scores a period report.
 *
 * Every indicator of a body that applies in the year must be reported (use `null` figures for
 * "no data"); an indicator that does not apply that year (no weight, or a weight of 0: see
 * `indicatorsForPeriod`) may be left out, and when it is given its figures are neither read nor
 * scored (warning `NOT_APPLICABLE_REPORTED`): a report valid by one text of the 2025 edition stays
 * valid by the other. The rating ranks by `rankBy`. An uptime indicator
 * whose `totalHours` is left out is measured over the hours of the quarter (see
 * `resolvePeriod`); the trace shows the hours used.
 *
 * @param document - the report (see {@link periodReportSchema}); validated here
 * @param options - `method` (default: the published method for the 2023 edition, {@link METHOD_2025}
 *   for 2025), `reading` (2025: `kk` or `ru`, overriding the document's) and `rankBy` (default
 *   `share-of-planned` for 2025, `result` for 2023)
 * @returns the scores and the rating, deeply frozen
 * @throws {@link CdtoKpiError} for a malformed document, an uncovered period, an unknown body or
 *   indicator, a body given twice, a missing indicator, and any bad figure (each located by body,
 *   indicator and field); the error carries every issue of the report (see `validatePeriodReport`)
 * @example
 * ```ts
 * scorePeriodReport({ period: { year: 2024, quarter: 1 }, bodies: [{ body: 'justice', figures: { 'justice.1': { a: '17532', b: '45758' }, … } }] });
 * ```
 */
export function scorePeriodReport(document: unknown, options: PeriodScoreOptions = {}): PeriodScore {
  try {
    return scoreChecked(document, options);
  } catch (error) {
    // One error carrying every issue of the report, not only the first one met.
    if (error instanceof CdtoKpiError) {
      const validation = validatePeriodReport(document, options);
      if (!validation.ok) throw new CdtoKpiError(validation.issues);
    }
    throw error;
  }
}

function scoreChecked(document: unknown, options: PeriodScoreOptions): PeriodScore {
  const parsed = periodReportSchema.safeParse(document);
  if (!parsed.success) throw fromZod(parsed.error, document);
  const report = parsed.data;
  const period = resolvePeriod(report.period);
  const reading = readingForEdition(period.edition, options.reading ?? report.reading);
  const method = options.method ?? (period.edition === '2023' ? PUBLISHED_METHOD : METHOD_2025);
  const rankBy = options.rankBy ?? (period.edition === '2023' ? 'result' : 'share-of-planned');
  if (!(RANK_BY as readonly string[]).includes(rankBy)) {
    throw failure(ERROR_CODES.INVALID_VALUE, { field: 'rankBy' }, RANK_BY.join(' or '), rankBy);
  }
  const seen = new Set<string>();
  const warnings: PeriodWarning[] = [];
  const bodies = report.bodies.map((entry) => {
    if (seen.has(entry.body)) throw failure(ERROR_CODES.DUPLICATE_BODY, { body: entry.body }, 'each body once', entry.body, 'body given twice');
    seen.add(entry.body);
    return scoreBody(entry.body, directionsOf(entry.body, entry.figures, period, reading, warnings), method);
  });
  const ranked = rankResults(bodies.map((body) => ({ body: body.body, result: rankBy === 'result' ? body.result : (body.shareOfPlanned ?? '0') })));
  const byBody = new Map(bodies.map((body) => [body.body, body]));
  return deepFreeze({
    period,
    reading,
    method: method.name,
    synthetic: report.synthetic === true,
    bodies,
    rankBy,
    rating: ranked.map(({ body, rank }) => ({ body, result: byBody.get(body)!.result, shareOfPlanned: byBody.get(body)!.shareOfPlanned, rank })),
    warnings,
  });
}

/**
 * The figures of a body by block, ready to score; figures given for an indicator that does not
 * apply are set aside with a warning (they may be in the shape of another reading's kind).
 *
 * @internal
 */
export function directionsOf(
  body: string,
  figures: Readonly<Record<string, unknown>>,
  period: ResolvedPeriod,
  reading: Language | null,
  warnings: PeriodWarning[],
): DirectionEntry[] {
  const indicators = indicatorsInForce(period, body, reading);
  const known = new Set(indicators.map((indicator) => indicator.id));
  for (const id of Object.keys(figures)) {
    if (!known.has(id)) {
      throw failure(ERROR_CODES.UNKNOWN_INDICATOR, { body, indicator: id }, `an indicator of body "${body}" in the ${period.edition} edition`, id, 'unknown indicator for this body');
    }
  }
  const blocks = new Map<string, { definition: IndicatorDefinition; input: unknown }[]>();
  for (const { id, block, definition, applies } of indicators) {
    const given = figures[id];
    if (given === undefined) {
      if (!applies) continue;
      throw failure(ERROR_CODES.INDICATOR_NOT_REPORTED, { body, indicator: id }, 'the figures of every indicator that applies (null figures for "no data")', given);
    }
    if (!applies) {
      const text = reading === null ? '' : ` by the ${reading === 'kk' ? 'Kazakh' : 'Russian'} text`;
      warnings.push({ code: WARNING_CODES.NOT_APPLICABLE_REPORTED, body, indicator: id, message: `${id} does not apply in ${period.targetYear}${text}: its figures are neither read nor scored` });
      continue;
    }
    const list = blocks.get(block) ?? [];
    list.push({ definition, input: inputForPeriod(definition, given, period, { body, indicator: id }) });
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
