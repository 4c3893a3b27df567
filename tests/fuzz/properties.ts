/**
 * The fuzz properties, by category. Each runs a given number of cases; the test command runs a
 * few thousand in all, `npm run fuzz` more than 100,000.
 *
 * Every property holds each outcome to the invariants of `invariants.ts`; the indicator and report
 * properties also recompute W with the exact oracle of `oracle.ts`.
 *
 * @module
 */
import * as fc from 'fast-check';
import * as api from '../../src/index.js';
import { escapeTerminalText } from '../../src/cli/terminal-text.js';
import { createRoundingPolicy, PUBLISHED_ROUNDING, ROUNDING_MODES } from '../../src/decimal/rounding.js';
import { MAX_QUOTED_LENGTH, quoteValue } from '../../src/errors/quote.js';
import { DOCUMENT_LIMITS, readDocument } from '../../src/input/boundary.js';
import type { PrintedFigure } from '../../src/input/printed-figure.js';
import { kindModule } from '../../src/kinds/registry.js';
import { AGGREGATIONS, DECREASING_ABOVE_TARGET_RULES } from '../../src/scoring/method.js';
import { anyFigure, figureOrNone, hostileValue, indicatorId, validFigure } from './arbitraries.js';
import { deterministicOutcome, type ErrorApi, type Outcome, outcomeOf, withUntouchedInputs } from './invariants.js';
import { expectedScore, fraction } from './oracle.js';

/** A property of one category, run for a number of cases. */
export interface FuzzProperty {
  readonly category: string;
  /** Its share of the cases of a run (the CLI's cases are costly: a process each). */
  readonly weight: number;
  /** The public functions its cases call (`entry name`), for the count of cases per function. */
  readonly functions?: readonly string[];
  /** Its property is asynchronous (a function that answers with a promise). */
  readonly async?: boolean;
  // The cases' types differ from one property to the next.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly property: () => fc.IRawProperty<any> | fc.IAsyncProperty<any>;
}

const library: ErrorApi = api;

const fail = (message: string): never => {
  throw new Error(message);
};

const expectEqual = (actual: unknown, expected: unknown, what: string): void => {
  if (actual !== expected) fail(`${what}: expected ${String(expected)}, got ${String(actual)}`);
};

/** W within 0 and U, but under the printed decreasing rule asked for explicitly. */
function checkAwardBounds(score: { weight: string | null; awarded: string; rule: string }): void {
  const awarded = fraction(score.awarded);
  if (score.weight === null) {
    if (awarded.n !== 0n) fail(`W = ${score.awarded} with no weight`);
    return;
  }
  const weight = fraction(score.weight);
  if (score.rule !== 'printed-decreasing' && awarded.n * weight.d > weight.n * awarded.d) fail(`W = ${score.awarded} above U = ${score.weight}`);
}

const PRINTED_METHOD = api.createScoringMethod({ ...api.PUBLISHED_METHOD, name: 'printed-decreasing', decreasingAboveTarget: 'printed' });

/** The input fields each kind takes, in order (security lists both of its forms), as its module declares them. */
const fieldsOf = (kind: string): readonly string[] | undefined => kindModule(kind)?.fields;

const stageRounding = fc.option(fc.record({ mode: fc.constantFrom(...ROUNDING_MODES), decimals: fc.integer({ min: 0, max: 4 }) }), { nil: null });

/** A method: the published ones, or random roundings and rules. */
export const anyMethod: fc.Arbitrary<api.ScoringMethod> = fc.oneof(
  fc.constantFrom(api.PUBLISHED_METHOD, api.METHOD_2025, PRINTED_METHOD),
  fc
    .record({
      share: stageRounding,
      awarded: stageRounding,
      result: stageRounding,
      mean: stageRounding,
      rule: fc.constantFrom(...DECREASING_ABOVE_TARGET_RULES),
      aggregation: fc.constantFrom(...AGGREGATIONS),
    })
    .map(({ rule, aggregation, ...stages }) =>
      api.createScoringMethod({ name: 'random', rounding: createRoundingPolicy({ name: 'random', ...stages }), decreasingAboveTarget: rule, aggregation }),
    ),
);

const CRITERIA = [
  { id: 'c1', weight: '30' },
  { id: 'c2', weight: '25' },
  { id: 'c3', weight: '45' },
];

/** Input fields of a kind, each a figure (valid or hostile), as own data properties. */
export function inputFor(kind: string): fc.Arbitrary<unknown> {
  switch (kind) {
    case 'milestone':
      return fc.record({ done: fc.oneof(fc.boolean(), fc.constant(null), hostileValue) });
    case 'composite':
      return fc.record({ met: fc.oneof(fc.subarray(CRITERIA.map((criterion) => criterion.id)), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), hostileValue) });
    default: {
      const fields = fieldsOf(kind) ?? ['a'];
      const chosen = kind === 'security' ? (fields.length > 2 ? fc.constantFrom(['ia', 'ib'], ['tested', 'connected', 'systems']) : fc.constant(fields)) : fc.constant(fields);
      return chosen.chain((names) =>
        fc.tuple(...names.map(() => anyFigure), fc.option(fc.constantFrom('extra', '__proto__', 'constructor'), { nil: undefined })).map((values) => {
          const input: Record<string, unknown> = {};
          names.forEach((name, index) => Object.defineProperty(input, name, { value: values[index], enumerable: true, writable: true, configurable: true }));
          const extra = values[names.length] as string | undefined;
          if (extra !== undefined) Object.defineProperty(input, extra, { value: '1', enumerable: true, writable: true, configurable: true });
          return input;
        }),
      );
    }
  }
}

/** A definition of any kind, with valid or hostile weight and target (always as own data). */
export const anyDefinition: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    id: indicatorId,
    kind: fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...api.INDICATOR_KINDS) }, { weight: 1, arbitrary: fc.constantFrom('ratio ', 'Ratio', '', 'toString') }),
    weight: fc.oneof({ weight: 4, arbitrary: validFigure.map((figure) => figure.value) }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: hostileValue }),
    target: fc.oneof({ weight: 4, arbitrary: validFigure.map((figure) => figure.value) }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: hostileValue }),
  })
  .map((definition) => (definition.kind === 'composite' ? { ...definition, criteria: CRITERIA } : definition));

/** The figure properties: the parser and the reader, on anything. */
const printedFigure: FuzzProperty = {
  category: 'printed figure (parsePrintedFigure)',
  weight: 12,
  property: () =>
    fc.property(fc.oneof(validFigure.map((figure) => figure as unknown), hostileValue), (given) => {
      const figure = given as { input?: unknown; value?: string } | unknown;
      const text = typeof figure === 'object' && figure !== null && 'value' in figure ? (figure as unknown as { input: unknown }).input : figure;
      const outcome = withUntouchedInputs([text], () => deterministicOutcome(library, () => api.parsePrintedFigure(text as string, { field: 'a' })));
      if (typeof figure === 'object' && figure !== null && 'value' in figure && typeof text === 'string' && outcome.ok) {
        expectEqual((outcome.value as PrintedFigure).value, (figure as { value: string }).value, `value of ${JSON.stringify(text)}`);
      }
      if (typeof figure === 'object' && figure !== null && 'value' in figure && typeof text === 'string' && !outcome.ok) fail(`valid figure ${JSON.stringify(text)} refused: ${outcome.message}`);
    }),
};

const readFigureProperty: FuzzProperty = {
  category: 'figure (readFigure)',
  weight: 12,
  property: () =>
    fc.property(fc.oneof(validFigure.map((figure) => figure as unknown), hostileValue), fc.constantFrom(undefined, 'accepted', 'refused'), (given, percentSign) => {
      const valid = typeof given === 'object' && given !== null && 'value' in given && 'input' in given;
      const input = valid ? (given as { input: unknown }).input : given;
      const reading = percentSign === undefined ? {} : { percentSign: percentSign as 'accepted' | 'refused' };
      const outcome = withUntouchedInputs([input, reading], () =>
        deterministicOutcome(library, () => {
          const read = api.readFigure(input, { field: 'a' }, reading);
          return { value: read.value, absence: read.absence, percent: read.percent };
        }),
      );
      if (valid) {
        if (!outcome.ok) fail(`valid figure ${String(input)} refused: ${outcome.message}`);
        else expectEqual((outcome.value as { value: string }).value, (given as { value: string }).value, 'value');
      }
      if (outcome.ok && (outcome.value as { percent: boolean }).percent && percentSign !== 'accepted') fail('a % sign read where it is refused');
    }),
};

/** Ratios, decreasing ratios and counts with valid figures, against the oracle. */
const indicatorOracle: FuzzProperty = {
  category: 'indicator vs exact oracle (ratio, decreasing-ratio, count)',
  weight: 20,
  property: () =>
    fc.property(
      fc.constantFrom('ratio', 'decreasing-ratio', 'count'),
      fc.option(validFigure, { nil: null, freq: 8 }),
      fc.option(validFigure, { nil: null, freq: 8 }),
      figureOrNone,
      figureOrNone,
      fc.constantFrom('inverse-proportional', 'printed'),
      (kind, weight, target, a, b, rule) => {
        const definition = { id: 'x.1', kind, weight: weight?.value ?? null, target: target?.value ?? null } as api.IndicatorDefinition;
        const input = kind === 'count' ? { a: a.input } : { a: a.input, b: b.input };
        const method = rule === 'printed' ? PRINTED_METHOD : api.PUBLISHED_METHOD;
        const outcome = withUntouchedInputs([definition, input], () => deterministicOutcome(library, () => api.scoreIndicator(definition, input, method)));
        if (!outcome.ok) return fail(`valid input refused: ${outcome.message}`);
        const score = outcome.value as api.IndicatorScore;
        const expected = expectedScore(kind, definition.weight, definition.target, a.value, kind === 'count' ? null : b.value, rule);
        expectEqual(score.awarded, expected.awarded, `W of ${JSON.stringify({ definition, input, rule })}`);
        expectEqual(score.share, expected.share, `Z of ${JSON.stringify({ definition, input })}`);
        checkAwardBounds(score);
      },
    ),
};

/** Any kind, any definition, any input, any method: invariants and 0 ≤ W ≤ U. */
const indicatorHostile: FuzzProperty = {
  category: 'indicator, any kind and input (scoreIndicator)',
  weight: 16,
  property: () =>
    fc.property(
      anyDefinition.chain((definition) => fc.tuple(fc.constant(definition), inputFor(String(definition['kind'])))),
      anyMethod,
      ([definition, input], method) => {
        const outcome = withUntouchedInputs([definition, input], () =>
          deterministicOutcome(library, () => api.scoreIndicator(definition as unknown as api.IndicatorDefinition, input, method, { body: 'b' })),
        );
        if (outcome.ok) checkAwardBounds(outcome.value as api.IndicatorScore);
      },
    ),
};

/** Options of a method: hostile values, getters that change their answer, proxies. */
const methodProperty: FuzzProperty = {
  category: 'scoring method options (createScoringMethod)',
  weight: 6,
  property: () =>
    fc.property(
      fc.record({
        name: fc.oneof(fc.string({ maxLength: 20 }), hostileValue),
        rounding: fc.oneof(fc.constant(PUBLISHED_ROUNDING as unknown), hostileValue),
        decreasingAboveTarget: fc.oneof(fc.constantFrom(...DECREASING_ABOVE_TARGET_RULES), hostileValue),
        aggregation: fc.oneof(fc.constantFrom(...AGGREGATIONS), hostileValue),
      }),
      fc.boolean(),
      (options, flipping) => {
        let reads = 0;
        // A getter that answers a valid rule to the first read and a different one afterwards.
        const given = flipping
          ? Object.defineProperty({ ...options }, 'decreasingAboveTarget', { enumerable: true, get: () => (reads++ === 0 ? 'inverse-proportional' : 'printed') })
          : options;
        // The flipping getter answers differently on a second call by design: its outcome is checked once.
        const check = flipping ? outcomeOf : deterministicOutcome;
        const outcome = withUntouchedInputs([given], () => check(library, () => api.createScoringMethod(given as unknown as api.ScoringMethod)));
        if (outcome.ok) {
          const method = outcome.value as api.ScoringMethod;
          if (!Object.isFrozen(method) || !Object.isFrozen(method.rounding)) fail('method not frozen');
          if (flipping && method.decreasingAboveTarget !== 'inverse-proportional') fail('a getter was read twice');
        }
      },
    ),
};

/** A whole report: real bodies and indicators of a period, figures valid or hostile, structure sometimes broken. */
export function reportFor(period: { year: number; quarter: number }): fc.Arbitrary<{ document: unknown; oracle: { body: string; id: string; kind: string; weight: string | null; target: string | null; a: string | null; b: string | null }[] }> {
  const bodies = api.BODIES.map((body) => body.id).filter((body) => {
    try {
      api.indicatorsForPeriod(period as api.ReportingPeriod, body);
      return true;
    } catch {
      return false;
    }
  });
  // Half the reports are valid throughout (every figure scored by the oracle), half carry hostile entries.
  return fc.tuple(fc.uniqueArray(fc.constantFrom(...bodies), { minLength: 1, maxLength: 3 }), fc.boolean()).chain(([chosen, hostile]) =>
    fc
      .tuple(
        fc.tuple(...chosen.map((body) => {
          const { indicators } = api.indicatorsForPeriod(period as api.ReportingPeriod, body);
          return fc.tuple(
            ...indicators.map((indicator) => {
              const kind = indicator.definition.kind;
              const broken = inputFor(kind).map((input) => ({ input, a: null, b: null, valid: false }));
              const valid =
                kind === 'ratio' || kind === 'decreasing-ratio' || kind === 'count'
                  ? fc.tuple(figureOrNone, figureOrNone).map(([a, b]) => ({ input: kind === 'count' ? { a: a.input } : { a: a.input, b: b.input }, a: a.value, b: kind === 'count' ? null : b.value, valid: true }))
                  : fc.constant({ input: noData(kind), a: null, b: null, valid: false });
              return hostile ? fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: broken }) : valid;
            }),
          );
        })),
        fc.constantFrom('none', 'none', 'none', 'proto', 'constructor', 'extra', 'deep', 'duplicate', 'missing'),
      )
      .map(([perBody, mutation]) => {
        const oracle: { body: string; id: string; kind: string; weight: string | null; target: string | null; a: string | null; b: string | null }[] = [];
        const documentBodies = chosen.map((body, bodyIndex) => {
          const { indicators } = api.indicatorsForPeriod(period as api.ReportingPeriod, body);
          const figures: Record<string, unknown> = {};
          indicators.forEach((indicator, index) => {
            const entry = (perBody as unknown as { input: unknown; a: string | null; b: string | null; valid: boolean }[][])[bodyIndex]![index]!;
            figures[indicator.id] = entry.input;
            if (entry.valid) {
              const { kind, weight, target } = indicator.definition;
              oracle.push({ body, id: indicator.id, kind, weight, target, a: entry.a, b: entry.b });
            }
          });
          return { body, figures };
        });
        const document: Record<string, unknown> = { period: { ...period }, bodies: documentBodies };
        const first = documentBodies[0]!.figures;
        switch (mutation) {
          case 'proto':
            // What JSON.parse makes of a "__proto__" key: an own property of that name.
            Object.defineProperty(first, '__proto__', { value: { a: '1' }, enumerable: true, writable: true, configurable: true });
            return { document, oracle: [] };
          case 'constructor':
            Object.defineProperty(first, 'constructor', { value: { a: '1' }, enumerable: true, writable: true, configurable: true });
            return { document, oracle: [] };
          case 'extra':
            document['extra'] = 1;
            return { document, oracle: [] };
          case 'deep': {
            let deep: unknown = '1';
            for (let level = 0; level < DOCUMENT_LIMITS.maxDepth + 2; level += 1) deep = [deep];
            first[Object.keys(first)[0]!] = { a: deep, b: '1' };
            return { document, oracle: [] };
          }
          case 'duplicate':
            documentBodies.push(documentBodies[0]!);
            return { document, oracle: [] };
          case 'missing':
            delete first[Object.keys(first)[0]!];
            return { document, oracle: [] };
          default:
            return { document, oracle };
        }
      }),
  );
}

/** "No data" in the shape of a kind's input. */
function noData(kind: string): unknown {
  if (kind === 'milestone') return { done: null };
  if (kind === 'composite') return { met: null };
  if (kind === 'security') return { ia: null, ib: null };
  return Object.fromEntries(fieldsOf(kind)!.map((field) => [field, null]));
}

export const PERIODS = [
  { year: 2024, quarter: 1 },
  { year: 2024, quarter: 3 },
  { year: 2025, quarter: 2 },
  { year: 2026, quarter: 4 },
];

const periodReport: FuzzProperty = {
  category: 'period report (scorePeriodReport) vs exact oracle',
  weight: 8,
  property: () =>
    fc.property(fc.constantFrom(...PERIODS).chain(reportFor), ({ document, oracle }) => {
      const outcome: Outcome = withUntouchedInputs([document], () => deterministicOutcome(library, () => api.scorePeriodReport(document)));
      if (!outcome.ok) return;
      const score = outcome.value as api.PeriodScore;
      const byBody = new Map(score.bodies.map((body) => [body.body, body]));
      for (const body of score.bodies) for (const direction of body.directions) for (const indicator of direction.indicators) checkAwardBounds(indicator);
      for (const entry of oracle) {
        const indicator = byBody.get(entry.body)!.directions.flatMap((direction) => direction.indicators).find((candidate) => candidate.indicator === entry.id)!;
        const expected = expectedScore(entry.kind as 'ratio', entry.weight, entry.target, entry.a, entry.b);
        expectEqual(indicator.awarded, expected.awarded, `W of ${entry.body} ${entry.id} (${JSON.stringify(entry)})`);
      }
    }),
};

/** Any value as a document: the limits hold, the copy equals the value when it is plain JSON. */
const documentProperty: FuzzProperty = {
  category: 'document limits (readDocument)',
  weight: 8,
  property: () =>
    fc.property(fc.oneof(fc.jsonValue({ maxDepth: 6 }), hostileValue, fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true, withMap: true })), (value) => {
      const outcome = withUntouchedInputs([value], () => deterministicOutcome(library, () => ({ copy: readDocument(value) === value && typeof value === 'object' && value !== null ? fail('not a copy') : 'ok' })));
      if (outcome.ok && typeof value === 'object' && value !== null) {
        const copy = readDocument(value);
        if (Object.isFrozen(copy)) fail('the copy is frozen');
      }
    }),
};

/** A quoted value in a message: never throws, never longer than the limit. */
const quoteProperty: FuzzProperty = {
  category: 'quoted values in messages (quoteValue)',
  weight: 6,
  property: () =>
    fc.property(fc.oneof(hostileValue, fc.anything({ maxDepth: 4, withBigInt: true, withNullPrototype: true, withMap: true, withSet: true, withTypedArray: true })), (value) => {
      const quoted = withUntouchedInputs([value], () => quoteValue(value));
      if (typeof quoted !== 'string' || quoted.length > MAX_QUOTED_LENGTH + 1) fail(`quote of ${quoted.length} characters`);
    }),
};

/** Terminal text: nothing a terminal would act on survives, and safe text is left as it is. */
const terminalProperty: FuzzProperty = {
  category: 'terminal escaping (escapeTerminalText)',
  weight: 6,
  property: () =>
    fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('\u001b', '\u0007', '\r', '\n', '\t', '\u009b', '\u202e', '\u2066', '\ud800', '\udc00', '\u0000', '\u007f'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 40 }), (text) => {
      const escaped = escapeTerminalText(text);
      // A CR LF line end (CSV's) is kept: a terminal shows it as one line end.
      if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/u.test(escaped)) fail(`control character left in ${JSON.stringify(escaped)}`);
      if (escapeTerminalText(escaped) !== escaped) fail('escaping twice changes the text');
      if (!/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]|\r(?!\n)/u.test(text) && escaped !== text) fail('safe text changed');
    }),
};

/** The properties of the library's own area, all expected to hold. */
export const PROPERTIES: readonly FuzzProperty[] = [
  printedFigure,
  readFigureProperty,
  indicatorOracle,
  indicatorHostile,
  methodProperty,
  periodReport,
  documentProperty,
  quoteProperty,
  terminalProperty,
];

/**
 * Runs one property for a number of cases.
 *
 * @param entry - the property
 * @param numRuns - how many cases
 * @param seed - a seed, to replay a run
 * @returns when every case has run
 */
export async function runProperty(entry: FuzzProperty, numRuns: number, seed?: number): Promise<void> {
  const property = entry.property();
  const options = { numRuns, ...(seed === undefined ? {} : { seed }) };
  // Awaited whatever the flag says: an async property whose `async` was forgotten still runs every case.
  await fc.assert(property as fc.IRawProperty<unknown>, options);
}
