/**
 * Errors of cdto-kpi: one class, a closed set of codes, and a location that says where the bad
 * value is (body, indicator, field), so that a caller can point a person at the cell to fix.
 *
 * @module
 */
import { deepFreeze } from './freeze.js';

/** Every error code the library throws, as named constants (compare against these, not strings). */
export const ERROR_CODES = deepFreeze({
  /** A printed figure could not be read (not a number, not a dash, not an empty cell). */
  FIGURE_UNREADABLE: 'FIGURE_UNREADABLE',
  /** A JS number that is not a safe integer: its decimal value is not exact. */
  INEXACT_NUMBER: 'INEXACT_NUMBER',
  /** A figure outside the range the exact arithmetic is sized for. */
  FIGURE_OUT_OF_RANGE: 'FIGURE_OUT_OF_RANGE',
  /** A figure below zero where only counts and shares make sense. */
  NEGATIVE_FIGURE: 'NEGATIVE_FIGURE',
  /** A required field is absent (`undefined`); `null` is the way to say "no data". */
  MISSING_FIELD: 'MISSING_FIELD',
  /** A field that the indicator's kind does not take. */
  UNEXPECTED_FIELD: 'UNEXPECTED_FIELD',
  /** A value of the wrong type or shape. */
  INVALID_VALUE: 'INVALID_VALUE',
  /** An indicator id that the edition does not define. */
  UNKNOWN_INDICATOR: 'UNKNOWN_INDICATOR',
  /** A body id that the edition does not define. */
  UNKNOWN_BODY: 'UNKNOWN_BODY',
  /** A criterion id that a composite indicator does not define. */
  UNKNOWN_CRITERION: 'UNKNOWN_CRITERION',
  /** The same indicator reported twice for one body. */
  DUPLICATE_INDICATOR: 'DUPLICATE_INDICATOR',
  /** A reporting period that no edition covers, or a year the edition has no values for. */
  PERIOD_NOT_COVERED: 'PERIOD_NOT_COVERED',
  /** A rounding policy or method option that is not well formed. */
  INVALID_POLICY: 'INVALID_POLICY',
} as const);

/** One of {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/** Where a bad value sits. Every part is optional; the more is known, the more is said. */
export interface ErrorLocation {
  readonly body?: string;
  readonly direction?: string;
  readonly indicator?: string;
  readonly field?: string;
}

/**
 * The single error class of the library.
 *
 * @example
 * ```ts
 * try { scoreIndicator(definition, { a: '-5', b: '10' }); }
 * catch (error) {
 *   if (error instanceof CdtoKpiError && error.code === ERROR_CODES.NEGATIVE_FIGURE) {
 *     console.log(error.location.field); // 'a'
 *   }
 * }
 * ```
 */
export class CdtoKpiError extends Error {
  /** What went wrong, one of {@link ERROR_CODES}. */
  readonly code: ErrorCode;
  /** Where it went wrong. */
  readonly location: ErrorLocation;
  /** What was expected there, in words. */
  readonly expected: string;
  /** What was received, as JSON text (so that `undefined`, `NaN` and strings stay distinguishable). */
  readonly received: string;

  constructor(code: ErrorCode, location: ErrorLocation, expected: string, received: unknown, detail?: string) {
    const where = describeLocation(location);
    const got = showReceived(received);
    super(`${where}: ${detail ?? code}; expected ${expected}, got ${got}`);
    this.name = 'CdtoKpiError';
    this.code = code;
    this.location = Object.freeze({ ...location });
    this.expected = expected;
    this.received = got;
  }
}

/**
 * Writes a location as `body "x", indicator "y", field "z"`, or `input` when nothing is known.
 *
 * @param location - the parts of the location that are known
 * @returns a short English description
 */
export function describeLocation(location: ErrorLocation): string {
  const parts: string[] = [];
  if (location.body !== undefined) parts.push(`body "${location.body}"`);
  if (location.direction !== undefined) parts.push(`direction "${location.direction}"`);
  if (location.indicator !== undefined) parts.push(`indicator "${location.indicator}"`);
  if (location.field !== undefined) parts.push(`field "${location.field}"`);
  return parts.length === 0 ? 'input' : parts.join(', ');
}

function showReceived(value: unknown): string {
  if (value === undefined) return 'nothing (undefined)';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
