/**
 * cdto-kpi: Kazakhstan's digitalisation KPIs of government bodies and their digital deputies
 * (CDTO) as typed, versioned data, and a deterministic scorer in exact decimals.
 *
 * - the scorer: {@link scoreIndicator}, {@link scoreBody}, {@link rankResults}, {@link scorePeriodReport};
 * - the catalogues: {@link CATALOGUE_2023}, {@link CATALOGUE_2025};
 * - the published Q1 2024 rating and its reproduction: {@link reproduceReport2024Q1}.
 *
 * @module
 */
export * from './scorer.js';
export * from './editions/edition-2023.js';
export * from './editions/edition-2025.js';
export { catalogueCsv, catalogueRecords, type CatalogueRecord, type ReadingValues } from './output/catalogue-export.js';
export { findIndicator, indicatorsOfBlock, indicatorsOfBody, type CatalogueEntry, type IndicatorList } from './editions/queries.js';
export type { ActReference, BilingualText, Block, Body, EditionInfo, Formula, Language, LegalReference, Unit } from './editions/types.js';
export { BODIES, BODY_IDS, type BodyId } from './editions/bodies.js';
export { appliesInYear, indicatorsForPeriod, type PeriodIndicator, type PeriodIndicators } from './periods/indicators-for-period.js';
export { periodReportSchema, RANK_BY, scorePeriodReport, type PeriodRatingEntry, type PeriodReport, type PeriodScore, type PeriodScoreOptions, type RankBy } from './reports/score-period.js';
export type { PeriodWarning } from './reports/period-warnings.js';
export { EXCUSABLE_INDICATORS } from './reports/period-input.js';
export { validatePeriodReport, type ValidationResult, type ValidationWarning } from './reports/validate-period-report.js';
export * from './reports/report-2024-q1.js';
export { reportTemplate, type ReportTemplate, type TemplateIndicator } from './reports/template.js';
export { inputForm, type InputForm } from './reports/input-forms.js';
export { CSV_DELIMITERS, EXCEL_CSV, parseCsv, writeCsv, type CsvDelimiter, type CsvWriteOptions } from './reports/csv.js';
export { CSV_VALUE_COLUMNS, reportFromCsv, templateCsv } from './reports/csv-report.js';
export { scoreCsv } from './reports/csv-scores.js';
export { whatIf, type LeverValue, type OutOfReach, type Standing, type WhatIf, type WhatIfBody, type WhatIfIndicator } from './what-if/what-if.js';
export { LEVERS, leversFor, type CriteriaLever, type DoneLever, type FigureLever, type Lever, type LeverDirection } from './what-if/levers.js';
export { findBoundary, type Boundary } from './what-if/boundary.js';
