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
import { defaultEditions, provideEditions } from './editions/registry.js';
import { BUNDLED_SOURCES } from './generated/bundled-sources.js';
import { MESSAGES_KK } from './generated/messages-kk.js';
import { MESSAGES_RU } from './generated/messages-ru.js';
import { provideLanguages } from './messages/catalogue.js';
import { WRITER } from './output/message-writer.js';
import { provideDefaultRegistry, provideWriter } from './output/messages.js';

// This entry holds every bundled edition's data: the default registry has each at hand, built on its first use.
provideEditions(...BUNDLED_SOURCES);
// And every language of the messages.
provideLanguages(MESSAGES_KK, MESSAGES_RU);
// The formatters name bodies, blocks and indicators from the default registry's editions.
provideDefaultRegistry(() => defaultEditions);
provideWriter(WRITER);

export * from './core.js';
