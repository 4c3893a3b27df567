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
 * Q1 2024 rating (`cdto-kpi/reports/2024-q1`). For a browser, `cdto-kpi/core` is this entry without
 * the bundled data: each edition is loaded on demand by {@link loadEdition}, which this entry has
 * too (resolving at once).
 *
 * @module
 */
export * from './core.js';
export * from './core-tools.js';
// @generated-begin editions (scripts/generate-entries.ts: npm run entries)
export * from './generated/lazy-catalogue-2023.js';
export * from './generated/lazy-catalogue-2025.js';
// @generated-end editions
export { BODIES, BODY_IDS, type BodyId } from './editions/bodies.js';
