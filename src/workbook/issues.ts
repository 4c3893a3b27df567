/**
 * The issues of a workbook: each names the cell (`justice!J7`), the body, indicator and field it
 * holds, in the words of the reader's language.
 *
 * @module
 */
import type { Issue } from '../index.js';
import type { ErrorCode, ErrorLocation } from './api.js';

/** The longest received value quoted in an issue. */
const QUOTED = 80;

/**
 * A value as an issue quotes it: JSON, cut at 80 characters.
 *
 * @param value - anything read from a cell
 * @returns the quotation
 */
export function quoted(value: unknown): string {
  let text: string;
  if (value === undefined) text = 'nothing';
  else if (value instanceof Date) text = Number.isNaN(value.getTime()) ? 'a date' : `the date ${value.toISOString().slice(0, 10)}`;
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > QUOTED ? `${text.slice(0, QUOTED)}…` : text;
}

/**
 * Writes a location as the library's messages do, the cell first.
 *
 * @param location - the cell, body, direction, indicator and field known
 * @returns the description
 */
export function describe(location: ErrorLocation): string {
  const parts: string[] = [];
  if (location.cell !== undefined) parts.push(`cell ${location.cell}`);
  if (location.body !== undefined) parts.push(`body ${JSON.stringify(location.body)}`);
  if (location.direction !== undefined) parts.push(`direction ${JSON.stringify(location.direction)}`);
  if (location.indicator !== undefined) parts.push(`indicator ${JSON.stringify(location.indicator)}`);
  if (location.field !== undefined) parts.push(`field ${JSON.stringify(location.field)}`);
  return parts.length === 0 ? 'workbook' : parts.join(', ');
}

/**
 * An issue of a workbook.
 *
 * @param code - what went wrong
 * @param location - where (the cell first)
 * @param detail - what went wrong, in words
 * @param expected - what was expected there
 * @param received - what the cell holds
 * @param path - the keys from the workbook: the sheet and the cell
 * @returns the issue, frozen
 */
export function workbookIssue(code: ErrorCode, location: ErrorLocation, detail: string, expected: string, received: unknown, path: readonly (string | number)[] = []): Issue {
  const received_ = quoted(received);
  return ownIssue({ code, path, location, expected, received: received_, message: `${describe(location)}: ${detail}; expected ${expected}, got ${received_}` }, detail);
}

/**
 * An issue written by the workbook in its reader's language: its texts are the workbook's own
 * (`labels.ts`, in the three languages), kept as they are as the issue's phrases.
 *
 * @param issue - the issue without its parameters
 * @param detail - what went wrong, when more precise than the code's words
 * @returns the issue, frozen
 */
export function ownIssue(issue: Omit<Issue, 'params'>, detail?: string): Issue {
  const phrase = (id: string) => Object.freeze({ id, values: Object.freeze({}) });
  return Object.freeze({
    ...issue,
    path: Object.freeze([...issue.path]),
    location: Object.freeze({ ...issue.location }),
    params: Object.freeze({ expected: phrase(issue.expected), detail: detail === undefined ? null : phrase(detail), edition: null }),
  });
}
