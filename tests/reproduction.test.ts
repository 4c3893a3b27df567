import { describe, expect, it } from 'vitest';
import { findIndicator, parsePrintedFigure } from '../src/index.js';
import { CATALOGUE_2023, type IndicatorId2023 } from '../src/generated/catalogue-2023.js';
import { ERRATA_2024_Q1, REPORT_2024_Q1, reproduceReport2024Q1, scoreReport2024Q1 } from '../src/reports/report-2024-q1.js';
import { errataFileSchema, reportFileSchema } from '../src/schemas.js';

/** An indicator of the 2023 catalogue (getIndicator2023 is gone). */
const getIndicator2023 = (id: IndicatorId2023) => findIndicator(CATALOGUE_2023, id);
import reportJson from '../data/reports/2024-q1/report.json' with { type: 'json' };
import errataJson from '../data/reports/2024-q1/errata.json' with { type: 'json' };

const rows = REPORT_2024_Q1.bodies.flatMap((body) => body.directions.flatMap((direction) => direction.rows.map((row) => ({ body: body.body, direction: direction.direction, row }))));

describe('the Q1 2024 report as data', () => {
  it('validates against its schema, and so does the errata register', () => {
    expect(reportFileSchema.safeParse(reportJson).success).toBe(true);
    expect(errataFileSchema.safeParse(errataJson).success).toBe(true);
  });

  it('holds 14 bodies, 16 directions (three for Industry and Construction) and 115 rows', () => {
    expect(REPORT_2024_Q1.bodies).toHaveLength(14);
    expect(REPORT_2024_Q1.bodies.flatMap((body) => body.directions)).toHaveLength(16);
    expect(rows).toHaveLength(115);
  });

  it('reads every printed figure to the value transcribed beside it', () => {
    for (const { direction, row } of rows) {
      for (const field of ['U', 'N', 'a', 'b', 'Z', 'W'] as const) {
        expect(parsePrintedFigure(row[field].printed).value, `${direction}#${row.no}.${field} ${JSON.stringify(row[field].printed)}`).toBe(row[field].value);
      }
    }
  });

  it('links every row to a catalogue indicator of its direction, and back', () => {
    for (const { direction, row } of rows) {
      expect(row.indicator, `${direction}#${row.no}`).not.toBeNull();
      const indicator = getIndicator2023(row.indicator as IndicatorId2023);
      expect(indicator.block).toBe(direction);
      expect(indicator.reportNo, `${row.indicator} reportNo`).toBe(row.no);
    }
    const linked = new Set(rows.map(({ row }) => row.indicator));
    for (const indicator of CATALOGUE_2023.indicators.filter((entry) => entry.reportNo !== null)) {
      expect(linked.has(indicator.id), `${indicator.id} claims report row ${indicator.reportNo}`).toBe(true);
    }
  });

  it('prints the same R in each section and in the rating table', () => {
    for (const entry of REPORT_2024_Q1.rating) {
      const body = REPORT_2024_Q1.bodies.find((candidate) => candidate.body === entry.body)!;
      expect(entry.result.value, entry.body).toBe(body.result.value);
    }
  });
});

describe('the reproduction of the Q1 2024 rating under the published method', () => {
  const reproduction = reproduceReport2024Q1();

  it('compares every published Z, W, R and rank (115 × 2 + 3 + 14 + 14 × 3 figures)', () => {
    expect(reproduction.counts.figures).toBe(115 * 2 + 3 + 14 + 14 * 3);
  });

  it('reproduces every figure exactly, or names it in the errata register with both values', () => {
    const unexplained = reproduction.figures.filter((figure) => figure.status === 'unexplained');
    expect(unexplained).toEqual([]);
  });

  it('has no erratum that no longer matches a difference', () => {
    expect(reproduction.staleErrata).toEqual([]);
  });

  it('fails when an erratum is missing', () => {
    const [first, ...rest] = ERRATA_2024_Q1.errata;
    const without = reproduceReport2024Q1(undefined, rest);
    expect(without.figures.filter((figure) => figure.status === 'unexplained').map((figure) => figure.figure)).toEqual([first!.figure]);
  });

  it('fails when an erratum names a figure that is reproduced, or the wrong values', () => {
    const bogus = { figure: 'justice#1.W', published: '11.4', computed: '11.4', cause: 'misprinted-share' as const, explanation: { en: 'test', kk: 'сынақ', ru: 'тест' } };
    const withBogus = reproduceReport2024Q1(undefined, [...ERRATA_2024_Q1.errata, bogus]);
    expect(withBogus.staleErrata.map((erratum) => erratum.figure)).toEqual(['justice#1.W']);
    const wrongValue = ERRATA_2024_Q1.errata.map((erratum, i) => (i === 0 ? { ...erratum, computed: '12345' } : erratum));
    expect(reproduceReport2024Q1(undefined, wrongValue).counts.unexplained).toBe(1);
  });

  it('keeps every rank once the errata are corrected', () => {
    expect(reproduction.rankChanges).toEqual([]);
    expect(reproduction.correctedRating.map((entry) => entry.body)).toEqual(reproduction.publishedRating.map((entry) => entry.body));
  });

  it('takes U and N from the catalogue (2024 targets), not from the report', () => {
    const scored = scoreReport2024Q1();
    for (const body of scored.bodies) {
      for (const direction of body.directions) {
        for (const indicator of direction.indicators) {
          const entry = getIndicator2023(indicator.indicator as IndicatorId2023);
          expect(indicator.weight).toBe(entry.weight);
          expect(indicator.target).toBe(entry.targets['2024']);
        }
      }
    }
  });

  it('gives byte-identical JSON on every run', () => {
    expect(JSON.stringify(reproduceReport2024Q1())).toBe(JSON.stringify(reproduction));
  });
});
