/**
 * The fields a body fills in for an indicator of each kind: the ones it must give, the ones it
 * may give, and the security KPI's second form.
 *
 * @module
 */
import { deepFreeze } from '../freeze.js';
import type { IndicatorKind } from '../kinds/contract.js';

/** The input fields of one indicator in a report. */
export interface InputForm {
  /** The fields to fill in (`null` for "no data"). */
  readonly fields: readonly string[];
  /** Fields that may be left out, with what leaving them out means. */
  readonly optional: Readonly<Record<string, string>>;
  /** Another set of fields that may be given instead of `fields` (security: the counts behind Ia and Ib). */
  readonly instead: readonly string[] | null;
}

const FORMS: Readonly<Record<IndicatorKind, InputForm>> = /* @__PURE__ */ deepFreeze({
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

/** The input form of an indicator of a kind; `excusable`, the edition's indicators that take `excused` (common KPI 6 of 2025). */
export function inputForm(id: string, kind: IndicatorKind, excusable: readonly string[]): InputForm {
  const form = FORMS[kind];
  return kind === 'complement-ratio' && excusable.includes(id) ? deepFreeze({ ...form, optional: { excused: EXCUSED } }) : form;
}
