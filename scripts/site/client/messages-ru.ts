/** The library's messages in Russian, for the Russian pages' scripts (`cdto-kpi-page-messages`). */
export { MESSAGES_RU as MESSAGES } from '../../../src/generated/messages-ru.js';
