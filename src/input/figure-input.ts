/**
 * What the scorer accepts as a figure, and how a JS `number` is treated.
 *
 * @module
 */
import { ERROR_CODES, type ErrorLocation, failure } from '../errors/cdto-kpi-error.js';
import { ExactDecimal, MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS, MAX_SIGNIFICANT_DIGITS, plain, powerOfTen } from '../decimal/decimal.js';
import { plainUnits } from '../decimal/exact-decimal.js';
import { type AbsenceMark, parsePrintedFigure } from './printed-figure.js';


/** 10^24: every figure is below it (see `MAX_INTEGER_DIGITS`); made once, not on every figure. */
const LARGEST_MAGNITUDE = powerOfTen(MAX_INTEGER_DIGITS);

/**
 * A figure given to the scorer:
 * - a string: a plain decimal (`"43.1"`) or a figure as printed (`"3 714 388,81"`, `"4,05 млрд"`);
 *   a dash or an empty string means "no data";
 * - a `number`, only when it is a safe integer (`156710`): a fractional number such as `0.1` is
 *   not the decimal it looks like (it is 0.1000000000000000055…), so it is refused, never rounded;
 * - `null`: no data.
 */
export type FigureInput = string | number | null;

/** A figure read into an exact decimal, for the library's own arithmetic. */
export type ExactFigure =
  | {
      readonly value: ExactDecimal;
      readonly absence: null;
      /** The digit groups were not of three (`"815 5647"`): read as one number, worth a look at the source. */
      readonly irregularGrouping: boolean;
      /** A `%` sign followed the number (only possible when the reading allowed it: see {@link FigureReading}). */
      readonly percent: boolean;
    }
  | { readonly value: null; readonly absence: AbsenceMark | 'null'; readonly irregularGrouping: false; readonly percent: false };

/**
 * How a figure is read.
 * - `percentSign`: `'refused'` (default) for a field that is not a percentage (a count, a number of
 *   systems, hours, a weight): `"50 %"` is an error, never read as 50 with its sign dropped;
 *   `'accepted'` for a field that is a percentage (security's Ia and Ib), where `"50 %"` is 50 and
 *   the result says `percent: true`.
 */
export interface FigureReading {
  readonly percentSign?: 'accepted' | 'refused';
}

/**
 * Reads one figure of a body's report, with the checks every figure gets.
 *
 * @param input - the figure (see {@link FigureInput})
 * @param location - body, indicator and field, for error messages
 * @param reading - whether a `%` sign is accepted (see {@link FigureReading}); refused by default
 * @returns the exact value, or `null` with the way the absence was written
 * @throws {@link CdtoKpiError} `MISSING_FIELD` for `undefined`; `INEXACT_NUMBER` for a number that
 *   is not a safe integer; `FIGURE_UNREADABLE` for text that is not a figure; `LIMIT_EXCEEDED` for
 *   text longer than `MAX_PRINTED_FIGURE_LENGTH`; `INVALID_VALUE` for a `%` sign where the reading
 *   refuses it; `NEGATIVE_FIGURE` below zero; `FIGURE_OUT_OF_RANGE` beyond 30 significant digits,
 *   20 decimals or 10^24 (never cut); `WRONG_TYPE` for any other type
 * @example
 * ```ts
 * readFigure('156 710', { field: 'a' }).value?.toFixed();                    // '156710'
 * readFigure(0.1, { field: 'a' });                                           // throws INEXACT_NUMBER
 * readFigure('50 %', { field: 'a' });                                        // throws INVALID_VALUE
 * readFigure('50 %', { field: 'ia' }, { percentSign: 'accepted' }).percent;  // true
 * ```
 */
export function readExactFigure(input: unknown, location: ErrorLocation, reading: FigureReading = {}): ExactFigure {
  const percentSign = readPercentSign(reading, location);
  if (input === undefined) {
    throw failure(ERROR_CODES.MISSING_FIELD, location, 'a figure, or null for "no data"', input, 'missing figure');
  }
  if (input === null) return { value: null, absence: 'null', irregularGrouping: false, percent: false };
  let value: ExactDecimal;
  let irregularGrouping = false;
  let percent = false;
  if (typeof input === 'number') {
    if (!Number.isSafeInteger(input)) {
      throw failure(
        ERROR_CODES.INEXACT_NUMBER,
        location,
        'a safe integer, or the decimal as a string (e.g. "0.1")',
        input,
        'a JS number that is not a safe integer is not an exact decimal',
      );
    }
    value = new ExactDecimal(input);
  } else if (typeof input === 'string') {
    const written = plainFigure(input);
    if (written !== null) return { value: written, absence: null, irregularGrouping: false, percent: false };
    const read = parsePrintedFigure(input, location);
    if (read.value === null) return { value: null, absence: read.absence ?? 'blank', irregularGrouping: false, percent: false };
    if (read.percent && percentSign === 'refused') {
      throw failure(
        ERROR_CODES.INVALID_VALUE,
        location,
        'a figure without a % sign: this field is not a percentage',
        input,
        'a % sign on a figure that is not a percentage',
      );
    }
    value = new ExactDecimal(read.value);
    irregularGrouping = read.irregularGrouping;
    percent = read.percent;
  } else {
    throw failure(ERROR_CODES.WRONG_TYPE, location, 'a string, a safe integer or null', input);
  }
  if (value.isNegative() && !value.isZero()) {
    throw failure(ERROR_CODES.NEGATIVE_FIGURE, location, 'a figure of zero or more', input, 'negative figure');
  }
  if (value.sd() > MAX_SIGNIFICANT_DIGITS || value.decimalPlaces() > MAX_FRACTION_DIGITS || value.abs().gte(LARGEST_MAGNITUDE)) {
    throw failure(
      ERROR_CODES.FIGURE_OUT_OF_RANGE,
      location,
      `at most ${MAX_SIGNIFICANT_DIGITS} significant digits, ${MAX_FRACTION_DIGITS} decimals, and less than 10^${MAX_INTEGER_DIGITS}`,
      input,
      'figure out of range',
    );
  }
  return { value: value.isZero() ? new ExactDecimal(0) : value, absence: null, irregularGrouping, percent };
}

function readPercentSign(reading: unknown, location: ErrorLocation): 'accepted' | 'refused' {
  if (typeof reading !== 'object' || reading === null) {
    throw failure(ERROR_CODES.WRONG_TYPE, location, "a reading ({ percentSign: 'accepted' | 'refused' })", reading);
  }
  // Read once: a getter could answer differently the second time.
  let percentSign: unknown;
  try {
    percentSign = Object.hasOwn(reading, 'percentSign') ? (reading as FigureReading).percentSign : undefined;
  } catch {
    throw failure(ERROR_CODES.WRONG_TYPE, location, 'a reading whose percentSign can be read', '(a getter that throws)');
  }
  if (percentSign === undefined) return 'refused';
  if (percentSign !== 'accepted' && percentSign !== 'refused') {
    throw failure(ERROR_CODES.INVALID_VALUE, location, "percentSign 'accepted' or 'refused'", percentSign);
  }
  return percentSign;
}

/** A figure read: its exact value as a plain decimal string, or why there is none. Frozen. */
export type ReadFigure =
  | {
      readonly value: string;
      readonly absence: null;
      /** The digit groups were not of three (`"815 5647"`): read as one number, worth a look at the source. */
      readonly irregularGrouping: boolean;
      /** A `%` sign followed the number (only possible when the reading allowed it: see {@link FigureReading}). */
      readonly percent: boolean;
    }
  | { readonly value: null; readonly absence: AbsenceMark | 'null'; readonly irregularGrouping: false; readonly percent: false };

/**
 * Reads one figure of a body's report, with the checks every figure gets, and gives its exact value
 * as a plain decimal string (nothing it returns leads back to the library's decimal arithmetic).
 *
 * @param input - the figure (see {@link FigureInput})
 * @param location - body, indicator and field, for error messages
 * @param reading - `percentSign: 'accepted'` for a field that is a percentage
 * @returns the exact value as a string, or `null` with the way the absence was written
 * @throws {@link CdtoKpiError} `MISSING_FIELD` for `undefined`; `INEXACT_NUMBER` for a number that
 *   is not a safe integer; `FIGURE_UNREADABLE` for text that is not a figure; `NEGATIVE_FIGURE`
 *   below zero; `FIGURE_OUT_OF_RANGE` beyond 30 significant digits, 20 decimals or 10^24;
 *   `WRONG_TYPE` for any other type
 * @example
 * ```ts
 * readFigure('156 710', { field: 'a' }).value; // '156710'
 * readFigure(0.1, { field: 'a' });             // throws INEXACT_NUMBER
 * ```
 */
export function readFigure(input: unknown, location: ErrorLocation, reading: FigureReading = {}): ReadFigure {
  const read = readExactFigure(input, location, reading);
  return Object.freeze(read.value === null ? { ...read } : { ...read, value: plain(read.value) });
}

/**
 * Reads a figure written plainly (`17532`, `43.17`): digits, an optional point and more digits,
 * 30 digits at most, 24 at most before the point and 20 at most after it, so that it is within
 * every limit. The printed-figure parser reads every other text (groups, commas, words, signs)
 * and says why not; both read a plain figure alike (a test holds them side by side).
 *
 * @param text - the figure as given
 * @returns its value, or `null` for the parser to read
 */
function plainFigure(text: string): ExactDecimal | null {
  // No sign (a negative figure is the parser's to refuse), and short enough to be within the limits.
  if (text.length > MAX_SIGNIFICANT_DIGITS + 1 || text.charCodeAt(0) === 45) return null;
  const read = plainUnits(text);
  if (read === undefined) return null;
  const [units, exponent] = read;
  const decimals = -exponent;
  const integerDigits = text.length - decimals - (decimals > 0 ? 1 : 0);
  if (decimals > MAX_FRACTION_DIGITS || integerDigits > MAX_INTEGER_DIGITS || integerDigits + decimals > MAX_SIGNIFICANT_DIGITS) return null;
  return units === 0n ? ZERO : new ExactDecimal(units, exponent);
}

const ZERO = new ExactDecimal(0);
