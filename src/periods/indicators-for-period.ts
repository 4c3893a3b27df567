/**
 * From a reporting period and a body to the indicators that apply to it, with the targets and
 * weights of the edition in force (and, where the edition keeps two texts, of the chosen text).
 *
 * @module
 */
import { plain, ZERO } from '../decimal/decimal.js';
import type { Edition } from '../editions/edition.js';
import { bodyIndicators, once } from '../editions/queries.js';
import { checkReading } from '../editions/readings.js';
import { type EditionRegistry, registryOf } from '../editions/registry.js';
import type { Language } from '../editions/types.js';
import { ERROR_CODES, failure, say } from '../errors/cdto-kpi-error.js';
import { deepFreeze } from '../freeze.js';
import { BODIES_DATA, type BodyId } from '../generated/bodies.js';
import { readOptions } from '../input/boundary.js';
import type { IndicatorDefinition } from '../kinds/contract.js';
import { prepareReadDefinition } from '../kinds/definition.js';
import { type ReportingPeriod, type ResolvedPeriod, resolveIn } from './resolve-period.js';

/** One indicator of a body in a period. */
export interface PeriodIndicator {
  readonly id: string;
  /** The direction (2023) or block (2025) the indicator is scored in. */
  readonly block: string;
  /** The kind, target and weight that apply in the period's year, and where they come from. */
  readonly definition: IndicatorDefinition;
  /**
   * Whether the indicator is scored in the period: it has a weight for the year and that weight
   * is not zero. The 2025 decree marks a year in which an indicator does not apply with "–" for
   * the target and 0 (or "–") for the weight; such an indicator may be left out of a report.
   */
  readonly applies: boolean;
}

/** What a body is scored on in a period. */
export interface PeriodIndicators {
  readonly period: ResolvedPeriod;
  readonly body: string;
  /** The text whose values apply (an edition with two texts); `null` for an edition with one set of values. */
  readonly reading: Language | null;
  /** Every indicator of the body in the edition, in the annex order (the common ones first in 2025). */
  readonly indicators: readonly PeriodIndicator[];
  /** The sum of the weights that apply: the planned total weight of the body for the year. */
  readonly plannedWeight: string;
}

/** Options of the functions that work in a period. */
export interface PeriodOptions {
  /** The text whose values apply, for an edition with two texts (`kk`, the default, or `ru`). */
  readonly reading?: Language;
  /** The editions to resolve the period in (default: `defaultEditions`). */
  readonly editions?: EditionRegistry;
}

/**
 * Lists what a body is scored on in a reporting period: the edition in force, the year whose
 * targets and weights apply, and each indicator with its definition for that year.
 *
 * @param period - the year and the quarter
 * @param body - the body's id (see `BODIES`)
 * @param options - `reading` (an edition with two texts: `kk`, the default, or `ru`) and `editions`
 * @returns the resolved period, the reading applied, the body's indicators and its planned weight, deeply frozen
 * @throws {@link CdtoKpiError} `PERIOD_NOT_COVERED` for a period no edition covers,
 *   `UNKNOWN_BODY` for a body the edition does not have, `WRONG_TYPE` for a body that is not a string, and `INVALID_READING` for a reading other
 *   than `kk` or `ru`, or any reading for a period of the 2023 edition
 * @example
 * ```ts
 * const { indicators, plannedWeight } = indicatorsForPeriod({ year: 2025, quarter: 2 }, 'justice');
 * indicators.filter((indicator) => indicator.applies).length; // the common KPIs and the sector KPIs of 2025
 * ```
 */
export function indicatorsForPeriod(period: ReportingPeriod, body: BodyId, options: PeriodOptions = {}): PeriodIndicators {
  if (typeof body !== 'string') throw failure(ERROR_CODES.WRONG_TYPE, { field: 'body' }, 'a body id (a string), such as "justice"', body);
  const where = { body };
  const { reading: given, editions } = readOptions(options, ['reading', 'editions'], where);
  const registry = registryOf(editions);
  const resolved = resolveIn(registry, period);
  const edition = registry.get(resolved.edition);
  const reading = checkReading(edition.readings, given, where, edition.id);
  const indicators = indicatorsInForce(edition, resolved, body, reading);
  const planned = indicators.reduce((total, indicator) => (indicator.applies ? total.plus(prepareReadDefinition(indicator.definition).weight!) : total), ZERO);
  return deepFreeze({ period: resolved, body, reading, indicators, plannedWeight: plain(planned) });
}

/** A body's indicators in a resolved period, for a reading already checked, worked out once per edition, year, body and reading. */
export function indicatorsInForce(edition: Edition, period: ResolvedPeriod, body: string, reading: Language | null): readonly PeriodIndicator[] {
  const year = period.targetYear;
  return once(edition, `${year}\u0000${body}\u0000${reading ?? ''}`, () => {
    checkBody(edition, period, body);
    const options = reading === null ? {} : { reading };
    return deepFreeze(
      bodyIndicators(edition.catalogue, body).map((indicator) => {
        const definition = edition.definitionFor(indicator.id, year, options);
        const weight = prepareReadDefinition(definition).weight;
        return { id: indicator.id, block: indicator.block, definition, applies: weight !== null && !weight.isZero() };
      }),
    );
  });
}

/** Refuses (`UNKNOWN_BODY`) a body the edition in force does not have, saying so when another edition has it. */
function checkBody(edition: Edition, period: ResolvedPeriod, body: string): void {
  const ids = edition.catalogue.bodies.map((entry) => entry.id);
  if (ids.includes(body)) return;
  const [quarter, year] = [String(period.period.quarter), String(period.period.year)];
  throw failure(
    ERROR_CODES.UNKNOWN_BODY,
    { body },
    say('a body of the {edition} edition, in force for Q{quarter} {year}: {bodies}', { edition: edition.id, quarter, year, bodies: ids }),
    body,
    BODIES_DATA.some((entry) => entry.id === body) ? say('"{body}" is not a body of the {edition} edition, in force for Q{quarter} {year}', { body, edition: edition.id, quarter, year }) : 'unknown body',
  );
}
