/**
 * What the site's browser tests share: the built site, a static server for it on 127.0.0.1, and
 * Chromium from the system, driven by playwright-core.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const SITE = join(REPO, 'docs/site');
export const SCREENSHOTS = join(REPO, '.tmp/screenshots');
export const CHROMIUM = '/usr/bin/chromium';

/** The site must have been built (`npm run site`, which `npm test` runs first). */
export function requireSite(): void {
  if (!existsSync(join(SITE, 'kk/index.html'))) throw new Error(`${SITE} holds no site: run npm run site first`);
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A static server of a folder on 127.0.0.1, on a port the system picks. */
export async function serve(root: string): Promise<{ readonly url: string; readonly close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((done) => server.close(() => done())) };
}

/** Chromium from the system (never a downloaded browser), headless. */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: scripts/site/ensure-chromium.sh installs it`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Collects a page's problems: script errors, console errors, failed requests and responses with an
 * error status. A request aborted by a navigation (`net::ERR_ABORTED`) is no problem of the site:
 * the next page cancels what the last one still loads (a font, say), and counting it made tests
 * fail at random.
 */
export function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    if (reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/** The widths every page is looked at: a desktop and a phone. */
export const DESKTOP = { viewport: { width: 1280, height: 900 } } as const;
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true } as const;

/** A page of its own (in a context of its own: no storage, cache or pending request shared with another test) and its problems. */
export interface OwnPage {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly problems: string[];
  /** Opens an address and waits until the page says its scripts have run. */
  readonly open: (url: string) => Promise<void>;
  readonly close: () => Promise<void>;
}

/**
 * A fresh context and page for one test, with its own list of problems.
 *
 * @param browser - the browser
 * @param options - the context's options (viewport, downloads)
 * @returns the page, its problems, and how to open an address and close it all
 */
export async function ownPage(browser: Browser, options: BrowserContextOptions = DESKTOP): Promise<OwnPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = watch(page);
  return { page, context, problems, open: (url) => openReady(page, url), close: () => context.close() };
}

/**
 * Opens an address and waits for the page's own readiness (`<html data-ready="true">`, set once
 * its deferred scripts have run), not for time.
 *
 * @param page - the page
 * @param url - the address
 */
export async function openReady(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitReady(page);
}

/** Waits until the page in view says its scripts have run. */
export async function waitReady(page: Page): Promise<void> {
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached' });
}

/**
 * Whether the page scrolls sideways at a width: its scroll width and its window's against the width
 * of the device (a phone's browser widens the window to a page wider than the screen, so the
 * window's width alone would hide the overflow), and the elements that stick out of the page (not
 * those inside a container that scrolls on its own).
 */
export async function sidewaysOverflow(page: Page): Promise<{ readonly scrollWidth: number; readonly innerWidth: number; readonly deviceWidth: number; readonly sticking: readonly string[] }> {
  const deviceWidth = page.viewportSize()?.width ?? 0;
  return page.evaluate((width) => {
    const sticking = [...document.querySelectorAll('body *')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.right <= width + 0.5) return false;
        for (let parent = element.parentElement; parent !== null && parent !== document.body; parent = parent.parentElement) {
          const overflow = getComputedStyle(parent).overflowX;
          if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden' || overflow === 'clip') return false;
        }
        return true;
      })
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}${element.id === '' ? '' : `#${element.id}`}${typeof element.className === 'string' && element.className !== '' ? `.${element.className.split(' ').join('.')}` : ''} (right edge at ${Math.round(element.getBoundingClientRect().right)} px)`);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, deviceWidth: width, sticking };
  }, deviceWidth);
}

const AXE = readFileSync(join(REPO, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[]; readonly failureSummary?: string }[];
}

/** The accessibility violations axe-core finds on the page (every rule it runs by default). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, nodes: violation.nodes.slice(0, 5).map((node) => ({ target: node.target, failureSummary: node.failureSummary })) }));
  });
}
