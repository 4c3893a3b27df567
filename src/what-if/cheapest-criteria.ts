/**
 * A composite indicator's cheapest way to the full weight: the set of missing criteria of the
 * least total weight that, added to those met, earns W = U by the scorer.
 *
 * @module
 */
import { ExactDecimal } from '../decimal/decimal.js';
import type { IndicatorDefinition } from '../kinds/kinds.js';
import type { ScoringMethod } from '../scoring/method.js';
import { earnsFullWeight } from './boundary.js';

/** Criteria beyond this many missing are not searched exhaustively (the decree's composites have four). */
const MAX_MISSING = 16;

/**
 * Finds the missing criteria to add.
 *
 * Every subset of the missing criteria is tried (a composite has a handful); of those that earn the
 * full weight, the one of least total weight wins, then the one with fewest criteria, then the
 * first in the decree's order.
 *
 * @param definition - a composite definition
 * @param met - the criteria met as reported (`null`: none reported)
 * @param method - the scoring method
 * @returns the criteria to add, in the decree's order, or `null` when even all of them fall short
 */
export function cheapestCriteria(definition: IndicatorDefinition & { readonly kind: 'composite' }, met: readonly string[] | null, method: ScoringMethod): readonly string[] | null {
  const done = new Set(met ?? []);
  const missing = definition.criteria.filter((criterion) => !done.has(criterion.id));
  if (missing.length > MAX_MISSING) return null;
  let best: { ids: string[]; weight: ExactDecimal } | null = null;
  for (let mask = 0; mask < 2 ** missing.length; mask += 1) {
    const chosen = missing.filter((_, index) => (mask & (1 << index)) !== 0);
    const weight = chosen.reduce((total, criterion) => total.plus(criterion.weight), new ExactDecimal(0));
    if (best !== null && (weight.gt(best.weight) || (weight.eq(best.weight) && chosen.length >= best.ids.length))) continue;
    const ids = chosen.map((criterion) => criterion.id);
    if (earnsFullWeight(definition, { met: [...done, ...ids] }, method)) best = { ids, weight };
  }
  return best === null ? null : best.ids;
}
