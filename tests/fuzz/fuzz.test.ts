/**
 * The fuzz suite, at the size the test command affords: about 3,000 cases in all (FUZZ_CASES to
 * change it), split by the properties' weights, and a few command-line runs (a process each).
 * `npm run fuzz` runs the same properties at 100,000 cases or more.
 */
import { join } from 'node:path';
import { beforeAll, describe, it } from 'vitest';
import { type Builds, builtProperties, cliEscapingProperty, loadBuilds } from './built-properties.js';
import { OPEN_PROPERTIES } from './open-properties.js';
import { type FuzzProperty, PROPERTIES, runProperty } from './properties.js';

const TOTAL = Number(process.env['FUZZ_CASES'] ?? 3_000);
const CLI_CASES = Number(process.env['FUZZ_CLI_CASES'] ?? 12);
const weights = PROPERTIES.reduce((sum, entry) => sum + entry.weight, 0) + 6;
const runsOf = (entry: FuzzProperty): number => (entry.weight === 0 ? CLI_CASES : Math.max(1, Math.round((TOTAL * entry.weight) / weights)));

describe('fuzz: the public API holds its promises on any input', () => {
  for (const entry of PROPERTIES) {
    it(`${entry.category}: ${runsOf(entry)} cases`, () => runProperty(entry, runsOf(entry)), 120_000);
  }
});

describe('fuzz: the built package (dist/: ESM, CJS, command line)', () => {
  let builds: Builds;
  beforeAll(async () => {
    builds = await loadBuilds(join(import.meta.dirname, '../..'));
  });
  for (const [index, name] of ['ESM and CJS builds agree', 'command line'].entries()) {
    it(name, () => {
      const entry = builtProperties(builds)[index]!;
      runProperty(entry, runsOf(entry));
    }, 240_000);
  }
});

// The defects of issue 11 outside the input layer (#1, #4, #5, #6, #8, #12), now closed: their
// properties run with the others.
describe('fuzz: the defects of issue 11 outside the input layer stay closed', () => {
  let builds: Builds;
  beforeAll(async () => {
    builds = await loadBuilds(join(import.meta.dirname, '../..'));
  });
  for (const entry of OPEN_PROPERTIES) it(entry.category, () => runProperty(entry, 200), 120_000);
  it('#12 (src/cli/main.ts) the command line escapes control characters', () => runProperty(cliEscapingProperty(builds), CLI_CASES), 240_000);
});
