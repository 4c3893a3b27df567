/**
 * The explorer as files: budgets, a page for every indicator in both languages, the search index,
 * the diff from a successor mapping, and the builder's arithmetic held to `scorePeriodReport`.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_2023 } from '../../src/generated/catalogue-2023.js';
import { CATALOGUE_2025 } from '../../src/generated/catalogue-2025.js';
import { reportTemplate, scorePeriodReport } from '../../src/index.js';
import { REPORT_2024_Q1 } from '../../src/reports/report-2024-q1.js';
import { builderData, searchIndex } from '../../scripts/site/build.js';
import { type BuilderIndicator, periodKey, readBuiltReport, reportCsv, reportDocument, scoreBuilt, scoreBuiltRows, securityFields } from '../../scripts/site/client/builder-core.js';
import { parseCsv, templateCsv, writeCsv } from '../../src/csv.js';
import { noteHtml } from '../../scripts/site/html.js';
import { countOf } from '../../scripts/site/i18n.js';
import { loadLanguage } from 'cdto-kpi/core';
import { diffBodyPage, diffPage } from '../../scripts/site/pages-tools.js';
import { SEARCH_FIELDS, searchTerm, STORE_FIELDS } from '../../scripts/site/search-terms.js';
import { readSuccessors } from '../../scripts/site/successors.js';
import { REPO, requireSite, SITE } from './browser.js';

const KB = 1024;
const gz = (...files: string[]): number => gzipSync(Buffer.concat(files.map((file) => readFileSync(join(SITE, 'assets', file)))), { level: 9 }).length;

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'api' && folder === SITE ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

describe('the built site', () => {
  requireSite();
  const pages = htmlFiles(SITE);

  it('keeps every page under 60 KB of HTML', () => {
    const sizes = pages.map((file) => ({ file: relative(SITE, file), size: statSync(file).size }));
    const largest = sizes.reduce((a, b) => (b.size > a.size ? b : a));
    console.log(`site: ${pages.length} pages; largest ${largest.file}: ${(largest.size / KB).toFixed(1)} KB`);
    expect(sizes.filter((entry) => entry.size >= 60 * KB)).toEqual([]);
  });

  // The builder's data holds each definition's legal source, so that the builder scores exactly as scorePeriodReport (traces included).
  // Each language's calculator and builder carry the library's messages in that language only
  // (≈ 11 KB gzip; the other language's are not shipped), and the formatters read what they are given
  // through the boundary: 52 KB where 40 KB held them without. The
  // builder also reads and writes the one CSV layout through cdto-kpi/csv, whose functions check
  // their arguments with zod at the door.
  it("keeps the calculator's JavaScript under 52 KB min+gzip in each language and the builder's under 70 KB, the builder's data under 24 KB, and the search index under 150 KB gzip", () => {
    const calculator = Math.max(gz('site.js', 'calculator.kk.js'), gz('site.js', 'calculator.ru.js'));
    const builder = Math.max(gz('site.js', 'builder.kk.js'), gz('site.js', 'builder.ru.js'));
    const sort = gz('site.js', 'sort.js');
    // The builder's data (every body's indicators per period) is its own asset, one per language.
    const data = Math.max(gz('builder-data.kk.js'), gz('builder-data.ru.js'));
    const index = gz('search-index.js');
    console.log(`calculator ${(calculator / KB).toFixed(1)} KB, builder ${(builder / KB).toFixed(1)} KB and its data ${(data / KB).toFixed(1)} KB, search index ${(index / KB).toFixed(1)} KB, search script ${(gz('search.js') / KB).toFixed(1)} KB, rating's sort ${(sort / KB).toFixed(1)} KB (site.js included; gzip)`);
    expect(sort).toBeLessThan(4 * KB);
    expect(calculator).toBeLessThan(52 * KB);
    expect(builder).toBeLessThan(70 * KB);
    expect(data).toBeLessThan(24 * KB);
    expect(index).toBeLessThan(150 * KB);
  });

  it('has a page for every one of the 229 indicators in both languages, with the language declared and the formula rendered', () => {
    const indicators = [...CATALOGUE_2023.indicators, ...CATALOGUE_2025.indicators];
    expect(indicators).toHaveLength(229);
    for (const lang of ['kk', 'ru'] as const) {
      for (const indicator of indicators) {
        const html = readFileSync(join(SITE, lang, indicator.edition, 'i', `${indicator.id}.html`), 'utf8');
        expect(html.startsWith(`<!doctype html>\n<html lang="${lang}">`), `${lang}/${indicator.id}`).toBe(true);
        expect(html, `${lang}/${indicator.id}`).toContain('class="katex"');
        expect(html, `${lang}/${indicator.id}`).toContain('id="calc-data"');
      }
    }
  });

  it('links the API reference from every page, and links each page to its other language', () => {
    for (const file of pages.filter((path) => relative(SITE, path) !== 'index.html')) {
      const html = readFileSync(file, 'utf8');
      const path = relative(SITE, file).split('/').slice(1).join('/');
      const depth = path.split('/').length;
      expect(html, file).toContain(`href="${'../'.repeat(depth)}api/index.html"`);
      expect(html, file).toContain(`href="${'../'.repeat(depth)}kk/${path}"`);
      expect(html, file).toContain(`href="${'../'.repeat(depth)}ru/${path}"`);
    }
  });
});

describe('the search index', () => {
  const options = { idField: 'key', fields: [...SEARCH_FIELDS], storeFields: [...STORE_FIELDS], processTerm: searchTerm };
  const json = searchIndex().replace(/^window\.CDTO_SEARCH=/u, '').replace(/;\n$/u, '');
  const index = MiniSearch.loadJSON(json, options);

  it('folds look-alike letters into the script of the rest of the word', () => {
    expect(searchTerm('өтiнiмдер')).toBe('өтінімдер'); // Latin i in a Kazakh word
    expect(searchTerm('Vetмobile')).toBe('vetmobile'); // a Cyrillic м in a Latin word
    expect(searchTerm('сапa')).toBe('сапа');
    expect(searchTerm('KazLLM')).toBe('kazllm');
    expect(searchTerm('Ёлка')).toBe('елка');
  });

  it('finds every indicator by every word of its names, in both languages', () => {
    const missed: string[] = [];
    for (const indicator of [...CATALOGUE_2023.indicators, ...CATALOGUE_2025.indicators]) {
      for (const lang of ['kk', 'ru'] as const) {
        for (const word of (indicator.name[lang] ?? '').split(/[\n\r\p{Z}\p{P}]+/u).filter((entry) => entry.length >= 3)) {
          const found = index.search(word, { prefix: true, fuzzy: 0.2, combineWith: 'AND' }).map((hit) => `${hit.edition as string}:${hit.id as string}`);
          if (!found.includes(`${indicator.edition}:${indicator.id}`)) missed.push(`${indicator.id} ${lang} ${word}`);
        }
      }
    }
    expect(missed).toEqual([]);
  });
});

describe('the search index: criteria', () => {
  const options = { idField: 'key', fields: [...SEARCH_FIELDS], storeFields: [...STORE_FIELDS], processTerm: searchTerm };
  const index = MiniSearch.loadJSON(searchIndex().replace(/^window\.CDTO_SEARCH=/u, '').replace(/;\n$/u, ''), options);

  it("finds every composite indicator by every word of each of its criteria's names, in both languages", () => {
    const composites = CATALOGUE_2025.indicators.filter((indicator) => indicator.criteria !== null);
    expect(composites.map((indicator) => indicator.id)).toEqual(['common.1', 'common.8']);
    const missed: string[] = [];
    for (const indicator of composites) {
      for (const criterion of indicator.criteria!) {
        for (const lang of ['kk', 'ru'] as const) {
          for (const word of (criterion.name[lang] ?? '').split(/[\n\r\p{Z}\p{P}]+/u).filter((entry) => entry.length >= 3)) {
            const hits = index.search(word, { prefix: true, fuzzy: 0.2, combineWith: 'AND' });
            if (!hits.some((hit) => hit.id === indicator.id && hit.criterion === criterion.id)) missed.push(`${indicator.id}#${criterion.id} ${lang} ${word}`);
          }
        }
      }
    }
    expect(missed).toEqual([]);
  });
});

describe('notes in the reader\'s language', () => {
  it('shows a note in the page\'s language, escaped, with no language mark of its own', () => {
    expect(noteHtml({ en: 'Lost.', kk: 'Жоғалды <b>', ru: 'Утрачено <b>' }, 'ru', 'li')).toBe('<li>Утрачено &lt;b&gt;</li>');
    expect(noteHtml({ en: 'Lost.', kk: 'Жоғалды.', ru: 'Утрачено.' }, 'kk', 'td')).toBe('<td>Жоғалды.</td>');
  });
});

describe('the diff from a successor mapping', () => {
  const fixture = join(REPO, 'tests/site/fixtures/successors-2023-2025.json');
  const successors = readSuccessors(fixture)!;

  it('shows each pair with its evidence, the dropped and the added, and what the mapping leaves out', () => {
    const html = diffBodyPage('agriculture', 'ru', successors);
    expect(html).toContain('ОБРАЗЕЦ: оба измеряют оцифрованную долю сельскохозяйственных субсидий');
    expect(html).toContain('href="../2023/i/agriculture.3.html"');
    expect(html).toContain('переформулирован'); // agriculture.1 → agriculture.1, reworded
    expect(html).toContain('ОБРАЗЕЦ: доступа сельскохозяйственных предприятий к интернету');
    expect(html).toContain('ОБРАЗЕЦ: идентификация животных по биометрии');
    expect(html).toContain('Показатели, которых нет в карте'); // e.g. 2023 agriculture.4 and .5
    expect(html).toContain('href="../2023/i/agriculture.5.html"');
    const index = diffPage('kk', successors);
    // The sample maps only a few indicators: the summary says how many it leaves out instead of sums that would not add up.
    expect(index).toContain('Мұрагерлер картасында жоқ көрсеткіштер:');
    expect(index).toContain('ҮЛГІ: Цифрлық даму министрлігі 2025 жылғы редакциядан бастап бағаланады.');
    expect(diffBodyPage(null, 'kk', successors)).toContain('ҮЛГІ: жалпы KPI 2025 жылы жаңадан енгізілген.');
  });

  it('says so when there is no mapping yet, and lists both editions side by side', () => {
    const html = diffBodyPage('agriculture', 'ru', null);
    expect(html).toContain('Карта преемников');
    expect(html).toContain('href="../2023/i/agriculture.2.html"');
    expect(html).toContain('href="../2025/i/agriculture.6.html"');
  });

  it("shows the evidence in the reader's language, and refuses a mapping whose evidence lacks one", () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cdto-successors-')), 'notes.json');
    writeFileSync(file, JSON.stringify({ from: '2023', to: '2025', pairs: [{ from: 'agriculture.3', to: 'agriculture.3', relation: 'changed', evidence: { en: 'Both digitise subsidies.', kk: 'Екеуі де субсидияларды цифрландырады.', ru: 'Оба показателя — о цифровизации субсидий.' } }] }));
    const translated = readSuccessors(file)!;
    expect(diffBodyPage('agriculture', 'ru', translated)).toContain('<span>Оба показателя — о цифровизации субсидий.</span>');
    expect(diffBodyPage('agriculture', 'kk', translated)).toContain('<span>Екеуі де субсидияларды цифрландырады.</span>');
    writeFileSync(file, JSON.stringify({ from: '2023', to: '2025', pairs: [{ from: 'agriculture.3', to: 'agriculture.3', relation: 'changed', evidence: { en: 'Both.', ru: 'Оба.' } }] }));
    expect(() => readSuccessors(file)).toThrow(/pairs\[0\]\.evidence\.kk must be a non-empty string/u);
    writeFileSync(file, JSON.stringify({ from: '2023', to: '2025', pairs: [{ from: 'agriculture.3', to: 'agriculture.3', relation: 'changed', evidence: 'English only.' }] }));
    expect(() => readSuccessors(file)).toThrow(/pairs\[0\]\.evidence must be \{ en, kk, ru \}/u);
  });

  it('refuses a mapping that names an indicator no edition has', () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'cdto-successors-')), 'bad.json');
    writeFileSync(bad, JSON.stringify({ from: '2023', to: '2025', pairs: [{ from: 'agriculture.9', to: 'agriculture.1', relation: 'same', evidence: { en: 'x', kk: 'x', ru: 'x' } }] }));
    expect(() => readSuccessors(bad)).toThrow(/agriculture\.9.*not an indicator of the 2023 edition/u);
  });
});

describe("the builder's labels", () => {
  type Labels = { names: Record<string, Record<string, string>>; periods: Record<string, string> };

  it('keys names by edition and id: an id of 2023 reused in 2025 keeps each edition\'s name', () => {
    const data = builderData('ru') as Labels;
    const reused = CATALOGUE_2023.indicators.filter((indicator) => CATALOGUE_2025.indicators.some((other) => other.id === indicator.id));
    expect(reused).toHaveLength(52); // issue 18: 52 of the 120 ids of 2023 are reused in 2025
    for (const indicator of reused) {
      const later = CATALOGUE_2025.indicators.find((other) => other.id === indicator.id)!;
      expect(data.names['2023']![indicator.id], indicator.id).toBe(indicator.name.ru ?? indicator.name.kk);
      expect(data.names['2025']![indicator.id], indicator.id).toBe(later.name.ru ?? later.name.kk);
    }
  });

  it('names the edition in force for every quarter offered: the 2023 edition to Q4 2024, the 2025 edition from Q1 2025', () => {
    // resolvePeriod's rule (docs/scoring.md): Decree No. 1157 took effect on 31.12.2024 and sets no 2024 targets.
    const { periods } = builderData('kk') as Labels;
    expect(Object.keys(periods)).toHaveLength(13);
    expect(periods['2023-4']).toBe('2023');
    expect(periods['2024-4']).toBe('2023');
    expect(periods['2025-1']).toBe('2025');
    expect(periods['2026-4']).toBe('2025');
  });
});

describe("the builder's arithmetic", () => {
  type Data = { bodies: Record<string, Record<string, { planned: string; method: string; indicators: BuilderIndicator[] }>> };
  const data = builderData('kk') as Data;

  it('scores the synthetic 2025 report body by body exactly as scorePeriodReport does', () => {
    const document = JSON.parse(readFileSync(join(REPO, 'data/reports/2025-q2-synthetic/report.json'), 'utf8')) as { period: { year: number; quarter: 2 }; bodies: { body: string; figures: Record<string, unknown> }[] };
    for (const reading of ['kk', 'ru'] as const) {
      // The report is written for the Kazakh text; by the Russian text Digital Development has
      // four more indicators in 2025, which the report leaves out.
      const bodies = reading === 'kk' ? document.bodies : document.bodies.filter((body) => body.body !== 'digital-development');
      const expected = scorePeriodReport({ ...document, bodies }, { reading });
      const builderDataFor = builderData(reading) as Data;
      for (const [i, body] of bodies.entries()) {
        const entry = builderDataFor.bodies[body.body]![periodKey(2025, reading)]!;
        expect(scoreBuilt(body.body, expected.period.hours, entry.indicators, body.figures, entry.method)).toEqual(expected.bodies[i]);
        expect(entry.planned).toBe(expected.bodies[i]!.plannedWeight);
      }
    }
  });

  it('scores the Q1 2024 figures body by body exactly as scorePeriodReport does (three directions included)', () => {
    const bodies = REPORT_2024_Q1.bodies.map((body) => ({
      body: body.body,
      figures: Object.fromEntries(body.directions.flatMap((direction) => direction.rows.map((row) => [row.indicator!, row.b.value === null && row.unit.value === 'unit' ? { a: row.a.value } : { a: row.a.value, b: row.b.value }]))),
    }));
    const expected = scorePeriodReport({ period: { year: 2024, quarter: 1 }, bodies });
    for (const [i, body] of bodies.entries()) {
      expect(scoreBuilt(body.body, expected.period.hours, data.bodies[body.body]!['2024']!.indicators, body.figures, data.bodies[body.body]!['2024']!.method)).toEqual(expected.bodies[i]);
    }
  });

  it('lists every refused figure, each at its indicator and field, and scores the others', async () => {
    const entry = data.bodies['justice']!['2024']!;
    // As the builder gives them: every indicator, empty fields as null.
    const figures: Record<string, unknown> = {
      ...Object.fromEntries(entry.indicators.map((indicator) => [indicator.id, { a: null, b: null }])),
      'justice.1': { a: '-5', b: '10' },
      'justice.2': { a: '1', b: 'abc' },
      'justice.5': { a: '97', b: '100' },
    };
    const built = scoreBuiltRows('justice', '2184', entry.indicators, figures, entry.method);
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.refused.map(({ indicator, field }) => ({ indicator, field }))).toEqual([
      { indicator: 'justice.1', field: 'a' },
      { indicator: 'justice.2', field: 'b' },
    ]);
    expect(built.refused[0]!.message).toBe('negative figure; expected a figure of zero or more, got "-5"');
    // In the page's language: the same problem, said in Russian without its place (the page marks the field).
    await loadLanguage('ru');
    const russian = scoreBuiltRows('justice', '2184', entry.indicators, figures, entry.method, 'ru');
    expect(russian.ok ? [] : russian.refused.map((refused) => refused.message)[0]).toBe('отрицательное значение. Нужно: значение не меньше нуля; получено: "-5".');
    // justice.5 (N 97, U 10 in 2024): 97 / 100 × 100 = 97 ≥ 97, so W = U = 10.
    const others = built.others!.directions.flatMap((direction) => direction.indicators);
    expect(others.find((indicator) => indicator.indicator === 'justice.5')?.awarded).toBe('10');
    expect(others.some((indicator) => indicator.indicator === 'justice.1')).toBe(false);
    // Nothing refused: the body's score, as scoreBuilt gives it.
    const corrected = { ...figures, 'justice.1': { a: '5', b: '10' }, 'justice.2': { a: '1', b: null } };
    const fine = scoreBuiltRows('justice', '2184', entry.indicators, corrected, entry.method);
    expect(fine).toEqual({ ok: true, score: scoreBuilt('justice', '2184', entry.indicators, corrected, entry.method) });
  });

  it('writes CSV in the one layout of the command line and the library, read back to a report that scores the same', () => {
    const figures = {
      'common.1': { met: ['reengineering', 'kazllm'] },
      'common.2': { downtimeHours: '3' },
      'common.3': { a: '1 500,5', b: '2000' },
      'common.4': { ia: '80', ib: '60' },
      'digital-development.2': { a: '4' },
      'digital-development.3': { done: false },
    };
    const report = reportDocument('digital-development', { year: 2025, quarter: 2 }, 'ru', figures);
    const csv = reportCsv(report);
    // The template's header: the same columns as `cdto-kpi template --format csv`.
    const template = reportTemplate({ period: { year: 2025, quarter: 2 }, body: 'digital-development', reading: 'ru' });
    expect(csv.split('\r\n')[0]).toBe(templateCsv(template).split('\r\n')[0]);
    expect(csv.split('\r\n')[1]).toMatch(/^2025-Q2,ru,digital-development,common\.1,(?:,)+"reengineering, kazllm",/u);
    const back = readBuiltReport(csv, ['2025-2']);
    expect(back.period).toEqual({ year: 2025, quarter: 2 });
    expect(back.reading).toBe('ru');
    expect(back.bodies[0]!.figures).toEqual({
      'common.1': { met: ['reengineering', 'kazllm'] },
      'common.2': { downtimeHours: '3' },
      'common.3': { a: '1 500,5', b: '2000' },
      'common.4': { ia: '80', ib: '60' },
      'digital-development.2': { a: '4' },
      'digital-development.3': { done: false },
    });
    // The builder's former layout, a row per field, is read as well.
    const former = ['year,quarter,reading,body,indicator,field,value', '2025,2,ru,digital-development,common.1,met,reengineering;kazllm', '2025,2,ru,digital-development,common.3,a,"1 500,5"', '2025,2,ru,digital-development,common.3,b,2000'].join('\n');
    expect(readBuiltReport(former, ['2025-2']).bodies[0]!.figures).toEqual({ 'common.1': { met: ['reengineering', 'kazllm'] }, 'common.3': { a: '1 500,5', b: '2000' } });
    // And the command line's template, filled in with the security KPI's percentages.
    const [head, ...rows] = parseCsv(templateCsv(template)).map((row) => [...row]);
    for (const row of rows) if (row[head!.indexOf('indicator')] === 'common.4') [row[head!.indexOf('ia')], row[head!.indexOf('ib')]] = ['80', '60'];
    expect(readBuiltReport(writeCsv([head!, ...rows]), ['2025-2']).bodies[0]!.figures['common.4']).toEqual({ ia: '80', ib: '60' });
    expect(securityFields({ ia: '80', ib: '60' })).toEqual(['ia', 'ib']);
    expect(securityFields({ tested: null })).toEqual(['tested', 'connected', 'systems']);
  });
});

describe('counts in the reader\'s language', () => {
  it('gives a count its noun by the plural rules of Russian and Kazakh', () => {
    // Russian: 1, 21 take the singular; 2–4, 22 the genitive singular; 5–20, 25 the genitive plural.
    expect(countOf('bodies', 1, 'ru')).toBe('1 государственный орган');
    expect(countOf('bodies', 2, 'ru')).toBe('2 государственных органа');
    expect(countOf('bodies', 15, 'ru')).toBe('15 государственных органов');
    expect(countOf('bodies', 21, 'ru')).toBe('21 государственный орган');
    expect(countOf('indicators', 120, 'ru')).toBe('120 показателей');
    expect(countOf('indicators', 22, 'ru')).toBe('22 показателя');
    // Kazakh: a noun after a numeral stays singular.
    expect(countOf('bodies', 15, 'kk')).toBe('15 мемлекеттік орган');
    expect(countOf('indicators', 109, 'kk')).toBe('109 көрсеткіш');
  });

  it('writes the editions\' counts on the home pages so', () => {
    requireSite();
    // The 2023 edition: 120 indicators, 15 bodies; the 2025 edition: 109 indicators, 16 bodies (catalogues).
    const ru = readFileSync(join(SITE, 'ru/index.html'), 'utf8');
    const kk = readFileSync(join(SITE, 'kk/index.html'), 'utf8');
    expect(ru).toContain('· 120 показателей · 15 государственных органов');
    expect(kk).toContain('· 109 көрсеткіш · 16 мемлекеттік орган');
  });
});
