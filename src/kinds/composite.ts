/**
 * `composite`: criteria with their own weights; Z = the sum of the weights of the criteria met.
 *
 * @module
 */
import { type ExactDecimal, plain } from '../decimal/decimal.js';
import { ERROR_CODES } from '../errors/cdto-kpi-error.js';
import { NO_DATA, ZERO, defineKind, exactShare } from './measure.js';
import type { KindModule } from './types.js';

/** The ids of the criteria met; `null`: not reported. */
export interface CompositeInput {
  readonly met: readonly string[] | null;
}

/** The `composite` kind. */
export const COMPOSITE: KindModule<'composite'> = defineKind({
  kind: 'composite',
  fields: ['met'],
  formula: 'Z = Σ weights of the criteria met; W = U if Z ≥ N, else Z / N × U',
  basis: 'share',
  levers: [{ field: 'met', better: 'higher', values: 'criteria' }],
  measure: (reader, { criteria, shareRounding }) => {
    const given = reader.raw('met');
    // The list's own elements, read without running a getter (a hole reads as undefined).
    const met = Array.isArray(given) ? ownElements(given) : given;
    if (met === undefined) reader.problem(ERROR_CODES.MISSING_FIELD, 'met', 'a list of criterion ids, or null', met, 'missing field');
    else if (met === ACCESSOR) reader.problem(ERROR_CODES.WRONG_TYPE, 'met', 'a list of criterion ids', '(a list with a getter or setter)', 'a getter or setter is never run');
    else if (met !== null && (!Array.isArray(met) || met.some((id, index) => typeof id !== 'string' && Object.hasOwn(given as object, index)))) reader.problem(ERROR_CODES.WRONG_TYPE, 'met', 'a list of criterion ids', given);
    reader.done();
    if (met === null) {
      reader.inputs['met'] = null;
      return NO_DATA;
    }
    const byId = new Map((criteria ?? []).map((criterion) => [criterion.id, criterion]));
    const seen = new Set<string>();
    let sum: ExactDecimal = ZERO;
    for (const id of met as readonly string[]) {
      const criterion = byId.get(id);
      if (criterion === undefined) throw reader.fail(ERROR_CODES.UNKNOWN_CRITERION, 'met', `one of ${[...byId.keys()].join(', ')}`, id, 'unknown criterion');
      if (seen.has(id)) throw reader.fail(ERROR_CODES.DUPLICATE_CRITERION, 'met', 'each criterion at most once', id, 'criterion listed twice');
      seen.add(id);
      sum = sum.plus(criterion.weight);
    }
    const ordered = (criteria ?? []).filter((criterion) => seen.has(criterion.id));
    reader.inputs['met'] = Object.freeze(ordered.map((criterion) => criterion.id));
    const expression = ordered.length === 0 ? 'no criterion met: 0' : () => ordered.map((criterion) => `${plain(criterion.weight)} (${criterion.id})`).join(' + ');
    return exactShare(sum, 'Z', expression, shareRounding);
  },
});

/** Marks a list with an element (or a length) that is a getter or setter. */
const ACCESSOR = Symbol('accessor');

/**
 * A list's own elements, read as data: never through a getter.
 *
 * @param list - a list as given
 * @returns a copy (holes as `undefined`), or {@link ACCESSOR} when an element is a getter or setter
 */
function ownElements(list: readonly unknown[]): unknown[] | typeof ACCESSOR {
  const length = Object.getOwnPropertyDescriptor(list, 'length');
  if (length === undefined || !('value' in length)) return ACCESSOR;
  const copy: unknown[] = [];
  for (let index = 0; index < (length.value as number); index += 1) {
    const element = Object.getOwnPropertyDescriptor(list, index);
    if (element !== undefined && !('value' in element)) return ACCESSOR;
    copy.push(element?.value);
  }
  return copy;
}
