// The bench: every figure of the speed table in one run (`npm run bench`, which builds first).
// Not part of the test command: a timing depends on the machine, so the goals are budgets you run,
// never a timed test. Absolute times on a shared machine are noisy; the ratios are what count.
// Each timing is the median of several rounds.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as audit from '../dist/audit.js';
import * as lib from '../dist/index.js';
import * as reportQ1 from '../dist/report-2024-q1.js';
import { floatAwarded, naiveDecimalAwarded } from './references.mjs';
import { benchRows } from './rows.mjs';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
function time(fn, rounds = ROUNDS) {
  // Warm-up until the code is optimised: at least three calls and a quarter of a second.
  const warm = performance.now();
  for (let calls = 0; calls < 3 || performance.now() - warm < 250; calls += 1) fn();
  const times = [];
  for (let i = 0; i < rounds; i += 1) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

let sink = 0;
const perSecond = (ms, count = ROWS) => Math.round((count / ms) * 1000);
const figures = [];
const report = (measure, value, goal, ok) => figures.push({ measure, value, goal, ok });

// 1. Whole reports, first: measured after the 100,000 rows below, they would pay for the
// collection of that large heap, which a portal scoring reports does not hold.
const q1 = reportQ1.REPORT_2024_Q1;
const periodQ1 = audit.periodReportOfPublished(q1);
const periodRows = periodQ1.bodies.reduce((total, body) => total + Object.keys(body.figures).length, 0);
const repeats = 50;
const periodMs = time(() => {
  for (let i = 0; i < repeats; i += 1) sink += lib.scorePeriodReport(periodQ1).bodies.length;
});
report(`scorePeriodReport, the 2024 report (${periodRows} rows) ×${repeats}`, `${perSecond(periodMs, periodRows * repeats).toLocaleString('en')} rows/s`, '≥ 500,000 rows/s', perSecond(periodMs, periodRows * repeats) >= 500_000);
const rate = reportQ1.scoreReport2024Q1 ?? (() => lib.scorePeriodReport(periodQ1));
const ratingMs = time(() => { for (let i = 0; i < 20; i += 1) rate(); }, ROUNDS) / 20;
report('the full Q1 2024 rating', `${ratingMs.toFixed(3)} ms`, '< 0.5 ms', ratingMs < 0.5);
const synthetic = JSON.parse(readFileSync(new URL('../data/reports/2025-q2-synthetic/report.json', import.meta.url), 'utf8'));
const syntheticMs = time(() => { for (let i = 0; i < 20; i += 1) lib.scorePeriodReport(synthetic); }, ROUNDS) / 20;
report('the synthetic 2025 report (16 bodies)', `${syntheticMs.toFixed(3)} ms`, '< 1 ms', syntheticMs < 1);

// 2. One indicator at a time: exact, float, naive decimal.js.
const rows = benchRows(ROWS);
const exactW = rows.map(({ definition, input }) => lib.scoreIndicator(definition, input).awarded);
const naiveW = rows.map(({ definition, input }) => naiveDecimalAwarded(definition, input));
const floatW = rows.map(({ definition, input }) => floatAwarded(definition, input));
const naiveDiffers = exactW.filter((w, i) => w !== naiveW[i]).length;
const floatDiffers = exactW.filter((w, i) => w !== floatW[i]).length;

const exactMs = time(() => {
  for (const { definition, input } of rows) sink += lib.scoreIndicator(definition, input).awarded.length;
});
const floatMs = time(() => {
  for (const { definition, input } of rows) sink += floatAwarded(definition, input).length;
});
const naiveMs = time(() => {
  for (const { definition, input } of rows) sink += naiveDecimalAwarded(definition, input).length;
});
report(`scoreIndicator, ${ROWS.toLocaleString('en')} rows (ratio / decreasing / count)`, `${perSecond(exactMs).toLocaleString('en')} rows/s`, '≥ 1,000,000 rows/s', perSecond(exactMs) >= 1_000_000);
report('the same rows, plain float', `${perSecond(floatMs).toLocaleString('en')} rows/s (wrong W in ${floatDiffers} rows)`, '(the limit, not exact)', true);
report('the same rows, naive decimal.js', `${perSecond(naiveMs).toLocaleString('en')} rows/s (differs in ${naiveDiffers} rows)`, '(what a user would write)', true);
report('exact / float', `${(exactMs / floatMs).toFixed(1)}×`, '≤ 25×', exactMs / floatMs <= 25);
report('exact / naive decimal.js', naiveMs >= exactMs ? `${(naiveMs / exactMs).toFixed(1)}× faster` : `${(exactMs / naiveMs).toFixed(1)}× slower`, '≥ 5× faster', naiveMs / exactMs >= 5);

// 3. Memory of a result, in a child process with a collectable heap: results retained, inputs
// built before the baseline so that only the results count.
const memory = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', `
  const lib = await import(${JSON.stringify(pathToFileURL(`${dist}index.js`).href)});
  const { benchRows } = await import(${JSON.stringify(new URL('./rows.mjs', import.meta.url).href)});
  const rows = benchRows(200000, 7);
  for (const { definition, input } of rows.slice(0, 2000)) lib.scoreIndicator(definition, input);
  globalThis.gc(); globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  const kept = rows.map(({ definition, input }) => lib.scoreIndicator(definition, input));
  globalThis.gc(); globalThis.gc();
  const after = process.memoryUsage().heapUsed;
  console.log(JSON.stringify({ perRow: (after - before) / kept.length, kept: kept.length }));
`], { encoding: 'utf8' });
const perRow = memory.status === 0 ? JSON.parse(memory.stdout).perRow : NaN;
report('memory of a result (traces on demand)', `${Math.round(perRow)} bytes a row`, '≤ 300 bytes a row', perRow <= 300);

// 4. Cold import, child processes, interleaved, medians.
const cold = (args) => {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return performance.now() - start;
};
const importOf = (file) => ['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(`${dist}${file}`).href)})`];
const bare = [], empty = [], main = [], scorer = [];
for (let i = 0; i < 7; i += 1) {
  bare.push(cold(['-e', '']));
  empty.push(cold(['--input-type=module', '-e', "await import('data:text/javascript,')"]));
  main.push(cold(importOf('index.js')));
  scorer.push(cold(importOf('scorer.js')));
}
const bareMs = median(bare);
// The floor of both ratios: Node's module loader alone, importing an empty module.
report('cold import of an empty ES module vs node -e "" (the floor)', `${(median(empty) / bareMs).toFixed(2)}× (${median(empty).toFixed(0)} ms)`, '(the floor of the two below)', true);
report('cold import of the package main vs node -e ""', `${(median(main) / bareMs).toFixed(2)}× (${median(main).toFixed(0)} ms vs ${bareMs.toFixed(0)} ms)`, '≤ 1.3×', median(main) / bareMs <= 1.3);
report('cold import of the scorer entry vs node -e ""', `${(median(scorer) / bareMs).toFixed(2)}× (${median(scorer).toFixed(0)} ms)`, '≤ 1.1×', median(scorer) / bareMs <= 1.1);

// 5. For a browser: each entry bundled as a browser would load it (esbuild, minified), gzip.
{
  const { build } = await import('esbuild');
  const { gzipSync } = await import('node:zlib');
  const browserSize = async (entry, imports) => {
    const result = await build({
      stdin: { contents: `export ${imports} from ${JSON.stringify(`${dist}${entry}`)};`, resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    return gzipSync(result.outputFiles[0].contents).length;
  };
  const scorerBytes = await browserSize('scorer.js', '{ scoreIndicator, PUBLISHED_METHOD }');
  const mainBytes = await browserSize('index.js', '*');
  report('scorer entry for a browser, min + gzip', `${(scorerBytes / 1024).toFixed(1)} KB`, '≤ 15 KB', scorerBytes <= 15 * 1024);
  report('package main for a browser, min + gzip (every catalogue included, synchronous)', `${(mainBytes / 1024).toFixed(1)} KB`, '(no goal: see cdto-kpi/core)', true);

  // cdto-kpi/core as a browser app would bundle it, split: what loads first is the entry and the
  // chunks it imports statically; each catalogue is a chunk fetched by loadEdition.
  const splitBuild = async (contents) => {
    const split = await build({
      stdin: { contents, resolveDir: process.cwd(), loader: 'js', sourcefile: 'app.js' },
      bundle: true,
      splitting: true,
      outdir: 'browser-core',
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const gzipOf = new Map(split.outputFiles.map((file) => [relative(process.cwd(), file.path), gzipSync(file.contents).length]));
    const outputs = split.metafile.outputs;
    const entryOutput = Object.keys(outputs).find((path) => outputs[path].entryPoint === 'app.js');
    const initial = new Set();
    for (const pending = [entryOutput]; pending.length > 0; ) {
      const path = pending.pop();
      if (initial.has(path)) continue;
      initial.add(path);
      pending.push(...outputs[path].imports.filter((imported) => imported.kind === 'import-statement').map((imported) => imported.path));
    }
    return { gzipOf, outputs, initial, initialBytes: [...initial].reduce((sum, path) => sum + gzipOf.get(path), 0) };
  };
  const { gzipOf, outputs, initial, initialBytes } = await splitBuild(`export * from ${JSON.stringify(`${dist}core/index.js`)};`);
  report(
    `cdto-kpi/core for a browser, initial load (entry + ${initial.size - 1} static chunk(s)), min + gzip`,
    `${(initialBytes / 1024).toFixed(1)} KB`,
    'main without catalogues ≤ 25 KB',
    initialBytes <= 25 * 1024,
  );
  const withTools = await splitBuild(`export * from ${JSON.stringify(`${dist}core/index.js`)};\nexport * from ${JSON.stringify(`${dist}core/tools.js`)};`);
  report('cdto-kpi/core with cdto-kpi/core/tools, initial load, min + gzip', `${(withTools.initialBytes / 1024).toFixed(1)} KB`, '(no goal: the analyst\'s tools)', true);
  for (const [path, output] of Object.entries(outputs)) {
    // A catalogue's chunk is the one made for its module (dist/core/lazy-catalogue-<id>-<hash>.js).
    const catalogue = /lazy-catalogue-(.+)-[^-]+\.js$/u.exec(output.entryPoint ?? '');
    if (catalogue === null) continue;
    const loads = output.imports.filter((imported) => imported.kind === 'import-statement' && !initial.has(imported.path)).map((imported) => `+ ${(gzipOf.get(imported.path) / 1024).toFixed(1)} KB shared`);
    report(
      `cdto-kpi/core for a browser, the ${catalogue[1]} catalogue's chunk, min + gzip`,
      `${(gzipOf.get(path) / 1024).toFixed(1)} KB ${loads.join(' ')}`.trim(),
      'each catalogue its own chunk',
      !initial.has(path),
    );
  }
}

// 6. Every path gives the same W where the float path is exact: the naive decimal.js reference
// agrees with the library on every row; the float one where its arithmetic did not cut wrong.
console.log(`machine: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`);
console.log(`rows: ${ROWS.toLocaleString('en')}, rounds: ${ROUNDS} (medians)\n`);
const width = Math.max(...figures.map((f) => f.measure.length));
const valueWidth = Math.max(...figures.map((f) => f.value.length));
for (const f of figures) console.log(`${f.ok ? 'ok  ' : 'MISS'} ${f.measure.padEnd(width)}  ${f.value.padEnd(valueWidth)}  goal ${f.goal}`);
if (naiveDiffers !== 0) {
  console.error(`\nthe exact scorer and the naive decimal.js reference disagree on ${naiveDiffers} rows`);
  process.exitCode = 1;
}
if (sink === 0) console.log('(nothing scored)');
