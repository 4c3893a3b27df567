/**
 * The error codes of cdto-kpi: a closed set, one situation each. The short message of each code, in
 * every language, is in the catalogues of messages (`data/messages/<lang>.json`, section `codes`).
 *
 * @module
 */
import { deepFreeze } from '../freeze.js';

/** Every error code the library reports, as named constants (compare against these, not strings). */
export const ERROR_CODES = deepFreeze({
  /** A printed figure could not be read (not a number, not a dash, not an empty cell). */
  FIGURE_UNREADABLE: 'FIGURE_UNREADABLE',
  /** A JS number that is not a safe integer: its decimal value is not exact. */
  INEXACT_NUMBER: 'INEXACT_NUMBER',
  /** A figure outside the range the method or the exact arithmetic allows. */
  FIGURE_OUT_OF_RANGE: 'FIGURE_OUT_OF_RANGE',
  /** A figure below zero where only counts and shares make sense. */
  NEGATIVE_FIGURE: 'NEGATIVE_FIGURE',
  /** Figures that cannot all be true together: downtime longer than the period, more failures than items. */
  INCONSISTENT_FIGURES: 'INCONSISTENT_FIGURES',
  /**
   * A required field is absent (`undefined`; `null` is the way to say "no data"), a figure is left
   * empty in an input whose other figures are given, or a column of a CSV report is missing.
   */
  MISSING_FIELD: 'MISSING_FIELD',
  /** A field that is not part of the shape (a kind's input, a report, an option). */
  UNEXPECTED_FIELD: 'UNEXPECTED_FIELD',
  /** A `__proto__`, `constructor` or `prototype` key: never read, always refused. */
  FORBIDDEN_KEY: 'FORBIDDEN_KEY',
  /** A value of the wrong type or shape (a number where a string is needed, a list where an object is). */
  WRONG_TYPE: 'WRONG_TYPE',
  /** A value of the right type but not one of those allowed (a quarter 5, an edition that does not exist). */
  INVALID_VALUE: 'INVALID_VALUE',
  /** A kind of indicator that the library does not know. */
  UNKNOWN_KIND: 'UNKNOWN_KIND',
  /** An edition id that no registered edition has. */
  UNKNOWN_EDITION: 'UNKNOWN_EDITION',
  /** A bundled edition that `cdto-kpi/core` has not loaded yet: `await loadEdition(id)` first. */
  EDITION_NOT_LOADED: 'EDITION_NOT_LOADED',
  /** A language (`kk`, `ru`) that `cdto-kpi/core` has not loaded yet: `await loadLanguage(lang)` first. */
  LANGUAGE_NOT_LOADED: 'LANGUAGE_NOT_LOADED',
  /** An indicator id that the edition (or the body) does not define. */
  UNKNOWN_INDICATOR: 'UNKNOWN_INDICATOR',
  /** A body id that the edition does not define. */
  UNKNOWN_BODY: 'UNKNOWN_BODY',
  /** A block (direction) id that the edition does not define. */
  UNKNOWN_BLOCK: 'UNKNOWN_BLOCK',
  /** A criterion id that a composite indicator does not define. */
  UNKNOWN_CRITERION: 'UNKNOWN_CRITERION',
  /** The same indicator twice for one body. */
  DUPLICATE_INDICATOR: 'DUPLICATE_INDICATOR',
  /** The same body twice in one report. */
  DUPLICATE_BODY: 'DUPLICATE_BODY',
  /** The same criterion twice in a list. */
  DUPLICATE_CRITERION: 'DUPLICATE_CRITERION',
  /** An indicator that applies in the period was not reported. */
  INDICATOR_NOT_REPORTED: 'INDICATOR_NOT_REPORTED',
  /** A reading (`kk`, `ru`) that is not one, or a reading for an edition with one set of values. */
  INVALID_READING: 'INVALID_READING',
  /** A year or quarter that is not one. */
  INVALID_PERIOD: 'INVALID_PERIOD',
  /** A reporting period that no edition covers, or a year the edition has no values for. */
  PERIOD_NOT_COVERED: 'PERIOD_NOT_COVERED',
  /** A rounding policy or method option that is not well formed. */
  INVALID_POLICY: 'INVALID_POLICY',
  /** A result asked as a share of the planned weight where nothing is planned. */
  NOTHING_PLANNED: 'NOTHING_PLANNED',
  /** CSV text that RFC 4180 does not allow (an unclosed quote, text after a closing quote), or a CSV report without its columns. */
  MALFORMED_CSV: 'MALFORMED_CSV',
  /** An input larger or deeper than the stated limits (see docs/security.md). */
  LIMIT_EXCEEDED: 'LIMIT_EXCEEDED',
  /** A report file or standard input that cannot be read: missing, not a regular file or a pipe, no data in time, not UTF-8 JSON. */
  INPUT_UNREADABLE: 'INPUT_UNREADABLE',
  /** An optional package a feature needs is not installed (exceljs, for the workbook). */
  DEPENDENCY_MISSING: 'DEPENDENCY_MISSING',
  /** A transcribed published figure whose printed text and value disagree (`"printed": "14,2"`, `"value": "15"`). */
  TRANSCRIPTION_MISMATCH: 'TRANSCRIPTION_MISMATCH',
  /** A file that is not a workbook written by cdto-kpi, or whose hidden marker is damaged. */
  WORKBOOK_UNRECOGNISED: 'WORKBOOK_UNRECOGNISED',
  /** A part of a cdto-kpi workbook that only cdto-kpi writes was changed: a sheet renamed or missing, a formula or a label overwritten. */
  WORKBOOK_ALTERED: 'WORKBOOK_ALTERED',
} as const);

/** One of {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];
