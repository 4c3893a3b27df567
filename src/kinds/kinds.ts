/**
 * The kinds of indicator, what each needs to be scored (its definition) and what a body reports
 * for it (its input). Each kind is a module of this folder; the registry lists them.
 *
 * @module
 */
export { INDICATOR_KINDS, INPUT_FIELDS, KIND_FORMULAS, KIND_LEVERS, type IndicatorInputs } from './registry.js';
export type { CriterionDefinition, DefinitionBase, IndicatorDefinition, IndicatorInput, IndicatorKind, KindLever } from './types.js';
export type { ShareInput } from './ratio.js';
export type { SecurityCountInput, SecurityPercentInput } from './security.js';
export type { ComplementRatioInput } from './complement-ratio.js';
export type { CompositeInput } from './composite.js';
export type { CountInput } from './count.js';
export type { GrowthInput } from './growth.js';
export type { MilestoneInput } from './milestone.js';
export type { UptimeInput } from './uptime.js';
