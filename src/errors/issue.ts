/**
 * Issues: one problem each, with a code, a path from the root of what was given, what was expected
 * and what was received. An error carries every issue found, not only the first (as zod does).
 *
 * @module
 */
import { type ErrorCode, ERROR_MESSAGES } from './codes.js';
import { quoteValue } from './quote.js';

/** A key in a path: an object's key or a list's index. */
export type PathKey = string | number;

/** Where a bad value sits, in the words a person uses. Every part is optional. */
export interface ErrorLocation {
  /** A spreadsheet cell, as `Sheet!C7` (a report read from a workbook). */
  readonly cell?: string;
  /** The line of a CSV report the problem is on (1: the header), where the row starts. */
  readonly line?: number;
  /** The column of a CSV report: its name in the header (`b`), or its number (`#3`) where it has none. */
  readonly column?: string;
  readonly body?: string;
  readonly direction?: string;
  readonly indicator?: string;
  /** The field, written as a path inside the indicator's input or the option (`a`, `criteria[0].id`). */
  readonly field?: string;
}

/** One problem. Plain data: serialisable as JSON. */
export interface Issue {
  readonly code: ErrorCode;
  /** The keys from the root of the value given to the function (a report, an input, options). */
  readonly path: readonly PathKey[];
  /** Body, direction, indicator and field, where known. */
  readonly location: ErrorLocation;
  /** What was expected there, in words. */
  readonly expected: string;
  /** What was received, quoted (bounded: at most 200 characters, 4 levels, 8 entries a level). */
  readonly received: string;
  /** The whole message: where, what went wrong, what was expected, what was received. */
  readonly message: string;
}

/**
 * Writes a path one way: keys joined by dots, indexes in brackets, a key that is not a plain
 * identifier quoted in brackets: `bodies[2].figures["justice.1"].a`.
 *
 * @param path - the keys
 * @returns the path as text; `(root)` for an empty path
 */
export function formatPath(path: readonly PathKey[]): string {
  if (path.length === 0) return '(root)';
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/u.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(key.length > 80 ? `${key.slice(0, 80)}…` : key)}]`;
  }
  return text;
}

/**
 * Writes a location as `cell Sheet!C7, body "x", indicator "y", field "z"` (a CSV report's line and
 * column first: `line 7, column "b", …`), or `input` when nothing is known.
 *
 * @param location - the parts of the location that are known
 * @returns a short English description
 */
export function describeLocation(location: ErrorLocation): string {
  const parts: string[] = [];
  const name = (value: string): string => JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  if (location.cell !== undefined) parts.push(`cell ${location.cell}`);
  if (location.line !== undefined) parts.push(`line ${location.line}`);
  if (location.column !== undefined) parts.push(`column ${name(location.column)}`);
  if (location.body !== undefined) parts.push(`body ${name(location.body)}`);
  if (location.direction !== undefined) parts.push(`direction ${name(location.direction)}`);
  if (location.indicator !== undefined) parts.push(`indicator ${name(location.indicator)}`);
  if (location.field !== undefined) parts.push(`field ${name(location.field)}`);
  return parts.length === 0 ? 'input' : parts.join(', ');
}

/**
 * Makes an issue.
 *
 * @param code - what went wrong
 * @param location - where, in a person's words
 * @param expected - what was expected, in words
 * @param received - the value found (quoted safely, whatever it is)
 * @param options - `path`: the keys from the root (default: the field's name, if any);
 *   `detail`: a message more precise than the code's own
 * @returns the issue, frozen
 */
export function createIssue(
  code: ErrorCode,
  location: ErrorLocation,
  expected: string,
  received: unknown,
  options: { readonly path?: readonly PathKey[]; readonly detail?: string } = {},
): Issue {
  const quoted = quoteValue(received);
  const where = Object.freeze({ ...location });
  const path = Object.freeze([...(options.path ?? (location.field === undefined ? [] : [location.field]))]);
  const message = `${describeLocation(where)}: ${options.detail ?? ERROR_MESSAGES[code]}; expected ${expected}, got ${quoted}`;
  return Object.freeze({ code, path, location: where, expected, received: quoted, message });
}

/**
 * The same issue seen from further out: its path prefixed, its location completed.
 *
 * @param issue - an issue found inside a part
 * @param prefix - the keys from the outer root to the part
 * @param location - what the outer level knows (body, direction, indicator)
 * @returns a new issue, frozen
 */
export function nestIssue(issue: Issue, prefix: readonly PathKey[], location: ErrorLocation): Issue {
  const where = Object.freeze({ ...location, ...issue.location });
  const detail = issue.message.slice(issue.message.indexOf(': ') + 2);
  return Object.freeze({ ...issue, path: Object.freeze([...prefix, ...issue.path]), location: where, message: `${describeLocation(where)}: ${detail}` });
}
