/**
 * `complement-ratio`: A = 100 − b / c × 100 (b: failing or excluded items, c: all items).
 *
 * @module
 */
import { HUNDRED, plain } from '../decimal/decimal.js';
import { ERROR_CODES, say } from '../errors/cdto-kpi-error.js';
import type { FigureInput } from '../input/figure.js';
import { WARNING_CODES } from './contract.js';
import { defineKind, exactShare, NO_DATA, quotientShare } from './measure.js';

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
export const COMPLEMENT_RATIO = /* @__PURE__ */ defineKind({
  kind: 'complement-ratio',
  fields: ['b', 'c', 'excused'],
  formula: 'A = 100 − b / c × 100; W = U if A ≥ N, else A / N × U',
  basis: 'share',
  levers: [{ field: 'b', better: 'lower', values: 'figure', floor: 'excused', whole: true }],
  measure: (input, { shareRounding }) => {
    const b = input.figure('b');
    const c = input.figure('c');
    const excused = input.has('excused') ? input.figure('excused') : null;
    input.done();
    if (b === null || c === null) return NO_DATA;
    if (b.gt(c)) throw input.fail(ERROR_CODES.INCONSISTENT_FIGURES, 'b', say('at most {field} ({value})', { field: 'c', value: plain(c) }), plain(b), 'more failures than items');
    if (excused !== null && excused.gt(b)) throw input.fail(ERROR_CODES.INCONSISTENT_FIGURES, 'excused', say('at most {field} ({value})', { field: 'b', value: plain(b) }), plain(excused), 'more items excused than failing');
    if (c.isZero()) {
      input.warn(WARNING_CODES.ZERO_DENOMINATOR, 'c', { measure: 'A', field: 'c' });
      return exactShare(HUNDRED, { name: 'A', operation: 'zero-denominator', operands: { c: '0' }, expression: 'c = 0: 100 − 0' }, shareRounding);
    }
    const [x, y] = [input.text('b'), input.text('c')];
    if (excused !== null && !excused.isZero()) {
      const e = input.text('excused');
      return quotientShare(c.minus(b).plus(excused).times(HUNDRED), c, { name: 'A', operation: 'complement-excused', operands: { b: x, excused: e, c: y }, expression: `100 − (${x} − ${e} excused) / ${y} × 100` }, shareRounding);
    }
    return quotientShare(c.minus(b).times(HUNDRED), c, { name: 'A', operation: 'complement', operands: { b: x, c: y }, expression: `100 − ${x} / ${y} × 100` }, shareRounding);
  },
});
