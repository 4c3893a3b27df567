/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The home page's search: a MiniSearch index built with the site, across the Kazakh and the
 * Russian names of the indicators and of the criteria of composite indicators, by prefix and with
 * light typos forgiven; every match counted and shown, a page at a time; `?q=` makes a search a link.
 */
import MiniSearch from 'minisearch';
import { SEARCH_FIELDS, searchTerm, STORE_FIELDS } from '../search-terms.js';

declare global {
  interface Window {
    CDTO_SEARCH?: unknown;
  }
}

interface Stored {
  readonly edition: string;
  readonly id: string;
  /** Set on a criterion's entry: the criterion's id (`id` is its indicator's). */
  readonly criterion?: string;
  readonly kk: string;
  readonly ru: string;
}

/** One indicator found: by its name, by the names of some of its criteria, or both. */
interface Found {
  readonly key: string;
  readonly edition: string;
  readonly id: string;
  readonly criteria: Stored[];
}

interface Labels {
  readonly none: string;
  readonly count: string;
  readonly shown: string;
  readonly more: string;
  readonly all: string;
  readonly criterion: string;
  readonly lang: 'kk' | 'ru';
}

/** How many indicators a page of results shows. */
const PAGE = 50;

const labels = JSON.parse(document.getElementById('search-labels')?.textContent ?? '{}') as Labels;
const form = document.getElementById('search-form') as HTMLFormElement | null;
const input = document.getElementById('q') as HTMLInputElement | null;
const results = document.getElementById('search-results');
const status = document.getElementById('search-status');
const more = document.getElementById('search-more');
const next = document.getElementById('search-next') as HTMLButtonElement | null;
const all = document.getElementById('search-all') as HTMLButtonElement | null;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => `&#${char.charCodeAt(0)};`);
}

if (form !== null && input !== null && results !== null && status !== null && more !== null && next !== null && all !== null && window.CDTO_SEARCH !== undefined) {
  const index = MiniSearch.loadJS<Stored>(window.CDTO_SEARCH as never, {
    idField: 'key',
    fields: [...SEARCH_FIELDS],
    storeFields: [...STORE_FIELDS],
    processTerm: searchTerm,
  });
  const own = labels.lang;
  const other = own === 'kk' ? 'ru' : 'kk';
  let found: Found[] = [];
  let shown = 0;

  const item = (hit: Found): string => {
    const names = index.getStoredFields(hit.key) as unknown as Stored | undefined;
    const href = `${hit.edition}/i/${escapeHtml(hit.id)}.html`;
    const criteria = hit.criteria
      .map((criterion) => `<br><span class="tag">${escapeHtml(labels.criterion)}</span> <a href="${href}#crit-${escapeHtml(criterion.criterion ?? '')}">${escapeHtml(criterion[own] || criterion[other])}</a>`)
      .join('');
    return `<li><a href="${href}"><span class="id">${escapeHtml(hit.id)}</span> ${escapeHtml(names?.[own] || names?.[other] || '')}</a> <span class="tag">${hit.edition}</span>${criteria}<br><span class="muted" lang="${other}">${escapeHtml(names?.[other] ?? '')}</span></li>`;
  };

  /** Shows results up to `count`, and says how many there are and how many are shown. */
  const show = (count: number): void => {
    const from = shown;
    shown = Math.min(count, found.length);
    results.insertAdjacentHTML('beforeend', found.slice(from, shown).map(item).join(''));
    const total = labels.count.replace('{n}', String(found.length));
    status.textContent = found.length === 0 ? labels.none : shown < found.length ? `${total}; ${labels.shown.replace('{shown}', `1–${shown}`)}` : total;
    const left = found.length - shown;
    more.hidden = left <= 0;
    next.textContent = labels.more.replace('{n}', String(Math.min(PAGE, left)));
    all.textContent = labels.all.replace('{n}', String(found.length));
    // The first link added takes the focus when the reader asked for more.
    if (from > 0) results.children[from]?.querySelector('a')?.focus();
  };

  const run = (query: string): void => {
    const trimmed = query.trim();
    try {
      history.replaceState(null, '', trimmed === '' ? location.pathname : `?q=${encodeURIComponent(trimmed)}`);
    } catch {
      // Some hosts refuse a changed address; the search still runs.
    }
    results.innerHTML = '';
    found = [];
    shown = 0;
    if (trimmed === '') {
      status.textContent = '';
      more.hidden = true;
      return;
    }
    // A criterion's entry counts as its indicator: one result per indicator, best match first.
    const byIndicator = new Map<string, Found>();
    for (const hit of index.search(trimmed, { prefix: true, fuzzy: 0.2, combineWith: 'AND' }) as unknown as (Stored & { score: number })[]) {
      const key = `${hit.edition}:${hit.id}`;
      let entry = byIndicator.get(key);
      if (entry === undefined) byIndicator.set(key, (entry = { key, edition: hit.edition, id: hit.id, criteria: [] }));
      if (hit.criterion !== undefined) entry.criteria.push(hit);
    }
    found = [...byIndicator.values()];
    show(PAGE);
  };
  next.addEventListener('click', () => show(shown + PAGE));
  all.addEventListener('click', () => show(found.length));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run(input.value);
  });
  input.addEventListener('input', () => run(input.value));
  const initial = new URLSearchParams(location.search).get('q');
  if (initial !== null && initial !== '') {
    input.value = initial;
    run(initial);
  }
}
