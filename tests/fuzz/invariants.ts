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

/** The fields whose string values are exact decimals: never `NaN`, `Infinity` or exponent form. */
const DECIMAL_FIELDS = new Set(['weight', 'target', 'share', 'awarded', 'planned', 'result', 'plannedWeight', 'shareOfPlanned', 'hours', 'value']);
const DECIMAL = /^-?\d+(?:\.\d+)?$/u;

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
  checkFinite(value, []);
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
  }
  JSON.stringify(known.issues);
}

function checkFinite(value: unknown, path: readonly (string | number)[], key?: string): void {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`non-finite number at ${path.join('.')}`);
  if (typeof value === 'string' && key !== undefined && DECIMAL_FIELDS.has(key) && !DECIMAL.test(value)) {
    throw new Error(`not an exact decimal at ${path.join('.')}: ${JSON.stringify(value.slice(0, 100))}`);
  }
  if (typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function') throw new Error(`a ${typeof value} at ${path.join('.')}`);
  if (typeof value === 'object' && value !== null) {
    if (Array.isArray(value)) value.forEach((item, index) => checkFinite(item, [...path, index], key));
    else for (const [inner, item] of Object.entries(value)) checkFinite(item, [...path, inner], inner);
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
        return `f(${Object.isFrozen(inner)})`;
      case 'object':
        break;
      default:
        return String(inner);
    }
    if (inner === null) return 'null';
    const object = inner as object;
    if (seen.has(object)) return `#${seen.get(object)}`;
    seen.set(object, seen.size);
    if (depth > 64) return `{deep ${Object.isFrozen(object)}}`;
    try {
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
