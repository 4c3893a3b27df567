/// <reference lib="dom" />
/**
 * The reading (which text's values apply where the Kazakh and the Russian texts differ), one for
 * the whole site: the calculator and the builder start from the same one and keep the reader's
 * choice, in the address (`?reading=ru`, so that a link carries it) and in `localStorage` (so that
 * the next page starts from it).
 */
export type Reading = 'kk' | 'ru';

export const READING_KEY = 'cdto-kpi.reading';

const isReading = (value: unknown): value is Reading => value === 'kk' || value === 'ru';

/**
 * The reading a page starts from: the address's, else the one chosen last, else the library's
 * default (the documented one, given by the page).
 *
 * @param fallback - the library's `DEFAULT_READING`
 * @returns the reading
 */
export function initialReading(fallback: Reading): Reading {
  const asked = new URLSearchParams(location.search).get('reading');
  if (isReading(asked)) return asked;
  try {
    const kept = localStorage.getItem(READING_KEY);
    if (isReading(kept)) return kept;
  } catch {
    // Storage may be refused (a private window): the default applies.
  }
  return fallback;
}

/**
 * Keeps a reading the reader chose: in `localStorage`, and in the address when it differs from the
 * default (the address of the default reading stays clean).
 *
 * @param reading - the reading chosen
 * @param fallback - the library's `DEFAULT_READING`
 */
export function keepReading(reading: Reading, fallback: Reading): void {
  try {
    localStorage.setItem(READING_KEY, reading);
  } catch {
    // Storage may be refused; the address still carries the choice.
  }
  setParams({ reading: reading === fallback ? null : reading });
}

/**
 * Sets (or, with `null`, removes) parameters of the page's address without reloading it.
 *
 * @param values - the parameters
 */
export function setParams(values: Readonly<Record<string, string | null>>): void {
  const params = new URLSearchParams(location.search);
  for (const [name, value] of Object.entries(values)) {
    if (value === null) params.delete(name);
    else params.set(name, value);
  }
  const query = params.toString();
  try {
    history.replaceState(null, '', `${location.pathname}${query === '' ? '' : `?${query}`}${location.hash}`);
  } catch {
    // Some hosts (and file://) may refuse a changed address; the page still works.
  }
}
