/**
 * The award rules: from a measure and the definition's U and N to W, by the method.
 *
 * Rules, in order (those of the Q1 2024 report, made explicit):
 * 1. no weight for the year (or a weight of 0): W = 0, `not-applicable`;
 * 2. target 0 or none: W = 0, `no-target`;
 * 3. nothing reported: W = 0, `no-data`;
 * 4. at or above target (at or below, for a decreasing share): W = U, `at-target`;
 * 5. below target: W = Z / N · U (a / N · U for a count), `proportional`; a decreasing share above
 *    its target gets N / Z · U (`inverse-proportional`), or the printed Z / N · U
 *    (`printed-decreasing`) when the method asks for it;
 * 6. a milestone: U when done, 0 when not (`done`, `not-done`);
 * 7. the cap at U: a rounding away from zero that would pass U gives U (never under the printed
 *    decreasing rule, asked for explicitly).
 *
 * @module
 */
import { divide, type ExactDecimal, plain } from '../decimal/decimal.js';
import { roundTrusted, type RoundedValue } from '../decimal/rounding.js';
import type { PreparedDefinition } from '../kinds/definition.js';
import { scoringWarning } from '../kinds/input-reader.js';
import { known, ONE, ZERO } from '../kinds/measure.js';
import type { Measure } from '../kinds/types.js';
import type { ScoringMethod } from './method.js';
import type { AwardRule, Expression } from './trace.js';
import { type ScoringWarning, WARNING_CODES } from './warnings.js';

/** W, the rule that decided it, and the expression for the trace. */
export interface Award {
  readonly rule: AwardRule;
  readonly awarded: RoundedValue;
  readonly expression: Expression;
}

/**
 * Applies the award rules.
 *
 * @param prepared - the definition, prepared
 * @param measure - what the kind measured
 * @param method - the method (roundings, decreasing rule)
 * @param warnings - the score's warnings, to which the rules add theirs
 * @returns W with its rule and expression
 */
export function award(prepared: PreparedDefinition, measure: Measure, method: ScoringMethod, warnings: ScoringWarning[]): Award {
  const { weight, target } = prepared;
  const rounding = method.rounding.awarded;
  const zero = (rule: AwardRule, expression: Expression): Award => ({ rule, awarded: roundTrusted(known(ZERO), rounding), expression });
  let result: Award;
  if (weight === null || weight.isZero()) {
    warnings.push(scoringWarning(WARNING_CODES.NOT_APPLICABLE, null, 'the indicator has no weight (or a weight of 0) for the year scored'));
    return zero('not-applicable', weight === null ? 'no weight for the year: 0' : 'weight 0 for the year: 0');
  }
  if (target === null || target.isZero()) {
    warnings.push(
      target === null
        ? scoringWarning(WARNING_CODES.WEIGHT_WITHOUT_TARGET, 'target', `a weight of ${plain(weight)} is given for the year but no target, so W = 0; the weight still counts in the planned total`)
        : scoringWarning(WARNING_CODES.NO_TARGET, 'target', 'the target is 0 or none, so W = 0'),
    );
    return zero('no-target', 'N = 0 or none: 0');
  }
  const basis = prepared.module.basis;
  if (basis === 'milestone') {
    if (measure.done === null) result = zero('no-data', 'no data: 0');
    else if (measure.done) result = { rule: 'done', awarded: roundTrusted(known(weight), rounding), expression: () => `done: U = ${plain(weight)}` };
    else result = { rule: 'not-done', awarded: roundTrusted(known(ZERO), rounding), expression: 'not done: 0' };
  } else if (basis === 'count') {
    const a = measure.count;
    if (a === null) result = zero('no-data', 'no data: 0');
    else if (a.gte(target)) result = { rule: 'at-target', awarded: roundTrusted(known(weight), rounding), expression: () => `${plain(a)} ≥ ${plain(target)}: U = ${plain(weight)}` };
    else result = { rule: 'proportional', awarded: roundTrusted(divide(a.times(weight), target), rounding), expression: () => `${plain(a)} / ${plain(target)} × ${plain(weight)}` };
  } else if (measure.share === null) {
    result = zero('no-data', 'no data: 0');
  } else {
    result = awardShare(measure, basis === 'decreasing-share', weight, target, method, warnings);
  }
  if (result.rule !== 'printed-decreasing' && result.awarded.value.gt(weight)) {
    // Only a rounding away from zero can pass U (a weight with more decimals than the policy
    // keeps); W never exceeds U but by the printed decreasing rule, asked for explicitly.
    const uncapped = result.expression;
    result = { ...result, awarded: { ...result.awarded, value: weight }, expression: () => `${written(uncapped)} (rounded above U: capped at U = ${plain(weight)})` };
  }
  if (result.rule === 'no-data' && !warnings.some((w) => w.code === WARNING_CODES.BLANK_CELL)) {
    warnings.push(scoringWarning(WARNING_CODES.NO_DATA, null, 'nothing was reported, so W = 0'));
  }
  return result;
}

function awardShare(measure: Measure, decreasing: boolean, weight: ExactDecimal, target: ExactDecimal, method: ScoringMethod, warnings: ScoringWarning[]): Award {
  const share = measure.share!;
  const z = share.value;
  const rounding = method.rounding.awarded;
  // A share kept unrounded and not finite (1/3) enters W as its exact fraction, never as digits.
  const unrounded = method.rounding.share === null && !share.exact && measure.fraction !== null;
  const { numerator, denominator } = unrounded ? measure.fraction! : { numerator: z, denominator: ONE };
  const atTarget = decreasing ? numerator.lte(target.times(denominator)) : numerator.gte(target.times(denominator));
  if (atTarget) {
    return { rule: 'at-target', awarded: roundTrusted(known(weight), rounding), expression: () => `${plain(z)} ${decreasing ? '≤' : '≥'} ${plain(target)}: U = ${plain(weight)}` };
  }
  if (decreasing && method.decreasingAboveTarget === 'inverse-proportional') {
    return {
      rule: 'inverse-proportional',
      awarded: roundTrusted(divide(target.times(weight).times(denominator), numerator), rounding),
      expression: () => `${plain(target)} / ${plain(z)} × ${plain(weight)}`,
    };
  }
  const awarded = roundTrusted(divide(numerator.times(weight), target.times(denominator)), rounding);
  if (decreasing && awarded.value.gt(weight)) {
    warnings.push(scoringWarning(WARNING_CODES.AWARDED_ABOVE_WEIGHT, null, `the printed decreasing rule awards ${plain(awarded.value)}, more than U = ${plain(weight)}`));
  }
  return { rule: decreasing ? 'printed-decreasing' : 'proportional', awarded, expression: () => `${plain(z)} / ${plain(target)} × ${plain(weight)}` };
}

/** An expression's text. */
const written = (expression: Expression): string => (typeof expression === 'string' ? expression : expression());
