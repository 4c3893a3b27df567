/** The library's messages in Kazakh, for the Kazakh pages' scripts (`cdto-kpi-page-messages`). */
export { MESSAGES_KK as MESSAGES } from '../../../src/generated/messages-kk.js';
