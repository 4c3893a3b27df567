/**
 * The fuzz suite, at the size the test command affords: a few thousand cases in all, split by the
 * properties' weights. `npm run fuzz` runs the same properties at 100,000 cases or more.
 */
import { describe, it } from 'vitest';
import { PROPERTIES, runProperty } from './properties.js';

const TOTAL = Number(process.env['FUZZ_CASES'] ?? 3_000);
const weights = PROPERTIES.reduce((sum, entry) => sum + entry.weight, 0);

describe('fuzz: the public API holds its promises on any input', () => {
  for (const entry of PROPERTIES) {
    const runs = Math.max(1, Math.round((TOTAL * entry.weight) / weights));
    it(`${entry.category}: ${runs} cases`, () => runProperty(entry, runs), 120_000);
  }
});
