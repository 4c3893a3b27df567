import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { directionFileSchema as direction2023FileSchema, type DirectionFile as Direction2023File } from '../src/schemas.js';
import { CATALOGUE_2023, type IndicatorId2023, YEARS_2023 } from '../src/generated/catalogue-2023.js';
import { indicatorsOfBlock } from '../src/editions/queries.js';
import { CdtoKpiError, definitionFor, ERROR_CODES, findIndicator, indicatorsOfBody } from '../src/index.js';
import { REPORT_2024_Q1 } from '../src/reports/report-2024-q1.js';

/** An indicator of the 2023 catalogue by id (getIndicator2023 is gone: findIndicator on the edition's catalogue). */
const getIndicator2023 = (id: IndicatorId2023) => findIndicator(CATALOGUE_2023, id);

const folder = new URL('../data/editions/2023/directions/', import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
const raw: unknown[] = files.map((name) => JSON.parse(readFileSync(new URL(name, folder), 'utf8')));

/** Indicators per direction, counted in the Kazakh annex (seed 000) and the Russian one (seed 004). */
const EXPECTED_COUNTS: Record<string, number> = {
  agriculture: 5,
  justice: 7,
  'higher-education-science': 5,
  healthcare: 9,
  'social-labour': 5,
  transport: 8,
  finance: 8,
  defence: 9,
  'secondary-education': 10,
  construction: 10,
  industry: 4,
  'geology-subsoil-use': 4,
  trade: 6,
  'water-management': 5,
  security: 7,
  ecology: 6,
  'fuel-energy-complex': 12,
};

describe('the 2023 data files', () => {
  it('validate against the schema, every record', () => {
    expect(files).toHaveLength(17);
    for (const [i, file] of raw.entries()) {
      const result = direction2023FileSchema.safeParse(file);
      expect(result.success, `${files[i]}: ${result.error?.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`).join('; ')}`).toBe(true);
    }
  });
});

describe('the 2023 catalogue', () => {
  it('holds 15 bodies, 17 directions and 120 indicators', () => {
    expect(CATALOGUE_2023.bodies).toHaveLength(15);
    expect(CATALOGUE_2023.blocks).toHaveLength(17);
    expect(CATALOGUE_2023.indicators).toHaveLength(120);
  });

  it('counts the indicators of each direction as the annex prints them', () => {
    const counts = Object.fromEntries(CATALOGUE_2023.blocks.map((block) => [block.id, indicatorsOfBlock(CATALOGUE_2023, block.id).length]));
    expect(counts).toEqual(EXPECTED_COUNTS);
  });

  it('has unique ids, numbered 1..n in each direction', () => {
    expect(new Set(CATALOGUE_2023.indicators.map((indicator) => indicator.id)).size).toBe(120);
    for (const block of CATALOGUE_2023.blocks) {
      expect(indicatorsOfBlock(CATALOGUE_2023, block.id).map((indicator) => indicator.no)).toEqual(
        Array.from({ length: EXPECTED_COUNTS[block.id]! }, (_, i) => i + 1),
      );
    }
  });

  it('sums the weights of each direction to 100', () => {
    for (const block of CATALOGUE_2023.blocks) {
      const sum = indicatorsOfBlock(CATALOGUE_2023, block.id).reduce((total, indicator) => total + Number(indicator.weight) * 1000, 0) / 1000;
      expect(sum, block.id).toBe(100);
    }
  });

  it('gives every count the unit "unit" and every share the unit "percent"', () => {
    for (const indicator of CATALOGUE_2023.indicators) {
      expect(indicator.kind === 'count', indicator.id).toBe(indicator.unit === 'unit');
    }
  });

  it('agrees with every row of the Q1 2024 report: U is the weight, N the 2024 target, the unit the unit', () => {
    const rows = REPORT_2024_Q1.bodies.flatMap((body) => body.directions.flatMap((direction) => direction.rows));
    expect(rows).toHaveLength(115);
    for (const row of rows) {
      expect(row.indicator, `row ${row.no} links to the catalogue`).not.toBeNull();
      const indicator = getIndicator2023(row.indicator as IndicatorId2023);
      expect([row.U.value, row.N.value, row.unit.value], indicator.id).toEqual([indicator.weight, indicator.targets['2024'], indicator.unit]);
    }
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(CATALOGUE_2023)).toBe(true);
    expect(Object.isFrozen(CATALOGUE_2023.indicators[0]!.targets)).toBe(true);
    expect(Object.isFrozen(CATALOGUE_2023.indicators[0]!.name)).toBe(true);
  });
});

type Source = 'ru' | 'kk' | 'report';

/** Every source's reading of each field, from the data (and from the report file for `report`). */
function readingsOf(file: Direction2023File) {
  const out: { indicator: string; field: string; readings: Partial<Record<Source, string | null>>; value: string | null }[] = [];
  const reportDirection = REPORT_2024_Q1.bodies.flatMap((body) => body.directions).find((direction) => direction.direction === file.direction);
  for (const indicator of file.indicators) {
    const row = reportDirection?.rows.find((candidate) => candidate.no === indicator.reportNo);
    const fields: [string, string | null, (source: Source) => string | null | undefined][] = [
      ['unit', indicator.unit, (source) => (source === 'report' ? row?.unit.value : indicator.readings[source]?.unit)],
      ['weight', indicator.weight, (source) => (source === 'report' ? row?.U.value : indicator.readings[source]?.weight)],
      ...YEARS_2023.map((year): [string, string | null, (source: Source) => string | null | undefined] => [
        `targets.${year}`,
        indicator.targets[year] ?? null,
        (source) => (source === 'report' ? (year === '2024' ? row?.N.value : undefined) : indicator.readings[source]?.targets?.[year]),
      ]),
    ];
    for (const [field, value, read] of fields) {
      const readings: Partial<Record<Source, string | null>> = {};
      for (const source of ['ru', 'kk', 'report'] as const) {
        if (source === 'report' && row === undefined) continue;
        const reading = read(source);
        if (reading !== undefined) readings[source] = reading;
      }
      out.push({ indicator: indicator.id, field, readings, value });
    }
  }
  return out;
}

describe('the 2023 discrepancy register', () => {
  const parsed = raw.map((file) => direction2023FileSchema.parse(file));

  it('has an entry for every value where two sources disagree, with exactly their readings', () => {
    for (const file of parsed) {
      for (const cell of readingsOf(file)) {
        const distinct = new Set(Object.values(cell.readings).map((value) => JSON.stringify(value)));
        const entry = file.discrepancies.find((candidate) => candidate.indicator === cell.indicator && candidate.field === cell.field);
        if (distinct.size > 1) {
          expect(entry, `${cell.indicator} ${cell.field}: ${JSON.stringify(cell.readings)} without an entry`).toBeDefined();
          expect(entry!.readings, `${cell.indicator} ${cell.field}`).toEqual(cell.readings);
          expect(entry!.chosen, `${cell.indicator} ${cell.field}: the catalogue takes the chosen value`).toBe(cell.value);
        } else if (distinct.size === 1) {
          expect(JSON.stringify(cell.value), `${cell.indicator} ${cell.field}: the catalogue takes what the sources agree on`).toBe([...distinct][0]);
        }
      }
    }
  });

  it('has no entry for a value on which the sources agree', () => {
    for (const file of parsed) {
      const cells = readingsOf(file);
      for (const entry of file.discrepancies.filter((candidate) => candidate.field !== 'row' && candidate.field !== 'name' && candidate.field !== 'kind')) {
        const cell = cells.find((candidate) => candidate.indicator === entry.indicator && candidate.field === entry.field);
        expect(cell, `${entry.indicator} ${entry.field} names no cell`).toBeDefined();
        expect(new Set(Object.values(cell!.readings).map((value) => JSON.stringify(value))).size, `${entry.indicator} ${entry.field}`).toBeGreaterThan(1);
      }
    }
  });

  it('records every row that a source lost', () => {
    for (const file of parsed) {
      for (const indicator of file.indicators) {
        for (const source of ['ru', 'kk'] as const) {
          if (indicator.readings[source] === null) {
            expect(file.discrepancies.some((entry) => entry.indicator === indicator.id && entry.field === 'row'), `${indicator.id}: row lost in ${source}`).toBe(true);
          }
        }
      }
    }
  });

  it('is exposed by the catalogue', () => {
    expect(CATALOGUE_2023.discrepancies).toEqual(parsed.flatMap((file) => file.discrepancies));
  });
});

describe('queries of the 2023 catalogue', () => {
  it('finds by id, and names the edition when it cannot', () => {
    expect(getIndicator2023('agriculture.1').block).toBe('agriculture');
    // @ts-expect-error: the id type lists the edition's ids, so a wrong id does not compile
    expect(() => definitionFor('2023', 'agriculture.99', '2024')).toThrow(CdtoKpiError);
    expect(() => findIndicator(CATALOGUE_2023, 'agriculture.99')).toThrow(CdtoKpiError);
    try {
      findIndicator(CATALOGUE_2023, 'agriculture.99');
    } catch (error) {
      expect((error as CdtoKpiError).code).toBe(ERROR_CODES.UNKNOWN_INDICATOR);
      expect((error as CdtoKpiError).message).toContain('2023 edition');
    }
  });

  it('lists a body’s indicators across its directions', () => {
    const industry = indicatorsOfBody(CATALOGUE_2023, 'industry-construction');
    expect(new Set(industry.map((indicator) => indicator.block))).toEqual(new Set(['construction', 'industry', 'geology-subsoil-use']));
    expect(industry).toHaveLength(18);
    expect(() => indicatorsOfBody(CATALOGUE_2023, 'digital-development')).toThrow(/unknown body/u);
  });

  it('gives the weight and the target that apply in a year, and where they come from', () => {
    // definitionsFor2023 is gone: one definitionFor for every edition, indicator by indicator.
    const definitions = CATALOGUE_2023.indicators.map((indicator) => definitionFor('2023', indicator.id, '2024'));
    expect(definitions).toHaveLength(120);
    for (const definition of definitions) {
      const indicator = getIndicator2023(definition.id as IndicatorId2023);
      const { act, section, row } = indicator.reference;
      expect(definition).toEqual({
        id: indicator.id,
        kind: indicator.kind,
        weight: indicator.weight,
        target: indicator.targets['2024'],
        source: { edition: '2023', reading: null, year: '2024', reference: `${act}, section ${section}, row ${row}` },
      });
    }
    // Order No. 124-р of 16.08.2022 in the edition of Order No. 170-р of 03.11.2023, annex, section 1 (agriculture), row 1 (seed 000).
    expect(definitionFor('2023', 'agriculture.1', '2024').source?.reference).toBe('Order of the Prime Minister No. 124-р of 16.08.2022, annex in the edition of Order No. 170-р of 03.11.2023, section 1, row 1');
    // @ts-expect-error: the year type lists the edition's years
    expect(() => definitionFor('2023', 'agriculture.1', '2028')).toThrow(/no targets for this year/u);
  });
});
