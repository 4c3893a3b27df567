/**
 * What the kinds' measures share: a measured share (Z, A, S) rounded at the share stage, with its
 * trace step and exact fraction.
 *
 * @module
 */
import { divide, type ExactDecimal, known } from '../decimal/decimal.js';
import { round, type StageRounding } from '../decimal/rounding.js';
import type { IndicatorKind, KindModule, Measure, StepOperation } from './contract.js';

/** The measure of an input with no data: no share, no count. */
export const NO_DATA: Measure = Object.freeze({ share: null, fraction: null, count: null, done: null, steps: Object.freeze([]) });

/** How a measured share is named and computed, for its trace step. */
export interface ShareStep {
  /** The figure's name in the method: Z, A or S. */
  readonly name: string;
  readonly operation: StepOperation;
  /** The figures it is computed from, by name, in the order of the expression. */
  readonly operands: Readonly<Record<string, string>>;
  /** The expression with the values put in. */
  readonly expression: string;
}

/**
 * A share measured as numerator / denominator, rounded at the share stage, with its exact fraction.
 *
 * @param numerator - the numerator (already × 100)
 * @param denominator - the denominator, not zero
 * @param step - the step's name, operation, operands and expression
 * @param rounding - the share stage's rounding
 * @returns the measure
 */
export function quotientShare(numerator: ExactDecimal, denominator: ExactDecimal, step: ShareStep, rounding: StageRounding | null): Measure {
  const share = round(divide(numerator, denominator), rounding);
  return { share, fraction: { numerator, denominator }, count: null, done: null, steps: [{ ...step, rounded: share }] };
}

/**
 * A share known exactly (a sum of criteria, a mean of two percentages, a rule's fixed value).
 *
 * @param value - the share
 * @param step - the step's name, operation, operands and expression
 * @param rounding - the share stage's rounding
 * @returns the measure
 */
export function exactShare(value: ExactDecimal, step: ShareStep, rounding: StageRounding | null): Measure {
  const share = round(known(value), rounding);
  return { share, fraction: null, count: null, done: null, steps: [{ ...step, rounded: share }] };
}

/**
 * Declares a kind: its module, frozen (levers included).
 *
 * @param module - the kind's declaration
 * @returns the same, frozen
 */
export function defineKind<K extends IndicatorKind>(module: KindModule<K>): KindModule<K> {
  return Object.freeze({ ...module, fields: Object.freeze([...module.fields]), levers: Object.freeze(module.levers.map((lever) => Object.freeze({ ...lever }))) });
}
