/**
 * Mutating everything reachable from what the library hands out: its exports, its results, its
 * errors, the catalogue data it gives. Used by the property that no call changes what a later
 * call returns: whatever a caller does to these values, a later call gives the same bytes.
 *
 * Only the caller's side is attacked: every own property is written, redefined and deleted, a
 * property is added (a `toJSON` among them), lists are pushed onto and cut, and each prototype
 * that is not a built-in one is attacked too and replaced. The built-in prototypes
 * (`Object.prototype`, `Array.prototype`, …) belong to the platform, not to the library: a caller
 * who changes them changes every program in the realm, and they are left alone.
 *
 * Every attempt goes through `Reflect`, which answers `false` where a value is frozen instead of
 * throwing: the count of attempts that succeeded is returned, for a test to check that what
 * should be frozen is.
 *
 * @module
 */

/** The constructors and prototypes of the platform: never attacked, never walked. */
const BUILTIN_PROTOTYPES: ReadonlySet<unknown> = new Set(
  [Object, Array, Function, Error, TypeError, RangeError, String, Number, Boolean, Symbol, BigInt, Map, Set, WeakMap, WeakSet, Promise, RegExp, Date, Uint8Array, ArrayBuffer]
    .flatMap((constructor) => [constructor, constructor.prototype, Object.getPrototypeOf(constructor.prototype)])
    .concat([Object.getPrototypeOf(Uint8Array), Object.getPrototypeOf(Uint8Array.prototype), Object.getPrototypeOf(function* () {}.prototype), Object.getPrototypeOf(async function () {})]),
);

/** Whether a function is a class: its prototype is the class's, which the library owns; a plain function's is read by nobody. */
const isClass = (value: unknown): boolean => typeof value === 'function' && /^class\b/u.test(Function.prototype.toString.call(value));

/** A value written over the library's: a figure that is not the one it held, and a function. */
const JUNK: readonly unknown[] = ['999', null, () => ({ awarded: '999' })];

/** What an attack did: how many objects it reached, and what it changed that a caller should not be able to. */
export interface Attack {
  readonly reached: number;
  /** Paths of the changes that took: a frozen value has none. */
  readonly changed: readonly string[];
}

/**
 * What belongs to zod, a runtime dependency, and is shared by every zod schema of the realm: the
 * prototypes of its schema classes and the regular expressions of its checks. A schema of
 * `cdto-kpi/schemas` leads to them; like the built-ins, they are zod's, not the library's, and a
 * change to them changes every zod schema of the program. The library's own validation uses
 * schema instances of its own, never handed out, and what each handed-out instance holds (its
 * `_zod` record, its definition) is attacked.
 *
 * @param value - a value reached
 * @param key - the key it was reached by
 * @returns whether it is zod's shared state
 */
export function isZodShared(value: unknown, key: string | symbol): boolean {
  if (value instanceof RegExp) return true;
  if (key === 'constr' || key === 'traits' || key === 'deferred') return true;
  // A zod class's prototype: it has `_zod`-bearing instances and is not a plain object's.
  return typeof value === 'object' && value !== null && key === '[[Prototype]]' && Object.hasOwn(value, 'constructor') && ZOD_PROTOTYPES.has(value);
}

const ZOD_PROTOTYPES = new WeakSet<object>();

/**
 * Marks the prototype chains of zod schemas as zod's (see {@link isZodShared}).
 *
 * @param schemas - schema objects
 */
export function noteZodPrototypes(schemas: readonly unknown[]): void {
  for (const schema of schemas) {
    for (let prototype = Object.getPrototypeOf(schema) as object | null; prototype !== null && !BUILTIN_PROTOTYPES.has(prototype); prototype = Object.getPrototypeOf(prototype) as object | null) {
      ZOD_PROTOTYPES.add(prototype);
    }
  }
}

/**
 * Attacks everything reachable from the roots: writes, redefines and deletes every own property,
 * adds properties, grows and cuts lists, replaces prototypes. Getters are not run; what
 * `skip` names (another's shared state) is neither walked nor attacked.
 *
 * @param roots - named values to start from
 * @param options - `limit`: the most objects to reach (the catalogues hold tens of thousands);
 *   `skip`: what not to walk, by value and the key it was reached by
 * @returns how many objects were reached and which changes took
 */
export function attackEverything(roots: Readonly<Record<string, unknown>>, options: { readonly limit?: number; readonly skip?: (value: unknown, key: string | symbol) => boolean } = {}): Attack {
  const limit = options.limit ?? 200_000;
  const skip = options.skip ?? (() => false);
  const seen = new Set<object>();
  const changed: string[] = [];
  const queue: [unknown, string, string | symbol][] = Object.entries(roots).map(([name, value]) => [value, name, name]);
  // Walk first, attack afterwards: an attack must not hide what lies beyond it.
  const reached: [object, string][] = [];
  while (queue.length > 0 && reached.length < limit) {
    const [value, path, key] = queue.shift()!;
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null) continue;
    if (seen.has(value) || BUILTIN_PROTOTYPES.has(value) || skip(value, key)) continue;
    seen.add(value);
    reached.push([value, path]);
    let keys: (string | symbol)[];
    try {
      keys = Reflect.ownKeys(value);
    } catch {
      continue;
    }
    for (const key of keys) {
      if (typeof value === 'function' && key === 'prototype' && !isClass(value)) continue;
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
      if (descriptor !== undefined && 'value' in descriptor) queue.push([descriptor.value, `${path}.${String(key)}`, key]);
    }
    queue.push([Reflect.getPrototypeOf(value), `${path}.[[Prototype]]`, '[[Prototype]]']);
  }
  for (const [value, path] of reached) attackOne(value, path, changed, skip);
  return { reached: reached.length, changed };
}

function attackOne(value: object, path: string, changed: string[], skip: (value: unknown, key: string | symbol) => boolean): void {
  const note = (done: boolean, what: string): void => {
    if (done) changed.push(`${path}${what}`);
  };
  const keys = Reflect.ownKeys(value);
  for (const key of keys) {
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    // A function's own `length`, `name` and `prototype` are the platform's, read by nobody; a class's prototype is walked and attacked itself.
    if (typeof value === 'function' && (key === 'length' || key === 'name' || key === 'prototype' || key === 'arguments' || key === 'caller')) continue;
    if (descriptor === undefined || !('value' in descriptor) || skip(descriptor.value, key)) continue;
    for (const junk of JUNK) note(safely(() => Reflect.set(value, key, junk)) && Reflect.get(value, key) === junk, `.${String(key)} = ${typeof junk}`);
    note(safely(() => Reflect.defineProperty(value, key, { value: '999', writable: true, enumerable: true, configurable: true })), `.${String(key)} redefined`);
    note(safely(() => Reflect.defineProperty(value, key, { get: () => '999', enumerable: true, configurable: true })), `.${String(key)} made a getter`);
    note(safely(() => Reflect.deleteProperty(value, key)) && !Reflect.has(value, key), `.${String(key)} deleted`);
  }
  note(safely(() => Reflect.set(value, 'toJSON', () => ({ awarded: '999' }))), '.toJSON added');
  note(safely(() => Reflect.set(value, 'then', () => undefined)), '.then added');
  if (Array.isArray(value)) {
    note(safely(() => Reflect.set(value, value.length, '999')) && value.length > 0 && value[value.length - 1] === '999', ' pushed onto');
    note(safely(() => Reflect.set(value, 'length', 0)) && value.length === 0, ' emptied');
  }
  note(safely(() => Reflect.setPrototypeOf(value, { toJSON: () => ({ awarded: '999' }) })), ' prototype replaced');
  const prototype = Reflect.getPrototypeOf(value);
  if (prototype !== null && !BUILTIN_PROTOTYPES.has(prototype) && !skip(prototype, '[[Prototype]]')) note(safely(() => Reflect.set(prototype, 'toJSON', () => ({ awarded: '999' }))), '.[[Prototype]].toJSON added');
}

function safely(attempt: () => boolean): boolean {
  try {
    return attempt();
  } catch {
    return false;
  }
}
