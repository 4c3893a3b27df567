/**
 * What a kind is (its declaration, the levers of a what-if, what its measure may use) and what the
 * kinds' measures share: a measured share (Z, A, S) rounded at the share stage, with its trace step
 * and exact fraction.
 *
 * @module
 */
import { divide, type ExactDecimal, HUNDRED, known, ZERO } from '../decimal/decimal.js';
import { round, type StageRounding } from '../decimal/rounding.js';
import { type IndicatorKind, type Measure, type MeasureStep, type PreparedCriterion, WARNING_CODES } from './contract.js';
import type { InputReader } from './input-reader.js';

/** What a kind's measure may use beyond the input. */
export interface MeasureContext {
  /**
   * The rounding of the share stage for this indicator: the method's, keeping at least as many
   * decimals as the target has, so that a measure at or above its target is never rounded below it.
   */
  readonly shareRounding: StageRounding | null;
  /** The definition's criteria (a composite's), or `null`. */
  readonly criteria: readonly PreparedCriterion[] | null;
}

/** The input field a what-if moves to change W, and which way is better. */
export interface KindLever {
  /** The input field moved. */
  readonly field: string;
  /** `higher`: more of it raises W; `lower`: less of it raises W. */
  readonly better: 'higher' | 'lower';
  /** What the field holds: a figure, a done flag, or a list of criteria ids. */
  readonly values: 'figure' | 'done' | 'criteria';
  /** For a kind with two input forms (security): the form the lever belongs to. */
  readonly form?: string;
  /** A figure's bound: the field it cannot pass, or a fixed value; none when absent. */
  readonly bound?: { readonly field: string } | { readonly value: string };
  /** For a figure where less is better: the field it cannot go below; zero when absent. */
  readonly floor?: string;
  /** Counts of things: whole numbers whatever the target's decimals. */
  readonly whole?: boolean;
}

/** A kind of indicator, as its module declares it. */
export interface KindModule {
  readonly kind: IndicatorKind;
  /** The input fields it takes, in order (a kind with two forms lists both). */
  readonly fields: readonly string[];
  /** The formula, as the trace states it. */
  readonly formula: string;
  /**
   * What the award rules compare with N: `share`, the measured share (Z, A, S), higher is better;
   * `decreasing-share`, the same, lower is better; `count`, the reported number; `milestone`, done or not.
   */
  readonly basis: 'share' | 'decreasing-share' | 'count' | 'milestone';
  /** The fields a what-if moves, with the way that raises W. */
  readonly levers: readonly KindLever[];
  /** Reads the input (every field problem recorded, then thrown at once by `input.done()`) and measures it. */
  readonly measure: (input: InputReader, context: MeasureContext) => Measure;
}

/** The measure of an input with no data: no share, no count. */
export const NO_DATA: Measure = Object.freeze({ share: null, fraction: null, count: null, done: null, steps: Object.freeze([]) });

/** A measure's step before its rounding: the figure's name (Z, A, S), what computed it, from which figures. */
export type ShareStep = Omit<MeasureStep, 'rounded'>;

/** A share measured as numerator (already × 100) / denominator (not zero), rounded at the share stage, with its exact fraction. */
export function quotientShare(numerator: ExactDecimal, denominator: ExactDecimal, step: ShareStep, rounding: StageRounding | null): Measure {
  const share = round(divide(numerator, denominator), rounding);
  return { share, fraction: { numerator, denominator }, count: null, done: null, steps: [{ ...step, rounded: share }] };
}

/** A share known exactly (a sum of criteria, a mean of two percentages, a rule's fixed value). */
export function exactShare(value: ExactDecimal, step: ShareStep, rounding: StageRounding | null): Measure {
  const share = round(known(value), rounding);
  return { share, fraction: null, count: null, done: null, steps: [{ ...step, rounded: share }] };
}

/**
 * numerator / denominator × 100, for ratio, decreasing ratio and growth. A zero denominator makes
 * the share 0, with a warning; a numerator above the denominator is kept, with a warning.
 */
export function shareOfParts(numerator: string, denominator: string): KindModule['measure'] {
  return (input, { shareRounding }) => {
    const a = input.figure(numerator);
    const b = input.figure(denominator);
    input.done();
    if (a === null || b === null) return NO_DATA;
    if (b.isZero()) {
      input.warn(WARNING_CODES.ZERO_DENOMINATOR, denominator, { measure: 'Z', field: denominator });
      return exactShare(ZERO, { name: 'Z', operation: 'zero-denominator', operands: { [denominator]: '0' }, expression: `${denominator} = 0: 0` }, shareRounding);
    }
    if (a.gt(b)) input.warn(WARNING_CODES.SHARE_ABOVE_100, numerator, { numerator, denominator });
    const [x, y] = [input.text(numerator), input.text(denominator)];
    return quotientShare(a.times(HUNDRED), b, { name: 'Z', operation: 'share', operands: { [numerator]: x, [denominator]: y }, expression: `${x} / ${y} × 100` }, shareRounding);
  };
}

/** Declares a kind: its module, frozen (fields and levers included). */
export function defineKind(module: KindModule): KindModule {
  return Object.freeze({ ...module, fields: Object.freeze([...module.fields]), levers: Object.freeze(module.levers.map((lever) => Object.freeze({ ...lever }))) });
}
