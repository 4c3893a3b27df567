/**
 * What a cold import of the main entry loads and does (issue 10, "fast enough to embed"; issue 15,
 * "one build"): its two runtime dependencies and nothing else (zod as zod/mini), not the Q1 2024
 * report, and no edition built until one is asked for. Reads dist/ (the test command builds first);
 * the time a cold import takes is measured by `npm run bench`, not here.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { staticGraphOf } from './helpers/dist-graph.js';

const dist = join(import.meta.dirname, '..', 'dist');

/** The files an entry of the build loads statically, and the packages it loads. */
const graphOf = (entry: string): ReturnType<typeof staticGraphOf> => staticGraphOf(join(dist, entry));

/** Runs a module in a fresh process and returns what it prints, parsed. */
function inFreshProcess(code: string): unknown {
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' }));
}

describe('a cold import of the main entry', () => {
  it('loads its two runtime dependencies and no other package, zod as zod/mini (ESM and CJS)', () => {
    for (const entry of ['index.js', 'index.cjs', 'core.js', 'core.cjs']) expect(graphOf(entry).packages, entry).toEqual(['decimal.js', 'zod/mini']);
  });

  it('the entries that validate files with zod do load it', () => {
    // The same walk finds zod where it is: the check above could fail.
    expect(graphOf('schemas.js').packages).toContain('zod/mini');
    expect(graphOf('edition-files.js').packages).toContain('zod/mini');
  });

  it('does not load the published Q1 2024 report', () => {
    const text = graphOf('index.js').files.map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(text).not.toContain('REPORT_2024_Q1');
    expect(graphOf('report-2024-q1.js').files.map((file) => readFileSync(file, 'utf8')).join('\n')).toContain('REPORT_2024_Q1');
  });

  it('builds no edition until one is asked for, then each once, whatever the way to it', () => {
    const url = pathToFileURL(join(dist, 'index.js')).href;
    // The editions' data is JSON text, parsed when an edition is first built: count the parses.
    const counts = inFreshProcess(`
      const parse = JSON.parse;
      let parses = 0;
      JSON.parse = (...args) => { parses += 1; return parse(...args); };
      const lib = await import(${JSON.stringify(url)});
      const counts = { atImport: parses };
      lib.getEdition('2023');
      counts.afterGetEdition2023 = parses;
      lib.definitionFor('2023', 'agriculture.1', '2024');
      lib.findIndicator(lib.getEdition('2023').catalogue, 'agriculture.1');
      counts.afterQueries2023 = parses;
      lib.listEditions();
      counts.afterListEditions = parses;
      await lib.loadEdition('2025');
      lib.getEdition('2025');
      counts.afterEverything = parses;
      counts.same = lib.listEditions()[0] === lib.getEdition('2023') && lib.defaultEditions.get('2025') === lib.listEditions()[1];
      JSON.parse = parse;
      console.log(JSON.stringify(counts));
    `);
    expect(counts).toEqual({ atImport: 0, afterGetEdition2023: 1, afterQueries2023: 1, afterListEditions: 2, afterEverything: 2, same: true });
  });

  it('a period report is scored with the edition built on demand', () => {
    const url = pathToFileURL(join(dist, 'index.js')).href;
    const result = inFreshProcess(`
      const lib = await import(${JSON.stringify(url)});
      const score = lib.scorePeriodReport({ period: { year: 2024, quarter: 1 }, bodies: [{ body: 'justice', figures: {
        'justice.1': { a: '35', b: '100' }, 'justice.2': { a: null, b: null }, 'justice.3': { a: null, b: null }, 'justice.4': { a: null, b: null },
        'justice.5': { a: null, b: null }, 'justice.6': { a: null, b: null }, 'justice.7': { a: null, b: null } } }] });
      console.log(JSON.stringify(score.bodies[0].directions[0].indicators[0].awarded));
    `);
    // justice.1 in 2024: U = 15, N = 50; Z = 35 / 100 × 100 = 35; W = 35 / 50 × 15 = 10.5.
    expect(result).toBe('10.5');
  });
});
