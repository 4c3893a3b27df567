/**
 * The library's error: one class, carrying every issue found (see {@link Issue}), and a guard that
 * recognises it across copies of the library (the ESM and the CommonJS builds each have a class).
 *
 * @module
 */
import { deepFreeze } from '../freeze.js';
import { ENGLISH, type Lang, messagesAtHand } from '../messages/catalogue.js';
import { render } from '../messages/render.js';
import { ERROR_CODES, type ErrorCode } from './codes.js';
import { createIssue, type ErrorLocation, type Issue, type PathKey, type Words } from './issue.js';

export { ERROR_CODES, type ErrorCode } from './codes.js';
export { createIssue, describeLocation, formatPath, inEdition, nestIssue, phraseText, say, type ErrorLocation, type Issue, type PathKey, type Phrase, type Words } from './issue.js';

/** The mark every error of the library carries, registered so that every copy of the library shares it. */
const BRAND: unique symbol = Symbol.for('cdto-kpi.error') as never;

/**
 * The single error class of the library. `code`, `location`, `expected` and `received` are those of
 * the first issue; `issues` holds all of them.
 *
 * @example
 * ```ts
 * try { scoreIndicator(definition, { a: '-5', b: '10' }); }
 * catch (error) {
 *   if (isCdtoKpiError(error) && error.code === ERROR_CODES.NEGATIVE_FIGURE) {
 *     console.log(error.location.field); // 'a'
 *   }
 * }
 * ```
 */
export class CdtoKpiError extends Error {
  /** What went wrong (the first issue's code), one of `ERROR_CODES`. */
  readonly code: ErrorCode;
  /** Where it went wrong (the first issue's location). */
  readonly location: ErrorLocation;
  /** What was expected there, in words (the first issue's). */
  readonly expected: string;
  /** What was received, quoted (the first issue's). */
  readonly received: string;
  /** Every issue found, in the order of the input. Never empty. */
  readonly issues: readonly Issue[];
  declare readonly [BRAND]: true;

  /**
   * @param issues - every issue found, at least one, each as {@link Issue} describes it (copied)
   * @param lang - the language of the issues' messages, for the words that introduce several (English by default)
   * @throws {@link CdtoKpiError} `WRONG_TYPE` (an error of its own) for anything but a non-empty
   *   list of issues
   */
  constructor(issues: readonly Issue[], lang: Lang = 'en') {
    const read = readIssues(issues);
    if (read === null) throw new CdtoKpiError([createIssue(ERROR_CODES.WRONG_TYPE, { field: 'issues' }, 'a non-empty list of issues ({ code, path, location, expected, received, message })', issues, { path: ['issues'] })]);
    issues = read;
    const first = read[0]!;
    const messages = messagesAtHand(lang) ?? ENGLISH;
    super(issues.length === 1 ? first.message : `${render(messages.words.problems, { count: issues.length }, messages)}\n${issues.map((issue) => `  - ${issue.message}`).join('\n')}`);
    this.name = 'CdtoKpiError';
    this.code = first.code;
    this.location = first.location;
    this.expected = first.expected;
    this.received = first.received;
    this.issues = issues;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

// The class and its prototype are the library's: frozen, so that no caller can give every later
// error a method or a `toJSON` of its own. Each error is the caller's to annotate (a tool may add
// to it); its issues are frozen.
Object.freeze(CdtoKpiError.prototype);
Object.freeze(CdtoKpiError);

const CODES: ReadonlySet<string> = new Set(Object.values(ERROR_CODES));
const LOCATION_KEYS: ReadonlySet<string> = new Set(['cell', 'line', 'column', 'body', 'direction', 'indicator', 'field']);

/**
 * Issues given to the error's constructor, read once from their own data and copied into frozen
 * ones: a list of at least one, each with a known code, a path of strings and numbers, a location
 * of texts (a CSV line a whole number). `null` for anything else (a getter or a proxy whose traps
 * throw included).
 */
function readIssues(issues: unknown): readonly Issue[] | null {
  try {
    if (!Array.isArray(issues) || issues.length === 0) return null;
    const read: Issue[] = [];
    for (let index = 0; index < issues.length; index += 1) {
      const issue = own(issues, index);
      if (typeof issue !== 'object' || issue === null) return null;
      const [code, path, location, expected, received, message] = ['code', 'path', 'location', 'expected', 'received', 'message'].map((key) => own(issue, key));
      if (typeof code !== 'string' || !CODES.has(code) || typeof expected !== 'string' || typeof received !== 'string' || typeof message !== 'string') return null;
      if (!Array.isArray(path) || typeof location !== 'object' || location === null || Array.isArray(location)) return null;
      const keys = path.map((_, at) => own(path, at));
      if (!keys.every((key) => typeof key === 'string' || typeof key === 'number')) return null;
      const where: Record<string, string | number> = {};
      for (const key of Reflect.ownKeys(location)) {
        const value = own(location, key);
        if (value === undefined) continue;
        if (typeof key !== 'string' || !LOCATION_KEYS.has(key)) return null;
        // A CSV line is a number; everything else where a problem is, a text.
        if (key === 'line' ? !(Number.isSafeInteger(value) && (value as number) > 0) : typeof value !== 'string') return null;
        where[key] = value as string | number;
      }
      // The message as data: the issue's own, read as the other parts are; an issue made elsewhere
      // without them says what it expected, in its own words.
      const given = own(issue, 'params');
      const params = given === undefined ? Object.freeze({ expected: Object.freeze({ id: expected, values: Object.freeze({}) }), detail: null, edition: null }) : readParams(given);
      if (params === null) return null;
      read.push(Object.freeze({ code: code as ErrorCode, path: Object.freeze(keys as PathKey[]), location: Object.freeze(where), expected, received, message, params }));
    }
    return Object.freeze(read);
  } catch {
    return null;
  }
}

/** An issue's `params`, read from its own data (deeply frozen copies); `null` when they are not as {@link Issue} says. */
function readParams(given: unknown): Issue['params'] | null {
  if (typeof given !== 'object' || given === null) return null;
  const phrase = (value: unknown): { readonly id: string; readonly values: Readonly<Record<string, unknown>> } | null => {
    if (typeof value !== 'object' || value === null) return null;
    const id = own(value, 'id');
    const values = own(value, 'values');
    if (typeof id !== 'string' || typeof values !== 'object' || values === null) return null;
    const read = Object.fromEntries(Reflect.ownKeys(values).filter((key): key is string => typeof key === 'string').map((key) => [key, own(values, key)]));
    if (!Object.values(read).every(isMessageValue)) return null;
    return Object.freeze({ id, values: deepFreeze(structuredClone(read)) });
  };
  const expected = phrase(own(given, 'expected'));
  const detailGiven = own(given, 'detail');
  const detail = detailGiven === null ? null : phrase(detailGiven);
  const edition = own(given, 'edition');
  if (expected === null || (detailGiven !== null && detail === null) || (edition !== null && typeof edition !== 'string')) return null;
  return Object.freeze({ expected, detail, edition: edition as string | null });
}

/** A value of a message: a text, a finite number, a phrase (`{ id, values }`), or a list of texts and phrases. */
function isMessageValue(value: unknown, depth = 0): boolean {
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return true;
  if (depth > 4 || typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.every((item: unknown) => typeof item === 'string' || (typeof item === 'object' && item !== null && !Array.isArray(item) && isMessageValue(item, depth + 1)));
  const id = own(value, 'id');
  const values = own(value, 'values');
  return typeof id === 'string' && typeof values === 'object' && values !== null && !Array.isArray(values) && Reflect.ownKeys(values).every((key) => typeof key === 'string' && isMessageValue(own(values, key), depth + 1));
}

/** An own data property, never a getter run; anything else is no issue. */
function own(value: object, key: string | number | symbol): unknown {
  const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
  if (descriptor !== undefined && !('value' in descriptor)) throw new TypeError('a getter');
  return descriptor?.value;
}

/**
 * Tells whether a value is an error of this library, from any copy of it (the ESM and the CommonJS
 * builds, two versions side by side), where `instanceof` only knows its own copy's class.
 *
 * @param value - anything caught
 * @returns `true` for a {@link CdtoKpiError}; `false` for anything else, never a throw
 * @example
 * ```ts
 * try { scorePeriodReport(report); } catch (error) { if (isCdtoKpiError(error)) console.log(error.issues); }
 * ```
 */
export function isCdtoKpiError(value: unknown): value is CdtoKpiError {
  if (typeof value !== 'object' || value === null) return false;
  try {
    // Its own mark only: a proxy's traps that throw, or a getter, answer no.
    const mark = Reflect.getOwnPropertyDescriptor(value, BRAND);
    return mark !== undefined && mark.value === true;
  } catch {
    return false;
  }
}

/**
 * What `run` gives, or `undefined` when the library refuses it: its issues are added to `issues`,
 * at `path` when one is given (or deeper, where an issue's field names a place under it). Anything
 * else thrown is a bug, thrown on.
 */
export function keepIssues<T>(issues: Issue[], run: () => T, path?: readonly PathKey[]): T | undefined {
  try {
    return run();
  } catch (error) {
    if (!isCdtoKpiError(error)) throw error;
    for (const issue of error.issues) {
      const field = issue.location.field;
      const deeper = path !== undefined && field !== undefined && field.startsWith(`${path.join('.')}.`) ? field.split('.') : null;
      issues.push(path === undefined ? issue : Object.freeze({ ...issue, path: Object.freeze(deeper ?? [...path]) }));
    }
    return undefined;
  }
}

/**
 * An error with one issue (see {@link createIssue}), to throw: the shorthand every check of the
 * library uses.
 */
export function failure(code: ErrorCode, location: ErrorLocation, expected: Words, received: unknown, detail?: Words, path?: readonly PathKey[]): CdtoKpiError {
  return new CdtoKpiError([createIssue(code, location, expected, received, { ...(detail === undefined ? {} : { detail }), ...(path === undefined ? {} : { path }) })]);
}
