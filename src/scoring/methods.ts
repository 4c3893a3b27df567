/**
 * The scoring methods by name, so that data (an edition's `method`, a published report's) can name
 * the method that applies.
 *
 * @module
 */
import { ERROR_CODES, failure } from '../errors/cdto-kpi-error.js';
import { deepFreeze } from '../freeze.js';
import { METHOD_2025, PUBLISHED_METHOD, type ScoringMethod } from './method.js';

/** The named methods of the library: the published Q1 2024 method, and the 2025 edition's. */
export const METHODS: Readonly<Record<string, ScoringMethod>> = deepFreeze({
  [PUBLISHED_METHOD.name]: PUBLISHED_METHOD,
  [METHOD_2025.name]: METHOD_2025,
});

/**
 * Finds a method by its name.
 *
 * @param name - e.g. `published-2024-q1`
 * @returns the method
 * @throws {@link CdtoKpiError} `INVALID_POLICY` for a name no method has
 */
export function methodByName(name: string): ScoringMethod {
  if (!Object.hasOwn(METHODS, name)) throw failure(ERROR_CODES.INVALID_POLICY, { field: 'method' }, `one of ${Object.keys(METHODS).join(', ')}`, name, 'unknown method');
  return METHODS[name]!;
}
