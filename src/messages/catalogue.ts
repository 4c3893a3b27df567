/**
 * The languages the library speaks, and their catalogues of messages: one per language, kept as
 * data (`data/messages/<lang>.json`, generated into `src/generated/messages-<lang>.ts`). English is
 * always at hand; Kazakh and Russian are given by the entries that hold them (`cdto-kpi`, the
 * command line) or fetched on demand (`cdto-kpi/core`: `await loadLanguage('kk')`).
 *
 * @module
 */
import { MESSAGES_EN } from '../generated/messages-en.js';
import type { Messages } from '../generated/message-types.js';

export type { Messages } from '../generated/message-types.js';

/** A language the library speaks: Kazakh, Russian or English. */
export type Lang = 'kk' | 'ru' | 'en';

/** The languages the library speaks. */
export const LANGS: readonly Lang[] = /* @__PURE__ */ Object.freeze(['kk', 'ru', 'en'] as const);

/** English: the language of `issue.message` unless a function is asked for another. */
export const ENGLISH: Messages = MESSAGES_EN;

const AT_HAND = new Map<Lang, Messages>([['en', MESSAGES_EN]]);

/** Makes catalogues at hand: an entry that holds them gives them once, when it loads. */
export function provideLanguages(...catalogues: readonly Messages[]): void {
  for (const messages of catalogues) AT_HAND.set(messages.lang, messages);
}

/** A language's catalogue; `undefined` when it is not loaded yet. */
export function messagesAtHand(lang: Lang): Messages | undefined {
  return AT_HAND.get(lang);
}

/** Fetches a language's catalogue (a chunk of its own in a browser bundle) and keeps it at hand. */
export async function fetchLanguage(lang: Lang): Promise<Messages> {
  const known = AT_HAND.get(lang);
  if (known !== undefined) return known;
  const messages = lang === 'kk' ? (await import('../generated/messages-kk.js')).MESSAGES_KK : (await import('../generated/messages-ru.js')).MESSAGES_RU;
  AT_HAND.set(lang, messages);
  return messages;
}
