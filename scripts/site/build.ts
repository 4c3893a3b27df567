/**
 * Builds the indicator explorer: a static, bilingual site generated from the catalogue data.
 *
 *   npm run site                      # into docs/site/
 *   tsx scripts/site/build.ts --out DIR --successors FILE
 *
 * Everything in the output folder is replaced except `api/`, where the API reference lives.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build, type BuildOptions as EsbuildOptions, type PluginBuild } from 'esbuild';
import MiniSearch from 'minisearch';
import { CATALOGUE_2023 } from '../../src/generated/catalogue-2023.js';
import { CATALOGUE_2025 } from '../../src/generated/catalogue-2025.js';
import { BODIES, getEdition, indicatorsForPeriod, resolvePeriod } from '../../src/index.js';
import { esc } from './html.js';
import { FIELD_LABELS, KIND_LABELS, LABELS, LANGS, RULE_LABELS, type Lang } from './i18n.js';
import { bodyPage, bodyPath, type Edition, editionPage, EDITIONS, homePage, indicatorPage, indicatorPath, indicatorsOf, plainIn } from './pages-catalogue.js';
import { builderPage, DIFF_SECTIONS, diffBodyPage, diffPage, diffPath, example2025Page, rating2024BodyPage, rating2024Page, RATING_2024_BODIES, RATING_2024_PATH, ratingBodyPath } from './pages-tools.js';
import { SEARCH_FIELDS, searchTerm, STORE_FIELDS } from './search-terms.js';
import { BUILDER_PERIODS } from './periods.js';
import { readSuccessors } from './successors.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');

export const DEFAULT_OUT = join(repo, 'docs/site');
export const DEFAULT_SUCCESSORS = join(repo, 'data/successors/2023-2025.json');

export interface BuildOptions {
  readonly out?: string;
  readonly successors?: string;
}

export interface BuildResult {
  readonly out: string;
  readonly pages: number;
  readonly successors: string | null;
}

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Empties the output folder, all but the API reference. */
function clean(out: string): void {
  if (!existsSync(out)) return;
  for (const entry of readdirSync(out)) if (entry !== 'api') rmSync(join(out, entry), { recursive: true, force: true });
}

async function bundleClients(assets: string): Promise<void> {
  const version = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string }).version;
  const common = {
    outdir: assets,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    legalComments: 'none',
    define: { __VERSION__: JSON.stringify(version) },
    // The pages' data is worked out when the site is built: no page loads an edition's module at
    // run time (cdto-kpi/csv reads a report without one), so the on-demand loaders stay unbundled.
    // esbuild's filter is a Go regular expression: no flags.
    plugins: [{ name: 'editions-on-demand', setup: (build: PluginBuild) => build.onResolve({ filter: /^\.\/edition-[0-9]+\.js$/ }, (args) => ({ path: args.path, external: true })) }],
    logLevel: 'warning',
  } satisfies EsbuildOptions;
  // The pages' scripts use the library through its public entry, as an application would.
  const core = { 'cdto-kpi/core': join(repo, 'src/core.ts'), 'cdto-kpi/csv': join(repo, 'src/csv.ts') };
  await build({ ...common, entryPoints: ['site', 'search', 'sort'].map((name) => join(here, 'client', `${name}.ts`)), alias: core });
  // The scripts that write the library's messages, once per language, each with that language's
  // catalogue only: calculator.kk.js, builder.ru.js…
  for (const lang of ['kk', 'ru'] as const) {
    await build({
      ...common,
      entryPoints: Object.fromEntries(['calculator', 'builder'].map((name) => [`${name}.${lang}`, join(here, 'client', `${name}.ts`)])),
      alias: { ...core, 'cdto-kpi-page-messages': join(here, 'client', `messages-${lang}.ts`) },
    });
  }
}

function copyKatex(assets: string): void {
  const dist = join(repo, 'node_modules/katex/dist');
  mkdirSync(join(assets, 'katex'), { recursive: true });
  cpSync(join(dist, 'katex.min.css'), join(assets, 'katex/katex.min.css'));
  cpSync(join(dist, 'fonts'), join(assets, 'katex/fonts'), { recursive: true, filter: (source) => !/\.(ttf|woff)$/u.test(source) });
}

/**
 * The search index over both editions' names, in Kazakh and Russian, and the names of the criteria
 * of composite indicators (a criterion's entry leads to its indicator), as a script (so that it
 * loads from file://).
 */
export function searchIndex(): string {
  const search = new MiniSearch({ idField: 'key', fields: [...SEARCH_FIELDS], storeFields: [...STORE_FIELDS], processTerm: searchTerm });
  search.addAll(
    EDITIONS.flatMap((edition) =>
      indicatorsOf(edition).flatMap((indicator) => [
        { key: `${edition}:${indicator.id}`, edition, id: indicator.id, code: indicator.id, kk: indicator.name.kk ?? '', ru: indicator.name.ru ?? '' },
        ...(indicator.edition === '2025' && indicator.criteria !== null
          ? indicator.criteria.map((criterion) => ({ key: `${edition}:${indicator.id}#${criterion.id}`, edition, id: indicator.id, criterion: criterion.id, code: '', kk: criterion.name.kk ?? '', ru: criterion.name.ru ?? '' }))
          : []),
      ]),
    ),
  );
  return `window.CDTO_SEARCH=${JSON.stringify(search.toJSON())};\n`;
}

/**
 * The builder's data for a language: every body's indicators per period key (from
 * `indicatorsForPeriod`), the edition in force for each quarter (from `resolvePeriod`), and each
 * edition's own names, keyed by edition and id (an id of 2023 may name another indicator in 2025).
 */
export function builderData(lang: Lang): unknown {
  const periods: { key: string; year: number; quarter: 1 | 2 | 3 | 4; reading?: Lang }[] = [
    { key: '2023', year: 2023, quarter: 4 },
    { key: '2024', year: 2024, quarter: 1 },
    ...(['2025', '2026'] as const).flatMap((year) => LANGS.map((reading) => ({ key: `${year}|${reading}`, year: Number(year), quarter: 1 as const, reading }))),
  ];
  const editionOf = (year: number, quarter: 1 | 2 | 3 | 4): Edition => resolvePeriod({ year, quarter }).edition as Edition;
  const bodies: Record<string, Record<string, unknown>> = {};
  for (const body of BODIES) {
    const entries: Record<string, unknown> = {};
    for (const period of periods) {
      const edition = editionOf(period.year, period.quarter);
      if (!(edition === '2023' ? CATALOGUE_2023 : CATALOGUE_2025).bodies.some((entry) => entry.id === body.id)) continue;
      const found = indicatorsForPeriod({ year: period.year, quarter: period.quarter }, body.id, period.reading === undefined ? {} : { reading: period.reading });
      entries[period.key] = { edition: found.period.edition, planned: found.plannedWeight, method: getEdition(found.period.edition).method, indicators: found.indicators };
    }
    bodies[body.id] = entries;
  }
  const names: Record<string, Record<string, string>> = {};
  const nameLangs: Record<string, Record<string, Lang>> = {};
  const criteria: Record<string, Record<string, unknown>> = {};
  for (const edition of EDITIONS) {
    names[edition] = {};
    nameLangs[edition] = {};
    criteria[edition] = {};
    for (const indicator of indicatorsOf(edition)) {
      names[edition]![indicator.id] = plainIn(indicator.name, lang);
      // A name the page's text lost is shown in the other language, and marked so.
      if (indicator.name[lang] === null) nameLangs[edition]![indicator.id] = lang === 'kk' ? 'ru' : 'kk';
      if (indicator.edition === '2025' && indicator.criteria !== null) criteria[edition]![indicator.id] = indicator.criteria.map((criterion) => ({ id: criterion.id, weight: criterion.weight, name: plainIn(criterion.name, lang) }));
    }
  }
  const periodEditions = Object.fromEntries(BUILDER_PERIODS.map(({ year, quarter }) => [`${year}-${quarter}`, editionOf(year, quarter)]));
  // The hours of each quarter: an uptime's t_total when left out (what resolvePeriod gives).
  const hours = Object.fromEntries(BUILDER_PERIODS.map(({ year, quarter }) => [`${year}-${quarter}`, resolvePeriod({ year, quarter }).hours]));
  const fields = Object.fromEntries(Object.entries(FIELD_LABELS).map(([field, text]) => [field, text[lang]]));
  const rules = Object.fromEntries(Object.entries(RULE_LABELS).map(([rule, text]) => [rule, text[lang]]));
  const kinds = Object.fromEntries(Object.entries(KIND_LABELS).map(([kind, text]) => [kind, text[lang]]));
  return { bodies, periods: periodEditions, hours, names, nameLangs, criteria, fields, rules, kinds };
}

function rootIndex(): string {
  return `<!doctype html>
<html lang="kk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>CDTO KPI</title>
<link rel="stylesheet" href="assets/style.css">
<script>
(function () {
  var lang = null;
  try { lang = localStorage.getItem('cdto-kpi.lang'); } catch (e) {}
  if (lang !== 'kk' && lang !== 'ru') lang = String(navigator.language || '').toLowerCase().indexOf('ru') === 0 ? 'ru' : 'kk';
  location.replace(lang + '/index.html' + location.search + location.hash);
})();
</script>
</head>
<body>
<main id="main" class="wrap">
<h1>CDTO KPI</h1>
<ul>
<li><a href="kk/index.html" lang="kk" data-lang="kk">${esc(LABELS.languageName.kk)}: ${esc(LABELS.siteTitle.kk)}</a></li>
<li><a href="ru/index.html" lang="ru" data-lang="ru">${esc(LABELS.languageName.ru)}: ${esc(LABELS.siteTitle.ru)}</a></li>
</ul>
</main>
</body>
</html>
`;
}

/** Builds the site. */
export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const out = resolve(options.out ?? DEFAULT_OUT);
  const successorsFile = options.successors ?? DEFAULT_SUCCESSORS;
  const successors = readSuccessors(successorsFile);
  clean(out);
  const assets = join(out, 'assets');
  mkdirSync(assets, { recursive: true });
  await bundleClients(assets);
  copyKatex(assets);
  cpSync(join(here, 'style.css'), join(assets, 'style.css'));
  write(join(assets, 'search-index.js'), searchIndex());
  let pages = 0;
  const emit = (lang: Lang, path: string, html: string): void => {
    write(join(out, lang, path), html);
    pages += 1;
  };
  write(join(out, 'index.html'), rootIndex());
  for (const lang of LANGS) {
    write(join(assets, `builder-data.${lang}.js`), `window.CDTO_BUILDER=${JSON.stringify(builderData(lang))};\n`);
    emit(lang, 'index.html', homePage(lang));
    for (const edition of EDITIONS) {
      const catalogue = edition === '2023' ? CATALOGUE_2023 : CATALOGUE_2025;
      emit(lang, `${edition}/index.html`, editionPage(edition, lang));
      for (const body of catalogue.bodies) emit(lang, bodyPath(edition, body.id), bodyPage(edition, body.id, lang));
      for (const indicator of indicatorsOf(edition)) emit(lang, indicatorPath(edition, indicator.id), indicatorPage(indicator, lang, successors));
    }
    emit(lang, 'diff.html', diffPage(lang, successors));
    for (const bodyId of DIFF_SECTIONS) emit(lang, diffPath(bodyId), diffBodyPage(bodyId, lang, successors));
    emit(lang, 'builder.html', builderPage(lang));
    emit(lang, RATING_2024_PATH, rating2024Page(lang));
    for (const body of RATING_2024_BODIES) emit(lang, ratingBodyPath(body), rating2024BodyPage(body, lang));
    emit(lang, 'example-2025-q2.html', example2025Page(lang));
  }
  return { out, pages, successors: successors === null ? null : successorsFile };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, successors: { type: 'string' } } });
  const started = Date.now();
  const result = await buildSite({ ...(values.out === undefined ? {} : { out: values.out }), ...(values.successors === undefined ? {} : { successors: values.successors }) });
  process.stdout.write(
    `site: ${result.pages} pages in ${result.out} (${Date.now() - started} ms); successor mapping: ${result.successors ?? 'none yet (data/successors/2023-2025.json is absent)'}\n`,
  );
}
