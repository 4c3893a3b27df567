/**
 * The report builder's arithmetic, free of the page: a body's indicators for a period (computed
 * when the site is built by the library's `indicatorsForPeriod`) and the figures a reader enters,
 * scored by the library's `scoreBody` in the browser, exactly as `scorePeriodReport` scores a
 * report (the site's tests hold the two to the same result); the report as the CLI reads it, and
 * as CSV.
 */
import { groupFigures } from '../../../src/reports/group-figures.js';
import { methodByName, resolvePeriod, scoreBody, type BodyScore, type IndicatorDefinition, type ReportingPeriod } from '../../../src/scorer.js';

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
