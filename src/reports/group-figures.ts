/**
 * From a body's figures to the blocks the scorer takes: the one grouping every report goes through,
 * and the rules of the period that are not a kind's own (the quarter's hours for an uptime, the
 * excused items an edition's footnote allows).
 *
 * @module
 */
import type { Edition } from '../editions/edition.js';
import type { Language } from '../editions/types.js';
import { type CdtoKpiError, ERROR_CODES, type ErrorLocation, failure, isCdtoKpiError, type Issue, nestIssue, say } from '../errors/cdto-kpi-error.js';
import { scoringWarning, WARNING_CODES, type WarningCode } from '../kinds/contract.js';
import { type PreparedDefinition, prepareReadDefinition } from '../kinds/definition.js';
import type { PeriodIndicator } from '../periods/indicators-for-period.js';
import type { ResolvedPeriod } from '../periods/resolve-period.js';
import type { PreparedDirection } from '../scoring/score-body.js';

/** A warning about a body's figures that is not part of an indicator's score. */
export interface PeriodWarning {
  readonly code: WarningCode;
  readonly body: string;
  readonly indicator: string | null;
  readonly message: string;
  /** The values of its message (see `ScoringWarning`). */
  readonly params: Readonly<Record<string, string>>;
}

/**
 * The input of one indicator as the scorer takes it in a period: an uptime indicator without
 * `totalHours` is measured over the hours of the quarter; `excused` is refused
 * (`UNEXPECTED_FIELD`) on any indicator but the edition's `excusable` ones.
 */
export function inputInPeriod(edition: Edition, indicator: PeriodIndicator, input: unknown, period: ResolvedPeriod, location: ErrorLocation): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const { excusable } = edition;
  if (Object.hasOwn(input, 'excused') && !excusable.includes(indicator.id)) {
    throw failure(
      ERROR_CODES.UNEXPECTED_FIELD,
      { ...location, field: 'excused' },
      excusable.length === 0 ? say('no "excused": no indicator of the {edition} edition counts excused items in full', { edition: edition.id }) : say('no "excused": only {indicators} counts excused items in full', { indicators: excusable }),
      (input as Record<string, unknown>)['excused'],
      'unexpected field',
    );
  }
  if (indicator.definition.kind === 'uptime' && !Object.hasOwn(input, 'totalHours')) return { ...input, totalHours: period.hours };
  return input;
}

/**
 * Groups a body's figures by block, in the annex order, ready to score. Every indicator that
 * applies must be given (`null` figures for "no data"); figures given for an indicator that does
 * not apply are set aside with a warning (they may be in the shape of another reading's kind); an
 * unknown id is an error. With `issues`, every problem goes there with its path from the body
 * (`['figures', id, …]`) and the indicators with one are left out; without, the first is thrown.
 */
export function groupFigures(
  edition: Edition,
  body: string,
  indicators: readonly PeriodIndicator[],
  figures: Readonly<Record<string, unknown>>,
  period: ResolvedPeriod,
  reading: Language | null,
  warnings: PeriodWarning[],
  issues?: Issue[],
): PreparedDirection[] {
  const problem = (error: CdtoKpiError, id: string): void => {
    if (issues === undefined) throw error;
    issues.push(...error.issues.map((issue) => nestIssue(issue, ['figures', id], {})));
  };
  const known = new Set(indicators.map((indicator) => indicator.id));
  for (const id of Object.keys(figures)) {
    if (!known.has(id)) problem(failure(ERROR_CODES.UNKNOWN_INDICATOR, { body, indicator: id }, say('an indicator of body {body} in the {edition} edition', { body: JSON.stringify(body), edition: period.edition }), id, 'unknown indicator for this body', []), id);
  }
  const blocks = new Map<string, { prepared: PreparedDefinition; input: unknown }[]>();
  for (const indicator of indicators) {
    const { id, block, applies } = indicator;
    const given = Object.hasOwn(figures, id) ? figures[id] : undefined;
    if (given === undefined) {
      if (applies) problem(failure(ERROR_CODES.INDICATOR_NOT_REPORTED, { body, indicator: id }, 'the figures of every indicator that applies (null figures for "no data")', given, undefined, []), id);
      continue;
    }
    if (!applies) {
      const { message, params } = scoringWarning(WARNING_CODES.NOT_APPLICABLE_REPORTED, null, { indicator: id, year: period.targetYear, reading: reading ?? 'none' });
      warnings.push(Object.freeze({ code: WARNING_CODES.NOT_APPLICABLE_REPORTED, body, indicator: id, message, params }));
      continue;
    }
    try {
      const input = inputInPeriod(edition, indicator, given, period, { body, indicator: id });
      const list = blocks.get(block) ?? [];
      list.push({ prepared: prepareReadDefinition(indicator.definition), input });
      blocks.set(block, list);
    } catch (error) {
      if (!isCdtoKpiError(error)) throw error;
      problem(error, id);
    }
  }
  return [...blocks].map(([direction, entries]) => ({ direction, indicators: entries }));
}
