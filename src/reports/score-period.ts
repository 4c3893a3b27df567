/**
 * Scoring a period's report: every body's figures for a quarter, scored with the targets and
 * weights of the edition that governs the quarter, and ranked.
 *
 * @module
 */
import { checkReading } from '../editions/readings.js';
import { getEdition } from '../editions/registry.js';
import type { Language } from '../editions/types.js';
import { CdtoKpiError, ERROR_CODES, failure, isCdtoKpiError } from '../errors/cdto-kpi-error.js';
import { deepFreeze } from '../freeze.js';
import { readOptions } from '../input/options.js';
import { readDocument } from '../input/document-limits.js';
import { indicatorsInForce } from '../periods/indicators-for-period.js';
import { type ResolvedPeriod, resolvePeriod } from '../periods/resolve-period.js';
import type { ScoringMethod } from '../scoring/method.js';
import { methodByName } from '../scoring/methods.js';
import { rankResults, type RatingEntry } from '../scoring/rank.js';
import { type BodyScore, type DirectionEntry, scoreBody } from '../scoring/score-body.js';
import { RANK_BY, type RankBy } from '../scoring/rank-by.js';
import { groupFigures } from './group-figures.js';
import type { PeriodWarning } from './period-warnings.js';
import { type PeriodReport, periodReportShapeIssues } from './period-report-shape.js';
import { validatePeriodReport } from './validate-period-report.js';

export { RANK_BY, type RankBy } from '../scoring/rank-by.js';

/** A body's place in a period's rating: R and its share of the planned weight, whichever ranks. */
export interface PeriodRatingEntry extends RatingEntry {
  /** Σ W / Σ U × 100; `null` when nothing is planned (ranked as 0 under `share-of-planned`). */
  readonly shareOfPlanned: string | null;
}

/** Options of {@link scorePeriodReport}. */
export interface PeriodScoreOptions {
  readonly method?: ScoringMethod;
  readonly reading?: Language;
  /** Default: the edition's (`share-of-planned` for the 2025 edition, whose planned totals differ; `result` for the 2023 edition, whose every direction plans 100). */
  readonly rankBy?: RankBy;
}

export type { PeriodReport } from './period-report-shape.js';

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
 * @param document - the report (see {@link PeriodReport}; its JSON Schema is
 *   `cdto-kpi/schema/period-report.schema.json`); validated here
 * @param options - `method` (default: the method the edition names: the published method for the
 *   2023 edition, `METHOD_2025` for 2025), `reading` (2025: `kk` or `ru`, overriding the document's)
 *   and `rankBy` (default: the edition's, `share-of-planned` for 2025, `result` for 2023)
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
  // The options and the document are each read once, into snapshots that nothing else reads.
  const read = readOptions(options, ['method', 'reading', 'rankBy']) as PeriodScoreOptions;
  const report = readDocument(document);
  try {
    return scoreChecked(report, read);
  } catch (error) {
    // One error carrying every issue of the report, not only the first one met.
    if (isCdtoKpiError(error)) {
      const validation = validatePeriodReport(report, read);
      if (!validation.ok) throw new CdtoKpiError(validation.issues);
    }
    throw error;
  }
}

function scoreChecked(document: unknown, options: PeriodScoreOptions): PeriodScore {
  const shapeIssues = periodReportShapeIssues(document);
  if (shapeIssues.length > 0) throw new CdtoKpiError(shapeIssues);
  // The document is the caller's report as read by readDocument: a copy that nothing else holds.
  const report = document as PeriodReport;
  const period = resolvePeriod(report.period);
  const edition = getEdition(period.edition);
  const reading = checkReading(edition.readings, options.reading ?? report.reading, {}, edition.id);
  const method = options.method ?? methodByName(edition.method);
  const rankBy = options.rankBy ?? edition.rankBy;
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
 * The figures of a body by block, ready to score (see `groupFigures`), with the body's indicators
 * in force in the period.
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
  return groupFigures(body, indicatorsInForce(period, body, reading), figures, period, reading, warnings);
}
