/**
 * From a reporting period and a body to the indicators that apply to it, with the targets and
 * weights of the edition in force (and, for the 2025 edition, of the chosen text).
 *
 * @module
 */
import { checkReading } from '../editions/readings.js';
import { getEdition } from '../editions/registry.js';
import type { Edition } from '../editions/edition.js';
import { indicatorsOfBody } from '../editions/queries.js';
import type { Language } from '../editions/types.js';
import { ExactDecimal } from '../decimal/decimal.js';
import { readExactFigure } from '../input/figure-input.js';
import { deepFreeze } from '../freeze.js';
import { readOptions } from '../input/options.js';
import type { BodyId } from '../generated/bodies.js';
import type { IndicatorDefinition } from '../kinds/kinds.js';
import { type ReportingPeriod, type ResolvedPeriod, resolvePeriod } from './resolve-period.js';

/** One indicator of a body in a period. */
export interface PeriodIndicator {
  readonly id: string;
  /** The direction (2023) or block (2025) the indicator is scored in. */
  readonly block: string;
  /** The kind, target and weight that apply in the period's year. */
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
  /** The text whose values apply (2025 edition); `null` for the 2023 edition, which has one set of values. */
  readonly reading: Language | null;
  /** Every indicator of the body in the edition, in the annex order (the common ones first in 2025). */
  readonly indicators: readonly PeriodIndicator[];
  /** The sum of the weights that apply: the planned total weight of the body for the year. */
  readonly plannedWeight: string;
}

/**
 * Tells whether an indicator definition counts in its year: a weight is given and is not zero.
 *
 * @param definition - the kind, target and weight of an indicator for a year
 * @returns `true` when the indicator is scored that year
 * @throws {@link CdtoKpiError} when the weight is not a figure (read as `scoreIndicator` reads it)
 * @example
 * ```ts
 * appliesInYear(definitionFor2025('digital-development.1', '2025', { reading: 'kk' })); // false ("–", 0)
 * appliesInYear(definitionFor2025('digital-development.1', '2025', { reading: 'ru' })); // true (1, 10 %)
 * ```
 */
export function appliesInYear(definition: IndicatorDefinition): boolean {
  const known = APPLIES.get(definition);
  if (known !== undefined) return known;
  if (definition.weight === null) return false;
  const weight = readExactFigure(definition.weight, { indicator: definition.id, field: 'weight' }).value;
  const applies = weight !== null && !weight.isZero();
  // The editions' definitions are frozen: their answer never changes, so it is read once.
  if (Object.isFrozen(definition)) APPLIES.set(definition, applies);
  return applies;
}

/** Whether a (frozen) definition applies in its year, by the definition object. */
const APPLIES = new WeakMap<IndicatorDefinition, boolean>();

/**
 * Lists what a body is scored on in a reporting period: the edition in force, the year whose
 * targets and weights apply, and each indicator with its definition for that year.
 *
 * @param period - the year and the quarter
 * @param body - the body's id (see `BODIES`)
 * @param options - `reading` (2025 edition: `kk`, the default, or `ru`)
 * @returns the resolved period, the reading applied, the body's indicators and its planned weight
 * @throws {@link CdtoKpiError} `PERIOD_NOT_COVERED` for a period no edition covers,
 *   `UNKNOWN_BODY` for a body the edition does not have, and `INVALID_READING` for a reading other
 *   than `kk` or `ru`, or any reading for a period of the 2023 edition
 * @example
 * ```ts
 * const { indicators, plannedWeight } = indicatorsForPeriod({ year: 2025, quarter: 2 }, 'justice');
 * indicators.filter((indicator) => indicator.applies).length; // the common KPIs and the sector KPIs of 2025
 * ```
 */
export function indicatorsForPeriod(period: ReportingPeriod, body: BodyId, options: { readonly reading?: Language } = {}): PeriodIndicators {
  const { reading: given } = readOptions(options, ['reading'], { body }) as { readonly reading?: Language };
  const resolved = resolvePeriod(period);
  const edition = getEdition(resolved.edition);
  const reading = checkReading(edition.readings, given, { body }, edition.id);
  const indicators = indicatorsInForce(resolved, body, reading);
  const planned = indicators.reduce((total, indicator) => (indicator.applies ? total.plus(indicator.definition.weight!) : total), new ExactDecimal(0));
  return deepFreeze({ period: resolved, body, reading, indicators, plannedWeight: planned.toFixed() });
}

/**
 * A body's indicators in a resolved period, for a reading already checked (`null` for the 2023
 * edition): the work of {@link indicatorsForPeriod}, for callers that resolved the period once.
 *
 * @internal
 */
export function indicatorsInForce(period: ResolvedPeriod, body: string, reading: Language | null): readonly PeriodIndicator[] {
  const year = period.targetYear;
  const edition = getEdition(period.edition);
  let known = IN_FORCE.get(edition);
  if (known === undefined) IN_FORCE.set(edition, (known = new Map()));
  const key = `${year}\u0000${body}\u0000${reading ?? ''}`;
  let indicators = known.get(key);
  if (indicators === undefined) {
    const options = reading === null ? {} : { reading };
    indicators = deepFreeze(indicatorsOfBody(edition.catalogue, body).map((indicator) => entry(indicator.id, indicator.block, edition.definitionFor(indicator.id, year, options))));
    known.set(key, indicators);
  }
  return indicators;
}

/**
 * A body's indicators in force, by edition, then by year, body and reading: an edition is frozen,
 * so the answer is worked out once (an edition registered anew is another object).
 */
const IN_FORCE = new WeakMap<Edition, Map<string, readonly PeriodIndicator[]>>();

function entry(id: string, block: string, definition: IndicatorDefinition): PeriodIndicator {
  return { id, block, definition, applies: appliesInYear(definition) };
}
