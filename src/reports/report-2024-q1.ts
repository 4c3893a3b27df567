/**
 * The published Q1 2024 rating (14 bodies under the 2023 edition), its errata register, and its
 * reproduction: every published Z, W, R and rank compared with what the method gives.
 *
 * @module
 */
import { Exact } from '../decimal/decimal.js';
import { parsePrintedFigure } from '../input/printed-figure.js';
import { definitionFor2023 } from '../editions/edition-2023.js';
import { deepFreeze } from '../freeze.js';
import { ERRATA_2024_Q1_DATA, REPORT_2024_Q1_DATA } from '../generated/report-2024-q1.js';
import { rankResults, type RatingEntry } from '../scoring/rank.js';
import { type BodyScore, type DirectionEntry, scoreBody } from '../scoring/score-body.js';
import { PUBLISHED_METHOD, type ScoringMethod } from '../scoring/method.js';
import type { ErrataFile, Erratum, ReportFile } from './published-report-schema.js';

export type { ErrataFile, Erratum, ErratumCause, ReportFile } from './published-report-schema.js';
export { ERRATUM_CAUSES, errataFileSchema, erratumSchema, legendContradictionSchema, printedValueSchema, reportFileSchema, reportRowSchema } from './published-report-schema.js';
export { CdtoKpiError, ERROR_CODES } from '../errors/cdto-kpi-error.js';

/** The published report, as transcribed: printed strings and exact values, deeply frozen. */
export const REPORT_2024_Q1: ReportFile = deepFreeze(structuredClone(REPORT_2024_Q1_DATA));

/** The errata register of the report, deeply frozen. */
export const ERRATA_2024_Q1: Omit<ErrataFile, '$comment'> = deepFreeze(structuredClone(ERRATA_2024_Q1_DATA));

/** The year whose targets the report's figures use (its legend says 2023; the figures are 2024's). */
export const TARGET_YEAR_2024_Q1 = '2024';

/**
 * The bodies' reported figures (a and b of every row), as scorer input, with the targets and
 * weights taken from the 2023 catalogue for 2024, not from the report.
 *
 * @returns per body, its directions with each indicator's definition and input
 */
export function reportEntries2024Q1(): readonly { readonly body: string; readonly directions: readonly DirectionEntry[] }[] {
  return REPORT_2024_Q1.bodies.map((body) => ({
    body: body.body,
    directions: body.directions.map((direction) => ({
      direction: direction.direction,
      indicators: direction.rows.map((row) => {
        if (row.indicator === null) throw new Error(`report row ${direction.direction}#${row.no} is not linked to the catalogue`);
        const definition = definitionFor2023(row.indicator, TARGET_YEAR_2024_Q1);
        const input = definition.kind === 'count' ? { a: row.a.value } : { a: row.a.value, b: row.b.value };
        return { definition, input };
      }),
    })),
  }));
}

/** The report scored by a method: each body's score and the rating. */
export interface ReportScore {
  readonly method: string;
  readonly bodies: readonly BodyScore[];
  readonly rating: readonly RatingEntry[];
}

/**
 * Scores the bundled Q1 2024 figures.
 *
 * @param method - the scoring method; {@link PUBLISHED_METHOD} reproduces the publication
 * @returns every body's score, and the rating they make
 * @example
 * ```ts
 * scoreReport2024Q1().rating[0]; // { body: 'justice', result: '96.4', rank: 1 }
 * ```
 */
export function scoreReport2024Q1(method: ScoringMethod = PUBLISHED_METHOD): ReportScore {
  const bodies = reportEntries2024Q1().map((entry) => scoreBody(entry.body, entry.directions, method));
  return deepFreeze({ method: method.name, bodies, rating: rankResults(bodies.map((body) => ({ body: body.body, result: body.result }))) });
}

/** One published figure beside the method's value. */
export interface FigureComparison {
  /**
   * The figure's id: `<direction>#<row>.Z`, `<direction>#<row>.W`, `<direction>.R` (a direction
   * of a body with several), `<body>.R` (a body's result in its section), `rating.<body>.R` and
   * `rating.<body>.rank` (the rating table), `chart.<body>.R` (the chart's data).
   */
  readonly figure: string;
  readonly published: string | null;
  readonly computed: string | null;
  /** `reproduced`: equal; `erratum`: an erratum names this figure with these two values; `unexplained`: neither. */
  readonly status: 'reproduced' | 'erratum' | 'unexplained';
}

/** The outcome of reproducing the report. */
export interface Reproduction {
  readonly method: string;
  readonly figures: readonly FigureComparison[];
  readonly counts: { readonly figures: number; readonly reproduced: number; readonly errata: number; readonly unexplained: number };
  /** Errata whose figure now equals the method's value, or whose values no longer match. */
  readonly staleErrata: readonly Erratum[];
  /** The rating as published, and as computed (errata corrected). */
  readonly publishedRating: readonly RatingEntry[];
  readonly correctedRating: readonly RatingEntry[];
  /** Bodies whose rank differs between the two. */
  readonly rankChanges: readonly { readonly body: string; readonly published: number; readonly corrected: number }[];
}

const same = (x: string | null, y: string | null): boolean =>
  x === null || y === null ? x === y : new Exact(x).eq(y);

/**
 * Compares every published Z, W, R and rank with the method's value, and each difference with the
 * errata register.
 *
 * @param method - the scoring method; the register is written for {@link PUBLISHED_METHOD}
 * @param errata - the register to explain differences with
 * @returns every figure with its status, the counts, the stale errata and the two ratings
 * @example
 * ```ts
 * const { counts } = reproduceReport2024Q1();
 * counts.unexplained; // 0
 * ```
 */
export function reproduceReport2024Q1(
  method: ScoringMethod = PUBLISHED_METHOD,
  errata: readonly Erratum[] = ERRATA_2024_Q1.errata,
): Reproduction {
  const score = scoreReport2024Q1(method);
  const pairs: { figure: string; published: string | null; computed: string | null }[] = [];
  const byBody = new Map(score.bodies.map((body) => [body.body, body]));
  for (const body of REPORT_2024_Q1.bodies) {
    const scored = byBody.get(body.body)!;
    body.directions.forEach((direction, d) => {
      const scoredDirection = scored.directions[d]!;
      direction.rows.forEach((row, r) => {
        const indicator = scoredDirection.indicators[r]!;
        pairs.push({ figure: `${direction.direction}#${row.no}.Z`, published: row.Z.value, computed: indicator.share });
        pairs.push({ figure: `${direction.direction}#${row.no}.W`, published: row.W.value, computed: indicator.awarded });
      });
      if (direction.result !== undefined) {
        pairs.push({ figure: `${direction.direction}.R`, published: direction.result.value, computed: scoredDirection.result });
      }
    });
    pairs.push({ figure: `${body.body}.R`, published: body.result.value, computed: scored.result });
  }
  const publishedRating = publishedRatingOf(REPORT_2024_Q1);
  const correctedRating = score.rating;
  const corrected = new Map(correctedRating.map((entry) => [entry.body, entry]));
  for (const entry of publishedRating) {
    const computed = corrected.get(entry.body)!;
    pairs.push({ figure: `rating.${entry.body}.R`, published: entry.result, computed: computed.result });
    pairs.push({ figure: `rating.${entry.body}.rank`, published: String(entry.rank), computed: String(computed.rank) });
  }
  for (const bar of REPORT_2024_Q1.chart.bars) {
    pairs.push({ figure: `chart.${bar.body}.R`, published: parsePrintedFigure(bar.printed).value, computed: corrected.get(bar.body)!.result });
  }

  const register = new Map(errata.map((erratum) => [erratum.figure, erratum]));
  const figures = pairs.map((pair): FigureComparison => {
    if (same(pair.published, pair.computed)) return { ...pair, status: 'reproduced' };
    const erratum = register.get(pair.figure);
    const explained = erratum !== undefined && same(erratum.published, pair.published) && same(erratum.computed, pair.computed);
    return { ...pair, status: explained ? 'erratum' : 'unexplained' };
  });
  const byFigure = new Map(figures.map((figure) => [figure.figure, figure]));
  const staleErrata = errata.filter((erratum) => byFigure.get(erratum.figure)?.status !== 'erratum');
  const count = (status: FigureComparison['status']): number => figures.filter((figure) => figure.status === status).length;
  const published = new Map(publishedRating.map((entry) => [entry.body, entry.rank]));
  const rankChanges = correctedRating
    .filter((entry) => published.get(entry.body) !== entry.rank)
    .map((entry) => ({ body: entry.body, published: published.get(entry.body)!, corrected: entry.rank }));
  return deepFreeze({
    method: method.name,
    figures,
    counts: { figures: figures.length, reproduced: count('reproduced'), errata: count('erratum'), unexplained: count('unexplained') },
    staleErrata: structuredClone(staleErrata),
    publishedRating,
    correctedRating,
    rankChanges,
  });
}

function publishedRatingOf(report: ReportFile): RatingEntry[] {
  return report.rating.map((entry) => ({ body: entry.body, result: entry.result.value!, rank: Number(entry.rank.value) }));
}
