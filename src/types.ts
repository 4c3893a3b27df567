/**
 * cdto-kpi/types: every type the API's signatures use, by name, for code that needs to name one (a
 * function that takes a trace step's rounding, a location, a kind's input). Types only: importing
 * this entry loads no code. The main entry exports the types a newcomer meets first.
 *
 * @module
 */
export type { RoundingPolicy, RoundingMode, StageRounding } from './decimal/rounding.js';
export type { CatalogueRecord, Edition, EditionCatalogue, EditionCoverage, EditionIndicator, EditionReadings, ReadingValues } from './editions/edition.js';
export type { BlocksCatalogue, BlocksDiscrepancy, BlocksIndicator, BlocksReading, Criterion } from './editions/layouts/blocks.js';
export type { DirectionsCatalogue, DirectionsDiscrepancy, DirectionsIndicator, DirectionsReading } from './editions/layouts/directions.js';
export type { ActReference, BilingualText, Block, Body, EditionInfo, Formula, LegalReference, LocalizedText, Unit } from './editions/types.js';
export type { ErrorCode } from './errors/codes.js';
export type { ErrorLocation, PathKey, Phrase } from './errors/issue.js';
export type { Lang } from './messages/catalogue.js';
export type { MessagePhrase, MessageValue, MessageValues } from './messages/render.js';
export type { LanguageOptions } from './output/messages.js';
export type { FigureReading, ReadFigure } from './input/figure.js';
export type { AbsenceMark, FigureScale, PrintedFigure } from './input/printed-figure.js';
export type { AwardRule, CriterionDefinition, DefinitionBase, StepOperation, TraceSource, WarningCode } from './kinds/contract.js';
export type { TraceInput } from './kinds/input-reader.js';
export type { ComplementRatioInput, CompositeInput, CountInput, GrowthInput, IndicatorInputs, MilestoneInput, SecurityCountInput, SecurityPercentInput, ShareInput, UptimeInput } from './kinds/registry.js';
export type { PeriodIndicator, PeriodOptions } from './periods/indicators-for-period.js';
export type { ResolvedPeriod } from './periods/resolve-period.js';
export type { PeriodWarning } from './reports/group-figures.js';
export type { PeriodRatingEntry, PeriodScoreOptions } from './reports/score-period.js';
export type { FieldMeaning, TrilingualText } from './reports/field-meanings.js';
export type { InputForm } from './reports/input-forms.js';
export type { TemplateIndicator } from './reports/template.js';
export type { ValidationWarning } from './reports/validate-period-report.js';
export type { Aggregation, DecreasingAboveTargetRule } from './scoring/method.js';
export type { RankBy, RatingEntry } from './scoring/rank.js';
export type { DirectionScore, IndicatorEntry } from './scoring/score-body.js';
export type { LeverAnswer, LeverValue } from './what-if/indicator.js';
export type { OutOfReach, Standing, WhatIfBody, WhatIfIndicator } from './what-if/report.js';
