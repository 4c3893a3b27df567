/**
 * What earns one indicator its full weight: for each lever of its kind, the least figure (the
 * greatest, where less is better), the criteria still to meet, or done, the other fields unchanged.
 * Found by exact search with the scorer as the oracle, so the answer is right by construction,
 * whatever the kind's formula and the method's roundings.
 *
 * @module
 */
import { Exact, type ExactDecimal, plain, ZERO } from '../decimal/decimal.js';
import { isCdtoKpiError } from '../errors/cdto-kpi-error.js';
import { readOptions } from '../input/boundary.js';
import type { IndicatorDefinition } from '../kinds/contract.js';
import { type PreparedDefinition, prepareDefinition } from '../kinds/definition.js';
import type { TraceInput } from '../kinds/input-reader.js';
import type { KindLever } from '../kinds/registry.js';
import { checkedMethod, PUBLISHED_METHOD, type ScoringMethod } from '../scoring/method.js';
import { type IndicatorScore, readInput, uncheckedScore } from '../scoring/score-indicator.js';

/** A figure of an input: a decimal string, a milestone's state, a list of criteria, or none. */
export type LeverValue = string | boolean | readonly string[] | null;

/** What one lever needs for the full weight. */
export interface LeverAnswer {
  /** The input field to change. */
  readonly field: string;
  /** What was reported in that field. */
  readonly reported: LeverValue;
  /**
   * What earns the full weight: the least figure (the greatest, where less is better), `true` for
   * a milestone, the criteria still to meet for a composite.
   */
  readonly needed: LeverValue;
  /** `higher` or `lower` is better; `null` for a milestone or a composite. */
  readonly better: 'higher' | 'lower' | null;
  /** The decimals searched for a figure (those of the reported figure or of the target, whichever are more); `null` otherwise. */
  readonly decimals: number | null;
}

/** One indicator's what-if: its score, and what each lever needs, or why none can help. */
export interface IndicatorWhatIf {
  readonly score: IndicatorScore;
  /** `full`: W = U already; `reachable`: a lever earns it (see `answers`); `out-of-reach`: none does. */
  readonly status: 'full' | 'reachable' | 'out-of-reach';
  /** Each lever that earns the full weight, in the kind's order. */
  readonly answers: readonly LeverAnswer[];
  /** Why no lever earns it (`out-of-reach`), in words; `null` otherwise. */
  readonly reason: string | null;
}

/** Doublings tried before a figure that earns the full weight is given up as out of reach. */
const MAX_DOUBLINGS = 80;
/** Criteria beyond this many missing are not searched exhaustively (the decree's composites have four). */
const MAX_MISSING = 16;

/**
 * Works out what earns one indicator its full weight.
 *
 * Per kind, its levers (see each kind's module in `src/kinds/`): the numerator for the reported denominator, the
 * count, the most downtime hours, the failing services at most, the security percentages or counts,
 * the cheapest set of criteria still missing, a milestone done. A figure is searched over the
 * multiples of one unit of its last decimal, the scorer deciding each step: W does not fall as a
 * figure gets better (a property of every kind), so scoring `needed` gives W = U, and one unit
 * short does not.
 *
 * @param definition - the indicator's definition for the year
 * @param input - what the body reported, in its kind's shape
 * @param options - `method` (default {@link PUBLISHED_METHOD})
 * @returns the score, the status, and what each lever needs
 * @throws {@link CdtoKpiError} whatever scoring the input throws
 * @example
 * ```ts
 * whatIfIndicator({ id: 'security.1', kind: 'ratio', weight: '20', target: '75' }, { a: '156710', b: '363249' }).answers[0];
 * // { field: 'a', reported: '156710', needed: '272437', better: 'higher', decimals: 0 }
 * ```
 */
export function whatIfIndicator(definition: IndicatorDefinition, input: unknown, options: { readonly method?: ScoringMethod } = {}): IndicatorWhatIf {
  const { method } = readOptions(options, ['method']);
  const prepared = prepareDefinition(definition);
  return uncheckedWhatIf(prepared, readInput(input, { indicator: prepared.id }), checkedMethod(method ?? PUBLISHED_METHOD));
}

/** {@link whatIfIndicator} for a prepared definition, an input read through the boundary and a checked method. */
export function uncheckedWhatIf(prepared: PreparedDefinition, input: unknown, method: ScoringMethod): IndicatorWhatIf {
  const score = uncheckedScore(prepared, input, method, {});
  const result = (status: IndicatorWhatIf['status'], answers: readonly LeverAnswer[], reason: string | null): IndicatorWhatIf => Object.freeze({ score, status, answers: Object.freeze(answers), reason });
  if (score.weight === null || score.rule === 'not-applicable') return result('out-of-reach', [], 'the indicator does not apply in the year: it has no weight to earn');
  if (new Exact(score.awarded).eq(prepared.weight!)) return result('full', [], null);
  if (score.rule === 'no-target') return result('out-of-reach', [], prepared.target === null ? 'no target is given for the year: no figure earns the weight' : 'the target is 0: no figure earns the weight');
  const given = input as Readonly<Record<string, unknown>>;
  const answers: LeverAnswer[] = [];
  for (const lever of prepared.module.levers) {
    if (lever.values === 'done') {
      if (earns(prepared, { done: true }, method)) answers.push(Object.freeze({ field: 'done', reported: (given['done'] ?? null) as LeverValue, needed: true, better: null, decimals: null }));
    } else if (lever.values === 'criteria') {
      const met = Array.isArray(given['met']) ? (given['met'] as readonly string[]) : null;
      const missing = cheapestCriteria(prepared, met, method);
      if (missing !== null) answers.push(Object.freeze({ field: 'met', reported: met === null ? null : Object.freeze([...met]), needed: Object.freeze(missing), better: null, decimals: null }));
    } else if (Object.hasOwn(given, lever.field)) {
      const boundary = findBoundary(prepared, given, score.trace.inputs, lever, method);
      if (boundary !== null) answers.push(Object.freeze({ field: lever.field, reported: score.trace.inputs[lever.field] ?? null, needed: boundary.needed, better: lever.better, decimals: boundary.decimals }));
    }
  }
  if (answers.length > 0) return result('reachable', answers, null);
  return result('out-of-reach', [], score.rule === 'no-data' ? 'nothing was reported: fill in the figures first' : 'no figure of its lever within its bounds earns the full weight, the other figures unchanged');
}

/** Whether an input earns the full weight, W = U, by the scorer; an input it refuses earns nothing. */
function earns(prepared: PreparedDefinition, input: unknown, method: ScoringMethod): boolean {
  try {
    const score = uncheckedScore(prepared, input, method, {});
    // W = 0 for every rule that does not apply the weight (no target, no data), so W = U ≠ 0 is the full weight earned.
    return prepared.weight !== null && !prepared.weight.isZero() && new Exact(score.awarded).eq(prepared.weight);
  } catch (error) {
    if (isCdtoKpiError(error)) return false;
    throw error;
  }
}

/**
 * The least figure of a lever that earns the full weight (the greatest, where less is better): from
 * the reported figure towards better, doubling the step until the scorer awards W = U, then
 * halving the interval. The figures are those the scorer read (`read`, the trace's inputs), so a
 * field is read by its kind's rules (security's `"50 %"`) and only once.
 */
function findBoundary(
  prepared: PreparedDefinition,
  input: Readonly<Record<string, unknown>>,
  read: Readonly<Record<string, TraceInput>>,
  lever: KindLever,
  method: ScoringMethod,
): { readonly needed: string; readonly decimals: number } | null {
  const figureOf = (field: string): ExactDecimal | null => {
    const value = read[field];
    return typeof value === 'string' ? new Exact(value) : null;
  };
  const reported = figureOf(lever.field);
  if (reported === null) return null;
  const target = prepared.target ?? ZERO;
  const decimals = lever.whole === true ? reported.decimalPlaces() : Math.max(reported.decimalPlaces(), target.decimalPlaces());
  const unit = new Exact(10).pow(-decimals);
  const at = (steps: ExactDecimal): ExactDecimal => steps.times(unit);
  const good = (steps: ExactDecimal): boolean => earns(prepared, { ...input, [lever.field]: plain(at(steps)) }, method);
  const found = (steps: ExactDecimal) => ({ needed: plain(at(steps)), decimals });
  const start = reported.div(unit).floor();
  if (lever.better === 'lower') {
    // The greatest figure from its floor (0, or the field it cannot go below) up to the reported one.
    const floor = lever.floor === undefined ? null : figureOf(lever.floor);
    const lowest = floor === null ? ZERO : floor.div(unit).ceil();
    if (lowest.gt(start) || !good(lowest)) return null;
    return found(good(start) ? start : bisect(lowest, start, good));
  }
  if (good(start)) return found(start);
  const bound = lever.bound === undefined ? null : 'value' in lever.bound ? new Exact(lever.bound.value) : figureOf(lever.bound.field);
  const limit = bound === null ? null : bound.div(unit).floor();
  let no = start;
  let yes: ExactDecimal | null = null;
  let step = new Exact(1);
  for (let doubling = 0; doubling < MAX_DOUBLINGS && yes === null; doubling += 1) {
    let candidate = no.plus(step);
    if (limit !== null && candidate.gte(limit)) candidate = limit;
    if (good(candidate)) yes = candidate;
    else if (limit !== null && candidate.eq(limit)) return null;
    else [no, step] = [candidate, step.times(2)];
  }
  return yes === null ? null : found(bisect(yes, no, good));
}

/** Narrows a step that earns the full weight and one that does not (on either side) until they are one apart: the boundary. */
function bisect(yes: ExactDecimal, no: ExactDecimal, good: (steps: ExactDecimal) => boolean): ExactDecimal {
  while (yes.minus(no).abs().gt(1)) {
    const middle = yes.plus(no).div(2).floor();
    if (good(middle)) yes = middle;
    else no = middle;
  }
  return yes;
}

/**
 * A composite's cheapest way to the full weight: of the subsets of the missing criteria that earn
 * W = U, the one of least total weight, then of fewest criteria, then the first in the decree's order.
 */
function cheapestCriteria(prepared: PreparedDefinition, met: readonly string[] | null, method: ScoringMethod): string[] | null {
  const done = new Set(met ?? []);
  const missing = (prepared.criteria ?? []).filter((criterion) => !done.has(criterion.id));
  if (missing.length > MAX_MISSING) return null;
  let best: { ids: string[]; weight: ExactDecimal } | null = null;
  for (let mask = 0; mask < 2 ** missing.length; mask += 1) {
    const chosen = missing.filter((_, index) => (mask & (1 << index)) !== 0);
    const weight = chosen.reduce((total, criterion) => total.plus(criterion.weight), ZERO);
    if (best !== null && (weight.gt(best.weight) || (weight.eq(best.weight) && chosen.length >= best.ids.length))) continue;
    const ids = chosen.map((criterion) => criterion.id);
    if (earns(prepared, { met: [...done, ...ids] }, method)) best = { ids, weight };
  }
  return best === null ? null : best.ids;
}
