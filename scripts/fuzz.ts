/**
 * The full fuzz run: every registered property of tests/fuzz (see tests/fuzz/suite.ts) at 150,000
 * cases or more in all (by default), the command line included; a table of the cases of each
 * property (how many ended in a result, how many in the library's own error) and of the cases of
 * each public function.
 *
 * Usage: npm run fuzz [-- --cases 150000 --cli 200 --seed 42]
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBuilds } from '../tests/fuzz/built-properties.js';
import { OUTCOMES } from '../tests/fuzz/invariants.js';
import { runProperty } from '../tests/fuzz/properties.js';
import { allProperties, casesPerFunction, shareCases, uncovered } from '../tests/fuzz/suite.js';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '150000' }, cli: { type: 'string', default: '200' }, seed: { type: 'string' } } });
const total = Number(values.cases);
const cliCases = Number(values.cli);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
if (!Number.isInteger(total) || total < 1 || !Number.isInteger(cliCases) || cliCases < 0) {
  process.stderr.write('--cases and --cli take whole numbers\n');
  process.exit(2);
}

const gaps = uncovered();
if (gaps.length > 0) {
  process.stderr.write(`functions of the exports that no property calls:\n${gaps.join('\n')}\n`);
  process.exit(1);
}

const builds = await loadBuilds(join(import.meta.dirname, '..'));
const properties = allProperties(builds);
const runs = shareCases(properties, total, cliCases);

process.stdout.write(`fuzz: seed ${seed}\n\n${'property'.padEnd(100)} ${'cases'.padStart(8)} ${'results'.padStart(8)} ${'errors'.padStart(8)} ${'seconds'.padStart(8)}\n`);
let cases = 0;
let failed = 0;
for (const entry of properties) {
  const count = runs.get(entry)!;
  if (count === 0) continue;
  OUTCOMES.results = 0;
  OUTCOMES.errors = 0;
  const started = performance.now();
  let failure: string | null = null;
  try {
    await runProperty(entry, count, seed);
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  cases += count;
  process.stdout.write(`${entry.category.slice(0, 100).padEnd(100)} ${String(count).padStart(8)} ${String(OUTCOMES.results).padStart(8)} ${String(OUTCOMES.errors).padStart(8)} ${seconds.padStart(8)}${failure === null ? '' : '  FAILED'}\n`);
  if (failure !== null) {
    failed += 1;
    // A counterexample can hold megabytes of text: the start of the report says enough to replay it.
    process.stderr.write(`\n${entry.category}:\n${failure.length > 4_000 ? `${failure.slice(0, 4_000)}…` : failure}\n\n`);
  }
}
process.stdout.write(`\n${'public function'.padEnd(100)} ${'cases'.padStart(8)}\n`);
for (const [fn, count] of [...casesPerFunction(runs)].sort(([a], [b]) => a.localeCompare(b))) process.stdout.write(`${fn.padEnd(100)} ${String(count).padStart(8)}\n`);
process.stdout.write(`\n${cases} cases in all; ${failed === 0 ? 'every property holds' : `${failed} properties failed`}\n`);
process.exitCode = failed === 0 ? 0 : 1;
