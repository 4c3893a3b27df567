/**
 * Registries of editions (`createEditionRegistry`) and the default one every function uses when it
 * is given none (`defaultEditions`): what each knows, what each has at hand, `load`, `coverage`,
 * `register` and `unregister`, the `editions` option, and the default registry shared by every
 * entry and by the built ESM and CommonJS copies in one process. Coverages are worked out from the
 * editions' data files (data/editions/<id>/edition.json, tests/fixtures/editions/demo-2030).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readEditionFolder } from '../src/cli/edition-folder.js';
import * as core from '../src/core.js';
import { createEdition } from '../src/edition-files.js';
import * as main from '../src/index.js';
import { createEditionRegistry, defaultEditions, getEdition, indicatorsForPeriod, resolvePeriod, scorePeriodReport, validatePeriodReport } from '../src/index.js';
import { expectCdtoKpiError } from './helpers/expect-error.js';

const root = join(import.meta.dirname, '..');
const demo = () => createEdition(readEditionFolder(join(import.meta.dirname, 'fixtures/editions/demo-2030')));

/** The coverage of each edition, from its edition.json. */
const COVERAGE_2023 = { id: '2023', years: ['2023', '2024', '2025', '2026', '2027'], inForce: { from: '2023-11-03', until: '2024-12-31' }, calendar: null };
const COVERAGE_2025 = { id: '2025', years: ['2025', '2026'], inForce: { from: '2024-12-31', until: null }, calendar: { dataDueDay: 10, assessmentDueDay: 30 } };
const COVERAGE_DEMO = { id: 'demo-2030', years: ['2030'], inForce: { from: '2030-01-01', until: null }, calendar: { dataDueDay: 5, assessmentDueDay: 20 } };

/** A report of the fixture edition: demo-north's common.1 only, the rest not reported. */
const DEMO_REPORT = {
  period: { year: 2030, quarter: 1 },
  bodies: [{ body: 'demo-north', figures: { 'common.1': { downtimeHours: '2.16' }, 'common.2': { met: null }, 'north.1': { a: null, b: null }, 'north.2': { a: null } } }],
};

describe('an empty registry', () => {
  const empty = createEditionRegistry({ bundled: false });

  it('knows no edition, and says so', async () => {
    expect(empty.list()).toEqual([]);
    expect(empty.coverage()).toEqual([]);
    expect(empty.has('2025')).toBe(false);
    expectCdtoKpiError(() => empty.get('2025'), { code: 'UNKNOWN_EDITION', location: { field: 'edition' } });
    await expect(empty.load('2025')).rejects.toMatchObject({ issues: [{ code: 'UNKNOWN_EDITION' }] });
    expect(empty.unregister('2025')).toBe(false);
  });

  it('resolves no period, so scoring with it names the edition as unknown', () => {
    expectCdtoKpiError(() => resolvePeriod({ year: 2025, quarter: 2 }, { editions: empty }), { code: 'PERIOD_NOT_COVERED' });
    expectCdtoKpiError(() => scorePeriodReport({ period: { year: 2025, quarter: 2 }, bodies: [{ body: 'justice', figures: {} }] }, { editions: empty }), { code: 'PERIOD_NOT_COVERED' });
  });
});

describe('a registry with a fixture edition', () => {
  it('has it at hand, with its coverage, and scores with it', () => {
    const edition = demo();
    const editions = createEditionRegistry({ bundled: false, editions: [edition] });
    expect(editions.list()).toEqual([edition]);
    expect(editions.get('demo-2030')).toBe(edition);
    expect(editions.has('demo-2030')).toBe(true);
    expect(editions.coverage()).toEqual([COVERAGE_DEMO]);
    expect(Object.isFrozen(editions.coverage()[0]!.years)).toBe(true);
    // Q1 2030 is the fixture's: A = 100 − 2.16 / 2160 × 100 = 99.9 ≥ 99.5, W = U = 10; the rest not reported.
    const score = scorePeriodReport(DEMO_REPORT, { editions });
    expect(score.period.edition).toBe('demo-2030');
    expect(score.bodies[0]!.result).toBe('10');
    expect(validatePeriodReport(DEMO_REPORT, { editions }).ok).toBe(true);
    expect(indicatorsForPeriod({ year: 2030, quarter: 1 }, 'demo-north' as Parameters<typeof indicatorsForPeriod>[1], { editions }).plannedWeight).toBe('100');
  });

  it('leaves the default registry as it is', () => {
    createEditionRegistry({ editions: [demo()] });
    expect(defaultEditions.has('demo-2030')).toBe(false);
    expectCdtoKpiError(() => getEdition('demo-2030'), { code: 'UNKNOWN_EDITION' });
    expectCdtoKpiError(() => scorePeriodReport(DEMO_REPORT), { code: 'PERIOD_NOT_COVERED' });
  });

  it('beside the bundled editions, lists each in the order of its date in force', () => {
    const editions = createEditionRegistry({ editions: [demo()] });
    expect(editions.coverage()).toEqual([COVERAGE_2023, COVERAGE_2025, COVERAGE_DEMO]);
    expect(editions.has('2023')).toBe(true);
  });
});

describe('the bundled editions in a registry of its own', () => {
  it('are at hand wherever an entry holds their data (here the main entry): the very editions the default registry gives', () => {
    const editions = createEditionRegistry();
    expect(editions.coverage()).toEqual([COVERAGE_2023, COVERAGE_2025]);
    expect(editions.list().map(({ id }) => id)).toEqual(['2023', '2025']);
    expect(editions.get('2025')).toBe(getEdition('2025'));
    // A report of a bundled edition scores with it: every indicator of justice not reported, so it is refused for that, not for the edition.
    expectCdtoKpiError(() => scorePeriodReport({ period: { year: 2025, quarter: 2 }, bodies: [{ body: 'justice', figures: {} }] }, { editions }), { code: 'INDICATOR_NOT_REPORTED' });
  });

  it('in cdto-kpi/core alone (a fresh process, the built package): known by their coverage, EDITION_NOT_LOADED until loaded, then at hand for every registry', () => {
    const program = `
      const core = await import(${JSON.stringify(pathToFileURL(join(root, 'dist/core.js')).href)});
      const editions = core.createEditionRegistry();
      const out = { coverage: editions.coverage().map((entry) => entry.id), before: editions.list().length };
      try { editions.get('2025'); } catch (error) { out.error = error.code; out.message = error.message; }
      out.resolved = core.resolvePeriod({ year: 2025, quarter: 2 }, { editions }).edition;
      try { core.scorePeriodReport({ period: { year: 2025, quarter: 2 }, bodies: [{ body: 'justice', figures: {} }] }, { editions }); } catch (error) { out.scoreError = error.code; }
      out.validation = core.validatePeriodReport({ period: { year: 2025, quarter: 2 }, bodies: [{ body: 'justice', figures: {} }] }, { editions }).issues.map((issue) => [issue.code, issue.path]);
      const loaded = await editions.load('2025');
      out.same = editions.get('2025') === loaded && (await editions.load('2025')) === loaded;
      out.after = editions.list().map((entry) => entry.id);
      out.defaultToo = core.defaultEditions.get('2025') === loaded && core.createEditionRegistry().get('2025') === loaded;
      out.stillNot = (() => { try { core.getEdition('2023'); return 'at hand'; } catch (error) { return error.code; } })();
      console.log(JSON.stringify(out));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', program], { encoding: 'utf8' })) as Record<string, unknown>;
    expect(out).toEqual({
      coverage: ['2023', '2025'],
      before: 0,
      error: 'EDITION_NOT_LOADED',
      message: expect.stringContaining("await loadEdition('2025') first"),
      resolved: '2025',
      scoreError: 'EDITION_NOT_LOADED',
      validation: [['EDITION_NOT_LOADED', ['period']]],
      same: true,
      after: ['2025'],
      defaultToo: true,
      stillNot: 'EDITION_NOT_LOADED',
    });
  });
});

describe('register and unregister', () => {
  it('add an edition and remove it; the bundled ones stay', () => {
    const editions = createEditionRegistry({ bundled: false });
    const edition = demo();
    expect(editions.register(edition)).toBe(edition);
    expect(editions.get('demo-2030')).toBe(edition);
    expect(editions.coverage()).toEqual([COVERAGE_DEMO]);
    expectCdtoKpiError(() => editions.register(demo()), { code: 'INVALID_VALUE', location: { field: 'edition' } });
    expect(editions.unregister('demo-2030')).toBe(true);
    expect(editions.unregister('demo-2030')).toBe(false);
    expect(editions.has('demo-2030')).toBe(false);
    expectCdtoKpiError(() => editions.get('demo-2030'), { code: 'UNKNOWN_EDITION' });
    const bundled = createEditionRegistry();
    expect(bundled.unregister('2025')).toBe(false);
    expect(bundled.has('2025')).toBe(true);
  });

  it('refuse what is not an edition, and an id a bundled edition has', () => {
    const editions = createEditionRegistry();
    for (const value of [null, {}, { id: 'x' }, 'demo-2030', { id: 7, definitionFor: () => null }]) {
      expectCdtoKpiError(() => editions.register(value as never), { code: 'WRONG_TYPE', location: { field: 'edition' } });
    }
    expectCdtoKpiError(() => editions.register(getEdition('2025')), { code: 'INVALID_VALUE' });
  });

  it('on the default registry, reach every function given no registry', () => {
    const edition = demo();
    defaultEditions.register(edition);
    try {
      expect(getEdition('demo-2030')).toBe(edition);
      expect(main.listEditions().map(({ id }) => id)).toEqual(['2023', '2025', 'demo-2030']);
      expect(scorePeriodReport(DEMO_REPORT).bodies[0]!.result).toBe('10');
    } finally {
      expect(defaultEditions.unregister('demo-2030')).toBe(true);
    }
    expect(defaultEditions.has('demo-2030')).toBe(false);
  });
});

describe('what createEditionRegistry and register refuse, each as the library\'s own error', () => {
  const proxy = () => new Proxy({}, { get: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); }, getPrototypeOf: () => { throw new Error('trap'); } });

  it('options that are not an object, an unknown option, a bundled that is not a boolean, editions that are not a list', () => {
    expectCdtoKpiError(() => createEditionRegistry(null as never), { code: 'WRONG_TYPE', location: { field: 'options' } });
    expectCdtoKpiError(() => createEditionRegistry(proxy() as never), { code: 'WRONG_TYPE', location: { field: 'options' } });
    expectCdtoKpiError(() => createEditionRegistry({ bogus: 1 } as never), { code: 'UNEXPECTED_FIELD', location: { field: 'bogus' } });
    expectCdtoKpiError(() => createEditionRegistry({ bundled: 'no' } as never), { code: 'WRONG_TYPE', location: { field: 'bundled' } });
    for (const editions of [5, 'ab', null, {}, proxy()]) {
      expectCdtoKpiError(() => createEditionRegistry({ editions: editions as never }), { code: 'WRONG_TYPE', location: { field: 'editions' } });
    }
  });

  it('an object that has an id and a definitionFor but no coverage, or whose reading throws', () => {
    for (const edition of [{ id: 'x', definitionFor: () => null }, { id: 'x', definitionFor: () => null, years: ['2030'], inForce: null, calendar: null }, proxy()]) {
      expectCdtoKpiError(() => createEditionRegistry({ bundled: false }).register(edition as never), { code: 'WRONG_TYPE', location: { field: 'edition' } });
      expectCdtoKpiError(() => createEditionRegistry({ editions: [edition as never] }), { code: 'WRONG_TYPE', location: { field: 'edition' } });
    }
  });

  it('an editions option that is a proxy, whose traps are never run', () => {
    expectCdtoKpiError(() => resolvePeriod({ year: 2025, quarter: 1 }, { editions: proxy() as never }), { code: 'WRONG_TYPE', location: { field: 'editions' } });
  });
});

describe('the editions option', () => {
  it('takes a registry made by createEditionRegistry, or the default one, and nothing else', () => {
    const report = { period: { year: 2024, quarter: 1 }, bodies: [{ body: 'justice', figures: {} }] };
    for (const editions of [{}, { get: () => getEdition('2023') }, 'default', [getEdition('2023')], null]) {
      expectCdtoKpiError(() => scorePeriodReport(report, { editions: editions as never }), { code: 'WRONG_TYPE', location: { field: 'editions' } });
      expectCdtoKpiError(() => resolvePeriod({ year: 2024, quarter: 1 }, { editions: editions as never }), { code: 'WRONG_TYPE', location: { field: 'editions' } });
    }
    expect(resolvePeriod({ year: 2024, quarter: 1 }, { editions: defaultEditions }).edition).toBe('2023');
  });
});

describe('the default registry is one', () => {
  it('for src/index.ts and src/core.ts in one process', () => {
    expect(core.defaultEditions).toBe(main.defaultEditions);
    const edition = demo();
    core.defaultEditions.register(edition);
    try {
      expect(main.getEdition('demo-2030')).toBe(edition);
      expect(core.getEdition('demo-2030')).toBe(edition);
      // The main entry made the bundled data at hand: core sees it too.
      expect(core.getEdition('2025')).toBe(main.getEdition('2025'));
    } finally {
      main.defaultEditions.unregister('demo-2030');
    }
    expect(core.defaultEditions.has('demo-2030')).toBe(false);
  });

  it('for the built ESM and CommonJS copies, and every entry of each, in one process (a fresh one)', () => {
    const dist = join(root, 'dist');
    const url = (file: string): string => pathToFileURL(join(dist, file)).href;
    const output = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `
        import { createRequire } from 'node:module';
        const require = createRequire(${JSON.stringify(url('core.js'))});
        const esmCore = await import(${JSON.stringify(url('core.js'))});
        const before = esmCore.listEditions().map(({ id }) => id);
        // The CommonJS main entry holds the bundled data: it makes it at hand for every copy.
        const cjsMain = require('./index.cjs');
        const cjsCore = require('./core.cjs');
        const esmMain = await import(${JSON.stringify(url('index.js'))});
        const edition = esmMain.getEdition('2025');
        // An edition made by the CommonJS copy's createEdition, registered in the registry the ESM copy made.
        const { readFileSync, readdirSync } = await import('node:fs');
        const folder = ${JSON.stringify(join(import.meta.dirname, 'fixtures/editions/demo-2030'))};
        const json = (path) => JSON.parse(readFileSync(path, 'utf8'));
        const editionFile = { ...json(folder + '/edition.json'), id: 'copy-2099' };
        const files = readdirSync(folder + '/blocks').sort().map((name) => json(folder + '/blocks/' + name));
        const fixture = require('./edition-files.cjs').createEdition({ edition: editionFile, files, bodies: json(folder + '/bodies.json') });
        cjsCore.defaultEditions.register(fixture);
        const seen = {
          sameRegistry: [esmCore.defaultEditions, esmMain.defaultEditions, cjsMain.defaultEditions].every((registry) => registry === cjsCore.defaultEditions),
          before,
          after: esmCore.listEditions().map(({ id }) => id),
          sameEdition: esmCore.getEdition('2025') === cjsMain.getEdition('2025') && cjsCore.getEdition('2025') === edition,
          registeredSeenByEsm: esmMain.getEdition('copy-2099') === fixture,
          // A registry of the other copy is taken as the editions option.
          periodThroughCjsRegistry: esmCore.resolvePeriod({ year: 2024, quarter: 1 }, { editions: cjsMain.defaultEditions }).edition,
        };
        seen.unregistered = esmCore.defaultEditions.unregister('copy-2099') && !cjsMain.defaultEditions.has('copy-2099');
        console.log(JSON.stringify(seen));
        `,
      ],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(output)).toEqual({
      sameRegistry: true,
      before: [],
      after: ['2023', '2025', 'copy-2099'],
      sameEdition: true,
      registeredSeenByEsm: true,
      periodThroughCjsRegistry: '2023',
      unregistered: true,
    });
  });
});
