/**
 * The trace of a score: enough to redo it by hand. Plain JSON, strings for every figure.
 *
 * @module
 */
import { plain } from '../decimal/decimal.js';
import type { RoundedValue, StageRounding } from '../decimal/rounding.js';
import { deepFreeze } from '../freeze.js';

/**
 * The rule that decided W:
 * - `at-target`: the figure met the target, W = U;
 * - `proportional`: below target, W = Z / N · U (a / N · U for a count);
 * - `inverse-proportional`: a decreasing indicator above its target, W = N / Z · U;
 * - `printed-decreasing`: the printed decreasing rule above target, W = Z / N · U (asked for explicitly);
 * - `done` / `not-done`: a milestone;
 * - `no-data`: nothing was reported, W = 0;
 * - `no-target`: the target is 0 or none, W = 0;
 * - `not-applicable`: the indicator has no weight for the year scored, W = 0.
 */
export const AWARD_RULES = deepFreeze([
  'at-target',
  'proportional',
  'inverse-proportional',
  'printed-decreasing',
  'done',
  'not-done',
  'no-data',
  'no-target',
  'not-applicable',
] as const);

/** One of {@link AWARD_RULES}. */
export type AwardRule = (typeof AWARD_RULES)[number];

/** One computed figure: how it was computed, its unrounded value and its rounding. */
export interface TraceStep {
  /** The figure's name in the method: `Z`, `W`, `A`, `S`, `Ia`, `Ib`, `R`… */
  readonly name: string;
  /** The expression with the values put in, e.g. `156710 / 363249 × 100`. */
  readonly expression: string;
  /** The value before rounding; an inexact quotient is cut at 30 significant digits and ends in `…`. */
  readonly unrounded: string;
  /** The rounding applied, or `null` when the value was kept. */
  readonly rounding: StageRounding | null;
  /** The value after rounding. */
  readonly value: string;
}

/**
 * An expression for the trace: the text, or a function that writes it. Scoring writes no text
 * until a trace is read: the function is called then, once.
 */
export type Expression = string | (() => string);

/** A trace step not written yet: its name, its expression and its value with its rounding. */
export interface PendingStep {
  readonly name: string;
  readonly expression: Expression;
  readonly rounded: RoundedValue;
}

/**
 * Writes a pending step (see {@link PendingStep}).
 *
 * @param step - the step
 * @returns the step, frozen
 */
export function settleStep(step: PendingStep): TraceStep {
  return traceStep(step.name, typeof step.expression === 'string' ? step.expression : step.expression(), step.rounded);
}

/**
 * Builds a trace step from a rounded value.
 *
 * @param name - the figure's name
 * @param expression - the expression with the values put in
 * @param rounded - the value with its rounding
 * @returns the step, frozen
 */
export function traceStep(name: string, expression: string, rounded: RoundedValue): TraceStep {
  const unrounded = rounded.exact
    ? plain(rounded.unrounded)
    : `${plain(rounded.unrounded.toSignificantDigits(30, 'toward-zero'))}…`;
  return Object.freeze({ name, expression, unrounded, rounding: rounded.rounding, value: plain(rounded.value) });
}
