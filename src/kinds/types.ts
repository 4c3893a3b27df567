/**
 * What every kind of indicator shares: the definition the scorer needs (id, kind, weight U,
 * target N), and what a kind module declares about itself.
 *
 * @module
 */
import type { ExactDecimal } from '../decimal/decimal.js';
import type { RoundedValue, StageRounding } from '../decimal/rounding.js';
import type { ScoringMethod } from '../scoring/method.js';
import type { PendingStep } from '../scoring/trace.js';
import type { ScoringWarning } from '../scoring/warnings.js';
import type { InputReader } from './input-reader.js';
import type { IndicatorInputs } from './registry.js';

/** One of {@link INDICATOR_KINDS}. */
export type IndicatorKind = keyof IndicatorInputs;

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

/** The input for one kind. */
export type IndicatorInput<K extends IndicatorKind = IndicatorKind> = IndicatorInputs[K];

/**
 * The input field a what-if moves to change W, and which way is better. A what-if (how much more
 * a body needs to reach its target) inverts the measure along this field, the others held.
 */
export interface KindLever {
  /** The input field moved. */
  readonly field: string;
  /** `higher`: more of it raises W; `lower`: less of it raises W. */
  readonly better: 'higher' | 'lower';
  /**
   * What the field holds: a figure, a done flag, or a list of criteria ids (the what-if adds the
   * criteria not met).
   */
  readonly values: 'figure' | 'done' | 'criteria';
  /** For a kind with two input forms (security): the form the lever belongs to. */
  readonly form?: string;
}

/** A criterion of a prepared definition: its weight read into an exact value. */
export interface PreparedCriterion {
  readonly id: string;
  readonly weight: ExactDecimal;
}

/** An exact fraction: the measured figure before any rounding, when its quotient is not finite. */
export interface Fraction {
  readonly numerator: ExactDecimal;
  readonly denominator: ExactDecimal;
}

/** What a kind measured from a body's input, before the award rules decide W. */
export interface Measure {
  /** The measured figure (rounded at the share stage), or null when there is no data. */
  readonly share: RoundedValue | null;
  /** The measured figure as an exact fraction, so that an unrounded share enters W exactly. */
  readonly fraction: Fraction | null;
  /** For counts: the reported number compared with N. */
  readonly count: ExactDecimal | null;
  /** For milestones: done, not done, or not reported. */
  readonly done: boolean | null;
  /** The steps of the measure (Z, A or S), for the trace, written when the trace is read. */
  readonly steps: readonly PendingStep[];
}

/** What a kind's measure may use beyond the input: the method and the definition's criteria. */
export interface MeasureContext {
  readonly method: ScoringMethod;
  /**
   * The rounding of the share stage for this indicator: the method's, keeping at least as many
   * decimals as the target has, so that a measure at or above its target is never rounded below it.
   */
  readonly shareRounding: StageRounding | null;
  readonly criteria: readonly PreparedCriterion[] | null;
  readonly warn: (warning: ScoringWarning) => void;
}

/**
 * How the award rules compare a kind's measure with its target N:
 * - `share`: the measured share (Z, A, S) against N, higher is better;
 * - `decreasing-share`: the measured share against N, lower is better (inverse-proportional above N);
 * - `count`: the reported number against N;
 * - `milestone`: done or not done.
 */
export type AwardBasis = 'share' | 'decreasing-share' | 'count' | 'milestone';

/**
 * A kind of indicator, as one module declares it: its input fields, its formula, how it reads and
 * measures a body's input, what the award rules compare, and the lever of a what-if.
 */
export interface KindModule<K extends IndicatorKind = IndicatorKind> {
  readonly kind: K;
  /** The input fields it takes, in order (a kind with two forms lists both). */
  readonly fields: readonly string[];
  /** The formula, as the trace states it. */
  readonly formula: string;
  readonly basis: AwardBasis;
  /** The fields a what-if moves, with the way that raises W. */
  readonly levers: readonly KindLever[];
  /**
   * Reads the input (every field problem recorded, then thrown at once by `reader.done()`) and
   * measures it.
   */
  readonly measure: (reader: InputReader, context: MeasureContext) => Measure;
}
