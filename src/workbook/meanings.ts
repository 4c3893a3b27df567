/**
 * What each white cell of a row means: the words the template gives each input field (a, b, t_down,
 * Ia…, with the decree's own words where the catalogue has them), and the decree's legend of an
 * expression such as the uptime's or common KPI 6's.
 *
 * @module
 */
import type { CatalogueRecord, ReportTemplate } from '../index.js';
import { FIELD_TEXTS, LIST_WORDS, type WorkbookLanguage } from './labels.js';

/** One indicator of a template, as `reportTemplate` describes it. */
export type TemplateIndicator = ReportTemplate['$indicators'][number];
/** An indicator's formula in the catalogue. */
export type Formula = CatalogueRecord['formula'];

/** What one white cell means. */
export interface FieldMeaning {
  /** A short label (at most 32 characters: the title of the cell's prompt). */
  readonly title: string;
  /** The label with the decree's words, if any. */
  readonly text: string;
}

/** The decree's words in the workbook's language: Kazakh or Russian as printed, the other text where one was lost; English reads the Russian text. */
function decreeText(text: { readonly kk: string | null; readonly ru: string | null }, lang: WorkbookLanguage): string | null {
  if (lang === 'kk') return text.kk ?? text.ru;
  return text.ru ?? text.kk;
}

/**
 * The meaning of every white cell of an indicator, by field (by criterion id for a composite): the
 * words the template gives each input, a, b and c named by their letter; a list's cell by its words.
 */
export function fieldMeanings(indicator: TemplateIndicator, lang: WorkbookLanguage): ReadonlyMap<string, FieldMeaning> {
  const meanings = new Map<string, FieldMeaning>();
  const say = (field: string, title: string, decree: string | null = null): void => {
    meanings.set(field, { title: title.length > 32 ? `${title.slice(0, 31)}…` : title, text: decree === null || decree === '' ? title : `${title}: ${decree}` });
  };
  if (indicator.kind === 'milestone') say('done', FIELD_TEXTS.done[lang]);
  else if (indicator.kind === 'composite') {
    for (const criterion of indicator.criteria ?? []) {
      say(criterion.id, `${criterion.id} (${criterion.weight} %): ${LIST_WORDS.yes[lang]} / ${LIST_WORDS.no[lang]}`, decreeText(criterion.name, lang));
    }
  } else {
    for (const { field, meaning, decree } of indicator.inputs) {
      say(field, ['a', 'b', 'c'].includes(field) ? `${field}, ${meaning[lang]}` : meaning[lang], decree === null ? null : decreeText(decree, lang));
    }
  }
  return meanings;
}

/** The decree's words on the whole indicator when its formula is not a ratio of two named figures (an expression's legend, a description), or `null`. */
export function decreeNote(formula: Formula | null, lang: WorkbookLanguage): string | null {
  if (formula === null || formula.type === 'ratio') return null;
  const text = decreeText(formula.text, lang);
  return text === null || text === '' ? null : `${FIELD_TEXTS.decree[lang]}: ${text}`;
}
