// The differential test of the scorer's fast path: every generated row scored by the public path
// (the scaled-integer fast path where a row is in its domain) and by the exact decimal path kept
// as the reference, compared field by field, trace included, or error by error.
// `npm run differential` runs a million rows; the test command runs a smaller count.
import { isCdtoKpiError } from '../src/errors/cdto-kpi-error.js';
import { type PreparedDefinition, prepareDefinition } from '../src/kinds/definition.js';
import { createRoundingPolicy } from '../src/decimal/rounding.js';
import { createScoringMethod, METHOD_2025, PUBLISHED_METHOD, type ScoringMethod } from '../src/scoring/method.js';
import { scoreDecimal, scorePrepared } from '../src/scoring/score-indicator.js';
import { FAST_KINDS, fastPlan, scoreFast } from '../src/scoring/fast-path.js';
import { differentialRows } from './rows.mjs';

/** The methods rows are scored under: the published one, and cuts at other decimals (floor too). */
export const DIFFERENTIAL_METHODS: readonly ScoringMethod[] = [
  PUBLISHED_METHOD,
  METHOD_2025,
  createScoringMethod({
    ...PUBLISHED_METHOD,
    name: 'cut-2-floor-0',
    rounding: createRoundingPolicy({ name: 'cut-2-floor-0', share: { mode: 'toward-zero', decimals: 2 }, awarded: { mode: 'floor', decimals: 0 }, result: null, mean: null }),
  }),
  createScoringMethod({
    ...PUBLISHED_METHOD,
    name: 'cut-0-3',
    rounding: createRoundingPolicy({ name: 'cut-0-3', share: { mode: 'toward-zero', decimals: 0 }, awarded: { mode: 'toward-zero', decimals: 3 }, result: null, mean: null }),
  }),
];

/**
 * What one path gave for a row: its JSON, or its error's code and issues' paths. Scoring and
 * writing the score (which writes a lazy trace) are told apart: a score that scores but whose
 * trace then throws is a difference, not the decimal path's error.
 */
function outcome(score: () => unknown): string {
  const failed = (error: unknown, when: string): string => {
    if (!isCdtoKpiError(error)) throw error;
    return `${when} ${error.code} ${JSON.stringify(error.issues.map((issue) => [issue.code, issue.path]))}`;
  };
  let scored: unknown;
  try {
    scored = score();
  } catch (error) {
    return failed(error, 'error');
  }
  try {
    return JSON.stringify(scored);
  } catch (error) {
    return failed(error, 'error while writing the score:');
  }
}

/** Whether the fast path itself scores the row (it returns a score rather than handing over). */
function takenFast(prepared: PreparedDefinition, input: unknown, method: ScoringMethod): boolean {
  const shape = FAST_KINDS[prepared.kind];
  const plan = fastPlan(method);
  if (shape === undefined || plan === null || prepared.scaledWeight === null || prepared.scaledTarget === null) return false;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return false;
  const keys = Object.keys(input);
  if (keys.length !== (shape.whole === null ? 1 : 2) || !keys.includes(shape.part) || (shape.whole !== null && !keys.includes(shape.whole))) return false;
  const given = input as Record<string, unknown>;
  return scoreFast(prepared, shape, given[shape.part], shape.whole === null ? undefined : given[shape.whole], plan) !== undefined;
}

/**
 * Scores `count` generated rows both ways.
 *
 * @param count - how many rows
 * @param seed - the generator's seed
 * @returns the rows compared, how many the fast path scored, and the first differences
 */
export function differential(count: number, seed = 11): { rows: number; fast: number; differing: number; differences: string[] } {
  const differences: string[] = [];
  let differing = 0;
  let fast = 0;
  const rows = differentialRows(count, seed);
  rows.forEach(({ definition, input }, index) => {
    const method = DIFFERENTIAL_METHODS[index % DIFFERENTIAL_METHODS.length]!;
    let prepared;
    try {
      prepared = prepareDefinition(definition);
    } catch (error) {
      if (isCdtoKpiError(error)) return;
      throw error;
    }
    const quick = outcome(() => {
      const score = scorePrepared(prepared, input, method, {});
      if (!Object.isFrozen(score)) throw new TypeError('a score that is not frozen');
      return score;
    });
    const reference = outcome(() => scoreDecimal(prepared, input, method, {}));
    if (quick !== reference) {
      differing += 1;
      if (differences.length < 10) differences.push(`${method.name} ${JSON.stringify(definition)} ${JSON.stringify(input)}\n  fast:      ${quick}\n  reference: ${reference}`);
    }
    if (takenFast(prepared, input, method)) fast += 1;
  });
  return { rows: rows.length, fast, differing, differences };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 1_000_000);
  const started = performance.now();
  let compared = 0;
  let fast = 0;
  let differing = 0;
  const found: string[] = [];
  // In slices, so that a million rows do not sit in memory at once.
  for (let offset = 0, slice = 0; offset < count; offset += 100_000, slice += 1) {
    const result = differential(Math.min(100_000, count - offset), 11 + slice);
    compared += result.rows;
    fast += result.fast;
    differing += result.differing;
    found.push(...result.differences);
  }
  console.log(`${compared.toLocaleString('en')} rows compared (${fast.toLocaleString('en')} of them scored by the fast path), ${differing} differences, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  for (const difference of found.slice(0, 10)) console.log(difference);
  process.exitCode = differing === 0 ? 0 : 1;
}
