/**
 * The fast path: ratio, decreasing ratio and count under a method that cuts toward zero (or floors)
 * at fixed decimals, scored in scaled integers held in doubles, every product checked to stay below
 * 2^53 (so every operation is exact). Rows outside its domain go to the exact decimal path, which is
 * also the reference it is tested against (same result, to the last digit).
 *
 * The domain, stated once: the kind is `ratio`, `decreasing-ratio` or `count`; U and N are above
 * zero; the method rounds W (and Z, for a share) `toward-zero` or `floor` (the same on figures of
 * zero or more) at fixed decimals, and scores a decreasing ratio above its target
 * inverse-proportionally; the input has exactly the kind's fields as own keys; every figure is
 * read by `readScaled` (at most 15 digits); a share's denominator is not zero; U and N have at most
 * 15 digits; and every product of the computation stays below 2^53. Anything else is scored by the
 * decimal path, whatever it is (no data, warnings of reading, errors, huge figures).
 *
 * @module
 */
import {
  compareScaled,
  floorDivide,
  formatScaled,
  lostExactness,
  resetExactness,
  type ScaledRead,
  times,
} from '../decimal/scaled.js';
import { readScaled } from '../decimal/scaled.js';
import type { PreparedDefinition } from '../kinds/definition.js';
import { scoringWarning } from '../kinds/input-reader.js';
import type { StageRounding } from '../decimal/rounding.js';
import type { ScoringMethod } from './method.js';
import type { AwardRule } from './trace.js';
import { type ScoringWarning, WARNING_CODES } from './warnings.js';

/** The decimals of the share and awarded stages, when the method is in the fast path's domain. */
export interface FastPlan {
  readonly shareDecimals: number | null;
  readonly awardedDecimals: number;
}

const PLANS = new WeakMap<ScoringMethod, FastPlan | null>();
let lastMethod: ScoringMethod | null = null;
let lastPlan: FastPlan | null = null;
const CUTS = new Set(['toward-zero', 'floor']);

/**
 * The method's plan for the fast path, worked out once per method.
 *
 * @param method - a checked method
 * @returns the plan, or `null` when the method is outside the domain
 */
export function fastPlan(method: ScoringMethod): FastPlan | null {
  if (method === lastMethod) return lastPlan;
  let plan = PLANS.get(method);
  if (plan === undefined) {
    const { share, awarded } = method.rounding;
    plan =
      awarded !== null && CUTS.has(awarded.mode) && method.decreasingAboveTarget === 'inverse-proportional'
        ? Object.freeze({ shareDecimals: share !== null && CUTS.has(share.mode) ? share.decimals : null, awardedDecimals: awarded.decimals })
        : null;
    PLANS.set(method, plan);
  }
  lastMethod = method;
  lastPlan = plan;
  return plan;
}

const WIDENED = new WeakMap<StageRounding, StageRounding[]>();

/**
 * The share stage's rounding for a target: the policy's, or the same mode with as many decimals as
 * the target has when the policy keeps fewer. A rounding (of any mode) keeps a value at or above a
 * figure of its grid at or above it, so a measure at or above its target is never rounded below it.
 *
 * @param rounding - the policy's share rounding, or `null` (kept exact)
 * @param targetDecimals - the decimals of the target N
 * @returns the rounding to apply, frozen, the same object for the same policy and decimals
 */
export function atTargetPrecision(rounding: StageRounding | null, targetDecimals: number): StageRounding | null {
  if (rounding === null || rounding.decimals >= targetDecimals) return rounding;
  let widened = WIDENED.get(rounding);
  if (widened === undefined) WIDENED.set(rounding, (widened = []));
  return (widened[targetDecimals] ??= Object.freeze({ mode: rounding.mode, decimals: targetDecimals }));
}

/** What the fast path computed: the figures of the result, as strings. */
export interface FastScore {
  readonly share: string | null;
  readonly awarded: string;
  readonly rule: AwardRule;
  readonly warnings: readonly ScoringWarning[];
}

const NO_WARNINGS: readonly ScoringWarning[] = Object.freeze([]);
const ABOVE_100: readonly ScoringWarning[] = Object.freeze([scoringWarning(WARNING_CODES.SHARE_ABOVE_100, 'a', 'a > b: the share is above 100 % and kept as it is')]);

const first: ScaledRead = { units: 0, scale: 0 };
const second: ScaledRead = { units: 0, scale: 0 };

/**
 * Scores a row on the fast path.
 *
 * @param prepared - the definition (U and N above zero as scaled integers)
 * @param a - the figure a, as given
 * @param b - the figure b as given (ratios), `undefined` for a count
 * @param plan - the method's plan
 * @returns the figures, or `undefined` to hand the row to the decimal path
 */
export function scoreFast(prepared: PreparedDefinition, a: unknown, b: unknown, plan: FastPlan): FastScore | undefined {
  if (!readScaled(a, first)) return undefined;
  const counting = prepared.kind === 'count';
  if (!counting && (plan.shareDecimals === null || !readScaled(b, second) || second.units === 0)) return undefined;
  resetExactness();
  const score = counting ? countDouble(first.units, first.scale, prepared, plan) : shareDouble(first.units, first.scale, second.units, second.scale, prepared, plan);
  return lostExactness() ? undefined : score;
}

/** W = U at target, rounded at the awarded stage (a cut: ⌊U · 10^dw⌋ / 10^dw). */
function full(prepared: PreparedDefinition, plan: FastPlan): string {
  const { units, scale } = prepared.scaledWeight!;
  return scale <= plan.awardedDecimals ? prepared.weightText! : formatScaled(floorDivide(units, 0, 1, scale - plan.awardedDecimals), plan.awardedDecimals);
}

function countDouble(a: number, p: number, prepared: PreparedDefinition, plan: FastPlan): FastScore {
  const { units: u, scale: us } = prepared.scaledWeight!;
  const { units: t, scale: ts } = prepared.scaledTarget!;
  const dw = plan.awardedDecimals;
  // a ≥ N ⇔ A · 10^ts ≥ T · 10^p
  if (compareScaled(a, ts, t, p) >= 0) return { share: null, awarded: full(prepared, plan), rule: 'at-target', warnings: NO_WARNINGS };
  // W = a / N · U = A · U · 10^(ts + dw) / (T · 10^(p + us)), in units of 10^-dw
  const w = floorDivide(times(a, u), ts + dw, t, p + us);
  return { share: null, awarded: formatScaled(w, dw), rule: 'proportional', warnings: NO_WARNINGS };
}

function shareDouble(a: number, p: number, b: number, q: number, prepared: PreparedDefinition, plan: FastPlan): FastScore {
  const { units: u, scale: us } = prepared.scaledWeight!;
  const { units: t, scale: ts } = prepared.scaledTarget!;
  // The share keeps at least the target's decimals (see atTargetPrecision).
  const ds = Math.max(plan.shareDecimals!, ts);
  const dw = plan.awardedDecimals;
  const warnings = compareScaled(a, q, b, p) > 0 ? ABOVE_100 : NO_WARNINGS;
  // Z = a / b × 100 cut at ds decimals: Zi = ⌊A · 10^(q + 2 + ds) / (B · 10^p)⌋
  const z = floorDivide(a, q + 2 + ds, b, p);
  const share = formatScaled(z, ds);
  // Z vs N: Zi · 10^ts vs T · 10^ds
  const against = compareScaled(z, ts, t, ds);
  if (prepared.kind === 'ratio') {
    if (against >= 0) return { share, awarded: full(prepared, plan), rule: 'at-target', warnings };
    // W = Z / N · U = Zi · U · 10^(ts + dw) / (T · 10^(ds + us))
    return { share, awarded: formatScaled(floorDivide(times(z, u), ts + dw, t, ds + us), dw), rule: 'proportional', warnings };
  }
  if (against <= 0) return { share, awarded: full(prepared, plan), rule: 'at-target', warnings };
  // W = N / Z · U = T · U · 10^(ds + dw) / (Zi · 10^(ts + us)); Z > N > 0
  return { share, awarded: formatScaled(floorDivide(times(t, u), ds + dw, z, ts + us), dw), rule: 'inverse-proportional', warnings };
}
