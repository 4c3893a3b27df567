/**
 * Deep freezing, so that nothing the library hands out can be changed in place.
 *
 * @module
 */

/**
 * Freezes an object and everything in it.
 *
 * @param value - a plain object or array
 * @returns the same value, frozen all the way down
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
