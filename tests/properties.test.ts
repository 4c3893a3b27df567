import { Decimal } from 'decimal.js';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exact, known, plain } from '../src/decimal/decimal.js';
import { createRoundingPolicy, EXACT_ROUNDING, round, ROUNDING_MODES, type RoundingMode, type StageRounding } from '../src/decimal/rounding.js';
import { createScoringMethod, PUBLISHED_METHOD, scoreBody, scoreIndicator, type IndicatorDefinition, type IndicatorKind, type ScoringMethod } from '../src/index.js';

/**
 * The reference arithmetic of these properties: decimal.js at 200 digits, apart from the library's
 * own clone (precision 100, its quotients cut at 80 digits), rounding by the modes' definitions.
 */
const D = Decimal.clone({ precision: 200, rounding: Decimal.ROUND_DOWN, toExpNeg: -1000, toExpPos: 1000 });
type D = Decimal;
const MODES: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  'toward-zero': Decimal.ROUND_DOWN,
  'away-from-zero': Decimal.ROUND_UP,
  floor: Decimal.ROUND_FLOOR,
  ceiling: Decimal.ROUND_CEIL,
  'half-up': Decimal.ROUND_HALF_UP,
  'half-down': Decimal.ROUND_HALF_DOWN,
  'half-even': Decimal.ROUND_HALF_EVEN,
};
/**
 * A value rounded as a stage says. Kept (`null`): a value known exactly stays as it is; a quotient
 * with more than 80 significant digits (none here has a finite expansion that long) is cut at 79,
 * as docs/scoring.md states.
 */
const roundAt = (value: D, rounding: StageRounding | null, quotient = false): string => {
  if (rounding === null) return (quotient && value.sd() > 80 ? value.toSignificantDigits(79, Decimal.ROUND_DOWN) : value).toFixed();
  const rounded = value.toDecimalPlaces(rounding.decimals, MODES[rounding.mode]);
  return rounded.isZero() ? '0' : rounded.toFixed();
};

/** max(x, 0) */
const maxZero = (value: D): D => (value.isNegative() ? new D(0) : value);

const decimal = (maxInteger: number, maxDecimals = 3): fc.Arbitrary<string> =>
  fc
    .tuple(fc.integer({ min: 0, max: maxInteger }), fc.integer({ min: 0, max: maxDecimals }), fc.integer({ min: 0, max: 999 }))
    .map(([integer, decimals, fraction]) => (decimals === 0 ? String(integer) : `${integer}.${String(fraction).padStart(3, '0').slice(0, decimals)}`));

const stageRounding: fc.Arbitrary<StageRounding | null> = fc.option(
  fc.record({ mode: fc.constantFrom(...ROUNDING_MODES), decimals: fc.integer({ min: 0, max: 4 }) }),
  { nil: null },
);

const method: fc.Arbitrary<ScoringMethod> = fc
  .record({ share: stageRounding, awarded: stageRounding, result: stageRounding, mean: stageRounding })
  .map((stages) =>
    createScoringMethod({ ...PUBLISHED_METHOD, name: 'random', rounding: createRoundingPolicy({ name: 'random', ...stages }) }),
  );

const weight = decimal(100, 2);
const target = fc.option(decimal(200, 2), { nil: null });
const CRITERIA = [
  { id: 'c1', weight: '30' },
  { id: 'c2', weight: '25' },
  { id: 'c3', weight: '25' },
  { id: 'c4', weight: '20' },
];

/** A valid definition and input of any kind. */
const scoredCase: fc.Arbitrary<{ definition: IndicatorDefinition; input: unknown }> = fc.oneof(
  fc.record({ kind: fc.constantFrom<IndicatorKind>('ratio', 'decreasing-ratio'), weight, target, a: decimal(10 ** 6), b: decimal(10 ** 6) }).map(
    ({ kind, weight, target, a, b }) => ({ definition: { id: 'x.1', kind, weight, target } as IndicatorDefinition, input: { a, b } }),
  ),
  fc.record({ weight, target, a: decimal(10 ** 4) }).map(({ weight, target, a }) => ({ definition: { id: 'x.1', kind: 'count', weight, target } as IndicatorDefinition, input: { a } })),
  fc.record({ weight, done: fc.option(fc.boolean(), { nil: null }) }).map(({ weight, done }) => ({ definition: { id: 'x.1', kind: 'milestone', weight, target: '1' } as IndicatorDefinition, input: { done } })),
  fc.record({ weight, target, met: fc.subarray(CRITERIA.map((c) => c.id)) }).map(({ weight, target, met }) => ({
    definition: { id: 'x.1', kind: 'composite', weight, target, criteria: CRITERIA } as IndicatorDefinition,
    input: { met },
  })),
  fc.record({ weight, target, total: fc.integer({ min: 1, max: 8784 }), down: fc.integer({ min: 0, max: 8784 }) }).map(({ weight, target, total, down }) => ({
    definition: { id: 'x.1', kind: 'uptime', weight, target } as IndicatorDefinition,
    input: { downtimeHours: String(Math.min(down, total)), totalHours: String(total) },
  })),
  fc.record({ weight, target, ia: decimal(100, 1), ib: decimal(100, 1) }).map(({ weight, target, ia, ib }) => ({
    definition: { id: 'x.1', kind: 'security', weight, target } as IndicatorDefinition,
    input: { ia: new D(ia).gt(100) ? '100' : ia, ib: new D(ib).gt(100) ? '100' : ib },
  })),
  fc.record({ weight, target, digitised: decimal(10 ** 5), total: decimal(10 ** 5) }).map(({ weight, target, digitised, total }) => ({
    definition: { id: 'x.1', kind: 'growth', weight, target } as IndicatorDefinition,
    input: { digitised, total },
  })),
  fc.record({ weight, target, c: fc.integer({ min: 0, max: 500 }), b: fc.integer({ min: 0, max: 500 }) }).map(({ weight, target, b, c }) => ({
    definition: { id: 'x.1', kind: 'complement-ratio', weight, target } as IndicatorDefinition,
    input: { b: Math.min(b, c), c },
  })),
);

describe('bounds', () => {
  it('0 ≤ W ≤ U for every kind and policy (default decreasing rule)', () => {
    fc.assert(
      fc.property(scoredCase, method, ({ definition, input }, m) => {
        const score = scoreIndicator(definition, input, m);
        const awarded = new D(score.awarded);
        expect(awarded.gte(0)).toBe(true);
        expect(awarded.lte(definition.weight!)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('monotonicity in the figure that measures progress', () => {
  const ratioDefinition = fc.record({ weight, target: decimal(100, 1) });
  const pair = (max: number) =>
    fc.tuple(decimal(max), decimal(max)).map(([x, y]) => (new D(x).lte(y) ? [x, y] : [y, x]) as [string, string]);

  it('ratio: W does not fall as a grows, b fixed', () => {
    fc.assert(
      fc.property(ratioDefinition, pair(10 ** 5), decimal(10 ** 5), method, ({ weight, target }, [a1, a2], b, m) => {
        const definition: IndicatorDefinition = { id: 'x.1', kind: 'ratio', weight, target };
        const w1 = scoreIndicator(definition, { a: a1, b }, m).awarded;
        const w2 = scoreIndicator(definition, { a: a2, b }, m).awarded;
        expect(new D(w1).lte(w2)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('count: W does not fall as a grows', () => {
    fc.assert(
      fc.property(ratioDefinition, pair(10 ** 4), method, ({ weight, target }, [a1, a2], m) => {
        const definition: IndicatorDefinition = { id: 'x.1', kind: 'count', weight, target };
        expect(new D(scoreIndicator(definition, { a: a1 }, m).awarded).lte(scoreIndicator(definition, { a: a2 }, m).awarded)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('decreasing ratio (default rule): W does not rise as Z grows, b fixed', () => {
    fc.assert(
      fc.property(ratioDefinition, pair(10 ** 5), decimal(10 ** 5), method, ({ weight, target }, [a1, a2], b, m) => {
        const definition: IndicatorDefinition = { id: 'x.1', kind: 'decreasing-ratio', weight, target };
        fc.pre(!new D(b).isZero());
        expect(new D(scoreIndicator(definition, { a: a1, b }, m).awarded).gte(scoreIndicator(definition, { a: a2, b }, m).awarded)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('uptime: W does not rise as downtime grows', () => {
    fc.assert(
      fc.property(ratioDefinition, fc.integer({ min: 1, max: 8784 }), fc.integer({ min: 0, max: 8784 }), fc.integer({ min: 0, max: 8784 }), method, ({ weight, target }, total, x, y, m) => {
        const [d1, d2] = [Math.min(x, y, total), Math.min(Math.max(x, y), total)];
        const definition: IndicatorDefinition = { id: 'x.1', kind: 'uptime', weight, target };
        const w1 = scoreIndicator(definition, { downtimeHours: d1, totalHours: total }, m).awarded;
        const w2 = scoreIndicator(definition, { downtimeHours: d2, totalHours: total }, m).awarded;
        expect(new D(w1).gte(w2)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('complement ratio: W does not rise as failures grow', () => {
    fc.assert(
      fc.property(ratioDefinition, fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }), method, ({ weight, target }, c, x, y, m) => {
        const [b1, b2] = [Math.min(x, y, c), Math.min(Math.max(x, y), c)];
        const definition: IndicatorDefinition = { id: 'x.1', kind: 'complement-ratio', weight, target };
        expect(new D(scoreIndicator(definition, { b: b1, c }, m).awarded).gte(scoreIndicator(definition, { b: b2, c }, m).awarded)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('security, growth, composite and milestone: more progress never lowers W', () => {
    fc.assert(
      fc.property(ratioDefinition, decimal(100, 1), decimal(100, 1), decimal(100, 1), method, ({ weight, target }, x, y, ib, m) => {
        const clamp = (v: string) => (new D(v).gt(100) ? '100' : v);
        const [lo, hi] = new D(clamp(x)).lte(clamp(y)) ? [clamp(x), clamp(y)] : [clamp(y), clamp(x)];
        const security: IndicatorDefinition = { id: 'x.1', kind: 'security', weight, target };
        expect(new D(scoreIndicator(security, { ia: lo, ib: clamp(ib) }, m).awarded).lte(scoreIndicator(security, { ia: hi, ib: clamp(ib) }, m).awarded)).toBe(true);
        const growth: IndicatorDefinition = { id: 'x.1', kind: 'growth', weight, target };
        expect(new D(scoreIndicator(growth, { digitised: lo, total: '100' }, m).awarded).lte(scoreIndicator(growth, { digitised: hi, total: '100' }, m).awarded)).toBe(true);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(weight, decimal(100, 1), fc.subarray(CRITERIA.map((c) => c.id)), fc.constantFrom(...CRITERIA.map((c) => c.id)), method, (w, t, met, extra, m) => {
        const definition: IndicatorDefinition = { id: 'x.1', kind: 'composite', weight: w, target: t, criteria: CRITERIA };
        const more = met.includes(extra) ? met : [...met, extra];
        expect(new D(scoreIndicator(definition, { met }, m).awarded).lte(scoreIndicator(definition, { met: more }, m).awarded)).toBe(true);
        const milestone: IndicatorDefinition = { id: 'x.1', kind: 'milestone', weight: w, target: '1' };
        expect(new D(scoreIndicator(milestone, { done: false }, m).awarded).lte(scoreIndicator(milestone, { done: true }, m).awarded)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('rounding', () => {
  it('rounding toward zero never raises a figure', () => {
    fc.assert(
      fc.property(decimal(10 ** 6, 3), fc.integer({ min: 0, max: 4 }), (value, decimals) => {
        // The library's own rounding (internal), of a value known exactly.
        const rounded = round(known(exact(value)), { mode: 'toward-zero', decimals });
        expect(rounded.value.lte(value)).toBe(true);
        expect(plain(rounded.value)).toBe(roundAt(new D(value), { mode: 'toward-zero', decimals }));
      }),
    );
  });

  // Not for a decreasing ratio: cutting Z toward zero lowers Z, which is better there, so the cut
  // can raise W (e.g. a = 1871, b = 1912, N = 45: Z = 97.85… → 97.8). docs/scoring.md says so.
  it('a toward-zero policy never awards more than the exact method (kinds where more is better)', () => {
    const truncating = createScoringMethod({
      ...PUBLISHED_METHOD,
      name: 'truncating',
      rounding: createRoundingPolicy({ name: 't', share: { mode: 'toward-zero', decimals: 1 }, awarded: { mode: 'toward-zero', decimals: 1 }, result: null, mean: null }),
    });
    const exact = createScoringMethod({ ...PUBLISHED_METHOD, name: 'exact', rounding: EXACT_ROUNDING });
    fc.assert(
      fc.property(scoredCase, ({ definition, input }) => {
        fc.pre(definition.kind !== 'decreasing-ratio');
        expect(new D(scoreIndicator(definition, input, truncating).awarded).lte(scoreIndicator(definition, input, exact).awarded)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('R is the policy’s rounding of the sum of W', () => {
    fc.assert(
      fc.property(fc.array(scoredCase, { minLength: 1, maxLength: 12 }), method, (cases, m) => {
        // A direction is scored as a body of one direction (scoreDirection is gone): its R is the body's.
        const indicators = cases.map(({ definition, input }, i) => ({ definition: { ...definition, id: `x.${i + 1}` }, input }));
        const body = scoreBody('b', [{ direction: 'x', indicators }], m);
        const scores = body.directions[0]!.indicators;
        expect(scores.map((score) => score.awarded)).toEqual(indicators.map(({ definition, input }) => scoreIndicator(definition, input, m).awarded));
        const sum = scores.reduce((total, score) => total.plus(score.awarded), new D(0));
        expect(body.directions[0]!.result).toBe(roundAt(sum, m.rounding.result));
        expect(body.result).toBe(roundAt(sum, m.rounding.result));
      }),
      { numRuns: 500 },
    );
  });
});

describe('an unrounded share', () => {
  it('enters W exactly: W is the awarded rounding of a × 100 × U / (b × N), whatever the other stages', () => {
    fc.assert(
      fc.property(method, decimal(10 ** 6), fc.integer({ min: 1, max: 10 ** 6 }), decimal(100, 2), decimal(200, 2), (m, a, b, u, n) => {
        fc.pre(!new D(n).isZero() && !new D(u).isZero());
        const exactShare = createScoringMethod({ ...m, name: 'exact-share', rounding: createRoundingPolicy({ ...m.rounding, share: null }) });
        const score = scoreIndicator({ id: 'x.1', kind: 'ratio', weight: u, target: n }, { a, b: String(b) }, exactShare);
        fc.pre(score.rule === 'proportional');
        const expected = roundAt(new D(a).times(100).times(u).div(new D(b).times(n)), exactShare.rounding.awarded, true);
        const capped = new D(expected).gt(u) ? new D(u).toFixed() : expected;
        expect(score.awarded).toBe(capped);
      }),
      { numRuns: 500 },
    );
  });
});

describe('determinism', () => {
  it('the same input gives byte-identical JSON', () => {
    fc.assert(
      fc.property(scoredCase, method, ({ definition, input }, m) => {
        expect(JSON.stringify(scoreIndicator(definition, input, m))).toBe(JSON.stringify(scoreIndicator(structuredClone(definition), structuredClone(input), m)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('a measure at or above its target earns the full weight', () => {
  const target3 = fc
    .tuple(fc.integer({ min: 1, max: 150 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 999 }))
    .map(([whole, decimals, fraction]) => (decimals === 0 ? String(whole) : `${whole}.${String(fraction).padStart(3, '0').slice(0, decimals)}`));

  /** The measure compared with N, worked out here in exact fractions: [numerator, denominator], or null. */
  function trueMeasure(definition: IndicatorDefinition, input: Record<string, unknown>): [D, D] | null {
    const x = (field: string) => new D(String(input[field]));
    switch (definition.kind) {
      case 'ratio':
      case 'decreasing-ratio':
        return x('b').isZero() ? [new D(0), new D(1)] : [x('a').times(100), x('b')];
      case 'growth':
        return x('total').isZero() ? [new D(0), new D(1)] : [x('digitised').times(100), x('total')];
      case 'count':
        return [x('a'), new D(1)];
      case 'uptime':
        return [x('totalHours').minus(x('downtimeHours')).times(100), x('totalHours')];
      case 'complement-ratio':
        return x('c').isZero() ? [new D(100), new D(1)] : [x('c').minus(x('b')).times(100), x('c')];
      case 'security':
        return [x('ia').plus(x('ib')), new D(2)];
      case 'composite': {
        const met = input['met'] as string[];
        return [CRITERIA.filter((c) => met.includes(c.id)).reduce((sum, c) => sum.plus(c.weight), new D(0)), new D(1)];
      }
      default:
        return null;
    }
  }

  it('measure ≥ N (≤ N for a decreasing ratio) ⇒ W = U (rounded at the awarded stage), every kind and policy, targets of 0 to 3 decimals', () => {
    let reached = 0;
    fc.assert(
      fc.property(scoredCase, method, target3, ({ definition, input }, m, n) => {
        const withTarget = { ...definition, target: n } as IndicatorDefinition;
        const measure = trueMeasure(withTarget, input as Record<string, unknown>);
        if (measure === null || new D(withTarget.weight ?? 0).isZero()) return;
        const [numerator, denominator] = measure;
        const target = new D(n).times(denominator);
        const atTarget = withTarget.kind === 'decreasing-ratio' ? numerator.lte(target) : numerator.gte(target);
        if (!atTarget) return;
        reached += 1;
        const score = scoreIndicator(withTarget, input, m);
        const u = new D(withTarget.weight!);
        const rounded = new D(roundAt(u, m.rounding.awarded));
        expect(score.rule).toBe('at-target');
        expect(score.awarded).toBe((rounded.gt(u) ? u : rounded).toFixed());
      }),
      { numRuns: 3000 },
    );
    expect(reached).toBeGreaterThan(100);
  });

  it('holds just at the target, where a share cut to fewer decimals than N would fall below it', () => {
    // Measures built at N + k / 1000 (N − k / 1000 for a decreasing ratio), k = 0…50: with b = 100000,
    // Z = a / 1000 exactly; with 100000 hours, A = 100 − downtime / 1000.
    fc.assert(
      fc.property(target3, fc.integer({ min: 0, max: 50 }), fc.constantFrom('ratio', 'decreasing-ratio', 'uptime', 'growth'), method, (n, k, kind, m) => {
        const scaled = new D(n).times(1000);
        const definition = { id: 'x.1', kind, weight: '5', target: n } as IndicatorDefinition;
        const input =
          kind === 'ratio' ? { a: scaled.plus(k).toFixed(), b: '100000' }
          : kind === 'decreasing-ratio' ? { a: maxZero(scaled.minus(k)).toFixed(), b: '100000' }
          : kind === 'growth' ? { digitised: scaled.plus(k).toFixed(), total: '100000' }
          : { downtimeHours: maxZero(new D(100).minus(n).times(1000).minus(k)).toFixed(), totalHours: '100000' };
        if (kind === 'uptime' && new D(n).gt(100)) return;
        const score = scoreIndicator(definition, input as unknown, m);
        const rounded = new D(roundAt(new D(5), m.rounding.awarded));
        expect(score.rule).toBe('at-target');
        // A rounding away from zero cannot pass U = 5 (whole): the rounding of 5 is 5.
        expect(score.awarded).toBe(rounded.toFixed());
      }),
      { numRuns: 2000 },
    );
  });
});

