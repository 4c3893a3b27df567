/**
 * `cdto-kpi/core` (issue 10, "each catalogue its own chunk"): the library without bundled data,
 * each bundled edition loaded on demand by `loadEdition`. The behaviour is tested on src/, with the
 * registry reading the on-demand list as core's build does (tsup.config.ts); the reference is the
 * built main entry's output, byte for byte. The build's shape is tested on dist/ (the test command
 * builds first).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type * as Main from '../src/index.js';
import type * as Audit from '../src/audit.js';
import type * as Report2024Q1 from '../src/reports/report-2024-q1.js';
import { isCdtoKpiError } from '../src/errors/cdto-kpi-error.js';
import { staticGraphOf } from './helpers/dist-graph.js';

// Core's build reads this list in place of src/generated/editions.ts: the same swap here.
vi.mock('../src/generated/editions.js', async () => await import('../src/generated/editions-on-demand.js'));
const core = await import('../src/core.js');
const coreTools = await import('../src/core-tools.js');

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const fromDist = async <Module>(file: string): Promise<Module> => (await import(pathToFileURL(join(dist, file)).href)) as Module;
const synthetic = JSON.parse(readFileSync(join(root, 'data/reports/2025-q2-synthetic/report.json'), 'utf8')) as unknown;

/** The code and the message of what `act` throws. */
function thrown(act: () => unknown): { readonly code: string | undefined; readonly message: string } {
  try {
    act();
  } catch (error) {
    if (!isCdtoKpiError(error)) throw error;
    return { code: error.issues[0]?.code, message: error.message };
  }
  throw new Error('nothing thrown');
}

describe('cdto-kpi/core before an edition is loaded', () => {
  // These run first: once loaded, an edition stays loaded.
  it('getEdition and scoring a report throw EDITION_NOT_LOADED, naming loadEdition', () => {
    const byId = thrown(() => core.getEdition('2025'));
    expect(byId.code).toBe('EDITION_NOT_LOADED');
    expect(byId.message).toContain("await loadEdition('2025') first");
    const scoring = thrown(() => core.scorePeriodReport(synthetic as never));
    expect(scoring.code).toBe('EDITION_NOT_LOADED');
    expect(scoring.message).toContain("loadEdition('2025')");
    expect(thrown(() => core.indicatorsForPeriod({ year: 2024, quarter: 1 }, 'justice')).code).toBe('EDITION_NOT_LOADED');
    // Validation lists it among the report's issues rather than throwing it.
    const validation = core.validatePeriodReport(synthetic);
    expect(validation.ok).toBe(false);
    expect(validation.issues.map((issue) => [issue.code, issue.path])).toEqual([['EDITION_NOT_LOADED', ['period']]]);
    // The tools resolve editions through core's registry too.
    expect(thrown(() => coreTools.whatIf(synthetic as never)).code).toBe('EDITION_NOT_LOADED');
    expect(thrown(() => coreTools.catalogueCsv('2025')).code).toBe('EDITION_NOT_LOADED');
  });

  it('an unknown id is UNKNOWN_EDITION, from getEdition and from loadEdition', async () => {
    expect(thrown(() => core.getEdition('1999')).code).toBe('UNKNOWN_EDITION');
    await expect(core.loadEdition('1999')).rejects.toMatchObject({ issues: [{ code: 'UNKNOWN_EDITION' }] });
  });

  it('lists no edition until one is loaded', () => {
    expect(core.listEditions()).toEqual([]);
  });
});

describe('cdto-kpi/core after loadEdition', () => {
  it('scores the synthetic Q2 2025 report exactly as the main entry does', async () => {
    const main = await fromDist<typeof Main>('index.js');
    const edition = await core.loadEdition('2025');
    expect(core.getEdition('2025')).toBe(edition);
    expect(core.listEditions().map(({ id }) => id)).toEqual(['2025']);
    expect(JSON.stringify(core.scorePeriodReport(synthetic as never))).toBe(JSON.stringify(main.scorePeriodReport(synthetic as never)));
  });

  it('scores the published Q1 2024 rating with the 2023 edition exactly as the main entry does', async () => {
    const main = await fromDist<typeof Main>('index.js');
    const { periodReportOfPublished } = await fromDist<typeof Audit>('audit.js');
    const { REPORT_2024_Q1 } = await fromDist<typeof Report2024Q1>('report-2024-q1.js');
    const report = periodReportOfPublished(REPORT_2024_Q1);
    expect(thrown(() => core.scorePeriodReport(report)).code).toBe('EDITION_NOT_LOADED');
    await core.loadEdition('2023');
    expect(core.listEditions().map(({ id }) => id)).toEqual(['2023', '2025']);
    expect(JSON.stringify(core.scorePeriodReport(report))).toBe(JSON.stringify(main.scorePeriodReport(report)));
  });

  it('registers an edition as the main entry does: a bundled id is taken', async () => {
    const edition = await core.loadEdition('2025');
    expect(thrown(() => core.registerEdition(edition)).code).toBe('INVALID_VALUE');
  });
});

describe('loadEdition on the main entry', () => {
  it('resolves to the object getEdition gives', async () => {
    const main = await fromDist<typeof Main>('index.js');
    expect(await main.loadEdition('2025')).toBe(main.getEdition('2025'));
    expect(await main.loadEdition('2023')).toBe(main.getEdition('2023'));
    await expect(main.loadEdition('1999')).rejects.toMatchObject({ issues: [{ code: 'UNKNOWN_EDITION' }] });
  });
});

describe('the built core', () => {
  const editionData = /DATA_20\d\d|BODIES_DATA|lazy-catalogue/u;

  it('reaches no edition data statically (ESM and CJS), nor any package', () => {
    for (const entry of ['index.js', 'index.cjs']) {
      const graph = staticGraphOf(join(dist, 'core', entry));
      expect(graph.packages).toEqual([]);
      for (const file of graph.files) expect(readFileSync(file, 'utf8').replaceAll(/import\(['"][^'"]+['"]\)/gu, '')).not.toMatch(editionData);
    }
    // The same walk finds the data where it is: the check above can fail.
    expect(staticGraphOf(join(dist, 'index.js')).files.map((file) => readFileSync(file, 'utf8')).join('\n')).toMatch(editionData);
  });

  it('names each edition\'s module in a dynamic import: a chunk of its own for a bundler', () => {
    // In the entry or in a chunk it imports (the registry is shared with core/tools).
    const entry = staticGraphOf(join(dist, 'core', 'index.js')).files.map((file) => readFileSync(file, 'utf8')).join('\n');
    for (const id of ['2023', '2025']) expect(entry).toMatch(new RegExp(`import\\(['"]\\./lazy-catalogue-${id}-[^'"]+\\.js['"]\\)`, 'u'));
  });

  it('fetches an edition\'s chunk when it is loaded, and scores with it (in a fresh process)', () => {
    const url = pathToFileURL(join(dist, 'core', 'index.js')).href;
    const result = JSON.parse(
      execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `
          const core = await import(${JSON.stringify(url)});
          const before = core.listEditions().length;
          const edition = await core.loadEdition('2025');
          console.log(JSON.stringify({ before, same: edition === core.getEdition('2025'), indicators: edition.catalogue.indicators.length }));
          `,
        ],
        { encoding: 'utf8' },
      ),
    ) as { readonly before: number; readonly same: boolean; readonly indicators: number };
    expect(result.before).toBe(0);
    expect(result.same).toBe(true);
    expect(result.indicators).toBeGreaterThan(0);
  });

  it('shares its editions with core/tools: an edition loaded by core is the tools\' too (in a fresh process)', async () => {
    const coreUrl = pathToFileURL(join(dist, 'core', 'index.js')).href;
    const toolsUrl = pathToFileURL(join(dist, 'core', 'tools.js')).href;
    const document = readFileSync(join(root, 'data/reports/2025-q2-synthetic/report.json'), 'utf8');
    const output = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `
        const core = await import(${JSON.stringify(coreUrl)});
        const tools = await import(${JSON.stringify(toolsUrl)});
        const report = JSON.parse(process.argv[1]);
        let before;
        try { tools.whatIf(report); } catch (error) { before = error.code; }
        await core.loadEdition('2025');
        console.log(JSON.stringify({ before, whatIf: tools.whatIf(report) }));
        `,
        document,
      ],
      { encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    const result = JSON.parse(output) as { readonly before: string; readonly whatIf: unknown };
    expect(result.before).toBe('EDITION_NOT_LOADED');
    // The main entry is the reference, byte for byte.
    const main = await fromDist<typeof Main>('index.js');
    expect(JSON.stringify(result.whatIf)).toBe(JSON.stringify(main.whatIf(JSON.parse(document))));
  }, 60_000);
});
