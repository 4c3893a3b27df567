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
// @generated-begin editions (scripts/generate-entries.ts: npm run entries)
export * from './generated/catalogue-2023.js';
export * from './generated/catalogue-2025.js';
// @generated-end editions
export { DEFAULT_READING } from './editions/readings.js';
export { cellByReading, kindByReading, type BlocksCatalogue, type BlocksDiscrepancy, type BlocksIndicator, type BlocksReading, type Criterion } from './editions/layouts/blocks.js';
export type { DirectionsCatalogue, DirectionsDiscrepancy, DirectionsIndicator, DirectionsReading } from './editions/layouts/directions.js';
export type { CatalogueRecord, DefinitionSource, Edition, EditionCatalogue, EditionIndicator, EditionReadings, ReadingValues } from './editions/edition.js';
export { createEdition, getEdition, listEditions, registerEdition, unregisterEdition, type EditionData } from './editions/registry.js';
export { catalogueCsv, catalogueRecords } from './output/catalogue-export.js';
export { findIndicator, indicatorsOfBlock, indicatorsOfBody, type CatalogueEntry, type IndicatorList } from './editions/queries.js';
export type { ActReference, BilingualText, Block, Body, EditionInfo, Formula, Language, LegalReference, Unit } from './editions/types.js';
export { BODIES, BODY_IDS, type BodyId } from './editions/bodies.js';
export { appliesInYear, indicatorsForPeriod, type PeriodIndicator, type PeriodIndicators } from './periods/indicators-for-period.js';
export { periodReportSchema, scorePeriodReport, type PeriodReport, type PeriodScore } from './reports/score-period.js';
export { methodByName, METHODS } from './scoring/methods.js';
export * from './reports/report-2024-q1.js';
