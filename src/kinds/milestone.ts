/**
 * `milestone`: done or not done ("ед." with target 1).
 *
 * @module
 */
import { ERROR_CODES } from '../errors/cdto-kpi-error.js';
import { defineKind } from './measure.js';

/** `null`: not reported. */
export interface MilestoneInput {
  readonly done: boolean | null;
}

/** The `milestone` kind. */
export const MILESTONE = /* @__PURE__ */ defineKind({
  kind: 'milestone',
  fields: ['done'],
  formula: 'W = U if done, else 0',
  basis: 'milestone',
  levers: [{ field: 'done', better: 'higher', values: 'done' }],
  measure: (input) => {
    const done = input.raw('done');
    if (done === undefined) input.problem(ERROR_CODES.MISSING_FIELD, 'done', 'true, false or null', done, 'missing field');
    else if (done !== null && typeof done !== 'boolean') input.problem(ERROR_CODES.WRONG_TYPE, 'done', 'true, false or null', done);
    input.done();
    input.record('done', done as boolean | null);
    return { share: null, fraction: null, count: null, done: done as boolean | null, steps: [] };
  },
});
