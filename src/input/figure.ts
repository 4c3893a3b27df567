/**
 * The one reader of figures: what the scorer accepts as a figure (a printed form, a plain decimal
 * string, a JS number that is a safe integer, `null`), checked against the limits and read into an
 * exact value.
 *
 * @module
 */
import { Exact, type ExactDecimal, plain, ZERO } from '../decimal/decimal.js';
import { ERROR_CODES, type ErrorLocation, failure, say } from '../errors/cdto-kpi-error.js';
import { readLocation, readOptions } from './boundary.js';
import { type AbsenceMark, MAX_SIGNIFICANT_DIGITS, parsePrinted } from './printed-figure.js';

/**
 * A figure given to the scorer:
 * - a string: a plain decimal (`"43.1"`) or a figure as printed (`"3 714 388,81"`, `"4,05 млрд"`);
 *   a dash or an empty string means "no data";
 * - a `number`, only when it is a safe integer (`156710`): a fractional number such as `0.1` is
 *   not the decimal it looks like (it is 0.1000000000000000055…), so it is refused, never rounded;
 * - `null`: no data.
 */
export type FigureInput = string | number | null;

/**
 * How a figure is read. `percentSign`: `'refused'` (default) for a field that is not a percentage
 * (`"50 %"` is then an error, never 50 with its sign dropped); `'accepted'` for a field that is a
 * percentage (security's Ia and Ib), where `"50 %"` is 50 and the result says `percent: true`.
 */
export interface FigureReading {
  readonly percentSign?: 'accepted' | 'refused';
}

/** A figure read. The value is an exact decimal inside the library and a plain decimal string outside it. */
export type FigureRead<V> =
  | {
      readonly value: V;
      readonly absence: null;
      /** The digit groups were not of three (`"815 5647"`): read as one number, worth a look at the source. */
      readonly irregularGrouping: boolean;
      /** A `%` sign followed the number (only where the reading accepts it). */
      readonly percent: boolean;
    }
  | { readonly value: null; readonly absence: AbsenceMark | 'null'; readonly irregularGrouping: false; readonly percent: false };

/** A figure read by {@link readFigure}: its exact value as a plain decimal string, or why there is none. */
export type ReadFigure = FigureRead<string>;

/** A plain figure within every limit: at most 24 digits before an optional point and 20 after it. */
const PLAIN_FIGURE = /^\d{1,24}(?:\.\d{1,20})?$/u;

const NO_DATA = { value: null, absence: 'null', irregularGrouping: false, percent: false } as const;

/**
 * The error of a number that is not a safe integer, in words a person filling in a report
 * understands: why a number with decimals is refused, and how to write it instead.
 */
function inexact(input: number, location: ErrorLocation) {
  const written = JSON.stringify(String(input));
  if (!Number.isFinite(input)) return failure(ERROR_CODES.INEXACT_NUMBER, location, 'a figure written as a string, such as "43.1", or a whole number', input, say('{value} is not a figure', { value: String(input) }));
  if (Number.isInteger(input)) {
    return failure(
      ERROR_CODES.INEXACT_NUMBER,
      location,
      say('the figure as a string, {written}', { written }),
      input,
      'a whole number beyond 9007199254740991 (2^53 − 1) is not held exactly by JavaScript: write it as a string, in quotes',
    );
  }
  return failure(
    ERROR_CODES.INEXACT_NUMBER,
    location,
    say('the figure as a string, in quotes: {written} (or "{printed}" as printed)', { written, printed: String(input).replace('.', ',') }),
    input,
    'a number with decimals is held by JavaScript as a binary fraction, not always the decimal written (0.1 is 0.1000000000000000055…): write it as a string, in quotes',
  );
}

/** {@link readFigure} for a location the library wrote itself, the value kept exact: the one reader of every figure. */
export function readFigureValue(input: unknown, location: ErrorLocation, percentSign: 'accepted' | 'refused' = 'refused'): FigureRead<ExactDecimal> {
  if (input === null) return NO_DATA;
  if (input === undefined) throw failure(ERROR_CODES.MISSING_FIELD, location, 'a figure, or null for "no data"', input, 'missing figure');
  let value: ExactDecimal;
  let irregularGrouping = false;
  let percent = false;
  if (typeof input === 'number') {
    if (!Number.isSafeInteger(input)) throw inexact(input, location);
    value = new Exact(input);
  } else if (typeof input === 'string') {
    // A plain figure within the limits needs neither the parser nor the limit checks.
    if (input.length <= MAX_SIGNIFICANT_DIGITS + 1 && PLAIN_FIGURE.test(input) && (input.length <= MAX_SIGNIFICANT_DIGITS || input.replace('.', '').replace(/^0+/u, '').length <= MAX_SIGNIFICANT_DIGITS)) {
      const value = new Exact(input);
      return { value: value.isZero() ? ZERO : value, absence: null, irregularGrouping: false, percent: false };
    }
    const read = parsePrinted(input, location);
    if (read.value === null) return { value: null, absence: read.absence ?? 'blank', irregularGrouping: false, percent: false };
    if (read.percent && percentSign === 'refused') {
      throw failure(ERROR_CODES.INVALID_VALUE, location, 'a figure without a % sign: this field is not a percentage', input, 'a % sign on a figure that is not a percentage');
    }
    value = new Exact(read.value);
    irregularGrouping = read.irregularGrouping;
    percent = read.percent;
  } else {
    throw failure(ERROR_CODES.WRONG_TYPE, location, 'a string, a safe integer or null', input);
  }
  if (value.isNegative() && !value.isZero()) throw failure(ERROR_CODES.NEGATIVE_FIGURE, location, 'a figure of zero or more', input, 'negative figure');
  // No range check here: `parsePrinted` refuses a figure beyond the limits from its digits, and a safe integer is within them.
  return { value: value.isZero() ? ZERO : value, absence: null, irregularGrouping, percent };
}

/**
 * Reads one figure of a body's report, with the checks every figure gets, and gives its exact
 * value as a plain decimal string.
 *
 * @param input - the figure (see {@link FigureInput})
 * @param location - body, indicator and field, for error messages
 * @param reading - `percentSign: 'accepted'` for a field that is a percentage
 * @returns the exact value as a string, or `null` with the way the absence was written; frozen
 * @throws {@link CdtoKpiError} `MISSING_FIELD` for `undefined`; `INEXACT_NUMBER` for a number that
 *   is not a safe integer; `FIGURE_UNREADABLE` for text that is not a figure; `LIMIT_EXCEEDED` for
 *   text longer than `MAX_PRINTED_FIGURE_LENGTH`; `INVALID_VALUE` for a `%` sign where the reading
 *   refuses it; `NEGATIVE_FIGURE` below zero; `FIGURE_OUT_OF_RANGE` beyond 30 significant digits,
 *   20 decimals or 10^24 (never cut); `WRONG_TYPE` for any other type
 * @example
 * ```ts
 * readFigure('156 710', { field: 'a' }).value;                                  // '156710'
 * readFigure(0.1, { field: 'a' });                                              // throws INEXACT_NUMBER
 * readFigure('50 %', { field: 'ia' }, { percentSign: 'accepted' }).percent;    // true
 * ```
 */
export function readFigure(input: unknown, location: ErrorLocation = {}, reading: FigureReading = {}): ReadFigure {
  const where = readLocation(location);
  const { percentSign } = readOptions(reading, ['percentSign'], where);
  if (percentSign !== undefined && percentSign !== 'accepted' && percentSign !== 'refused') {
    throw failure(ERROR_CODES.INVALID_VALUE, where, "percentSign 'accepted' or 'refused'", percentSign);
  }
  const read = readFigureValue(input, where, percentSign);
  return Object.freeze(read.value === null ? { ...read } : { ...read, value: plain(read.value) });
}
