/**
 * The invariants every outcome of the public API is held to, whatever it was given: a result or
 * the library's own error, never another exception; no NaN or Infinity; JSON-serialisable;
 * deterministic; built-in prototypes untouched; the caller's values neither changed nor frozen.
 *
 * The checks throw a plain `Error` with a description, so that fast-check reports the input.
 *
 * @module
 */
import { isDeepStrictEqual } from 'node:util';

/** What an error must look like to count as the library's own. */
export interface ErrorApi {
  readonly isCdtoKpiError: (value: unknown) => boolean;
  readonly ERROR_CODES: Readonly<Record<string, string>>;
}

/** The outcome of one call: a result (as JSON text) or an error code with its message. */
export type Outcome = { readonly ok: true; readonly json: string; readonly value: unknown } | { readonly ok: false; readonly code: string; readonly message: string };

/**
 * The fields whose string values hold a figure, in every result of the library: a score's U, N, Z,
 * W, R and totals, a trace step's values, a what-if's figures, a catalogue's weights, an audit's
 * published and computed values, a period's hours.
 */
export const FIGURE_FIELDS: ReadonlySet<string> = new Set([
  'weight', 'target', 'share', 'awarded', 'awardedSum', 'planned', 'result', 'plannedWeight', 'shareOfPlanned', 'hours', 'value', 'unrounded',
  'gain', 'needed', 'reported', 'published', 'computed',
]);
/** The records whose every string value is a figure: by year, by operand, by input field. */
export const FIGURE_RECORDS: ReadonlySet<string> = new Set(['targets', 'weights', 'operands', 'inputs']);
/** A decimal in plain notation: an optional minus, digits, an optional point and digits; no exponent, no `NaN`, no `Infinity`. */
export const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/u;
/** Where the values are the caller's own, passed on as given (a report's figures, as read from CSV; a message's values, which quote what was received). */
const CALLERS_FIELDS: ReadonlySet<string> = new Set(['figures', 'params']);

/**
 * Checks every figure of a result: a string in a field that holds a figure is a decimal in plain
 * notation (never `NaN`, `Infinity` or an exponent), and no number anywhere is not finite.
 *
 * @param value - a result of the library
 * @param path - where it is, for the message
 * @throws Error naming the first figure that is not one
 */
export function checkFigures(value: unknown, path: readonly (string | number)[] = []): void {
  const key = path[path.length - 1];
  const parent = path[path.length - 2];
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`non-finite number at ${path.join('.')}`);
  if (typeof value === 'string' && typeof key === 'string') {
    const figure = (FIGURE_FIELDS.has(key) && parent !== 'unit') || (typeof parent === 'string' && FIGURE_RECORDS.has(parent));
    // A trace's unrounded quotient that does not end is cut, and says so with an ellipsis (TraceStep.unrounded).
    if (figure && !PLAIN_DECIMAL.test(key === 'unrounded' ? value.replace(/(?<=\d)…$/u, '') : value)) throw new Error(`a figure not in plain decimal notation at ${path.join('.')}: ${JSON.stringify(value.slice(0, 100))}`);
  }
  if (typeof value === 'object' && value !== null && !(typeof key === 'string' && CALLERS_FIELDS.has(key))) {
    if (Array.isArray(value)) value.forEach((item, index) => checkFigures(item, [...path, index]));
    else for (const [inner, item] of Object.entries(value)) checkFigures(item, [...path, inner]);
  }
}

const FROZEN_CHECKED = new WeakSet<object>();

/**
 * Checks that a result is frozen all the way down, its own class's prototype included (a plain
 * object's is `Object.prototype`, a list's `Array.prototype`: the platform's, not the library's).
 * A function in a result (an edition's `definitionFor`) is the platform's function object; bytes
 * (a workbook) are the caller's to keep.
 *
 * @param value - a result of the library
 * @param path - where it is, for the message
 * @throws Error naming the first value that is not frozen
 */
export function checkFrozen(value: unknown, path: readonly (string | number)[] = []): void {
  if (typeof value !== 'object' || value === null || FROZEN_CHECKED.has(value)) return;
  if (value instanceof Uint8Array) return;
  if (!Object.isFrozen(value)) throw new Error(`not frozen: ${path.join('.') || '(the result)'}`);
  const prototype = Object.getPrototypeOf(value) as object | null;
  if (prototype !== null && prototype !== Object.prototype && prototype !== Array.prototype && !Object.isFrozen(prototype)) throw new Error(`prototype not frozen: ${path.join('.') || '(the result)'}`);
  FROZEN_CHECKED.add(value);
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key)!;
    if ('value' in descriptor) checkFrozen(descriptor.value, [...path, String(key)]);
  }
}

/**
 * Runs a call and checks its outcome.
 *
 * @param api - the error guard and codes of the build under test
 * @param call - the call
 * @returns the outcome
 */
export function outcomeOf(api: ErrorApi, call: () => unknown): Outcome {
  const outcome = untalliedOutcome(api, call);
  if (outcome.ok) OUTCOMES.results += 1;
  else OUTCOMES.errors += 1;
  return outcome;
}

/** How many outcomes were results and how many the library's errors, since the last reset. */
export const OUTCOMES = { results: 0, errors: 0 };

function untalliedOutcome(api: ErrorApi, call: () => unknown): Outcome {
  let value: unknown;
  try {
    value = call();
  } catch (error) {
    checkOwnError(api, error);
    const known = error as { code: string; message: string };
    return { ok: false, code: known.code, message: known.message };
  }
  checkFigures(value);
  checkKinds(value, []);
  let json: string;
  try {
    json = JSON.stringify(value);
  } catch (error) {
    throw new Error(`result not JSON-serialisable: ${String(error)}`);
  }
  if (json !== undefined && !isDeepStrictEqual(JSON.parse(json), toPlain(value))) throw new Error('result changes through JSON');
  return { ok: true, json, value };
}

/**
 * Runs a call twice and demands the same outcome.
 *
 * @param api - the error guard and codes
 * @param call - the call (given fresh inputs each time by the caller, or the same ones)
 * @returns the first outcome
 */
export function deterministicOutcome(api: ErrorApi, call: () => unknown): Outcome {
  const first = outcomeOf(api, call);
  const second = untalliedOutcome(api, call);
  const show = (outcome: Outcome) => (outcome.ok ? outcome.json : `${outcome.code}: ${outcome.message}`);
  if (show(first) !== show(second)) throw new Error(`not deterministic:\n${show(first)}\n${show(second)}`);
  return first;
}

function checkOwnError(api: ErrorApi, error: unknown): void {
  if (!api.isCdtoKpiError(error)) {
    throw new Error(`not the library's own error: ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 300)}` : typeof error}`);
  }
  const known = error as { code: unknown; message: unknown; issues: readonly { code: unknown; path: readonly unknown[]; message: unknown }[] };
  const codes = new Set(Object.values(api.ERROR_CODES));
  if (typeof known.code !== 'string' || !codes.has(known.code)) throw new Error(`error code not in ERROR_CODES: ${String(known.code)}`);
  if (typeof known.message !== 'string') throw new Error('error message not a string');
  if (!Array.isArray(known.issues) || known.issues.length === 0) throw new Error('error without issues');
  for (const issue of known.issues) {
    if (typeof issue.code !== 'string' || !codes.has(issue.code)) throw new Error(`issue code not in ERROR_CODES: ${String(issue.code)}`);
    if (!Array.isArray(issue.path) || issue.path.some((key: unknown) => typeof key !== 'string' && typeof key !== 'number')) {
      throw new Error(`issue path not made of strings and numbers: ${String(issue.path)}`);
    }
    if (typeof issue.message !== 'string') throw new Error('issue message not a string');
    const location = (issue as { location?: unknown }).location;
    // Every part of where a problem is is a text, but a CSV line, a whole number.
    if (typeof location !== 'object' || location === null || Object.entries(location).some(([key, part]) => (key === 'line' ? !(Number.isSafeInteger(part) && part > 0) : typeof part !== 'string'))) {
      throw new Error(`issue location not made of strings (and a line number): ${JSON.stringify(location)}`);
    }
  }
  JSON.stringify(known.issues);
}

/** Values a result never holds. */
function checkKinds(value: unknown, path: readonly (string | number)[]): void {
  if (typeof value === 'bigint' || typeof value === 'symbol') throw new Error(`a ${typeof value} at ${path.join('.')}`);
  if (typeof value === 'object' && value !== null) {
    if (Array.isArray(value)) value.forEach((item, index) => checkKinds(item, [...path, index]));
    else for (const [inner, item] of Object.entries(value)) checkKinds(item, [...path, inner]);
  }
}

function toPlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined).map(([key, inner]) => [key, toPlain(inner)]));
  }
  return value;
}

/** The own keys of the built-in prototypes, to show that none was added, removed or replaced. */
export function builtinsSnapshot(): string {
  const parts: string[] = [];
  for (const [name, prototype] of [
    ['Object', Object.prototype],
    ['Array', Array.prototype],
    ['Function', Function.prototype],
    ['String', String.prototype],
    ['Number', Number.prototype],
  ] as const) {
    for (const key of Reflect.ownKeys(prototype)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(prototype, key)!;
      const kind = 'value' in descriptor ? typeof descriptor.value : 'accessor';
      parts.push(`${name}.${String(key)}:${kind}:${String(descriptor.writable)}`);
    }
  }
  return parts.join('|');
}

/**
 * Describes a value deeply without running a getter or a proxy trap that throws: its shape, its
 * own properties and whether each object is frozen, sealed or extensible. Two descriptions are
 * equal when nothing was changed or frozen.
 *
 * @param value - a value given to the library
 * @returns a description to compare
 */
export function describeInput(value: unknown): string {
  const seen = new Map<object, number>();
  const write = (inner: unknown, depth: number): string => {
    switch (typeof inner) {
      case 'string':
        return inner.length > 64 ? `s${inner.length}:${inner.slice(0, 32)}` : JSON.stringify(inner);
      case 'bigint':
        return `${inner}n`;
      case 'symbol':
        return inner.toString();
      case 'function':
        try {
          return `f(${Object.isFrozen(inner)})`;
        } catch {
          return 'f(unreadable)';
        }
      case 'object':
        break;
      default:
        return String(inner);
    }
    if (inner === null) return 'null';
    const object = inner as object;
    if (seen.has(object)) return `#${seen.get(object)}`;
    seen.set(object, seen.size);
    try {
      if (depth > 64) return `{deep ${Object.isFrozen(object)}}`;
      const flags = `${Object.isFrozen(object) ? 'F' : ''}${Object.isSealed(object) ? 'S' : ''}${Object.isExtensible(object) ? 'E' : ''}`;
      const entries = Reflect.ownKeys(object).map((key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(object, key)!;
        const shown = 'value' in descriptor ? write(descriptor.value, depth + 1) : 'get/set';
        return `${String(key)}=${shown}`;
      });
      return `${flags}{${entries.join(',')}}`;
    } catch {
      return '(unreadable)';
    }
  };
  return write(value, 0);
}

/**
 * Runs a call with the caller-side checks around it: the inputs' descriptions and the built-in
 * prototypes are the same after the call as before.
 *
 * @param inputs - every value handed to the call
 * @param call - the call
 * @returns what the call returned
 */
export function withUntouchedInputs<T>(inputs: readonly unknown[], call: () => T): T {
  const before = inputs.map(describeInput);
  const builtins = builtinsSnapshot();
  const result = call();
  const after = inputs.map(describeInput);
  for (let index = 0; index < inputs.length; index += 1) {
    if (before[index] !== after[index]) throw new Error(`input ${index} changed or frozen:\nbefore ${before[index]!.slice(0, 400)}\nafter  ${after[index]!.slice(0, 400)}`);
  }
  if (builtinsSnapshot() !== builtins) throw new Error('a built-in prototype changed');
  return result;
}
