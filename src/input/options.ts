/**
 * Reading a caller's options once, into a frozen snapshot: own data properties only, every key
 * known, whatever the value is (a proxy, a getter, a class instance).
 *
 * @module
 */
import { ERROR_CODES, failure, isCdtoKpiError, type ErrorLocation } from '../errors/cdto-kpi-error.js';

/**
 * Reads an options object: `undefined` is no options; anything but a plain object, a getter, or a
 * key the function does not take is refused. The values are returned as given (the function checks
 * each one), in a frozen object read once.
 *
 * @param options - what the caller passed
 * @param keys - the options the function takes
 * @param location - where, for the error (the field is the option's name)
 * @returns the options given, frozen
 * @throws {@link CdtoKpiError} `WRONG_TYPE` for options that are not a plain object or hold a
 *   getter; `UNEXPECTED_FIELD` for an option the function does not take
 * @internal
 */
export function readOptions<K extends string>(options: unknown, keys: readonly K[], location: ErrorLocation = {}): Readonly<Partial<Record<K, unknown>>> {
  if (options === undefined) return EMPTY;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw failure(ERROR_CODES.WRONG_TYPE, { ...location, field: 'options' }, `an object with any of ${keys.join(', ')}`, options);
  }
  const read: Partial<Record<K, unknown>> = {};
  try {
    for (const key of Reflect.ownKeys(options)) {
      if (typeof key !== 'string' || !(keys as readonly string[]).includes(key)) {
        throw failure(ERROR_CODES.UNEXPECTED_FIELD, { ...location, field: String(key) }, `only ${keys.join(', ')}`, undefined, 'unexpected option');
      }
      const descriptor = Object.getOwnPropertyDescriptor(options, key);
      if (descriptor === undefined) continue;
      if (!('value' in descriptor)) throw failure(ERROR_CODES.WRONG_TYPE, { ...location, field: key }, 'a plain value, not a getter', '(a getter)');
      if (descriptor.value !== undefined) read[key as K] = descriptor.value as unknown;
    }
  } catch (error) {
    if (isCdtoKpiError(error)) throw error;
    // A proxy whose traps throw: its own error is not passed on, and the options are refused.
    throw failure(ERROR_CODES.WRONG_TYPE, { ...location, field: 'options' }, 'a plain object', '(an object that cannot be read)');
  }
  return Object.freeze(read);
}

const EMPTY = Object.freeze({});
