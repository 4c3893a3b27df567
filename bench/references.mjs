// The bench's reference, never used by the library: the formula as a user would write it with
// decimal.js (a new decimal per figure, no trace), by the published method for ratio, decreasing
// ratio and count:
// Z cut toward zero at one decimal, W = U at or beyond the target, proportional (inverse-proportional
// for a decreasing ratio above its target) otherwise, cut toward zero at one decimal.
import { Decimal } from 'decimal.js';

// The bench's own clone, so that the global decimal.js configuration is left alone.
const Naive = Decimal.clone({ precision: 40 });

/**
 * W with a new decimal per figure, as a user of decimal.js would write it.
 *
 * @param {{ kind: string, weight: string, target: string }} definition
 * @param {{ a: string, b?: string }} input
 * @returns {string} W as the scorer writes it
 */
export function naiveDecimalAwarded(definition, input) {
  const u = new Naive(definition.weight);
  const n = new Naive(definition.target);
  const cut = (value) => value.toDecimalPlaces(1, Decimal.ROUND_DOWN);
  let w;
  if (definition.kind === 'count') {
    const a = new Naive(input.a);
    w = a.gte(n) ? u : cut(a.div(n).times(u));
  } else {
    const z = cut(new Naive(input.a).times(100).div(new Naive(input.b)));
    if (definition.kind === 'ratio') w = z.gte(n) ? u : cut(z.div(n).times(u));
    else w = z.lte(n) ? u : cut(n.div(z).times(u));
  }
  return w.toFixed();
}
