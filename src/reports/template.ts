/**
 * A report template: what a body reports for a period, with the names, targets and weights of its
 * indicators and an empty value for every field, ready to fill in and score.
 *
 * @module
 */
import type { BodyId } from '../generated/bodies.js';
import { getEdition } from '../editions/registry.js';
import { findIndicator } from '../editions/queries.js';
import type { BlocksIndicator } from '../editions/layouts/blocks.js';
import type { EditionIndicator } from '../editions/edition.js';
import type { BilingualText, Language, Unit } from '../editions/types.js';
import { deepFreeze } from '../freeze.js';
import type { IndicatorKind } from '../kinds/kinds.js';
import { indicatorsForPeriod } from '../periods/indicators-for-period.js';
import type { ReportingPeriod, ResolvedPeriod } from '../periods/resolve-period.js';
import { type InputForm, inputForm } from './input-forms.js';

/** One indicator of a template: what it is and what to fill in. */
export interface TemplateIndicator {
  readonly body: string;
  readonly id: string;
  readonly block: string;
  readonly name: BilingualText;
  readonly unit: Unit;
  readonly kind: IndicatorKind;
  /** N for the year (`null`: none). */
  readonly target: string | null;
  /** U for the year. */
  readonly weight: string;
  /** The criteria of a composite indicator (the ids `met` takes), `null` for the other kinds. */
  readonly criteria: readonly { readonly id: string; readonly weight: string; readonly name: BilingualText }[] | null;
  readonly form: InputForm;
}

/** A period report with every value empty, and (under `$indicators`, ignored when scoring) what each indicator is. */
export interface ReportTemplate {
  readonly $comment: string;
  readonly period: ReportingPeriod;
  /** 2025 edition: the text whose targets and weights the template gives. */
  readonly reading?: Language;
  readonly bodies: readonly { readonly body: string; readonly figures: Readonly<Record<string, Readonly<Record<string, null>>>> }[];
  readonly $indicators: readonly TemplateIndicator[];
}

/**
 * Writes the template of a period report for one or more bodies: every indicator that applies in
 * the period (by the chosen text, for the 2025 edition), with its names, unit, kind, target, weight,
 * criteria and input fields, and `null` for every value. Filled in, it is a period report that
 * `scorePeriodReport` takes as it is; left blank, it scores too (every indicator "no data").
 *
 * The security KPI (common KPI 4) is given in its percent form (`ia`, `ib`); `form.instead` names
 * the count form (`tested`, `connected`, `systems`), which may replace it. An uptime indicator's
 * `totalHours` and common KPI 6's `excused` are optional and left out.
 *
 * @param options - `period`, `body` (one id or several) and `reading` (2025 edition)
 * @returns the template, deeply frozen
 * @throws {@link CdtoKpiError} for a period no edition covers, an unknown body, a bad reading
 * @example
 * ```ts
 * const template = reportTemplate({ period: { year: 2026, quarter: 1 }, body: 'justice' });
 * template.bodies[0].figures['common.4']; // { ia: null, ib: null }
 * ```
 */
export function reportTemplate(options: { readonly period: ReportingPeriod; readonly body: string | readonly string[]; readonly reading?: Language }): ReportTemplate {
  const ids = typeof options.body === 'string' ? [options.body] : [...options.body];
  let resolved: ResolvedPeriod | null = null;
  let reading: Language | null = null;
  const described: TemplateIndicator[] = [];
  const bodies = ids.map((body) => {
    const list = indicatorsForPeriod(options.period, body as BodyId, options.reading === undefined ? {} : { reading: options.reading });
    resolved = list.period;
    reading = list.reading;
    const figures: Record<string, Record<string, null>> = {};
    for (const { id, block, definition, applies } of list.indicators) {
      if (!applies) continue;
      const form = inputForm(id, definition.kind, list.period.edition);
      figures[id] = Object.fromEntries(form.fields.map((field) => [field, null]));
      const indicator = findIndicator(getEdition(list.period.edition).catalogue, id) as EditionIndicator & Partial<Pick<BlocksIndicator, 'criteria'>>;
      const criteria = indicator.criteria !== undefined && indicator.criteria !== null ? indicator.criteria.map(({ id: criterion, weight, name }) => ({ id: criterion, weight, name })) : null;
      described.push({ body, id, block, name: indicator.name, unit: indicator.unit, kind: definition.kind, target: definition.target, weight: definition.weight!, criteria, form });
    }
    return { body, figures };
  });
  const period = (resolved as ResolvedPeriod | null)?.period ?? options.period;
  const due = (resolved as ResolvedPeriod | null)?.dataDue;
  return deepFreeze({
    $comment: `Template of the report for Q${period.quarter} ${period.year}${due ? `, due ${due}` : ''}: fill in every null (a figure as a string, "43,1" or "3 714 388"; true or false; a list of criterion ids), or leave null for "no data". $indicators says what each indicator is; it is ignored when scoring.`,
    period: { year: period.year, quarter: period.quarter },
    ...(reading === null ? {} : { reading }),
    bodies,
    $indicators: described,
  });
}
