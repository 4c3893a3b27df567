import { describe, expect, it } from 'vitest';
import { CdtoKpiError, ERROR_CODES } from '../src/errors/cdto-kpi-error.js';
import { CATALOGUE_2025 } from '../src/generated/catalogue-2025.js';
import { indicatorsForPeriod, resolvePeriod, scorePeriodReport } from '../src/index.js';
import { REPORT_2024_Q1, scoreReport2024Q1 } from '../src/reports/report-2024-q1.js';

describe('resolvePeriod', () => {
  it.each([
    [{ year: 2023, quarter: 4 }, '2023', '2023', '2208'],
    [{ year: 2024, quarter: 1 }, '2023', '2024', '2184'],
    [{ year: 2024, quarter: 4 }, '2023', '2024', '2208'],
    [{ year: 2025, quarter: 1 }, '2025', '2025', '2160'],
    [{ year: 2025, quarter: 2 }, '2025', '2025', '2184'],
    [{ year: 2026, quarter: 4 }, '2025', '2026', '2208'],
  ] as const)('%j → edition %s, targets of %s, %s hours', (period, edition, year, hours) => {
    const resolved = resolvePeriod(period);
    expect([resolved.edition, resolved.targetYear, resolved.hours]).toEqual([edition, year, hours]);
  });

  it.each([
    { year: 2023, quarter: 3 },
    { year: 2022, quarter: 1 },
    { year: 2027, quarter: 1 },
  ] as const)('refuses %j: no edition covers it', (period) => {
    try {
      resolvePeriod(period);
      expect.unreachable();
    } catch (error) {
      expect((error as CdtoKpiError).code).toBe(ERROR_CODES.PERIOD_NOT_COVERED);
      expect((error as CdtoKpiError).message).toContain(`Q${period.quarter} ${period.year}`);
    }
  });

  it('refuses a quarter that is not 1–4', () => {
    expect(() => resolvePeriod({ year: 2024, quarter: 5 as never })).toThrow(CdtoKpiError);
  });
});

/** The Q1 2024 figures as a period report, the way a reporting portal would send them. */
const q1Document = {
  period: { year: 2024, quarter: 1 },
  bodies: REPORT_2024_Q1.bodies.map((body) => ({
    body: body.body,
    figures: Object.fromEntries(
      body.directions.flatMap((direction) =>
        direction.rows.map((row) => [row.indicator!, row.unit.value === 'unit' ? { a: row.a.printed } : { a: row.a.printed, b: row.b.printed }]),
      ),
    ),
  })),
};

describe('indicatorsForPeriod', () => {
  it('gives a 2023-edition body every indicator of its directions, with the 2024 values, all applying', () => {
    const { period, reading, indicators, plannedWeight } = indicatorsForPeriod({ year: 2024, quarter: 1 }, 'industry-construction');
    expect([period.edition, period.targetYear, reading]).toEqual(['2023', '2024', null]);
    expect(indicators).toHaveLength(18);
    expect(indicators.every((indicator) => indicator.applies)).toBe(true);
    expect(plannedWeight).toBe('300');
    expect(indicators[0]).toMatchObject({ id: 'construction.1', block: 'construction', definition: { weight: '10', target: '20' } });
  });

  it('follows the chosen text of the 2025 edition: the Ministry of Digital Development in 2025', () => {
    const kk = indicatorsForPeriod({ year: 2025, quarter: 3 }, 'digital-development');
    const ru = indicatorsForPeriod({ year: 2025, quarter: 3 }, 'digital-development', { reading: 'ru' });
    expect(kk.reading).toBe('kk');
    expect(kk.indicators.map((indicator) => indicator.id)).toEqual(ru.indicators.map((indicator) => indicator.id));
    const sector = (list: typeof kk) => list.indicators.filter((indicator) => indicator.block === 'digital-development');
    expect(sector(kk).map((indicator) => indicator.applies)).toEqual([false, false, false, false]);
    expect(sector(ru).map((indicator) => [indicator.definition.weight, indicator.applies])).toEqual([['10', true], ['5', true], ['5', true], ['10', true]]);
    // Worked from the decree: the common weights 20+5+5+5+5+5+5+20+5 plus common KPI 10's weight,
    // 10 % in the Kazakh text (85) and 5 % in the Russian, which adds the sector's 10+5+5+10 (110).
    expect([kk.plannedWeight, ru.plannedWeight]).toEqual(['85', '110']);
  });

  it('sums the weights that apply into the planned weight, for every body, year and reading', () => {
    for (const body of CATALOGUE_2025.bodies) {
      for (const year of [2025, 2026]) {
        for (const reading of ['kk', 'ru'] as const) {
          const { indicators, plannedWeight } = indicatorsForPeriod({ year, quarter: 1 }, body.id, { reading });
          const weights = indicators.filter((indicator) => indicator.applies).map((indicator) => Number(indicator.definition.weight));
          // Weights are whole percentages: an integer sum in numbers is exact here.
          expect(Number(plannedWeight), `${body.id} ${year} ${reading}`).toBe(weights.reduce((total, weight) => total + weight, 0));
          // An indicator that does not apply has no weight, or a weight of 0, for the year (appliesInYear is gone: PeriodIndicator.applies says it).
          for (const indicator of indicators) {
            expect(indicator.applies, indicator.id).toBe(indicator.definition.weight !== null && Number(indicator.definition.weight) !== 0);
          }
        }
      }
    }
  });

  it('refuses a body the edition does not have, and a period no edition covers', () => {
    expect(() => indicatorsForPeriod({ year: 2024, quarter: 2 }, 'digital-development')).toThrow(/"digital-development" is not a body of the 2023 edition, in force for Q2 2024; expected a body of the 2023 edition, in force for Q2 2024: agriculture, justice, /u);
    expect(() => indicatorsForPeriod({ year: 2027, quarter: 1 }, 'justice')).toThrow(/no edition covers Q1 2027/u);
  });
});

describe('scorePeriodReport', () => {
  it('scores the Q1 2024 figures as printed exactly as the report reproduction does', () => {
    const scored = scorePeriodReport(q1Document);
    expect(scored.period.edition).toBe('2023');
    expect(scored.reading).toBeNull();
    // The 2023 edition ranks by R, as the published rating does.
    expect(scored.rankBy).toBe('result');
    expect(JSON.stringify(scored.rating.map(({ body, result, rank }) => ({ body, result, rank })))).toBe(JSON.stringify(scoreReport2024Q1().rating));
  });

  it('names the body and the indicator that is missing, unknown or bad', () => {
    const codeAndLocation = (document: unknown) => {
      try {
        scorePeriodReport(document);
        return null;
      } catch (error) {
        return { code: (error as CdtoKpiError).code, location: (error as CdtoKpiError).location };
      }
    };
    const justice = q1Document.bodies.find((body) => body.body === 'justice')!;
    const { 'justice.1': _dropped, ...withoutFirst } = justice.figures;
    expect(codeAndLocation({ ...q1Document, bodies: [{ body: 'justice', figures: withoutFirst }] })).toEqual({
      code: ERROR_CODES.INDICATOR_NOT_REPORTED,
      location: { body: 'justice', indicator: 'justice.1' },
    });
    expect(codeAndLocation({ ...q1Document, bodies: [{ body: 'justice', figures: { ...justice.figures, 'justice.99': { a: '1', b: '1' } } }] })).toEqual({
      code: ERROR_CODES.UNKNOWN_INDICATOR,
      location: { body: 'justice', indicator: 'justice.99' },
    });
    expect(codeAndLocation({ ...q1Document, bodies: [{ body: 'digital-development', figures: {} }] })?.code).toBe(ERROR_CODES.UNKNOWN_BODY);
    expect(codeAndLocation({ ...q1Document, bodies: [justice, justice] })?.code).toBe(ERROR_CODES.DUPLICATE_BODY);
    expect(codeAndLocation({ ...q1Document, bodies: [{ body: 'justice', figures: { ...justice.figures, 'justice.2': { a: '1 219', b: 0.5 } } }] })).toEqual({
      code: ERROR_CODES.INEXACT_NUMBER,
      location: { body: 'justice', direction: 'justice', indicator: 'justice.2', field: 'b' },
    });
    expect(codeAndLocation({ period: { year: 2024, quarter: 1 }, bodies: [{ body: 'justice' }] })).toEqual({
      code: ERROR_CODES.MISSING_FIELD,
      location: { body: 'justice', field: 'figures' },
    });
  });
});
