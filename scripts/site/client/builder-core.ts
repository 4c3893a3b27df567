/**
 * The report builder's arithmetic, free of the page: a body's indicators for a period (computed
 * when the site is built by the library's `indicatorsForPeriod`) and the figures a reader enters,
 * scored by the library's `scoreBody` in the browser, exactly as `scorePeriodReport` scores a
 * report (the site's tests hold the two to the same result); the report as the CLI reads it, and
 * as CSV.
 */
import { groupFigures } from '../../../src/reports/group-figures.js';
import { describeLocation, isCdtoKpiError, methodByName, resolvePeriod, scoreBody, type BodyScore, type IndicatorDefinition, type ReportingPeriod } from '../../../src/scorer.js';

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

/**
 * A body's score for a period, through the library's own grouping (`groupFigures`) and the method
 * the edition names, exactly as `scorePeriodReport` scores it. An indicator the reader left empty
 * counts as "no data".
 */
export function scoreBuilt(body: string, period: ReportingPeriod, indicators: readonly BuilderIndicator[], figures: Readonly<Record<string, unknown>>, method: string): BodyScore {
  const resolved = resolvePeriod(period);
  const complete: Record<string, unknown> = { ...figures };
  for (const indicator of indicators) if (indicator.applies && complete[indicator.id] === undefined) complete[indicator.id] = null;
  return scoreBody(body, groupFigures(body, indicators, complete, resolved, null, []), methodByName(method));
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
 * @param period - the quarter
 * @param indicators - its indicators in the period
 * @param figures - what the reader entered, by indicator id
 * @param method - the name of the edition's method
 * @returns the score, or the refused figures
 * @throws whatever is not an error of the library (a bug)
 */
export function scoreBuiltRows(body: string, period: ReportingPeriod, indicators: readonly BuilderIndicator[], figures: Readonly<Record<string, unknown>>, method: string): BuiltResult {
  try {
    return { ok: true, score: scoreBuilt(body, period, indicators, figures, method) };
  } catch (error) {
    if (!isCdtoKpiError(error)) throw error;
  }
  const refused: RefusedFigure[] = [];
  for (const indicator of indicators) {
    const given = figures[indicator.id];
    if (!indicator.applies || given === undefined || given === null) continue;
    try {
      // The indicator alone, so that each refused figure is found, not only the first.
      scoreBuilt(body, period, [indicator], { [indicator.id]: given }, method);
    } catch (error) {
      if (!isCdtoKpiError(error)) throw error;
      for (const issue of error.issues) {
        const where = `${describeLocation(issue.location)}: `;
        refused.push({ indicator: issue.location.indicator ?? indicator.id, field: issue.location.field ?? null, message: issue.message.startsWith(where) ? issue.message.slice(where.length) : issue.message });
      }
    }
  }
  const out = new Set(refused.map((entry) => entry.indicator));
  const rest = Object.fromEntries(Object.entries(figures).filter(([id]) => !out.has(id)));
  let others: BodyScore | null = null;
  try {
    others = scoreBuilt(body, period, indicators.filter((indicator) => !out.has(indicator.id)), rest, method);
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

const CSV_HEAD = 'year,quarter,reading,body,indicator,field,value';

function csvCell(text: string): string {
  return /[",\n\r]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** The report as CSV: one line per field (a composite's criteria joined by `;`, an empty value for no data). */
export function reportCsv(report: BuiltReport): string {
  const lines = [CSV_HEAD];
  for (const { body, figures } of report.bodies) {
    for (const [indicator, input] of Object.entries(figures)) {
      const fields = input === null ? { '': null } : (input as Record<string, unknown>);
      for (const [field, value] of Object.entries(fields)) {
        const text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(';') : String(value);
        lines.push([String(report.period.year), String(report.period.quarter), report.reading ?? '', body, indicator, field, text].map(csvCell).join(','));
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((entry) => entry.some((value) => value !== ''));
}

/**
 * Reads a report file the builder wrote (JSON or CSV) and checks that the library covers its
 * period.
 *
 * @param text - the file's text
 * @returns the report
 * @throws an error naming what is wrong (not a report, no body, a period no edition covers)
 */
export function readBuiltReport(text: string): BuiltReport {
  const report = (text.trimStart().startsWith('{') ? JSON.parse(text) : parseReportCsv(text)) as BuiltReport;
  if (!Array.isArray(report.bodies) || report.bodies[0] === undefined) throw new Error('the report names no body');
  resolvePeriod(report.period);
  return report;
}

/** Reads back a CSV written by {@link reportCsv}. */
export function parseReportCsv(text: string): BuiltReport {
  const [head, ...rows] = csvRows(text.replace(/^\uFEFF/u, ''));
  if (head === undefined || head.join(',') !== CSV_HEAD) throw new Error(`not a report CSV: the first line must be ${CSV_HEAD}`);
  let period: ReportingPeriod | null = null;
  let reading: 'kk' | 'ru' | null = null;
  const bodies = new Map<string, Record<string, Record<string, unknown> | null>>();
  const composite = new Set(['met']);
  for (const [year, quarter, rowReading, body, indicator, field, value] of rows) {
    if (body === undefined || indicator === undefined || field === undefined || value === undefined) throw new Error('a report CSV line needs 7 cells');
    const q = Number(quarter);
    if (q !== 1 && q !== 2 && q !== 3 && q !== 4) throw new Error(`quarter ${quarter} is not 1-4`);
    period ??= { year: Number(year), quarter: q };
    if (rowReading === 'kk' || rowReading === 'ru') reading = rowReading;
    const figures = bodies.get(body) ?? {};
    bodies.set(body, figures);
    if (field === '') {
      figures[indicator] = null;
      continue;
    }
    const input = figures[indicator] ?? {};
    let parsed: unknown = value === '' ? null : value;
    if (composite.has(field)) parsed = value === '' ? [] : value.split(';');
    else if (field === 'done') parsed = value === '' ? null : value === 'true';
    input[field] = parsed;
    figures[indicator] = input;
  }
  if (period === null) throw new Error('the CSV holds no figures');
  return { period, ...(reading === null ? {} : { reading }), bodies: [...bodies].map(([body, figures]) => ({ body, figures })) };
}
