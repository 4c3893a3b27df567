/**
 * The published Q1 2024 rating (14 bodies under the 2023 edition) and its errata register, as
 * data, and their reproduction: one call each to the generic audit. This entry holds the 2023
 * edition's data, at hand in the default registry.
 *
 * @module
 */
import { defaultEditions, provideEditions } from '../editions/registry.js';
import { deepFreeze } from '../freeze.js';
import { SOURCE_2023 } from '../generated/edition-2023.js';
import { ERRATA_2024_Q1_DATA, REPORT_2024_Q1_DATA } from '../generated/report-2024-q1.js';
import { PUBLISHED_METHOD, type ScoringMethod } from '../scoring/method.js';
import { auditPublishedReport, methodFor, readReport, type ReportScore, type Reproduction, scoreReadReport } from './audit-published-report.js';
import type { ErrataFile, Erratum, ReportFile } from './published-report-schema.js';

export type { ErrataFile, Erratum, ReportFile, ReportScore, Reproduction };

provideEditions(SOURCE_2023);

/** The published report, as transcribed: printed strings and exact values, deeply frozen. */
export const REPORT_2024_Q1: ReportFile = /* @__PURE__ */ deepFreeze(structuredClone(REPORT_2024_Q1_DATA));

/** The errata register of the report, deeply frozen. */
export const ERRATA_2024_Q1: Omit<ErrataFile, '$comment'> = /* @__PURE__ */ deepFreeze(structuredClone(ERRATA_2024_Q1_DATA));

/** The bundled report read at the door once (it is deeply frozen), on first use so that a problem shows where it is used. */
let ownReport: ReturnType<typeof readReport> | undefined;

/**
 * Scores the bundled Q1 2024 figures, with the targets and weights of the 2023 catalogue for 2024.
 *
 * @param method - the scoring method; {@link PUBLISHED_METHOD} reproduces the publication
 * @returns every body's score, and the rating they make
 * @example
 * ```ts
 * scoreReport2024Q1().rating[0]; // { body: 'justice', result: '96.4', rank: 1 }
 * ```
 */
export function scoreReport2024Q1(method: ScoringMethod = PUBLISHED_METHOD): ReportScore {
  const { report, edition } = (ownReport ??= readReport(REPORT_2024_Q1, defaultEditions));
  return scoreReadReport(report, edition, methodFor(edition, method));
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
  // A new object of the audit's frozen parts: frozen too, as every result is.
  return Object.freeze(reproduction);
}
