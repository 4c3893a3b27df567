/**
 * Warnings: a documented scoring rule was applied to unusual input. A warning never changes a
 * figure by itself; it says which rule did.
 *
 * @module
 */
import { deepFreeze } from '../freeze.js';

/** Every warning code, as named constants. */
export const WARNING_CODES = deepFreeze({
  /** No figure was reported (`null`, a dash): W = 0 by the method's rule. */
  NO_DATA: 'NO_DATA',
  /** An empty string was read as "no data", like an empty cell in a report. */
  BLANK_CELL: 'BLANK_CELL',
  /** The denominator is zero: Z = 0 by the method's rule. */
  ZERO_DENOMINATOR: 'ZERO_DENOMINATOR',
  /** The numerator exceeds the denominator: the share is above 100 % and kept as it is. */
  SHARE_ABOVE_100: 'SHARE_ABOVE_100',
  /** The target is zero: W = 0 by the method's rule. */
  NO_TARGET: 'NO_TARGET',
  /**
   * A weight is given for the year but no target (the decree prints "–"): W = 0 by the method's
   * rule ("no target: W = 0"), and the weight still counts in the planned total, so the body
   * cannot reach its planned total (see docs/scoring.md).
   */
  WEIGHT_WITHOUT_TARGET: 'WEIGHT_WITHOUT_TARGET',
  /**
   * Figures were given for an indicator that does not apply in the period (no weight for the
   * year by the text applied): they are neither read nor scored.
   */
  NOT_APPLICABLE_REPORTED: 'NOT_APPLICABLE_REPORTED',
  /** The printed decreasing rule, asked for explicitly, awarded more than the weight. */
  AWARDED_ABOVE_WEIGHT: 'AWARDED_ABOVE_WEIGHT',
  /** The indicator has no weight, or a weight of 0, for the year scored (it does not apply): W = 0. */
  NOT_APPLICABLE: 'NOT_APPLICABLE',
  /** A figure's digit groups are not of three (`"815 5647"`): read as one number; check the source. */
  IRREGULAR_GROUPING: 'IRREGULAR_GROUPING',
} as const);

/** One of {@link WARNING_CODES}. */
export type WarningCode = (typeof WARNING_CODES)[keyof typeof WARNING_CODES];

/** A warning attached to a scored indicator. */
export interface ScoringWarning {
  readonly code: WarningCode;
  /** The input field concerned, if one is. */
  readonly field: string | null;
  readonly message: string;
}
