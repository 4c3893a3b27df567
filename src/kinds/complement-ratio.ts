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

/**
 * b: the failing (or excluded) items; c: all items; `excused` (optional): how many of the b items
 * count in full by common KPI 6's footnote (a service unavailable because of another body's
 * information system); absent or `null`: none.
 */
export interface ComplementRatioInput {
  readonly b: FigureInput;
  readonly c: FigureInput;
  readonly excused?: FigureInput;
}

/** The `complement-ratio` kind. */
export const COMPLEMENT_RATIO: KindModule<'complement-ratio'> = defineKind({
  kind: 'complement-ratio',
  fields: ['b', 'c', 'excused'],
  formula: 'A = 100 − b / c × 100; W = U if A ≥ N, else A / N × U',
  basis: 'share',
  levers: [{ field: 'b', better: 'lower', values: 'figure' }],
  measure: (reader, { shareRounding, warn }) => {
    const b = reader.figure('b');
    const c = reader.figure('c');
    // Optional: of the b items, those excused (common KPI 6's footnote: a service down because of
    // another body's information system counts in full). Absent or null: none excused.
    const excused = reader.has('excused') ? reader.figure('excused') : null;
    reader.done();
    if (b === null || c === null) return NO_DATA;
    if (b.gt(c)) throw reader.fail(ERROR_CODES.INCONSISTENT_FIGURES, 'b', `at most c (${plain(c)})`, plain(b), 'more failures than items');
    if (excused !== null && excused.gt(b)) {
      throw reader.fail(ERROR_CODES.INCONSISTENT_FIGURES, 'excused', `at most b (${plain(b)})`, plain(excused), 'more items excused than failing');
    }
    if (c.isZero()) {
      warn({ code: WARNING_CODES.ZERO_DENOMINATOR, field: 'c', message: 'c = 0, so b / c = 0 and A = 100' });
      return exactShare(HUNDRED, 'A', 'c = 0: 100 − 0', shareRounding);
    }
    if (excused !== null && !excused.isZero()) {
      return quotientShare(c.minus(b).plus(excused).times(HUNDRED), c, 'A', () => `100 − (${plain(b)} − ${plain(excused)} excused) / ${plain(c)} × 100`, shareRounding);
    }
    return quotientShare(c.minus(b).times(HUNDRED), c, 'A', () => `100 − ${plain(b)} / ${plain(c)} × 100`, shareRounding);
  },
});
