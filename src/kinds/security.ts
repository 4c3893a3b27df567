/**
 * `security`: S = (Ia + Ib) / 2, from the percentages or from the counts behind them.
 *
 * @module
 */
import { HUNDRED, plain, ZERO } from '../decimal/decimal.js';
import { ERROR_CODES, say } from '../errors/cdto-kpi-error.js';
import type { FigureInput } from '../input/figure.js';
import { WARNING_CODES } from './contract.js';
import { defineKind, exactShare, NO_DATA, quotientShare } from './measure.js';

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
export const SECURITY = /* @__PURE__ */ defineKind({
  kind: 'security',
  fields: ['ia', 'ib', 'tested', 'connected', 'systems'],
  formula: 'S = (Ia + Ib) / 2; W = U if S ≥ N, else S / N × U',
  basis: 'share',
  levers: [
    { field: 'ia', better: 'higher', values: 'figure', form: 'percent', bound: { value: '100' } },
    { field: 'ib', better: 'higher', values: 'figure', form: 'percent', bound: { value: '100' } },
    { field: 'tested', better: 'higher', values: 'figure', form: 'count', bound: { field: 'systems' }, whole: true },
    { field: 'connected', better: 'higher', values: 'figure', form: 'count', bound: { field: 'systems' }, whole: true },
  ],
  measure: (input, { shareRounding }) => {
    if (input.has('systems') || input.has('tested') || input.has('connected')) {
      if (input.has('ia') || input.has('ib')) {
        const field = input.has('ia') ? 'ia' : 'ib';
        throw input.fail(ERROR_CODES.UNEXPECTED_FIELD, field, 'either ia and ib, or tested, connected and systems', input.raw(field), 'two forms mixed');
      }
      const tested = input.figure('tested');
      const connected = input.figure('connected');
      const systems = input.figure('systems');
      input.done();
      if (tested === null || connected === null || systems === null) return NO_DATA;
      for (const [field, value] of [['tested', tested], ['connected', connected]] as const) {
        if (value.gt(systems)) throw input.fail(ERROR_CODES.INCONSISTENT_FIGURES, field, say('at most {field} ({value})', { field: 'systems', value: plain(systems) }), plain(value), 'more systems than the body has');
      }
      if (systems.isZero()) {
        input.warn(WARNING_CODES.ZERO_DENOMINATOR, 'systems', { measure: 'S', field: 'systems' });
        return exactShare(ZERO, { name: 'S', operation: 'zero-denominator', operands: { systems: '0' }, expression: 'systems = 0: 0' }, shareRounding);
      }
      const [t, c, s] = [input.text('tested'), input.text('connected'), input.text('systems')];
      return quotientShare(
        tested.plus(connected).times(HUNDRED),
        systems.times(2),
        { name: 'S', operation: 'security-counts', operands: { tested: t, connected: c, systems: s }, expression: `(${t} / ${s} × 100 + ${c} / ${s} × 100) / 2` },
        shareRounding,
      );
    }
    const ia = input.figure('ia', { percentSign: 'accepted' });
    const ib = input.figure('ib', { percentSign: 'accepted' });
    input.done();
    if (ia === null || ib === null) return NO_DATA;
    for (const [field, value] of [['ia', ia], ['ib', ib]] as const) {
      if (value.gt(HUNDRED)) throw input.fail(ERROR_CODES.FIGURE_OUT_OF_RANGE, field, 'a percentage from 0 to 100', plain(value));
    }
    const [x, y] = [input.text('ia'), input.text('ib')];
    return exactShare(ia.plus(ib).div(2), { name: 'S', operation: 'mean', operands: { ia: x, ib: y }, expression: `(${x} + ${y}) / 2` }, shareRounding);
  },
});
