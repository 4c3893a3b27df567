/**
 * The kinds of indicator, what each needs to be scored (its definition) and what a body reports
 * for it (its input).
 *
 * @module
 */
import type { FigureInput } from '../input/figure-input.js';
import { deepFreeze } from '../freeze.js';

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
export const INDICATOR_KINDS = deepFreeze([
  'ratio',
  'decreasing-ratio',
  'count',
  'milestone',
  'composite',
  'uptime',
  'security',
  'growth',
  'complement-ratio',
] as const);

/** One of {@link INDICATOR_KINDS}. */
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** A criterion of a composite indicator: an id and its weight in percent of the indicator. */
export interface CriterionDefinition {
  readonly id: string;
  readonly weight: string;
}

/** What every indicator definition has, whatever its kind. */
export interface DefinitionBase {
  /** The indicator's id in its edition. */
  readonly id: string;
  /** U: the weight of the indicator, as an exact decimal string; `null` when it does not apply in the year scored. */
  readonly weight: string | null;
  /** N: the target for the year scored, as an exact decimal string, or `null` for none. */
  readonly target: string | null;
}

/** What the scorer needs to know about an indicator. */
export type IndicatorDefinition =
  | (DefinitionBase & { readonly kind: Exclude<IndicatorKind, 'composite'> })
  | (DefinitionBase & { readonly kind: 'composite'; readonly criteria: readonly CriterionDefinition[] });

/** A share from its parts: numerator a and denominator b. */
export interface ShareInput {
  readonly a: FigureInput;
  readonly b: FigureInput;
}

/** Security from percentages already computed. */
export interface SecurityPercentInput {
  /** Ia: percent of the body's information systems with an act of testing for compliance. */
  readonly ia: FigureInput;
  /** Ib: percent of the body's information systems connected to the security operations centre. */
  readonly ib: FigureInput;
}

/** Security from the counts behind Ia and Ib. */
export interface SecurityCountInput {
  /** Information systems with an act (protocol) of testing for compliance. */
  readonly tested: FigureInput;
  /** Information systems connected to the information security operations centre. */
  readonly connected: FigureInput;
  /** All information systems of the body. */
  readonly systems: FigureInput;
}

/** What a body reports for an indicator of each kind. */
export interface IndicatorInputs {
  readonly ratio: ShareInput;
  readonly 'decreasing-ratio': ShareInput;
  /** a: the number achieved. */
  readonly count: { readonly a: FigureInput };
  /** `null`: not reported. */
  readonly milestone: { readonly done: boolean | null };
  /** The ids of the criteria met; `null`: not reported. */
  readonly composite: { readonly met: readonly string[] | null };
  /** Downtime and the hours of the period it was measured in. */
  readonly uptime: { readonly downtimeHours: FigureInput; readonly totalHours: FigureInput };
  readonly security: SecurityPercentInput | SecurityCountInput;
  /** Data digitised in the period, and all the body's data on the architecture portal. */
  readonly growth: { readonly digitised: FigureInput; readonly total: FigureInput };
  /**
   * b: the failing (or excluded) items; c: all items; `excused` (optional): how many of the b
   * items count in full by common KPI 6's footnote (a service unavailable because of another
   * body's information system); absent or `null`: none.
   */
  readonly 'complement-ratio': { readonly b: FigureInput; readonly c: FigureInput; readonly excused?: FigureInput };
}

/** The input for one kind. */
export type IndicatorInput<K extends IndicatorKind = IndicatorKind> = IndicatorInputs[K];

/** The input fields each kind takes, in order (security lists both of its forms). */
export const INPUT_FIELDS: Readonly<Record<IndicatorKind, readonly string[]>> = deepFreeze({
  ratio: ['a', 'b'],
  'decreasing-ratio': ['a', 'b'],
  count: ['a'],
  milestone: ['done'],
  composite: ['met'],
  uptime: ['downtimeHours', 'totalHours'],
  security: ['ia', 'ib', 'tested', 'connected', 'systems'],
  growth: ['digitised', 'total'],
  'complement-ratio': ['b', 'c', 'excused'],
});
