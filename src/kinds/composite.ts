/**
 * `composite`: criteria with their own weights; Z = the sum of the weights of the criteria met.
 *
 * @module
 */
import { type ExactDecimal, plain, ZERO } from '../decimal/decimal.js';
import { ERROR_CODES, say } from '../errors/cdto-kpi-error.js';
import { defineKind, exactShare, NO_DATA } from './measure.js';

/** The ids of the criteria met; `null`: not reported. */
export interface CompositeInput {
  readonly met: readonly string[] | null;
}

/** The `composite` kind. */
export const COMPOSITE = /* @__PURE__ */ defineKind({
  kind: 'composite',
  fields: ['met'],
  formula: 'Z = Σ weights of the criteria met; W = U if Z ≥ N, else Z / N × U',
  basis: 'share',
  levers: [{ field: 'met', better: 'higher', values: 'criteria' }],
  measure: (input, { criteria, shareRounding }) => {
    const met = input.raw('met');
    if (met === undefined) input.problem(ERROR_CODES.MISSING_FIELD, 'met', 'a list of criterion ids, or null', met, 'missing field');
    else if (met !== null && (!Array.isArray(met) || met.some((id) => typeof id !== 'string'))) input.problem(ERROR_CODES.WRONG_TYPE, 'met', 'a list of criterion ids', met);
    input.done();
    if (met === null) {
      input.record('met', null);
      return NO_DATA;
    }
    // A composite's definition always has its criteria (see `prepareDefinition`).
    const byId = new Map(criteria!.map((criterion) => [criterion.id, criterion]));
    const seen = new Set<string>();
    let sum: ExactDecimal = ZERO;
    for (const id of met as readonly string[]) {
      const criterion = byId.get(id);
      if (criterion === undefined) throw input.fail(ERROR_CODES.UNKNOWN_CRITERION, 'met', say('one of {values}', { values: [...byId.keys()] }), id, 'unknown criterion');
      if (seen.has(id)) throw input.fail(ERROR_CODES.DUPLICATE_CRITERION, 'met', 'each criterion at most once', id, 'criterion listed twice');
      seen.add(id);
      sum = sum.plus(criterion.weight);
    }
    const ordered = criteria!.filter((criterion) => seen.has(criterion.id));
    input.record('met', Object.freeze(ordered.map((criterion) => criterion.id)));
    const operands = Object.fromEntries(ordered.map((criterion) => [criterion.id, plain(criterion.weight)]));
    const expression = ordered.length === 0 ? 'no criterion met: 0' : ordered.map((criterion) => `${plain(criterion.weight)} (${criterion.id})`).join(' + ');
    return exactShare(sum, { name: 'Z', operation: 'criteria-sum', operands, expression }, shareRounding);
  },
});
