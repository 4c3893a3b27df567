/**
 * Writing the steps of a trace: enough to redo a score by hand, in plain, frozen data.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { type ExactDecimal, plain } from '../decimal/decimal.js';
import type { RoundedValue } from '../decimal/rounding.js';
import type { StepOperation, TraceStep } from '../kinds/contract.js';

/** The significant digits an inexact unrounded value shows in a trace, before its `…`. */
const SHOWN_DIGITS = 30;

/** A trace step from a rounded value: its unrounded value written in full when exact, cut with `…` when not. */
export function traceStep(name: string, operation: StepOperation, operands: Readonly<Record<string, string>>, expression: string, rounded: RoundedValue): TraceStep {
  const unrounded = rounded.exact ? (rounded.unrounded === rounded.value ? rounded.text : plain(rounded.unrounded)) : `${shown(rounded.unrounded)}…`;
  return Object.freeze({ name, expression, unrounded, rounding: rounded.rounding, value: rounded.text, operation, operands: Object.freeze({ ...operands }) });
}

/**
 * The first significant digits of an inexact value, cut, in plain notation (no trailing zeros), its
 * whole part always in full: `toPrecision` would write a value of more integer digits than it shows
 * with an exponent.
 */
function shown(value: ExactDecimal): string {
  return plain(value.toSignificantDigits(Math.max(SHOWN_DIGITS, value.e + 1), Decimal.ROUND_DOWN));
}
