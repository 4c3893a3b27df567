/**
 * `cdto-kpi/core`: the library without bundled data, each bundled edition loaded on demand by
 * `loadEdition`. The behaviour is tested on src/ (src/core.ts gives the default registry no
 * edition's data, as core's build does); the reference is the built main entry's output, byte for
 * byte (the built package keeps a default registry of its own version, apart from src/'s). The
 * build's shape is tested on dist/ (the test command builds first).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as Main from '../src/index.js';
import type * as Audit from '../src/audit.js';
import type * as Report2024Q1 from '../src/reports/report-2024-q1.js';
import { isCdtoKpiError } from '../src/errors/cdto-kpi-error.js';
import { staticGraphOf } from './helpers/dist-graph.js';

const core = await import('../src/core.js');
const csv = await import('../src/csv.js');

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const fromDist = async <Module>(file: string): Promise<Module> => (await import(pathToFileURL(join(dist, file)).href)) as Module;
const synthetic = JSON.parse(readFileSync(join(root, 'data/reports/2025-q2-synthetic/report.json'), 'utf8')) as unknown;

/** What a script prints as JSON when run against the built `cdto-kpi/core` (`core`) in a fresh Node process. */
function inFreshProcess<T>(script: string): T {
  const url = pathToFileURL(join(dist, 'core.js')).href;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', `const core = await import(${JSON.stringify(url)});\n${script}`], { encoding: 'utf8' })) as T;
}

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
    expect(thrown(() => core.definitionFor('2025', 'common.1', '2025')).code).toBe('EDITION_NOT_LOADED');
    // Validation lists it among the report's issues rather than throwing it.
    const validation = core.validatePeriodReport(synthetic);
    expect(validation.ok).toBe(false);
    expect(validation.issues.map((issue) => [issue.code, issue.path])).toEqual([['EDITION_NOT_LOADED', ['period']]]);
    // The analyst's tools resolve editions through the same registry.
    expect(thrown(() => core.whatIf(synthetic as never)).code).toBe('EDITION_NOT_LOADED');
    expect(thrown(() => core.catalogueRecords('2025')).code).toBe('EDITION_NOT_LOADED');
    expect(thrown(() => csv.catalogueCsv('2025')).code).toBe('EDITION_NOT_LOADED');
  });

  it('an unknown id is UNKNOWN_EDITION, from getEdition and from loadEdition', async () => {
    expect(thrown(() => core.getEdition('1999')).code).toBe('UNKNOWN_EDITION');
    await expect(core.loadEdition('1999')).rejects.toMatchObject({ issues: [{ code: 'UNKNOWN_EDITION' }] });
  });

  it('lists no edition until one is loaded, yet knows every bundled one by its coverage', () => {
    expect(core.listEditions()).toEqual([]);
    expect(core.defaultEditions.coverage().map(({ id }) => id)).toEqual(['2023', '2025']);
    expect(core.defaultEditions.has('2025')).toBe(true);
    // A period resolves to its edition before the edition's data is at hand.
    expect(core.resolvePeriod({ year: 2025, quarter: 2 }).edition).toBe('2025');
  });
});

describe('cdto-kpi/core after loadEdition', () => {
  it('scores the synthetic Q2 2025 report exactly as the main entry does', async () => {
    const main = await fromDist<typeof Main>('index.js');
    const edition = await core.loadEdition('2025');
    expect(core.getEdition('2025')).toBe(edition);
    expect(core.listEditions().map(({ id }) => id)).toEqual(['2025']);
    expect(JSON.stringify(core.scorePeriodReport(synthetic as never))).toBe(JSON.stringify(main.scorePeriodReport(synthetic as never)));
    expect(JSON.stringify(core.whatIf(synthetic as never))).toBe(JSON.stringify(main.whatIf(synthetic as never)));
    expect(csv.catalogueCsv('2025')).toBe((await fromDist<typeof import('../src/csv.js')>('csv.js')).catalogueCsv('2025'));
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
    expect(thrown(() => core.defaultEditions.register(edition)).code).toBe('INVALID_VALUE');
    // A bundled edition is never unregistered.
    expect(core.defaultEditions.unregister('2025')).toBe(false);
    expect(core.getEdition('2025')).toBe(edition);
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
  /** An edition's data as the generated modules hold it: its JSON text, quoted as a string or a template. */
  const editionData = /\{\\?"edition\\?":\{\\?"id\\?":\\?"20\d\d/u;

  it('reaches no edition data statically (ESM and CJS), nor any package but its two runtime dependencies', () => {
    for (const entry of ['core.js', 'core.cjs']) {
      const graph = staticGraphOf(join(dist, entry));
      expect(graph.packages.every((name) => name === 'decimal.js' || name === 'zod/mini'), graph.packages.join(', ')).toBe(true);
      expect(graph.packages).toContain('decimal.js');
      for (const file of graph.files) expect(readFileSync(file, 'utf8').replaceAll(/import\(['"][^'"]+['"]\)/gu, ''), file).not.toMatch(editionData);
    }
    // The same walk finds the data where it is: the check above can fail.
    expect(staticGraphOf(join(dist, 'index.js')).files.map((file) => readFileSync(file, 'utf8')).join('\n')).toMatch(editionData);
    expect(staticGraphOf(join(dist, 'index.cjs')).files.map((file) => readFileSync(file, 'utf8')).join('\n')).toMatch(editionData);
  });

  it('names each edition\'s module in a dynamic import: a chunk of its own for a bundler', () => {
    for (const [entry, extension] of [['core.js', 'js'], ['core.cjs', 'cjs']] as const) {
      const text = staticGraphOf(join(dist, entry)).files.map((file) => readFileSync(file, 'utf8')).join('\n');
      for (const id of ['2023', '2025']) {
        const chunk = new RegExp(`import\\(['"]\\./(edition-${id}-[^'"]+\\.${extension})['"]\\)`, 'u').exec(text);
        expect(chunk, `${entry}: edition ${id}`).not.toBeNull();
        // The chunk holds that edition's data, and only that edition's.
        const data = readFileSync(join(dist, chunk![1]!), 'utf8') + staticGraphOf(join(dist, chunk![1]!)).files.map((file) => readFileSync(file, 'utf8')).join('\n');
        expect(data).toMatch(new RegExp(`\\{\\\\?"edition\\\\?":\\{\\\\?"id\\\\?":\\\\?"${id}`, 'u'));
      }
    }
  });

  it('fetches an edition\'s chunk when it is loaded, and scores with it (in a fresh process)', () => {
    const result = inFreshProcess<{ readonly before: number; readonly same: boolean; readonly indicators: number }>(`
      const before = core.listEditions().length;
      const edition = await core.loadEdition('2025');
      console.log(JSON.stringify({ before, same: edition === core.getEdition('2025'), indicators: edition.catalogue.indicators.length }));
    `);
    expect(result.before).toBe(0);
    expect(result.same).toBe(true);
    // The 2025 decree: 10 common KPIs and 99 sector KPIs of 18 blocks (see catalogue-2025.test.ts).
    expect(result.indicators).toBe(109);
  });
});

describe('cdto-kpi/core and the languages', () => {
  it('says a Kazakh or Russian issue and a trace only once the language is loaded, then in that language (in a fresh process)', () => {
    const result = inFreshProcess<{ readonly before: { ru: string; trace: string; en: string }; readonly ru: string; readonly trace: string }>(`
      const definition = { id: 'x.1', kind: 'ratio', weight: '15', target: '50' };
      let issue;
      try { core.scoreIndicator(definition, { a: '-5', b: '10' }); } catch (error) { issue = error.issues[0]; }
      const code = (run) => { try { run(); return 'ok'; } catch (error) { return error.code; } };
      const score = core.scoreIndicator(definition, { a: '156710', b: '363249' });
      const before = { ru: code(() => core.formatIssue(issue, { lang: 'ru' })), trace: code(() => core.formatTrace(score)), en: core.formatIssue(issue) };
      await core.loadLanguage('ru');
      console.log(JSON.stringify({ before, ru: core.formatIssue(issue, { lang: 'ru' }), trace: core.formatTrace(score, { lang: 'ru' }).split('\\n')[3] }));
    `);
    expect(result.before).toEqual({ ru: 'LANGUAGE_NOT_LOADED', trace: 'LANGUAGE_NOT_LOADED', en: 'indicator "x.1", field "a": negative figure; expected a figure of zero or more, got "-5"' });
    expect(result.ru).toBe('показатель "x.1", поле «a — числитель»: отрицательное значение. Нужно: значение не меньше нуля; получено: "-5".');
    // The fourth line (after the title, the kind and what was reported) is Z's step: 156 710 / 363 249 × 100 = 43.14…
    expect(result.trace).toMatch(/^ {2}Z = 156\u00a0710 \/ 363\u00a0249 × 100 = 43,14/u);
  });
});
