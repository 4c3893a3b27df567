/**
 * `ratio`: a share of parts, Z = a / b × 100, more is better.
 *
 * @module
 */
import { HUNDRED, ZERO } from '../decimal/decimal.js';
import type { FigureInput } from '../input/figure.js';
import { type KindInput, type Measure, type MeasureContext, WARNING_CODES } from './contract.js';
import { defineKind, exactShare, NO_DATA, quotientShare } from './measure.js';

/** A share from its parts: numerator a and denominator b. */
export interface ShareInput {
  readonly a: FigureInput;
  readonly b: FigureInput;
}

/**
 * The measure of a share of parts, numerator / denominator × 100, shared by the kinds that have
 * one (ratio, decreasing ratio, growth). A zero denominator makes the share 0, with a warning; a
 * numerator above the denominator is kept, with a warning.
 *
 * @param numerator - the numerator's field
 * @param denominator - the denominator's field
 * @returns the measure
 */
export function shareOfParts(numerator: string, denominator: string): (input: KindInput, context: MeasureContext) => Measure {
  return (input, { shareRounding }) => {
    const a = input.figure(numerator);
    const b = input.figure(denominator);
    input.done();
    if (a === null || b === null) return NO_DATA;
    if (b.isZero()) {
      input.warn(WARNING_CODES.ZERO_DENOMINATOR, denominator, { measure: 'Z', field: denominator });
      return exactShare(ZERO, { name: 'Z', operation: 'zero-denominator', operands: { [denominator]: '0' }, expression: `${denominator} = 0: 0` }, shareRounding);
    }
    if (a.gt(b)) input.warn(WARNING_CODES.SHARE_ABOVE_100, numerator, { numerator, denominator });
    const [x, y] = [input.text(numerator), input.text(denominator)];
    return quotientShare(a.times(HUNDRED), b, { name: 'Z', operation: 'share', operands: { [numerator]: x, [denominator]: y }, expression: `${x} / ${y} × 100` }, shareRounding);
  };
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
