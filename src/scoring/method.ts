/**
 * A scoring method: the rounding policy, the rule for a decreasing indicator above its target,
 * and how the results of several directions make one result.
 *
 * @module
 */
import { ERROR_CODES, failure, say } from '../errors/cdto-kpi-error.js';
import { createRoundingPolicy, PUBLISHED_ROUNDING, ROUNDING_STAGES, type RoundingPolicy } from '../decimal/rounding.js';
import { deepFreeze } from '../freeze.js';

/**
 * How a decreasing indicator is scored when Z is above the target N (worse than planned):
 * - `inverse-proportional` (default): W = N / Z · U, which falls from U toward 0 as Z grows and
 *   never exceeds U;
 * - `printed`: W = Z / N · U, the rule as the report prints it, which awards more than U the worse
 *   the figure is. Only on explicit request; each such award carries a warning.
 */
export const DECREASING_ABOVE_TARGET_RULES = /* @__PURE__ */ deepFreeze(['inverse-proportional', 'printed'] as const);

/** How a decreasing indicator above its target is scored (see the rules above). */
export type DecreasingAboveTargetRule = (typeof DECREASING_ABOVE_TARGET_RULES)[number];

/**
 * How a body with several directions gets one result:
 * - `mean-of-directions`: the mean of the directions' results, rounded at the `mean` stage
 *   (what the published Q1 2024 figures follow: (66,3 + 96 + 88,3) / 3 = 83,53… → 83,5);
 * - `sum-of-directions`: Σ W of all directions, rounded at the `result` stage (the 2025 edition,
 *   where the common KPIs and a ministry's blocks make one list of weights);
 * - `sum-over-planned-weight`: Σ W over Σ U of all directions, · 100.
 */
export const AGGREGATIONS = /* @__PURE__ */ deepFreeze(['mean-of-directions', 'sum-of-directions', 'sum-over-planned-weight'] as const);

/** How the results of several directions make one (see the aggregations above). */
export type Aggregation = (typeof AGGREGATIONS)[number];

/** A complete scoring method. Created by {@link createScoringMethod}, frozen. */
export interface ScoringMethod {
  readonly name: string;
  readonly rounding: RoundingPolicy;
  readonly decreasingAboveTarget: DecreasingAboveTargetRule;
  readonly aggregation: Aggregation;
}

/**
 * Checks and freezes a scoring method.
 *
 * @param method - name, rounding policy, decreasing rule and aggregation
 * @returns the method, validated and frozen
 * @throws {@link CdtoKpiError} `INVALID_POLICY` for an unknown rule or aggregation, or a bad policy
 * @example
 * ```ts
 * const printed = createScoringMethod({ ...PUBLISHED_METHOD, name: 'printed', decreasingAboveTarget: 'printed' });
 * ```
 */
export function createScoringMethod(method: ScoringMethod): ScoringMethod {
  if (typeof method !== 'object' || method === null) {
    throw failure(ERROR_CODES.INVALID_POLICY, { field: 'method' }, 'a scoring method (name, rounding, decreasingAboveTarget, aggregation)', method);
  }
  // Every option is read exactly once, into a snapshot that is checked and kept: a getter that
  // answers one thing to the check and another to the scorer has nothing left to change.
  const snapshot = {
    name: readOption(method, 'name'),
    rounding: snapshotRounding(readOption(method, 'rounding')),
    decreasingAboveTarget: readOption(method, 'decreasingAboveTarget'),
    aggregation: readOption(method, 'aggregation'),
  };
  if (!(DECREASING_ABOVE_TARGET_RULES as readonly unknown[]).includes(snapshot.decreasingAboveTarget)) {
    throw failure(ERROR_CODES.INVALID_POLICY, { field: 'decreasingAboveTarget' }, say('{first} or {second}', { first: DECREASING_ABOVE_TARGET_RULES[0], second: DECREASING_ABOVE_TARGET_RULES[1] }), snapshot.decreasingAboveTarget);
  }
  if (!(AGGREGATIONS as readonly unknown[]).includes(snapshot.aggregation)) {
    throw failure(ERROR_CODES.INVALID_POLICY, { field: 'aggregation' }, say('{first}, {second} or {third}', { first: AGGREGATIONS[0], second: AGGREGATIONS[1], third: AGGREGATIONS[2] }), snapshot.aggregation);
  }
  if (typeof snapshot.name !== 'string' || snapshot.name.trim() === '') {
    throw failure(ERROR_CODES.INVALID_POLICY, { field: 'name' }, 'a non-empty name', snapshot.name);
  }
  if (snapshot.name.length > MAX_METHOD_NAME_LENGTH) {
    throw failure(ERROR_CODES.LIMIT_EXCEEDED, { field: 'name' }, `a name of at most ${MAX_METHOD_NAME_LENGTH} characters`, snapshot.name);
  }
  const created: ScoringMethod = Object.freeze({
    name: snapshot.name,
    rounding: createRoundingPolicy(snapshot.rounding as RoundingPolicy),
    decreasingAboveTarget: snapshot.decreasingAboveTarget as DecreasingAboveTargetRule,
    aggregation: snapshot.aggregation as Aggregation,
  });
  CREATED.add(created);
  return created;
}

/** The longest name a method may have: it is printed beside every score. */
export const MAX_METHOD_NAME_LENGTH = 100;

/**
 * One option, read once. A getter that throws, or a proxy whose trap throws, is refused as a bad
 * policy rather than let through as some other error.
 */
function readOption(method: object, field: string, path = field): unknown {
  try {
    return (method as Record<string, unknown>)[field];
  } catch {
    throw failure(ERROR_CODES.INVALID_POLICY, { field: path }, 'an option that can be read', '(a getter that throws)', 'an option that cannot be read');
  }
}

/**
 * The rounding policy as plain data, each part read once (the policy's own check then reads only
 * the snapshot). Anything that is not an object is left for that check to refuse.
 */
function snapshotRounding(rounding: unknown): unknown {
  if (typeof rounding !== 'object' || rounding === null) return rounding;
  const snapshot: Record<string, unknown> = { name: readOption(rounding, 'name', 'rounding.name') };
  for (const stage of ROUNDING_STAGES) {
    const value = readOption(rounding, stage, `rounding.${stage}`);
    snapshot[stage] =
      typeof value === 'object' && value !== null
        ? { mode: readOption(value, 'mode', `rounding.${stage}.mode`), decimals: readOption(value, 'decimals', `rounding.${stage}.decimals`) }
        : value;
  }
  return snapshot;
}

/** Methods that {@link createScoringMethod} checked and froze: they need no second check. */
const CREATED = new WeakSet<object>();

/**
 * The method itself when {@link createScoringMethod} made it; otherwise the method checked, so
 * that an object spread by hand (`{ ...PUBLISHED_METHOD, decreasingAboveTarget: 'inverse' }`)
 * is refused rather than read as some other rule.
 */
export function checkedMethod(method: unknown): ScoringMethod {
  if (typeof method === 'object' && method !== null && CREATED.has(method)) return method as ScoringMethod;
  return createScoringMethod(method as ScoringMethod);
}

/**
 * The published method of the Q1 2024 report, as its figures show it: Z, W, R and the mean cut
 * toward zero at one decimal, W computed from the cut Z, the mean of directions for the Ministry
 * of Industry and Construction; a decreasing indicator above its target scored inverse-
 * proportionally (no published figure needs the printed rule).
 */
export const PUBLISHED_METHOD = /* @__PURE__ */ createScoringMethod({
  name: 'published-2024-q1',
  rounding: PUBLISHED_ROUNDING,
  decreasingAboveTarget: 'inverse-proportional',
  aggregation: 'mean-of-directions',
});

/**
 * The method for the 2025 edition. Decree No. 1157 defines what is measured, not how W is
 * awarded, so the published method is kept (W = U at or above target, proportional below, never
 * above U; cut toward zero at one decimal). A body's common KPIs and all its sector blocks make
 * one list of weights: R = Σ W (`sum-of-directions`), reported beside Σ W / Σ U × 100, since the
 * planned totals are not 100 (see docs/scoring.md).
 */
export const METHOD_2025 = /* @__PURE__ */ createScoringMethod({
  name: 'decree-1157',
  rounding: PUBLISHED_ROUNDING,
  decreasingAboveTarget: 'inverse-proportional',
  aggregation: 'sum-of-directions',
});

/** The named methods of the library: the published Q1 2024 method, and the 2025 edition's. */
const METHODS: Readonly<Record<string, ScoringMethod>> = /* @__PURE__ */ Object.freeze({
  [PUBLISHED_METHOD.name]: PUBLISHED_METHOD,
  [METHOD_2025.name]: METHOD_2025,
});

/**
 * Finds a method by its name, as data (an edition's `method`, a published report's) names it.
 *
 * @param name - `published-2024-q1` or `decree-1157`
 * @returns the method
 * @throws {@link CdtoKpiError} `INVALID_POLICY` for a name no method has
 * @example
 * ```ts
 * methodByName('decree-1157') === METHOD_2025; // true
 * ```
 */
export function methodByName(name: string): ScoringMethod {
  if (typeof name !== 'string' || !Object.hasOwn(METHODS, name)) throw failure(ERROR_CODES.INVALID_POLICY, { field: 'method' }, say('one of {values}', { values: Object.keys(METHODS) }), name, 'unknown method');
  return METHODS[name]!;
}
