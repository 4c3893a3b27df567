/**
 * The report builder in a real browser: its labels from the edition in force for the quarter, a
 * body the edition does not list, a small report built and its result read as it is typed (in a
 * summary that stays in view), a refused figure marked on its field, the report downloaded, scored
 * by the CLI, and loaded back. Each test has a context of its own and waits for the page's own
 * readiness.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE_2023 } from '../../src/generated/catalogue-2023.js';
import { CATALOGUE_2025 } from '../../src/generated/catalogue-2025.js';
import { KIND_LABELS } from '../../scripts/site/i18n.js';
import { DESKTOP, launch, type OwnPage, ownPage, PHONE, REPO, requireSite, serve, SITE } from './browser.js';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
const scratch = mkdtempSync(join(tmpdir(), 'cdto-site-builder-'));

beforeAll(async () => {
  requireSite();
  [browser, server] = await Promise.all([launch(), serve(SITE)]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Runs a test body on a page of its own, and closes it whatever happens. */
async function withPage(options: Parameters<typeof ownPage>[1], body: (own: OwnPage, page: Page) => Promise<void>): Promise<void> {
  const own = await ownPage(browser, options);
  try {
    await body(own, own.page);
  } finally {
    await own.close();
  }
}

/** What the builder shows of each indicator: id, name, kind, "N = …; U = …". */
async function labelsShown(page: Page): Promise<{ id: string; name: string; kind: string; nu: string }[]> {
  return page.$$eval('#b-rows fieldset.b-ind', (rows) =>
    rows.map((row) => ({
      id: row.querySelector('legend .id')?.textContent ?? '',
      name: row.querySelector('legend .b-name')?.textContent ?? '',
      kind: row.querySelector('.b-kind')?.textContent ?? '',
      nu: row.querySelector('.b-nu')?.textContent ?? '',
    })),
  );
}

/** A figure as a Kazakh or Russian reader writes it: a decimal comma, digits grouped by a no-break space. */
const figure = (value: string | null): string => (value === null ? '–' : value.replace(/^\d+/u, (whole) => (whole.length < 4 ? whole : whole.replace(/\B(?=(\d{3})+$)/gu, '\u00a0'))).replace('.', ','));

describe('the report builder', () => {
  it("labels a 2023-edition quarter with the 2023 edition's names, kinds, targets and weights", async () => {
    // Justice in Q2 2024: the 2023 edition (Decree No. 1157 sets no 2024 targets), its 2024 column.
    // 52 of the 120 ids of 2023 name another indicator in 2025 (justice.4 among them).
    const expected = CATALOGUE_2023.indicators
      .filter((indicator) => indicator.body === 'justice')
      .map((indicator) => ({ id: indicator.id, name: indicator.name.ru ?? indicator.name.kk ?? '', kind: KIND_LABELS[indicator.kind].ru, nu: `N = ${figure(indicator.targets['2024'])}; U = ${figure(indicator.weight)}` }));
    await withPage(DESKTOP, async (own, page) => {
      await own.open(`${server.url}/ru/builder.html?body=justice&period=2024-2`);
      expect(await page.inputValue('#b-period')).toBe('2024-2');
      expect(await labelsShown(page)).toEqual(expected);
      // justice.4 of 2023: notarised powers of attorney (ЕНИС), N = 2, U = 15, a ratio; not the 2025 milestone «E-Zannama».
      expect(expected.find((entry) => entry.id === 'justice.4')).toEqual({ id: 'justice.4', name: 'Доля нотариально удостоверенных доверенностей, выданных в электронном формате (ЕНИС)', kind: 'доля', nu: 'N = 2; U = 15' });
      expect(await page.textContent('#b-rows')).not.toContain('E-Zannama');
      expect(own.problems).toEqual([]);
    });
  });

  it("labels a 2025-edition quarter with the 2025 edition's names, kinds, targets and weights, by the text chosen", async () => {
    // Agriculture in Q2 2025 by the default (Kazakh) text: the common KPIs and the ministry's, those that apply in 2025.
    const expected = CATALOGUE_2025.indicators
      .filter((indicator) => (indicator.body === null || indicator.body === 'agriculture') && indicator.weights['2025'] !== null && Number(indicator.weights['2025']) !== 0)
      .map((indicator) => ({
        id: indicator.id,
        name: indicator.name.ru ?? indicator.name.kk ?? '',
        kind: KIND_LABELS[indicator.readings.kk?.kind ?? indicator.kind].ru,
        nu: `N = ${figure(indicator.targets['2025'])}; U = ${figure(indicator.weights['2025'])}`,
      }));
    await withPage(DESKTOP, async (own, page) => {
      await own.open(`${server.url}/ru/builder.html?body=agriculture&period=2025-2`);
      expect(await page.inputValue('#b-reading')).toBe('kk');
      expect(await labelsShown(page)).toEqual(expected);
      // agriculture.1 of 2025: the real-estate cadastre IS, a milestone (N 1, U 5); not the 2023 share of farmland data (N 54,8).
      expect(expected.find((entry) => entry.id === 'agriculture.1')?.nu).toBe('N = 1; U = 5');
      expect(await page.textContent('#b-rows')).not.toContain('54,8');
      expect(own.problems).toEqual([]);
    });
  });

  it('says so when the edition in force does not list the body, and leaves no figure of another choice on screen', async () => {
    await withPage(DESKTOP, async (own, page) => {
      await own.open(`${server.url}/ru/builder.html?body=digital-development&period=2025-2`);
      expect(await page.textContent('#b-planned')).toBe('85'); // docs/usage.md: 85 by the Kazakh text
      expect(await page.isHidden('#b-notice')).toBe(true);
      // Q4 2023: the 2023 edition, whose 15 bodies do not include the Ministry of Digital Development.
      await page.selectOption('#b-period', '2023-4');
      expect(await page.textContent('#b-notice')).toBe(
        '«Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан» нет в перечне органов редакции 2023 года, которая действует в этом периоде: показателей у этого органа здесь нет. Выберите другой период или орган.',
      );
      expect(await page.isVisible('#b-notice')).toBe(true);
      expect(await page.locator('#b-rows fieldset').count()).toBe(0);
      for (const output of ['#b-result', '#b-planned', '#b-share']) expect(await page.textContent(output)).toBe('–');
      expect(new URL(page.url()).searchParams.get('period')).toBe('2023-4');
      expect(own.problems).toEqual([]);
    });
  });

  it('marks a refused figure on its own field, with the message beside it, and its row does not claim "no data"', async () => {
    await withPage(DESKTOP, async (own, page) => {
      await own.open(`${server.url}/ru/builder.html?body=justice&period=2024-1`);
      // justice.5 (N 97, U 10): 97 / 100 × 100 = 97 ≥ 97, W = 10.
      await page.fill('[id="f-justice.5-a"]', '97');
      await page.fill('[id="f-justice.5-b"]', '100');
      await expect.poll(() => page.textContent('#b-result')).toBe('10');
      // A negative numerator of justice.1: refused by the scorer.
      await page.fill('[id="f-justice.1-a"]', '-5');
      const field = page.locator('[id="f-justice.1-a"]');
      await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
      const described = (await field.getAttribute('aria-describedby')) ?? '';
      const message = page.locator(`[id="${described}"]`);
      // In the page's language: what is wrong, what is expected, what was received.
      expect(await message.textContent()).toBe('Ошибка в поле: отрицательное значение. Нужно: значение не меньше нуля; получено: "-5".');
      // Beside the field: in the same field box as the input.
      expect(await message.evaluate((element) => element.closest('.field')?.querySelector('input')?.id)).toBe('f-justice.1-a');
      expect(await page.$eval('[id="f-justice.1-a"]', (input) => input.closest('.field')?.classList.contains('invalid'))).toBe(true);
      // The field's mark is visible: a red border, and a sign before its label.
      expect(await field.evaluate((input) => getComputedStyle(input).borderTopColor)).toBe('rgb(161, 26, 26)');
      expect(await page.$eval('.field.invalid > label', (label) => getComputedStyle(label, '::before').content)).toBe('"⚠ "');
      expect(await page.textContent('[id="w-justice.1"]')).toBe('– (данные не приняты)');
      // The other rows keep their W; R is not given for a report with a refused figure.
      expect(await page.textContent('[id="w-justice.5"]')).toMatch(/^10 \/ 10/u);
      expect(await page.textContent('#b-result')).toBe('–');
      expect(await page.textContent('#b-status')).toBe('Ошибка: Полей с ошибкой: 1; отчёт с ошибкой не оценивается. Перейти к ошибке');
      // Two refused figures are both marked, not only the first.
      await page.fill('[id="f-justice.2-b"]', 'abc');
      await expect.poll(() => page.locator('[aria-invalid="true"]').count()).toBe(2);
      expect(await page.textContent('#b-status')).toContain('Полей с ошибкой: 2');
      // The link in the summary takes the focus to the first one.
      await page.click('#b-status a');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-justice.1-a');
      // Corrected, the marks go and the result comes back: justice.1 (N 50, U 15) 17 532 / 45 758 → Z 38,3, W 11,4;
      // justice.2 with no b is "no data". R = 11,4 + 10 = 21,4.
      await page.fill('[id="f-justice.1-a"]', '17532');
      await page.fill('[id="f-justice.1-b"]', '45758');
      await page.fill('[id="f-justice.2-b"]', '');
      await expect.poll(() => page.textContent('#b-result')).toBe('21,4');
      expect(await page.locator('[aria-invalid]').count()).toBe(0);
      expect(await page.locator('.field-error').count()).toBe(0);
      expect(own.problems).toEqual([]);
    });
  });

  it('says a refused figure in Kazakh on a Kazakh page: what is wrong, what is expected, what was typed', async () => {
    await withPage(DESKTOP, async (own, page) => {
      await own.open(`${server.url}/kk/builder.html?body=justice&period=2024-1`);
      await page.fill('[id="f-justice.2-b"]', 'abc');
      const field = page.locator('[id="f-justice.2-b"]');
      await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
      const message = page.locator(`[id="${(await field.getAttribute('aria-describedby')) ?? ''}"]`);
      const text = (await message.textContent()) ?? '';
      expect(text).toContain('берілгені: "abc"');
      expect(text).toContain('Қажет: ');
      // No English word but the value typed.
      expect(text.replaceAll('"abc"', '')).not.toMatch(/[A-Za-z]{2,}/u);
      expect(own.problems).toEqual([]);
    });
  });

  it('says why a file does not load in the page\'s language', async () => {
    await withPage(DESKTOP, async (own, page) => {
      await own.open(`${server.url}/ru/builder.html`);
      // A quarter the builder does not offer (the editions cover 2024 onward).
      await page.setInputFiles('#b-load', { name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ period: { year: 1999, quarter: 1 }, bodies: [{ body: 'justice', figures: {} }] })) });
      await expect.poll(() => page.textContent('#b-status')).toMatch(/^Ошибка: в конструкторе нет квартала 1999-1; есть кварталы: .*\b2024-1\b/u);
      await page.setInputFiles('#b-load', { name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b\n1,2\n') });
      await expect.poll(() => page.textContent('#b-status')).toMatch(/^Ошибка: столбца "period" нет\. Нужно: /u);
      expect(own.problems).toEqual([]);
    });
  });

  for (const [name, options] of [['390', PHONE], ['1280', DESKTOP]] as const) {
    it(`keeps the running result in view at ${name} px, its values inside their panel`, async () => {
      await withPage(options, async (own, page) => {
        await own.open(`${server.url}/kk/builder.html?body=agriculture&period=2025-2`);
        const inView = (): Promise<boolean> =>
          page.$eval('#b-summary', (panel) => {
            const box = panel.getBoundingClientRect();
            return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
          });
        expect(await inView()).toBe(true);
        // Typing in the last indicator's field, far down the form: the result is still in view, and it changed.
        const last = page.locator('#b-rows input[type="text"]').last();
        await last.scrollIntoViewIfNeeded();
        await last.fill('1');
        await expect.poll(() => page.textContent('#b-result')).not.toBe('–');
        expect(await inView()).toBe(true);
        // The field typed in is not hidden under the panel.
        const covered = await page.evaluate(() => {
          const inputs = [...document.querySelectorAll<HTMLInputElement>('#b-rows input[type="text"]')];
          const field = inputs.at(-1)!.getBoundingClientRect();
          const panel = document.getElementById('b-summary')!.getBoundingClientRect();
          return field.bottom > panel.top && field.top < panel.bottom && field.right > panel.left && field.left < panel.right;
        });
        expect(covered).toBe(false);
        // Every value sits inside the panel.
        const outside = await page.$$eval('#b-summary output, #b-summary dt', (elements) => {
          const panel = document.getElementById('b-summary')!.getBoundingClientRect();
          return elements.filter((element) => {
            const box = element.getBoundingClientRect();
            return box.left < panel.left - 0.5 || box.right > panel.right + 0.5 || element.scrollWidth > element.clientWidth + 1;
          }).map((element) => element.id || element.textContent);
        });
        expect(outside).toEqual([]);
        expect(own.problems).toEqual([]);
      });
    });
  }

  it('builds a report for Justice, Q1 2024, scores it as it is typed, and the CLI agrees with the download; CSV loads back', async () => {
    await withPage({ ...DESKTOP, acceptDownloads: true }, async (own, page) => {
      await own.open(`${server.url}/ru/builder.html`);
      await page.selectOption('#b-body', 'justice');
      await page.selectOption('#b-period', '2024-1');
      expect(await page.isDisabled('#b-reading')).toBe(true); // the 2023 edition has one set of values
      expect(await page.locator('#b-rows fieldset').count()).toBe(7);
      expect(await page.textContent('#b-planned')).toBe('100');
      // By hand, from the 2023 catalogue's 2024 targets and weights:
      // justice.1 (N 50, U 15): Z = 17 532 / 45 758 × 100 = 38.314… → 38.3; W = 38.3 / 50 × 15 = 11.49 → 11.4.
      // justice.4 (N 2, U 15): Z = 1 / 20 × 100 = 5 ≥ 2, W = 15.
      // justice.5 (N 97, U 10): Z = 97 / 100 × 100 = 97 ≥ 97, W = 10.
      // The other four: no data, W = 0. R = 11.4 + 15 + 10 = 36.4; share of the planned 100: 36.4.
      await page.fill('[id="f-justice.1-a"]', '17 532');
      await page.fill('[id="f-justice.1-b"]', '45758');
      await expect.poll(() => page.textContent('[id="w-justice.1"]')).toMatch(/^11,4 \/ 15/u);
      await page.fill('[id="f-justice.4-a"]', '1');
      await page.fill('[id="f-justice.4-b"]', '20');
      await page.fill('[id="f-justice.5-a"]', '97');
      await page.fill('[id="f-justice.5-b"]', '100');
      await expect.poll(() => page.textContent('#b-result')).toBe('36,4');
      expect(await page.textContent('#b-share')).toBe('36,4');
      expect(await page.textContent('[id="w-justice.2"]')).toMatch(/^0 \/ 15/u);

      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#b-json')]);
      const file = join(scratch, download.suggestedFilename());
      await download.saveAs(file);
      expect(download.suggestedFilename()).toBe('report-justice-2024-q1.json');
      const report = JSON.parse(readFileSync(file, 'utf8')) as { period: unknown; bodies: { body: string; figures: Record<string, unknown> }[] };
      expect(report.period).toEqual({ year: 2024, quarter: 1 });
      expect(Object.keys(report.bodies[0]!.figures)).toHaveLength(7);

      const scored = JSON.parse(execFileSync(process.execPath, [join(REPO, 'dist/cli.js'), 'score', file, '--json'], { encoding: 'utf8' })) as {
        bodies: { body: string; result: string; shareOfPlanned: string; directions: { indicators: { indicator: string; awarded: string }[] }[] }[];
      };
      expect(scored.bodies[0]).toMatchObject({ body: 'justice', result: '36.4', shareOfPlanned: '36.4' });
      const awarded = Object.fromEntries(scored.bodies[0]!.directions.flatMap((direction) => direction.indicators.map((indicator) => [indicator.indicator, indicator.awarded])));
      expect(awarded).toEqual({ 'justice.1': '11.4', 'justice.2': '0', 'justice.3': '0', 'justice.4': '15', 'justice.5': '10', 'justice.6': '0', 'justice.7': '0' });

      const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#b-csv')]);
      const csvFile = join(scratch, csv.suggestedFilename());
      await csv.saveAs(csvFile);
      // The one CSV layout: the command line's template, its figures filled in; validate and score read it.
      const csvText = readFileSync(csvFile, 'utf8');
      expect(csvText.split('\r\n')[0]).toBe(execFileSync(process.execPath, [join(REPO, 'dist/cli.js'), 'template', '--body', 'justice', '--period', '2024-Q1', '--format', 'csv'], { encoding: 'utf8' }).split('\r\n')[0]);
      const fromCsv = JSON.parse(execFileSync(process.execPath, [join(REPO, 'dist/cli.js'), 'score', csvFile, '--json'], { encoding: 'utf8' })) as typeof scored;
      expect(fromCsv.bodies[0]).toMatchObject({ body: 'justice', result: '36.4', shareOfPlanned: '36.4' });
      // Into a fresh page of the other language.
      await own.open(`${server.url}/kk/builder.html`);
      expect(await page.inputValue('#b-body')).not.toBe('justice');
      await page.setInputFiles('#b-load', csvFile);
      await expect.poll(() => page.textContent('#b-result')).toBe('36,4');
      expect(await page.inputValue('#b-body')).toBe('justice');
      expect(await page.inputValue('[id="f-justice.1-a"]')).toBe('17 532');
      expect(own.problems).toEqual([]);
    });
  });

  it('builds a 2025 report by the Russian text, where the planned weight differs from the Kazakh one', async () => {
    await withPage({ ...DESKTOP, acceptDownloads: true }, async (own, page) => {
      await own.open(`${server.url}/kk/builder.html`);
      await page.selectOption('#b-body', 'digital-development');
      await page.selectOption('#b-period', '2025-2');
      await page.selectOption('#b-reading', 'kk');
      expect(await page.textContent('#b-planned')).toBe('85'); // docs/usage.md: 85 by the Kazakh text
      await page.selectOption('#b-reading', 'ru');
      expect(await page.textContent('#b-planned')).toBe('110'); // and 110 by the Russian text
      // Common KPI 9 (count, N 2, U 5 in 2025): a = 1, so W = 1 / 2 × 5 = 2.5.
      await page.fill('[id="f-common.9-a"]', '1');
      await expect.poll(() => page.textContent('[id="w-common.9"]')).toMatch(/^2,5 \/ 5/u);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#b-json')]);
      const file = join(scratch, 'dd.json');
      await download.saveAs(file);
      const scored = JSON.parse(execFileSync(process.execPath, [join(REPO, 'dist/cli.js'), 'score', file, '--json'], { encoding: 'utf8' })) as { reading: string; bodies: { result: string; plannedWeight: string }[] };
      expect(scored.reading).toBe('ru');
      expect(scored.bodies[0]!.plannedWeight).toBe('110');
      expect(await page.textContent('#b-result')).toBe(scored.bodies[0]!.result.replace('.', ','));
      expect(own.problems).toEqual([]);
    });
  });
});
