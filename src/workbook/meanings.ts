/**
 * What each white cell of a row means: the kind's words for the field (a, b, t_down, Ia…), and the
 * decree's own words from the catalogue's formula where it has them (a ratio's numerator and
 * denominator; the legend of an expression such as the uptime's or common KPI 6's).
 *
 * @module
 */
import type { Formula, TemplateIndicator } from './api.js';
import { FIELD_TEXTS, LIST_WORDS, type Trilingual, type WorkbookLanguage } from './labels.js';

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
 * The meaning of every white cell of an indicator, by field (by criterion id for a composite).
 *
 * @param indicator - the indicator, as `reportTemplate` describes it
 * @param formula - its formula in the catalogue, or `null`
 * @param hours - the quarter's hours (an uptime's default t_total)
 * @param lang - the workbook's language
 * @returns the meanings
 */
export function fieldMeanings(indicator: TemplateIndicator, formula: Formula | null, hours: string, lang: WorkbookLanguage): ReadonlyMap<string, FieldMeaning> {
  const meanings = new Map<string, FieldMeaning>();
  const say = (field: string, label: Trilingual, decree: string | null = null): void => {
    const title = label[lang];
    meanings.set(field, { title: title.length > 32 ? `${title.slice(0, 31)}…` : title, text: decree === null || decree === '' ? title : `${title}: ${decree}` });
  };
  const ratio = formula !== null && formula.type === 'ratio' ? formula : null;
  const numerator = ratio === null ? null : decreeText(ratio.numerator, lang);
  const denominator = ratio === null ? null : decreeText(ratio.denominator, lang);
  switch (indicator.kind) {
    case 'ratio':
    case 'decreasing-ratio':
      say('a', FIELD_TEXTS.a, numerator);
      say('b', FIELD_TEXTS.b, denominator);
      break;
    case 'growth':
      say('digitised', FIELD_TEXTS.digitised, numerator);
      say('total', FIELD_TEXTS.total, denominator);
      break;
    case 'count':
      say('a', FIELD_TEXTS.count);
      break;
    case 'milestone':
      say('done', FIELD_TEXTS.done);
      break;
    case 'composite':
      for (const criterion of indicator.criteria ?? []) {
        const name = lang === 'en' ? (criterion.name.ru ?? criterion.name.kk) : (criterion.name[lang] ?? criterion.name.kk ?? criterion.name.ru);
        const label: Trilingual = {
          en: `${criterion.id} (${criterion.weight} %): ${LIST_WORDS.yes.en} / ${LIST_WORDS.no.en}`,
          ru: `${criterion.id} (${criterion.weight} %): ${LIST_WORDS.yes.ru} / ${LIST_WORDS.no.ru}`,
          kk: `${criterion.id} (${criterion.weight} %): ${LIST_WORDS.yes.kk} / ${LIST_WORDS.no.kk}`,
        };
        say(criterion.id, label, name);
      }
      break;
    case 'uptime':
      say('downtimeHours', FIELD_TEXTS.downtimeHours);
      say('totalHours', FIELD_TEXTS.totalHours(hours));
      break;
    case 'security':
      for (const field of ['ia', 'ib', 'tested', 'connected', 'systems'] as const) say(field, FIELD_TEXTS[field]);
      break;
    case 'complement-ratio':
      say('b', FIELD_TEXTS.failing);
      say('c', FIELD_TEXTS.items);
      say('excused', FIELD_TEXTS.excused);
      break;
  }
  return meanings;
}

/**
 * The decree's words on the whole indicator, when its formula is not a ratio of two named figures
 * (an expression's legend, a count's or a milestone's description), in the workbook's language.
 *
 * @param formula - the catalogue's formula, or `null`
 * @param lang - the workbook's language
 * @returns the words, or `null`
 */
export function decreeNote(formula: Formula | null, lang: WorkbookLanguage): string | null {
  if (formula === null || formula.type === 'ratio') return null;
  const text = decreeText(formula.text, lang);
  return text === null || text === '' ? null : `${FIELD_TEXTS.decree[lang]}: ${text}`;
}
