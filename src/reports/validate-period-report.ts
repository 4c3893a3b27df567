/**
 * Validating a period report: every problem of the file at once (its shape, the period, each
 * body, each indicator and field), each with its path, what was expected and what was found.
 *
 * @module
 */
import { checkReading } from '../editions/readings.js';
import { type EditionRegistry, registryOf } from '../editions/registry.js';
import type { Language } from '../editions/types.js';
import { type Lang, type Messages } from '../messages/catalogue.js';
import { issuesIn, messagesFor, warningText } from '../output/messages.js';
import { createIssue, ERROR_CODES, inEdition, type ErrorLocation, failure, isCdtoKpiError, type Issue, keepIssues, nestIssue, type PathKey, say } from '../errors/cdto-kpi-error.js';
import { deepFreeze } from '../freeze.js';
import { readDocument, readOptions } from '../input/boundary.js';
import { WARNING_CODES, type WarningCode } from '../kinds/contract.js';
import { indicatorsInForce } from '../periods/indicators-for-period.js';
import { resolveIn } from '../periods/resolve-period.js';
import { checkedMethod, methodByName, type ScoringMethod } from '../scoring/method.js';
import { RANK_BY, type RankBy } from '../scoring/rank.js';
import { type IndicatorScore, uncheckedScore } from '../scoring/score-indicator.js';
import { groupFigures, type PeriodWarning } from './group-figures.js';
import { type PeriodReport, periodReportShapeIssues } from './period-report-schema.js';

/** A warning found while validating: what the scorer would say, with where. */
export interface ValidationWarning {
  readonly code: WarningCode;
  readonly path: readonly PathKey[];
  readonly location: ErrorLocation;
  readonly message: string;
  /** The values of its message (see `ScoringWarning`). */
  readonly params: Readonly<Record<string, string>>;
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

/** The options of a period's scoring and validation, read once and checked. */
export interface ReadScoreOptions {
  readonly method: ScoringMethod | undefined;
  readonly reading: unknown;
  readonly rankBy: RankBy | undefined;
  readonly registry: EditionRegistry;
  /** The language of the issues' and warnings' messages. */
  readonly messages: Messages;
}

/** Reads the options of a period's scoring or validation (`reading` is checked against the edition later). */
export function readScoreOptions(options: unknown): ReadScoreOptions {
  const { method, reading, rankBy, editions, lang } = readOptions(options, ['method', 'reading', 'rankBy', 'editions', 'lang']);
  if (rankBy !== undefined && !(RANK_BY as readonly unknown[]).includes(rankBy)) throw failure(ERROR_CODES.INVALID_VALUE, { field: 'rankBy' }, say('{first} or {second}', { first: RANK_BY[0], second: RANK_BY[1] }), rankBy);
  return { method: method === undefined ? undefined : checkedMethod(method), reading, rankBy: rankBy as RankBy | undefined, registry: registryOf(editions), messages: messagesFor(lang) };
}

/**
 * Checks a period report and lists every problem at once: the document itself (read through the
 * same boundary as scoring: its limits, forbidden keys, getters), its shape, the period, the
 * reading, each body (unknown, given twice), each indicator (unknown, missing) and each figure
 * (scored on its own, its issues kept). `scorePeriodReport` refuses a report with any of them, and
 * its error carries the same issues, with one exception: an input filled in part (`a` given, `b`
 * left out) is a `MISSING_FIELD` issue here, at the missing figure, while scoring reads it as the
 * published method does, as no data (W = 0), with a `NO_DATA` warning naming what is missing.
 *
 * @param document - the report, as parsed from JSON (or read from CSV)
 * @param options - `reading` (overriding the document's), `method`, `rankBy` and `editions`, as for `scorePeriodReport`
 * @returns `ok`, the issues (paths from the document's root, such as
 *   `['bodies', 0, 'figures', 'common.3', 'a']`) and the warnings, deeply frozen
 * @throws {@link CdtoKpiError} for options that are not as `scorePeriodReport` takes them (the
 *   report itself is never thrown about: its problems are the result)
 * @example
 * ```ts
 * const { ok, issues } = validatePeriodReport(JSON.parse(text));
 * if (!ok) for (const issue of issues) console.log(formatPath(issue.path), issue.message);
 * ```
 */
export function validatePeriodReport(
  document: unknown,
  options: { readonly reading?: Language; readonly method?: ScoringMethod; readonly rankBy?: RankBy; readonly editions?: EditionRegistry; readonly lang?: Lang } = {},
): ValidationResult {
  const read = readScoreOptions(options);
  let report: unknown;
  try {
    report = readDocument(document);
  } catch (error) {
    if (!isCdtoKpiError(error)) throw error;
    return validationIn(result(error.issues, []), read);
  }
  return validationIn(checkedReport(report, read), read);
}

/** A validation made in English, its messages written in the language of the options. */
export function validationIn(validation: ValidationResult, options: ReadScoreOptions): ValidationResult {
  if (options.messages.lang === 'en') return validation;
  return deepFreeze({
    ok: validation.ok,
    issues: [...issuesIn(validation.issues, options.messages, options.registry)],
    warnings: validation.warnings.map((warning) => ({ ...warning, message: warningText(warning, options.messages) })),
  });
}

/** {@link validatePeriodReport} of a report read through the boundary, with its options read (its messages in English). */
export function checkedReport(document: unknown, options: ReadScoreOptions): ValidationResult {
  const issues: Issue[] = [...periodReportShapeIssues(document)];
  const warnings: ValidationWarning[] = [];
  const record = (typeof document === 'object' && document !== null && !Array.isArray(document) ? document : {}) as Partial<PeriodReport> & Record<string, unknown>;
  const { registry } = options;
  const given = record.period;
  const period =
    typeof given === 'object' && given !== null && Number.isSafeInteger(given.year) && [1, 2, 3, 4].includes(given.quarter as number) // else a shape issue says why
      ? keepIssues(issues, () => resolveIn(registry, given), ['period'])
      : undefined;
  const documentReading = record.reading === 'kk' || record.reading === 'ru' ? record.reading : undefined; // else a shape issue
  // An edition not loaded yet (cdto-kpi/core) is an issue of the report's period, not a throw.
  const edition = period === undefined ? undefined : keepIssues(issues, () => registry.get(period.edition), ['period']);
  const reading = edition === undefined ? null : (keepIssues(issues, () => checkReading(edition.readings, options.reading ?? documentReading, {}, edition.id), ['reading']) ?? null);
  // An edition with readings and no valid one: its reading issue says why, nothing else can be read.
  if (period === undefined || edition === undefined || (edition.readings !== null && reading === null)) return result(issues, warnings);
  const method = options.method ?? methodByName(edition.method);
  const bodies = Array.isArray(record.bodies) ? (record.bodies as unknown[]) : [];
  const seen = new Set<string>();
  bodies.forEach((entry, index) => {
    const { body, figures } = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    if (typeof body !== 'string' || body === '' || typeof figures !== 'object' || figures === null || Array.isArray(figures)) return; // a shape issue
    const at: PathKey[] = ['bodies', index];
    if (seen.has(body)) {
      issues.push(createIssue(ERROR_CODES.DUPLICATE_BODY, { body }, 'each body once', body, { path: [...at, 'body'], detail: 'body given twice' }));
      return;
    }
    seen.add(body);
    const indicators = keepIssues(issues, () => indicatorsInForce(edition, period, body, reading), [...at, 'body']);
    if (indicators === undefined) return;
    // The one grouping every report goes through, asked to collect every problem instead of throwing.
    const setAside: PeriodWarning[] = [];
    const grouping: Issue[] = [];
    const directions = groupFigures(edition, body, indicators, figures as Record<string, unknown>, period, reading, setAside, grouping);
    issues.push(...grouping.map((issue) => nestIssue(issue, at, {})));
    for (const warning of setAside) {
      const indicator = warning.indicator ?? '';
      warnings.push({ code: warning.code, path: [...at, 'figures', indicator], location: { body, indicator }, message: warning.message, params: warning.params });
    }
    for (const { direction, indicators: entries } of directions) {
      for (const { prepared, input } of entries) {
        const path = [...at, 'figures', prepared.id];
        const location: ErrorLocation = { body, direction, indicator: prepared.id };
        try {
          const score = uncheckedScore(prepared, input, method, location);
          const missing = partlyReported(score);
          for (const field of missing) {
            const given = Object.keys(score.trace.inputs).filter((name) => score.trace.inputs[name] !== null);
            issues.push(
              createIssue(ERROR_CODES.MISSING_FIELD, { ...location, field }, say('a figure, as {given} {count, plural, one {is given} other {are given}} (for "no data", leave every figure empty)', { given, count: given.length }), (input as Record<string, unknown>)[field], {
                path: [...path, field],
                detail: say('"{field}" is missing from an input filled in part (scoring reads it as no data, W = 0)', { field }),
              }),
            );
          }
          for (const warning of score.warnings) {
            // The input's issue says what is missing: not "nothing was reported", nor "an empty cell".
            if (missing.length > 0 && (warning.code === WARNING_CODES.NO_DATA || (warning.field !== null && missing.includes(warning.field)))) continue;
            warnings.push({ code: warning.code, path: warning.field === null ? path : [...path, warning.field], location: { ...location, ...(warning.field === null ? {} : { field: warning.field }) }, message: warning.message, params: warning.params });
          }
        } catch (error) {
          if (!isCdtoKpiError(error)) throw error;
          issues.push(...error.issues.map((issue) => nestIssue(issue, path, location)));
        }
      }
    }
  });
  return result(issues.map((issue) => inEdition(issue, edition.id, edition.layout === 'blocks')), warnings);
}

/**
 * The fields left empty beside others given: scored as "no data" (the published Q1 2024 rating
 * scores its rows printed with a and no b so, W = 0), but almost always a figure forgotten. An
 * uptime's hours alone are not a report (a period report fills them in), nor is an empty `excused`.
 */
function partlyReported(score: IndicatorScore): string[] {
  if (score.share !== null) return [];
  const inputs = Object.entries(score.trace.inputs).filter(([field, value]) => !(field === 'excused' && value === null));
  if (inputs.some(([, value]) => typeof value !== 'string' && value !== null)) return []; // a milestone or a composite: one field
  if (score.kind === 'uptime' && score.trace.inputs['downtimeHours'] === null) return [];
  const given = inputs.filter(([, value]) => value !== null);
  return given.length === 0 ? [] : inputs.filter(([, value]) => value === null).map(([field]) => field);
}

function result(issues: readonly Issue[], warnings: readonly ValidationWarning[]): ValidationResult {
  return deepFreeze({ ok: issues.length === 0, issues: [...issues], warnings: [...warnings] });
}
