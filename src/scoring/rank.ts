/**
 * Ordering bodies into a rating.
 *
 * @module
 */
import { exact } from '../decimal/decimal.js';
import { ERROR_CODES, failure } from '../errors/cdto-kpi-error.js';
import { readDocument } from '../input/boundary.js';

/** A result as the scorer writes it: digits, an optional point and decimals, no exponent. */
const PLAIN_DECIMAL = /^-?\d{1,100}(?:\.\d{1,100})?$/u;

/** A body's place in a rating. */
export interface RatingEntry {
  readonly body: string;
  readonly result: string;
  /** 1 for the highest result; bodies with equal results share a rank (see {@link rankResults}). */
  readonly rank: number;
}

/**
 * What a rating is ordered by: `result`, R = Σ W; `share-of-planned`, Σ W / Σ U × 100, the figure
 * that compares bodies whose planned totals differ (the 2025 edition's run from 80 to 135).
 */
export const RANK_BY = /* @__PURE__ */ Object.freeze(['result', 'share-of-planned'] as const);
/** What a rating is ordered by (see above). */
export type RankBy = (typeof RANK_BY)[number];

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
 * @throws {@link CdtoKpiError} `WRONG_TYPE` for a list that is not one or a body without an id;
 *   `INVALID_VALUE` for a result that is not a plain decimal string
 * @example
 * ```ts
 * rankResults([{ body: 'a', result: '65' }, { body: 'b', result: '96.4' }, { body: 'c', result: '65.0' }]);
 * // [{ body: 'b', rank: 1 }, { body: 'a', rank: 2 }, { body: 'c', rank: 2 }] (results kept)
 * ```
 */
export function rankResults(results: readonly { readonly body: string; readonly result: string }[]): readonly RatingEntry[] {
  const given = readDocument(results);
  if (!Array.isArray(given)) throw failure(ERROR_CODES.WRONG_TYPE, { field: 'results' }, 'a list of { body, result }', results);
  const checked = given.map((entry: unknown, index) => {
    const { body, result } = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    if (typeof body !== 'string' || body === '') throw failure(ERROR_CODES.WRONG_TYPE, { field: `results[${index}].body` }, 'a body id', body);
    if (typeof result !== 'string' || !PLAIN_DECIMAL.test(result)) {
      throw failure(ERROR_CODES.INVALID_VALUE, { body, field: 'result' }, 'a result as a plain decimal string, such as "65" or "96.4"', result);
    }
    return { body, result };
  });
  return uncheckedRank(checked);
}

/** {@link rankResults} for results the library wrote itself. */
export function uncheckedRank(results: readonly { readonly body: string; readonly result: string }[]): readonly RatingEntry[] {
  const sorted = results
    .map(({ body, result }) => ({ body, result, value: exact(result) }))
    .sort((x, y) => y.value.comparedTo(x.value) || (x.body < y.body ? -1 : x.body > y.body ? 1 : 0));
  const rated: RatingEntry[] = [];
  sorted.forEach((entry, index) => {
    const previous = sorted[index - 1];
    const rank = previous !== undefined && previous.value.eq(entry.value) ? rated[index - 1]!.rank : index + 1;
    rated.push(Object.freeze({ body: entry.body, result: entry.result, rank }));
  });
  return Object.freeze(rated);
}
