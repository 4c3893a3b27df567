/**
 * The explorer in a real browser: search in both languages, an indicator page, the language
 * switch remembered, the calculator, the diff and the Q1 2024 rating, and the site from file://.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, requireSite, serve, SITE, watch } from './browser.js';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let context: BrowserContext;
let page: Page;
let problems: string[];

beforeAll(async () => {
  requireSite();
  [browser, server] = await Promise.all([launch(), serve(SITE)]);
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  problems = watch(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function searchFor(query: string): Promise<string[]> {
  await page.fill('#q', query);
  await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '') !== '');
  return page.$$eval('#search-results a', (links) => links.map((link) => link.getAttribute('href') ?? ''));
}

describe('the explorer in Chromium', () => {
  it('opens the home page in Kazakh, with the page language declared', async () => {
    await page.goto(`${server.url}/kk/index.html`);
    expect(await page.getAttribute('html', 'lang')).toBe('kk');
    expect(await page.textContent('h1')).toContain('көрсеткіштер анықтамалығы');
    expect(problems).toEqual([]);
  });

  it('finds an indicator by a Kazakh word, typed with Kazakh or with Latin look-alike letters', async () => {
    await page.goto(`${server.url}/kk/index.html`);
    // 2025 trade-integration.3, Kazakh name: "… іздеу, өтінімдер беру процестерін …".
    expect(await searchFor('өтінімдер')).toContain('2025/i/trade-integration.3.html');
    expect(await searchFor('өтiнiмдер')).toContain('2025/i/trade-integration.3.html'); // Latin i
    expect(new URL(page.url()).searchParams.get('q')).toBe('өтiнiмдер');
  });

  it('finds indicators by a Russian word, by its prefix and with a typo, and keeps the search in the address', async () => {
    await page.goto(`${server.url}/ru/index.html`);
    // 2023 agriculture.3: "Доля документов, загружаемых в государственную информационную систему субсидирования …".
    expect(await searchFor('субсидирования')).toContain('2023/i/agriculture.3.html');
    expect(await searchFor('субсид')).toContain('2023/i/agriculture.3.html');
    expect(await searchFor('субсидировния')).toContain('2023/i/agriculture.3.html');
    expect(await searchFor('zzqx')).toEqual([]);
    expect(await page.textContent('#search-status')).toBe('Ничего не найдено');
    // A deep link runs its search on arrival.
    await page.goto(`${server.url}/ru/index.html?q=${encodeURIComponent('Vetmobile')}`);
    await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '') !== '');
    expect(await page.inputValue('#q')).toBe('Vetmobile');
    expect(await page.$$eval('#search-results a', (links) => links.map((link) => link.getAttribute('href')))).toContain('2025/i/agriculture.2.html');
  });

  it('opens an indicator from the results, with both names, targets, weights and the formula as mathematics', async () => {
    await page.goto(`${server.url}/ru/index.html?q=${encodeURIComponent('субсидирования')}`);
    await page.click('#search-results a[href="2023/i/agriculture.3.html"]');
    await page.waitForURL(/\/ru\/2023\/i\/agriculture\.3\.html$/u);
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    expect(await page.textContent('h1')).toContain('Доля документов');
    expect(await page.getAttribute('dl.names dd[lang="kk"]', 'lang')).toBe('kk');
    expect(await page.locator('.math .katex').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.math math').count()).toBeGreaterThanOrEqual(2); // MathML for assistive technology
    expect(problems).toEqual([]);
  });

  it('switches the language, and the choice stays: on reload and at the site root', async () => {
    await page.goto(`${server.url}/ru/2023/i/agriculture.3.html`);
    await page.click('nav.lang a[data-lang="kk"]');
    await page.waitForURL(/\/kk\/2023\/i\/agriculture\.3\.html$/u);
    expect(await page.getAttribute('html', 'lang')).toBe('kk');
    await page.reload();
    expect(await page.getAttribute('html', 'lang')).toBe('kk');
    await page.goto(`${server.url}/index.html?q=${encodeURIComponent('өтінімдер')}`);
    await page.waitForURL(/\/kk\/index\.html\?q=/u);
    expect(await page.getAttribute('html', 'lang')).toBe('kk');
    // Back to Russian, and the root follows.
    await page.click('nav.lang a[data-lang="ru"]');
    await page.waitForURL(/\/ru\/index\.html\?q=/u);
    await page.goto(`${server.url}/index.html`);
    await page.waitForURL(/\/ru\/index\.html$/u);
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
  });

  it('scores figures in the calculator: the published method, worked by hand', async () => {
    // 2023 security.1 in 2024: ratio, U = 20, N = 75 (catalogue).
    // Z = 156 710 / 363 249 × 100 = 43.141… → cut to 43.1; 43.1 < 75, so W = 43.1 / 75 × 20 = 11.493… → cut to 11.4.
    await page.goto(`${server.url}/ru/2023/i/security.1.html`);
    expect(await page.inputValue('#calc-year')).toBe('2024');
    await page.fill('#calc-ratio-a', '156 710');
    await page.fill('#calc-ratio-b', '363249');
    await expect.poll(() => page.textContent('#calc-awarded')).toBe('11,4 / 20');
    expect(await page.textContent('#calc-share')).toBe('43,1');
    expect(await page.textContent('#calc-rule')).toContain('ниже цели');
    expect(await page.locator('#calc-trace li').count()).toBeGreaterThanOrEqual(3);
    // What-if, b unchanged: Z ≥ 75 needs a / 363 249 × 100 ≥ 75, a ≥ 272 436.75; in whole units (as
    // reported), a = 272 437 gives 75.00007… → 75.0 = N; 272 436 gives 74.99979… → 74.9 < N.
    expect(await page.textContent('#calc-whatif')).toBe('a не менее 272437');
    // At or above target: 60 / 80 × 100 = 75 = N, so W = U = 20.
    await page.fill('#calc-ratio-a', '60');
    await page.fill('#calc-ratio-b', '80');
    await expect.poll(() => page.textContent('#calc-awarded')).toBe('20 / 20');
    expect(await page.textContent('#calc-whatif')).toBe('Полный вес получен.');
    // A bad figure is an error the reader sees, not a score.
    await page.fill('#calc-ratio-a', '-5');
    await expect.poll(() => page.textContent('#calc-status')).toContain('Ошибка');
    expect(await page.textContent('#calc-awarded')).toBe('–');
  });

  it('scores a 2025 uptime indicator, worked by hand', async () => {
    // 2025 common.2 in 2025: uptime, U = 5, N = 99.74 (both texts).
    // A = 100 − 10 / 2184 × 100 = 99.542… → cut to 99.54 (as many decimals as N) < 99.74,
    // so W = 99.54 / 99.74 × 5 = 4.989… → cut to 4.9.
    await page.goto(`${server.url}/kk/2025/i/common.2.html`);
    await page.fill('#calc-uptime-downtimeHours', '10');
    await page.fill('#calc-uptime-totalHours', '2184');
    await expect.poll(() => page.textContent('#calc-awarded')).toBe('4,9 / 5');
    expect(await page.textContent('#calc-share')).toBe('99,54');
    // What-if: A ≥ 99.74 needs t_down ≤ 0.26 × 2184 / 100 = 5.6784 h; at two decimals (the target's),
    // 5.67 h gives A = 99.7403… → 99.74; 5.68 h gives 99.7399… → 99.73.
    expect(await page.textContent('#calc-whatif')).toBe('downtimeHours көп дегенде 5,67');
  });

  it('opens the edition diff, per body', async () => {
    await page.goto(`${server.url}/kk/diff.html`);
    expect(await page.textContent('h1')).toContain('2023 → 2025');
    await page.click('a[href="diff/agriculture.html"]');
    await page.waitForURL(/\/kk\/diff\/agriculture\.html$/u);
    const links = await page.$$eval('main a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    expect(links).toContain('../2023/i/agriculture.1.html');
    expect(links).toContain('../2025/i/agriculture.6.html');
    expect(problems).toEqual([]);
  });

  it('opens the Q1 2024 rating: published beside recomputed, errata marked and explained', async () => {
    await page.goto(`${server.url}/ru/rating-2024-q1.html`);
    // The report's top of the rating: justice, R = 96.4 (seed 003).
    const first = page.locator('#rating-h + table tbody tr').first();
    expect(await first.locator('td').nth(0).textContent()).toContain('юстиции');
    expect(await first.locator('td').nth(1).textContent()).toBe('96,4');
    // agriculture#1.W: the W cell is empty in the report; the method gives 30.
    const erratum = page.locator('#e-agriculture_1_W');
    expect(await erratum.locator('td').nth(0).textContent()).toBe('–');
    expect(await erratum.locator('td').nth(1).textContent()).toBe('30');
    expect(await erratum.locator('td[lang="en"]').textContent()).toContain('The W cell is empty');
    expect(await page.locator('a.erratum').count()).toBeGreaterThan(0);
  });

  it('opens the synthetic 2025 example, marked synthetic', async () => {
    await page.goto(`${server.url}/kk/example-2025-q2.html`);
    expect(await page.textContent('.notice.synthetic')).toContain('СИНТЕТИКАЛЫҚ');
    expect(await page.locator('main table tbody tr').count()).toBe(16);
  });

  it('works opened from the file system', async () => {
    const local = await context.newPage();
    const localProblems = watch(local);
    await local.goto(pathToFileURL(join(SITE, 'index.html')).href);
    await local.waitForURL(/\/(kk|ru)\/index\.html$/u);
    await local.fill('#q', 'өтінімдер');
    await local.waitForFunction(() => (document.getElementById('search-results')?.children.length ?? 0) > 0);
    await local.click('#search-results a[href="2025/i/trade-integration.3.html"]');
    await local.waitForURL(/trade-integration\.3\.html$/u);
    expect(await local.locator('.math .katex').count()).toBeGreaterThan(0);
    // The calculator runs from the file system too: 1 / 2 × 100 = 50.
    await local.goto(pathToFileURL(join(SITE, 'ru/2023/i/security.1.html')).href);
    await local.fill('#calc-ratio-a', '1');
    await local.fill('#calc-ratio-b', '2');
    await expect.poll(() => local.textContent('#calc-share')).toBe('50');
    expect(localProblems).toEqual([]);
    await local.close();
  });
});
