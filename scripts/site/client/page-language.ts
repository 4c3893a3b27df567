/**
 * The page's language, and the library's messages in it, at hand from the start: each language's
 * scripts are built with that language's catalogue only (`cdto-kpi-page-messages`, see build.ts),
 * so a page carries one catalogue, and no page waits for one.
 */
import { MESSAGES } from 'cdto-kpi-page-messages';
import { provideLanguages } from '../../../src/messages/catalogue.js';

provideLanguages(MESSAGES);

/** The language of the page and of the messages its scripts write. */
export const PAGE_LANG = MESSAGES.lang as 'kk' | 'ru';
