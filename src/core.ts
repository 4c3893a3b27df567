/**
 * cdto-kpi/core: the library without its bundled data, for a browser. Every bundled edition is
 * known to the default registry by its coverage, and its data is fetched on demand:
 * `await loadEdition('2025')` (a dynamic `import()`, a chunk of its own in a bundle). From then on
 * `getEdition` and everything that resolves an edition find it; before, they throw
 * `EDITION_NOT_LOADED`. The API is the main entry's, name for name: code written for core runs
 * unchanged on `cdto-kpi`, where every bundled edition is at hand.
 *
 * @module
 */
export { BODIES } from './editions/bodies.js';
export type { Edition, CatalogueRecord } from './editions/edition.js';
export { findIndicator, indicatorsOfBody } from './editions/queries.js';
export { createEditionRegistry, defaultEditions, definitionFor, getEdition, listEditions, loadEdition, type EditionRegistry } from './editions/registry.js';
export type { Language } from './editions/types.js';
export type { BodyId } from './generated/bodies.js';
export { CdtoKpiError, ERROR_CODES, isCdtoKpiError, type Issue } from './errors/cdto-kpi-error.js';
export { readFigure, type FigureInput } from './input/figure.js';
export { formatIssue, formatTrace, loadLanguage } from './output/messages.js';
export { parsePrintedFigure } from './input/printed-figure.js';
export { INDICATOR_KINDS, WARNING_CODES, type IndicatorDefinition, type IndicatorKind, type ScoringWarning, type TraceStep } from './kinds/contract.js';
export { INPUT_FIELDS, type IndicatorInput } from './kinds/registry.js';
export { catalogueRecords } from './output/catalogue-export.js';
export { indicatorsForPeriod, type PeriodIndicators } from './periods/indicators-for-period.js';
export { resolvePeriod, type ReportingPeriod } from './periods/resolve-period.js';
export type { PeriodReport } from './reports/period-report-schema.js';
export { scorePeriodReport, type PeriodScore } from './reports/score-period.js';
export { reportTemplate, type ReportTemplate } from './reports/template.js';
export { validatePeriodReport, type ValidationResult } from './reports/validate-period-report.js';
export { createScoringMethod, METHOD_2025, methodByName, PUBLISHED_METHOD, type ScoringMethod } from './scoring/method.js';
export { rankResults } from './scoring/rank.js';
export { scoreBody, type BodyScore, type DirectionEntry } from './scoring/score-body.js';
export { scoreIndicator, type IndicatorScore, type IndicatorTrace } from './scoring/score-indicator.js';
export { whatIfIndicator, type IndicatorWhatIf } from './what-if/indicator.js';
export { whatIf, type WhatIf } from './what-if/report.js';
