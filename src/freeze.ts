/**
 * Deep freezing, so that nothing the library hands out can be changed in place.
 *
 * @module
 */

/**
 * Freezes a value the library built and everything in it (a caller's value is copied first, see
 * `readDocument`). Only data properties are followed: a getter could throw, or differ each time.
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
 * Freezes a zod schema so that none of its methods can be replaced (`schema.safeParse = …`). zod
 * builds each method on its first read and stores it on the schema: every one is read here first,
 * so that the frozen schema still has them all (what is derived from it is new and unfrozen).
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
