/**
 * Auditing a published rating: every published Z, W, R and rank compared with what the method
 * gives, each difference explained by an errata register or, without one, given a suggested cause.
 * Any report transcribed in the format of `data/reports/<id>/report.json` goes through here.
 *
 * @module
 */
import * as z from 'zod/mini';
import { exact } from '../decimal/decimal.js';
import type { Edition } from '../editions/edition.js';
import { type EditionRegistry, registryOf } from '../editions/registry.js';
import { CdtoKpiError, ERROR_CODES, failure } from '../errors/cdto-kpi-error.js';
import { issuesFromZod } from '../errors/zod-issues.js';
import { deepFreeze } from '../freeze.js';
import { readDocument, readOptions } from '../input/boundary.js';
import { parsePrintedFigure } from '../input/printed-figure.js';
import { prepareDefinition } from '../kinds/definition.js';
import { checkedMethod, methodByName, type ScoringMethod } from '../scoring/method.js';
import { type RatingEntry, uncheckedRank } from '../scoring/rank.js';
import { type BodyScore, type PreparedDirection, uncheckedScoreBody } from '../scoring/score-body.js';
import type { ErratumCause } from './erratum-causes.js';
import { type Erratum, erratumSchema, type ReportFile, reportFileSchema } from './published-report-schema.js';

/** A published report scored by a method: each body's score and the rating. */
export interface ReportScore {
  readonly method: string;
  readonly bodies: readonly BodyScore[];
  readonly rating: readonly RatingEntry[];
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

/** The outcome of reproducing a report. */
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

/** A cause suggested for a difference that no erratum explains, from the classes the registers use. */
export interface SuggestedCause {
  readonly figure: string;
  readonly cause: ErratumCause;
  /** Why this cause fits, in words. */
  readonly why: string;
}

/** An audit: the reproduction, which report it is, and a suggested cause for each unexplained figure. */
export interface Audit extends Reproduction {
  readonly report: { readonly id: string; readonly edition: string; readonly period: { readonly year: number; readonly quarter: number }; readonly targetYear: string };
  readonly suggestions: readonly SuggestedCause[];
}

/** Options of the audit's functions. */
export interface AuditOptions {
  /** The scoring method (default: the one the report's edition names). */
  readonly method?: ScoringMethod;
  /** Where to find the report's edition (default: `defaultEditions`). */
  readonly editions?: EditionRegistry;
}

/**
 * A published report read at the door: through the boundary, then its schema.
 *
 * @param report - the report as given
 * @returns the report, validated
 * @throws `CdtoKpiError` for what is not a transcribed report, every problem at once
 */
function readReport(report: unknown): ReportFile {
  const given = readDocument(report);
  const parsed = z.safeParse(reportFileSchema, given, { reportInput: true });
  if (!parsed.success) throw new CdtoKpiError(issuesFromZod(parsed.error.issues, given, { detail: 'not a transcribed published report (see docs/data-format.md)' }));
  return parsed.data;
}

/**
 * The bodies' reported figures (a and b of every row), ready to score with the targets and weights
 * of the report's edition for its target year, not the report's own U and N.
 */
function publishedDirections(report: ReportFile, edition: Edition): readonly { readonly body: string; readonly directions: readonly PreparedDirection[] }[] {
  return report.bodies.map((body) => ({
    body: body.body,
    directions: body.directions.map((direction) => ({
      direction: direction.direction,
      indicators: direction.rows.map((row) => {
        const { definition, input } = rowEntry(report, edition, body.body, direction.direction, row);
        return { prepared: prepareDefinition(definition), input };
      }),
    })),
  }));
}

/**
 * A published report's figures as a period report (`scorePeriodReport`'s input): each body's a
 * (and b) by indicator id, for the report's period. The command line takes the bundled Q1 2024
 * report this way.
 *
 * @param report - a transcribed published report
 * @param options - `editions`
 * @returns the period report
 * @throws `CdtoKpiError` for what is not a transcribed report; `UNKNOWN_INDICATOR` for a row
 *   not linked to the catalogue, and what the edition throws for an id or year it does not have
 */
export function periodReportOfPublished(report: ReportFile, options: Pick<AuditOptions, 'editions'> = {}): { readonly period: { readonly year: number; readonly quarter: 1 | 2 | 3 | 4 }; readonly bodies: readonly { readonly body: string; readonly figures: Readonly<Record<string, unknown>> }[] } {
  const { editions } = readOptions(options, ['editions']);
  const read = readReport(report);
  const edition = registryOf(editions).get(read.edition);
  return deepFreeze({
    period: { year: read.period.year, quarter: read.period.quarter as 1 | 2 | 3 | 4 },
    bodies: read.bodies.map((body) => ({
      body: body.body,
      figures: Object.fromEntries(body.directions.flatMap((direction) => direction.rows.map((row) => [row.indicator, rowEntry(read, edition, body.body, direction.direction, row).input]))),
    })),
  });
}

/** One row: its indicator's definition for the report's target year, and its a (and b) as the kind takes them. */
function rowEntry(report: ReportFile, edition: Edition, body: string, direction: string, row: ReportFile['bodies'][number]['directions'][number]['rows'][number]): { readonly definition: ReturnType<Edition['definitionFor']>; readonly input: unknown } {
  const where = { body, direction, field: `row ${row.no}` };
  if (row.indicator === null) throw failure(ERROR_CODES.UNKNOWN_INDICATOR, where, 'a row linked to an indicator of the catalogue', null, 'report row not linked to the catalogue');
  const definition = edition.definitionFor(row.indicator, report.targetYear);
  const fields = prepareDefinition(definition).module.fields;
  if (fields.join() !== 'a' && fields.join() !== 'a,b') {
    throw failure(ERROR_CODES.WRONG_TYPE, { ...where, indicator: row.indicator }, 'an indicator scored from a and b (a published row prints a, b, Z and W)', definition.kind);
  }
  return { definition, input: fields.length === 1 ? { a: row.a.value } : { a: row.a.value, b: row.b.value } };
}

/**
 * Scores a published report's figures by a method.
 *
 * @param report - a transcribed published report (see `reportFileSchema`), validated here
 * @param options - `method` (default: the one its edition names) and `editions`
 * @returns every body's score, and the rating they make, deeply frozen
 * @throws `CdtoKpiError` for what is not a transcribed report, and what scoring throws
 */
export function scorePublishedReport(report: ReportFile, options: AuditOptions = {}): ReportScore {
  const { method, editions } = readOptions(options, ['method', 'editions']);
  return scoreRead(readReport(report), method, registryOf(editions));
}

function scoreRead(report: ReportFile, method: unknown, registry: EditionRegistry): ReportScore {
  const edition = registry.get(report.edition);
  const applied = method === undefined ? methodByName(edition.method) : checkedMethod(method);
  const bodies = publishedDirections(report, edition).map(({ body, directions }) => uncheckedScoreBody(body, directions, applied));
  return deepFreeze({ method: applied.name, bodies, rating: uncheckedRank(bodies.map((body) => ({ body: body.body, result: body.result }))) });
}

const same = (x: string | null, y: string | null): boolean => (x === null || y === null ? x === y : exact(x).eq(exact(y)));

/**
 * Compares every published Z, W, R and rank with the method's value, and each difference with an
 * errata register; without a register, every difference is unexplained and gets a suggested cause.
 *
 * @param report - a published report, validated (see `reportFileSchema`)
 * @param options - `errata`: the register to explain differences with (default none); `method`:
 *   the scoring method (default: the one the report's edition names)
 * @returns every figure with its status, the counts, the stale errata, the two ratings, the report's
 *   identity and the suggested causes
 * @example
 * ```ts
 * const audit = auditPublishedReport(REPORT_2024_Q1, { errata: ERRATA_2024_Q1.errata });
 * audit.counts.unexplained; // 0
 * ```
 */
export function auditPublishedReport(report: ReportFile, options: AuditOptions & { readonly errata?: readonly Erratum[] } = {}): Audit {
  const { errata: givenErrata, method, editions } = readOptions(options, ['errata', 'method', 'editions']);
  const read = readReport(report);
  const errata = readErrata(givenErrata);
  report = read;
  const score = scoreRead(read, method, registryOf(editions));
  const pairs: { figure: string; published: string | null; computed: string | null }[] = [];
  const byBody = new Map(score.bodies.map((body) => [body.body, body]));
  const rows = new Map<string, { U: string | null; W: string | null; Z: string | null }>();
  for (const body of report.bodies) {
    const scored = byBody.get(body.body)!;
    body.directions.forEach((direction, d) => {
      const scoredDirection = scored.directions[d]!;
      direction.rows.forEach((row, r) => {
        const indicator = scoredDirection.indicators[r]!;
        rows.set(`${direction.direction}#${row.no}`, { U: indicator.weight, W: row.W.value, Z: row.Z.value });
        pairs.push({ figure: `${direction.direction}#${row.no}.Z`, published: row.Z.value, computed: indicator.share });
        pairs.push({ figure: `${direction.direction}#${row.no}.W`, published: row.W.value, computed: indicator.awarded });
      });
      if (direction.result !== undefined) {
        pairs.push({ figure: `${direction.direction}.R`, published: direction.result.value, computed: scoredDirection.result });
      }
    });
    pairs.push({ figure: `${body.body}.R`, published: body.result.value, computed: scored.result });
  }
  const publishedRating = report.rating.map((entry) => ({ body: entry.body, result: entry.result.value!, rank: Number(entry.rank.value) }));
  const correctedRating = score.rating;
  const corrected = new Map(correctedRating.map((entry) => [entry.body, entry]));
  for (const entry of publishedRating) {
    const computed = corrected.get(entry.body)!;
    pairs.push({ figure: `rating.${entry.body}.R`, published: entry.result, computed: computed.result });
    pairs.push({ figure: `rating.${entry.body}.rank`, published: String(entry.rank), computed: String(computed.rank) });
  }
  for (const bar of report.chart.bars) {
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
  const differing = figures.filter((figure) => figure.status !== 'reproduced');
  const suggestions = figures.filter((figure) => figure.status === 'unexplained').map((figure) => suggestCause(figure, rows, differing));
  return deepFreeze({
    method: score.method,
    figures,
    counts: { figures: figures.length, reproduced: count('reproduced'), errata: count('erratum'), unexplained: count('unexplained') },
    staleErrata: structuredClone(staleErrata),
    publishedRating,
    correctedRating,
    rankChanges,
    report: { id: report.id, edition: report.edition, period: { year: report.period.year, quarter: report.period.quarter }, targetYear: report.targetYear },
    suggestions,
  });
}

/**
 * The cause that best fits a difference, from the classes the errata registers use. A suggestion
 * only: a person reads the source and writes the erratum.
 */
function suggestCause(
  figure: FigureComparison,
  rows: ReadonlyMap<string, { readonly U: string | null; readonly W: string | null; readonly Z: string | null }>,
  differing: readonly FigureComparison[],
): SuggestedCause {
  const { published, computed } = figure;
  const suggest = (cause: ErratumCause, why: string): SuggestedCause => ({ figure: figure.figure, cause, why });
  const [row, stage] = splitFigure(figure.figure);
  if (published !== null && /\.\d{10,}$/u.test(published) && computed !== null && Math.abs(Number(published) - Number(computed)) < 1e-9) {
    return suggest('float-artefact', `${published} is ${computed} written by a binary float`);
  }
  if (stage === 'Z') {
    if (published === null) return suggest('share-not-printed', 'no Z is printed; the method gives one');
    return suggest('misprinted-share', `the printed Z differs from a / b × 100 = ${computed}`);
  }
  if (stage === 'W') {
    const entry = row === null ? undefined : rows.get(row);
    if (published === null) return suggest('empty-cell', 'the W cell is empty; the method gives one');
    if (entry !== undefined && entry.U !== null && exact(published).gt(exact(entry.U)) && computed !== null && same(computed, entry.U)) {
      return suggest('cap-not-applied', `the printed W is above U = ${entry.U}; the method caps W at U`);
    }
    if (computed !== null && exact(published).toDecimalPlaces(exact(computed).decimalPlaces()).eq(exact(computed)) && exact(published).decimalPlaces() > exact(computed).decimalPlaces()) {
      return suggest('awarded-not-rounded', `the printed W ${published} is the method's ${computed} before its rounding`);
    }
    if (differing.some((other) => other.figure === `${row}.Z`)) return suggest('follows-misprinted-share', `the row's Z differs as well: W follows it`);
  }
  const scope = figure.figure.split(/[#.]/u)[figure.figure.startsWith('rating.') || figure.figure.startsWith('chart.') ? 1 : 0]!;
  if (differing.some((other) => other !== figure && other.figure.includes(scope))) {
    return suggest('follows-erratum', `another figure of ${scope} differs: this one may follow it`);
  }
  return suggest('misprinted-share', 'no other figure explains it: read the source for a misprint');
}

function splitFigure(figure: string): [string | null, string] {
  const dot = figure.lastIndexOf('.');
  const head = figure.slice(0, dot);
  return [head.includes('#') ? head : null, figure.slice(dot + 1)];
}

/** An errata register's list, read at the door. */
function readErrata(errata: unknown): readonly Erratum[] {
  if (errata === undefined) return [];
  const given = readDocument(errata);
  const parsed = z.safeParse(z.array(erratumSchema), given, { reportInput: true });
  if (!parsed.success) throw new CdtoKpiError(issuesFromZod(parsed.error.issues, given, { prefix: ['errata'], detail: 'not an errata register\'s list (see docs/data-format.md)' }));
  return parsed.data;
}
