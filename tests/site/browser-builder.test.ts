/**
 * The report builder in a real browser: a small report built, its result read as it is typed,
 * downloaded, scored by the CLI, and loaded back.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, REPO, requireSite, serve, SITE, watch } from './browser.js';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let page: Page;
let problems: string[];
const scratch = mkdtempSync(join(tmpdir(), 'cdto-site-builder-'));

beforeAll(async () => {
  requireSite();
  [browser, server] = await Promise.all([launch(), serve(SITE)]);
  page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  problems = watch(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the report builder', () => {
  it('builds a report for Justice, Q1 2024, scores it as it is typed, and the CLI agrees with the download', async () => {
    await page.goto(`${server.url}/ru/builder.html`);
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
    expect(problems).toEqual([]);
  });

  it('downloads CSV and loads it back into a fresh page, with the same result', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#b-csv')]);
    const file = join(scratch, download.suggestedFilename());
    await download.saveAs(file);
    expect(readFileSync(file, 'utf8').split('\n')[0]).toBe('year,quarter,reading,body,indicator,field,value');
    await page.goto(`${server.url}/kk/builder.html`);
    expect(await page.inputValue('#b-body')).not.toBe('justice');
    await page.setInputFiles('#b-load', file);
    await expect.poll(() => page.textContent('#b-result')).toBe('36,4');
    expect(await page.inputValue('#b-body')).toBe('justice');
    expect(await page.inputValue('[id="f-justice.1-a"]')).toBe('17 532');
  });

  it('builds a 2025 report by the Russian text, where the planned weight differs from the Kazakh one', async () => {
    await page.goto(`${server.url}/kk/builder.html`);
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
    expect(problems).toEqual([]);
  });
});
