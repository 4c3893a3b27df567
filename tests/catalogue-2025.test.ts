import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { DEFAULT_READING } from '../src/editions/readings.js';
import { CATALOGUE_2025, type IndicatorId2025, type Year2025, YEARS_2025 } from '../src/generated/catalogue-2025.js';
import { indicatorsOfBlock } from '../src/editions/queries.js';
import { definitionFor, findIndicator, indicatorsOfBody, type Language } from '../src/index.js';
import { blockFileSchema as block2025FileSchema } from '../src/schemas.js';

/** The 2025 edition's twins are gone: one definitionFor and findIndicator for every edition. */
const definitionFor2025 = (id: IndicatorId2025, year: Year2025, options: { readonly reading?: Language } = {}) => definitionFor('2025', id, year, options);
const getIndicator2025 = (id: string) => findIndicator(CATALOGUE_2025, id);

const folder = new URL('../data/editions/2025/blocks/', import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
const raw: unknown[] = files.map((name) => JSON.parse(readFileSync(new URL(name, folder), 'utf8')));
const parsed = raw.map((file) => block2025FileSchema.parse(file));

/** Indicators per block, counted in the Kazakh text (seed 002) and the Russian one (seed 001). */
const EXPECTED_COUNTS: Record<string, number> = {
  common: 10,
  agriculture: 6,
  justice: 6,
  'science-higher-education': 6,
  healthcare: 6,
  'labour-social-protection': 6,
  transport: 6,
  finance: 8,
  defence: 5,
  enlightenment: 5,
  construction: 4,
  industry: 3,
  'geology-subsoil-use': 3,
  'trade-integration': 6,
  'water-irrigation': 5,
  'internal-affairs': 5,
  ecology: 6,
  energy: 9,
  'digital-development': 4,
};

describe('the 2025 data files', () => {
  it('validate against the schema, every record', () => {
    for (const [i, file] of raw.entries()) {
      const result = block2025FileSchema.safeParse(file);
      expect(result.success, `${files[i]}: ${result.error?.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`).join('; ')}`).toBe(true);
    }
  });
});

describe('the 2025 catalogue', () => {
  it('holds 16 bodies, the common block and 18 sector blocks', () => {
    expect(CATALOGUE_2025.bodies).toHaveLength(16);
    expect(CATALOGUE_2025.blocks.map((block) => block.id)).toEqual(Object.keys(EXPECTED_COUNTS));
  });

  it('counts the indicators of each block as the decree prints them', () => {
    const counts = Object.fromEntries(CATALOGUE_2025.blocks.map((block) => [block.id, indicatorsOfBlock(CATALOGUE_2025, block.id).length]));
    expect(counts).toEqual(EXPECTED_COUNTS);
  });

  it('has unique ids, numbered 1..n in each block', () => {
    expect(new Set(CATALOGUE_2025.indicators.map((indicator) => indicator.id)).size).toBe(CATALOGUE_2025.indicators.length);
    for (const block of CATALOGUE_2025.blocks) {
      expect(indicatorsOfBlock(CATALOGUE_2025, block.id).map((indicator) => indicator.no)).toEqual(Array.from({ length: EXPECTED_COUNTS[block.id]! }, (_, i) => i + 1));
    }
  });

  it('gives the composite KPIs criteria whose weights sum to 100, and no other KPI criteria', () => {
    for (const indicator of CATALOGUE_2025.indicators) {
      if (indicator.kind === 'composite') {
        expect(indicator.criteria, indicator.id).not.toBeNull();
        const sum = indicator.criteria!.reduce((total, criterion) => total.plus(criterion.weight), new Decimal(0));
        expect(sum.toFixed(), indicator.id).toBe('100');
      } else {
        expect(indicator.criteria, indicator.id).toBeNull();
      }
    }
    expect(CATALOGUE_2025.indicators.filter((indicator) => indicator.kind === 'composite').map((indicator) => indicator.id)).toEqual(['common.1', 'common.8']);
  });

  it('has the kinds the decree defines for the common KPIs', () => {
    expect(indicatorsOfBlock(CATALOGUE_2025, 'common').map((indicator) => indicator.kind)).toEqual([
      'composite',
      'uptime',
      'ratio',
      'security',
      'growth',
      'complement-ratio',
      'complement-ratio',
      'composite',
      expect.any(String),
      expect.any(String),
    ]);
  });

  it('makes a milestone of every "ед." indicator with target 1, and a count of the others, in each text', () => {
    for (const indicator of CATALOGUE_2025.indicators.filter((entry) => entry.unit === 'unit')) {
      for (const reading of ['kk', 'ru'] as const) {
        // A target of 0 or "–" sets nothing to reach: it says nothing of the kind.
        const targets = YEARS_2025.map((year) => definitionFor2025(indicator.id, year, { reading }).target).filter((target) => target !== null && target !== '0');
        const kinds = new Set(YEARS_2025.map((year) => definitionFor2025(indicator.id, year, { reading }).kind));
        expect(kinds.size, indicator.id).toBe(1);
        const [kind] = kinds;
        expect(['milestone', 'count'], indicator.id).toContain(kind);
        expect(kind === 'milestone', `${indicator.id} (${reading}): ${JSON.stringify(targets)}`).toBe(targets.length > 0 && targets.every((target) => target === '1'));
      }
    }
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(CATALOGUE_2025.indicators[0]!.readings)).toBe(true);
  });
});

describe('the two readings of Decree No. 1157', () => {
  const cells = (file: (typeof parsed)[number]) =>
    file.indicators.flatMap((indicator) => [
      { indicator: indicator.id, field: 'unit', ru: indicator.readings.ru?.unit, kk: indicator.readings.kk?.unit },
      {
        indicator: indicator.id,
        field: 'kind',
        ru: indicator.readings.ru === null ? undefined : (indicator.readings.ru.kind ?? indicator.kind),
        kk: indicator.readings.kk === null ? undefined : (indicator.readings.kk.kind ?? indicator.kind),
      },
      ...YEARS_2025.flatMap((year) =>
        (['targets', 'weights'] as const).map((kind) => ({
          indicator: indicator.id,
          field: `${kind}.${year}`,
          ru: indicator.readings.ru?.[kind]?.[year],
          kk: indicator.readings.kk?.[kind]?.[year],
        })),
      ),
    ]);

  it('lists every cell where the texts differ, with both readings as the data holds them', () => {
    for (const file of parsed) {
      for (const cell of cells(file)) {
        if (cell.ru === undefined || cell.kk === undefined) continue; // printed in one text only: no disagreement
        const entry = file.discrepancies.find((candidate) => candidate.indicator === cell.indicator && candidate.field === cell.field);
        if (cell.ru !== cell.kk) {
          expect(entry, `${cell.indicator} ${cell.field}: ru ${cell.ru} / kk ${cell.kk} without an entry`).toBeDefined();
          expect(entry!.readings, `${cell.indicator} ${cell.field}`).toEqual({ ru: cell.ru, kk: cell.kk });
        } else {
          expect(entry, `${cell.indicator} ${cell.field}: an entry where the texts agree`).toBeUndefined();
        }
      }
    }
  });

  it('lists no cell that does not exist', () => {
    for (const file of parsed) {
      const known = new Set(cells(file).map((cell) => `${cell.indicator} ${cell.field}`));
      for (const entry of file.discrepancies.filter((candidate) => /^(unit|kind|targets|weights)/u.test(candidate.field))) {
        expect(known.has(`${entry.indicator} ${entry.field}`), `${entry.indicator} ${entry.field}`).toBe(true);
      }
    }
  });

  it('takes the Kazakh reading by default, and the Russian on request', () => {
    expect(DEFAULT_READING).toBe('kk');
    for (const entry of CATALOGUE_2025.discrepancies.filter((candidate) => /^(targets|weights)\./u.test(candidate.field))) {
      const [kind, year] = entry.field.split('.') as ['targets' | 'weights', '2025' | '2026'];
      const indicator = getIndicator2025(entry.indicator);
      expect(indicator[kind][year], `${entry.indicator} ${entry.field}`).toBe(entry.readings.kk ?? null);
      const ru = definitionFor2025(entry.indicator, year, { reading: 'ru' });
      expect(kind === 'targets' ? ru.target : ru.weight, `${entry.indicator} ${entry.field} (ru)`).toBe(entry.readings.ru ?? null);
    }
  });

  it('is exposed by the catalogue', () => {
    expect(CATALOGUE_2025.discrepancies).toEqual(parsed.flatMap((file) => file.discrepancies));
  });
});

describe('queries of the 2025 catalogue', () => {
  it('lists a body’s indicators with the common ones first', () => {
    const justice = indicatorsOfBody(CATALOGUE_2025, 'justice');
    expect(justice.slice(0, 10).map((indicator) => indicator.block)).toEqual(Array(10).fill('common'));
    expect(justice.slice(10).every((indicator) => indicator.block === 'justice')).toBe(true);
    expect(indicatorsOfBody(CATALOGUE_2025, 'justice', { withCommon: false }).every((indicator) => indicator.block === 'justice')).toBe(true);
  });

  it('knows the new Ministry of Digital Development and the three blocks of Industry and Construction', () => {
    expect(indicatorsOfBody(CATALOGUE_2025, 'digital-development', { withCommon: false }).length).toBeGreaterThan(0);
    expect(new Set(indicatorsOfBody(CATALOGUE_2025, 'industry-construction', { withCommon: false }).map((indicator) => indicator.block))).toEqual(
      new Set(['construction', 'industry', 'geology-subsoil-use']),
    );
  });

  it('refuses a year the edition has no values for', () => {
    // @ts-expect-error: the year type lists the edition's years
    expect(() => definitionFor('2025', 'common.1', '2027')).toThrow(/no targets for this year/u);
  });
});
