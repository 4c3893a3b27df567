import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactDecimal, powerOfTen } from '../src/decimal/decimal.js';

/** x mod 100, for x ≥ 0. */
const remainderOf100 = (x: ExactDecimal): ExactDecimal => x.minus(x.div(100).floor().times(100));
import { findBoundary } from '../src/what-if/boundary.js';
import { periodReportOfPublished } from '../src/audit.js';
import { LEVERS, METHOD_2025, PUBLISHED_METHOD, scoreIndicator, whatIf, type FigureLever, type IndicatorDefinition } from '../src/index.js';
import { REPORT_2024_Q1 } from '../src/reports/report-2024-q1.js';

const synthetic = JSON.parse(readFileSync(new URL('../data/reports/2025-q2-synthetic/report.json', import.meta.url), 'utf8'));
const full = (definition: IndicatorDefinition, input: unknown, method = METHOD_2025) => {
  const score = scoreIndicator(definition, input, method);
  return new ExactDecimal(score.awarded).eq(score.weight!);
};

describe('whatIf', () => {
  it('has the JSON shape { bodies: [{ body, indicators: [{ indicator, field, reported, needed, gain }] }] }', () => {
    const answer = whatIf(synthetic, { body: 'agriculture' });
    expect(answer.bodies).toHaveLength(1);
    const [body] = answer.bodies;
    expect(body!.body).toBe('agriculture');
    for (const entry of body!.indicators) for (const key of ['indicator', 'field', 'reported', 'needed', 'gain']) expect(entry).toHaveProperty(key);
    const gains = body!.indicators.map((entry) => Number(entry.gain));
    expect(gains).toEqual([...gains].sort((x, y) => y - x));
  });

  it('finds justice.1 of Q1 2024 by hand: Z = a / 45758 × 100 ≥ 50 needs a ≥ 22879', () => {
    // 22879 / 45758 = 0.5 exactly; 22878 / 45758 × 100 = 49.99… → 49.9 (toward zero) < 50.
    const entry = whatIf(periodReportOfPublished(REPORT_2024_Q1), { body: 'justice' }).bodies[0]!.indicators.find((item) => item.indicator === 'justice.1')!;
    expect([entry.field, entry.reported, entry.needed, entry.gain]).toEqual(['a', '17532', '22879', '3.6']);
    expect(entry.ifMet.result).toBe('100');
  });

  it('gives the cheapest missing criteria of a composite, and done for a milestone', () => {
    // common.8 of agriculture: reference-books-access (20) met; N = 100 needs the other three (20 + 30 + 30).
    const body = whatIf(synthetic, { body: 'agriculture' }).bodies[0]!;
    expect(body.indicators.find((entry) => entry.indicator === 'common.8')!.needed).toEqual(['smart-bridge-services', 'reference-data-tables-access', 'data-quality-improvement']);
    expect(body.indicators.find((entry) => entry.indicator === 'agriculture.1')!.needed).toBe(true);
  });
});

describe('findBoundary with services excused (common KPI 6)', () => {
  it('does not go below the excused services: b at most 1 with 1 excused, worked by hand', () => {
    // A = 100 − (b − excused) / c × 100 ≥ N = 100 needs b − 1 ≤ 0: b = 1 (b below the excused is impossible).
    const definition: IndicatorDefinition = { id: 'common.6', kind: 'complement-ratio', weight: '5', target: '100' };
    const lever = LEVERS['complement-ratio'][0] as FigureLever;
    expect(findBoundary(definition, { b: '4', c: '200', excused: '1' }, lever, METHOD_2025)).toEqual({ needed: '1', decimals: 0 });
    // With none excused, b must be 0.
    expect(findBoundary(definition, { b: '4', c: '200' }, lever, METHOD_2025)).toEqual({ needed: '0', decimals: 0 });
  });
});

describe('findBoundary: the needed figure earns W = U, one unit of its last decimal short does not', () => {
  const target = fc.integer({ min: 1, max: 99_999 }).chain((raw) => fc.integer({ min: 0, max: 3 }).map((decimals) => new ExactDecimal(raw).div(powerOfTen(decimals)).toFixed()));
  const cases: { name: string; kind: IndicatorDefinition['kind']; input: (n: string, r: number) => Record<string, string> }[] = [
    { name: 'ratio', kind: 'ratio', input: (_, r) => ({ a: String(r), b: '1000' }) },
    { name: 'count', kind: 'count', input: (_, r) => ({ a: String(r) }) },
    { name: 'uptime', kind: 'uptime', input: (_, r) => ({ downtimeHours: String(r % 2184), totalHours: '2184' }) },
    { name: 'growth', kind: 'growth', input: (_, r) => ({ digitised: String(r % 500), total: '500' }) },
    { name: 'complement-ratio', kind: 'complement-ratio', input: (_, r) => ({ b: String(r % 300), c: '300' }) },
    { name: 'security (percent)', kind: 'security', input: (_, r) => ({ ia: String(r % 100), ib: String((r * 7) % 100) }) },
  ];
  it.each(cases)('$name', ({ kind, input }) => {
    fc.assert(
      fc.property(target, fc.integer({ min: 0, max: 5000 }), fc.constantFrom(METHOD_2025, PUBLISHED_METHOD), (n, r, method) => {
        // Percentages cap at 100 (a share may pass it; the others cannot).
        const capped = kind === 'ratio' || kind === 'count' ? n : new ExactDecimal(n).gt(100) ? remainderOf100(new ExactDecimal(n)).plus(1).toFixed() : n;
        const definition = { id: 'x.1', kind, weight: '10', target: capped } as IndicatorDefinition;
        const given = input(capped, r);
        for (const lever of LEVERS[kind].filter((entry): entry is FigureLever => entry.type === 'figure' && entry.field in given)) {
          const boundary = findBoundary(definition, given, lever, method);
          if (boundary === null) continue;
          expect(full(definition, { ...given, [lever.field]: boundary.needed }, method)).toBe(true);
          const unit = powerOfTen(-boundary.decimals);
          const short = lever.better === 'higher' ? new ExactDecimal(boundary.needed).minus(unit) : new ExactDecimal(boundary.needed).plus(unit);
          const reported = new ExactDecimal(given[lever.field]!);
          // Short of the boundary, and still on the reported side of it, the full weight is not earned.
          if (lever.better === 'higher' ? short.gte(reported) : short.lte(reported)) {
            expect(full(definition, { ...given, [lever.field]: short.toFixed() }, method)).toBe(false);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
