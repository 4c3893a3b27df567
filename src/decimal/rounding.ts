/**
 * Rounding as a named, immutable policy: which mode and how many decimals, at which stage of the
 * method. The published method rounds at four stages; each may be set on its own.
 *
 * @module
 */
import { ERROR_CODES, failure } from '../errors/cdto-kpi-error.js';
import { type Quotient, QUOTIENT_DIGITS } from './decimal.js';
import { ExactDecimal } from './exact-decimal.js';
import { deepFreeze } from '../freeze.js';

/**
 * The rounding modes. `half-up` rounds a tie away from zero (the schoolbook rule); `half-down`
 * toward zero; `half-even` to the even neighbour (banker's rounding).
 */
export const ROUNDING_MODES = deepFreeze([
  'toward-zero',
  'away-from-zero',
  'floor',
  'ceiling',
  'half-up',
  'half-down',
  'half-even',
] as const);

/** One of {@link ROUNDING_MODES}. */
export type RoundingMode = (typeof ROUNDING_MODES)[number];

/** How one stage rounds: a mode and a number of decimals (0 to 20). */
export interface StageRounding {
  readonly mode: RoundingMode;
  readonly decimals: number;
}

/** The stages of the method at which a figure is rounded. */
export const ROUNDING_STAGES = deepFreeze(['share', 'awarded', 'result', 'mean'] as const);

/** One of {@link ROUNDING_STAGES}: share Z, awarded weight W, result R, mean across directions. */
export type RoundingStage = (typeof ROUNDING_STAGES)[number];

/**
 * A rounding policy: a name, and per stage a {@link StageRounding} or `null` for "keep exact".
 * Created by {@link createRoundingPolicy}, deeply frozen.
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
 * @returns the same policy, validated and deeply frozen
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
  if (typeof policy !== 'object' || policy === null) {
    throw failure(ERROR_CODES.INVALID_POLICY, { field: 'policy' }, 'an object', policy);
  }
  if (typeof policy.name !== 'string' || policy.name.trim() === '') {
    throw failure(ERROR_CODES.INVALID_POLICY, { field: 'name' }, 'a non-empty name', policy.name);
  }
  const stages = {} as Record<RoundingStage, StageRounding | null>;
  for (const stage of ROUNDING_STAGES) {
    const rounding = policy[stage];
    if (rounding === undefined) {
      throw failure(ERROR_CODES.INVALID_POLICY, { field: stage }, 'a stage rounding or null', rounding);
    }
    if (rounding !== null) checkStageRounding(rounding, stage);
    stages[stage] = rounding === null ? null : Object.freeze({ mode: rounding.mode, decimals: rounding.decimals });
  }
  return Object.freeze({ name: policy.name, ...stages });
}

/** Refuses a stage rounding that is not `{ mode, decimals }` with a known mode and 0 to 20 decimals. */
function checkStageRounding(rounding: StageRounding, field: string): void {
  if (typeof rounding !== 'object' || rounding === null) {
    throw failure(ERROR_CODES.INVALID_POLICY, { field }, 'a stage rounding ({ mode, decimals }) or null', rounding);
  }
  if (!(ROUNDING_MODES as readonly unknown[]).includes(rounding.mode)) {
    throw failure(ERROR_CODES.INVALID_POLICY, { field: `${field}.mode` }, `one of ${ROUNDING_MODES.join(', ')}`, rounding.mode);
  }
  if (!Number.isInteger(rounding.decimals) || rounding.decimals < 0 || rounding.decimals > MAX_ROUNDING_DECIMALS) {
    throw failure(ERROR_CODES.INVALID_POLICY, { field: `${field}.decimals` }, `an integer from 0 to ${MAX_ROUNDING_DECIMALS}`, rounding.decimals);
  }
}

const TRUNCATE_TO_ONE_DECIMAL: StageRounding = { mode: 'toward-zero', decimals: 1 };

/**
 * The rounding that reproduces the published Q1 2024 figures: every stage cut toward zero at
 * one decimal. The report's legend says W is "rounded to an integer", yet the figures carry one
 * decimal; this policy follows the figures (the errata register records the contradiction).
 */
export const PUBLISHED_ROUNDING = createRoundingPolicy({
  name: 'published-2024-q1',
  share: TRUNCATE_TO_ONE_DECIMAL,
  awarded: TRUNCATE_TO_ONE_DECIMAL,
  result: TRUNCATE_TO_ONE_DECIMAL,
  mean: TRUNCATE_TO_ONE_DECIMAL,
});

/** No rounding anywhere: every figure kept exact (quotients to 80 significant digits). */
export const EXACT_ROUNDING = createRoundingPolicy({ name: 'exact', share: null, awarded: null, result: null, mean: null });

/** A value and the record of its rounding, for traces. */
export interface RoundedValue {
  readonly value: ExactDecimal;
  readonly unrounded: ExactDecimal;
  readonly exact: boolean;
  readonly rounding: StageRounding | null;
}

/**
 * Rounds a value as a stage's rounding says.
 *
 * @param value - the value with its exactness (a plain decimal is `{ value, exact: true }`): a
 *   finite decimal of the library, or a plain decimal string
 * @param rounding - the stage's rounding, or `null` to keep the value (an inexact quotient is then
 *   cut at 79 significant digits, every one of them true)
 * @returns the rounded value, with the unrounded value and the rounding applied
 * @throws {@link CdtoKpiError} `WRONG_TYPE` for a value that is not a finite decimal with its
 *   exactness; `INVALID_POLICY` for a rounding that is not one of the modes with 0 to 20 decimals
 * @example
 * ```ts
 * plain(roundStage({ value: '43.17', exact: true }, { mode: 'toward-zero', decimals: 1 }).value); // '43.1'
 * ```
 */
export function roundStage(value: Quotient | { readonly value: string; readonly exact: boolean }, rounding: StageRounding | null): RoundedValue {
  const given = typeof value === 'object' && value !== null ? value : undefined;
  const raw: unknown = given !== undefined && Object.hasOwn(given, 'value') ? given.value : undefined;
  const exact: unknown = given !== undefined && Object.hasOwn(given, 'exact') ? given.exact : undefined;
  const finite = raw instanceof ExactDecimal || (typeof raw === 'string' && PLAIN_DECIMAL.test(raw));
  if (!finite || typeof exact !== 'boolean') {
    throw failure(ERROR_CODES.WRONG_TYPE, { field: 'value' }, 'a finite decimal with its exactness ({ value, exact })', value);
  }
  if (rounding !== null) checkStageRounding(rounding, 'rounding');
  return roundTrusted({ value: new ExactDecimal(raw as string | ExactDecimal), exact }, rounding === null ? null : Object.freeze({ mode: rounding.mode, decimals: rounding.decimals }));
}

/** A plain decimal string: digits, an optional point and decimals, an optional minus sign. */
const PLAIN_DECIMAL = /^-?\d{1,100}(?:\.\d{1,100})?$/u;

/**
 * {@link roundStage} for values and roundings the library made itself: no checks.
 *
 * @param value - an exact decimal of the library with its exactness
 * @param rounding - a stage rounding of a checked policy, or `null`
 * @returns the rounded value
 * @internal
 */
export function roundTrusted(value: Quotient, rounding: StageRounding | null): RoundedValue {
  if (rounding === null) {
    // Kept unrounded: an inexact quotient shows its true digits, cut below the stand-in's last one.
    const kept = value.exact ? value.value : value.value.toSignificantDigits(QUOTIENT_DIGITS - 1, 'toward-zero');
    return { value: kept, unrounded: value.value, exact: value.exact, rounding: null };
  }
  const rounded = value.value.toDecimalPlaces(rounding.decimals, rounding.mode);
  return { value: rounded, unrounded: value.value, exact: value.exact, rounding };
}
