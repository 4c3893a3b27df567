/**
 * Scoring a body: the sum of W per direction (R), and one result across directions.
 *
 * @module
 */
import { divide, exact, type ExactDecimal, HUNDRED, known, plain, ZERO } from '../decimal/decimal.js';
import { round, type RoundedValue, type StageRounding } from '../decimal/rounding.js';
import { ERROR_CODES, type ErrorLocation, failure } from '../errors/cdto-kpi-error.js';
import { readDocument } from '../input/boundary.js';
import type { IndicatorDefinition, TraceStep } from '../kinds/contract.js';
import { type PreparedDefinition, prepareReadDefinition } from '../kinds/definition.js';
import { checkedMethod, PUBLISHED_METHOD, type ScoringMethod } from './method.js';
import { type IndicatorScore, traceStep, uncheckedScore } from './score-indicator.js';

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

/** A direction ready to score: its indicators' prepared definitions and inputs read through the boundary. */
export interface PreparedDirection {
  readonly direction: string;
  readonly indicators: readonly { readonly prepared: PreparedDefinition; readonly input: unknown }[];
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
 * @param directions - its directions, each with its indicators' definitions and inputs
 * @param method - the scoring method; defaults to {@link PUBLISHED_METHOD}
 * @returns the body's score, deeply frozen and JSON-serialisable
 * @throws {@link CdtoKpiError} `WRONG_TYPE` for a body or directions not of that shape,
 *   `DUPLICATE_INDICATOR` when an indicator comes twice, `NOTHING_PLANNED` for a share of nothing
 *   planned, and whatever scoring an indicator throws, located at the body and direction
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
  const checked = checkedMethod(method);
  const given = readDocument(directions);
  if (!Array.isArray(given) || given.length === 0) throw failure(ERROR_CODES.WRONG_TYPE, { body, field: 'directions' }, 'at least one direction', directions);
  const seen = new Set<string>();
  const prepared = given.map((entry: unknown, index): PreparedDirection => {
    const { direction, indicators } = (typeof entry === 'object' && entry !== null && !Array.isArray(entry) ? entry : {}) as Record<string, unknown>;
    if (typeof direction !== 'string' || !Array.isArray(indicators)) {
      throw failure(ERROR_CODES.WRONG_TYPE, { body, field: `directions[${index}]` }, 'a direction ({ direction, indicators: [{ definition, input }] })', entry);
    }
    const location: ErrorLocation = { body, direction };
    return {
      direction,
      indicators: indicators.map((indicator: unknown, position) => {
        if (typeof indicator !== 'object' || indicator === null || Array.isArray(indicator)) {
          throw failure(ERROR_CODES.WRONG_TYPE, { ...location, field: `indicators[${position}]` }, 'an indicator ({ definition, input })', indicator);
        }
        const { definition, input } = indicator as Record<string, unknown>;
        // The definition was copied with the directions: read, it is not copied again.
        const ready = prepareReadDefinition(definition, location);
        if (seen.has(ready.id)) throw failure(ERROR_CODES.DUPLICATE_INDICATOR, { ...location, indicator: ready.id }, 'each indicator once', ready.id, 'indicator reported twice');
        seen.add(ready.id);
        return { prepared: ready, input };
      }),
    };
  });
  return uncheckedScoreBody(body, prepared, checked);
}

/** {@link scoreBody} for directions whose definitions are prepared and whose inputs were read through the boundary, by a checked method. */
export function uncheckedScoreBody(body: string, directions: readonly PreparedDirection[], method: ScoringMethod): BodyScore {
  const scored = directions.map(({ direction, indicators }) =>
    directionScore(direction, indicators.map(({ prepared, input }) => uncheckedScore(prepared, input, method, { body, direction })), method.rounding.result),
  );
  const planned = sum(scored.map((direction) => direction.plannedWeight));
  const awarded = sum(scored.map((direction) => direction.awardedSum));
  const share = shareOf(awarded, planned, method.rounding.result);
  let result: string;
  const trace: TraceStep[] = [];
  if (method.aggregation === 'sum-over-planned-weight') {
    if (share === null) throw failure(ERROR_CODES.NOTHING_PLANNED, { body }, 'some planned weight', '0');
    // R is the share itself: its trace step shows the quotient and its rounding.
    const [w, u] = [plain(awarded), plain(planned)];
    trace.push(traceStep('R', 'share-of-planned', { 'ΣW': w, 'ΣU': u }, `${w} / ${u} × 100`, share));
    result = share.text;
  } else if (scored.length === 1) {
    result = scored[0]!.result;
  } else if (method.aggregation === 'mean-of-directions') {
    const results = scored.map((direction) => direction.result);
    const mean = round(divide(sum(results), exact(String(scored.length))), method.rounding.mean);
    trace.push(traceStep('R', 'mean', Object.fromEntries(scored.map((direction) => [direction.direction, direction.result])), `(${results.join(' + ')}) / ${scored.length}`, mean));
    result = mean.text;
  } else {
    const total = round(known(awarded), method.rounding.result);
    trace.push(traceStep('R', 'sum', Object.fromEntries(scored.map((direction) => [direction.direction, direction.awardedSum])), scored.map((direction) => direction.awardedSum).join(' + '), total));
    result = total.text;
  }
  return Object.freeze({
    body,
    directions: Object.freeze(scored),
    plannedWeight: plain(planned),
    awardedSum: plain(awarded),
    result,
    shareOfPlanned: share === null ? null : share.text,
    trace: Object.freeze(trace),
    method: method.name,
  });
}

/** A direction's score from its scored indicators: R = Σ W at the result's rounding. */
function directionScore(direction: string, indicators: readonly IndicatorScore[], rounding: StageRounding | null): DirectionScore {
  const awardedValues = indicators.map((indicator) => indicator.awarded);
  const awarded = sum(awardedValues);
  const planned = sum(indicators.flatMap((indicator) => (indicator.weight === null ? [] : [indicator.weight])));
  const result = round(known(awarded), rounding);
  const operands = Object.fromEntries(indicators.map((indicator) => [indicator.indicator, indicator.awarded]));
  return Object.freeze({
    direction,
    indicators: Object.freeze([...indicators]),
    plannedWeight: plain(planned),
    awardedSum: plain(awarded),
    result: result.text,
    shareOfPlanned: shareOf(awarded, planned, rounding)?.text ?? null,
    trace: Object.freeze([traceStep('R', 'sum', operands, indicators.length === 0 ? 'no indicator: 0' : awardedValues.join(' + '), result)]),
  });
}

/** Σ W / Σ U × 100 at the result's rounding; `null` when nothing is planned. */
function shareOf(awarded: ExactDecimal, planned: ExactDecimal, rounding: StageRounding | null): RoundedValue | null {
  return planned.isZero() ? null : round(divide(awarded.times(HUNDRED), planned), rounding);
}

/** Sums W or U as the scores write them. */
function sum(values: readonly string[]): ExactDecimal {
  return values.reduce<ExactDecimal>((total, value) => total.plus(exact(value)), ZERO);
}
