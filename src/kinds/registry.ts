/**
 * The registry of kinds: every kind of indicator in one place, each declared once in its module
 * (its input fields, its formula, how it measures a body's input, what the award rules compare,
 * the levers of a what-if). Adding a kind means its module, its name in `INDICATOR_KINDS`, a line
 * here and its tests.
 *
 * @module
 */
import { COMPLEMENT_RATIO, type ComplementRatioInput } from './complement-ratio.js';
import { COMPOSITE, type CompositeInput } from './composite.js';
import type { IndicatorKind } from './contract.js';
import { COUNT, type CountInput } from './count.js';
import { DECREASING_RATIO } from './decreasing-ratio.js';
import { GROWTH, type GrowthInput } from './growth.js';
import type { KindModule } from './measure.js';
import { MILESTONE, type MilestoneInput } from './milestone.js';
import { RATIO, type ShareInput } from './ratio.js';
import { SECURITY, type SecurityCountInput, type SecurityPercentInput } from './security.js';
import { UPTIME, type UptimeInput } from './uptime.js';

export type { ComplementRatioInput, CompositeInput, CountInput, GrowthInput, MilestoneInput, SecurityCountInput, SecurityPercentInput, ShareInput, UptimeInput };
export type { KindLever, KindModule, MeasureContext } from './measure.js';

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

/** The input for one kind. */
export type IndicatorInput<K extends IndicatorKind = IndicatorKind> = IndicatorInputs[K];

/** Every kind's module, by kind. */
const KIND_MODULES: Readonly<Record<IndicatorKind, KindModule>> = /* @__PURE__ */ Object.freeze({
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

/** The input fields each kind takes, in order (security lists both of its forms). */
export const INPUT_FIELDS: Readonly<Record<IndicatorKind, readonly string[]>> = /* @__PURE__ */ Object.freeze(
  Object.fromEntries(Object.entries(KIND_MODULES).map(([kind, module]) => [kind, module.fields])) as Record<IndicatorKind, readonly string[]>,
);

/** A kind's module, or `undefined` for anything that is not a kind (own keys only). */
export function kindModule(kind: unknown): KindModule | undefined {
  return typeof kind === 'string' && Object.hasOwn(KIND_MODULES, kind) ? KIND_MODULES[kind as IndicatorKind] : undefined;
}
