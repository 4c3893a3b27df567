/**
 * Reading a body's input for one indicator: its fields checked against the kind's, every field
 * problem recorded, then thrown together as one error with an issue per field. The input is plain
 * data already (read through the boundary), so its fields are read as they are.
 *
 * @module
 */
import { type ExactDecimal, plain } from '../decimal/decimal.js';
import { CdtoKpiError, createIssue, type ErrorCode, ERROR_CODES, type ErrorLocation, failure, type Issue, keepIssues, say, type Words } from '../errors/cdto-kpi-error.js';
import { readFigureValue } from '../input/figure.js';
import { thousandsReading } from '../input/printed-figure.js';
import { type ScoringWarning, scoringWarning, WARNING_CODES, type WarningCode } from './contract.js';

/** A figure in the library's plain notation: no sign, no leading zero but a lone one, no trailing zero after a point. */
const CANONICAL = /^(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/u;

/** A value recorded in the trace's inputs: a figure in plain notation, `null` for no data, a flag or a list of ids. */
export type TraceInput = string | boolean | readonly string[] | null;

/**
 * One indicator's input, being read: each field once, each problem recorded so that
 * {@link InputReader.done} reports every one. The kinds' measures read their input through it.
 */
export class InputReader {
  /** The inputs as read, for the trace. */
  readonly inputs: Record<string, TraceInput> = {};
  /** The warnings of the reading and of the measure, in order. */
  readonly warnings: ScoringWarning[] = [];
  readonly #issues: Issue[] = [];
  readonly #input: Readonly<Record<string, unknown>>;
  readonly #where: ErrorLocation;

  /**
   * Opens an input for reading: an object (else `WRONG_TYPE`, thrown) whose keys are the kind's
   * fields (a field it does not take is recorded with the other problems the reading finds).
   */
  constructor(input: unknown, fields: readonly string[], kind: string, where: ErrorLocation) {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      throw failure(ERROR_CODES.WRONG_TYPE, where, say('an object with {fields}', { fields }), input);
    }
    this.#input = input as Readonly<Record<string, unknown>>;
    this.#where = where;
    for (const field of Object.keys(input)) {
      if (!fields.includes(field)) this.problem(ERROR_CODES.UNEXPECTED_FIELD, field, say('only {fields} for a {kind} indicator', { fields, kind }), this.#input[field], 'unexpected field');
    }
  }

  /** A figure read already, in plain notation (as the trace's inputs show it). */
  text(field: string): string {
    const text = this.inputs[field];
    return typeof text === 'string' ? text : '';
  }

  /** Whether the input has the field. */
  has(field: string): boolean {
    return Object.hasOwn(this.#input, field);
  }

  /** The field's value as given (`undefined` when absent). */
  raw(field: string): unknown {
    return Object.hasOwn(this.#input, field) ? this.#input[field] : undefined;
  }

  /** A figure, read and checked; `null` for no data or a problem (recorded). */
  figure(field: string, options: { readonly percentSign?: 'accepted' | 'refused' } = {}): ExactDecimal | null {
    const given = this.raw(field);
    const read = keepIssues(this.#issues, () => readFigureValue(given, { ...this.#where, field }, options.percentSign));
    if (read === undefined) return null;
    // A figure written plainly already (`17532`, `43.1`) is its own plain notation.
    this.inputs[field] = read.value === null ? null : typeof given === 'string' && CANONICAL.test(given) ? given : plain(read.value);
    if (read.irregularGrouping) {
      this.warn(WARNING_CODES.IRREGULAR_GROUPING, field, { field, given: JSON.stringify(given), value: plain(read.value!) });
    }
    if (read.value !== null && typeof given === 'string' && given.includes(',')) {
      const thousands = thousandsReading(given);
      if (thousands !== null) this.warn(WARNING_CODES.AMBIGUOUS_COMMA, field, { field, given: JSON.stringify(given), value: plain(read.value), thousands });
    }
    if (read.absence === 'blank') this.warn(WARNING_CODES.BLANK_CELL, field, { field });
    return read.value;
  }

  /** Records a warning, with the values of its message (see the catalogues' `warnings`). */
  warn(code: WarningCode, field: string | null, params: Readonly<Record<string, string>> = {}): void {
    this.warnings.push(scoringWarning(code, field, params));
  }

  /** Records a value for the trace's inputs (a figure is recorded when read). */
  record(field: string, value: boolean | readonly string[] | null): void {
    this.inputs[field] = value;
  }

  /** Records a problem with a field; reading goes on. */
  problem(code: ErrorCode, field: string, expected: Words, received: unknown, detail?: Words): void {
    this.#issues.push(createIssue(code, { ...this.#where, field }, expected, received, detail === undefined ? {} : { detail }));
  }

  /** Ends the reading: throws every problem recorded at once. */
  done(): void {
    if (this.#issues.length > 0) throw new CdtoKpiError(this.#issues);
  }

  /** A problem found after reading, to throw at once. */
  fail(code: ErrorCode, field: string, expected: Words, received: unknown, detail?: Words): CdtoKpiError {
    return failure(code, { ...this.#where, field }, expected, received, detail);
  }
}
