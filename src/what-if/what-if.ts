/**
 * What-if: for every indicator below its full weight, the least figure that earns it, the other
 * figures unchanged, and where the body would stand then.
 *
 * @module
 */
import type { BodyId } from '../generated/bodies.js';
import { ExactDecimal, plain } from '../decimal/decimal.js';
import type { Language } from '../editions/types.js';
import { ERROR_CODES, failure } from '../errors/cdto-kpi-error.js';
import { deepFreeze } from '../freeze.js';
import type { IndicatorDefinition } from '../kinds/kinds.js';
import { indicatorsForPeriod } from '../periods/indicators-for-period.js';
import { inputForPeriod } from '../reports/period-input.js';
import { type PeriodScore, type RankBy, scorePeriodReport } from '../reports/score-period.js';
import type { ScoringMethod } from '../scoring/method.js';
import { methodByName } from '../scoring/methods.js';
import type { IndicatorScore } from '../scoring/score-indicator.js';
import { findBoundary } from './boundary.js';
import { cheapestCriteria } from './cheapest-criteria.js';
import { type Lever, leversFor } from './levers.js';

/** A figure of an input: a decimal string, a milestone's state, a list of criteria, or none. */
export type LeverValue = string | boolean | readonly string[] | null;

/** Where a body would stand. */
export interface Standing {
  readonly result: string;
  readonly shareOfPlanned: string | null;
  readonly rank: number;
}

/** One indicator below its full weight, and what would earn it. */
export interface WhatIfIndicator {
  readonly indicator: string;
  /** The input field to change. */
  readonly field: string;
  /** What was reported in that field. */
  readonly reported: LeverValue;
  /**
   * What earns the full weight: the least figure (the greatest, where less is better), `true` for
   * a milestone, the criteria still to meet for a composite.
   */
  readonly needed: LeverValue;
  /** The points it would bring: U − W. */
  readonly gain: string;
  readonly kind: string;
  /** `higher` or `lower` is better; `null` for a milestone or a composite. */
  readonly better: 'higher' | 'lower' | null;
  /** The decimals searched for a figure; `null` otherwise. */
  readonly decimals: number | null;
  readonly weight: string;
  readonly awarded: string;
  /** The body's standing with this indicator at full weight, the others as reported. */
  readonly ifMet: Standing;
}

/** An indicator below its full weight that no figure of its lever brings there. */
export interface OutOfReach {
  readonly indicator: string;
  readonly reason: string;
}

/** One body's what-if. */
export interface WhatIfBody {
  readonly body: string;
  readonly now: Standing;
  /** Ordered by gain, the largest first (then by id). */
  readonly indicators: readonly WhatIfIndicator[];
  readonly outOfReach: readonly OutOfReach[];
  /** The body's standing with every reachable indicator at full weight. */
  readonly ifAllMet: Standing;
}

/** The outcome of {@link whatIf}. */
export interface WhatIf {
  readonly period: PeriodScore['period'];
  readonly reading: Language | null;
  readonly rankBy: RankBy;
  readonly bodies: readonly WhatIfBody[];
}

type Figures = Record<string, Record<string, unknown>>;
interface Report {
  period: { year: number; quarter: 1 | 2 | 3 | 4 };
  bodies: { body: string; figures: Figures }[];
}

/**
 * Works out, for every indicator below its full weight, the least figure that earns it.
 *
 * Per kind a lever (see `LEVERS`): the numerator for the reported denominator, the count, the most
 * downtime hours, the failing services at most, the security percentages or counts, the criteria
 * still missing (the cheapest set), a milestone done. A figure is found by exact search with the
 * scorer as the oracle (see `findBoundary`), so scoring `needed` gives W = U, and one unit of its
 * last decimal short does not. The body's result and rank are those of the whole report rescored.
 *
 * @param document - a period report (see `scorePeriodReport`); it must score
 * @param options - `body` (only that body), `reading`, `method`, `rankBy` as for `scorePeriodReport`
 * @returns per body: where it stands, each indicator below full weight with `field`, `reported`,
 *   `needed` and `gain` (largest gain first), those out of reach, and where all of them would take it
 * @throws {@link CdtoKpiError} whatever scoring the report throws; `UNKNOWN_BODY` for a body not in the report
 * @example
 * ```ts
 * whatIf(report, { body: 'justice' }).bodies[0].indicators[0];
 * // { indicator: 'common.3', field: 'a', reported: '22121', needed: '23596', gain: '0.6', … }
 * ```
 */
export function whatIf(
  document: unknown,
  options: { readonly body?: string; readonly reading?: Language; readonly method?: ScoringMethod; readonly rankBy?: RankBy } = {},
): WhatIf {
  const scoreOptions = { ...(options.reading === undefined ? {} : { reading: options.reading }), ...(options.method === undefined ? {} : { method: options.method }), ...(options.rankBy === undefined ? {} : { rankBy: options.rankBy }) };
  const score = scorePeriodReport(document, scoreOptions);
  const report = document as Report;
  // The method the score applied: the caller's, or the one the edition names.
  const method = options.method ?? methodByName(score.method);
  const reading = score.reading ?? undefined;
  if (options.body !== undefined && !score.bodies.some((body) => body.body === options.body)) {
    throw failure(ERROR_CODES.UNKNOWN_BODY, { body: options.body }, `a body of the report: ${score.bodies.map((body) => body.body).join(', ')}`, options.body, 'body not in the report');
  }
  const standing = (scored: PeriodScore, body: string): Standing => {
    const entry = scored.rating.find((rated) => rated.body === body)!;
    return { result: entry.result, shareOfPlanned: entry.shareOfPlanned, rank: entry.rank };
  };
  const rescored = (body: string, changes: readonly { indicator: string; field: string; value: LeverValue }[]): Standing => {
    const changed = structuredClone(report);
    const figures = changed.bodies.find((entry) => entry.body === body)!.figures;
    for (const { indicator, field, value } of changes) figures[indicator] = { ...figures[indicator], [field]: value };
    return standing(scorePeriodReport(changed, scoreOptions), body);
  };

  const bodies = score.bodies
    .filter((body) => options.body === undefined || body.body === options.body)
    .map((body): WhatIfBody => {
      const definitions = new Map(
        indicatorsForPeriod(score.period.period, body.body as BodyId, reading === undefined ? {} : { reading }).indicators.map((indicator) => [indicator.id, indicator.definition]),
      );
      const figures = report.bodies.find((entry) => entry.body === body.body)!.figures;
      const found: Omit<WhatIfIndicator, 'ifMet'>[] = [];
      const outOfReach: OutOfReach[] = [];
      for (const scored of body.directions.flatMap((direction) => direction.indicators)) {
        if (scored.weight === null || new ExactDecimal(scored.awarded).gte(scored.weight)) continue;
        const definition = definitions.get(scored.indicator)!;
        const input = inputForPeriod(definition, figures[scored.indicator], score.period, {}) as Record<string, unknown>;
        const answer = leverAnswer(definition, scored, input, method);
        if ('reason' in answer) outOfReach.push({ indicator: scored.indicator, reason: answer.reason });
        else found.push(answer);
      }
      const indicators = found
        .map((entry) => ({ ...entry, ifMet: rescored(body.body, [change(entry)]) }))
        .sort((x, y) => new ExactDecimal(y.gain).comparedTo(x.gain) || (x.indicator < y.indicator ? -1 : 1));
      const all = indicators.map(change);
      return { body: body.body, now: standing(score, body.body), indicators, outOfReach, ifAllMet: all.length === 0 ? standing(score, body.body) : rescored(body.body, all) };
    });
  return deepFreeze({ period: score.period, reading: score.reading, rankBy: score.rankBy, bodies });
}

/** The change of input an answer stands for: the criteria to add join those met. */
function change(entry: Omit<WhatIfIndicator, 'ifMet'>): { indicator: string; field: string; value: LeverValue } {
  const value = entry.field === 'met' ? [...((entry.reported as readonly string[] | null) ?? []), ...(entry.needed as readonly string[])] : entry.needed;
  return { indicator: entry.indicator, field: entry.field, value };
}

function leverAnswer(
  definition: IndicatorDefinition,
  scored: IndicatorScore,
  input: Readonly<Record<string, unknown>>,
  method: ScoringMethod,
): Omit<WhatIfIndicator, 'ifMet'> | OutOfReach {
  const base = { indicator: scored.indicator, kind: scored.kind, weight: scored.weight!, awarded: scored.awarded, gain: plain(new ExactDecimal(scored.weight!).minus(scored.awarded)) };
  if (scored.rule === 'no-target') return { indicator: scored.indicator, reason: definition.target === null ? 'no target is given for the year: no figure earns the weight' : 'the target is 0: no figure earns the weight' };
  const answers: Omit<WhatIfIndicator, 'ifMet'>[] = [];
  for (const lever of leversFor(definition.kind, input) as readonly Lever[]) {
    if (lever.type === 'done') {
      answers.push({ ...base, field: 'done', reported: (input['done'] ?? null) as LeverValue, needed: true, better: null, decimals: null });
    } else if (lever.type === 'criteria') {
      if (definition.kind !== 'composite') continue;
      const met = Array.isArray(input['met']) ? (input['met'] as string[]) : null;
      const missing = cheapestCriteria(definition, met, method);
      if (missing !== null) answers.push({ ...base, field: 'met', reported: met, needed: missing, better: null, decimals: null });
    } else {
      const boundary = findBoundary(definition, input, lever, method);
      if (boundary === null) continue;
      const reported = scored.trace.inputs[lever.field];
      answers.push({ ...base, field: lever.field, reported: reported === undefined ? null : (reported as LeverValue), needed: boundary.needed, better: lever.better, decimals: boundary.decimals });
    }
  }
  if (answers.length === 0) {
    const reason = scored.rule === 'no-data' ? 'nothing was reported: fill in the figures first' : 'no figure of its lever within its bounds earns the full weight, the other figures unchanged';
    return { indicator: scored.indicator, reason };
  }
  // Of several levers (the security KPI's two figures), the one that needs the least change.
  const change = (answer: Omit<WhatIfIndicator, 'ifMet'>): ExactDecimal =>
    typeof answer.needed === 'string' && typeof answer.reported === 'string' ? new ExactDecimal(answer.needed).minus(answer.reported).abs() : new ExactDecimal(0);
  return answers.reduce((best, answer) => (change(answer).lt(change(best)) ? answer : best));
}
