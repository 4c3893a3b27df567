/**
 * `uptime`: A = 100 − t_down / t_total × 100.
 *
 * @module
 */
import { plain } from '../decimal/decimal.js';
import { ERROR_CODES } from '../errors/cdto-kpi-error.js';
import type { FigureInput } from '../input/figure-input.js';
import { HUNDRED, NO_DATA, defineKind, quotientShare } from './measure.js';
import type { KindModule } from './types.js';

/** Downtime and the hours of the period it was measured in. */
export interface UptimeInput {
  readonly downtimeHours: FigureInput;
  readonly totalHours: FigureInput;
}

/** The `uptime` kind. */
export const UPTIME: KindModule<'uptime'> = defineKind({
  kind: 'uptime',
  fields: ['downtimeHours', 'totalHours'],
  formula: 'A = 100 − t_down / t_total × 100; W = U if A ≥ N, else A / N × U',
  basis: 'share',
  levers: [{ field: 'downtimeHours', better: 'lower', values: 'figure' }],
  measure: (reader, { shareRounding }) => {
    const down = reader.figure('downtimeHours');
    const total = reader.figure('totalHours');
    reader.done();
    if (down === null || total === null) return NO_DATA;
    if (total.isZero()) throw reader.fail(ERROR_CODES.FIGURE_OUT_OF_RANGE, 'totalHours', 'hours of the period, above zero', plain(total));
    if (down.gt(total)) throw reader.fail(ERROR_CODES.INCONSISTENT_FIGURES, 'downtimeHours', `at most totalHours (${plain(total)})`, plain(down), 'downtime longer than the period');
    return quotientShare(total.minus(down).times(HUNDRED), total, 'A', () => `100 − ${plain(down)} / ${plain(total)} × 100`, shareRounding);
  },
});
