/**
 * The award rules: from a measure and the definition's U and N to W, by the method, in the order
 * `scoreIndicator` states them. A milestone earns U when done, 0 when not; a rounding away from
 * zero that would pass U gives U (never under the printed decreasing rule, asked for explicitly).
 *
 * @module
 */
import { divide, known, ONE, plain, ZERO } from '../decimal/decimal.js';
import { round, type RoundedValue } from '../decimal/rounding.js';
import type { AwardRule, Measure, MeasureStep, ScoringWarning } from '../kinds/contract.js';
import { scoringWarning as warning, WARNING_CODES } from '../kinds/contract.js';
import type { PreparedDefinition } from '../kinds/definition.js';
import type { ScoringMethod } from './method.js';

/** W, the rule that decided it, and its trace step. */
export interface Award {
  readonly rule: AwardRule;
  readonly step: MeasureStep;
}

const decided = (rule: AwardRule, rounded: RoundedValue, operands: Readonly<Record<string, string>>, expression: string): Award => ({
  rule,
  step: { name: 'W', operation: rule, operands, expression, rounded },
});

/** Applies the award rules, adding their warnings to the score's. */
export function award(prepared: PreparedDefinition, measure: Measure, method: ScoringMethod, warnings: ScoringWarning[]): Award {
  const { weight, target } = prepared;
  const rounding = method.rounding.awarded;
  const zero = (rule: AwardRule, expression: string, operands: Readonly<Record<string, string>> = {}): Award => decided(rule, round(known(ZERO), rounding), operands, expression);
  if (weight === null || weight.isZero()) {
    warnings.push(warning(WARNING_CODES.NOT_APPLICABLE, null));
    return weight === null ? zero('not-applicable', 'no weight for the year: 0') : zero('not-applicable', 'weight 0 for the year: 0', { U: '0' });
  }
  const U = prepared.weightText!;
  if (target === null || target.isZero()) {
    warnings.push(
      target === null
        ? warning(WARNING_CODES.WEIGHT_WITHOUT_TARGET, 'target', { U })
        : warning(WARNING_CODES.NO_TARGET, 'target'),
    );
    return zero('no-target', 'N = 0 or none: 0', target === null ? {} : { N: '0' });
  }
  const N = prepared.targetText!;
  const full = (operands: Readonly<Record<string, string>>, expression: string, rule: AwardRule = 'at-target'): Award => decided(rule, round(known(weight), rounding), operands, expression);
  let result: Award;
  const basis = prepared.module.basis;
  if (basis === 'milestone') {
    if (measure.done === null) result = zero('no-data', 'no data: 0');
    else if (measure.done) result = full({ U }, `done: U = ${U}`, 'done');
    else result = zero('not-done', 'not done: 0');
  } else if (basis === 'count') {
    const a = measure.count;
    if (a === null) result = zero('no-data', 'no data: 0');
    else if (a.gte(target)) result = full({ a: plain(a), N, U }, `${plain(a)} ≥ ${N}: U = ${U}`);
    else result = decided('proportional', round(divide(a.times(weight), target), rounding), { a: plain(a), N, U }, `${plain(a)} / ${N} × ${U}`);
  } else if (measure.share === null) {
    result = zero('no-data', 'no data: 0');
  } else {
    result = awardShare(measure, basis === 'decreasing-share', prepared, method, warnings);
  }
  if (result.rule !== 'printed-decreasing' && result.step.rounded.value.gt(weight)) {
    // Only a rounding away from zero can pass U (a weight with more decimals than the policy
    // keeps); W never exceeds U but by the printed decreasing rule, asked for explicitly.
    const { step } = result;
    result = { rule: result.rule, step: { ...step, operation: 'capped-at-weight', expression: `${step.expression} (rounded above U: capped at U = ${U})`, rounded: { ...step.rounded, value: weight, text: U } } };
  }
  if (result.rule === 'no-data' && !warnings.some((entry) => entry.code === WARNING_CODES.BLANK_CELL)) {
    warnings.push(warning(WARNING_CODES.NO_DATA, null));
  }
  return result;
}

function awardShare(measure: Measure, decreasing: boolean, prepared: PreparedDefinition, method: ScoringMethod, warnings: ScoringWarning[]): Award {
  const share = measure.share!;
  const weight = prepared.weight!;
  const target = prepared.target!;
  const rounding = method.rounding.awarded;
  const [Z, N, U] = [share.text, prepared.targetText!, prepared.weightText!];
  // The measured figure by its name in the method: Z, A for a complement, S for security.
  const name = measure.steps[0]?.name ?? 'Z';
  // A share kept unrounded and not finite (1/3) enters W as its exact fraction, never as digits.
  const fraction = method.rounding.share === null && !share.exact && measure.fraction !== null;
  const { numerator, denominator } = fraction ? measure.fraction! : { numerator: share.value, denominator: ONE };
  // N as a fraction over the share's denominator (N itself for a rounded share).
  const scaledTarget = fraction ? target.times(denominator) : target;
  const atTarget = decreasing ? numerator.lte(scaledTarget) : numerator.gte(scaledTarget);
  if (atTarget) return decided('at-target', round(known(weight), rounding), { [name]: Z, N, U }, `${Z} ${decreasing ? '≤' : '≥'} ${N}: U = ${U}`);
  if (decreasing && method.decreasingAboveTarget === 'inverse-proportional') {
    return decided('inverse-proportional', round(divide(scaledTarget.times(weight), numerator), rounding), { N, [name]: Z, U }, `${N} / ${Z} × ${U}`);
  }
  const awarded = round(divide(numerator.times(weight), scaledTarget), rounding);
  if (decreasing && awarded.value.gt(weight)) {
    warnings.push(warning(WARNING_CODES.AWARDED_ABOVE_WEIGHT, null, { W: plain(awarded.value), U }));
  }
  return decided(decreasing ? 'printed-decreasing' : 'proportional', awarded, { [name]: Z, N, U }, `${Z} / ${N} × ${U}`);
}
