/**
 * cdto-kpi: Kazakhstan's digitalisation KPIs of government bodies and their digital deputies
 * (CDTO) as typed, versioned data, and a deterministic scorer in exact decimals.
 *
 * - the scorer: {@link scoreIndicator}, {@link scoreBody}, {@link rankResults}, {@link scorePeriodReport};
 * - the editions, each built on its first use: {@link edition2023}, {@link edition2025}, {@link getEdition};
 * - period reports: {@link validatePeriodReport}, {@link reportTemplate}, {@link whatIf}.
 *
 * Elsewhere: the zod schemas (`cdto-kpi/schemas`), an edition from its files
 * (`cdto-kpi/edition-files`), the audit of a published rating (`cdto-kpi/audit`) and the published
 * Q1 2024 rating (`cdto-kpi/reports/2024-q1`).
 *
 * @module
 */
export * from './scorer.js';
// @generated-begin editions (scripts/generate-entries.ts: npm run entries)
export * from './generated/lazy-catalogue-2023.js';
export * from './generated/lazy-catalogue-2025.js';
// @generated-end editions
export { DEFAULT_READING } from './editions/readings.js';
export { cellByReading, type BlocksCatalogue, type BlocksDiscrepancy, type BlocksIndicator, type BlocksReading, type Criterion } from './editions/layouts/blocks.js';
export type { DirectionsCatalogue, DirectionsDiscrepancy, DirectionsIndicator, DirectionsReading } from './editions/layouts/directions.js';
export type { CatalogueRecord, Edition, EditionCatalogue, EditionIndicator, EditionReadings, ReadingValues } from './editions/edition.js';
export { getEdition, listEditions, registerEdition, unregisterEdition } from './editions/registry.js';
export { catalogueCsv, catalogueRecords } from './output/catalogue-export.js';
export { findIndicator, indicatorsOfBlock, indicatorsOfBody, type CatalogueEntry, type IndicatorList } from './editions/queries.js';
export type { ActReference, BilingualText, Block, Body, EditionInfo, Formula, Language, LegalReference, Unit } from './editions/types.js';
export { BODIES, BODY_IDS, type BodyId } from './editions/bodies.js';
export { appliesInYear, indicatorsForPeriod, type PeriodIndicator, type PeriodIndicators } from './periods/indicators-for-period.js';
export { RANK_BY, scorePeriodReport, type PeriodRatingEntry, type PeriodReport, type PeriodScore, type PeriodScoreOptions, type RankBy } from './reports/score-period.js';
export { validatePeriodReport, type ValidationResult, type ValidationWarning } from './reports/validate-period-report.js';
export { reportTemplate, type ReportTemplate, type TemplateIndicator } from './reports/template.js';
export { inputForm, type InputForm } from './reports/input-forms.js';
export { CSV_DELIMITERS, EXCEL_CSV, parseCsv, writeCsv, type CsvDelimiter, type CsvWriteOptions } from './reports/csv.js';
export { CSV_VALUE_COLUMNS, reportFromCsv, templateCsv } from './reports/csv-report.js';
export { scoreCsv } from './reports/csv-scores.js';
export { whatIf, type LeverValue, type OutOfReach, type Standing, type WhatIf, type WhatIfBody, type WhatIfIndicator } from './what-if/what-if.js';
export { LEVERS, leversFor, type CriteriaLever, type DoneLever, type FigureLever, type Lever, type LeverDirection } from './what-if/levers.js';
