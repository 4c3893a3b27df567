/**
 * Properties of the defects of issue 11 found in modules outside the input layer, each now closed;
 * they run with every other property, in the test command and in `npm run fuzz`:
 * - #1 (src/decimal): a figure's value leads back to the decimal configuration;
 * - #4 (src/scoring/score-indicator.ts): ids that are not strings;
 * - #5 (src/scoring, src/periods, src/editions, src/reports): argument shapes not checked;
 * - #6 (src/scoring/score-body.ts): the aggregation trusts its input (scoreDirection and roundStage
 *   then; a body of a single direction now, which reads every figure it sums itself);
 * - #8 (src/scoring/score-indicator.ts): inherited fields, getters and proxies in an indicator's input.
 *
 * @module
 */
import * as fc from 'fast-check';
import * as api from '../../src/index.js';
import { hostileValue } from './arbitraries.js';
import { deterministicOutcome, type ErrorApi, withUntouchedInputs } from './invariants.js';
import type { FuzzProperty } from './properties.js';

const library: ErrorApi = api;
const RATIO: api.IndicatorDefinition = { id: 'x.1', kind: 'ratio', weight: '10', target: '50' };

/** Throws when a value, or anything in it, is a decimal or leads to a decimal class. */
function leadsToNoDecimal(value: unknown, where: string): void {
  if (typeof value !== 'object' || value === null) return;
  const constructor = (value as { constructor?: { set?: unknown; precision?: unknown } }).constructor;
  if (constructor !== undefined && (typeof constructor.set === 'function' || typeof constructor.precision === 'number')) throw new Error(`${where} holds a decimal`);
  for (const [key, inner] of Object.entries(value)) leadsToNoDecimal(inner, `${where}.${key}`);
}

export const OPEN_PROPERTIES: readonly FuzzProperty[] = [
  {
    category: '#1 (src/decimal) nothing returned leads back to the decimal configuration',
    weight: 1,
    property: () =>
      fc.property(fc.constantFrom('1', '43,1', '3 714 388,81'), fc.constantFrom('2', '7', '3 714 388,81'), (text, whole) => {
        const value = api.readFigure(text, { field: 'a' }).value as unknown as { constructor: { set?: unknown; precision?: unknown } };
        if (typeof value.constructor.set === 'function' || typeof value.constructor.precision === 'number') {
          throw new Error('readFigure(...).value.constructor is the library\'s decimal class, with set()');
        }
        // Nor anything in a score or a what-if: every value is plain data.
        for (const returned of [api.scoreIndicator(RATIO, { a: text, b: whole }), api.whatIfIndicator(RATIO, { a: text, b: whole })]) leadsToNoDecimal(returned, 'a result');
      }),
  },
  {
    category: '#4 (src/scoring/score-indicator.ts) an id that is not a string is refused, an object id is not frozen',
    weight: 1,
    property: () =>
      fc.property(fc.oneof(hostileValue, fc.constant(undefined)), (id) => {
        const definition = { ...RATIO, id };
        withUntouchedInputs([definition], () => deterministicOutcome(library, () => api.scoreIndicator(definition as unknown as api.IndicatorDefinition, { a: '1', b: '2' })));
        let result: api.IndicatorScore | null = null;
        try {
          result = api.scoreIndicator(definition as unknown as api.IndicatorDefinition, { a: '1', b: '2' });
        } catch {
          return;
        }
        if (typeof result.indicator !== 'string' || result.indicator === '') throw new Error(`indicator ${String(result.indicator)} in the result`);
      }),
  },
  {
    category: '#5 (scoring, periods, editions, reports) argument shapes are checked',
    weight: 1,
    property: () =>
      fc.property(hostileValue, fc.integer({ min: 0, max: 12 }), (value, which) => {
        const report = { period: { year: 2024, quarter: 1 }, bodies: [{ body: 'justice', figures: {} }] };
        const calls = [
          () => api.scorePeriodReport(report, value as never),
          () => api.indicatorsForPeriod({ year: 2025, quarter: 1 }, 'justice', value as never),
          () => api.definitionFor('2025', 'common.1', '2025', value as never),
          () => api.resolvePeriod(value as never),
          () => api.scoreBody('b', [{ direction: 'd', indicators: [value as never] }]),
          // scoreDirection('d', value) is gone: a direction is a body of one direction.
          () => api.scoreBody('b', [{ direction: 'd', indicators: value as never }]),
          () => api.scoreBody('b', value as never),
          () => api.whatIfIndicator(RATIO, { a: '1', b: '2' }, value as never),
          () => api.whatIfIndicator(RATIO, value),
          () => api.definitionFor(value as never, 'common.1', '2025'),
          () => api.createEditionRegistry(value as never).coverage(),
          () => api.catalogueRecords('2025', value as never).length,
          () => api.resolvePeriod({ year: 2025, quarter: 1 }, { editions: value as never }),
        ];
        withUntouchedInputs([value], () => deterministicOutcome(library, calls[which]!));
      }),
  },
  {
    category: '#6 (score-body.ts) scoreBody of a single direction refuses what is not an exact decimal',
    weight: 1,
    property: () =>
      fc.property(hostileValue, fc.constantFrom('weight', 'target', 'a'), (value, where) => {
        const definition = where === 'a' ? RATIO : { ...RATIO, [where]: value };
        const input = { a: where === 'a' ? value : '1', b: '2' };
        const directions = [{ direction: 'd', indicators: [{ definition, input }] }];
        const outcome = withUntouchedInputs([directions], () => deterministicOutcome(library, () => api.scoreBody('b', directions as never)));
        if (outcome.ok) {
          // The direction's R is the body's: a body of one direction takes it.
          const body = outcome.value as api.BodyScore;
          if (body.result !== body.directions[0]!.result) throw new Error(`R ${body.result} is not the direction's ${body.directions[0]!.result}`);
        }
      }),
  },
  {
    category: '#8 (src/scoring/score-indicator.ts) only own data fields of an input are read',
    weight: 1,
    property: () =>
      fc.property(fc.constantFrom('inherited', 'getter', 'proxy', 'throwing'), (shape) => {
        const input =
          shape === 'inherited'
            ? Object.create({ a: '50', b: '100' })
            : shape === 'getter'
              ? Object.defineProperties({}, { a: { get: () => '50', enumerable: true }, b: { value: '100', enumerable: true } })
              : shape === 'proxy'
                ? new Proxy({ a: '50', b: '100' }, {})
                : Object.defineProperty({ b: '100' }, 'a', { get: () => { throw new Error('getter'); }, enumerable: true });
        const outcome = withUntouchedInputs([input], () => deterministicOutcome(library, () => api.scoreIndicator(RATIO, input)));
        if (outcome.ok && shape === 'inherited') throw new Error('an inherited field was scored');
      }),
  },
];
