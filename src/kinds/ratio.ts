/**
 * `ratio`: a share of parts, Z = a / b × 100, more is better.
 *
 * @module
 */
import { plain } from '../decimal/decimal.js';
import type { FigureInput } from '../input/figure-input.js';
import { WARNING_CODES } from '../scoring/warnings.js';
import type { InputReader } from './input-reader.js';
import { HUNDRED, NO_DATA, ZERO, defineKind, exactShare, quotientShare } from './measure.js';
import type { KindModule, Measure, MeasureContext } from './types.js';

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
export function shareOfParts(numerator: string, denominator: string): (reader: InputReader, context: MeasureContext) => Measure {
  return (reader, { shareRounding, warn }) => {
    const a = reader.figure(numerator);
    const b = reader.figure(denominator);
    reader.done();
    if (a === null || b === null) return NO_DATA;
    const rounding = shareRounding;
    if (b.isZero()) {
      warn({ code: WARNING_CODES.ZERO_DENOMINATOR, field: denominator, message: `${denominator} = 0, so Z = 0` });
      return exactShare(ZERO, 'Z', `${denominator} = 0: 0`, rounding);
    }
    if (a.gt(b)) warn({ code: WARNING_CODES.SHARE_ABOVE_100, field: numerator, message: `${numerator} > ${denominator}: the share is above 100 % and kept as it is` });
    return quotientShare(a.times(HUNDRED), b, 'Z', () => `${plain(a)} / ${plain(b)} × 100`, rounding);
  };
}

/** The `ratio` kind. */
export const RATIO: KindModule<'ratio'> = defineKind({
  kind: 'ratio',
  fields: ['a', 'b'],
  formula: 'Z = a / b × 100; W = U if Z ≥ N, else Z / N × U',
  basis: 'share',
  levers: [{ field: 'a', better: 'higher', values: 'figure' }],
  measure: shareOfParts('a', 'b'),
});
