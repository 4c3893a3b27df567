/**
 * Validating a period report: every problem of the file at once (its shape, the period, each
 * body, each indicator and field), each with its path, what was expected and what was found.
 *
 * @module
 */
import { checkReading } from '../editions/readings.js';
import { getEdition } from '../editions/registry.js';
import type { Language } from '../editions/types.js';
import { createIssue, ERROR_CODES, type ErrorLocation, isCdtoKpiError, type Issue, nestIssue, type PathKey } from '../errors/cdto-kpi-error.js';
import { deepFreeze } from '../freeze.js';
import { indicatorsInForce, type PeriodIndicator } from '../periods/indicators-for-period.js';
import { type ResolvedPeriod, resolvePeriod } from '../periods/resolve-period.js';
import type { ScoringMethod } from '../scoring/method.js';
import { methodByName } from '../scoring/methods.js';
import { scoreIndicator } from '../scoring/score-indicator.js';
import { type WarningCode } from '../scoring/warnings.js';
import { groupFigures } from './group-figures.js';
import type { PeriodWarning } from './period-warnings.js';
import { periodReportShapeIssues } from './period-report-shape.js';

/** A warning found while validating: what the scorer would say, with where. */
export interface ValidationWarning {
  readonly code: WarningCode;
  readonly path: readonly PathKey[];
  readonly location: ErrorLocation;
  readonly message: string;
}

/** The outcome of {@link validatePeriodReport}. */
export interface ValidationResult {
  /** True when the report scores: no issue. */
  readonly ok: boolean;
  /** Every problem, in the order of the document. */
  readonly issues: readonly Issue[];
  /** What scoring would warn about (no data, a weight without target, figures for an indicator that does not apply…). */
  readonly warnings: readonly ValidationWarning[];
}

/**
 * Checks a period report and lists every problem at once, where `scorePeriodReport` stops at
 * the first: the document's shape, the period, the reading, each body (unknown, given twice),
 * each indicator (unknown, missing) and each figure (scored on its own, its issues kept).
 *
 * @param document - the report, as parsed from JSON (or read from CSV)
 * @param options - `reading` (2025: `kk` or `ru`, overriding the document's) and `method`
 * @returns `ok`, the issues (paths from the document's root, such as
 *   `['bodies', 0, 'figures', 'common.3', 'a']`) and the warnings
 * @example
 * ```ts
 * const { ok, issues } = validatePeriodReport(JSON.parse(text));
 * if (!ok) for (const issue of issues) console.log(formatPath(issue.path), issue.message);
 * ```
 */
export function validatePeriodReport(
  document: unknown,
  options: { readonly reading?: Language; readonly method?: ScoringMethod } = {},
): ValidationResult {
  const issues: Issue[] = [];
  const warnings: ValidationWarning[] = [];
  issues.push(...periodReportShapeIssues(document));
  const record = (typeof document === 'object' && document !== null && !Array.isArray(document) ? document : {}) as Record<string, unknown>;

  const period = attempt(issues, ['period'], () => {
    const given = record['period'] as { year?: unknown; quarter?: unknown } | undefined;
    if (typeof given !== 'object' || given === null) return null;
    if (typeof given.year !== 'number' || ![1, 2, 3, 4].includes(given.quarter as number)) return null; // a shape issue says why
    return resolvePeriod({ year: given.year, quarter: given.quarter as 1 | 2 | 3 | 4 });
  });
  const documentReading = record['reading'];
  // A reading that is not kk or ru is a shape issue already; the option is the caller's.
  const readingGiven = options.reading ?? (documentReading === 'kk' || documentReading === 'ru' || documentReading === undefined ? documentReading : undefined);
  // In cdto-kpi/core an edition not loaded yet is an issue of the report's period, not a throw.
  const edition = period === null ? null : attempt(issues, ['period'], () => getEdition(period.edition));
  const reading = edition === null ? null : attempt(issues, ['reading'], () => checkReading(edition.readings, readingGiven, {}, edition.id));
  // An edition with readings and no valid one: its reading issue says why, nothing else can be read.
  if (period === null || edition === null || (edition.readings !== null && reading === null)) return result(issues, warnings);
  const method = options.method ?? methodByName(edition.method);

  const bodies = Array.isArray(record['bodies']) ? (record['bodies'] as unknown[]) : [];
  const seen = new Set<string>();
  bodies.forEach((entry, index) => {
    const body = (entry as { body?: unknown } | null)?.body;
    const figures = (entry as { figures?: unknown } | null)?.figures;
    if (typeof body !== 'string' || body === '' || typeof figures !== 'object' || figures === null || Array.isArray(figures)) return; // a shape issue
    const at: PathKey[] = ['bodies', index];
    if (seen.has(body)) {
      issues.push(createIssue(ERROR_CODES.DUPLICATE_BODY, { body }, 'each body once', body, { path: [...at, 'body'], detail: 'body given twice' }));
      return;
    }
    seen.add(body);
    const indicators = attempt(issues, [...at, 'body'], () => indicatorsInForce(period, body, reading));
    if (indicators === null) return;
    checkBody(body, figures as Record<string, unknown>, indicators, period, reading, method, at, issues, warnings);
  });
  return result(issues, warnings);
}

function checkBody(
  body: string,
  figures: Readonly<Record<string, unknown>>,
  indicators: readonly PeriodIndicator[],
  period: ResolvedPeriod,
  reading: Language | null,
  method: ScoringMethod,
  at: readonly PathKey[],
  issues: Issue[],
  warnings: ValidationWarning[],
): void {
  // The one grouping every report goes through, asked to collect every problem instead of throwing.
  const setAside: PeriodWarning[] = [];
  const grouping: Issue[] = [];
  const directions = groupFigures(body, indicators, figures, period, reading, setAside, grouping);
  issues.push(...grouping.map((issue) => nestIssue(issue, at, {})));
  for (const warning of setAside) {
    const indicator = warning.indicator ?? '';
    warnings.push({ code: warning.code, path: [...at, 'figures', indicator], location: { body, indicator }, message: warning.message });
  }
  for (const { direction, indicators: entries } of directions) {
    for (const { definition, input } of entries) {
      const path = [...at, 'figures', definition.id];
      const location: ErrorLocation = { body, direction, indicator: definition.id };
      try {
        const score = scoreIndicator(definition, input, method, location);
        for (const warning of score.warnings) {
          warnings.push({ code: warning.code, path: warning.field === null ? path : [...path, warning.field], location: { ...location, ...(warning.field === null ? {} : { field: warning.field }) }, message: warning.message });
        }
      } catch (error) {
        if (!isCdtoKpiError(error)) throw error;
        issues.push(...error.issues.map((issue) => nestIssue(issue, path, location)));
      }
    }
  }
}

/** Runs a check; its issues are kept at `path` (or deeper, where the issue names a field under it) and `null` stands for its value. */
function attempt<T>(issues: Issue[], path: readonly PathKey[], check: () => T): T | null {
  try {
    return check();
  } catch (error) {
    if (!isCdtoKpiError(error)) throw error;
    for (const issue of error.issues) {
      const field = issue.location.field;
      const deeper = field !== undefined && field.startsWith(`${path.join('.')}.`) ? field.split('.') : null;
      issues.push(Object.freeze({ ...issue, path: Object.freeze(deeper ?? [...path]) }));
    }
    return null;
  }
}

function result(issues: readonly Issue[], warnings: readonly ValidationWarning[]): ValidationResult {
  return deepFreeze({ ok: issues.length === 0, issues: [...issues], warnings: [...warnings] });
}
