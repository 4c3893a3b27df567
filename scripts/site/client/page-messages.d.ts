/** The library's messages in the page's language: each language's scripts are built with its own (see build.ts). */
declare module 'cdto-kpi-page-messages' {
  import type { Messages } from '../../../src/messages/catalogue.js';
  export const MESSAGES: Messages;
}
