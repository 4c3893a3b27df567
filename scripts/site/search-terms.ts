/**
 * How a word is turned into a search term, the same at build time (the index) and in the browser
 * (the query): lower case, Unicode NFC, ё as е, and Latin and Cyrillic look-alike letters folded
 * into the script that the rest of the word is written in. A reader who types a Latin "i" for the
 * Kazakh "і" (a common keyboard habit), or a name that carries a stray look-alike letter, still
 * meets the word.
 */

const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', c: 'с', e: 'е', h: 'һ', i: 'і', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у', b: 'в',
};
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', с: 'c', е: 'e', һ: 'h', і: 'i', к: 'k', м: 'm', о: 'o', р: 'p', т: 't', х: 'x', у: 'y', в: 'b',
};

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/** A search term from a word, or `null` for a word that is no term. */
export function searchTerm(word: string): string | null {
  const lower = word.normalize('NFC').toLowerCase().replace(/ё/gu, 'е');
  if (lower.length === 0) return null;
  let cyrillic = 0;
  let latin = 0;
  for (const letter of lower) {
    if (CYRILLIC.test(letter)) cyrillic += 1;
    else if (LATIN.test(letter)) latin += 1;
  }
  if (cyrillic === 0 || latin === 0) return lower;
  const table = cyrillic >= latin ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
  let folded = '';
  for (const letter of lower) folded += table[letter] ?? letter;
  return folded;
}

/** The options both the index and the query use. */
export const SEARCH_FIELDS = ['code', 'kk', 'ru'] as const;
/** A criterion's entry stores its id under `criterion`; its `id` is its indicator's. */
export const STORE_FIELDS = ['edition', 'id', 'criterion', 'kk', 'ru'] as const;
