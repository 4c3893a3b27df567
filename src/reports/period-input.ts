/**
 * What a period report's figures for one indicator become before they are scored: the rules of
 * the period (the quarter's hours for uptime, common KPI 6's excused services) that are not the
 * kind's own.
 *
 * @module
 */
import { ERROR_CODES, type ErrorLocation, failure } from '../errors/cdto-kpi-error.js';
import { deepFreeze } from '../freeze.js';
import type { IndicatorDefinition } from '../kinds/kinds.js';
import type { ResolvedPeriod } from '../periods/resolve-period.js';

/**
 * The indicators whose input may say how many failing items are excused: common KPI 6 alone,
 * whose footnote (both texts of Decree No. 1157) counts a public service in full when it is
 * unavailable because another body's information system does not work.
 */
export const EXCUSABLE_INDICATORS: readonly string[] = deepFreeze(['common.6']);

/**
 * The input of one indicator as the scorer takes it: an uptime indicator without `totalHours` is
 * measured over the hours of the quarter; `excused` is refused on any indicator but those of
 * {@link EXCUSABLE_INDICATORS}.
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
  if ('excused' in input && !EXCUSABLE_INDICATORS.includes(definition.id)) {
    throw failure(
      ERROR_CODES.UNEXPECTED_FIELD,
      { ...location, field: 'excused' },
      `no "excused": only ${EXCUSABLE_INDICATORS.join(', ')} counts excused items in full`,
      (input as Record<string, unknown>)['excused'],
      'unexpected field',
    );
  }
  if (definition.kind === 'uptime' && !('totalHours' in input)) return { ...input, totalHours: period.hours };
  return input;
}
