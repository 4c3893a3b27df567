/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Every page: remembers the language a reader chooses (the language links), carries a search
 * across the switch, and says when the page's own scripts have run (`<html data-ready="true">`:
 * deferred scripts run in order before `DOMContentLoaded`), so that a test waits for the page,
 * never for time.
 */
export const LANGUAGE_KEY = 'cdto-kpi.lang';

document.addEventListener('click', (event) => {
  const target = event.target;
  if (!(target instanceof Element)) return;
  const link = target.closest('a[data-lang]');
  if (!(link instanceof HTMLAnchorElement)) return;
  const lang = link.dataset.lang;
  try {
    if (lang === 'kk' || lang === 'ru') localStorage.setItem(LANGUAGE_KEY, lang);
  } catch {
    // Storage may be refused (a private window): the link still works.
  }
  if (location.search !== '' && link.search === '') link.search = location.search;
});

const ready = (): void => {
  document.documentElement.dataset.ready = 'true';
};
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
else ready();
