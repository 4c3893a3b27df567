/**
 * Deep freezing, so that nothing the library hands out can be changed in place.
 *
 * @module
 */

/**
 * Freezes an object and everything in it. Only data properties are followed: a getter is never
 * run (it could throw, or hand back something else each time).
 *
 * The library freezes only values it built itself (its results, its constants); a caller's value
 * is copied before it is kept (see `readDocument`), so freezing never reaches the caller's objects.
 *
 * @param value - a plain object or array
 * @returns the same value, frozen all the way down
 * @example
 * ```ts
 * const LIMITS = deepFreeze({ depth: { max: 32 } });
 * Object.isFrozen(LIMITS.depth); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
      if (descriptor !== undefined && 'value' in descriptor) deepFreeze(descriptor.value as unknown);
    }
  }
  return value;
}

/**
 * Freezes a zod schema object so that none of its methods can be replaced (`schema.safeParse = …`).
 * zod builds each method on the first read and stores it on the schema; every one is read here
 * first, so that a frozen schema still has all of them. The schema stays fully usable: parsing,
 * and deriving new schemas (`.optional()`, `.extend()`), which are new, unfrozen objects.
 *
 * @param schema - a zod schema
 * @returns the same schema, frozen
 * @example
 * ```ts
 * export const idSchema = freezeSchema(z.string().min(1));
 * ```
 */
export function freezeSchema<T extends object>(schema: T): T {
  for (let prototype = Object.getPrototypeOf(schema) as object | null; prototype !== null && prototype !== Object.prototype; prototype = Object.getPrototypeOf(prototype) as object | null) {
    for (const key of Reflect.ownKeys(prototype)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(prototype, key);
      if (descriptor?.get !== undefined && !Object.hasOwn(schema, key)) Reflect.get(schema, key);
    }
  }
  return Object.freeze(schema);
}
