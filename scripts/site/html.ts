/**
 * HTML helpers and the page layout shared by every page of the explorer.
 */
import type { LocalizedText } from '../../src/editions/types.js';
import { label, LABELS, LANGS, type Lang } from './i18n.js';

/** Escapes text for HTML content and attribute values. */
export function esc(text: string | number | null | undefined): string {
  return String(text ?? '')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&#39;');
}

/** A JSON payload safe to put inside a `<script type="application/json">`. */
export function jsonScript(id: string, value: unknown): string {
  const text = JSON.stringify(value).replace(/</gu, '\\u003c');
  return `<script type="application/json" id="${esc(id)}">${text}</script>`;
}

/** A text in another language than the page's gets its own `lang`. */
export function inLang(text: string | null, textLang: Lang | 'en', pageLang: Lang, tag = 'span'): string {
  if (text === null) return '';
  return textLang === pageLang ? esc(text) : `<${tag} lang="${textLang}">${esc(text)}</${tag}>`;
}

/** A note of the data: the same note in English, Kazakh and Russian (`LocalizedText`). */
export type Note = LocalizedText;

/**
 * A note as HTML, in the page's language.
 *
 * @param note - the note as the data holds it
 * @param lang - the page's language
 * @param tag - the element that holds it
 * @returns the HTML
 */
export function noteHtml(note: Note, lang: Lang, tag = 'span'): string {
  return `<${tag}>${esc(note[lang])}</${tag}>`;
}

/** A decimal figure as a reader writes it in Kazakh and Russian: a decimal comma. */
export function fig(value: string | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return value.replace('.', ',');
}

export interface Crumb {
  readonly href: string | null;
  readonly text: string;
}

export interface PageSpec {
  readonly lang: Lang;
  /** The path under the language folder, e.g. `2023/i/agriculture.1.html`. */
  readonly path: string;
  readonly title: string;
  readonly crumbs: readonly Crumb[];
  readonly body: string;
  readonly katex?: boolean;
  /** Scripts under `assets/`, loaded deferred after the site script. */
  readonly scripts?: readonly string[];
  readonly description?: string;
}

/** `../` as many times as the page is deep below the site's root. */
export function rootOf(path: string): string {
  return '../'.repeat(path.split('/').length);
}

/** The link from a page to another page of the same language. */
export function hrefFrom(fromPath: string, toPath: string): string {
  return '../'.repeat(fromPath.split('/').length - 1) + toPath;
}

const NAV: readonly { readonly path: string; readonly key: 'editionTitle2023' | 'editionTitle2025' | 'diffShort' | 'builder' | 'rating2024' | 'example2025' }[] = [
  { path: '2023/index.html', key: 'editionTitle2023' },
  { path: '2025/index.html', key: 'editionTitle2025' },
  { path: 'diff.html', key: 'diffShort' },
  { path: 'builder.html', key: 'builder' },
  { path: 'rating-2024-q1.html', key: 'rating2024' },
  { path: 'example-2025-q2.html', key: 'example2025' },
];

/** A whole page. */
export function page(spec: PageSpec): string {
  const { lang, path } = spec;
  const root = rootOf(path);
  const here = (to: string): string => hrefFrom(path, to);
  const nav = NAV.map(
    (item) => `<li><a href="${here(item.path)}"${item.path === path ? ' aria-current="page"' : ''}>${esc(label(item.key, lang))}</a></li>`,
  ).join('');
  const switcher = LANGS.map((other) =>
    other === lang
      ? `<a href="${root}${other}/${path}" hreflang="${other}" lang="${other}" data-lang="${other}" aria-current="true">${esc(LABELS.languageName[other])}</a>`
      : `<a href="${root}${other}/${path}" hreflang="${other}" lang="${other}" data-lang="${other}">${esc(LABELS.languageName[other])}</a>`,
  ).join('');
  const crumbs = spec.crumbs
    .map((crumb, index) =>
      crumb.href === null || index === spec.crumbs.length - 1
        ? `<li><span aria-current="page">${esc(crumb.text)}</span></li>`
        : `<li><a href="${here(crumb.href)}">${esc(crumb.text)}</a></li>`,
    )
    .join('');
  const scripts = ['site.js', ...(spec.scripts ?? [])].map((name) => `<script src="${root}assets/${name}" defer></script>`).join('');
  const alternates = LANGS.filter((other) => other !== lang)
    .map((other) => `<link rel="alternate" hreflang="${other}" href="${root}${other}/${path}">`)
    .join('');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${esc(spec.title)} · CDTO KPI</title>
${spec.description === undefined ? '' : `<meta name="description" content="${esc(spec.description)}">`}
<link rel="stylesheet" href="${root}assets/style.css">
${spec.katex === true ? `<link rel="stylesheet" href="${root}assets/katex/katex.min.css">` : ''}
${alternates}
</head>
<body>
<a class="skip" href="#main">${esc(label('skip', lang))}</a>
<header class="site-header">
<div class="wrap bar">
<a class="brand" href="${here('index.html')}">${esc(label('siteTitle', lang))}</a>
<nav class="lang" aria-label="${esc(label('languageSwitch', lang))}">${switcher}</nav>
</div>
<nav class="wrap main-nav" aria-label="${esc(label('mainNav', lang))}"><ul>${nav}<li><a href="${root}api/index.html" lang="en">API</a></li></ul></nav>
</header>
<nav class="wrap crumbs" aria-label="${esc(label('breadcrumbs', lang))}"><ol>${crumbs}</ol></nav>
<main id="main" class="wrap">
${spec.body}
</main>
<footer class="site-footer"><div class="wrap"><p>${esc(label('footer', lang))} <a href="${root}api/index.html">${esc(label('api', lang))}</a></p></div></footer>
${scripts}
</body>
</html>
`;
}
