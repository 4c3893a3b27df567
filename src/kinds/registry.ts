/**
 * The registry of kinds: every kind of indicator in one place, each explaining its own reading and
 * measure in its module. Adding a kind means its module, a line here and its tests.
 *
 * @module
 */
import { deepFreeze } from '../freeze.js';
import { COMPLEMENT_RATIO, type ComplementRatioInput } from './complement-ratio.js';
import { COMPOSITE, type CompositeInput } from './composite.js';
import { COUNT, type CountInput } from './count.js';
import { DECREASING_RATIO } from './decreasing-ratio.js';
import { GROWTH, type GrowthInput } from './growth.js';
import { MILESTONE, type MilestoneInput } from './milestone.js';
import { RATIO, type ShareInput } from './ratio.js';
import { SECURITY, type SecurityCountInput, type SecurityPercentInput } from './security.js';
import type { IndicatorKind, KindLever, KindModule } from './types.js';
import { UPTIME, type UptimeInput } from './uptime.js';

/** What a body reports for an indicator of each kind. */
export interface IndicatorInputs {
  readonly ratio: ShareInput;
  readonly 'decreasing-ratio': ShareInput;
  readonly count: CountInput;
  readonly milestone: MilestoneInput;
  readonly composite: CompositeInput;
  readonly uptime: UptimeInput;
  readonly security: SecurityPercentInput | SecurityCountInput;
  readonly growth: GrowthInput;
  readonly 'complement-ratio': ComplementRatioInput;
}

/** Every kind's module, by kind, in the order the kinds are listed. */
export const KIND_MODULES: { readonly [K in IndicatorKind]: KindModule<K> } = Object.freeze({
  ratio: RATIO,
  'decreasing-ratio': DECREASING_RATIO,
  count: COUNT,
  milestone: MILESTONE,
  composite: COMPOSITE,
  uptime: UPTIME,
  security: SECURITY,
  growth: GROWTH,
  'complement-ratio': COMPLEMENT_RATIO,
});

/**
 * Every kind of indicator the two editions use.
 * - `ratio`: Z = a / b · 100, more is better;
 * - `decreasing-ratio`: Z = a / b · 100, less is better;
 * - `count`: a number of things ("ед." / "бірл."), compared with the target;
 * - `milestone`: done or not done ("ед." with target 1);
 * - `composite`: criteria with their own weights; Z = the sum of the weights of the criteria met;
 * - `uptime`: A = 100 − t_down / t_total · 100;
 * - `security`: S = (Ia + Ib) / 2;
 * - `growth`: data digitised in the period over all data on the architecture portal, · 100,
 *   against a target of 15 (% growth);
 * - `complement-ratio`: A = 100 − b / c · 100.
 */
export const INDICATOR_KINDS = deepFreeze(Object.keys(KIND_MODULES)) as readonly IndicatorKind[];

const byKind = <T>(pick: (module: KindModule) => T): Readonly<Record<IndicatorKind, T>> =>
  deepFreeze(Object.fromEntries(INDICATOR_KINDS.map((kind) => [kind, pick(KIND_MODULES[kind] as KindModule)])) as Record<IndicatorKind, T>);

/** The input fields each kind takes, in order (security lists both of its forms). */
export const INPUT_FIELDS: Readonly<Record<IndicatorKind, readonly string[]>> = /* @__PURE__ */ byKind((module) => module.fields);

/** The formula of each kind, as the trace states it. */
export const KIND_FORMULAS: Readonly<Record<IndicatorKind, string>> = /* @__PURE__ */ byKind((module) => module.formula);

/**
 * The input field a what-if moves for each kind, and which way raises W (security: one lever per
 * figure of each of its two forms).
 */
export const KIND_LEVERS: Readonly<Record<IndicatorKind, readonly KindLever[]>> = /* @__PURE__ */ byKind((module) => module.levers);

/**
 * @param kind - a value that may be a kind
 * @returns the kind's module, or `undefined` for anything else (own keys only)
 */
export function kindModule(kind: unknown): KindModule | undefined {
  return typeof kind === 'string' && Object.hasOwn(KIND_MODULES, kind) ? (KIND_MODULES[kind as IndicatorKind] as KindModule) : undefined;
}
