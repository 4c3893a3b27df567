/**
 * Reading figures as they are printed in the reports: `156 710`, `3 714 388,81` (with no-break
 * spaces), `43,1`, `4,05 млрд`, `628,54 млрд тенге`, `815 5647`, `-`, `--`, an empty cell.
 *
 * @module
 */
import { ERROR_CODES, type ErrorLocation, failure, say } from '../errors/cdto-kpi-error.js';
import { Exact, plain } from '../decimal/decimal.js';
import { deepFreeze } from '../freeze.js';
import { readLocation } from './boundary.js';

/** The most significant digits a figure may carry: with the working precision of 100 digits, sums and products of a few figures stay exact. */
export const MAX_SIGNIFICANT_DIGITS = 30;

/** The most decimals a figure may carry. */
const MAX_FRACTION_DIGITS = 20;

/** The largest magnitude a figure may have: below 10^24 (a trillion trillion). */
const MAX_INTEGER_DIGITS = 24;

/**
 * The most characters a printed figure may have, checked before any regular expression runs.
 * The longest figure the limits allow (24 integer digits in groups of three, 20 decimals, a sign,
 * a scale word, a currency word and a `%`) needs fewer than 80 characters; 256 leaves room for
 * spacing, and keeps every later step (the expressions included) to a few microseconds.
 */
export const MAX_PRINTED_FIGURE_LENGTH = 256;

/** A scale word printed after a figure, and its factor. */
export const SCALE_WORDS = deepFreeze({
  'млрд': { scale: 'billion', factor: '1000000000' },
  'млн': { scale: 'million', factor: '1000000' },
  'тыс.': { scale: 'thousand', factor: '1000' },
  'мың': { scale: 'thousand', factor: '1000' },
} as const);

/** The scales the scale words name. */
export type FigureScale = (typeof SCALE_WORDS)[keyof typeof SCALE_WORDS]['scale'];

/** How the absence of a figure was printed. */
export type AbsenceMark = 'dash' | 'blank';

/** A printed figure, read. */
export interface PrintedFigure {
  /** The text exactly as given. */
  readonly printed: string;
  /** The exact value as a plain decimal string (scale applied), or `null` when no figure is printed. */
  readonly value: string | null;
  /** Why there is no value: a dash (`-`, `--`, `–`, `—`) or an empty cell; `null` when there is one. */
  readonly absence: AbsenceMark | null;
  /** The scale word printed after the number, if any (`млрд` → `billion`). */
  readonly scale: FigureScale | null;
  /** True when a currency word (`тенге`, `теңге`) follows the number. */
  readonly currency: boolean;
  /** True when a `%` sign follows the number. */
  readonly percent: boolean;
  /**
   * True when the digit groups are not the usual threes (`815 5647`): the digits are read as one
   * number, and this flag tells a reviewer to look at the source.
   */
  readonly irregularGrouping: boolean;
}

const SPACES = /[\s\u00a0\u2007\u2009\u202f]+/gu;
const DASHES = new Set(['-', '--', '–', '—', '−']);
// The sign is a hyphen-minus or the typographic minus (U+2212) that typeset reports use.
const NUMBER = /^(?<sign>[-\u2212])?(?<int>\d+(?: \d+)*)(?:[,.](?<frac>\d+))?$/u;

/**
 * One comma after one to three digits and before exactly three (`"1,000"`, `"1,500 тенге"`). Not
 * before a % sign: a percentage is at most 100, so its comma can only be decimal (`"12,500 %"`).
 */
const COMMA_OR_THOUSANDS = /^[-\u2212]?([1-9]\d{0,2}),(\d{3})(?: (?:тенге|теңге))?$/u;

/**
 * The figure a printed one would be if its one comma grouped thousands, where that reading is
 * possible. The library reads `"1,000"` as 1, the comma a decimal comma as the decrees print it;
 * a person used to English writes a thousand so.
 *
 * @param text - a figure as given
 * @returns the figure its comma would make as a thousands separator (`"1000"` for `"1,000"`), or
 *   `null` where the comma can only be decimal (`"0,125"`, `"1,5"`, `"1 000,000"`, a scale word,
 *   a % sign)
 */
export function thousandsReading(text: string): string | null {
  const match = COMMA_OR_THOUSANDS.exec(text.replace(SPACES, ' ').trim());
  return match === null ? null : `${match[1]}${match[2]}`;
}

/**
 * Reads a figure as printed in a report.
 *
 * Grouping spaces may be ordinary or no-break; the decimal separator is a comma (as printed) or a
 * point. A scale word (`млрд`, `млн`, `тыс.`, `мың`), a currency word (`тенге`, `теңге`) and a `%`
 * sign may follow, in that order. A dash or an empty cell means "no figure".
 *
 * @param text - the printed text
 * @param location - where the text comes from, for the error message (strings only)
 * @returns the exact value (or `null`) with what was printed around it
 * @throws {@link CdtoKpiError} `WRONG_TYPE` for a value that is not a string, or a location that is
 *   not an object of strings; `LIMIT_EXCEEDED` for
 *   text longer than `MAX_PRINTED_FIGURE_LENGTH` (256) characters (checked before anything else);
 *   `FIGURE_OUT_OF_RANGE` for a number beyond 30 significant digits, 20 decimals or 10^24 (checked on
 *   the digits, before any arithmetic: a figure is never cut); `FIGURE_UNREADABLE`, quoting the
 *   text, for anything else
 * @example
 * ```ts
 * parsePrintedFigure('3\u00a0714\u00a0388,81').value; // '3714388.81'
 * parsePrintedFigure('4,05 млрд').value;              // '4050000000'
 * parsePrintedFigure('--').value;                     // null
 * ```
 */
export function parsePrintedFigure(text: string, location: ErrorLocation = {}): PrintedFigure {
  return parsePrinted(text, readLocation(location));
}

/** {@link parsePrintedFigure} with a location the library wrote itself. */
export function parsePrinted(text: string, location: ErrorLocation): PrintedFigure {
  if (typeof text !== 'string') {
    throw failure(ERROR_CODES.WRONG_TYPE, location, 'a printed figure as a string', text);
  }
  // Before any regular expression: their cost grows with the text, and one overflowed the stack at 6.7 MB.
  if (text.length > MAX_PRINTED_FIGURE_LENGTH) {
    throw failure(
      ERROR_CODES.LIMIT_EXCEEDED,
      location,
      `a printed figure of at most ${MAX_PRINTED_FIGURE_LENGTH} characters`,
      text,
      say('a printed figure of {length} characters is longer than the limit of {max}', { length: String(text.length), max: String(MAX_PRINTED_FIGURE_LENGTH) }),
    );
  }
  const normalised = text.replace(SPACES, ' ').trim();
  const absent = (absence: AbsenceMark): PrintedFigure =>
    Object.freeze({ printed: text, value: null, absence, scale: null, currency: false, percent: false, irregularGrouping: false });
  if (normalised === '') return absent('blank');
  if (DASHES.has(normalised)) return absent('dash');

  let rest = normalised;
  let percent = false;
  if (rest.endsWith('%')) {
    percent = true;
    rest = rest.slice(0, -1).trimEnd();
  }
  let currency = false;
  const word = ['тенге', 'теңге'].find((candidate) => rest.endsWith(` ${candidate}`));
  if (word !== undefined) {
    currency = true;
    rest = rest.slice(0, -word.length - 1);
  }
  let scale: (typeof SCALE_WORDS)[keyof typeof SCALE_WORDS] | null = null;
  for (const [word, entry] of Object.entries(SCALE_WORDS)) {
    if (rest.endsWith(word)) {
      scale = entry;
      rest = rest.slice(0, -word.length).trimEnd();
      break;
    }
  }
  const match = NUMBER.exec(rest);
  if (match?.groups === undefined) {
    throw failure(
      ERROR_CODES.FIGURE_UNREADABLE,
      location,
      'digits in groups, an optional decimal comma, an optional scale or currency word, a dash or an empty cell',
      text,
      say('cannot read the printed figure {figure}', { figure: JSON.stringify(text) }),
    );
  }
  const { sign = '', int = '', frac } = match.groups;
  const groups = int.split(' ');
  const irregularGrouping =
    groups.length > 1 && (groups[0]!.length > 3 || groups.slice(1).some((group) => group.length !== 3));
  const digits = groups.join('');
  checkDigits(digits, frac ?? '', scale === null ? 0 : scale.factor.length - 1, text, location);
  let value = new Exact(`${sign === '' ? '' : '-'}${digits}${frac === undefined ? '' : `.${frac}`}`);
  if (scale !== null) value = value.times(scale.factor);
  return Object.freeze({
    printed: text,
    value: plain(value),
    absence: null,
    scale: scale === null ? null : scale.scale,
    currency,
    percent,
    irregularGrouping,
  });
}

/**
 * Refuses a number beyond the figure limits from its digits alone (`scaleExponent`: 9 for `млрд`),
 * before any arithmetic, so that no figure is ever cut to the working precision.
 */
function checkDigits(integerDigits: string, fractionDigits: string, scaleExponent: number, text: string, location: ErrorLocation): void {
  const integer = integerDigits.replace(/^0+/u, '');
  const fraction = fractionDigits.replace(/0+$/u, '');
  // The scale moves the decimal point: digits of the fraction become integer digits.
  const integerLength = integer.length + Math.min(scaleExponent, fraction.length) + (integer === '' ? 0 : Math.max(0, scaleExponent - fraction.length));
  const decimals = Math.max(0, fraction.length - scaleExponent);
  const significant = `${integer}${fraction}`.replace(/^0+/u, '').replace(/0+$/u, '').length;
  if (significant > MAX_SIGNIFICANT_DIGITS || decimals > MAX_FRACTION_DIGITS || integerLength > MAX_INTEGER_DIGITS) {
    throw failure(
      ERROR_CODES.FIGURE_OUT_OF_RANGE,
      location,
      `at most ${MAX_SIGNIFICANT_DIGITS} significant digits, ${MAX_FRACTION_DIGITS} decimals, and less than 10^${MAX_INTEGER_DIGITS}`,
      text,
      'figure out of range: it would have to be cut to be read',
    );
  }
}
