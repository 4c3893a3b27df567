/**
 * The contract between the kinds of indicator and the scorer: the kinds' names, what a definition
 * holds, what a kind measures, the warnings and the steps of a trace. The bottom of the scoring
 * layers: the registry of kinds, the input reader and the scorer import it, and it imports none of them.
 *
 * @module
 */
import type { ExactDecimal } from '../decimal/decimal.js';
import type { RoundedValue, StageRounding } from '../decimal/rounding.js';
import { deepFreeze } from '../freeze.js';
import { ENGLISH } from '../messages/catalogue.js';
import { render } from '../messages/render.js';

/**
 * Every kind of indicator the editions use.
 * - `ratio`: Z = a / b · 100, more is better;
 * - `decreasing-ratio`: Z = a / b · 100, less is better;
 * - `count`: a number of things ("ед." / "бірл."), compared with the target;
 * - `milestone`: done or not done ("ед." with target 1);
 * - `composite`: criteria with their own weights; Z = the sum of the weights of the criteria met;
 * - `uptime`: A = 100 − t_down / t_total · 100;
 * - `security`: S = (Ia + Ib) / 2;
 * - `growth`: data digitised in the period over all data on the architecture portal, · 100,
 *   against a target of growth in percent;
 * - `complement-ratio`: A = 100 − b / c · 100.
 */
export const INDICATOR_KINDS = /* @__PURE__ */ deepFreeze(['ratio', 'decreasing-ratio', 'count', 'milestone', 'composite', 'uptime', 'security', 'growth', 'complement-ratio'] as const);

/** One of {@link INDICATOR_KINDS}. */
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** A criterion of a composite indicator: an id and its weight in percent of the indicator. */
export interface CriterionDefinition {
  readonly id: string;
  readonly weight: string;
}

/** Where an indicator's U and N come from: the edition, its text, the year and the legal reference. */
export interface TraceSource {
  /** The edition's id (`2023`, `2025`). */
  readonly edition: string;
  /** The text whose values apply (`kk`, `ru`), or `null` for an edition with one set of values. */
  readonly reading: string | null;
  /** The year whose weight and target apply. */
  readonly year: string;
  /** The legal reference of the indicator (act, annex, section, row) in one line. */
  readonly reference: string | null;
}

/** What every indicator definition has, whatever its kind. */
export interface DefinitionBase {
  /** The indicator's id in its edition. */
  readonly id: string;
  /** U: the weight of the indicator, as an exact decimal string; `null` when it does not apply in the year scored. */
  readonly weight: string | null;
  /** N: the target for the year scored, as an exact decimal string, or `null` for none. */
  readonly target: string | null;
  /** Where U and N come from; an edition's definitions say it, and every score of them carries it in its trace. */
  readonly source?: TraceSource;
}

/** What the scorer needs to know about an indicator. */
export type IndicatorDefinition =
  | (DefinitionBase & { readonly kind: Exclude<IndicatorKind, 'composite'> })
  | (DefinitionBase & { readonly kind: 'composite'; readonly criteria: readonly CriterionDefinition[] });

/** Every warning code, as named constants. A warning never changes a figure by itself; it says which rule did. */
export const WARNING_CODES = /* @__PURE__ */ deepFreeze({
  /** No figure was reported (`null`, a dash): W = 0 by the method's rule. */
  NO_DATA: 'NO_DATA',
  /** An empty string was read as "no data", like an empty cell in a report. */
  BLANK_CELL: 'BLANK_CELL',
  /** The denominator is zero: Z = 0 by the method's rule. */
  ZERO_DENOMINATOR: 'ZERO_DENOMINATOR',
  /** The numerator exceeds the denominator: the share is above 100 % and kept as it is. */
  SHARE_ABOVE_100: 'SHARE_ABOVE_100',
  /** The target is zero: W = 0 by the method's rule. */
  NO_TARGET: 'NO_TARGET',
  /**
   * A weight is given for the year but no target (the decree prints "–"): W = 0 by the method's
   * rule, and the weight still counts in the planned total (see docs/scoring.md).
   */
  WEIGHT_WITHOUT_TARGET: 'WEIGHT_WITHOUT_TARGET',
  /** Figures were given for an indicator that does not apply in the period: neither read nor scored. */
  NOT_APPLICABLE_REPORTED: 'NOT_APPLICABLE_REPORTED',
  /** The printed decreasing rule, asked for explicitly, awarded more than the weight. */
  AWARDED_ABOVE_WEIGHT: 'AWARDED_ABOVE_WEIGHT',
  /** The indicator has no weight, or a weight of 0, for the year scored (it does not apply): W = 0. */
  NOT_APPLICABLE: 'NOT_APPLICABLE',
  /** A figure's digit groups are not of three (`"815 5647"`): read as one number; check the source. */
  IRREGULAR_GROUPING: 'IRREGULAR_GROUPING',
  /**
   * A figure's one comma is followed by three digits (`"1,000"`): read as a decimal comma (1), as the
   * decrees print it; where the comma was meant to group thousands, the figure is a thousand times larger.
   */
  AMBIGUOUS_COMMA: 'AMBIGUOUS_COMMA',
} as const);

/** One of {@link WARNING_CODES}. */
export type WarningCode = (typeof WARNING_CODES)[keyof typeof WARNING_CODES];

/** A warning attached to a scored indicator. */
export interface ScoringWarning {
  readonly code: WarningCode;
  /** The input field concerned, if one is. */
  readonly field: string | null;
  /** What it says, in English (`formatTrace` writes it in any language from its code and `params`). */
  readonly message: string;
  /** The values of its message in the catalogues (`data/messages/<lang>.json`, section `warnings`): fields, figures. */
  readonly params: Readonly<Record<string, string>>;
}

/** A warning, frozen, its English message written from the catalogue. */
export function scoringWarning(code: WarningCode, field: string | null, params: Readonly<Record<string, string>> = {}): ScoringWarning {
  const values = Object.freeze({ ...params });
  return Object.freeze({ code, field, message: render(ENGLISH.warnings[code], values, ENGLISH), params: values });
}

/**
 * The rule that decided W:
 * - `at-target`: the figure met the target, W = U;
 * - `proportional`: below target, W = Z / N · U (a / N · U for a count);
 * - `inverse-proportional`: a decreasing indicator above its target, W = N / Z · U;
 * - `printed-decreasing`: the printed decreasing rule above target, W = Z / N · U (asked for explicitly);
 * - `done` / `not-done`: a milestone;
 * - `no-data`: nothing was reported, W = 0;
 * - `no-target`: the target is 0 or none, W = 0;
 * - `not-applicable`: the indicator has no weight for the year scored, W = 0.
 */
export const AWARD_RULES = /* @__PURE__ */ deepFreeze([
  'at-target',
  'proportional',
  'inverse-proportional',
  'printed-decreasing',
  'done',
  'not-done',
  'no-data',
  'no-target',
  'not-applicable',
] as const);

/** The rule that decided W (see the rules above). */
export type AwardRule = (typeof AWARD_RULES)[number];

/**
 * What a step of a trace computed, so that it can be written in words in any language:
 * - measures: `share` (x / y × 100), `complement` (100 − x / y × 100), `complement-excused`
 *   (100 − (b − excused) / c × 100), `mean` ((x + y) / 2), `security-counts`
 *   ((tested / systems × 100 + connected / systems × 100) / 2), `criteria-sum` (the weights of the
 *   criteria met), `zero-denominator` (the rule for a whole of 0);
 * - W: the award rule that decided it, or `capped-at-weight` when a
 *   rounding away from zero would have passed U;
 * - R: `sum` (Σ W, or Σ of the directions' Σ W), `mean` (of the directions' R), `share-of-planned`
 *   (Σ W / Σ U × 100).
 */
export type StepOperation =
  | 'share'
  | 'complement'
  | 'complement-excused'
  | 'mean'
  | 'security-counts'
  | 'criteria-sum'
  | 'zero-denominator'
  | AwardRule
  | 'capped-at-weight'
  | 'sum'
  | 'share-of-planned';

/** One computed figure: how it was computed, its unrounded value and its rounding. Plain, frozen data. */
export interface TraceStep {
  /** The figure's name in the method: `Z`, `W`, `A`, `S`, `R`. */
  readonly name: string;
  /** The expression with the values put in, e.g. `156710 / 363249 × 100`. */
  readonly expression: string;
  /**
   * The value before rounding, in plain notation; an inexact quotient is cut at 30 significant
   * digits (its whole part always in full) and ends in `…`.
   */
  readonly unrounded: string;
  /** The rounding applied, or `null` when the value was kept. */
  readonly rounding: StageRounding | null;
  /** The value after rounding. */
  readonly value: string;
  /** What was computed (see {@link StepOperation}). */
  readonly operation: StepOperation;
  /** The figures it was computed from, by their names in the method or the input, in the order of the expression. */
  readonly operands: Readonly<Record<string, string>>;
}

/** A step of a measure as a kind makes it: written into a {@link TraceStep} by the scorer. */
export interface MeasureStep {
  readonly name: string;
  readonly operation: StepOperation;
  readonly operands: Readonly<Record<string, string>>;
  readonly expression: string;
  readonly rounded: RoundedValue;
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
  /** The steps of the measure (Z, A or S), for the trace. */
  readonly steps: readonly MeasureStep[];
}

/** A criterion of a prepared definition: its weight read into an exact value. */
export interface PreparedCriterion {
  readonly id: string;
  readonly weight: ExactDecimal;
}
