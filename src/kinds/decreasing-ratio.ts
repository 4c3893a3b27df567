/**
 * `decreasing-ratio`: a share of parts, Z = a / b × 100, less is better; at or below N earns U,
 * above it N / Z × U (or the printed Z / N × U).
 *
 * @module
 */
import { defineKind, shareOfParts } from './measure.js';

/** The `decreasing-ratio` kind. */
export const DECREASING_RATIO = /* @__PURE__ */ defineKind({
  kind: 'decreasing-ratio',
  fields: ['a', 'b'],
  formula: 'Z = a / b × 100; W = U if Z ≤ N, else N / Z × U (printed rule: Z / N × U)',
  basis: 'decreasing-share',
  levers: [{ field: 'a', better: 'lower', values: 'figure' }],
  measure: shareOfParts('a', 'b'),
});
