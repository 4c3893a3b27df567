// The bench's browser figure: the explorer's report builder in Chromium (the system's, driven by
// playwright-core), a figure typed and the body rescored, timed inside the page.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const SITE = fileURLToPath(new URL('../docs/site/', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.woff2': 'font/woff2' };

/**
 * Types figures into every field of a body's report in the builder, then times, inside the page,
 * a figure typed (an `input` event on one field) until the page has rescored the body and written
 * the result: the work the page does before the next frame.
 *
 * @returns the median time, the samples, and the body and quarter used; `null` without Chromium or a built site
 */
export async function builderTiming() {
  if (!existsSync(CHROMIUM) || !existsSync(join(SITE, 'ru/builder.html'))) return null;
  const { chromium } = await import('playwright-core');
  const server = createServer((request, response) => {
    let file = normalize(join(SITE, decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(SITE) || !existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    const body = 'agriculture';
    const period = '2025-2';
    await page.goto(`http://127.0.0.1:${server.address().port}/ru/builder.html?body=${body}&period=${period}`);
    await page.waitForSelector('html[data-ready]');
    // Every figure filled, so that the whole body is scored on each keystroke.
    const samples = await page.evaluate(() => {
      const fields = [...document.querySelectorAll('#b-rows input:not([type=checkbox])')];
      fields.forEach((field, index) => {
        field.value = String(100 + index);
        field.dispatchEvent(new Event('input', { bubbles: true }));
      });
      for (const box of document.querySelectorAll('#b-rows input[type=checkbox]')) box.checked = true;
      const typed = fields[0];
      const times = [];
      for (let i = 0; i < 41; i += 1) {
        const start = performance.now();
        typed.value = String(50 + i);
        typed.dispatchEvent(new Event('input', { bubbles: true }));
        times.push(performance.now() - start);
      }
      // The figures typed must score: a refused figure would time an error message instead.
      if (document.querySelector('#b-rows [aria-invalid=true]') !== null) throw new Error('a figure typed by the bench was refused');
      return times;
    });
    const sorted = samples.slice(1).sort((x, y) => x - y);
    return { ms: sorted[Math.floor(sorted.length / 2)], samples: sorted.length, body, period: `Q${period.slice(-1)} ${period.slice(0, 4)}`, whatIf: false };
  } finally {
    await browser.close();
    server.close();
  }
}
