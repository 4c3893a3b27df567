/**
 * From a reporting period (year and quarter) to the edition that governs it and the year whose
 * targets and weights apply.
 *
 * @module
 */
import type { EditionCoverage } from '../editions/edition.js';
import { type EditionRegistry, registryOf } from '../editions/registry.js';
import { ERROR_CODES, failure, say, type Phrase } from '../errors/cdto-kpi-error.js';
import { readOptions } from '../input/boundary.js';
import type { BundledEditionId } from '../generated/editions.js';

/** A quarter of a year. */
export interface ReportingPeriod {
  readonly year: number;
  readonly quarter: 1 | 2 | 3 | 4;
}

/** The id of an edition: one of the bundled editions, or one registered at run time. */
export type EditionId = BundledEditionId | (string & {});

/** What governs a period. */
export interface ResolvedPeriod {
  readonly period: ReportingPeriod;
  readonly edition: EditionId;
  /** The year whose targets and weights apply: the period's own year. */
  readonly targetYear: string;
  /** The first and last day of the quarter (ISO dates). */
  readonly start: string;
  readonly end: string;
  /** The hours of the quarter (days × 24): t_total of an uptime indicator measured over it. */
  readonly hours: string;
  /**
   * The day by which the bodies post the quarter's figures (ISO date), as the edition's act sets it
   * (the 10th of the month after the quarter by clause 2 of Decree No. 1157); `null` where the act
   * in the sources fixes no such day (the 2023 edition).
   */
  readonly dataDue: string | null;
  /**
   * The day by which the quarter is assessed (ISO date), as the edition's act sets it (the 30th of
   * the month after the quarter by clause 3 of Decree No. 1157, by the Ministry of Digital
   * Development); `null` where none is set (the 2023 edition).
   */
  readonly assessmentDue: string | null;
}

const QUARTER_START = ['01-01', '04-01', '07-01', '10-01'] as const;
const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'] as const;

/**
 * Finds the edition that governs a reporting period.
 *
 * A quarter is governed by the edition that was in force during it and sets targets for its year.
 * So Q4 2023 falls under the 2023 edition (in force from 03.11.2023), Q4 2024 still does (Decree
 * No. 1157 took effect on 31.12.2024 and sets no targets for 2024), and 2025–2026 fall under the
 * 2025 edition. Earlier quarters (an older edition of Order No. 124-р, not in the sources) and
 * years after 2026 (no edition sets targets) are not covered.
 *
 * @param period - the year and the quarter
 * @param options - `editions`: the registry whose editions may govern it (default: `defaultEditions`)
 * @returns the edition, the target year, the quarter's dates and hours, and (2025 edition) the
 *   days by which the figures are posted and the assessment is made
 * @throws {@link CdtoKpiError} `PERIOD_NOT_COVERED` when no edition covers the period, and
 *   `INVALID_PERIOD` for a quarter outside 1–4 or a year that is not an integer
 * @example
 * ```ts
 * resolvePeriod({ year: 2024, quarter: 1 }).edition; // '2023'
 * resolvePeriod({ year: 2025, quarter: 2 }).hours;   // '2184'
 * resolvePeriod({ year: 2025, quarter: 4 }).dataDue; // '2026-01-10' (assessmentDue '2026-01-30')
 * ```
 */
export function resolvePeriod(period: ReportingPeriod, options: { readonly editions?: EditionRegistry } = {}): ResolvedPeriod {
  const { editions } = readOptions(options, ['editions']);
  return resolveIn(registryOf(editions), period);
}

/** A period written `2026-Q1` (or `2026Q1`, case ignored), or `null`: the form of a CSV report and of the command line. */
export function periodOf(text: string): ReportingPeriod | null {
  const match = /^(\d{4})-?Q([1-4])$/iu.exec(text);
  return match === null ? null : { year: Number(match[1]), quarter: Number(match[2]) as 1 | 2 | 3 | 4 };
}

/** {@link resolvePeriod} in a registry already checked, for a period as the caller gave it. */
export function resolveIn(registry: EditionRegistry, period: unknown): ResolvedPeriod {
  const { year, quarter } = readOptions(period, ['year', 'quarter'], {}, 'period') as { year?: number; quarter?: 1 | 2 | 3 | 4 };
  if (year === undefined || quarter === undefined) {
    throw failure(ERROR_CODES.MISSING_FIELD, { field: year === undefined ? 'period.year' : 'period.quarter' }, 'a period { year, quarter }', undefined);
  }
  if (!Number.isInteger(year) || year < 1900 || year > 9999) {
    throw failure(ERROR_CODES.INVALID_PERIOD, { field: 'period.year' }, 'a year such as 2024', year);
  }
  if (!([1, 2, 3, 4] as const).includes(quarter)) {
    throw failure(ERROR_CODES.INVALID_PERIOD, { field: 'period.quarter' }, '1, 2, 3 or 4', quarter);
  }
  const start = `${year}-${QUARTER_START[quarter - 1]}`;
  const end = `${year}-${QUARTER_END[quarter - 1]}`;
  const editions = registry.coverage();
  const candidates = editions.filter((edition) => {
    const inForce = edition.inForce.from <= end && (edition.inForce.until === null || edition.inForce.until >= start);
    return inForce && edition.years.includes(String(year));
  });
  const edition = candidates[0];
  if (edition === undefined || candidates.length > 1) {
    throw failure(
      ERROR_CODES.PERIOD_NOT_COVERED,
      { field: 'period' },
      // One edition, or two in force one after the other (the bundled ones): more are listed by a comma.
      say('a quarter {coverage}', { coverage: editions.length < 2 ? editions.map(coverage) : say('{list} or {last}', { list: editions.slice(0, -1).map(coverage), last: coverage(editions[editions.length - 1]!) }) }),
      { year, quarter },
      say('no edition covers Q{quarter} {year}', { quarter: String(quarter), year: String(year) }),
    );
  }
  const days = (Date.UTC(year, quarter * 3, 1) - Date.UTC(year, (quarter - 1) * 3, 1)) / 86_400_000;
  const { dataDue, assessmentDue } = reportingCalendar(edition, year, quarter);
  return Object.freeze({ period: Object.freeze({ year, quarter }), edition: edition.id, targetYear: String(year), start, end, hours: String(days * 24), dataDue, assessmentDue });
}

/** The days in the month after the quarter by which its figures are posted and assessed, as the edition sets them. */
function reportingCalendar(edition: EditionCoverage, year: number, quarter: 1 | 2 | 3 | 4): { dataDue: string | null; assessmentDue: string | null } {
  if (edition.calendar === null) return { dataDue: null, assessmentDue: null };
  const nextYear = quarter === 4 ? year + 1 : year;
  const month = String(quarter === 4 ? 1 : quarter * 3 + 1).padStart(2, '0');
  const day = (value: number): string => `${nextYear}-${month}-${String(value).padStart(2, '0')}`;
  return { dataDue: day(edition.calendar.dataDueDay), assessmentDue: day(edition.calendar.assessmentDueDay) };
}

/** The quarters an edition covers, in words: `from Q4 2023 to Q4 2024 (2023 edition)`. */
function coverage(edition: EditionCoverage): Phrase {
  const quarterOf = (date: string): number => Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
  const firstYear = edition.years[0]!;
  const lastYear = edition.years[edition.years.length - 1]!;
  const from = edition.inForce.from.slice(0, 4) >= firstYear ? `Q${quarterOf(edition.inForce.from)} ${edition.inForce.from.slice(0, 4)}` : `Q1 ${firstYear}`;
  const until = edition.inForce.until !== null && edition.inForce.until.slice(0, 4) <= lastYear ? `Q${quarterOf(edition.inForce.until)} ${edition.inForce.until.slice(0, 4)}` : `Q4 ${lastYear}`;
  return say('from {from} to {until} ({edition} edition)', { from, until, edition: edition.id });
}
