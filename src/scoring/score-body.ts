/**
 * Scoring a body: the sum of W per direction (R), and one result across directions.
 *
 * @module
 */
import { divide, Exact, type ExactDecimal, plain } from '../decimal/decimal.js';
import { roundStage } from '../decimal/rounding.js';
import { CdtoKpiError, ERROR_CODES, type ErrorLocation, failure } from '../errors/cdto-kpi-error.js';
import type { IndicatorDefinition } from '../kinds/kinds.js';
import { checkedMethod, PUBLISHED_METHOD, type ScoringMethod } from './method.js';
import { deepFreeze } from '../freeze.js';
import { type IndicatorScore, scoreIndicator } from './score-indicator.js';
import { traceStep, type TraceStep } from './trace.js';

/** One indicator to score: its definition for the year, and what the body reported. */
export interface IndicatorEntry {
  readonly definition: IndicatorDefinition;
  readonly input: unknown;
}

/** A direction (or block) of a body, with its indicators. */
export interface DirectionEntry {
  readonly direction: string;
  readonly indicators: readonly IndicatorEntry[];
}

/** Totals shared by a direction and a body. */
export interface ScoreTotals {
  /** Σ U of the indicators that apply: the planned total weight. */
  readonly plannedWeight: string;
  /** Σ W, exact (the awarded weights as rounded, summed without rounding). */
  readonly awardedSum: string;
  /** R: the result, rounded at the `result` stage (or `mean`, for the mean of directions). */
  readonly result: string;
  /** Σ W / Σ U × 100, rounded at the `result` stage; `null` when nothing is planned. */
  readonly shareOfPlanned: string | null;
}

/** A scored direction. */
export interface DirectionScore extends ScoreTotals {
  readonly direction: string;
  readonly indicators: readonly IndicatorScore[];
  readonly trace: readonly TraceStep[];
}

/** A scored body. */
export interface BodyScore extends ScoreTotals {
  readonly body: string;
  readonly directions: readonly DirectionScore[];
  readonly trace: readonly TraceStep[];
  /** The name of the method applied. */
  readonly method: string;
}

/**
 * Scores every direction of a body, then the body.
 *
 * A direction's result R is Σ W rounded at the `result` stage. A body with one direction takes
 * that R. A body with several takes, by the method's aggregation, the mean of the directions'
 * R rounded at the `mean` stage (the published method), Σ W of all directions rounded at the
 * `result` stage (the 2025 method), or Σ W / Σ U × 100 rounded at the `result` stage.
 *
 * @param body - the body's id
 * @param directions - its directions, each with its indicators
 * @param method - the scoring method; defaults to {@link PUBLISHED_METHOD}
 * @returns the body's score, deeply frozen and JSON-serialisable
 * @throws {@link CdtoKpiError} `DUPLICATE_INDICATOR` when an indicator comes twice, and whatever
 *   scoring an indicator throws, located at the body and direction
 * @example
 * ```ts
 * const score = scoreBody('internal-affairs', [{ direction: 'security', indicators: [
 *   { definition: { id: 'security.1', kind: 'ratio', weight: '20', target: '75' }, input: { a: '156710', b: '363249' } },
 * ] }]);
 * score.result; // '11.4'
 * ```
 */
export function scoreBody(body: string, directions: readonly DirectionEntry[], method: ScoringMethod = PUBLISHED_METHOD): BodyScore {
  if (!Array.isArray(directions) || directions.length === 0) {
    throw failure(ERROR_CODES.WRONG_TYPE, { body, field: 'directions' }, 'at least one direction', directions);
  }
  method = checkedMethod(method);
  const seen = new Set<string>();
  const scored = directions.map((entry: DirectionEntry, index) => {
    if (typeof entry !== 'object' || entry === null || typeof entry.direction !== 'string' || !Array.isArray(entry.indicators)) {
      throw failure(ERROR_CODES.WRONG_TYPE, { body, field: `directions[${index}]` }, 'a direction ({ direction, indicators: [{ definition, input }] })', entry);
    }
    const location: ErrorLocation = { body, direction: entry.direction };
    const indicators = entry.indicators.map(({ definition, input }: IndicatorEntry) => {
      if (seen.has(definition.id)) {
        throw failure(ERROR_CODES.DUPLICATE_INDICATOR, { ...location, indicator: definition.id }, 'each indicator once', definition.id, 'indicator reported twice');
      }
      seen.add(definition.id);
      return scoreIndicator(definition, input, method, location);
    });
    return scoreDirection(entry.direction, indicators, method);
  });
  const planned = sum(scored.map((direction) => direction.plannedWeight));
  const awarded = sum(scored.map((direction) => direction.awardedSum));
  const shareOfPlanned = planned.isZero() ? null : roundStage(divide(awarded.times(100), planned), method.rounding.result);
  let result: string;
  const trace: TraceStep[] = [];
  if (method.aggregation === 'sum-over-planned-weight') {
    if (shareOfPlanned === null) throw failure(ERROR_CODES.NOTHING_PLANNED, { body }, 'some planned weight', '0');
    trace.push(traceStep('R', `${plain(awarded)} / ${plain(planned)} × 100`, shareOfPlanned));
    result = plain(shareOfPlanned.value);
  } else if (scored.length === 1) {
    result = scored[0]!.result;
  } else if (method.aggregation === 'mean-of-directions') {
    const results = scored.map((direction) => direction.result);
    const mean = roundStage(divide(sum(results), new Exact(scored.length)), method.rounding.mean);
    trace.push(traceStep('R', `(${results.join(' + ')}) / ${scored.length}`, mean));
    result = plain(mean.value);
  } else {
    const total = roundStage({ value: awarded, exact: true }, method.rounding.result);
    trace.push(traceStep('R', scored.map((direction) => direction.awardedSum).join(' + '), total));
    result = plain(total.value);
  }
  return deepFreeze({
    body,
    directions: scored,
    plannedWeight: plain(planned),
    awardedSum: plain(awarded),
    result,
    shareOfPlanned: shareOfPlanned === null ? null : plain(shareOfPlanned.value),
    trace,
    method: method.name,
  });
}

/**
 * Sums the awarded weights of a direction into its result R.
 *
 * @param direction - the direction's id
 * @param indicators - its scored indicators
 * @param method - the scoring method (its `result` rounding)
 * @returns the scored direction
 */
export function scoreDirection(direction: string, indicators: readonly IndicatorScore[], method: ScoringMethod = PUBLISHED_METHOD): DirectionScore {
  method = checkedMethod(method);
  const awarded = sum(indicators.map((indicator) => indicator.awarded));
  const planned = sum(indicators.flatMap((indicator) => (indicator.weight === null ? [] : [indicator.weight])));
  const result = roundStage({ value: awarded, exact: true }, method.rounding.result);
  const shareOfPlanned = planned.isZero() ? null : roundStage(divide(awarded.times(100), planned), method.rounding.result);
  const expression = indicators.length === 0 ? 'no indicator: 0' : indicators.map((indicator) => indicator.awarded).join(' + ');
  return deepFreeze({
    direction,
    indicators: [...indicators],
    plannedWeight: plain(planned),
    awardedSum: plain(awarded),
    result: plain(result.value),
    shareOfPlanned: shareOfPlanned === null ? null : plain(shareOfPlanned.value),
    trace: [traceStep('R', expression, result)],
  });
}

function sum(values: readonly (string | ExactDecimal)[]): ExactDecimal {
  return values.reduce<ExactDecimal>((total, value) => total.plus(value), new Exact(0));
}
