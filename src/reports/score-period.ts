/**
 * Scoring a period's report: every body's figures for a quarter, scored with the targets and
 * weights of the edition that governs the quarter, and ranked.
 *
 * @module
 */
import { checkReading } from '../editions/readings.js';
import type { EditionRegistry } from '../editions/registry.js';
import type { Language } from '../editions/types.js';
import { CdtoKpiError, ERROR_CODES, failure, isCdtoKpiError } from '../errors/cdto-kpi-error.js';
import { deepFreeze } from '../freeze.js';
import { readDocument } from '../input/boundary.js';
import { indicatorsInForce } from '../periods/indicators-for-period.js';
import { type ResolvedPeriod, resolveIn } from '../periods/resolve-period.js';
import { methodByName, type ScoringMethod } from '../scoring/method.js';
import { type RankBy, type RatingEntry, uncheckedRank } from '../scoring/rank.js';
import { type BodyScore, uncheckedScoreBody } from '../scoring/score-body.js';
import { groupFigures, type PeriodWarning } from './group-figures.js';
import { type PeriodReport, periodReportShapeIssues } from './period-report-schema.js';
import type { Lang } from '../messages/catalogue.js';
import { issuesIn } from '../output/messages.js';
import { checkedReport, type ReadScoreOptions, readScoreOptions } from './validate-period-report.js';

/** A body's place in a period's rating: R and its share of the planned weight, whichever ranks. */
export interface PeriodRatingEntry extends RatingEntry {
  /** Σ W / Σ U × 100; `null` when nothing is planned (ranked as 0 under `share-of-planned`). */
  readonly shareOfPlanned: string | null;
}

/** Options of {@link scorePeriodReport}. */
export interface PeriodScoreOptions {
  /** Default: the method the edition names. */
  readonly method?: ScoringMethod;
  /** An edition with two texts: the text whose values apply (overriding the report's). */
  readonly reading?: Language;
  /** Default: the edition's (`share-of-planned` for the 2025 edition, `result` for the 2023 edition). */
  readonly rankBy?: RankBy;
  /** The editions to resolve the period in (default: `defaultEditions`). */
  readonly editions?: EditionRegistry;
  /** The language of the error's messages (default `en`; in `cdto-kpi/core`, `await loadLanguage(lang)` first). */
  readonly lang?: Lang;
}

/** A scored period: the edition and year applied, every body's score, and the rating. */
export interface PeriodScore {
  readonly period: ResolvedPeriod;
  /** The text whose values were applied (an edition with two texts); `null` for one set of values. */
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
 * valid by the other. An uptime indicator whose `totalHours` is left out is measured over the
 * hours of the quarter (see `resolvePeriod`).
 *
 * @param document - the report (see {@link PeriodReport}; its JSON Schema is
 *   `cdto-kpi/schema/period-report.schema.json`), read through the boundary and validated here
 * @param options - `method` (default: the method the edition names), `reading` (overriding the
 *   document's), `rankBy` (default: the edition's) and `editions`
 * @returns the scores and the rating, deeply frozen
 * @throws {@link CdtoKpiError} carrying every issue of the report, as `validatePeriodReport` lists
 *   them: a malformed document, an uncovered period, an unknown body or indicator, a body given
 *   twice, a missing indicator, and every bad figure (each located by body, indicator and field)
 * @example
 * ```ts
 * scorePeriodReport({ period: { year: 2024, quarter: 1 }, bodies: [{ body: 'justice', figures: { 'justice.1': { a: '17532', b: '45758' }, … } }] });
 * ```
 */
export function scorePeriodReport(document: unknown, options: PeriodScoreOptions = {}): PeriodScore {
  const read = readScoreOptions(options);
  return scoreRead(readDocument(document), read);
}

/** {@link scorePeriodReport} of a report read through the boundary, with its options read. */
export function scoreRead(document: unknown, options: ReadScoreOptions): PeriodScore {
  try {
    return scoreFirst(document, options);
  } catch (error) {
    if (!isCdtoKpiError(error)) throw error;
    // One error carrying every issue of the report, not only the first one met.
    const issues = checkedReport(document, options).issues;
    throw issues.length > 0 ? new CdtoKpiError(issuesIn(issues, options.messages, options.registry), options.messages.lang) : error;
  }
}

/** Scores a report read through the boundary, stopping at the first problem. */
function scoreFirst(document: unknown, options: ReadScoreOptions): PeriodScore {
  const shape = periodReportShapeIssues(document);
  if (shape.length > 0) throw new CdtoKpiError(shape);
  const report = document as PeriodReport;
  const { registry } = options;
  const period = resolveIn(registry, report.period);
  const edition = registry.get(period.edition);
  const reading = checkReading(edition.readings, options.reading ?? report.reading, {}, edition.id);
  const method = options.method ?? methodByName(edition.method);
  const rankBy = options.rankBy ?? edition.rankBy;
  const seen = new Set<string>();
  const warnings: PeriodWarning[] = [];
  const bodies = report.bodies.map(({ body, figures }) => {
    if (seen.has(body)) throw failure(ERROR_CODES.DUPLICATE_BODY, { body }, 'each body once', body, 'body given twice');
    seen.add(body);
    return uncheckedScoreBody(body, groupFigures(edition, body, indicatorsInForce(edition, period, body, reading), figures, period, reading, warnings), method);
  });
  const ranked = uncheckedRank(bodies.map((body) => ({ body: body.body, result: rankBy === 'result' ? body.result : (body.shareOfPlanned ?? '0') })));
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
