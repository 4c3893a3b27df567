/**
 * The library's texts in the reader's language: an issue (`formatIssue`) and a score's trace
 * (`formatTrace`), written from the catalogues of messages with the names of bodies, blocks and
 * indicators, the labels of fields and criteria, and the act's reference in that language.
 * English keeps the library's own texts (`issue.message`, the trace's expressions) as they are.
 * The writing itself is `message-writer.ts`, which `cdto-kpi/core` fetches with a language.
 *
 * @module
 */
import type { Edition } from '../editions/edition.js';
import type { EditionRegistry } from '../editions/registry.js';
import { CdtoKpiError, ERROR_CODES, failure, isCdtoKpiError, say } from '../errors/cdto-kpi-error.js';
import { readDocument, readOptions } from '../input/boundary.js';
import { describeLocation, type Issue, issueMessage } from '../errors/issue.js';
import type { ScoringWarning } from '../kinds/contract.js';
import type { IndicatorScore } from '../scoring/score-indicator.js';
import { ENGLISH, fetchLanguage, type Lang, LANGS, type Messages, messagesAtHand } from '../messages/catalogue.js';
import type { MessageWriter } from './message-writer.js';

/** The options of the functions that write text: the language, and the editions that name things. */
export interface LanguageOptions {
  /** `kk`, `ru` or `en` (the default). In `cdto-kpi/core`, `await loadLanguage(lang)` first (for a trace, English too). */
  readonly lang?: Lang;
  /**
   * The editions whose names of bodies, blocks and indicators are used (default: the main entry's
   * `defaultEditions`; in `cdto-kpi/core`, pass `defaultEditions` after `loadEdition`, else ids are shown).
   */
  readonly editions?: EditionRegistry;
}

/** A language the library speaks, or the error that names the three. */
function langOf(lang: unknown): Lang {
  if (!(LANGS as readonly unknown[]).includes(lang)) throw failure(ERROR_CODES.INVALID_VALUE, { field: 'lang' }, say('one of {values}', { values: [...LANGS] }), lang);
  return lang as Lang;
}

const notLoaded = (lang: Lang) => failure(ERROR_CODES.LANGUAGE_NOT_LOADED, { field: 'lang' }, say('a language loaded: await loadLanguage({lang}) first', { lang: `'${lang}'` }), lang);

/**
 * A language's catalogue, checked: `INVALID_VALUE` for a language that is not one,
 * `LANGUAGE_NOT_LOADED` in `cdto-kpi/core` before `await loadLanguage(lang)`.
 * @internal
 */
export function messagesFor(lang: unknown = 'en'): Messages {
  const messages = messagesAtHand(langOf(lang));
  if (messages === undefined) throw notLoaded(lang as Lang);
  return messages;
}

let writer: MessageWriter | undefined;

/**
 * Gives the formatters their writer: the main entry and the command line hold it; `loadLanguage`
 * fetches it in `cdto-kpi/core`.
 * @internal
 */
export function provideWriter(given: MessageWriter): void {
  writer = given;
}

function writerFor(lang: Lang): MessageWriter {
  if (writer === undefined) throw notLoaded(lang);
  return writer;
}

/**
 * An edition if the registry has it at hand; an edition not loaded yet (cdto-kpi/core) names
 * nothing, its ids are shown.
 */
function editionAtHand(id: string | null | undefined, registry: EditionRegistry | undefined): Edition | null {
  if (id === null || id === undefined || registry === undefined) return null;
  try {
    return registry.has(id) ? registry.get(id) : null;
  } catch {
    return null;
  }
}

/**
 * An issue's message in a language, from an issue already read. English needs no writer:
 * `cdto-kpi/core` says it before any language is loaded.
 */
function issueText(issue: Issue, messages: Messages, registry: EditionRegistry | undefined): string {
  const edition = editionAtHand(issue.params.edition, registry);
  if (messages.lang === 'en') return issueMessage(issue, describeLocation(issue.location, ENGLISH, undefined, edition?.layout === 'blocks'), ENGLISH);
  return writerFor(messages.lang).issueIn(issue, messages, edition);
}

/**
 * An issue's message in a language: what is wrong, where (the body, the block or direction, the
 * indicator by its name and id, the field by its label, the CSV line or the cell), what was
 * expected and what was received (quoted as the issue quotes it).
 *
 * @param issue - an issue of a `CdtoKpiError` or of `validatePeriodReport`
 * @param options - `lang` (default `en`: the issue's own `message`); `editions`, whose names are used
 *   (default: the default registry; an edition not loaded names nothing, its ids are shown);
 *   `place: false` leaves the location out (for a form that marks the field itself)
 * @returns the message
 * @throws {@link CdtoKpiError} `INVALID_VALUE` for a language that is not one; `LANGUAGE_NOT_LOADED`
 *   in `cdto-kpi/core` before `await loadLanguage(lang)`
 * @example
 * ```ts
 * const { issues } = validatePeriodReport(report);
 * for (const issue of issues) console.log(formatIssue(issue, { lang: 'ru' }));
 * // 'орган «…» (justice), показатель «…» (justice.1), поле «a — числитель»: отрицательное значение. Нужно: …; получено: "-5".'
 * ```
 */
export function formatIssue(issue: Issue, options: LanguageOptions & { readonly place?: boolean } = {}): string {
  const { lang, editions, place } = readOptions(options, ['lang', 'editions', 'place']);
  if (place !== undefined && typeof place !== 'boolean') throw failure(ERROR_CODES.WRONG_TYPE, { field: 'place' }, 'true or false', place);
  const messages = messagesFor(lang);
  const read = readIssue(issue);
  // Without its place, an issue names nothing: its words and values are enough.
  if (place === false) return written(() => issueMessage(read, null, messages), 'issue', 'an issue ({ code, path, location, expected, received, message })');
  // Written from the issue's data, never from its `message`: an issue of a validation asked for in
  // another language carries that language's message.
  return written(() => issueText(read, messages, (editions as EditionRegistry | undefined) ?? defaultRegistry()), 'editions', 'a registry of editions');
}

/** An issue given by a caller, read as the error's constructor reads its issues: own data, checked, frozen. */
function readIssue(issue: unknown): Issue {
  try {
    return new CdtoKpiError([issue as Issue]).issues[0]!;
  } catch (error) {
    if (!isCdtoKpiError(error)) throw error;
    throw failure(ERROR_CODES.WRONG_TYPE, { field: 'issue' }, 'an issue ({ code, path, location, expected, received, message })', issue);
  }
}

/**
 * Writes a text from what a caller gave, read through the boundary but not checked part by part:
 * anything that cannot be written from is refused with the library's error, never another.
 */
function written(write: () => string, field: string, expected: 'a registry of editions' | 'a score from scoreIndicator or scorePeriodReport' | 'an issue ({ code, path, location, expected, received, message })'): string {
  try {
    return write();
  } catch (error) {
    if (isCdtoKpiError(error)) throw error;
    throw failure(ERROR_CODES.WRONG_TYPE, { field }, expected, '(a value that cannot be written from)');
  }
}

/**
 * A warning's message in a language (English: its own).
 * @internal
 */
export function warningText(warning: Pick<ScoringWarning, 'code' | 'message' | 'params'>, messages: Messages): string {
  return messages.lang === 'en' ? warning.message : writerFor(messages.lang).warningMessage(warning, messages);
}

/**
 * A score's trace as text in a language: the indicator (by its name and id, where its edition is
 * at hand), its kind and formula, where N and U come from (the act, annex, section and row in the
 * language's text of the act), what was reported (fields and criteria by their labels), each step
 * with its figures in the language's notation (`43,1` and `272 437` in Kazakh and Russian) and its
 * rounding in words, the rule taken, and the warnings.
 *
 * @param score - from `scoreIndicator`, or an indicator of `scorePeriodReport`'s result
 * @param options - `lang` (default `en`); `editions`, whose names are used (default: the default registry)
 * @returns the text, one line per part, ending in a newline
 * @throws {@link CdtoKpiError} `INVALID_VALUE` for a language that is not one; `LANGUAGE_NOT_LOADED`
 *   in `cdto-kpi/core` before `await loadLanguage(lang)` (English too: the writing of traces is
 *   fetched with a language, so that core's first load does not carry it)
 * @example
 * ```ts
 * const score = scoreIndicator(definitionFor('2023', 'justice.1', '2024'), { a: '156710', b: '363249' });
 * formatTrace(score, { lang: 'ru' });
 * // 'justice.1: …\n  тип: доля; …\n  Z = 156 710 / 363 249 × 100 = 43,14… → 43,1 (с отбрасыванием до 1 знака после запятой)\n…'
 * ```
 */
export function formatTrace(score: IndicatorScore, options: LanguageOptions = {}): string {
  const { lang, editions } = readOptions(options, ['lang', 'editions']);
  const messages = messagesFor(lang);
  const read = readDocument(score) as IndicatorScore;
  if (typeof read !== 'object' || read === null || typeof read.trace !== 'object' || read.trace === null) {
    throw failure(ERROR_CODES.WRONG_TYPE, { field: 'score' }, 'a score from scoreIndicator or scorePeriodReport', score);
  }
  const registry = (editions as EditionRegistry | undefined) ?? defaultRegistry();
  return written(() => writerFor(messages.lang).traceIn(read, messages, editionAtHand(read.trace.source?.edition, registry)), 'score', 'a score from scoreIndicator or scorePeriodReport');
}

let atHand: (() => EditionRegistry) | undefined;

/**
 * Gives the formatters the default registry of editions (the entries that hold it do), so that a
 * page that formats a score without any edition does not bring the registry and its loaders.
 * @internal
 */
export function provideDefaultRegistry(get: () => EditionRegistry): void {
  atHand = get;
}

const defaultRegistry = (): EditionRegistry | undefined => atHand?.();

/**
 * Loads a language's catalogue of messages, for `cdto-kpi/core` in a browser (a chunk of its own,
 * fetched once). The main entry and the command line have every language at hand already.
 *
 * @param lang - `kk`, `ru` or `en`
 * @returns when the language is at hand
 * @throws {@link CdtoKpiError} `INVALID_VALUE` for a language that is not one
 * @example
 * ```ts
 * import { formatIssue, loadLanguage } from 'cdto-kpi/core';
 * await loadLanguage('kk');
 * formatIssue(issue, { lang: 'kk' });
 * ```
 */
export async function loadLanguage(lang: Lang): Promise<void> {
  langOf(lang);
  const [module] = await Promise.all([import('./message-writer.js'), lang === 'en' ? undefined : fetchLanguage(lang)]);
  provideWriter(module.WRITER);
}

/**
 * The library's own issues with their messages in a language (English: as they are), written as
 * `formatIssue` writes them, without reading them again.
 * @internal
 */
export function issuesIn(issues: readonly Issue[], messages: Messages, editions: EditionRegistry): readonly Issue[] {
  if (messages.lang === 'en') return issues;
  return issues.map((issue) => Object.freeze({ ...issue, message: issueText(issue, messages, editions) }));
}
