/**
 * What a period report's figures for one indicator become before they are scored: the rules of
 * the period (the quarter's hours for uptime, the excused items an edition's footnote allows, as in common KPI 6) that are not the
 * kind's own.
 *
 * @module
 */
import { ERROR_CODES, type ErrorLocation, failure } from '../errors/cdto-kpi-error.js';
import { excusableIn } from '../periods/edition-coverage.js';
import type { IndicatorDefinition } from '../kinds/kinds.js';
import type { ResolvedPeriod } from '../periods/resolve-period.js';

/**
 * The input of one indicator as the scorer takes it: an uptime indicator without `totalHours` is
 * measured over the hours of the quarter; `excused` is refused on any indicator but those of
 * the edition's `excusable` indicators.
 *
 * @param definition - the indicator's definition for the period's year
 * @param input - the figures the report gives
 * @param period - the resolved period
 * @param location - body and indicator, for the error
 * @returns the input to score
 * @throws {@link CdtoKpiError} `UNEXPECTED_FIELD` for `excused` where no footnote allows it
 * @internal
 */
export function inputForPeriod(definition: IndicatorDefinition, input: unknown, period: ResolvedPeriod, location: ErrorLocation): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const excusable = excusableIn(period.edition);
  if ('excused' in input && !excusable.includes(definition.id)) {
    throw failure(
      ERROR_CODES.UNEXPECTED_FIELD,
      { ...location, field: 'excused' },
      excusable.length === 0 ? `no "excused": no indicator of the ${period.edition} edition counts excused items in full` : `no "excused": only ${excusable.join(', ')} counts excused items in full`,
      (input as Record<string, unknown>)['excused'],
      'unexpected field',
    );
  }
  if (definition.kind === 'uptime' && !('totalHours' in input)) return { ...input, totalHours: period.hours };
  return input;
}
