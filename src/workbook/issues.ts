/**
 * The issues of a workbook: each names the cell (`justice!J7`), the body, indicator and field it
 * holds, in the words of the reader's language.
 *
 * @module
 */
import type { Issue } from '../index.js';
import { describeLocation } from '../errors/issue.js';

/** The longest received value quoted in an issue. */
const QUOTED = 80;

/** A value as an issue quotes it: JSON (a date as a date), cut at 80 characters. */
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

/** An issue of a workbook at `location` (the cell first); `path` is the sheet and the cell. */
export function workbookIssue(code: Issue['code'], location: Issue['location'], detail: string, expected: string, received: unknown, path: readonly (string | number)[] = []): Issue {
  const received_ = quoted(received);
  // The location as the library's messages write it, the cell first.
  const where = Object.keys(location).length === 0 ? 'workbook' : describeLocation(location);
  return ownIssue({ code, path, location, expected, received: received_, message: `${where}: ${detail}; expected ${expected}, got ${received_}` }, detail);
}

/**
 * An issue in the workbook's own words: its texts (`labels.ts`, already in the reader's language)
 * are kept as they are as the issue's phrases, frozen.
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
