/**
 * The library's one boundary: every public function reads what it is given through here, once,
 * into plain data that nothing inside checks again. A document (a period report, an indicator's
 * input, a definition) is held to limits and copied from its own data properties; options are read
 * one level deep, each value left to the function to check.
 *
 * @module
 */
import { ERROR_CODES, type ErrorCode, type ErrorLocation, failure, formatPath, isCdtoKpiError, type PathKey, type Words, say } from '../errors/cdto-kpi-error.js';
import { deepFreeze } from '../freeze.js';

/**
 * The limits of a document, stated in `docs/security.md`. A real report needs a depth of 6, a few
 * thousand values, keys of at most 40 characters and strings of at most a few hundred.
 */
export const DOCUMENT_LIMITS = deepFreeze({
  /** The deepest nesting of objects and lists: the root is at depth 0, its values at depth 1. */
  maxDepth: 32,
  /** The most values (objects, lists, strings, numbers, …) in one document. */
  maxValues: 200_000,
  /** The longest key (an indicator id, a field name). */
  maxKeyLength: 128,
  /** The longest string value (a figure is held to a tighter limit when it is read). */
  maxStringLength: 10_000,
} as const);

/** Keys that reach an object's prototype when written or read carelessly: never read, always refused. */
export const FORBIDDEN_KEYS: readonly string[] = deepFreeze(['__proto__', 'constructor', 'prototype']);

interface Pending {
  readonly source: object;
  readonly target: Record<string, unknown> | unknown[];
  readonly path: readonly PathKey[];
  readonly depth: number;
}

/**
 * Checks a document against the limits and returns a plain copy of it, built from its own data
 * properties only, read once each. The rest of the library reads the copy: a getter, a proxy or an
 * inherited property of the caller's value is never consulted again, and the caller's value is
 * neither changed nor frozen.
 *
 * Accepted: plain objects (also with a `null` prototype), lists, and primitives (which later
 * checks judge). Refused, each with the path to the value:
 * - `FORBIDDEN_KEY`: a `__proto__`, `constructor` or `prototype` key anywhere (`JSON.parse` makes
 *   `"__proto__"` an own key, which a schema would otherwise drop without a word);
 * - `LIMIT_EXCEEDED`: nesting deeper than `maxDepth`, more than `maxValues` values, a key longer
 *   than `maxKeyLength` or a string longer than `maxStringLength`;
 * - `WRONG_TYPE`: a getter or setter, a symbol key, an extra property on a list, an object that is
 *   not plain data (a `Date`, a `Map`, a class instance, a function), or a value whose reading
 *   throws (a proxy).
 *
 * The walk is iterative: a document 100,000 levels deep is refused, never a stack overflow. The
 * copy's objects have `Object.prototype`; it is not frozen.
 */
export function readDocument(document: unknown): unknown {
  const { maxValues, maxKeyLength, maxDepth } = DOCUMENT_LIMITS;
  if (typeof document !== 'object' || document === null) return checkPrimitive(document, [], undefined);
  let values = 1;
  const rootTarget = emptyCopy(document, []);
  const stack: Pending[] = [{ source: document, target: rootTarget, path: [], depth: 0 }];
  while (stack.length > 0) {
    const { source, target, path, depth } = stack.pop()!;
    const keys = ownKeys(source, path);
    const isList = Array.isArray(target);
    // A list's length counts, not its keys: a sparse list of 10^9 slots has two keys.
    values += isList ? Number(ownValue(source, 'length', path)) : keys.length;
    if (!(values <= maxValues)) {
      throw refusal(ERROR_CODES.LIMIT_EXCEEDED, path, say('a document of at most {max} values', { max: String(maxValues) }), source, say('more than {max} values in the document', { max: String(maxValues) }));
    }
    for (const key of keys) {
      if (typeof key === 'symbol') {
        throw refusal(ERROR_CODES.WRONG_TYPE, path, 'plain data: string keys only', key, 'a symbol key');
      }
      if (isList && key === 'length') continue;
      const index = isList ? listIndex(key) : null;
      if (isList && index === null) throw refusal(ERROR_CODES.WRONG_TYPE, [...path, key], 'a list of values, with no other property', key, 'a property on a list');
      // The child's path is written only for an object (its own children need it) or an error.
      const childKey: PathKey = index ?? key;
      if (!isList) {
        if (FORBIDDEN_KEYS.includes(key)) {
          throw refusal(ERROR_CODES.FORBIDDEN_KEY, [...path, childKey], say('a key other than {keys}', { keys: FORBIDDEN_KEYS }), key, say('the key {key} is never read', { key: JSON.stringify(key) }));
        }
        if (key.length > maxKeyLength) {
          throw refusal(ERROR_CODES.LIMIT_EXCEEDED, path, say('keys of at most {max} characters', { max: String(maxKeyLength) }), key, say('a key of {length} characters', { length: String(key.length) }));
        }
      }
      const value = ownValue(source, key, path, childKey);
      let copy: unknown;
      if (typeof value === 'object' && value !== null) {
        const childPath: readonly PathKey[] = [...path, childKey];
        if (depth + 1 > maxDepth) {
          throw refusal(ERROR_CODES.LIMIT_EXCEEDED, childPath, say('nesting of at most {max} levels', { max: String(maxDepth) }), value, say('nesting deeper than {max} levels', { max: String(maxDepth) }));
        }
        copy = emptyCopy(value, childPath);
        stack.push({ source: value, target: copy as Record<string, unknown> | unknown[], path: childPath, depth: depth + 1 });
      } else {
        copy = checkPrimitive(value, path, childKey);
      }
      // Forbidden keys were refused above, so a plain assignment cannot reach a prototype.
      if (isList) (target as unknown[])[index!] = copy;
      else (target as Record<string, unknown>)[key] = copy;
    }
    // A hole in a list is read as undefined, as a schema reads it.
    if (isList) {
      const list = target as unknown[];
      const length = Number(ownValue(source, 'length', path));
      for (let index = 0; index < length; index += 1) if (!Object.hasOwn(list, index)) list[index] = undefined;
    }
  }
  return rootTarget;
}

function checkPrimitive(value: unknown, parent: readonly PathKey[], key: PathKey | undefined): unknown {
  if (typeof value === 'function') {
    throw refusal(ERROR_CODES.WRONG_TYPE, key === undefined ? parent : [...parent, key], 'plain data: objects, lists, strings, numbers, booleans, null', value, 'a function is not data');
  }
  if (typeof value === 'string' && value.length > DOCUMENT_LIMITS.maxStringLength) {
    throw refusal(ERROR_CODES.LIMIT_EXCEEDED, key === undefined ? parent : [...parent, key], say('a string of at most {max} characters', { max: String(DOCUMENT_LIMITS.maxStringLength) }), value, say('a string of {length} characters', { length: String(value.length) }));
  }
  return value;
}

function emptyCopy(value: object, path: readonly PathKey[]): Record<string, unknown> | unknown[] {
  let list: boolean;
  let prototype: object | null;
  try {
    list = Array.isArray(value);
    prototype = Object.getPrototypeOf(value) as object | null;
  } catch {
    throw refusal(ERROR_CODES.WRONG_TYPE, path, 'plain data that can be read', '(a value whose reading throws)', 'a value that cannot be read');
  }
  if (list ? prototype !== Array.prototype : prototype !== Object.prototype && prototype !== null) {
    throw refusal(ERROR_CODES.WRONG_TYPE, path, 'plain data: objects, lists, strings, numbers, booleans, null', value, 'not plain data');
  }
  return list ? [] : {};
}

function ownKeys(source: object, path: readonly PathKey[]): (string | symbol)[] {
  try {
    return Reflect.ownKeys(source);
  } catch {
    throw refusal(ERROR_CODES.WRONG_TYPE, path, 'plain data that can be read', '(a value whose keys cannot be listed)', 'a value that cannot be read');
  }
}

function ownValue(source: object, key: string, parent: readonly PathKey[], childKey?: PathKey): unknown {
  let descriptor: PropertyDescriptor | undefined;
  try {
    descriptor = Reflect.getOwnPropertyDescriptor(source, key);
  } catch {
    throw refusal(ERROR_CODES.WRONG_TYPE, childPath(parent, childKey), 'plain data that can be read', '(a value whose reading throws)', 'a value that cannot be read');
  }
  if (descriptor === undefined) return undefined;
  if (!('value' in descriptor)) {
    throw refusal(ERROR_CODES.WRONG_TYPE, childPath(parent, childKey), 'a plain value, not a getter or setter', '(a getter or setter)', 'a getter or setter is never run');
  }
  return descriptor.value;
}

/** The path of a child, written only for an error. */
const childPath = (parent: readonly PathKey[], key: PathKey | undefined): readonly PathKey[] => (key === undefined ? parent : [...parent, key]);

function listIndex(key: string): number | null {
  if (!/^(?:0|[1-9]\d{0,9})$/u.test(key)) return null;
  const index = Number(key);
  return index < 2 ** 32 - 1 ? index : null;
}

function refusal(code: ErrorCode, path: readonly PathKey[], expected: Words, received: unknown, detail: Words) {
  return failure(code, path.length === 0 ? {} : { field: formatPath(path) }, expected, received, detail, path);
}

/**
 * Reads an options object (or a location, as `name` calls it): `undefined` is none; anything but a
 * plain object, a getter, or a key the function does not take is refused. The values are returned
 * as given, in a frozen object read once; the function checks each one.
 */
export function readOptions<K extends string>(options: unknown, keys: readonly K[], location: ErrorLocation = {}, name = 'options'): Readonly<Partial<Record<K, unknown>>> {
  if (options === undefined) return EMPTY;
  if (typeof options !== 'object' || options === null || isList(options)) {
    throw failure(ERROR_CODES.WRONG_TYPE, { ...location, field: name }, say('an object with any of {keys}', { keys }), options);
  }
  const read: Partial<Record<K, unknown>> = {};
  try {
    for (const key of Reflect.ownKeys(options)) {
      if (typeof key !== 'string' || !(keys as readonly string[]).includes(key)) {
        throw failure(ERROR_CODES.UNEXPECTED_FIELD, { ...location, field: String(key) }, say('only {keys}', { keys }), undefined, 'unexpected option');
      }
      const descriptor = Object.getOwnPropertyDescriptor(options, key);
      if (descriptor === undefined) continue;
      if (!('value' in descriptor)) throw failure(ERROR_CODES.WRONG_TYPE, { ...location, field: key }, 'a plain value, not a getter', '(a getter)');
      if (descriptor.value !== undefined) read[key as K] = descriptor.value as unknown;
    }
  } catch (error) {
    if (isCdtoKpiError(error)) throw error;
    // A proxy whose traps throw: its own error is not passed on, and the options are refused.
    throw failure(ERROR_CODES.WRONG_TYPE, { ...location, field: name }, 'a plain object', '(an object that cannot be read)');
  }
  return Object.freeze(read);
}

const EMPTY = Object.freeze({});

/** Whether a value is a list; a revoked proxy, which cannot be asked, counts as one (it is refused as not an object). */
function isList(value: object): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return true;
  }
}

/** Reads a location (body, direction, indicator, field) given by a caller: strings only, frozen. */
export function readLocation(location: unknown): ErrorLocation {
  const read = readOptions(location, ['body', 'direction', 'indicator', 'field'], {}, 'location');
  for (const [key, value] of Object.entries(read)) {
    if (typeof value !== 'string') throw failure(ERROR_CODES.WRONG_TYPE, { field: `location.${key}` }, 'a string', value);
  }
  return read as ErrorLocation;
}
