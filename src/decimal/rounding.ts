/**
 * Rounding as a named, immutable policy: which mode and how many decimals, at which stage of the
 * method. The published method rounds at four stages; each may be set on its own.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { ERROR_CODES, failure, say } from '../errors/cdto-kpi-error.js';
import { deepFreeze } from '../freeze.js';
import { type ExactDecimal, plain, type Quotient, QUOTIENT_DIGITS } from './decimal.js';

/**
 * The rounding modes. `half-up` rounds a tie away from zero (the schoolbook rule); `half-down`
 * toward zero; `half-even` to the even neighbour (banker's rounding).
 */
export const ROUNDING_MODES = /* @__PURE__ */ deepFreeze(['toward-zero', 'away-from-zero', 'floor', 'ceiling', 'half-up', 'half-down', 'half-even'] as const);

/** A rounding mode (see the modes above). */
export type RoundingMode = (typeof ROUNDING_MODES)[number];

/** decimal.js's constant for each mode. */
const DECIMAL_JS_MODE: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  'toward-zero': Decimal.ROUND_DOWN,
  'away-from-zero': Decimal.ROUND_UP,
  floor: Decimal.ROUND_FLOOR,
  ceiling: Decimal.ROUND_CEIL,
  'half-up': Decimal.ROUND_HALF_UP,
  'half-down': Decimal.ROUND_HALF_DOWN,
  'half-even': Decimal.ROUND_HALF_EVEN,
};

/** How one stage rounds: a mode and a number of decimals (0 to 20). */
export interface StageRounding {
  readonly mode: RoundingMode;
  readonly decimals: number;
}

/** The stages of the method at which a figure is rounded. */
export const ROUNDING_STAGES = /* @__PURE__ */ deepFreeze(['share', 'awarded', 'result', 'mean'] as const);

/** One of {@link ROUNDING_STAGES}: share Z, awarded weight W, result R, mean across directions. */
export type RoundingStage = (typeof ROUNDING_STAGES)[number];

/**
 * A rounding policy: a name, and per stage a {@link StageRounding} or `null` for "keep exact".
 * Checked and deeply frozen by `createScoringMethod`.
 */
export interface RoundingPolicy {
  readonly name: string;
  readonly share: StageRounding | null;
  readonly awarded: StageRounding | null;
  readonly result: StageRounding | null;
  readonly mean: StageRounding | null;
}

/** The most decimals a stage may keep. */
export const MAX_ROUNDING_DECIMALS = 20;

/**
 * Checks and freezes a rounding policy.
 *
 * @param policy - the name, and the rounding of each stage (`null` keeps the stage exact)
 * @returns a new policy, validated and deeply frozen
 * @throws {@link CdtoKpiError} `INVALID_POLICY` when a mode is unknown or the decimals are not an
 *   integer from 0 to 20
 * @example
 * ```ts
 * const halfUp = createRoundingPolicy({
 *   name: 'half-up-1',
 *   share: { mode: 'half-up', decimals: 1 },
 *   awarded: { mode: 'half-up', decimals: 1 },
 *   result: { mode: 'half-up', decimals: 1 },
 *   mean: { mode: 'half-up', decimals: 1 },
 * });
 * ```
 */
export function createRoundingPolicy(policy: RoundingPolicy): RoundingPolicy {
  if (typeof policy !== 'object' || policy === null) throw failure(ERROR_CODES.INVALID_POLICY, { field: 'policy' }, 'an object', policy);
  if (typeof policy.name !== 'string' || policy.name.trim() === '') {
    throw failure(ERROR_CODES.INVALID_POLICY, { field: 'name' }, 'a non-empty name', policy.name);
  }
  const stages = {} as Record<RoundingStage, StageRounding | null>;
  for (const stage of ROUNDING_STAGES) stages[stage] = stageRounding(policy[stage], stage);
  return Object.freeze({ name: policy.name, ...stages });
}

/** A stage's rounding checked and copied: `{ mode, decimals }` with a known mode and 0 to 20 decimals, or `null`. */
function stageRounding(rounding: unknown, field: string): StageRounding | null {
  if (rounding === null) return null;
  if (typeof rounding !== 'object' || rounding === undefined) {
    throw failure(ERROR_CODES.INVALID_POLICY, { field }, 'a stage rounding ({ mode, decimals }) or null', rounding);
  }
  const { mode, decimals } = rounding as Record<string, unknown>;
  if (!(ROUNDING_MODES as readonly unknown[]).includes(mode)) {
    throw failure(ERROR_CODES.INVALID_POLICY, { field: `${field}.mode` }, say('one of {values}', { values: ROUNDING_MODES }), mode);
  }
  if (!Number.isInteger(decimals) || (decimals as number) < 0 || (decimals as number) > MAX_ROUNDING_DECIMALS) {
    throw failure(ERROR_CODES.INVALID_POLICY, { field: `${field}.decimals` }, say('an integer from 0 to {max}', { max: String(MAX_ROUNDING_DECIMALS) }), decimals);
  }
  return Object.freeze({ mode: mode as RoundingMode, decimals: decimals as number });
}

const TRUNCATE_TO_ONE_DECIMAL: StageRounding = { mode: 'toward-zero', decimals: 1 };

/**
 * The rounding that reproduces the published Q1 2024 figures: every stage cut toward zero at
 * one decimal. The report's legend says W is "rounded to an integer", yet the figures carry one
 * decimal; this policy follows the figures (the errata register records the contradiction).
 */
export const PUBLISHED_ROUNDING = /* @__PURE__ */ createRoundingPolicy({
  name: 'published-2024-q1',
  share: TRUNCATE_TO_ONE_DECIMAL,
  awarded: TRUNCATE_TO_ONE_DECIMAL,
  result: TRUNCATE_TO_ONE_DECIMAL,
  mean: TRUNCATE_TO_ONE_DECIMAL,
});

/** No rounding anywhere: every figure kept exact (quotients to 80 significant digits). */
export const EXACT_ROUNDING = /* @__PURE__ */ createRoundingPolicy({ name: 'exact', share: null, awarded: null, result: null, mean: null });

/** A value and the record of its rounding, for traces. */
export interface RoundedValue {
  readonly value: ExactDecimal;
  /** The value in plain notation. */
  readonly text: string;
  readonly unrounded: ExactDecimal;
  readonly exact: boolean;
  readonly rounding: StageRounding | null;
}

/**
 * Rounds a value as a stage's rounding says; `null` keeps it (an inexact quotient is then cut at 79
 * significant digits, every one of them true).
 */
export function round(value: Quotient, rounding: StageRounding | null): RoundedValue {
  if (rounding === null) {
    const kept = value.exact ? value.value : value.value.toSignificantDigits(QUOTIENT_DIGITS - 1, Decimal.ROUND_DOWN);
    return { value: kept, text: plain(kept), unrounded: value.value, exact: value.exact, rounding: null };
  }
  const rounded = value.value.toDecimalPlaces(rounding.decimals, DECIMAL_JS_MODE[rounding.mode]);
  return { value: rounded, text: plain(rounded), unrounded: value.value, exact: value.exact, rounding };
}

/**
 * The share stage's rounding for one indicator: the method's, keeping at least as many decimals as
 * the target has, so that a measure at or above its target is never rounded below it (a target of
 * 99.74 with a method that keeps one decimal would otherwise make 99.745 fall short).
 */
export function atTargetPrecision(rounding: StageRounding | null, targetDecimals: number): StageRounding | null {
  return rounding === null || rounding.decimals >= targetDecimals ? rounding : Object.freeze({ mode: rounding.mode, decimals: targetDecimals });
}
