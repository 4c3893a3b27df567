/**
 * Scoring a body: the sum of W per direction (R), and one result across directions.
 *
 * @module
 */
import { divide, ExactDecimal, plain } from '../decimal/decimal.js';
import { cutShareScaled, type ScaledRead, sumScaled } from '../decimal/scaled.js';
import { roundTrusted, type StageRounding } from '../decimal/rounding.js';
import { ERROR_CODES, type ErrorLocation, failure } from '../errors/cdto-kpi-error.js';
import { prepareDefinition } from '../kinds/definition.js';
import type { IndicatorDefinition } from '../kinds/types.js';
import { checkedMethod, PUBLISHED_METHOD, type ScoringMethod } from './method.js';
import { type IndicatorScore, scorePrepared } from './score-indicator.js';
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
 * @returns the body's score, frozen and JSON-serialisable
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
  if (typeof body !== 'string' || body === '') throw failure(ERROR_CODES.WRONG_TYPE, { field: 'body' }, 'a body id (a non-empty string)', body);
  if (!Array.isArray(directions) || directions.length === 0) {
    throw failure(ERROR_CODES.WRONG_TYPE, { body, field: 'directions' }, 'at least one direction', directions);
  }
  method = checkedMethod(method);
  const seen = new Set<string>();
  const scored = directions.map((entry: unknown, index) => {
    const direction = ownField(entry, 'direction');
    const indicators = ownField(entry, 'indicators');
    if (typeof direction !== 'string' || !Array.isArray(indicators)) {
      throw failure(ERROR_CODES.WRONG_TYPE, { body, field: `directions[${index}]` }, 'a direction ({ direction, indicators: [{ definition, input }] })', entry);
    }
    const location: ErrorLocation = { body, direction };
    const scores = indicators.map((indicator: unknown, position) => {
      const definition = ownField(indicator, 'definition');
      if (typeof indicator !== 'object' || indicator === null) {
        throw failure(ERROR_CODES.WRONG_TYPE, { ...location, field: `indicators[${position}]` }, 'an indicator ({ definition, input })', indicator);
      }
      const prepared = prepareDefinition(definition as IndicatorDefinition, location);
      if (seen.has(prepared.id)) {
        throw failure(ERROR_CODES.DUPLICATE_INDICATOR, { ...location, indicator: prepared.id }, 'each indicator once', prepared.id, 'indicator reported twice');
      }
      seen.add(prepared.id);
      return scorePrepared(prepared, ownField(indicator, 'input'), method, location);
    });
    return directionScore(direction, scores, method);
  });
  return bodyScore(body, scored, method);
}

/**
 * A body's score from its scored directions: the trusted step of {@link scoreBody}.
 *
 * @param body - the body's id
 * @param scored - its directions, scored by the library
 * @param method - a checked method
 * @returns the body's score, frozen
 * @throws {@link CdtoKpiError} `NOTHING_PLANNED` for a share of nothing planned
 * @internal
 */
export function bodyScore(body: string, scored: readonly DirectionScore[], method: ScoringMethod): BodyScore {
  const planned = sum(scored.map((direction) => direction.plannedWeight));
  const awarded = sum(scored.map((direction) => direction.awardedSum));
  const shareOfPlanned = shareOf(awarded, planned, method.rounding.result);
  let result: string;
  const trace: TraceStep[] = [];
  if (method.aggregation === 'sum-over-planned-weight') {
    if (shareOfPlanned === null) throw failure(ERROR_CODES.NOTHING_PLANNED, { body }, 'some planned weight', '0');
    // R is the share itself: its trace step shows the quotient and its rounding.
    const share = roundTrusted(divide(awarded.total.times(100), planned.total), method.rounding.result);
    trace.push(traceStep('R', `${plain(awarded.total)} / ${plain(planned.total)} × 100`, share));
    result = shareOfPlanned;
  } else if (scored.length === 1) {
    result = scored[0]!.result;
  } else if (method.aggregation === 'mean-of-directions') {
    const results = scored.map((direction) => direction.result);
    const mean = roundTrusted(divide(sum(results).total, new ExactDecimal(scored.length)), method.rounding.mean);
    trace.push(traceStep('R', `(${results.join(' + ')}) / ${scored.length}`, mean));
    result = plain(mean.value);
  } else {
    const total = roundTrusted({ value: awarded.total, exact: true }, method.rounding.result);
    trace.push(traceStep('R', scored.map((direction) => direction.awardedSum).join(' + '), total));
    result = plain(total.value);
  }
  return Object.freeze({
    body,
    directions: Object.freeze([...scored]),
    plannedWeight: plain(planned.total),
    awardedSum: plain(awarded.total),
    result,
    shareOfPlanned,
    trace: Object.freeze(trace),
    method: method.name,
  });
}

/** A plain decimal of zero or more, as the scorer writes W and U. */
const PLAIN_FIGURE = /^\d{1,100}(?:\.\d{1,100})?$/u;

/**
 * Sums the awarded weights of a direction into its result R.
 *
 * The scores are read, never changed or frozen: each must have `awarded` as a plain decimal of
 * zero or more, and `weight` as one or `null`, with W at most U (but under the printed
 * decreasing rule).
 *
 * @param direction - the direction's id
 * @param indicators - its scored indicators
 * @param method - the scoring method (its `result` rounding)
 * @returns the scored direction, frozen (the scores are kept as given)
 * @throws {@link CdtoKpiError} `WRONG_TYPE` for a direction that is not a string, a list that is not
 *   one, or a score whose W or U is not a plain decimal; `INVALID_VALUE` for W above U
 * @example
 * ```ts
 * scoreDirection('security', [scoreIndicator(definition, input)]).result;
 * ```
 */
export function scoreDirection(direction: string, indicators: readonly IndicatorScore[], method: ScoringMethod = PUBLISHED_METHOD): DirectionScore {
  if (typeof direction !== 'string') throw failure(ERROR_CODES.WRONG_TYPE, { field: 'direction' }, 'a direction id', direction);
  if (!Array.isArray(indicators)) throw failure(ERROR_CODES.WRONG_TYPE, { direction, field: 'indicators' }, 'a list of scored indicators', indicators);
  method = checkedMethod(method);
  indicators.forEach((indicator: unknown, index) => {
    const awarded = ownField(indicator, 'awarded');
    const weight = ownField(indicator, 'weight');
    const rule = ownField(indicator, 'rule');
    const path = [index];
    if (typeof awarded !== 'string' || !PLAIN_FIGURE.test(awarded)) {
      throw failure(ERROR_CODES.WRONG_TYPE, { direction, field: `indicators[${index}].awarded` }, 'W as a plain decimal of zero or more, such as "11.4"', awarded, undefined, [...path, 'awarded']);
    }
    if (weight !== null && (typeof weight !== 'string' || !PLAIN_FIGURE.test(weight))) {
      throw failure(ERROR_CODES.WRONG_TYPE, { direction, field: `indicators[${index}].weight` }, 'U as a plain decimal of zero or more, or null', weight, undefined, [...path, 'weight']);
    }
    if (rule !== 'printed-decreasing' && new ExactDecimal(awarded).gt(weight ?? 0)) {
      throw failure(ERROR_CODES.INVALID_VALUE, { direction, field: `indicators[${index}].awarded` }, `W at most U (${weight ?? 'none'})`, awarded, undefined, [...path, 'awarded']);
    }
  });
  return directionScore(direction, indicators, method);
}

/**
 * A direction's score from scores the library made: the trusted step of {@link scoreDirection}.
 *
 * @param direction - the direction's id
 * @param indicators - its scored indicators
 * @param method - a checked method
 * @returns the scored direction, frozen
 * @internal
 */
export function directionScore(direction: string, indicators: readonly IndicatorScore[], method: ScoringMethod): DirectionScore {
  const awardedValues: string[] = [];
  const weights: string[] = [];
  for (const indicator of indicators) {
    awardedValues.push(indicator.awarded);
    if (indicator.weight !== null) weights.push(indicator.weight);
  }
  const awarded = sum(awardedValues);
  const planned = sum(weights);
  const rounding = method.rounding.result;
  const result = roundTrusted({ value: awarded.total, exact: true }, rounding);
  return Object.freeze({
    direction,
    indicators: Object.freeze([...indicators]),
    plannedWeight: plain(planned.total),
    awardedSum: plain(awarded.total),
    result: plain(result.value),
    shareOfPlanned: shareOf(awarded, planned, rounding),
    trace: Object.freeze([traceStep('R', indicators.length === 0 ? 'no indicator: 0' : awardedValues.join(' + '), result)]),
  });
}

/** A sum of plain decimals: exact, and as a scaled integer when it was made in doubles. */
interface Sum {
  readonly total: ExactDecimal;
  readonly scaled: ScaledRead | null;
}

/**
 * Σ W / Σ U × 100 at the result's rounding, as the scores write it: in doubles when both sums were
 * and the rounding cuts, else in exact decimals; `null` when nothing is planned.
 */
function shareOf(awarded: Sum, planned: Sum, rounding: StageRounding | null): string | null {
  if (planned.total.isZero()) return null;
  const quick = rounding !== null && awarded.scaled !== null && planned.scaled !== null ? cutShareScaled(awarded.scaled, planned.scaled, rounding.mode, rounding.decimals) : undefined;
  return quick ?? plain(roundTrusted(divide(awarded.total.times(100), planned.total), rounding).value);
}

function ownField(value: unknown, field: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, field) ? (value as Record<string, unknown>)[field] : undefined;
}

/** Sums W or U as the scores write them: in exact doubles when they fit, else in exact decimals. */
function sum(values: readonly string[]): Sum {
  const scaled: ScaledRead = { units: 0, scale: 0 };
  const quick = sumScaled(values, scaled);
  return quick === undefined ? { total: values.reduce<ExactDecimal>((total, value) => total.plus(value), ZERO), scaled: null } : { total: quick, scaled };
}

const ZERO = new ExactDecimal(0);
