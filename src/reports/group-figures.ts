/**
 * From a body's figures to the blocks the scorer takes: the one grouping every report goes through,
 * free of catalogue data, so that the explorer's report builder scores in the browser exactly as
 * `scorePeriodReport` does.
 *
 * @module
 */
import { type CdtoKpiError, ERROR_CODES, failure, isCdtoKpiError, type Issue, nestIssue } from '../errors/cdto-kpi-error.js';
import type { Language } from '../editions/types.js';
import type { IndicatorDefinition } from '../kinds/kinds.js';
import type { ResolvedPeriod } from '../periods/resolve-period.js';
import type { DirectionEntry } from '../scoring/score-body.js';
import { WARNING_CODES } from '../scoring/warnings.js';
import { inputForPeriod } from './period-input.js';
import type { PeriodWarning } from './period-warnings.js';

/** One indicator of a body in a period: its block, its definition for the year, and whether it applies. */
export interface GroupedIndicator {
  readonly id: string;
  readonly block: string;
  readonly definition: IndicatorDefinition;
  readonly applies: boolean;
}

/**
 * Groups a body's figures by block, in the annex order. Every indicator that applies must be given
 * (`null` figures for "no data"); figures given for an indicator that does not apply are set aside
 * with a warning (they may be in the shape of another reading's kind); an unknown id is an error.
 *
 * @param body - the body's id
 * @param indicators - its indicators in the period (see `indicatorsForPeriod`)
 * @param figures - what the body reported, by indicator id
 * @param period - the resolved period (its year and hours)
 * @param reading - the text whose values apply, `null` for an edition with one set of values
 * @param warnings - where the warnings go
 * @param issues - where the problems go, every one of them, each with its path from the body
 *   (`['figures', id, …]`); when not given, the first problem is thrown
 * @returns the blocks with each indicator's definition and input (without those with a problem)
 * @throws {@link CdtoKpiError} `UNKNOWN_INDICATOR`, `INDICATOR_NOT_REPORTED`, `UNEXPECTED_FIELD`,
 *   unless `issues` collects them
 */
export function groupFigures(
  body: string,
  indicators: readonly GroupedIndicator[],
  figures: Readonly<Record<string, unknown>>,
  period: ResolvedPeriod,
  reading: Language | null,
  warnings: PeriodWarning[],
  issues?: Issue[],
): DirectionEntry[] {
  const problem = (error: CdtoKpiError, id: string): void => {
    if (issues === undefined) throw error;
    issues.push(...error.issues.map((issue) => nestIssue(issue, ['figures', id], {})));
  };
  const known = idsOf(indicators);
  for (const id of Object.keys(figures)) {
    if (!known.has(id)) {
      problem(failure(ERROR_CODES.UNKNOWN_INDICATOR, { body, indicator: id }, `an indicator of body "${body}" in the ${period.edition} edition`, id, 'unknown indicator for this body', []), id);
    }
  }
  const blocks = new Map<string, { definition: IndicatorDefinition; input: unknown }[]>();
  for (const { id, block, definition, applies } of indicators) {
    const given = Object.hasOwn(figures, id) ? figures[id] : undefined;
    if (given === undefined) {
      if (applies) problem(failure(ERROR_CODES.INDICATOR_NOT_REPORTED, { body, indicator: id }, 'the figures of every indicator that applies (null figures for "no data")', given, undefined, []), id);
      continue;
    }
    if (!applies) {
      const text = reading === null ? '' : ` by the ${reading === 'kk' ? 'Kazakh' : 'Russian'} text`;
      warnings.push({ code: WARNING_CODES.NOT_APPLICABLE_REPORTED, body, indicator: id, message: `${id} does not apply in ${period.targetYear}${text}: its figures are neither read nor scored` });
      continue;
    }
    let input: unknown;
    try {
      input = inputForPeriod(definition, given, period, { body, indicator: id });
    } catch (error) {
      if (!isCdtoKpiError(error)) throw error;
      problem(error, id);
      continue;
    }
    const list = blocks.get(block) ?? [];
    list.push({ definition, input });
    blocks.set(block, list);
  }
  return [...blocks].map(([direction, entries]) => ({ direction, indicators: entries }));
}

/** The ids of a list of indicators, worked out once per list (the lists in force are kept). */
function idsOf(indicators: readonly GroupedIndicator[]): ReadonlySet<string> {
  let ids = IDS.get(indicators);
  if (ids === undefined) IDS.set(indicators, (ids = new Set(indicators.map((indicator) => indicator.id))));
  return ids;
}

const IDS = new WeakMap<readonly GroupedIndicator[], ReadonlySet<string>>();
