/**
 * The full fuzz run: every property of tests/fuzz at 100,000 cases or more in all (by default),
 * the command line included, with the count of cases by category, and how many ended in a result
 * and how many in the library's own error.
 *
 * Usage: npm run fuzz [-- --cases 100000 --cli 200 --seed 42]
 * It runs the properties of the defects closed outside the input layer too (tests/fuzz/open-properties.ts).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { builtProperties, cliEscapingProperty, loadBuilds } from '../tests/fuzz/built-properties.js';
import { OUTCOMES } from '../tests/fuzz/invariants.js';
import { OPEN_PROPERTIES } from '../tests/fuzz/open-properties.js';
import { type FuzzProperty, PROPERTIES, runProperty } from '../tests/fuzz/properties.js';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '100000' }, cli: { type: 'string', default: '200' }, seed: { type: 'string' } } });
const total = Number(values.cases);
const cliCases = Number(values.cli);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
if (!Number.isInteger(total) || total < 1 || !Number.isInteger(cliCases) || cliCases < 0) {
  process.stderr.write('--cases and --cli take whole numbers\n');
  process.exit(2);
}

const builds = await loadBuilds(join(import.meta.dirname, '..'));
const properties: FuzzProperty[] = [...PROPERTIES, ...builtProperties(builds)];
properties.push(...OPEN_PROPERTIES, cliEscapingProperty(builds));
const weights = properties.reduce((sum, entry) => sum + entry.weight, 0);
const runsOf = (entry: FuzzProperty): number => (entry.weight === 0 ? cliCases : Math.max(1, Math.round((total * entry.weight) / weights)));

process.stdout.write(`fuzz: seed ${seed}\n\n${'category'.padEnd(64)} ${'cases'.padStart(8)} ${'results'.padStart(8)} ${'errors'.padStart(8)} ${'seconds'.padStart(8)}\n`);
let cases = 0;
let failed = 0;
for (const entry of properties) {
  const runs = runsOf(entry);
  if (runs === 0) continue;
  OUTCOMES.results = 0;
  OUTCOMES.errors = 0;
  const started = performance.now();
  let failure: string | null = null;
  try {
    runProperty(entry, runs, seed);
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  cases += runs;
  process.stdout.write(`${entry.category.padEnd(64)} ${String(runs).padStart(8)} ${String(OUTCOMES.results).padStart(8)} ${String(OUTCOMES.errors).padStart(8)} ${seconds.padStart(8)}${failure === null ? '' : '  FAILED'}\n`);
  if (failure !== null) {
    failed += 1;
    // A counterexample can hold megabytes of text: the start of the report says enough to replay it.
    process.stderr.write(`\n${entry.category}:\n${failure.length > 4_000 ? `${failure.slice(0, 4_000)}…` : failure}\n\n`);
  }
}
process.stdout.write(`\n${cases} cases in all; ${failed === 0 ? 'every property holds' : `${failed} properties failed`}\n`);
process.exitCode = failed === 0 ? 0 : 1;
