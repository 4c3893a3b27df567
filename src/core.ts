/**
 * cdto-kpi/core: the library without bundled data, for a browser. A bundled edition is loaded on
 * demand, `await loadEdition('2025')`, a dynamic `import()` that a bundler makes a chunk of its own;
 * from then on {@link getEdition} and everything that resolves an edition (scoring a period report,
 * the indicators of a period) find it. Before that they throw `EDITION_NOT_LOADED`, and
 * {@link listEditions} lists the editions loaded (and registered) so far.
 *
 * The rest is the main entry's API for scoring: the scorer, editions, periods, period reports and
 * their validation. The analyst's tools (templates, input forms, CSV, what-if, catalogue exports)
 * are `cdto-kpi/core/tools`, which shares core's editions: a page that scores does not load them.
 * Left out, as their data is what core leaves to the chunks: the editions' typed modules (`edition2025`,
 * `getIndicator2025`…; their types can be imported from `cdto-kpi/catalogue/<id>` with
 * `import type`) and `BODIES`/`BODY_IDS` (each edition's `catalogue.bodies` has its bodies).
 *
 * Code written for core runs unchanged on the main entry, where `loadEdition` resolves at once.
 *
 * @module
 */
export * from './scorer.js';
export { DEFAULT_READING } from './editions/readings.js';
// Types only from the layouts (`export type`, which leaves no import behind): their code loads with the editions.
export { cellByReading } from './editions/layouts/cell-by-reading.js';
export type { BlocksCatalogue, BlocksDiscrepancy, BlocksIndicator, BlocksReading, Criterion } from './editions/layouts/blocks.js';
export type { DirectionsCatalogue, DirectionsDiscrepancy, DirectionsIndicator, DirectionsReading } from './editions/layouts/directions.js';
export type { CatalogueRecord, Edition, EditionCatalogue, EditionIndicator, EditionReadings, ReadingValues } from './editions/edition.js';
export { getEdition, listEditions, loadEdition, registerEdition, unregisterEdition } from './editions/registry.js';
export { findIndicator, indicatorsOfBlock, indicatorsOfBody, type CatalogueEntry, type IndicatorList } from './editions/queries.js';
export type { ActReference, BilingualText, Block, Body, EditionInfo, Formula, Language, LegalReference, Unit } from './editions/types.js';
export type { BodyId } from './generated/bodies.js';
export { appliesInYear, indicatorsForPeriod, type PeriodIndicator, type PeriodIndicators } from './periods/indicators-for-period.js';
export { RANK_BY, scorePeriodReport, type PeriodRatingEntry, type PeriodReport, type PeriodScore, type PeriodScoreOptions, type RankBy } from './reports/score-period.js';
export { validatePeriodReport, type ValidationResult, type ValidationWarning } from './reports/validate-period-report.js';
