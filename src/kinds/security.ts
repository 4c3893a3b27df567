/**
 * `security`: S = (Ia + Ib) / 2, from the percentages or from the counts behind them.
 *
 * @module
 */
import { plain } from '../decimal/decimal.js';
import { ERROR_CODES } from '../errors/cdto-kpi-error.js';
import type { FigureInput } from '../input/figure-input.js';
import { WARNING_CODES } from '../scoring/warnings.js';
import { HUNDRED, NO_DATA, ZERO, defineKind, exactShare, quotientShare } from './measure.js';
import type { KindModule } from './types.js';


/** Ia and Ib are percentages: a `%` printed after them is read, not refused. */
const PERCENTAGE = Object.freeze({ percentSign: 'accepted' } as const);

/** Security from percentages already computed. */
export interface SecurityPercentInput {
  /** Ia: percent of the body's information systems with an act of testing for compliance. */
  readonly ia: FigureInput;
  /** Ib: percent of the body's information systems connected to the security operations centre. */
  readonly ib: FigureInput;
}

/** Security from the counts behind Ia and Ib. */
export interface SecurityCountInput {
  /** Information systems with an act (protocol) of testing for compliance. */
  readonly tested: FigureInput;
  /** Information systems connected to the information security operations centre. */
  readonly connected: FigureInput;
  /** All information systems of the body. */
  readonly systems: FigureInput;
}

/** The `security` kind. */
export const SECURITY: KindModule<'security'> = defineKind({
  kind: 'security',
  fields: ['ia', 'ib', 'tested', 'connected', 'systems'],
  formula: 'S = (Ia + Ib) / 2; W = U if S ≥ N, else S / N × U',
  basis: 'share',
  levers: [
    { field: 'ia', better: 'higher', values: 'figure', form: 'percent' },
    { field: 'ib', better: 'higher', values: 'figure', form: 'percent' },
    { field: 'tested', better: 'higher', values: 'figure', form: 'count' },
    { field: 'connected', better: 'higher', values: 'figure', form: 'count' },
  ],
  measure: (reader, { shareRounding, warn }) => {
    const rounding = shareRounding;
    const countForm = reader.has('systems') || reader.has('tested') || reader.has('connected');
    if (countForm) {
      if (reader.has('ia') || reader.has('ib')) {
        const field = reader.has('ia') ? 'ia' : 'ib';
        throw reader.fail(ERROR_CODES.UNEXPECTED_FIELD, field, 'either ia and ib, or tested, connected and systems', reader.raw(field), 'two forms mixed');
      }
      const tested = reader.figure('tested');
      const connected = reader.figure('connected');
      const systems = reader.figure('systems');
      reader.done();
      if (tested === null || connected === null || systems === null) return NO_DATA;
      for (const [field, value] of [['tested', tested], ['connected', connected]] as const) {
        if (value.gt(systems)) throw reader.fail(ERROR_CODES.INCONSISTENT_FIGURES, field, `at most systems (${plain(systems)})`, plain(value), 'more systems than the body has');
      }
      if (systems.isZero()) {
        warn({ code: WARNING_CODES.ZERO_DENOMINATOR, field: 'systems', message: 'systems = 0, so Ia = Ib = 0' });
        return exactShare(ZERO, 'S', 'systems = 0: 0', rounding);
      }
      return quotientShare(
        tested.plus(connected).times(HUNDRED),
        systems.times(2),
        'S',
        () => `(${plain(tested)} / ${plain(systems)} × 100 + ${plain(connected)} / ${plain(systems)} × 100) / 2`,
        rounding,
      );
    }
    const ia = reader.figure('ia', PERCENTAGE);
    const ib = reader.figure('ib', PERCENTAGE);
    reader.done();
    if (ia === null || ib === null) return NO_DATA;
    for (const [field, value] of [['ia', ia], ['ib', ib]] as const) {
      if (value.gt(HUNDRED)) throw reader.fail(ERROR_CODES.FIGURE_OUT_OF_RANGE, field, 'a percentage from 0 to 100', plain(value));
    }
    return exactShare(ia.plus(ib).div(2), 'S', () => `(${plain(ia)} + ${plain(ib)}) / 2`, rounding);
  },
});
