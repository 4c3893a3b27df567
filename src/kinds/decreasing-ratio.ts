/**
 * `decreasing-ratio`: a share of parts, Z = a / b × 100, less is better.
 *
 * @module
 */
import { defineKind } from './measure.js';
import { shareOfParts } from './ratio.js';

/** The `decreasing-ratio` kind: at or below N earns U; above it, N / Z × U (or the printed Z / N × U). */
export const DECREASING_RATIO = /* @__PURE__ */ defineKind({
  kind: 'decreasing-ratio',
  fields: ['a', 'b'],
  formula: 'Z = a / b × 100; W = U if Z ≤ N, else N / Z × U (printed rule: Z / N × U)',
  basis: 'decreasing-share',
  levers: [{ field: 'a', better: 'lower', values: 'figure' }],
  measure: shareOfParts('a', 'b'),
});
