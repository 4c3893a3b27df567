/**
 * `growth`: data digitised in the period over all the body's data on the architecture portal,
 * × 100, against a target of growth in percent.
 *
 * @module
 */
import type { FigureInput } from '../input/figure.js';
import { defineKind, shareOfParts } from './measure.js';

/** Data digitised in the period, and all the body's data on the architecture portal. */
export interface GrowthInput {
  readonly digitised: FigureInput;
  readonly total: FigureInput;
}

/** The `growth` kind. */
export const GROWTH = /* @__PURE__ */ defineKind({
  kind: 'growth',
  fields: ['digitised', 'total'],
  formula: 'Z = digitised / total × 100; W = U if Z ≥ N (growth by N %), else Z / N × U',
  basis: 'share',
  levers: [{ field: 'digitised', better: 'higher', values: 'figure', bound: { field: 'total' } }],
  measure: shareOfParts('digitised', 'total'),
});
