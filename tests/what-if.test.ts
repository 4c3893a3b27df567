import { readFileSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodReportOfPublished } from '../src/audit.js';
import { createScoringMethod, METHOD_2025, PUBLISHED_METHOD, scoreIndicator, whatIf, whatIfIndicator, type IndicatorDefinition } from '../src/index.js';
import { kindModule } from '../src/kinds/registry.js';
import { REPORT_2024_Q1 } from '../src/reports/report-2024-q1.js';
import { expectCdtoKpiError } from './helpers/expect-error.js';

/** x mod 100, for x ≥ 0. */
const remainderOf100 = (x: Decimal): Decimal => x.minus(x.div(100).floor().times(100));
/** 10^exponent. */
const powerOfTen = (exponent: number): Decimal => new Decimal(10).pow(exponent);

const synthetic = JSON.parse(readFileSync(new URL('../data/reports/2025-q2-synthetic/report.json', import.meta.url), 'utf8'));
const full = (definition: IndicatorDefinition, input: unknown, method = METHOD_2025) => {
  const score = scoreIndicator(definition, input, method);
  return new Decimal(score.awarded).eq(score.weight!);
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

describe('the boundary with services excused (common KPI 6)', () => {
  it('does not go below the excused services: b at most 1 with 1 excused, worked by hand', () => {
    // A = 100 − (b − excused) / c × 100 ≥ N = 100 needs b − 1 ≤ 0: b = 1 (b below the excused is impossible).
    const definition: IndicatorDefinition = { id: 'common.6', kind: 'complement-ratio', weight: '5', target: '100' };
    const needed = (input: unknown) => whatIfIndicator(definition, input, { method: METHOD_2025 }).answers.map(({ field, needed, decimals }) => ({ field, needed, decimals }));
    expect(needed({ b: '4', c: '200', excused: '1' })).toEqual([{ field: 'b', needed: '1', decimals: 0 }]);
    // With none excused, b must be 0.
    expect(needed({ b: '4', c: '200' })).toEqual([{ field: 'b', needed: '0', decimals: 0 }]);
  });
});

describe('the boundary of each figure lever (whatIfIndicator): the needed figure earns W = U, one unit of its last decimal short does not', () => {
  const target = fc.integer({ min: 1, max: 99_999 }).chain((raw) => fc.integer({ min: 0, max: 3 }).map((decimals) => new Decimal(raw).div(powerOfTen(decimals)).toFixed()));
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
        const capped = kind === 'ratio' || kind === 'count' ? n : new Decimal(n).gt(100) ? remainderOf100(new Decimal(n)).plus(1).toFixed() : n;
        const definition = { id: 'x.1', kind, weight: '10', target: capped } as IndicatorDefinition;
        const given = input(capped, r);
        const answer = whatIfIndicator(definition, given, { method });
        // Full already: nothing to find; else reachable exactly when some lever answers.
        expect(answer.status === 'full', answer.status).toBe(full(definition, given, method));
        expect(answer.answers.length > 0).toBe(answer.status === 'reachable');
        // Every figure lever of the kind whose field is given is searched; one without an answer has no boundary within its bounds.
        const searched = kindModule(kind)!.levers.filter((lever) => lever.values === 'figure' && lever.field in given).map((lever) => lever.field);
        for (const boundary of answer.answers) {
          expect(searched).toContain(boundary.field);
          const lever = kindModule(kind)!.levers.find((entry) => entry.field === boundary.field)!;
          expect(boundary.better).toBe(lever.better);
          expect(full(definition, { ...given, [boundary.field]: boundary.needed }, method)).toBe(true);
          const unit = powerOfTen(-boundary.decimals!);
          const short = lever.better === 'higher' ? new Decimal(boundary.needed as string).minus(unit) : new Decimal(boundary.needed as string).plus(unit);
          const reported = new Decimal(given[boundary.field]!);
          // Short of the boundary, and still on the reported side of it, the full weight is not earned.
          if (lever.better === 'higher' ? short.gte(reported) : short.lte(reported)) {
            expect(full(definition, { ...given, [boundary.field]: short.toFixed() }, method)).toBe(false);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('whatIfIndicator, a case per kind of lever, worked by hand (published method: Z cut toward zero at one decimal, or at the target\'s decimals)', () => {
  const answers = (definition: IndicatorDefinition, input: unknown, method = PUBLISHED_METHOD) => {
    const answer = whatIfIndicator(definition, input, { method });
    // The score is the one scoreIndicator gives for the same input.
    expect(answer.score).toEqual(scoreIndicator(definition, input, method));
    expect(answer.status).toBe('reachable');
    expect(answer.reason).toBeNull();
    return answer.answers;
  };

  it('a figure where more is better (ratio): the least a with Z ≥ N', () => {
    // Z = a / 363249 × 100 ≥ 75 needs a ≥ 272436.75: a = 272437 (Z = 75.00006… → 75.0); 272436 gives 74.99… → 74.9.
    expect(answers({ id: 'security.1', kind: 'ratio', weight: '20', target: '75' }, { a: '156 710', b: '363 249' })).toEqual([
      { field: 'a', reported: '156710', needed: '272437', better: 'higher', decimals: 0 },
    ]);
  });

  it('a figure where more is better (count)', () => {
    // a ≥ N = 300.
    expect(answers({ id: 'x.1', kind: 'count', weight: '5', target: '300' }, { a: '225' })).toEqual([{ field: 'a', reported: '225', needed: '300', better: 'higher', decimals: 0 }]);
  });

  it('a figure where less is better (decreasing ratio): the greatest a with Z ≤ N', () => {
    // Z = a / 100 × 100 = a ≤ 45: a = 45.
    expect(answers({ id: 'x.1', kind: 'decreasing-ratio', weight: '15', target: '45' }, { a: '60', b: '100' })).toEqual([{ field: 'a', reported: '60', needed: '45', better: 'lower', decimals: 0 }]);
  });

  it('a figure where less is better, searched at the decimals of the figure or the target (uptime)', () => {
    // A = 100 − d / 2160 × 100 ≥ 99.5 needs d ≤ 10.8; one decimal (21.6 and 99.5 have one): 10.8 (A = 99.5); 10.9 gives 99.49… → 99.4.
    expect(answers({ id: 'x.1', kind: 'uptime', weight: '10', target: '99.5' }, { downtimeHours: '21.6', totalHours: '2160' })).toEqual([
      { field: 'downtimeHours', reported: '21.6', needed: '10.8', better: 'lower', decimals: 1 },
    ]);
  });

  it('a figure with a fixed bound (security\'s percentages stop at 100)', () => {
    // S = (Ia + 70) / 2 ≥ 80 needs Ia ≥ 90; S = (50 + Ib) / 2 ≥ 80 needs Ib ≥ 110, past 100: no answer for Ib.
    expect(answers({ id: 'x.1', kind: 'security', weight: '10', target: '80' }, { ia: '50', ib: '70' })).toEqual([{ field: 'ia', reported: '50', needed: '90', better: 'higher', decimals: 0 }]);
  });

  it('security\'s percentages given with a % sign, as scoring reads them', () => {
    // The same case as above, Ia written "50 %": S = (Ia + 70) / 2 ≥ 80 needs Ia ≥ 90; Ib ≥ 110 is past 100.
    expect(answers({ id: 'x.1', kind: 'security', weight: '10', target: '80' }, { ia: '50 %', ib: '70' })).toEqual([{ field: 'ia', reported: '50', needed: '90', better: 'higher', decimals: 0 }]);
    // S = (Ia + 70) / 2 ≥ 75 needs Ia ≥ 80, searched at Ia's one decimal: 79.9 gives S = 74.95 → 74.9.
    // S = (50.5 + Ib) / 2 ≥ 75 needs Ib ≥ 99.5, searched at whole percents (Ib and N have none): 100; 99 gives 74.75 → 74.7.
    expect(answers({ id: 'x.1', kind: 'security', weight: '10', target: '75' }, { ia: '50,5 %', ib: '70 %' })).toEqual([
      { field: 'ia', reported: '50.5', needed: '80', better: 'higher', decimals: 1 },
      { field: 'ib', reported: '70', needed: '100', better: 'higher', decimals: 0 },
    ]);
  });

  it('whole counts bounded by another field (security\'s tested and connected systems, at most the systems)', () => {
    // S = (t / 10 × 100 + c / 10 × 100) / 2 = 5 (t + c) ≥ 77.5 needs t + c ≥ 15.5: tested ≥ 7.5, so 8 whole
    // systems (not 7.5, though the target has a decimal); connected ≥ 8.5, so 9.
    expect(answers({ id: 'x.1', kind: 'security', weight: '10', target: '77.5' }, { tested: '7', connected: '8', systems: '10' })).toEqual([
      { field: 'tested', reported: '7', needed: '8', better: 'higher', decimals: 0 },
      { field: 'connected', reported: '8', needed: '9', better: 'higher', decimals: 0 },
    ]);
  });

  it('a figure bounded by another field (growth: digitised data at most all the data)', () => {
    // Z = d / 100 × 100 ≥ 15: d = 15; with N = 150 it would need d = 150 > total = 100: out of reach.
    expect(answers({ id: 'x.1', kind: 'growth', weight: '10', target: '15' }, { digitised: '12', total: '100' })).toEqual([{ field: 'digitised', reported: '12', needed: '15', better: 'higher', decimals: 0 }]);
    const beyond = whatIfIndicator({ id: 'x.1', kind: 'growth', weight: '10', target: '150' }, { digitised: '12', total: '100' });
    expect([beyond.status, beyond.answers]).toEqual(['out-of-reach', []]);
  });

  it('a figure with a floor (complement ratio: failures at least the services excused), whole', () => {
    // A = 100 − (b − 1) / 200 × 100 ≥ 99.5 needs b − 1 ≤ 1: b = 2 (A = 99.5); b = 3 gives 99.
    expect(answers({ id: 'x.1', kind: 'complement-ratio', weight: '5', target: '99.5' }, { b: '4', c: '200', excused: '1' })).toEqual([
      { field: 'b', reported: '4', needed: '2', better: 'lower', decimals: 0 },
    ]);
  });

  it('done (milestone)', () => {
    expect(answers({ id: 'x.1', kind: 'milestone', weight: '5', target: '1' }, { done: false })).toEqual([{ field: 'done', reported: false, needed: true, better: null, decimals: null }]);
  });

  it('the cheapest criteria still to meet (composite): least weight, then fewest, then the decree\'s order', () => {
    const criteria = [
      { id: 'c1', weight: '30' },
      { id: 'c2', weight: '25' },
      { id: 'c3', weight: '25' },
      { id: 'c4', weight: '20' },
    ];
    // c1 met (30); N = 70 needs 40 more: c2 + c4 = 45 and c3 + c4 = 45 are the least; c2 comes first.
    expect(answers({ id: 'x.1', kind: 'composite', weight: '20', target: '70', criteria }, { met: ['c1'] })).toEqual([{ field: 'met', reported: ['c1'], needed: ['c2', 'c4'], better: null, decimals: null }]);
    // N = 100: every criterion.
    expect(answers({ id: 'x.1', kind: 'composite', weight: '20', target: '100', criteria }, { met: ['c1'] })[0]!.needed).toEqual(['c2', 'c3', 'c4']);
  });
});

describe('whatIfIndicator: full, or out of reach and why', () => {
  it('full: W = U already', () => {
    // Z = 80 ≥ 75: W = U.
    const answer = whatIfIndicator({ id: 'x.1', kind: 'ratio', weight: '20', target: '75' }, { a: '80', b: '100' });
    expect([answer.status, answer.answers, answer.reason, answer.score.rule]).toEqual(['full', [], null, 'at-target']);
  });

  it('out of reach: no weight, no target, a target of 0, nothing reported, no lever within its bounds', () => {
    const reason = (definition: IndicatorDefinition, input: unknown) => {
      const answer = whatIfIndicator(definition, input);
      expect([answer.status, answer.answers]).toEqual(['out-of-reach', []]);
      return answer.reason;
    };
    expect(reason({ id: 'x.1', kind: 'ratio', weight: null, target: '75' }, { a: '1', b: '2' })).toBe('the indicator does not apply in the year: it has no weight to earn');
    expect(reason({ id: 'x.1', kind: 'ratio', weight: '20', target: null }, { a: '1', b: '2' })).toBe('no target is given for the year: no figure earns the weight');
    expect(reason({ id: 'x.1', kind: 'ratio', weight: '20', target: '0' }, { a: '1', b: '2' })).toBe('the target is 0: no figure earns the weight');
    expect(reason({ id: 'x.1', kind: 'ratio', weight: '20', target: '75' }, { a: null, b: null })).toBe('nothing was reported: fill in the figures first');
    // S = (Ia + 10) / 2 ≥ 100 needs Ia = 190, past 100; the same for Ib.
    expect(reason({ id: 'x.1', kind: 'security', weight: '10', target: '100' }, { ia: '10', ib: '10' })).toBe('no figure of its lever within its bounds earns the full weight, the other figures unchanged');
  });

  it('takes the method: under the printed decreasing rule it still asks for Z ≤ N', () => {
    // Z = 60 > 45: the printed rule awards 20 > U, never U exactly; Z ≤ 45 earns U: a = 45.
    const printed = { method: createScoringMethod({ ...PUBLISHED_METHOD, name: 'printed', decreasingAboveTarget: 'printed' }) };
    expect(whatIfIndicator({ id: 'x.1', kind: 'decreasing-ratio', weight: '15', target: '45' }, { a: '60', b: '100' }, printed).score.awarded).toBe('20');
    expect(whatIfIndicator({ id: 'x.1', kind: 'decreasing-ratio', weight: '15', target: '45' }, { a: '60', b: '100' }, printed).answers[0]!.needed).toBe('45');
  });

  it('refuses what scoring refuses, located at the indicator; and an unknown option', () => {
    expectCdtoKpiError(() => whatIfIndicator({ id: 'x.1', kind: 'ratio', weight: '20', target: '75' }, { a: '1' }), { code: 'MISSING_FIELD', location: { indicator: 'x.1', field: 'b' } });
    expectCdtoKpiError(() => whatIfIndicator({ id: 'x.1', kind: 'ratio', weight: '20', target: '75' }, JSON.parse('{"a":"1","b":"2","__proto__":{}}')), { code: 'FORBIDDEN_KEY', location: { indicator: 'x.1', field: '__proto__' } });
    expectCdtoKpiError(() => whatIfIndicator({ id: 'x.1', kind: 'ratio', weight: '20', target: '75' }, { a: '1', b: '2' }, { body: 'x' } as never), { code: 'UNEXPECTED_FIELD' });
  });
});
