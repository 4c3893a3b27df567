/**
 * Every kind of page of the explorer, in both languages, each in a context of its own: no
 * accessibility violation that axe-core finds and no script error at 1280 px; no sideways scroll
 * of the page at 390 px (a wide table scrolls in its own container or reflows); and a screenshot of
 * each at both widths, for a person to look at (`.tmp/screenshots/`, not committed).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, DESKTOP, launch, ownPage, PHONE, requireSite, SCREENSHOTS, serve, sidewaysOverflow, SITE } from './browser.js';

/** One page of each kind (an indicator page of each edition, one whose texts differ, one whose Russian name is lost, an uptime one). */
const KINDS: readonly { readonly name: string; readonly path: string; readonly prepare?: (page: Page) => Promise<void> }[] = [
  {
    name: 'home',
    path: 'index.html?q=%D0%B4%D0%BE%D0%BB%D1%8F', // «доля»: more matches than a page shows
    prepare: async (page) => {
      await page.waitForFunction(() => (document.getElementById('search-results')?.children.length ?? 0) > 0);
    },
  },
  { name: 'edition', path: '2025/index.html' },
  { name: 'body', path: '2023/industry-construction.html' },
  {
    name: 'indicator-2023',
    path: '2023/i/security.1.html',
    prepare: async (page) => {
      await page.fill('#calc-ratio-a', '156710');
      await page.fill('#calc-ratio-b', '363249');
      await page.waitForFunction(() => document.getElementById('calc-awarded')?.textContent !== '–');
    },
  },
  { name: 'indicator-2023-name-lost', path: '2023/i/justice.2.html' },
  { name: 'indicator-2025', path: '2025/i/common.1.html' },
  {
    name: 'indicator-2025-uptime',
    path: '2025/i/common.2.html',
    prepare: async (page) => {
      await page.fill('#calc-uptime-downtimeHours', '10');
      await page.waitForFunction(() => document.getElementById('calc-awarded')?.textContent !== '–');
    },
  },
  { name: 'indicator-2025-differs', path: '2025/i/digital-development.2.html' },
  { name: 'diff', path: 'diff.html' },
  { name: 'diff-body', path: 'diff/industry-construction.html' },
  {
    name: 'builder',
    path: 'builder.html',
    prepare: async (page) => {
      await page.fill('[id="f-common.3-a"]', '700');
      await page.fill('[id="f-common.3-b"]', '1000');
      await page.fill('[id="f-common.6-b"]', '-3');
      await page.waitForSelector('[aria-invalid="true"]');
    },
  },
  { name: 'rating-2024-q1', path: 'rating-2024-q1.html' },
  { name: 'rating-2024-q1-body', path: 'rating-2024-q1/industry-construction.html' },
  { name: 'example-2025-q2', path: 'example-2025-q2.html' },
];

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  requireSite();
  mkdirSync(SCREENSHOTS, { recursive: true });
  [browser, server] = await Promise.all([launch(), serve(SITE)]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('every kind of page', () => {
  for (const lang of ['kk', 'ru'] as const) {
    for (const kind of KINDS) {
      it(`${kind.name} (${lang}): no accessibility violation or script error at 1280 px, no sideways scroll at 390 px; photographed at both`, async () => {
        const desktop = await ownPage(browser, DESKTOP);
        try {
          await desktop.open(`${server.url}/${lang}/${kind.path}`);
          await kind.prepare?.(desktop.page);
          await desktop.page.screenshot({ path: join(SCREENSHOTS, `${kind.name}-${lang}-1280.png`), fullPage: true });
          expect(await axeViolations(desktop.page)).toEqual([]);
          expect(desktop.problems).toEqual([]);
        } finally {
          await desktop.close();
        }
        const phone = await ownPage(browser, PHONE);
        try {
          await phone.open(`${server.url}/${lang}/${kind.path}`);
          await kind.prepare?.(phone.page);
          await phone.page.screenshot({ path: join(SCREENSHOTS, `${kind.name}-${lang}-390.png`), fullPage: true });
          const overflow = await sidewaysOverflow(phone.page);
          expect(overflow.sticking, `${kind.name} (${lang}) at 390 px`).toEqual([]);
          expect(overflow.innerWidth).toBe(390);
          expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.innerWidth);
          expect(phone.problems).toEqual([]);
        } finally {
          await phone.close();
        }
      }, 60_000);
    }
  }
});
