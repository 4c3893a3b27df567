/**
 * Ordering bodies into a rating.
 *
 * @module
 */
import { ExactDecimal } from '../decimal/decimal.js';
import { ERROR_CODES, failure } from '../errors/cdto-kpi-error.js';

/** A result as the scorer writes it: digits, an optional point and decimals, no exponent. */
const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/u;

/** A body's place in a rating. */
export interface RatingEntry {
  readonly body: string;
  readonly result: string;
  /** 1 for the highest result; bodies with equal results share a rank (see {@link rankResults}). */
  readonly rank: number;
}

/**
 * Orders bodies by their result, highest first.
 *
 * Ties share a rank and the next rank is skipped ("standard competition ranking", 1-2-2-4), so a
 * rank always says how many bodies did better (rank − 1). Bodies with equal results are listed
 * by id, so the output does not depend on the input order. Results are compared as exact
 * decimals: `"65"` and `"65.0"` tie.
 *
 * @param results - each body's id and result R
 * @returns the rating, frozen
 * @throws {@link CdtoKpiError} `INVALID_VALUE` for a body without an id or a result that is not a
 *   plain decimal string
 * @example
 * ```ts
 * rankResults([{ body: 'a', result: '65' }, { body: 'b', result: '96.4' }, { body: 'c', result: '65.0' }]);
 * // [{ body: 'b', rank: 1 }, { body: 'a', rank: 2 }, { body: 'c', rank: 2 }] (results kept)
 * ```
 */
export function rankResults(results: readonly { readonly body: string; readonly result: string }[]): readonly RatingEntry[] {
  if (!Array.isArray(results)) throw failure(ERROR_CODES.WRONG_TYPE, { field: 'results' }, 'a list of { body, result }', results);
  const checked = results.map((entry: unknown, index) => {
    const body = typeof entry === 'object' && entry !== null && Object.hasOwn(entry, 'body') ? (entry as { body: unknown }).body : undefined;
    const result = typeof entry === 'object' && entry !== null && Object.hasOwn(entry, 'result') ? (entry as { result: unknown }).result : undefined;
    if (typeof body !== 'string' || body === '') {
      throw failure(ERROR_CODES.WRONG_TYPE, { field: `results[${index}].body` }, 'a body id', body);
    }
    if (typeof result !== 'string' || !PLAIN_DECIMAL.test(result)) {
      throw failure(ERROR_CODES.INVALID_VALUE, { body, field: 'result' }, 'a result as a plain decimal string, such as "65" or "96.4"', result);
    }
    return { body, result };
  });
  return rankTrusted(checked);
}

/**
 * {@link rankResults} for results the library computed itself: no checks.
 *
 * @param results - each body's id and result R, as the scorer wrote them
 * @returns the rating, frozen
 * @internal
 */
export function rankTrusted(results: readonly { readonly body: string; readonly result: string }[]): readonly RatingEntry[] {
  const sorted = results
    .map(({ body, result }) => ({ body, result, value: new ExactDecimal(result) }))
    .sort((x, y) => y.value.comparedTo(x.value) || (x.body < y.body ? -1 : x.body > y.body ? 1 : 0));
  const rated: RatingEntry[] = [];
  sorted.forEach((entry, index) => {
    const previous = sorted[index - 1];
    const rank = previous !== undefined && previous.value.eq(entry.value) ? rated[index - 1]!.rank : index + 1;
    rated.push(Object.freeze({ body: entry.body, result: entry.result, rank }));
  });
  return Object.freeze(rated);
}
