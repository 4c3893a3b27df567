/**
 * A report template: what a body reports for a period, with the names, targets and weights of its
 * indicators and an empty value for every field, ready to fill in and score.
 *
 * @module
 */
import type { EditionIndicator } from '../editions/edition.js';
import type { BlocksIndicator } from '../editions/layouts/blocks.js';
import { findIndicator } from '../editions/queries.js';
import { type EditionRegistry, registryOf } from '../editions/registry.js';
import type { BilingualText, Language, Unit } from '../editions/types.js';
import { ERROR_CODES, failure } from '../errors/cdto-kpi-error.js';
import { deepFreeze } from '../freeze.js';
import type { BodyId } from '../generated/bodies.js';
import { readDocument, readOptions } from '../input/boundary.js';
import type { IndicatorKind } from '../kinds/contract.js';
import { indicatorsForPeriod } from '../periods/indicators-for-period.js';
import type { ReportingPeriod } from '../periods/resolve-period.js';
import { type FieldMeaning, fieldMeanings } from './field-meanings.js';
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
  /**
   * What each field of the form means (the fields to fill in, the other form's, the optional
   * ones): the library's words in Kazakh, Russian and English, and the decree's own words where
   * the catalogue's formula has them.
   */
  readonly inputs: readonly FieldMeaning[];
}

/** A period report with every value empty, and (under `$indicators`, ignored when scoring) what each indicator is. */
export interface ReportTemplate {
  readonly $comment: string;
  readonly period: ReportingPeriod;
  /** An edition with two texts: the text whose targets and weights the template gives. */
  readonly reading?: Language;
  readonly bodies: readonly { readonly body: string; readonly figures: Readonly<Record<string, Readonly<Record<string, null>>>> }[];
  readonly $indicators: readonly TemplateIndicator[];
}

/**
 * Writes the template of a period report for one or more bodies: every indicator that applies in
 * the period (by the chosen text, for an edition with two texts), with its names, unit, kind,
 * target, weight, criteria and input fields, and `null` for every value. Filled in, it is a period
 * report that `scorePeriodReport` takes as it is; left blank, it scores too (every indicator "no
 * data"). Like every result of the library it is deeply frozen: to fill it in place, take a copy
 * (`structuredClone(template)`).
 *
 * Each indicator's `inputs` say what each field means, in Kazakh, Russian and English, with the
 * decree's own words where the catalogue's formula has them (a ratio's numerator and denominator).
 * The security KPI (common KPI 4) is given in its percent form (`ia`, `ib`); `form.instead` names
 * the count form (`tested`, `connected`, `systems`), which may replace it. An uptime indicator's
 * `totalHours` and common KPI 6's `excused` are optional and left out.
 *
 * @param options - `period`, `body` (one id or a list of different ids), `reading` and `editions`
 * @returns the template, deeply frozen
 * @throws {@link CdtoKpiError} `WRONG_TYPE` for options not of that shape, `DUPLICATE_BODY` for a
 *   body listed twice, and what `indicatorsForPeriod` throws (a period no edition covers, an
 *   unknown body, a bad reading)
 * @example
 * ```ts
 * const template = reportTemplate({ period: { year: 2026, quarter: 1 }, body: 'justice' });
 * template.bodies[0].figures['common.4']; // { ia: null, ib: null }
 * const report = structuredClone(template); // a copy to fill in
 * ```
 */
export function reportTemplate(options: { readonly period: ReportingPeriod; readonly body: BodyId | string | readonly string[]; readonly reading?: Language; readonly editions?: EditionRegistry }): ReportTemplate {
  if (typeof options !== 'object' || options === null) throw failure(ERROR_CODES.WRONG_TYPE, { field: 'options' }, 'options { period, body, reading? }', options);
  const { period, body, reading, editions } = readOptions(options, ['period', 'body', 'reading', 'editions']);
  const given = readDocument(body);
  const ids = typeof given === 'string' ? [given] : given;
  if (!Array.isArray(ids) || ids.length === 0) throw failure(ERROR_CODES.WRONG_TYPE, { field: 'body' }, 'a body id, or a list of body ids', body);
  ids.forEach((id: unknown, index) => {
    if (typeof id !== 'string') throw failure(ERROR_CODES.WRONG_TYPE, { field: `body[${index}]` }, 'a body id', id);
    if (ids.indexOf(id) !== index) throw failure(ERROR_CODES.DUPLICATE_BODY, { body: id }, 'each body once', id, 'body given twice');
  });
  const registry = registryOf(editions);
  const asked = { ...(reading === undefined ? {} : { reading: reading as Language }), editions: registry };
  const lists = (ids as string[]).map((id) => indicatorsForPeriod(period as ReportingPeriod, id as BodyId, asked));
  const { period: resolved, reading: applied } = lists[0]!;
  const edition = registry.get(resolved.edition);
  const described: TemplateIndicator[] = [];
  const bodies = lists.map((list) => {
    const figures: Record<string, Record<string, null>> = {};
    for (const { id, block, definition, applies } of list.indicators) {
      if (!applies) continue;
      const form = inputForm(id, definition.kind, edition.excusable);
      figures[id] = Object.fromEntries(form.fields.map((field) => [field, null]));
      const indicator = findIndicator(edition.catalogue, id) as EditionIndicator & Partial<Pick<BlocksIndicator, 'criteria'>>;
      const criteria = indicator.criteria === undefined || indicator.criteria === null ? null : indicator.criteria.map(({ id: criterion, weight, name }) => ({ id: criterion, weight, name }));
      const inputs = fieldMeanings(definition.kind, [...form.fields, ...(form.instead ?? []), ...Object.keys(form.optional)], indicator.formula, resolved.hours);
      described.push({ body: list.body, id, block, name: indicator.name, unit: indicator.unit, kind: definition.kind, target: definition.target, weight: definition.weight!, criteria, form, inputs });
    }
    return { body: list.body, figures };
  });
  const { year, quarter } = resolved.period;
  return deepFreeze({
    $comment: `Template of the report for Q${quarter} ${year}${resolved.dataDue === null ? '' : `, due ${resolved.dataDue}`}: fill in every null (a figure as a string, "43,1" or "3 714 388"; true or false; a list of criterion ids), or leave null for "no data". $indicators says what each indicator is and what each of its fields means (inputs); it is ignored when scoring.`,
    period: { year, quarter },
    ...(applied === null ? {} : { reading: applied }),
    bodies,
    $indicators: described,
  });
}
