/**
 * `complement-ratio`: A = 100 − b / c × 100 (b: failing or excluded items, c: all items).
 *
 * @module
 */
import { plain } from '../decimal/decimal.js';
import { ERROR_CODES } from '../errors/cdto-kpi-error.js';
import type { FigureInput } from '../input/figure-input.js';
import { WARNING_CODES } from '../scoring/warnings.js';
import { HUNDRED, NO_DATA, defineKind, exactShare, quotientShare } from './measure.js';
import type { KindModule } from './types.js';

/** b: the failing (or excluded) items; c: all items. */
export interface ComplementRatioInput {
  readonly b: FigureInput;
  readonly c: FigureInput;
}

/** The `complement-ratio` kind. */
export const COMPLEMENT_RATIO: KindModule<'complement-ratio'> = defineKind({
  kind: 'complement-ratio',
  fields: ['b', 'c'],
  formula: 'A = 100 − b / c × 100; W = U if A ≥ N, else A / N × U',
  basis: 'share',
  levers: [{ field: 'b', better: 'lower', values: 'figure' }],
  measure: (reader, { shareRounding, warn }) => {
    const b = reader.figure('b');
    const c = reader.figure('c');
    reader.done();
    if (b === null || c === null) return NO_DATA;
    if (b.gt(c)) throw reader.fail(ERROR_CODES.INCONSISTENT_FIGURES, 'b', `at most c (${plain(c)})`, plain(b), 'more failures than items');
    if (c.isZero()) {
      warn({ code: WARNING_CODES.ZERO_DENOMINATOR, field: 'c', message: 'c = 0, so b / c = 0 and A = 100' });
      return exactShare(HUNDRED, 'A', 'c = 0: 100 − 0', shareRounding);
    }
    return quotientShare(c.minus(b).times(HUNDRED), c, 'A', `100 − ${plain(b)} / ${plain(c)} × 100`, shareRounding);
  },
});
