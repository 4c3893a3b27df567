/**
 * `count`: a number of things ("ед." / "бірл."), compared with the target as reported.
 *
 * @module
 */
import type { FigureInput } from '../input/figure.js';
import { defineKind } from './measure.js';

/** a: the number achieved. */
export interface CountInput {
  readonly a: FigureInput;
}

/** The `count` kind. */
export const COUNT = /* @__PURE__ */ defineKind({
  kind: 'count',
  fields: ['a'],
  formula: 'W = U if a ≥ N, else a / N × U',
  basis: 'count',
  levers: [{ field: 'a', better: 'higher', values: 'figure' }],
  measure: (input) => {
    const count = input.figure('a');
    input.done();
    return { share: null, fraction: null, count, done: null, steps: [] };
  },
});
