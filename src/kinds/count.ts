/**
 * `count`: a number of things ("ед." / "бірл."), compared with the target as reported.
 *
 * @module
 */
import type { FigureInput } from '../input/figure-input.js';
import { defineKind } from './measure.js';
import type { KindModule } from './types.js';

/** a: the number achieved. */
export interface CountInput {
  readonly a: FigureInput;
}

/** The `count` kind: W = U at or above N, a / N × U below. */
export const COUNT: KindModule<'count'> = defineKind({
  kind: 'count',
  fields: ['a'],
  formula: 'W = U if a ≥ N, else a / N × U',
  basis: 'count',
  levers: [{ field: 'a', better: 'higher', values: 'figure' }],
  measure: (reader) => {
    const count = reader.figure('a');
    reader.done();
    return { share: null, fraction: null, count, done: null, steps: [] };
  },
});
