/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The home page's search: a MiniSearch index built with the site, across the Kazakh and the
 * Russian names, by prefix and with light typos forgiven; `?q=` makes a search a link.
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
  readonly kk: string;
  readonly ru: string;
}

const labels = JSON.parse(document.getElementById('search-labels')?.textContent ?? '{}') as { none: string; count: string; lang: 'kk' | 'ru' };
const form = document.getElementById('search-form') as HTMLFormElement | null;
const input = document.getElementById('q') as HTMLInputElement | null;
const results = document.getElementById('search-results');
const status = document.getElementById('search-status');

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => `&#${char.charCodeAt(0)};`);
}

if (form !== null && input !== null && results !== null && status !== null && window.CDTO_SEARCH !== undefined) {
  const index = MiniSearch.loadJS<Stored>(window.CDTO_SEARCH as never, {
    idField: 'key',
    fields: [...SEARCH_FIELDS],
    storeFields: [...STORE_FIELDS],
    processTerm: searchTerm,
  });
  const other = labels.lang === 'kk' ? 'ru' : 'kk';
  const run = (query: string): void => {
    const trimmed = query.trim();
    try {
      history.replaceState(null, '', trimmed === '' ? location.pathname : `?q=${encodeURIComponent(trimmed)}`);
    } catch {
      // Some hosts refuse a changed address; the search still runs.
    }
    if (trimmed === '') {
      results.innerHTML = '';
      status.textContent = '';
      return;
    }
    const found = index.search(trimmed, { prefix: true, fuzzy: 0.2, combineWith: 'AND' }) as unknown as (Stored & { score: number })[];
    status.textContent = found.length === 0 ? labels.none : labels.count.replace('{n}', String(found.length));
    results.innerHTML = found
      .slice(0, 60)
      .map(
        (hit) =>
          `<li><a href="${hit.edition}/i/${escapeHtml(hit.id)}.html"><span class="id">${escapeHtml(hit.id)}</span> ${escapeHtml(hit[labels.lang] || hit[other])}</a> <span class="tag">${hit.edition}</span><br><span class="muted" lang="${other}">${escapeHtml(hit[other])}</span></li>`,
      )
      .join('');
  };
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
