/**
 * What the kinds' measures share: a measured share (Z, A, S) rounded at the share stage, with its
 * trace step and exact fraction.
 *
 * @module
 */
import { divide, ExactDecimal, type Quotient } from '../decimal/decimal.js';
import { roundTrusted, type StageRounding } from '../decimal/rounding.js';
import type { Expression } from '../scoring/trace.js';
import type { IndicatorKind, KindModule, Measure } from './types.js';

/** 0, 1 and 100, made once. */
export const ZERO: ExactDecimal = new ExactDecimal(0);
export const ONE: ExactDecimal = new ExactDecimal(1);
export const HUNDRED: ExactDecimal = new ExactDecimal(100);

/**
 * @param value - an exact value
 * @returns the value as an exact quotient
 */
export const known = (value: ExactDecimal): Quotient => ({ value, exact: true });

/** The measure of an input with no data: no share, no count. */
export const NO_DATA: Measure = Object.freeze({ share: null, fraction: null, count: null, done: null, steps: Object.freeze([]) });

/**
 * A share measured as numerator / denominator, rounded at the share stage, with its exact fraction.
 *
 * @param numerator - the numerator (already × 100)
 * @param denominator - the denominator, not zero
 * @param name - the figure's name in the trace (Z, A, S)
 * @param expression - the expression with the values put in
 * @param rounding - the share stage's rounding
 * @returns the measure
 */
export function quotientShare(numerator: ExactDecimal, denominator: ExactDecimal, name: string, expression: Expression, rounding: StageRounding | null): Measure {
  const share = roundTrusted(divide(numerator, denominator), rounding);
  return { share, fraction: { numerator, denominator }, count: null, done: null, steps: [{ name, expression, rounded: share }] };
}

/**
 * A share known exactly (a sum of criteria, a mean of two percentages, a rule's fixed value).
 *
 * @param value - the share
 * @param name - the figure's name in the trace
 * @param expression - the expression
 * @param rounding - the share stage's rounding
 * @returns the measure
 */
export function exactShare(value: ExactDecimal, name: string, expression: Expression, rounding: StageRounding | null): Measure {
  const share = roundTrusted(known(value), rounding);
  return { share, fraction: null, count: null, done: null, steps: [{ name, expression, rounded: share }] };
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
