/**
 * `ratio`: a share of parts, Z = a / b × 100, more is better.
 *
 * @module
 */
import type { FigureInput } from '../input/figure.js';
import { defineKind, shareOfParts } from './measure.js';

/** A share from its parts: numerator a and denominator b. */
export interface ShareInput {
  readonly a: FigureInput;
  readonly b: FigureInput;
}

/** The `ratio` kind. */
export const RATIO = /* @__PURE__ */ defineKind({
  kind: 'ratio',
  fields: ['a', 'b'],
  formula: 'Z = a / b × 100; W = U if Z ≥ N, else Z / N × U',
  basis: 'share',
  levers: [{ field: 'a', better: 'higher', values: 'figure' }],
  measure: shareOfParts('a', 'b'),
});
