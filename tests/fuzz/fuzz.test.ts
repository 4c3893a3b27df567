/**
 * The fuzz suite, at the size the test command affords: about 6,000 cases in all (FUZZ_CASES to
 * change it), split by the properties' weights (every property at least one case), and a few
 * command-line runs (a process each). `npm run fuzz` runs the same properties at 150,000 cases or
 * more (tests/fuzz/suite.ts says which are registered).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Builds, builtProperties, cliEscapingProperty, loadBuilds } from './built-properties.js';
import { runProperty } from './properties.js';
import { shareCases, SOURCE_PROPERTIES, uncovered } from './suite.js';

const TOTAL = Number(process.env['FUZZ_CASES'] ?? 6_000);
const CLI_CASES = Number(process.env['FUZZ_CLI_CASES'] ?? 12);
const runs = shareCases(SOURCE_PROPERTIES, TOTAL, CLI_CASES);

describe('fuzz: every function of every entry of package.json exports is covered', () => {
  it('no exported function lacks a property that calls it', () => {
    expect(uncovered()).toEqual([]);
  });
});

describe('fuzz: the public API holds its promises on any input', () => {
  for (const entry of SOURCE_PROPERTIES) {
    const count = runs.get(entry)!;
    it(`${entry.category}: ${count} cases`, () => runProperty(entry, count), 240_000);
  }
});

describe('fuzz: the built package (dist/: ESM, CJS, command line)', () => {
  let builds: Builds;
  beforeAll(async () => {
    builds = await loadBuilds(join(import.meta.dirname, '../..'));
  });
  // ESM and CJS agree: its weight's share, as in `npm run fuzz`.
  const built = (): number => Math.max(1, Math.ceil((TOTAL * builtProperties(builds)[0]!.weight) / SOURCE_PROPERTIES.reduce((sum, entry) => sum + entry.weight, 0)));
  for (const [index, name] of ['ESM and CJS builds agree', 'command line'].entries()) {
    it(name, () => runProperty(builtProperties(builds)[index]!, index === 0 ? built() : CLI_CASES), 240_000);
  }
  it('#12 (src/cli/main.ts) the command line escapes control characters', () => runProperty(cliEscapingProperty(builds), CLI_CASES), 240_000);
});
