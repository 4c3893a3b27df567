/**
 * The published Q1 2024 rating (14 bodies under the 2023 edition), its errata register, and its
 * reproduction: the bundled data and one call each to the generic audit.
 *
 * @module
 */
// An add-on of the main entry: it loads the main entry, which costs it little (it uses the
// registry, the scorer or both, or zod, which costs more than all of them), and lets the build keep
// the main entry's modules in a few shared files (a cold import of the main entry reads 5 files,
// not 13; tests/cold-import.test.ts holds it).
import '../index.js';

import { deepFreeze } from '../freeze.js';
import { ERRATA_2024_Q1_DATA, REPORT_2024_Q1_DATA } from '../generated/report-2024-q1.js';
import { PUBLISHED_METHOD, type ScoringMethod } from '../scoring/method.js';
import { auditPublishedReport, publishedReportEntries, type ReportScore, type Reproduction, scorePublishedReport } from './audit-published-report.js';
import type { BodyEntries } from './score-entries.js';

export type { BodyEntries } from './score-entries.js';
import type { ErrataFile, Erratum, ReportFile } from './published-report-schema.js';

export type { ErrataFile, Erratum, ErratumCause, ReportFile } from './published-report-schema.js';
export { ERRATUM_CAUSES, errataFileSchema, erratumSchema, legendContradictionSchema, printedValueSchema, reportFileSchema, reportRowSchema } from './published-report-schema.js';
export { auditPublishedReport, periodReportOfPublished, publishedReportEntries, scorePublishedReport, type Audit, type FigureComparison, type ReportScore, type Reproduction, type SuggestedCause } from './audit-published-report.js';
export { CdtoKpiError, ERROR_CODES } from '../errors/cdto-kpi-error.js';

/** The published report, as transcribed: printed strings and exact values, deeply frozen. */
export const REPORT_2024_Q1: ReportFile = deepFreeze(structuredClone(REPORT_2024_Q1_DATA));

/** The errata register of the report, deeply frozen. */
export const ERRATA_2024_Q1: Omit<ErrataFile, '$comment'> = deepFreeze(structuredClone(ERRATA_2024_Q1_DATA));

/** The year whose targets the report's figures use (its legend says 2023; the figures are 2024's). */
export const TARGET_YEAR_2024_Q1 = REPORT_2024_Q1.targetYear;

/**
 * The bodies' reported figures (a and b of every row), as scorer input, with the targets and
 * weights taken from the 2023 catalogue for 2024, not from the report.
 *
 * @returns per body, its directions with each indicator's definition and input
 */
export function reportEntries2024Q1(): readonly BodyEntries[] {
  return publishedReportEntries(REPORT_2024_Q1);
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
  return scorePublishedReport(REPORT_2024_Q1, method);
}

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
export function reproduceReport2024Q1(method: ScoringMethod = PUBLISHED_METHOD, errata: readonly Erratum[] = ERRATA_2024_Q1.errata): Reproduction {
  const { report: _report, suggestions: _suggestions, ...reproduction } = auditPublishedReport(REPORT_2024_Q1, { errata, method });
  return reproduction;
}
