/**
 * The fields a body fills in for an indicator of each kind: the ones it must give, the ones it
 * may give, and the security KPI's second form.
 *
 * @module
 */
import { deepFreeze } from '../freeze.js';
import type { IndicatorKind } from '../kinds/kinds.js';
import { excusableIn } from '../periods/edition-coverage.js';

/** The input fields of one indicator in a report. */
export interface InputForm {
  /** The fields to fill in (`null` for "no data"). */
  readonly fields: readonly string[];
  /** Fields that may be left out, with what leaving them out means. */
  readonly optional: Readonly<Record<string, string>>;
  /** Another set of fields that may be given instead of `fields` (security: the counts behind Ia and Ib). */
  readonly instead: readonly string[] | null;
}

const FORMS: Readonly<Record<IndicatorKind, InputForm>> = deepFreeze({
  ratio: { fields: ['a', 'b'], optional: {}, instead: null },
  'decreasing-ratio': { fields: ['a', 'b'], optional: {}, instead: null },
  count: { fields: ['a'], optional: {}, instead: null },
  milestone: { fields: ['done'], optional: {}, instead: null },
  composite: { fields: ['met'], optional: {}, instead: null },
  uptime: { fields: ['downtimeHours'], optional: { totalHours: 'the hours of the quarter when left out' }, instead: null },
  security: { fields: ['ia', 'ib'], optional: {}, instead: ['tested', 'connected', 'systems'] },
  growth: { fields: ['digitised', 'total'], optional: {}, instead: null },
  'complement-ratio': { fields: ['b', 'c'], optional: {}, instead: null },
});

const EXCUSED = 'of the b services, those unavailable because of another body’s information system (they count in full); none when left out';

/**
 * The input form of an indicator.
 *
 * @param id - the indicator's id (common KPI 6 takes `excused`)
 * @param kind - its kind for the year and reading applied
 * @param edition - the edition in force (its `excusable` indicators take `excused`)
 * @returns the fields to fill in, the optional ones, and the other form (security)
 * @example
 * ```ts
 * inputForm('common.4', 'security', '2025'); // { fields: ['ia', 'ib'], optional: {}, instead: ['tested', 'connected', 'systems'] }
 * ```
 */
export function inputForm(id: string, kind: IndicatorKind, edition: string): InputForm {
  const form = FORMS[kind];
  if (kind === 'complement-ratio' && excusableIn(edition).includes(id)) return deepFreeze({ ...form, optional: { excused: EXCUSED } });
  return form;
}
