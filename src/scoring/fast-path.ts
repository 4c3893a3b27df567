/**
 * The fast path: the rows whose measure is exact in doubles (see the domain below), under a method
 * that cuts toward zero (or floors) at fixed decimals, scored in scaled integers held in doubles,
 * every product checked to stay below 2^53 (so every operation is exact). Rows outside its domain
 * go to the exact decimal path, which is also the reference it is tested against (same result, to
 * the last digit).
 *
 * The domain, stated once: the kind is one of {@link FAST_KINDS} (a share x / y × 100: `ratio`,
 * `decreasing-ratio`, `growth`; a complement (y − x) / y × 100: `uptime`, `complement-ratio`; the
 * mean of two percentages of at most 100: `security` given as Ia and Ib; the sum of the weights of
 * the criteria met, each known and listed once, in a plain list of strings: `composite`; `done`
 * given as `true` or `false`: `milestone`; or `count`), or nothing was reported (a figure `null`,
 * the other `null` or readable); U and N are above zero; the method rounds W (and the share)
 * `toward-zero` or `floor` (the same on figures of zero or more) at fixed decimals, and scores a
 * decreasing ratio above its target inverse-proportionally (a count, a milestone and no data need
 * no share rounding); the input is a plain object (not a list) with exactly the kind's fields as
 * own data keys (two, or one for a count, a composite and a milestone); every figure is read by `readScaled` (at most 15 digits); the whole is
 * not zero and a complement's part is at most its whole; U and N have at most 15 digits; and
 * every product of the computation stays below 2^53. Anything else is scored by the decimal path,
 * whatever it is (warnings of reading, errors, huge figures).
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
  shift,
  times,
} from '../decimal/scaled.js';
import { readScaled } from '../decimal/scaled.js';
import type { PreparedDefinition } from '../kinds/definition.js';
import type { IndicatorKind } from '../kinds/types.js';
import { scoringWarning } from '../kinds/input-reader.js';
import type { StageRounding } from '../decimal/rounding.js';
import type { ScoringMethod } from './method.js';
import type { AwardRule } from './trace.js';
import { type ScoringWarning, WARNING_CODES } from './warnings.js';

/**
 * How the fast path reads each kind it scores: its fields (the part, then the whole; one field for
 * a count, a composite and a milestone) and what they make: `share` x / y × 100, `complement`
 * (y − x) / y × 100, `mean` (x + y) / 2, `criteria` the sum of the weights met, `milestone` done
 * or not, `count` the figure itself.
 */
export const FAST_KINDS: Readonly<Partial<Record<IndicatorKind, FastKind>>> = Object.freeze({
  ratio: fastKind('share', 'a', 'b'),
  'decreasing-ratio': fastKind('share', 'a', 'b'),
  growth: fastKind('share', 'digitised', 'total'),
  uptime: fastKind('complement', 'downtimeHours', 'totalHours'),
  'complement-ratio': fastKind('complement', 'b', 'c'),
  security: fastKind('mean', 'ia', 'ib'),
  composite: fastKind('criteria', 'met', null),
  milestone: fastKind('milestone', 'done', null),
  count: fastKind('count', 'a', null),
});

/** How the fast path reads a kind (see {@link FAST_KINDS}). */
export interface FastKind {
  readonly fraction: 'share' | 'complement' | 'mean' | 'criteria' | 'milestone' | 'count';
  readonly part: string;
  readonly whole: string | null;
  /** A share's warning when its part is above its whole, as the decimal path words it (none for the other fractions). */
  readonly above100: readonly ScoringWarning[];
}

function fastKind(fraction: FastKind['fraction'], part: string, whole: string | null): FastKind {
  const message = `${part} > ${whole}: the share is above 100 % and kept as it is`;
  const above100 = fraction === 'share' ? [scoringWarning(WARNING_CODES.SHARE_ABOVE_100, part, message)] : [];
  return Object.freeze({ fraction, part, whole, above100: Object.freeze(above100) });
}

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
  /** For a list given (the criteria met): a frozen copy, from which the trace is written later. */
  readonly list?: readonly string[];
}

const NO_WARNINGS: readonly ScoringWarning[] = Object.freeze([]);
const NOT_DONE: FastScore = Object.freeze({ share: null, awarded: '0', rule: 'not-done', warnings: NO_WARNINGS });
const NO_DATA: FastScore = Object.freeze({
  share: null,
  awarded: '0',
  rule: 'no-data',
  warnings: Object.freeze([scoringWarning(WARNING_CODES.NO_DATA, null, 'nothing was reported, so W = 0')]),
});

const first: ScaledRead = { units: 0, scale: 0 };
const second: ScaledRead = { units: 0, scale: 0 };

/**
 * Scores a row on the fast path.
 *
 * @param prepared - the definition (U and N above zero as scaled integers)
 * @param shape - how the kind is read (see {@link FAST_KINDS})
 * @param part - the first figure, as given
 * @param whole - the second figure as given, `undefined` for a count
 * @param plan - the method's plan
 * @returns the figures, or `undefined` to hand the row to the decimal path
 */
export function scoreFast(prepared: PreparedDefinition, shape: FastKind, part: unknown, whole: unknown, plan: FastPlan): FastScore | undefined {
  // Nothing reported (a figure null, the other null or readable): W = 0, as the decimal path says.
  if (part === null || whole === null) {
    const other = part === null ? whole : part;
    return other === null || other === undefined || (shape.fraction !== 'criteria' && readScaled(other, first)) ? NO_DATA : undefined;
  }
  if (shape.fraction === 'criteria') return plan.shareDecimals === null ? undefined : criteriaDouble(prepared, part, plan);
  if (shape.fraction === 'milestone') {
    if (part === true) return { share: null, awarded: full(prepared, plan), rule: 'done', warnings: NO_WARNINGS };
    return part === false ? NOT_DONE : undefined;
  }
  if (!readScaled(part, first)) return undefined;
  if (shape.fraction === 'count') {
    resetExactness();
    const score = countDouble(first.units, first.scale, prepared, plan);
    return lostExactness() ? undefined : score;
  }
  if (plan.shareDecimals === null || !readScaled(whole, second)) return undefined;
  // A zero whole is the decimal path's (it warns); a zero Ib is only a percentage.
  if (second.units === 0 && shape.fraction !== 'mean') return undefined;
  resetExactness();
  if (shape.fraction === 'share') {
    const score = shareDouble(first.units, first.scale, second.units, second.scale, prepared, plan, shape.above100);
    return lostExactness() ? undefined : score;
  }
  // A mean and a complement add or subtract their figures: both at the larger scale.
  const scale = Math.max(first.scale, second.scale);
  const x = shift(first.units, scale - first.scale);
  const y = shift(second.units, scale - second.scale);
  let score: FastScore | undefined;
  if (shape.fraction === 'mean') {
    // (x + y) / 2, each a percentage of at most 100 (else the decimal path says why), halved
    // exactly as five tenths.
    const hundred = shift(100, scale);
    score = x > hundred || y > hundred ? undefined : exactShareDouble(times(x + y, 5), scale + 1, prepared, plan);
  } else {
    // (y − x) / y, the part at most the whole (else the decimal path says why).
    score = x > y ? undefined : shareDouble(y - x, scale, y, scale, prepared, plan, NO_WARNINGS);
  }
  return lostExactness() ? undefined : score;
}

/** The criteria weights of a composite definition as scaled integers, by id; `null` when one does not fit. */
const CRITERIA = new WeakMap<PreparedDefinition, ReadonlyMap<string, ScaledRead> | null>();

function scaledCriteria(prepared: PreparedDefinition): ReadonlyMap<string, ScaledRead> | null {
  let criteria = CRITERIA.get(prepared);
  if (criteria === undefined) {
    const read = new Map<string, ScaledRead>();
    for (const criterion of prepared.criteria ?? []) {
      const weight: ScaledRead = { units: 0, scale: 0 };
      if (!readScaled(criterion.weight.toFixed(), weight)) {
        read.clear();
        break;
      }
      read.set(criterion.id, weight);
    }
    criteria = read.size === 0 ? null : read;
    CRITERIA.set(prepared, criteria);
  }
  return criteria;
}

/**
 * A composite: Z = the sum of the weights of the criteria met, exact. Only a plain list of known
 * ids, each once, with no hole and no getter; anything else goes to the decimal path.
 */
function criteriaDouble(prepared: PreparedDefinition, met: unknown, plan: FastPlan): FastScore | undefined {
  const criteria = scaledCriteria(prepared);
  if (criteria === null || !Array.isArray(met) || Object.getPrototypeOf(met) !== Array.prototype) return undefined;
  const length = met.length;
  if (length > criteria.size) return undefined;
  let scale = 0;
  const ids: string[] = [];
  for (let index = 0; index < length; index += 1) {
    const descriptor = Object.getOwnPropertyDescriptor(met, index);
    const id = descriptor === undefined || !('value' in descriptor) ? undefined : (descriptor.value as unknown);
    const weight = typeof id === 'string' ? criteria.get(id) : undefined;
    if (weight === undefined || ids.includes(id as string)) return undefined;
    ids.push(id as string);
    if (weight.scale > scale) scale = weight.scale;
  }
  resetExactness();
  let sum = 0;
  for (const id of ids) {
    const weight = criteria.get(id)!;
    sum += shift(weight.units, scale - weight.scale);
  }
  if (sum > Number.MAX_SAFE_INTEGER) return undefined;
  const score = exactShareDouble(sum, scale, prepared, plan);
  return lostExactness() ? undefined : { ...score, list: Object.freeze(ids) };
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

function shareDouble(a: number, p: number, b: number, q: number, prepared: PreparedDefinition, plan: FastPlan, above100: readonly ScoringWarning[]): FastScore {
  // The share keeps at least the target's decimals (see atTargetPrecision).
  const ds = Math.max(plan.shareDecimals!, prepared.scaledTarget!.scale);
  const warnings = compareScaled(a, q, b, p) > 0 ? above100 : NO_WARNINGS;
  // Z = a / b × 100 cut at ds decimals: Zi = ⌊A · 10^(q + 2 + ds) / (B · 10^p)⌋
  return awardDouble(floorDivide(a, q + 2 + ds, b, p), ds, prepared, plan, warnings);
}

/** A share known exactly, Z = units / 10^scale (not negative), cut at the share stage and awarded. */
function exactShareDouble(units: number, scale: number, prepared: PreparedDefinition, plan: FastPlan): FastScore {
  const ds = Math.max(plan.shareDecimals!, prepared.scaledTarget!.scale);
  // Zi = ⌊Z · 10^ds⌋
  return awardDouble(floorDivide(units, ds, 1, scale), ds, prepared, plan, NO_WARNINGS);
}

/** W from a share cut at ds decimals (Zi units of 10^-ds), for a share or a decreasing share. */
function awardDouble(z: number, ds: number, prepared: PreparedDefinition, plan: FastPlan, warnings: readonly ScoringWarning[]): FastScore {
  const { units: u, scale: us } = prepared.scaledWeight!;
  const { units: t, scale: ts } = prepared.scaledTarget!;
  const dw = plan.awardedDecimals;
  const share = formatScaled(z, ds);
  // Z vs N: Zi · 10^ts vs T · 10^ds
  const against = compareScaled(z, ts, t, ds);
  if (prepared.module.basis === 'share') {
    if (against >= 0) return { share, awarded: full(prepared, plan), rule: 'at-target', warnings };
    // W = Z / N · U = Zi · U · 10^(ts + dw) / (T · 10^(ds + us))
    return { share, awarded: formatScaled(floorDivide(times(z, u), ts + dw, t, ds + us), dw), rule: 'proportional', warnings };
  }
  if (against <= 0) return { share, awarded: full(prepared, plan), rule: 'at-target', warnings };
  // W = N / Z · U = T · U · 10^(ds + dw) / (Zi · 10^(ts + us)); Z > N > 0
  return { share, awarded: formatScaled(floorDivide(times(t, u), ds + dw, z, ts + us), dw), rule: 'inverse-proportional', warnings };
}
