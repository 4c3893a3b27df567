/**
 * cdto-kpi: Kazakhstan's digitalisation KPIs of government bodies and their digital deputies
 * (CDTO) as typed, versioned data, and a deterministic scorer in exact decimals.
 *
 * - scoring: {@link scoreIndicator}, {@link scoreBody}, {@link rankResults}, {@link scorePeriodReport};
 * - the editions, every bundled one at hand (each built on its first use): {@link getEdition},
 *   {@link definitionFor}, {@link indicatorsForPeriod}, registries of editions ({@link defaultEditions});
 * - the analyst's path: {@link validatePeriodReport}, {@link reportTemplate}, {@link whatIf}.
 *
 * Elsewhere, by purpose: CSV (`cdto-kpi/csv`), the audit of a published rating (`cdto-kpi/audit`),
 * the published Q1 2024 rating (`cdto-kpi/reports/2024-q1`), the zod schemas (`cdto-kpi/schemas`),
 * an edition from its files (`cdto-kpi/edition-files`), each edition's typed catalogue
 * (`cdto-kpi/catalogue/<id>`). For a browser, `cdto-kpi/core` is this entry without the bundled
 * data, each edition fetched on demand.
 *
 * @module
 */
import { provideBundled } from './output/bundled.js';

// This entry holds every bundled edition's data and every language of the messages.
provideBundled();

export * from './core.js';
