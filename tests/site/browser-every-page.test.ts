/**
 * Every kind of page of the explorer, in both languages: no accessibility violation that axe-core
 * finds, no script error; and a screenshot of each at desktop and phone widths, for a person to
 * look at (`.tmp/screenshots/`, not committed).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch, requireSite, SCREENSHOTS, serve, SITE, watch } from './browser.js';

/** One page of each kind (an indicator page of each edition, and a composite with criteria). */
const KINDS: readonly { readonly name: string; readonly path: string; readonly prepare?: string }[] = [
  { name: 'home', path: 'index.html?q=%D0%B4%D0%BE%D0%BB%D1%8F' },
  { name: 'edition', path: '2025/index.html' },
  { name: 'body', path: '2023/industry-construction.html' },
  { name: 'indicator-2023', path: '2023/i/security.1.html', prepare: 'calc' },
  { name: 'indicator-2025', path: '2025/i/common.1.html' },
  { name: 'indicator-2025-differs', path: '2025/i/digital-development.2.html' },
  { name: 'diff', path: 'diff.html' },
  { name: 'diff-body', path: 'diff/agriculture.html' },
  { name: 'builder', path: 'builder.html', prepare: 'builder' },
  { name: 'rating-2024-q1', path: 'rating-2024-q1.html' },
  { name: 'example-2025-q2', path: 'example-2025-q2.html' },
];

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let desktop: BrowserContext;
let phone: BrowserContext;

beforeAll(async () => {
  requireSite();
  mkdirSync(SCREENSHOTS, { recursive: true });
  [browser, server] = await Promise.all([launch(), serve(SITE)]);
  desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('every kind of page', () => {
  for (const lang of ['kk', 'ru'] as const) {
    it.concurrent(`has no accessibility violations and no script errors (${lang}), and is photographed at 1280 and 390`, async () => {
      const found: Record<string, unknown> = {};
      const visit = async (kind: (typeof KINDS)[number]): Promise<void> => {
        for (const [width, context] of [[1280, desktop], [390, phone]] as const) {
          const page = await context.newPage();
          const problems = watch(page);
          await page.goto(`${server.url}/${lang}/${kind.path}`);
          if (kind.prepare === 'calc') {
            await page.fill('#calc-ratio-a', '156710');
            await page.fill('#calc-ratio-b', '363249');
            await page.waitForFunction(() => document.getElementById('calc-awarded')?.textContent !== '–');
          }
          if (kind.prepare === 'builder') {
            await page.fill('[id="f-common.3-a"]', '700');
            await page.fill('[id="f-common.3-b"]', '1000');
          }
          if (kind.path.startsWith('index.html?q=')) await page.waitForFunction(() => (document.getElementById('search-results')?.children.length ?? 0) > 0);
          await page.screenshot({ path: join(SCREENSHOTS, `${kind.name}-${lang}-${width}.png`), fullPage: width === 1280 });
          if (width === 1280) {
            const violations = await axeViolations(page);
            if (violations.length > 0) found[kind.name] = violations;
          }
          if (problems.length > 0) found[`${kind.name}@${width}`] = problems;
          await page.close();
        }
      };
      // A few pages at a time: the browser renders them in parallel.
      const queue = [...KINDS];
      await Promise.all(Array.from({ length: 4 }, async () => {
        for (let kind = queue.shift(); kind !== undefined; kind = queue.shift()) await visit(kind);
      }));
      expect(found).toEqual({});
    }, 120_000);
  }
});
