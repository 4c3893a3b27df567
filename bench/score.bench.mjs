// The bench: every figure of the speed table in one run (`npm run bench`, which builds first).
// Not part of the test command: a timing depends on the machine, so the goals are budgets you run,
// never a timed test. Absolute times on a shared machine are noisy; the ratios, measured in one
// process and interleaved, are what count. Each timing is the median of several rounds.
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as lib from '../dist/index.js';
import * as reportQ1 from '../dist/report-2024-q1.js';
import { naiveDecimalAwarded } from './references.mjs';
import { benchRows } from './rows.mjs';
import { builderTiming } from './browser.mjs';

const ROWS = Number(process.env.BENCH_ROWS ?? 20_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
/** Warms a function up (three calls and a quarter of a second at least), then times it `rounds` times. */
function times(fn, rounds = ROUNDS) {
  const warm = performance.now();
  for (let calls = 0; calls < 3 || performance.now() - warm < 250; calls += 1) fn();
  return Array.from({ length: rounds }, () => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  });
}
/** The medians of several functions timed in turn, round by round, so that a busy moment falls on all of them. */
function interleaved(fns, rounds = ROUNDS) {
  for (const fn of fns) times(fn, 1);
  const all = fns.map(() => []);
  for (let round = 0; round < rounds; round += 1) fns.forEach((fn, index) => all[index].push(times(fn, 1)[0]));
  return all.map(median);
}

let sink = 0;
const figures = [];
const report = (measure, value, goal, ok) => figures.push({ measure, value, goal, ok });

// 1. Whole reports, warm.
const rating = median(times(() => { for (let i = 0; i < 20; i += 1) sink += reportQ1.scoreReport2024Q1().bodies.length; })) / 20;
report('the full Q1 2024 rating (14 bodies, 115 rows, the published report read at the door)', `${rating.toFixed(2)} ms`, '< 2 ms', rating < 2);
const synthetic = JSON.parse(readFileSync(new URL('../data/reports/2025-q2-synthetic/report.json', import.meta.url), 'utf8'));
const syntheticMs = median(times(() => { for (let i = 0; i < 20; i += 1) sink += lib.scorePeriodReport(synthetic).bodies.length; })) / 20;
report('the synthetic 2025 report (16 bodies)', `${syntheticMs.toFixed(2)} ms`, '< 5 ms', syntheticMs < 5);

// 2. One indicator at a time, against a naive decimal.js implementation of the same formula (a new
// Decimal per figure, no trace), in one process, interleaved.
const rows = benchRows(ROWS);
const exactW = rows.map(({ definition, input }) => lib.scoreIndicator(definition, input).awarded);
const naiveDiffers = exactW.filter((w, i) => w !== naiveDecimalAwarded(rows[i].definition, rows[i].input)).length;
const [exactMs, freshMs, naiveMs] = interleaved([
  // As a portal that shows the trace: every step of it read.
  () => { for (const { definition, input } of rows) { const score = lib.scoreIndicator(definition, input); sink += score.awarded.length + score.trace.steps[score.trace.steps.length - 1].expression.length; } },
  () => { for (const { definition, input } of rows) { const score = lib.scoreIndicator({ id: definition.id, kind: definition.kind, weight: definition.weight, target: definition.target }, input); sink += score.awarded.length + score.trace.steps[score.trace.steps.length - 1].expression.length; } },
  () => { for (const { definition, input } of rows) sink += naiveDecimalAwarded(definition, input).length; },
]);
const perRow = (ms) => `${((ms / ROWS) * 1000).toFixed(1)} µs a row`;
report(`exact scoring with its trace read, catalogue definitions, ${ROWS.toLocaleString('en')} rows`, `${(exactMs / naiveMs).toFixed(1)}× the naive time (${perRow(exactMs)} vs ${perRow(naiveMs)})`, '≤ 2×', exactMs / naiveMs <= 2);
report('the same, a fresh literal definition per row', `${(freshMs / naiveMs).toFixed(1)}× the naive time (${perRow(freshMs)})`, '≤ 3×', freshMs / naiveMs <= 3);

// 3. For a browser: cdto-kpi/core as an app would bundle it (esbuild, minified, split, gzip): what
// loads first is the entry and the chunks it imports statically; each edition's data is a chunk
// fetched by loadEdition. The scorer: scoreIndicator and the published method, tree-shaken.
{
  const { build } = await import('esbuild');
  const { gzipSync } = await import('node:zlib');
  const bundle = (contents, splitting) =>
    build({ stdin: { contents, resolveDir: process.cwd(), loader: 'js', sourcefile: 'app.js' }, bundle: true, splitting, outdir: 'browser', minify: true, format: 'esm', platform: 'browser', write: false, metafile: true, logLevel: 'silent' });
  const scorer = await bundle(`export { scoreIndicator, PUBLISHED_METHOD } from ${JSON.stringify(`${dist}core.js`)};`, false);
  const scorerBytes = gzipSync(scorer.outputFiles[0].contents).length;
  report('scoreIndicator from cdto-kpi/core for a browser, decimal.js included, min + gzip', `${(scorerBytes / 1024).toFixed(1)} KB`, '≤ 30 KB', scorerBytes <= 30 * 1024);
  const split = await bundle(`export * from ${JSON.stringify(`${dist}core.js`)};`, true);
  const gzipOf = new Map(split.outputFiles.map((file) => [file.path.slice(file.path.indexOf('browser/')), gzipSync(file.contents).length]));
  const outputs = split.metafile.outputs;
  const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint === 'app.js');
  const initial = new Set();
  for (const pending = [entry]; pending.length > 0; ) {
    const path = pending.pop();
    if (initial.has(path)) continue;
    initial.add(path);
    pending.push(...outputs[path].imports.filter((imported) => imported.kind === 'import-statement').map((imported) => imported.path));
  }
  const initialBytes = [...initial].reduce((sum, path) => sum + gzipOf.get(path), 0);
  report('cdto-kpi/core for a browser, first load, decimal.js and zod included, min + gzip', `${(initialBytes / 1024).toFixed(1)} KB`, '≤ 45 KB', initialBytes <= 45 * 1024);
  for (const [path, output] of Object.entries(outputs)) {
    const edition = /edition-(\d{4})-[^/]*\.js$/u.exec(output.entryPoint ?? '');
    if (edition !== null) report(`cdto-kpi/core, the ${edition[1]} edition's chunk, min + gzip`, `${(gzipOf.get(path) / 1024).toFixed(1)} KB`, 'a chunk of its own, fetched on demand', !initial.has(path));
  }
}

// 4. The explorer's report builder in Chromium: a figure typed → the body rescored (and its
// what-if) before the next frame.
const builder = await builderTiming();
if (builder === null) report('the report builder, a figure typed → the body rescored, in Chromium', '(no Chromium or no built site: npm run site)', '< 16 ms', false);
else report(`the report builder, a figure typed → the body rescored${builder.whatIf ? ' and its what-if' : ''}, in Chromium (${builder.body}, ${builder.period})`, `${builder.ms.toFixed(1)} ms (median of ${builder.samples})`, '< 16 ms (one frame)', builder.ms < 16);

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
