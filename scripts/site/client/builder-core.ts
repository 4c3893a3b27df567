/**
 * The report builder's arithmetic, free of the page: a body's indicators for a period (computed
 * when the site is built by the library's `indicatorsForPeriod`) and the figures a reader enters,
 * scored in the browser by the library's `scoreBody` (from its public entry `cdto-kpi/core`), as
 * `scorePeriodReport` scores a report (the site's tests hold the two to the same result); the report
 * as the CLI reads it, and as CSV in the library's one layout (`cdto-kpi/csv`).
 */
import { formatIssue, isCdtoKpiError, methodByName, scoreBody, type BodyScore, type DirectionEntry, type IndicatorDefinition, type IndicatorKind, type ReportingPeriod } from 'cdto-kpi/core';
import { reportCsv as writeReportCsv, reportFromCsv } from 'cdto-kpi/csv';

/** One indicator of a body in a period, as `indicatorsForPeriod` lists it. */
export interface BuilderIndicator {
  readonly id: string;
  readonly block: string;
  readonly definition: IndicatorDefinition;
  readonly applies: boolean;
}

/** The key of a body's indicators in the builder's data: the year, and the reading for 2025 on. */
export function periodKey(year: number, reading: 'kk' | 'ru'): string {
  return year <= 2024 ? String(year) : `${year}|${reading}`;
}

/** The fields the builder asks for, per kind (security: its count form unless a report loaded gives Ia and Ib, see {@link securityFields}; uptime: the quarter's hours are filled in). */
export const BUILDER_FIELDS: Readonly<Record<IndicatorKind, readonly string[]>> = {
  ratio: ['a', 'b'],
  'decreasing-ratio': ['a', 'b'],
  count: ['a'],
  growth: ['digitised', 'total'],
  'complement-ratio': ['b', 'c'],
  uptime: ['downtimeHours'],
  security: ['tested', 'connected', 'systems'],
  milestone: ['done'],
  composite: ['met'],
};

/**
 * A body's score for a period by the method the edition names, as `scorePeriodReport` scores it:
 * the indicators that apply, by block in the annex order; an uptime without its total hours is
 * measured over the quarter's hours; an indicator the reader left empty counts as "no data".
 */
export function scoreBuilt(body: string, hours: string, indicators: readonly BuilderIndicator[], figures: Readonly<Record<string, unknown>>, method: string): BodyScore {
  const blocks = new Map<string, { definition: IndicatorDefinition; input: unknown }[]>();
  for (const { id, block, definition, applies } of indicators) {
    if (!applies) continue;
    const given = figures[id];
    let input = given === undefined || given === null ? Object.fromEntries(BUILDER_FIELDS[definition.kind].map((field) => [field, null])) : given;
    if (definition.kind === 'uptime' && typeof input === 'object' && input !== null && !Object.hasOwn(input, 'totalHours')) input = { ...input, totalHours: hours };
    blocks.set(block, [...(blocks.get(block) ?? []), { definition, input }]);
  }
  const directions: DirectionEntry[] = [...blocks].map(([direction, entries]) => ({ direction, indicators: entries }));
  return scoreBody(body, directions, methodByName(method));
}

/** A figure the scorer refused: where it is, and the library's message. */
export interface RefusedFigure {
  readonly indicator: string;
  /** The field of the indicator's input, `null` when the problem is the input as a whole. */
  readonly field: string | null;
  /** The library's message, without the location that the page shows by marking the field. */
  readonly message: string;
}

/** What the builder shows: the body's score, or every figure refused and the others' scores. */
export type BuiltResult =
  | { readonly ok: true; readonly score: BodyScore }
  | {
      readonly ok: false;
      /** Every refused figure, in the order of the indicators. */
      readonly refused: readonly RefusedFigure[];
      /** The score of the other indicators (those refused left out), for their W; `null` if none. */
      readonly others: BodyScore | null;
    };

/**
 * A body's score for a period, or, when the scorer refuses a figure, every refused figure (each
 * indicator scored on its own to find them all, not only the first) and the other indicators'
 * scores. The body's result is not given then: a report with a refused figure is not scored.
 *
 * @param body - the body's id
 * @param hours - the quarter's hours (an uptime's total when left out)
 * @param indicators - its indicators in the period
 * @param figures - what the reader entered, by indicator id
 * @param method - the name of the edition's method
 * @param lang - the language of the refused figures' messages (the page's; `cdto-kpi/core` has it loaded)
 * @returns the score, or the refused figures
 * @throws whatever is not an error of the library (a bug)
 */
export function scoreBuiltRows(body: string, hours: string, indicators: readonly BuilderIndicator[], figures: Readonly<Record<string, unknown>>, method: string, lang: 'kk' | 'ru' | 'en' = 'en'): BuiltResult {
  try {
    return { ok: true, score: scoreBuilt(body, hours, indicators, figures, method) };
  } catch (error) {
    if (!isCdtoKpiError(error)) throw error;
  }
  const refused: RefusedFigure[] = [];
  for (const indicator of indicators) {
    const given = figures[indicator.id];
    if (!indicator.applies || given === undefined || given === null) continue;
    try {
      // The indicator alone, so that each refused figure is found, not only the first.
      scoreBuilt(body, hours, [indicator], { [indicator.id]: given }, method);
    } catch (error) {
      if (!isCdtoKpiError(error)) throw error;
      for (const issue of error.issues) {
        // The page shows where by marking the field: the message without its location, in the page's language.
        refused.push({ indicator: issue.location.indicator ?? indicator.id, field: issue.location.field ?? null, message: formatIssue(issue, { lang, place: false }) });
      }
    }
  }
  const out = new Set(refused.map((entry) => entry.indicator));
  const rest = Object.fromEntries(Object.entries(figures).filter(([id]) => !out.has(id)));
  let others: BodyScore | null = null;
  try {
    others = scoreBuilt(body, hours, indicators.filter((indicator) => !out.has(indicator.id)), rest, method);
  } catch (error) {
    if (!isCdtoKpiError(error)) throw error;
  }
  return { ok: false, refused, others };
}

/** A period report of one body, in the shape `cdto-kpi score` reads. */
export interface BuiltReport {
  readonly period: ReportingPeriod;
  readonly reading?: 'kk' | 'ru';
  readonly bodies: readonly { readonly body: string; readonly figures: Readonly<Record<string, unknown>> }[];
}

export function reportDocument(body: string, period: ReportingPeriod, reading: 'kk' | 'ru' | null, figures: Readonly<Record<string, unknown>>): BuiltReport {
  return reading === null ? { period, bodies: [{ body, figures }] } : { period, reading, bodies: [{ body, figures }] };
}

/**
 * The report as CSV, in the one layout of every tool (the command line's template, `cdto-kpi score`,
 * the library's `reportFromCsv`): a row per indicator, a column per field.
 */
export function reportCsv(report: BuiltReport): string {
  return writeReportCsv(report);
}

/** What can be wrong with a file loaded into the builder: a key the page words in its language, with its values. */
export type BuiltReportProblem = 'notReport' | 'noBody' | 'noQuarter' | 'notCsv' | 'csvCells' | 'csvQuarter';

/** A file the builder cannot load: its problem by key (the message is English, for a test or a console). */
export class BuiltReportError extends Error {
  constructor(
    readonly problem: BuiltReportProblem,
    readonly values: Readonly<Record<string, string>>,
    message: string,
  ) {
    super(message);
    this.name = 'BuiltReportError';
  }
}

/**
 * Reads a report file the builder or the command line wrote (JSON, or CSV in the one layout or the
 * builder's former row-per-field layout) and checks that the builder has its period.
 *
 * @param text - the file's text
 * @param periods - the quarters the builder offers (`2024-1`…)
 * @returns the report
 * @throws an error naming what is wrong (not a report, no body, a period the builder does not offer;
 *   for a CSV, the library's error with the line and column)
 */
export function readBuiltReport(text: string, periods: readonly string[]): BuiltReport {
  let report: BuiltReport;
  try {
    const bare = text.replace(/^\uFEFF/u, '');
    report = (bare.trimStart().startsWith('{') ? JSON.parse(bare) : reportFromCsv(text)) as BuiltReport;
  } catch (error) {
    if (error instanceof SyntaxError) throw new BuiltReportError('notReport', {}, `not JSON nor a report CSV: ${error.message}`);
    throw error;
  }
  if (typeof report !== 'object' || report === null || !Array.isArray(report.bodies) || report.bodies[0] === undefined) throw new BuiltReportError('noBody', {}, 'the report names no body');
  const key = `${report.period?.year}-${report.period?.quarter}`;
  if (!periods.includes(key)) throw new BuiltReportError('noQuarter', { quarter: key, quarters: periods.join(', ') }, `no quarter ${key} in the builder: ${periods.join(', ')}`);
  return report;
}

/** The security KPI's form a report gives: its percentages (`ia`, `ib`, as the command line's template) or its counts (the builder's default). */
export function securityFields(input: unknown): readonly string[] {
  const given = typeof input === 'object' && input !== null ? input : {};
  return Object.hasOwn(given, 'ia') || Object.hasOwn(given, 'ib') ? ['ia', 'ib'] : BUILDER_FIELDS.security;
}
