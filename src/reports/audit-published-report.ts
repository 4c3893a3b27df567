/**
 * Auditing a published rating: every published Z, W, R and rank compared with what the method
 * gives, each difference explained by an errata register or, without one, given a suggested cause.
 * Any report transcribed in the format of `data/reports/<id>/report.json` goes through here.
 *
 * @module
 */
import * as z from 'zod/mini';
import { Exact, exact, plain } from '../decimal/decimal.js';
import type { Edition } from '../editions/edition.js';
import { type EditionRegistry, registryOf } from '../editions/registry.js';
import { CdtoKpiError, createIssue, ERROR_CODES, type ErrorCode, type ErrorLocation, type Issue, keepIssues, type PathKey, type Phrase, phraseText, say, type Words } from '../errors/cdto-kpi-error.js';
import { ENGLISH } from '../messages/catalogue.js';
import { issuesFromZod } from '../errors/zod-issues.js';
import { deepFreeze } from '../freeze.js';
import { readDocument, readOptions } from '../input/boundary.js';
import { parsePrintedFigure } from '../input/printed-figure.js';
import { type PreparedDefinition, prepareReadDefinition } from '../kinds/definition.js';
import { checkedMethod, methodByName, type ScoringMethod } from '../scoring/method.js';
import { type RatingEntry, uncheckedRank } from '../scoring/rank.js';
import { type BodyScore, type PreparedDirection, uncheckedScoreBody } from '../scoring/score-body.js';
import { uncheckedScore } from '../scoring/score-indicator.js';
import { type Erratum, type ErratumCause, erratumSchema, type ReportFile, reportFileSchema } from './published-report-schema.js';

/** A published report scored by a method: each body's score and the rating. */
export interface ReportScore {
  readonly method: string;
  readonly bodies: readonly BodyScore[];
  readonly rating: readonly RatingEntry[];
}

/** One published figure beside the method's value. */
export interface FigureComparison {
  /**
   * The figure's id: `<indicator>.Z` and `<indicator>.W` for a row (the catalogue's id:
   * `security.1.W`; `<direction>#<row>` for a row not linked to the catalogue), `<direction>.R` (a
   * direction of a body with several), `<body>.R` (a body's result in its section),
   * `rating.<body>.R` and `rating.<body>.rank` (the rating table), `chart.<body>.R` (the chart's
   * data). An errata register may name a row by the former `<direction>#<row>` form too.
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
  /** Bodies whose rank differs between the two, each with the figures that moved it. */
  readonly rankChanges: readonly RankChange[];
}

/** A body whose rank differs between the published rating and the method's. */
export interface RankChange {
  readonly body: string;
  readonly published: number;
  readonly corrected: number;
  /**
   * The figures that moved it: the awarded W (or, where none differs, the R) that differ in its
   * own section and in the sections of the bodies it changed places with. Each is an erratum or
   * unexplained (see `figures`): a rank changes "once the errata are corrected" only when they are
   * all errata.
   */
  readonly movedBy: readonly string[];
}

/** A cause suggested for a difference that no erratum explains, from the classes the registers use. */
export interface SuggestedCause {
  readonly figure: string;
  readonly cause: ErratumCause;
  /** Why this cause fits, in English words (`reason` written with the English catalogue). */
  readonly why: string;
  /** Why this cause fits, as data: a phrase of the catalogues and its values, to be written in any language. */
  readonly reason: Phrase;
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
 * A published report read at the door (the boundary, its schema, then {@link reportIssues}), and
 * its edition: what passes can be scored without a surprise. Every problem is thrown at once.
 */
export function readReport(report: unknown, registry: EditionRegistry): { readonly report: ReportFile; readonly edition: Edition } {
  const given = readDocument(report);
  const parsed = z.safeParse(reportFileSchema, given, { reportInput: true });
  if (!parsed.success) throw new CdtoKpiError(issuesFromZod(parsed.error.issues, given, { detail: 'not a transcribed published report (see docs/data-format.md)' }));
  const problems: Issue[] = [];
  const edition = keepIssues(problems, () => registry.get(parsed.data.edition), ['edition']);
  if (edition === undefined) throw new CdtoKpiError(problems);
  problems.push(...reportIssues(parsed.data, edition));
  if (problems.length > 0) throw new CdtoKpiError(problems);
  return { report: parsed.data, edition };
}

/**
 * Every problem of a report of the right shape, in the order of the file: a printed text that is
 * not a figure or disagrees with the value written beside it (an auditor edits what is printed), a
 * rank that is not a whole number, and what does not fit the edition's catalogue (a body,
 * direction or row it lacks, misplaced, given twice or missing; a row not scored from a and b; a
 * body of the rating or chart with no section, a section with no line in the rating).
 */
function reportIssues(report: ReportFile, edition: Edition): Issue[] {
  const issues: Issue[] = [];
  const add = (code: ErrorCode, path: readonly PathKey[], location: ErrorLocation, expected: Words, received: unknown, detail: Words): void => {
    issues.push(createIssue(code, location, expected, received, { path, detail }));
  };
  const check = (figure: { readonly printed: string; readonly value: string | null }, path: readonly PathKey[], location: ErrorLocation): string | null => {
    const where = { ...location, field: `${String(path.at(-1))}.printed` };
    const read = keepIssues(issues, () => parsePrintedFigure(figure.printed, where).value, [...path, 'printed']);
    if (read === undefined) return null;
    if (same(read, figure.value)) return read;
    issues.push(
      createIssue(ERROR_CODES.TRANSCRIPTION_MISMATCH, where, say('"value": {read}, what the printed {printed} reads (or the printed text the value was read from)', { read: JSON.stringify(read), printed: JSON.stringify(figure.printed) }), figure.value, {
        path: [...path, 'value'],
        detail: say('the printed {printed} reads {read}, the value says {value}', { printed: JSON.stringify(figure.printed), read: read === null ? say('as no figure') : read, value: figure.value === null ? say('none') : figure.value }),
      }),
    );
    return null;
  };
  const yearCovered = edition.years.includes(report.targetYear);
  if (!yearCovered) add(ERROR_CODES.PERIOD_NOT_COVERED, ['targetYear'], { field: 'targetYear' }, say('a year the {edition} edition sets targets for: {years}', { edition: edition.id, years: edition.years.map(String) }), report.targetYear, 'no targets for this year');
  const catalogueBodies = new Set(edition.catalogue.bodies.map((body) => body.id));
  const blocks = new Map(edition.catalogue.blocks.map((block) => [block.id, block]));
  const indicators = new Map(edition.catalogue.indicators.map((indicator) => [indicator.id, indicator]));
  const sections = new Set(report.bodies.map((body) => body.body));
  const rated = new Set<string>();
  report.rating.forEach((entry, index) => {
    const location = { body: entry.body };
    const rank = check(entry.rank, ['rating', index, 'rank'], location);
    if (rank !== null && !/^[1-9]\d*$/u.test(rank)) add(ERROR_CODES.INVALID_VALUE, ['rating', index, 'rank', 'value'], { ...location, field: 'rank' }, 'a rank: a whole number from 1', rank, 'not a rank');
    if (rated.has(entry.body)) add(ERROR_CODES.DUPLICATE_BODY, ['rating', index, 'body'], location, 'each body once in the rating', entry.body, 'body rated twice');
    else if (!sections.has(entry.body)) add(ERROR_CODES.UNKNOWN_BODY, ['rating', index, 'body'], location, say('a body with a section in the report: {bodies}', { bodies: [...sections] }), entry.body, 'rated body with no section');
    rated.add(entry.body);
    check(entry.result, ['rating', index, 'result'], location);
  });
  const seenBodies = new Set<string>();
  const seenRows = new Map<string, string>();
  const seenDirections = new Set<string>();
  report.bodies.forEach((body, b) => {
    const bodyPath = ['bodies', b];
    if (!catalogueBodies.has(body.body)) add(ERROR_CODES.UNKNOWN_BODY, [...bodyPath, 'body'], { body: body.body }, say('a body id of the {edition} edition: {bodies}', { edition: edition.id, bodies: [...catalogueBodies] }), body.body, 'unknown body');
    else if (seenBodies.has(body.body)) add(ERROR_CODES.DUPLICATE_BODY, [...bodyPath, 'body'], { body: body.body }, 'each body\'s section once', body.body, 'body given twice');
    else if (!rated.has(body.body)) add(ERROR_CODES.MISSING_FIELD, [...bodyPath, 'body'], { body: body.body }, 'a line of the rating for each body with a section', body.body, 'body with no line in the rating');
    seenBodies.add(body.body);
    body.directions.forEach((direction, d) => {
      const directionPath = [...bodyPath, 'directions', d];
      const block = blocks.get(direction.direction);
      const where = { body: body.body, direction: direction.direction };
      if (seenDirections.has(direction.direction)) add(ERROR_CODES.INVALID_VALUE, [...directionPath, 'direction'], where, 'each direction once', direction.direction, 'direction given twice');
      seenDirections.add(direction.direction);
      if (block === undefined) add(ERROR_CODES.UNKNOWN_BLOCK, [...directionPath, 'direction'], where, say('a direction of the {edition} edition', { edition: edition.id }), direction.direction, 'unknown direction');
      else if (block.body !== null && block.body !== body.body && catalogueBodies.has(body.body)) add(ERROR_CODES.INVALID_VALUE, [...directionPath, 'direction'], where, say('a direction of body "{body}"', { body: body.body }), direction.direction, say('a direction of body "{body}"', { body: block.body }));
      direction.rows.forEach((row, r) => {
        const rowPath = [...directionPath, 'rows', r];
        const location = { ...where, ...(row.indicator === null ? {} : { indicator: row.indicator }) };
        for (const field of ['U', 'N', 'a', 'b', 'Z', 'W'] as const) check(row[field], [...rowPath, field], location);
        if (row.indicator === null) {
          add(ERROR_CODES.UNKNOWN_INDICATOR, [...rowPath, 'indicator'], { ...where, field: 'indicator' }, 'a row linked to an indicator of the catalogue', null, say('row {no} not linked to the catalogue', { no: String(row.no) }));
          return;
        }
        const indicator = indicators.get(row.indicator);
        if (indicator === undefined) {
          add(ERROR_CODES.UNKNOWN_INDICATOR, [...rowPath, 'indicator'], location, say('an indicator of the {edition} edition', { edition: edition.id }), row.indicator, 'unknown indicator');
          return;
        }
        const first = seenRows.get(row.indicator);
        if (first !== undefined) add(ERROR_CODES.DUPLICATE_INDICATOR, [...rowPath, 'indicator'], location, say('each indicator on one row (first in direction "{direction}")', { direction: first }), row.indicator, 'indicator given twice');
        seenRows.set(row.indicator, direction.direction);
        if (block !== undefined && indicator.block !== direction.direction) add(ERROR_CODES.INVALID_VALUE, [...rowPath, 'indicator'], location, say('an indicator of direction "{direction}"', { direction: direction.direction }), row.indicator, say('an indicator of direction "{direction}"', { direction: indicator.block }));
        else if (indicator.no !== row.no) add(ERROR_CODES.INVALID_VALUE, [...rowPath, 'no'], location, say('the number the catalogue gives {indicator}: {no}', { indicator: row.indicator, no: String(indicator.no) }), row.no, 'row out of line with the catalogue');
        if (!yearCovered) return;
        const definition = keepIssues(issues, () => edition.definitionFor(row.indicator!, report.targetYear), [...rowPath, 'indicator']);
        if (definition === undefined) return;
        const fields = prepareReadDefinition(definition).module.fields.join();
        if (fields !== 'a' && fields !== 'a,b') add(ERROR_CODES.WRONG_TYPE, [...rowPath, 'indicator'], location, 'an indicator scored from a and b (a published row prints a, b, Z and W)', definition.kind, 'not scored from a and b');
      });
      if (direction.result !== undefined) check(direction.result, [...directionPath, 'result'], where);
      // Every indicator the catalogue scores in the direction for the target year has its row.
      if (block === undefined || !yearCovered) return;
      const given = new Set(direction.rows.map((row) => row.indicator));
      for (const indicator of edition.catalogue.indicators) {
        if (indicator.block !== direction.direction || given.has(indicator.id) || !appliesIn(edition, indicator.id, report.targetYear)) continue;
        add(ERROR_CODES.INDICATOR_NOT_REPORTED, [...directionPath, 'rows'], { ...where, indicator: indicator.id }, say('a row for each indicator of direction "{direction}" (row {no}: {indicator})', { direction: direction.direction, no: String(indicator.no), indicator: indicator.id }), null, 'row missing');
      }
    });
    if (catalogueBodies.has(body.body)) {
      const given = new Set(body.directions.map((direction) => direction.direction));
      for (const block of edition.catalogue.blocks) {
        if (block.body !== body.body || given.has(block.id)) continue;
        add(ERROR_CODES.MISSING_FIELD, [...bodyPath, 'directions'], { body: body.body, direction: block.id }, say('a section for each direction of body "{body}": {directions}', { body: body.body, directions: edition.catalogue.blocks.filter((entry) => entry.body === body.body).map((entry) => entry.id) }), null, 'direction missing');
      }
    }
    check(body.result, [...bodyPath, 'result'], { body: body.body });
  });
  const charted = new Set<string>();
  report.chart.bars.forEach((bar, index) => {
    const path = ['chart', 'bars', index];
    keepIssues(issues, () => parsePrintedFigure(bar.printed, { body: bar.body, field: 'printed' }), [...path, 'printed']);
    if (charted.has(bar.body)) add(ERROR_CODES.DUPLICATE_BODY, [...path, 'body'], { body: bar.body }, 'each body once in the chart', bar.body, 'body charted twice');
    else if (!sections.has(bar.body)) add(ERROR_CODES.UNKNOWN_BODY, [...path, 'body'], { body: bar.body }, say('a body with a section in the report: {bodies}', { bodies: [...sections] }), bar.body, 'charted body with no section');
    charted.add(bar.body);
  });
  return issues;
}

/** Whether an indicator has a weight in a year (a row of that year's rating). */
function appliesIn(edition: Edition, id: string, year: string): boolean {
  return keepIssues([], () => edition.definitionFor(id, year)) !== undefined;
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
      indicators: direction.rows.map((row) => rowEntry(report, edition, row)),
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
 * @throws `CdtoKpiError` for what is not a transcribed report (its shape, a printed text
 *   and value that disagree, a body, direction or row that does not fit the edition's catalogue)
 */
export function periodReportOfPublished(report: ReportFile, options: Pick<AuditOptions, 'editions'> = {}): { readonly period: { readonly year: number; readonly quarter: 1 | 2 | 3 | 4 }; readonly bodies: readonly { readonly body: string; readonly figures: Readonly<Record<string, unknown>> }[] } {
  const { editions } = readOptions(options, ['editions']);
  const { report: read, edition } = readReport(report, registryOf(editions));
  return deepFreeze({
    period: { year: read.period.year, quarter: read.period.quarter as 1 | 2 | 3 | 4 },
    bodies: read.bodies.map((body) => ({
      body: body.body,
      figures: Object.fromEntries(body.directions.flatMap((direction) => direction.rows.map((row) => [row.indicator, rowEntry(read, edition, row).input]))),
    })),
  });
}

/** One row of a report read at the door: its indicator's definition for the report's target year, prepared, and its a (and b) as the kind takes them. */
function rowEntry(report: ReportFile, edition: Edition, row: ReportFile['bodies'][number]['directions'][number]['rows'][number]): { readonly prepared: PreparedDefinition; readonly input: unknown } {
  const prepared = prepareReadDefinition(edition.definitionFor(row.indicator!, report.targetYear));
  return { prepared, input: prepared.module.fields.length === 1 ? { a: row.a.value } : { a: row.a.value, b: row.b.value } };
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
  const { report: read, edition } = readReport(report, registryOf(editions));
  return scoreReadReport(read, edition, methodFor(edition, method));
}

/** The method a caller gave (checked here), or the edition's. */
export function methodFor(edition: Edition, method: unknown): ScoringMethod {
  return method === undefined ? methodByName(edition.method) : checkedMethod(method);
}

/** Scores a report read at the door ({@link readReport}): every body's score and the rating, deeply frozen. */
export function scoreReadReport(report: ReportFile, edition: Edition, method: ScoringMethod): ReportScore {
  const bodies = publishedDirections(report, edition).map(({ body, directions }) => uncheckedScoreBody(body, directions, method));
  return deepFreeze({ method: method.name, bodies, rating: uncheckedRank(bodies.map((body) => ({ body: body.body, result: body.result }))) });
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
  const { report: read, edition } = readReport(report, registryOf(editions));
  const errata = readErrata(givenErrata);
  const applied = methodFor(edition, method);
  const score = scoreReadReport(read, edition, applied);
  const pairs: { figure: string; published: string | null; computed: string | null }[] = [];
  const byBody = new Map(score.bodies.map((body) => [body.body, body]));
  const rows = new Map<string, AuditedRow>();
  const sections = new Map<string, string>();
  for (const body of read.bodies) {
    const scored = byBody.get(body.body)!;
    body.directions.forEach((direction, d) => {
      const scoredDirection = scored.directions[d]!;
      direction.rows.forEach((row, r) => {
        const indicator = scoredDirection.indicators[r]!;
        const id = row.indicator!; // every row is linked to the catalogue (readReport)
        sections.set(id, body.body);
        rows.set(id, { prepared: rowEntry(read, edition, row).prepared, method: applied, U: indicator.weight, Z: row.Z.value, W: row.W.value, a: row.a.value, b: row.b.value, computedZ: indicator.share });
        pairs.push({ figure: `${id}.Z`, published: row.Z.value, computed: indicator.share });
        pairs.push({ figure: `${id}.W`, published: row.W.value, computed: indicator.awarded });
      });
      if (direction.result !== undefined) {
        pairs.push({ figure: `${direction.direction}.R`, published: direction.result.value, computed: scoredDirection.result });
        sections.set(direction.direction, body.body);
      }
    });
    pairs.push({ figure: `${body.body}.R`, published: body.result.value, computed: scored.result });
  }
  const publishedRating = read.rating.map((entry) => ({ body: entry.body, result: entry.result.value!, rank: Number(entry.rank.value) }));
  const correctedRating = score.rating;
  const corrected = new Map(correctedRating.map((entry) => [entry.body, entry]));
  for (const entry of publishedRating) {
    const computed = corrected.get(entry.body)!;
    pairs.push({ figure: `rating.${entry.body}.R`, published: entry.result, computed: computed.result });
    pairs.push({ figure: `rating.${entry.body}.rank`, published: String(entry.rank), computed: String(computed.rank) });
  }
  for (const bar of read.chart.bars) {
    pairs.push({ figure: `chart.${bar.body}.R`, published: parsePrintedFigure(bar.printed).value, computed: corrected.get(bar.body)!.result });
  }

  const renamed = errataByFigure(read, errata);
  const register = new Map(renamed.map((erratum) => [erratum.figure, erratum]));
  const figures = pairs.map((pair): FigureComparison => {
    if (same(pair.published, pair.computed)) return { ...pair, status: 'reproduced' };
    const erratum = register.get(pair.figure);
    const explained = erratum !== undefined && same(erratum.published, pair.published) && same(erratum.computed, pair.computed);
    return { ...pair, status: explained ? 'erratum' : 'unexplained' };
  });
  const byFigure = new Map(figures.map((figure) => [figure.figure, figure]));
  const staleErrata = errata.filter((_, index) => byFigure.get(renamed[index]!.figure)?.status !== 'erratum');
  const count = (status: FigureComparison['status']): number => figures.filter((figure) => figure.status === status).length;
  const differing = figures.filter((figure) => figure.status !== 'reproduced');
  const rankChanges = rankChangesOf(publishedRating, correctedRating, differing, sections);
  const suggestions = figures.filter((figure) => figure.status === 'unexplained').map((figure) => suggestCause(figure, rows, differing, rankChanges, sections));
  return deepFreeze({
    method: score.method,
    figures,
    counts: { figures: figures.length, reproduced: count('reproduced'), errata: count('erratum'), unexplained: count('unexplained') },
    staleErrata: structuredClone(staleErrata),
    publishedRating,
    correctedRating,
    rankChanges,
    report: { id: read.id, edition: read.edition, period: { year: read.period.year, quarter: read.period.quarter }, targetYear: read.targetYear },
    suggestions,
  });
}

/** A row as the audit reads it: its definition and method, U, the published Z and W, its a and b, the method's Z. */
interface AuditedRow {
  readonly prepared: PreparedDefinition;
  readonly method: ScoringMethod;
  readonly U: string | null;
  readonly Z: string | null;
  readonly W: string | null;
  readonly a: string | null;
  readonly b: string | null;
  readonly computedZ: string | null;
}

/** The body whose section a figure is in (`rating.x.R`, `chart.x.R`, `x.R`, a row's or a direction's id). */
function sectionOf(figure: string, sections: ReadonlyMap<string, string>): string {
  const parts = figure.split('.');
  if (parts[0] === 'rating' || parts[0] === 'chart') return parts[1]!;
  const id = figure.slice(0, figure.lastIndexOf('.'));
  return sections.get(id) ?? id;
}

/**
 * The bodies whose rank differs, each with the figures that moved it: in its own section and in
 * those of the bodies it changed places with, the W that differ (or, where none does, the R).
 */
function rankChangesOf(
  published: readonly RatingEntry[],
  corrected: readonly RatingEntry[],
  differing: readonly FigureComparison[],
  sections: ReadonlyMap<string, string>,
): RankChange[] {
  const before = new Map(published.map((entry) => [entry.body, entry.rank]));
  const after = new Map(corrected.map((entry) => [entry.body, entry.rank]));
  const movers = (body: string): string[] => {
    if (!differing.some((figure) => figure.figure === `rating.${body}.R`)) return [];
    const own = differing.filter((figure) => figure.figure.endsWith('.W') && sectionOf(figure.figure, sections) === body).map((figure) => figure.figure);
    return own.length > 0 ? own : [`rating.${body}.R`];
  };
  return corrected
    .filter((entry) => before.get(entry.body) !== entry.rank)
    .map((entry) => {
      const crossed = published.filter((other) => other.body !== entry.body && before.get(other.body)! < before.get(entry.body)! !== after.get(other.body)! < after.get(entry.body)!);
      const movedBy = [...new Set([entry.body, ...crossed.map((other) => other.body)].flatMap(movers))];
      return { body: entry.body, published: before.get(entry.body)!, corrected: entry.rank, movedBy };
    });
}

/**
 * The cause that best fits a difference, from the classes the errata registers use. A suggestion
 * only: a person reads the source and writes the erratum.
 */
function suggestCause(
  figure: FigureComparison,
  rows: ReadonlyMap<string, AuditedRow>,
  differing: readonly FigureComparison[],
  rankChanges: readonly RankChange[],
  sections: ReadonlyMap<string, string>,
): SuggestedCause {
  const { published, computed } = figure;
  const suggest = (cause: ErratumCause, reason: Phrase): SuggestedCause => ({ figure: figure.figure, cause, why: phraseText(reason, ENGLISH), reason });
  const dot = figure.figure.lastIndexOf('.');
  const [head, stage] = [figure.figure.slice(0, dot), figure.figure.slice(dot + 1)];
  const row = stage === 'Z' || stage === 'W' ? rows.get(head) : undefined;
  if (published !== null && /\.\d{10,}$/u.test(published) && computed !== null && exact(published).minus(exact(computed)).abs().lt('1e-9')) {
    return suggest('float-artefact', say('{published} is {computed} written by a binary float', { published, computed }));
  }
  if (row !== undefined && stage === 'Z') {
    if (published === null) return suggest('share-not-printed', say('no Z is printed; the method gives one'));
    const input = inputCause(row);
    if (input !== null) return suggest('misprinted-input', input);
    return suggest(
      'misprinted-share',
      same(row.W, awardedFor(row, row.computedZ))
        ? say('the printed Z differs from a / b × 100 = {computed}, and the printed W agrees with the method: Z alone is off', { computed: String(computed) })
        : say('the printed Z differs from a / b × 100 = {computed}', { computed: String(computed) }),
    );
  }
  if (row !== undefined && stage === 'W') {
    if (published === null) return suggest('empty-cell', say('the W cell is empty; the method gives one'));
    if (row.U !== null && exact(published).gt(exact(row.U)) && computed !== null && same(computed, row.U)) {
      return suggest('cap-not-applied', say('the printed W is above U = {u}; the method caps W at U', { u: row.U }));
    }
    if (computed !== null && exact(published).toDecimalPlaces(exact(computed).decimalPlaces()).eq(exact(computed)) && exact(published).decimalPlaces() > exact(computed).decimalPlaces()) {
      return suggest('awarded-not-rounded', say("the printed W {published} is the method's {computed} before its rounding", { published, computed }));
    }
    if (differing.some((other) => other.figure === `${head}.Z`)) {
      const input = inputCause(row);
      if (input !== null) return suggest('misprinted-input', say('W follows the printed Z {z} (see {figure})', { z: row.Z!, figure: `${head}.Z` }));
      return suggest('follows-misprinted-share', say("the row's Z differs as well: W follows it"));
    }
  }
  if (stage === 'rank') {
    const change = rankChanges.find((entry) => `rating.${entry.body}.rank` === figure.figure);
    if (change !== undefined && change.movedBy.length > 0) return suggest('follows-erratum', say('moved by {figures}', { figures: change.movedBy }));
  }
  const scope = sectionOf(figure.figure, sections);
  const others = differing.filter((other) => other !== figure && sectionOf(other.figure, sections) === scope && !other.figure.endsWith('.rank'));
  if (others.length > 0) {
    const roots = others.filter((other) => other.figure.endsWith('.W'));
    return suggest('follows-erratum', say('follows {figures}', { figures: (roots.length > 0 ? roots : others).map((other) => other.figure) }));
  }
  return suggest('misprinted-share', say('no other figure explains it: read the source for a misprint'));
}

/** W as the method awards it for a share (the row's definition, U and N). */
function awardedFor(row: AuditedRow, share: string | null): string | null {
  if (share === null) return null;
  if (row.prepared.module.fields.join() !== 'a,b') return null;
  return uncheckedScore(row.prepared, { a: share, b: '100' }, row.method, {}).awarded;
}

/**
 * Why an input, not the share, explains a row's difference, or `null`: the printed Z and W agree
 * with each other by the method, and the W the method gives from a / b differs from both, so the
 * a or b transcribed is not what the publication computed with. The a that gives the printed Z
 * with the printed b is named.
 */
function inputCause(row: AuditedRow): Phrase | null {
  if (row.Z === null || row.W === null || row.computedZ === null || same(row.Z, row.computedZ)) return null;
  const fromPrinted = awardedFor(row, row.Z);
  const fromInputs = awardedFor(row, row.computedZ);
  if (fromPrinted === null || !same(fromPrinted, row.W) || same(fromInputs, row.W)) return null;
  const values = { z: row.Z, w: row.W, computed: row.computedZ };
  if (row.b === null) {
    return say('the printed Z {z} and W {w} agree with each other, not with a / b × 100 = {computed}: a or b is not the figure they were computed from, or Z was misprinted and W computed from it', values);
  }
  const a = plain(exact(row.Z).times(exact(row.b)).div(100).toDecimalPlaces(2, Exact.ROUND_HALF_UP));
  return say('the printed Z {z} and W {w} agree with each other, not with a / b × 100 = {computed}: a or b is not the figure they were computed from (Z = {z} needs a ≈ {a} for b = {b}), or Z was misprinted and W computed from it', { ...values, a, b: row.b });
}

/** A register's errata with a row named by its catalogue id (`security.5.W`) where the register gives the former `<direction>#<row>` form (`security#5.W`). */
export function errataByFigure(report: ReportFile, errata: readonly Erratum[]): readonly Erratum[] {
  const rows = new Map<string, string>();
  for (const body of report.bodies) for (const direction of body.directions) for (const row of direction.rows) if (row.indicator !== null) rows.set(`${direction.direction}#${row.no}`, row.indicator);
  return errata.map((erratum) => {
    const match = /^(.+#\d+)\.(Z|W)$/u.exec(erratum.figure);
    const row = match === null ? undefined : rows.get(match[1]!);
    return row === undefined ? erratum : { ...erratum, figure: `${row}.${match![2]}` };
  });
}

/** An errata register's list, read at the door. */
function readErrata(errata: unknown): readonly Erratum[] {
  if (errata === undefined) return [];
  const given = readDocument(errata);
  const parsed = z.safeParse(z.array(erratumSchema), given, { reportInput: true });
  if (!parsed.success) throw new CdtoKpiError(issuesFromZod(parsed.error.issues, given, { prefix: ['errata'], detail: 'not an errata register\'s list (see docs/data-format.md)' }));
  return parsed.data;
}
