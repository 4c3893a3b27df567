/**
 * `uptime`: A = 100 − t_down / t_total × 100.
 *
 * @module
 */
import { HUNDRED, plain } from '../decimal/decimal.js';
import { ERROR_CODES, say } from '../errors/cdto-kpi-error.js';
import type { FigureInput } from '../input/figure.js';
import { defineKind, NO_DATA, quotientShare } from './measure.js';

/** Downtime and the hours of the period it was measured in. */
export interface UptimeInput {
  readonly downtimeHours: FigureInput;
  readonly totalHours: FigureInput;
}

/** The `uptime` kind. */
export const UPTIME = /* @__PURE__ */ defineKind({
  kind: 'uptime',
  fields: ['downtimeHours', 'totalHours'],
  formula: 'A = 100 − t_down / t_total × 100; W = U if A ≥ N, else A / N × U',
  basis: 'share',
  levers: [{ field: 'downtimeHours', better: 'lower', values: 'figure' }],
  measure: (input, { shareRounding }) => {
    const down = input.figure('downtimeHours');
    const total = input.figure('totalHours');
    input.done();
    if (down === null || total === null) return NO_DATA;
    if (total.isZero()) throw input.fail(ERROR_CODES.FIGURE_OUT_OF_RANGE, 'totalHours', 'hours of the period, above zero', plain(total));
    if (down.gt(total)) throw input.fail(ERROR_CODES.INCONSISTENT_FIGURES, 'downtimeHours', say('at most {field} ({value})', { field: 'totalHours', value: plain(total) }), plain(down), 'downtime longer than the period');
    const [x, y] = [input.text('downtimeHours'), input.text('totalHours')];
    return quotientShare(total.minus(down).times(HUNDRED), total, { name: 'A', operation: 'complement', operands: { downtimeHours: x, totalHours: y }, expression: `100 − ${x} / ${y} × 100` }, shareRounding);
  },
});
