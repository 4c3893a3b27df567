/**
 * The scorer alone: exact arithmetic, rounding policies, the printed-figure parser, the kinds and
 * their scoring, bodies, ratings and periods. No catalogue data is bundled through this entry.
 *
 * @module
 */
export { divide, ExactDecimal, MAX_EXPONENT, MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS, MAX_SIGNIFICANT_DIGITS, plain, QUOTIENT_DIGITS, WORKING_PRECISION, type DecimalValue, type Quotient } from './decimal/decimal.js';
export { readFigure, type FigureInput, type FigureReading, type ReadFigure } from './input/figure-input.js';
export { MAX_PRINTED_FIGURE_LENGTH, parsePrintedFigure, SCALE_WORDS, type AbsenceMark, type FigureScale, type PrintedFigure } from './input/printed-figure.js';
export {
  createRoundingPolicy,
  EXACT_ROUNDING,
  MAX_ROUNDING_DECIMALS,
  PUBLISHED_ROUNDING,
  ROUNDING_MODES,
  ROUNDING_STAGES,
  roundStage,
  type RoundedValue,
  type RoundingMode,
  type RoundingPolicy,
  type RoundingStage,
  type StageRounding,
} from './decimal/rounding.js';
export { CdtoKpiError, describeLocation, ERROR_CODES, ERROR_MESSAGES, formatPath, isCdtoKpiError, type ErrorCode, type ErrorLocation, type Issue, type PathKey } from './errors/cdto-kpi-error.js';
export { MAX_QUOTED_LENGTH, quoteValue } from './errors/quote.js';
export { EDITION_COVERAGE, resolvePeriod, type EditionId, type ReportingPeriod, type ResolvedPeriod } from './periods/resolve-period.js';
export type { BundledEditionId } from './generated/editions.js';
export {
  INDICATOR_KINDS,
  INPUT_FIELDS,
  KIND_LEVERS,
  type ComplementRatioInput,
  type CompositeInput,
  type CountInput,
  type GrowthInput,
  type KindLever,
  type MilestoneInput,
  type UptimeInput,
  type CriterionDefinition,
  type DefinitionBase,
  type IndicatorDefinition,
  type IndicatorInput,
  type IndicatorInputs,
  type IndicatorKind,
  type SecurityCountInput,
  type SecurityPercentInput,
  type ShareInput,
} from './kinds/kinds.js';
export {
  AGGREGATIONS,
  createScoringMethod,
  DECREASING_ABOVE_TARGET_RULES,
  METHOD_2025,
  PUBLISHED_METHOD,
  type Aggregation,
  type DecreasingAboveTargetRule,
  type ScoringMethod,
} from './scoring/method.js';
export { rankResults, type RatingEntry } from './scoring/rank.js';
export { scoreBody, scoreDirection, type BodyScore, type DirectionEntry, type DirectionScore, type IndicatorEntry, type ScoreTotals } from './scoring/score-body.js';
export {
  KIND_FORMULAS,
  scoreIndicator,
  type AllKeys,
  type ExactFigure,
  type ExactFigures,
  type InexactNumber,
  type IndicatorScore,
  type IndicatorTrace,
  type NoOtherFields,
} from './scoring/score-indicator.js';
export type { TraceSource } from './kinds/definition.js';
export type { TraceInput } from './kinds/input-reader.js';
export { AWARD_RULES, type AwardRule, type TraceStep } from './scoring/trace.js';
export { WARNING_CODES, type ScoringWarning, type WarningCode } from './scoring/warnings.js';
export type { PeriodWarning } from './reports/period-warnings.js';
export { methodByName, METHODS } from './scoring/methods.js';
