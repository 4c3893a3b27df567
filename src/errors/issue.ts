/**
 * Issues: one problem each, with a code, a path from the root of what was given, what was expected
 * and what was received. An error carries every issue found, not only the first (as zod does).
 *
 * An issue is data: what was expected and what went wrong are phrases of the catalogues of
 * messages (`data/messages/<lang>.json`; a phrase's English text is its id) with their values, so
 * that `formatIssue` writes it in any language; `message` is its English text, unless a function
 * was asked for another language.
 *
 * @module
 */
import type { PhraseId } from '../generated/message-types.js';
import { deepFreeze } from '../freeze.js';
import { ENGLISH, type Messages } from '../messages/catalogue.js';
import { type MessageValues, render } from '../messages/render.js';
import type { ErrorCode } from './codes.js';
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
  /** The direction of a 2023 report, or the block of a 2025 one: the section the indicator is scored in. */
  readonly direction?: string;
  readonly indicator?: string;
  /** The field, written as a path inside the indicator's input or the option (`a`, `criteria[0].id`). */
  readonly field?: string;
}

/** A message of the catalogues and its values. Its id is its English text (`'one of {values}'`). */
export interface Phrase {
  readonly id: string;
  readonly values: MessageValues;
}

/**
 * What a check says was expected, or what went wrong: a phrase (`say(id, values)`), or a phrase's
 * English text when it has no values. The test of the catalogues holds every text given this way
 * against the three catalogues.
 */
export type Words = PhraseId | Phrase;

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
  /**
   * The message as data, to write it in any language (`formatIssue`): what was expected and what
   * went wrong, each a phrase of the catalogues (`id`, its English text) with its `values` (limits,
   * the values allowed…), and the `edition` the location belongs to (`null`: none known).
   */
  readonly params: {
    readonly expected: { readonly id: string; readonly values: Readonly<Record<string, unknown>> };
    readonly detail: { readonly id: string; readonly values: Readonly<Record<string, unknown>> } | null;
    readonly edition: string | null;
  };
}

/** A phrase of the catalogues (`id`, its English text, as the catalogues key it) with its values, frozen. */
export function say(id: PhraseId, values: MessageValues = {}): Phrase {
  // Lists are copied: freezing the phrase never freezes a caller's own list.
  return deepFreeze({ id, values: Object.fromEntries(Object.entries(values).map(([name, value]) => [name, Array.isArray(value) ? [...value] : value])) });
}

const phrase = (words: string | Phrase): Phrase => (typeof words === 'string' ? deepFreeze({ id: words, values: {} }) : words);

/** A phrase in a language: its text in the catalogue (or its id, English), its values put in. */
export function phraseText(words: Words | Issue['params']['expected'], messages: Messages): string {
  const { id, values } = typeof words === 'string' ? phrase(words) : words;
  return render(messages.phrases[id] ?? id, values as MessageValues, messages);
}

/**
 * A path written one way: keys joined by dots, indexes in brackets, a key that is not a plain
 * identifier quoted in brackets (`bodies[2].figures["justice.1"].a`); `(root)` for an empty path.
 */
export function formatPath(path: readonly PathKey[]): string {
  if (path.length === 0) return '(root)';
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/u.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${quotedId(key)}]`;
  }
  return text;
}

/** An id as a message quotes it: JSON, cut at 80 characters. */
export const quotedId = (value: string): string => JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);

/** How a location's parts are named: by default, each by its quoted id. */
export type NamePart = (part: 'body' | 'direction' | 'indicator' | 'field', id: string) => string;

/**
 * A location in a language, as `cell Sheet!C7, body "x", indicator "y", field "z"` (a CSV report's
 * line and column first: `line 7, column "b", …`), or `input` when nothing is known; `blocks`: the
 * edition's sections are blocks (2025), not directions (2023).
 */
export function describeLocation(location: ErrorLocation, messages: Messages = ENGLISH, name: NamePart = (_part, id) => quotedId(id), blocks = false): string {
  const { words } = messages;
  const parts: string[] = [];
  if (location.cell !== undefined) parts.push(render(words.atCell, { cell: location.cell }, messages));
  if (location.line !== undefined) parts.push(render(words.atLine, { line: String(location.line) }, messages));
  if (location.column !== undefined) parts.push(render(words.atColumn, { column: quotedId(location.column) }, messages));
  if (location.body !== undefined) parts.push(render(words.atBody, { body: name('body', location.body) }, messages));
  if (location.direction !== undefined) parts.push(render(blocks ? words.atBlock : words.atDirection, { direction: name('direction', location.direction) }, messages));
  if (location.indicator !== undefined) parts.push(render(words.atIndicator, { indicator: name('indicator', location.indicator) }, messages));
  if (location.field !== undefined) parts.push(render(words.atField, { field: name('field', location.field) }, messages));
  return parts.length === 0 ? words.atInput : parts.join(words.listSeparator);
}

/**
 * An issue's message in a language; `where` is its location already written, `null` for a message
 * without it (where a page marks the field).
 */
export function issueMessage(issue: Pick<Issue, 'code' | 'received' | 'params'>, where: string | null, messages: Messages): string {
  const { expected, detail } = issue.params;
  return render(where === null ? messages.words.issueHere : messages.words.issue, {
    where: where ?? '',
    what: detail === null ? messages.codes[issue.code] : phraseText(detail, messages),
    expected: phraseText(expected, messages),
    // A received value is data, quoted; only the words for a value that cannot be quoted
    // (`nothing (undefined)`, `"(a getter)"`) are translated.
    received: messages.phrases[issue.received] ?? marker(issue.received, messages),
  }, messages);
}

/** A received value that stands for one that cannot be quoted, `"(a getter)"`, in a language. */
function marker(received: string, messages: Messages): string {
  const words = /^"(\(.*\))"$/u.exec(received)?.[1];
  const said = words === undefined ? undefined : messages.phrases[words];
  return said === undefined ? received : `"${said}"`;
}

/**
 * An issue, frozen: `received` is quoted safely, whatever it is. Options: `path`, the keys from the
 * root (default: the field's name, if any); `detail`, a message more precise than the code's own;
 * `edition`, the edition the location belongs to.
 */
export function createIssue(
  code: ErrorCode,
  location: ErrorLocation,
  expected: Words,
  received: unknown,
  options: { readonly path?: readonly PathKey[]; readonly detail?: Words; readonly edition?: string } = {},
): Issue {
  const quoted = quoteValue(received);
  const where = Object.freeze({ ...location });
  const path = Object.freeze([...(options.path ?? (location.field === undefined ? [] : [location.field]))]);
  const params = Object.freeze({ expected: phrase(expected), detail: options.detail === undefined ? null : phrase(options.detail), edition: options.edition ?? null });
  const parts = { code, received: quoted, params };
  return Object.freeze({ code, path, location: where, expected: phraseText(params.expected, ENGLISH), received: quoted, message: issueMessage(parts, describeLocation(where), ENGLISH), params });
}

/**
 * The same issue seen from further out: its path prefixed with the keys to the part, its location
 * completed with what the outer level knows.
 */
export function nestIssue(issue: Issue, prefix: readonly PathKey[], location: ErrorLocation): Issue {
  const where = Object.freeze({ ...location, ...issue.location });
  return Object.freeze({ ...issue, path: Object.freeze([...prefix, ...issue.path]), location: where, message: issueMessage(issue, describeLocation(where), ENGLISH) });
}

/**
 * The same issue, known to belong to an edition (whose sections are `blocks`, its English message
 * says so); an issue that names its edition already keeps it.
 */
export function inEdition(issue: Issue, edition: string, blocks = false): Issue {
  if (issue.params.edition !== null) return issue;
  const params = Object.freeze({ ...issue.params, edition });
  // An edition of blocks (2025) names its sections blocks: `block "common"`, not `direction "common"`.
  const message = blocks && issue.location.direction !== undefined ? issueMessage(issue, describeLocation(issue.location, ENGLISH, undefined, true), ENGLISH) : issue.message;
  return Object.freeze({ ...issue, message, params });
}
