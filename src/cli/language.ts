/**
 * The language of the command line: `--lang kk|ru|en`, else the language of the environment
 * (`LC_ALL`, `LC_MESSAGES`, `LANG`, as POSIX orders them: `ru_RU.UTF-8` is Russian), else English;
 * and its texts (`data/messages/cli/<lang>.json`), written with the library's renderer.
 *
 * @module
 */
import { CLI_MESSAGES, type CliMessages } from '../generated/cli-messages.js';
import { MESSAGES_EN } from '../generated/messages-en.js';
import { MESSAGES_KK } from '../generated/messages-kk.js';
import { MESSAGES_RU } from '../generated/messages-ru.js';
import type { Lang, Messages } from '../messages/catalogue.js';
import { figure, type MessageValues, render } from '../messages/render.js';

const LIBRARY: Readonly<Record<Lang, Messages>> = { en: MESSAGES_EN, kk: MESSAGES_KK, ru: MESSAGES_RU };

/**
 * The language the environment asks for: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set
 * and not empty, read as `language[_territory][.codeset][@modifier]`; `en` for any other language
 * (and for `C`, `POSIX`).
 */
export function environmentLang(env: Readonly<Record<string, string | undefined>>): Lang {
  const given = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  const language = given?.split(/[_.@]/u)[0]?.toLowerCase();
  return language === 'kk' || language === 'ru' ? language : 'en';
}

/** The texts of the command line in one language. */
export interface CliText {
  readonly lang: Lang;
  /** The library's catalogue in the same language. */
  readonly messages: Messages;
  readonly cli: CliMessages;
  /** A text of a section, its placeholders filled. */
  say<S extends 'help' | 'text' | 'reasons' | 'usage'>(section: S, key: keyof CliMessages[S] & string, values?: MessageValues): string;
  /** A figure in the language's notation (`43,1` in kk and ru). */
  figure(text: string): string;
}

/** The command line's texts in a language. */
export function cliText(lang: Lang): CliText {
  const messages = LIBRARY[lang];
  const cli = CLI_MESSAGES[lang];
  return {
    lang,
    messages,
    cli,
    say: (section, key, values = {}) => render((cli[section] as Readonly<Record<string, string>>)[key]!, values, messages),
    figure: (text) => figure(text, messages),
  };
}
