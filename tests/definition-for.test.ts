/**
 * `definitionFor(edition, id, year, { reading, editions })`: one shape for every edition. Every
 * definition of every bundled edition is held to its data file (data/editions/<id>/…), read here
 * with no code of the library; the legal reference is the edition's citation, the section (the
 * direction's or block's number; the common KPIs' own table) and the row.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEditionFolder } from '../src/cli/edition-folder.js';
import { createEdition } from '../src/edition-files.js';
import { createEditionRegistry, definitionFor, scoreIndicator } from '../src/index.js';
import { expectCdtoKpiError } from './helpers/expect-error.js';

const root = join(import.meta.dirname, '..');
const json = (path: string): any => JSON.parse(readFileSync(join(root, path), 'utf8'));
const filesOf = (folder: string): any[] => readdirSync(join(root, folder)).filter((name) => name.endsWith('.json')).sort().map((name) => json(`${folder}/${name}`));

describe('definitionFor, every indicator of every bundled edition, every year and reading', () => {
  it('2023: one set of values, U and N of the year, the source with no reading', () => {
    const { citation, years } = json('data/editions/2023/edition.json');
    let count = 0;
    for (const file of filesOf('data/editions/2023/directions')) {
      for (const indicator of file.indicators) {
        for (const year of years) {
          expect(definitionFor('2023', indicator.id, year), `${indicator.id} ${year}`).toEqual({
            id: indicator.id,
            kind: indicator.kind,
            weight: indicator.weight,
            target: indicator.targets[year] ?? null,
            source: { edition: '2023', reading: null, year, reference: `${citation}, section ${file.no}, row ${indicator.no}` },
          });
          count += 1;
        }
      }
    }
    // 120 indicators × 5 years.
    expect(count).toBe(600);
  });

  it('2025: each text\'s values, Kazakh by default, the criteria of a composite, the source with its reading', () => {
    const { citation, years } = json('data/editions/2025/edition.json');
    let count = 0;
    for (const file of filesOf('data/editions/2025/blocks')) {
      for (const indicator of file.indicators) {
        const section = file.no === 0 ? 'common KPIs' : `section ${file.no}`;
        for (const year of years) {
          for (const reading of ['kk', 'ru'] as const) {
            const values = indicator.readings[reading];
            const kind = values.kind ?? indicator.kind;
            const expected = {
              id: indicator.id,
              kind,
              weight: values.weights[year] ?? null,
              target: values.targets[year] ?? null,
              ...(kind === 'composite' ? { criteria: indicator.criteria.map(({ id, weight }: { id: string; weight: string }) => ({ id, weight })) } : {}),
              source: { edition: '2025', reading, year, reference: `${citation}, ${section}, row ${indicator.no}` },
            };
            expect(definitionFor('2025', indicator.id, year, { reading }), `${indicator.id} ${year} ${reading}`).toEqual(expected);
            if (reading === 'kk') expect(definitionFor('2025', indicator.id, year), `${indicator.id} ${year} (default)`).toEqual(expected);
            count += 1;
          }
        }
      }
    }
    // 109 indicators × 2 years × 2 readings.
    expect(count).toBe(436);
  });

  it('gives the same deeply frozen object on every call', () => {
    const definition = definitionFor('2025', 'common.2', '2026', { reading: 'ru' });
    expect(definitionFor('2025', 'common.2', '2026', { reading: 'ru' })).toBe(definition);
    expect(Object.isFrozen(definition)).toBe(true);
    expect(Object.isFrozen(definition.source)).toBe(true);
    const composite = definitionFor('2025', 'common.1', '2025');
    expect(composite.kind === 'composite' && Object.isFrozen(composite.criteria[0])).toBe(true);
  });
});

describe('a reading', () => {
  it('chooses the text: common KPI 2 in 2026 is 99.63 in the Kazakh text, 99.8 in the Russian (seeds 002 and 001)', () => {
    expect(definitionFor('2025', 'common.2', '2026').target).toBe('99.63');
    expect(definitionFor('2025', 'common.2', '2026', { reading: 'kk' }).target).toBe('99.63');
    expect(definitionFor('2025', 'common.2', '2026', { reading: 'ru' }).target).toBe('99.8');
    expect(definitionFor('2025', 'common.2', '2026', { reading: 'ru' }).source).toEqual({
      edition: '2025',
      reading: 'ru',
      year: '2026',
      reference: 'Decree of the Government No. 1157 of 31.12.2024, annex 1, common KPIs, row 2',
    });
  });

  it('is refused for an edition with one set of values, and when it is not kk or ru', () => {
    expectCdtoKpiError(() => definitionFor('2023', 'agriculture.1', '2024', { reading: 'ru' } as never), { code: 'INVALID_READING', location: { field: 'reading' } });
    expectCdtoKpiError(() => definitionFor('2025', 'common.1', '2025', { reading: 'en' as never }), { code: 'INVALID_READING', location: { field: 'reading' } });
  });
});

describe('what definitionFor refuses', () => {
  it('a year the edition sets no values for, an unknown indicator, an unknown edition, an unknown option', () => {
    const year = expectCdtoKpiError(() => definitionFor('2023', 'agriculture.1', '2028' as never), { code: 'PERIOD_NOT_COVERED', location: { indicator: 'agriculture.1', field: 'year' } });
    expect(year.message).toContain('no targets for this year');
    expectCdtoKpiError(() => definitionFor('2025', 'common.1', '2027' as never), { code: 'PERIOD_NOT_COVERED' });
    expectCdtoKpiError(() => definitionFor('2023', 'agriculture.99' as never, '2024'), { code: 'UNKNOWN_INDICATOR', location: { indicator: 'agriculture.99' } });
    expectCdtoKpiError(() => definitionFor('1999', 'x.1', '2024'), { code: 'UNKNOWN_EDITION', location: { field: 'edition' } });
    expectCdtoKpiError(() => definitionFor('2025', 'common.1', '2025', { method: 'x' } as never), { code: 'UNEXPECTED_FIELD', location: { indicator: 'common.1', field: 'method' } });
  });

  it('an id or a year that is not a string, as the library\'s own error', () => {
    for (const id of [null, 5, { id: 'common.1' }, Object.defineProperty({}, 'length', { get: () => { throw new Error('getter'); } })]) {
      expectCdtoKpiError(() => definitionFor('2025', id as never, '2025'), { code: 'WRONG_TYPE', location: { field: 'id' } });
    }
    expectCdtoKpiError(() => definitionFor('2025', 'common.1', 2025 as never), { code: 'WRONG_TYPE', location: { indicator: 'common.1', field: 'year' } });
  });
});

describe('an edition of a registry of one\'s own', () => {
  const editions = createEditionRegistry({ bundled: false, editions: [createEdition(readEditionFolder(join(import.meta.dirname, 'fixtures/editions/demo-2030')))] });

  it('is read by the same function, given the registry (tests/fixtures/editions/demo-2030)', () => {
    expect(definitionFor('demo-2030', 'north.1', '2030', { editions })).toEqual({
      id: 'north.1',
      kind: 'ratio',
      weight: '40',
      target: '80',
      source: { edition: 'demo-2030', reading: null, year: '2030', reference: 'Demonstration decree No. 1 of 01.01.2030, annex 1, section 1, row 1' },
    });
    expect(definitionFor('demo-2030', 'common.2', '2030', { editions })).toMatchObject({ kind: 'composite', criteria: [{ id: 'design', weight: '40' }, { id: 'launch', weight: '60' }] });
    // The default registry does not know it; this registry does not know the bundled editions.
    expectCdtoKpiError(() => definitionFor('demo-2030', 'north.1', '2030'), { code: 'UNKNOWN_EDITION' });
    expectCdtoKpiError(() => definitionFor('2025', 'common.1', '2025', { editions }), { code: 'UNKNOWN_EDITION' });
  });
});

describe('the source field', () => {
  it('travels with the definition: a spread copy keeps it, and every score of it carries it in its trace', () => {
    const definition = definitionFor('2023', 'security.1', '2024');
    const source = { edition: '2023', reading: null, year: '2024', reference: 'Order of the Prime Minister No. 124-р of 16.08.2022, annex in the edition of Order No. 170-р of 03.11.2023, section 15, row 1' };
    expect(definition.source).toEqual(source);
    expect(scoreIndicator({ ...definition }, { a: '156 710', b: '363 249' }).trace.source).toEqual(source);
    expect(scoreIndicator(JSON.parse(JSON.stringify(definition)), { a: '156 710', b: '363 249' }).trace.source).toEqual(source);
    // Without it, a copy has no source to tell.
    const { source: _dropped, ...bare } = definition;
    expect(scoreIndicator(bare, { a: '156 710', b: '363 249' }).trace.source).toBeUndefined();
  });

  it('may be written by hand, and is refused when it is not a source', () => {
    const source = { edition: 'local', reading: null, year: '2025', reference: 'Order No. 1 of the ministry, row 3' };
    expect(scoreIndicator({ id: 'x.1', kind: 'ratio', weight: '20', target: '75', source }, { a: '1', b: '2' }).trace.source).toEqual(source);
    for (const bad of [null, 'Order No. 1', { edition: 'local' }, { ...source, extra: 1 }, { ...source, year: 2025 }]) {
      expectCdtoKpiError(() => scoreIndicator({ id: 'x.1', kind: 'ratio', weight: '20', target: '75', source: bad as never }, { a: '1', b: '2' }), { code: 'WRONG_TYPE', location: { indicator: 'x.1', field: 'source' } });
    }
  });
});
