/**
 * Reading a body's input for one indicator: own keys only, every field problem recorded, then
 * thrown together as one error with an issue per field.
 *
 * @module
 */
import { ExactDecimal, plain } from '../decimal/decimal.js';
import { CdtoKpiError, createIssue, type ErrorCode, ERROR_CODES, type ErrorLocation, failure, isCdtoKpiError, type Issue } from '../errors/cdto-kpi-error.js';
import { type FigureReading, readExactFigure } from '../input/figure-input.js';
import { type ScoringWarning, WARNING_CODES, type WarningCode } from '../scoring/warnings.js';

/** Keys that are never read from an input, and refused: they reach prototypes, not data. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A value recorded in the trace's inputs. */
export type TraceInput = string | boolean | readonly string[] | null;

/**
 * The inputs of a trace, written: every figure in plain notation.
 *
 * @param inputs - the inputs as read
 * @returns them as the trace shows them, frozen
 */
export function writtenInputs(inputs: Readonly<Record<string, TraceInput | ExactDecimal>>): Readonly<Record<string, TraceInput>> {
  const written: Record<string, TraceInput> = {};
  for (const field of Object.keys(inputs)) {
    const value = inputs[field];
    written[field] = value instanceof ExactDecimal ? plain(value) : (value as TraceInput);
  }
  return Object.freeze(written);
}

/**
 * A warning, frozen.
 *
 * @param code - the warning's code
 * @param field - the input field concerned, or `null`
 * @param message - what happened
 * @returns the warning
 */
export function scoringWarning(code: WarningCode, field: string | null, message: string): ScoringWarning {
  return Object.freeze({ code, field, message });
}

/**
 * One indicator's input, being read. Fields are read from the input's own keys, once each; a
 * problem is recorded and reading goes on, so that {@link InputReader.done} reports every one.
 */
export class InputReader {
  /** The inputs as read, for the trace (a figure kept as a decimal, written when the trace is). */
  readonly inputs: Record<string, TraceInput | ExactDecimal> = {};
  /** The warnings of the reading and of the measure, in order. */
  readonly warnings: ScoringWarning[] = [];
  private readonly issues: Issue[] = [];

  /**
   * @param input - the input object (checked to be a plain object by {@link openInput})
   * @param where - body, direction and indicator, for issues
   */
  constructor(
    private readonly input: object,
    readonly where: ErrorLocation,
  ) {}

  /**
   * @param field - a field name
   * @returns whether the input has it as its own key
   */
  has(field: string): boolean {
    return Object.hasOwn(this.input, field);
  }

  /**
   * @param field - a field name
   * @returns the field's own value, `undefined` when absent (an inherited value is never read)
   */
  raw(field: string): unknown {
    // Only an own data property is read: a getter is never run (it could throw, or answer
    // differently the second time); openInput has recorded it as a problem.
    const descriptor = Object.getOwnPropertyDescriptor(this.input, field);
    return descriptor !== undefined && 'value' in descriptor ? (descriptor.value as unknown) : undefined;
  }

  /**
   * Reads a figure, recording it for the trace, with its warnings (irregular grouping, blank cell).
   *
   * @param field - the field name
   * @param options - `percentSign: 'accepted'` for a field that is a percentage (a `%` after the
   *   figure is then read, not refused)
   * @returns the exact value, or `null` for no data or a problem (recorded)
   */
  figure(field: string, options: FigureReading = {}): ExactDecimal | null {
    const given = this.raw(field);
    let read: ReturnType<typeof readExactFigure>;
    try {
      read = readExactFigure(given, { ...this.where, field }, options);
    } catch (error) {
      if (!isCdtoKpiError(error)) throw error;
      this.issues.push(...error.issues);
      return null;
    }
    this.inputs[field] = read.value;
    if (read.irregularGrouping) {
      this.warn(WARNING_CODES.IRREGULAR_GROUPING, field, `"${field}" has digit groups that are not of three (${JSON.stringify(given)}): read as ${plain(read.value!)}; check the source`);
    }
    if (read.absence === 'blank') this.warn(WARNING_CODES.BLANK_CELL, field, `"${field}" is an empty cell, read as no data`);
    return read.value;
  }

  /**
   * Records a warning.
   *
   * @param code - the warning's code
   * @param field - the field concerned, or `null`
   * @param message - what happened
   */
  warn(code: WarningCode, field: string | null, message: string): void {
    this.warnings.push(scoringWarning(code, field, message));
  }

  /**
   * Records a problem with a field; reading goes on.
   *
   * @param code - what went wrong
   * @param field - the field
   * @param expected - what was expected, in words
   * @param received - the value found
   * @param detail - a message more precise than the code's own
   */
  problem(code: ErrorCode, field: string, expected: string, received: unknown, detail?: string): void {
    this.issues.push(createIssue(code, { ...this.where, field }, expected, received, detail === undefined ? {} : { detail }));
  }

  /**
   * Ends the reading.
   *
   * @throws {@link CdtoKpiError} carrying every problem recorded, when there is one
   */
  done(): void {
    if (this.issues.length > 0) throw new CdtoKpiError(this.issues);
  }

  /**
   * A problem found after reading (figures that cannot all be true): thrown at once.
   *
   * @param code - what went wrong
   * @param field - the field
   * @param expected - what was expected
   * @param received - the value found
   * @param detail - a more precise message
   * @returns the error, to throw
   */
  fail(code: ErrorCode, field: string, expected: string, received: unknown, detail?: string): CdtoKpiError {
    return failure(code, { ...this.where, field }, expected, received, detail);
  }
}

/**
 * Checks that an input is a plain object whose own keys are the kind's fields, and opens it for
 * reading. A forbidden key (`__proto__`, `constructor`, `prototype`) or an unexpected field is
 * recorded, with the other problems the reading finds.
 *
 * @param input - the input as given
 * @param fields - the kind's fields
 * @param kind - the kind, for messages
 * @param where - body, direction and indicator
 * @returns the reader
 * @throws {@link CdtoKpiError} `WRONG_TYPE` when the input is not an object
 */
export function openInput(input: unknown, fields: readonly string[], kind: string, where: ErrorLocation): InputReader {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw failure(ERROR_CODES.WRONG_TYPE, where, `an object with ${fields.join(', ')}`, input);
  }
  const reader = new InputReader(input, where);
  for (const field of Object.keys(input)) {
    const descriptor = Object.getOwnPropertyDescriptor(input, field);
    if (descriptor !== undefined && !('value' in descriptor)) {
      reader.problem(ERROR_CODES.WRONG_TYPE, field, 'a plain data field, not a getter', '(a getter)');
    } else if (FORBIDDEN_KEYS.has(field)) {
      reader.problem(ERROR_CODES.FORBIDDEN_KEY, field, `only ${fields.join(', ')} for a ${kind} indicator`, (input as Record<string, unknown>)[field]);
    } else if (!fields.includes(field)) {
      reader.problem(ERROR_CODES.UNEXPECTED_FIELD, field, `only ${fields.join(', ')} for a ${kind} indicator`, (input as Record<string, unknown>)[field], 'unexpected field');
    }
  }
  return reader;
}
