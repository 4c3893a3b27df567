/**
 * The setup of the entries that hold the bundled data (the main entry and the command line): a
 * module of its own, so that `cdto-kpi/core` does not carry that data.
 *
 * @module
 * @internal
 */
import { defaultEditions, provideEditions } from '../editions/registry.js';
import { BUNDLED_SOURCES } from '../generated/bundled-sources.js';
import { MESSAGES_KK } from '../generated/messages-kk.js';
import { MESSAGES_RU } from '../generated/messages-ru.js';
import { provideLanguages } from '../messages/catalogue.js';
import { WRITER } from './message-writer.js';
import { provideDefaultRegistry, provideWriter } from './messages.js';

/**
 * Puts every bundled edition (each built on its first use) and every language of the messages at
 * hand, and gives the formatters the default registry, to name bodies, blocks and indicators.
 */
export function provideBundled(): void {
  provideEditions(...BUNDLED_SOURCES);
  provideLanguages(MESSAGES_KK, MESSAGES_RU);
  provideDefaultRegistry(() => defaultEditions);
  provideWriter(WRITER);
}
