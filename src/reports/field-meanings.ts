/**
 * What each input field of a report means, for a person filling it in: the library's words in
 * Kazakh, Russian and English, and the decree's own words where the catalogue's formula has them
 * (a ratio's numerator and denominator).
 *
 * @module
 */
import type { BilingualText, Formula } from '../editions/types.js';
import { deepFreeze } from '../freeze.js';
import type { IndicatorKind } from '../kinds/contract.js';

/** A text in the three languages the library speaks. */
export interface TrilingualText {
  readonly kk: string;
  readonly ru: string;
  readonly en: string;
}

/** What one input field of an indicator means. */
export interface FieldMeaning {
  readonly field: string;
  /** The library's words for the field. */
  readonly meaning: TrilingualText;
  /** The decree's words for it, as printed (a ratio's numerator or denominator); `null` where the catalogue has none. */
  readonly decree: BilingualText | null;
}

const WORDS = /* @__PURE__ */ deepFreeze({
  a: { kk: 'алымы', ru: 'числитель', en: 'the numerator' },
  b: { kk: 'бөлімі', ru: 'знаменатель', en: 'the denominator' },
  count: { kk: 'қол жеткізілген сан', ru: 'достигнутое количество', en: 'the number achieved' },
  done: { kk: 'орындалды ма: true немесе false (CSV-те иә немесе жоқ)', ru: 'выполнено ли: true или false (в CSV да или нет)', en: 'done or not: true or false (in CSV yes or no)' },
  met: {
    kk: 'орындалған өлшемшарттардың идентификаторлары (none: ешқайсысы орындалмады)',
    ru: 'идентификаторы выполненных критериев (none: ни один не выполнен)',
    en: 'the ids of the criteria met (none: none met)',
  },
  digitised: { kk: 'кезеңде цифрландырылған деректер', ru: 'данные, оцифрованные за период', en: 'data digitised in the period' },
  total: { kk: 'мемлекеттік органның архитектуралық порталдағы барлық деректері', ru: 'все данные госоргана на архитектурном портале', en: 'all the body’s data on the architecture portal' },
  downtimeHours: { kk: 't_тұралау, ақпараттық жүйелердің тұралау уақыты, сағат', ru: 't_простоя, время простоя информационных систем, часов', en: 't_down, the downtime of the information systems, hours' },
  ia: { kk: 'Ia, сынақ актісі бар ақпараттық жүйелердің %', ru: 'Ia, % информационных систем с актом испытаний', en: 'Ia, % of the information systems with an act of testing' },
  ib: { kk: 'Ib, АҚЖО-ға қосылған ақпараттық жүйелердің %', ru: 'Ib, % информационных систем, подключенных к оперативному центру ИБ', en: 'Ib, % of the information systems connected to the security operations centre' },
  tested: { kk: 'немесе: сынақ актісі бар ақпараттық жүйелер (саны)', ru: 'или: информационные системы с актом испытаний (количество)', en: 'or: information systems with an act of testing (count)' },
  connected: { kk: 'немесе: АҚЖО-ға қосылған ақпараттық жүйелер (саны)', ru: 'или: информационные системы, подключенные к оперативному центру ИБ (количество)', en: 'or: information systems connected to the security operations centre (count)' },
  systems: { kk: 'немесе: мемлекеттік органның барлық ақпараттық жүйелері (саны)', ru: 'или: все информационные системы госоргана (количество)', en: 'or: all the body’s information systems (count)' },
  failing: { kk: 'жұмыс істемейтін (немесе алынып тасталған) позициялар', ru: 'неработающие (или исключенные) позиции', en: 'the failing (or excluded) items' },
  c: { kk: 'барлық позициялар', ru: 'все позиции', en: 'all the items' },
  excused: {
    kk: 'b-ның ішінен басқа органның ақпараттық жүйесіне байланысты жұмыс істемейтіндер (толық есептеледі); бос болса: жоқ',
    ru: 'из b — неработающие из-за информационной системы другого органа (засчитываются полностью); пусто: нет',
    en: 'of b, those down because of another body’s information system (they count in full); empty: none',
  },
} satisfies Record<string, TrilingualText>);

/** t_total: the quarter's hours when left out. */
function totalHours(hours: string): TrilingualText {
  return {
    kk: `t_жалпы, кезеңнің сағаттары; бос болса: тоқсанның ${hours} сағаты`,
    ru: `t_общее, часы периода; пусто: ${hours} часов квартала`,
    en: `t_total, the hours of the period; empty: the quarter’s ${hours} hours`,
  };
}

/**
 * What each input field of an indicator means, in the order of its form (`fields`): a ratio's
 * numerator and denominator in its formula are the decree's words for its a and b (a growth's
 * digitised and total); `hours`, the quarter's, are an uptime's t_total when left out.
 */
export function fieldMeanings(kind: IndicatorKind, fields: readonly string[], formula: Formula | null, hours: string): readonly FieldMeaning[] {
  const ratio = formula !== null && formula.type === 'ratio' ? formula : null;
  const decree: Readonly<Record<string, BilingualText | undefined>> = { a: ratio?.numerator, b: ratio?.denominator, digitised: ratio?.numerator, total: ratio?.denominator };
  return deepFreeze(
    fields.map((field) => {
      if (field === 'totalHours') return { field, meaning: totalHours(hours), decree: null };
      if (kind === 'count' && field === 'a') return { field, meaning: WORDS.count, decree: null };
      if (kind === 'complement-ratio' && field === 'b') return { field, meaning: WORDS.failing, decree: null };
      return { field, meaning: WORDS[field as keyof typeof WORDS] ?? { kk: field, ru: field, en: field }, decree: decree[field] ?? null };
    }),
  );
}

/**
 * The meanings in one language, as one cell of a CSV template: `a: the numerator: <the decree's
 * words> | b: …`. English gives the decree's Russian words (the decree has no English text).
 */
export function meaningsText(meanings: readonly FieldMeaning[], lang: 'kk' | 'ru' | 'en'): string {
  return meanings
    .map(({ field, meaning, decree }) => {
      const words = decree === null ? null : lang === 'kk' ? (decree.kk ?? decree.ru) : (decree.ru ?? decree.kk);
      return `${field}: ${meaning[lang]}${words === null || words === '' ? '' : `: ${words}`}`;
    })
    .join(' | ');
}
