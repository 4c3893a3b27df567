/**
 * The catalogues of messages (`data/messages/<lang>.json`, the library's; `data/messages/cli/<lang>.json`,
 * the command line's) checked and generated into typed modules:
 *
 * - `src/generated/message-types.ts`: the shape of a catalogue and the ids of its phrases;
 * - `src/generated/messages-<lang>.ts`: each language's catalogue (English without the phrases
 *   whose text is their id, so that the first load of `cdto-kpi/core` stays small);
 * - `src/generated/cli-messages.ts`: the command line's texts in every language.
 *
 * Every language must hold every message of the English catalogue and no other, with the same
 * placeholders; every error code, warning code, award rule, kind and rounding mode must have its
 * message. A catalogue that does not stops the generation, naming what is missing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_CODES } from '../src/errors/codes.js';
import { AWARD_RULES, INDICATOR_KINDS, WARNING_CODES } from '../src/kinds/contract.js';
import { ROUNDING_MODES } from '../src/decimal/rounding.js';

export const LANGUAGES = ['en', 'kk', 'ru'] as const;
type Catalogue = Record<string, unknown>;

/** The sections whose keys are fixed by the library's own lists. */
const FIXED: Readonly<Record<string, readonly string[]>> = {
  codes: Object.keys(ERROR_CODES),
  warnings: Object.keys(WARNING_CODES),
  rules: [...AWARD_RULES],
  kinds: [...INDICATOR_KINDS],
  formulas: [...INDICATOR_KINDS],
  modes: [...ROUNDING_MODES],
};

/** The names of a template's placeholders, plural ones included, sorted. */
export function placeholders(template: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let index = 0; index < template.length; index += 1) {
    const char = template[index];
    if (char === '{') {
      depth += 1;
      const name = /^\{\s*([A-Za-z_]\w*)\s*(?:,|\})/u.exec(template.slice(index))?.[1];
      if (name !== undefined) names.add(name);
    } else if (char === '}') depth -= 1;
    if (depth < 0) throw new Error(`a closing brace without an opening one in ${JSON.stringify(template)}`);
  }
  if (depth !== 0) throw new Error(`an unclosed brace in ${JSON.stringify(template)}`);
  return [...names].sort();
}

/** The plural placeholders of a template and the forms each gives. */
function pluralForms(template: string): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  for (const match of template.matchAll(/\{\s*([A-Za-z_]\w*)\s*,\s*plural\s*,((?:[^{}]|\{[^{}]*\})*)\}/gu)) {
    forms.set(match[1]!, [...match[2]!.matchAll(/([=\w]+)\s*\{/gu)].map((form) => form[1]!));
  }
  return forms;
}

/** The plural forms a language's messages must give: Russian's four; one noun form does for Kazakh and English when it is `other`. */
const needed = (lang: string): string[] => (lang === 'ru' ? ['one', 'few', 'many', 'other'] : ['other']);

function load(path: string): Catalogue {
  return JSON.parse(readFileSync(path, 'utf8')) as Catalogue;
}

/**
 * Checks the catalogues of one kind (the library's or the command line's) against each other.
 *
 * @param root - the repository
 * @param folder - `data/messages` or `data/messages/cli`
 * @param fixed - whether the library's fixed sections apply
 * @returns each language's catalogue
 * @throws an Error listing every message missing, extra or with other placeholders
 */
export function checkedCatalogues(root: string, folder: string, fixed: boolean): Record<string, Catalogue> {
  const catalogues = Object.fromEntries(LANGUAGES.map((lang) => [lang, load(join(root, folder, `${lang}.json`))]));
  const english = catalogues.en!;
  const problems: string[] = [];
  const sections = Object.keys(english).filter((key) => key !== '$comment' && key !== 'lang' && key !== 'number');
  if (fixed) {
    for (const [section, keys] of Object.entries(FIXED)) {
      const have = Object.keys((english[section] ?? {}) as object);
      for (const key of keys) if (!have.includes(key)) problems.push(`${folder}/en.json: ${section}.${key} is missing`);
      for (const key of have) if (!keys.includes(key)) problems.push(`${folder}/en.json: ${section}.${key} is not one of the library's`);
    }
  }
  for (const lang of LANGUAGES) {
    const catalogue = catalogues[lang]!;
    const file = `${folder}/${lang}.json`;
    if (catalogue.lang !== lang) problems.push(`${file}: lang must be "${lang}"`);
    for (const section of sections) {
      const own = (catalogue[section] ?? {}) as Record<string, unknown>;
      const reference = english[section] as Record<string, unknown>;
      for (const key of Object.keys(reference)) {
        const text = own[key];
        if (typeof text !== 'string' || text === '') {
          problems.push(`${file}: ${section}[${JSON.stringify(key)}] is missing`);
          continue;
        }
        try {
          const expected = placeholders(reference[key] as string);
          const got = placeholders(text);
          if (section === 'phrases' && placeholders(key).join() !== expected.join()) problems.push(`${file}: phrases[${JSON.stringify(key)}]: the English text has other placeholders than its id`);
          if (got.join() !== expected.join()) problems.push(`${file}: ${section}[${JSON.stringify(key)}] has the placeholders {${got.join('}, {')}}, English has {${expected.join('}, {')}}`);
          for (const [name, forms] of pluralForms(text)) {
            for (const form of needed(lang)) if (!forms.includes(form)) problems.push(`${file}: ${section}[${JSON.stringify(key)}]: the plural {${name}} has no "${form}" form`);
          }
        } catch (error) {
          problems.push(`${file}: ${section}[${JSON.stringify(key)}]: ${(error as Error).message}`);
        }
      }
      for (const key of Object.keys(own)) if (!(key in reference)) problems.push(`${file}: ${section}[${JSON.stringify(key)}] is not in the English catalogue`);
    }
    for (const section of Object.keys(catalogue)) if (section !== '$comment' && section !== 'lang' && section !== 'number' && !sections.includes(section)) problems.push(`${file}: section ${section} is not in the English catalogue`);
  }
  if (problems.length > 0) throw new Error(`the catalogues of messages are not complete:\n  ${problems.join('\n  ')}`);
  return catalogues;
}

const union = (keys: readonly string[]): string => (keys.length === 0 ? 'never' : keys.map((key) => JSON.stringify(key)).join(' | '));
const without = (catalogue: Catalogue): Catalogue => Object.fromEntries(Object.entries(catalogue).filter(([key]) => key !== '$comment'));

/**
 * The generated modules of the catalogues.
 *
 * @param root - the repository
 * @param header - the generated files' header, from their sources
 * @returns the modules by path
 */
export function messageModules(root: string, header: (sources: readonly string[]) => string): Map<string, string> {
  const outputs = new Map<string, string>();
  const library = checkedCatalogues(root, 'data/messages', true);
  const cli = checkedCatalogues(root, 'data/messages/cli', false);
  const english = library.en!;
  const sources = LANGUAGES.map((lang) => `data/messages/${lang}.json`);
  const sectionType = (section: string): string =>
    section === 'phrases' ? 'Readonly<Record<string, string>>' : `{ ${Object.keys(english[section] as object).map((key) => `readonly ${JSON.stringify(key)}: string;`).join(' ')} }`;
  const sections = Object.keys(english).filter((key) => key !== '$comment' && key !== 'lang' && key !== 'number');
  outputs.set(
    'src/generated/message-types.ts',
    `${header(sources)}
/**
 * The shape of a catalogue of messages, and the ids of its phrases (a phrase's English text).
 *
 * @module
 */

/** A phrase of the catalogues: what a check expected, or what went wrong, in English. */
export type PhraseId = ${union(Object.keys(english.phrases as object))};

/** One language's catalogue of messages. */
export interface Messages {
  readonly lang: 'kk' | 'ru' | 'en';
  /** How a figure is written: the decimal separator, and the digits' group separator (none: no grouping). */
  readonly number: { readonly decimal: string; readonly group: string };
${sections.map((section) => `  readonly ${section}: ${sectionType(section)};`).join('\n')}
}
`,
  );
  for (const lang of LANGUAGES) {
    const catalogue = without(library[lang]!);
    // English phrases whose text is their id are left out: the id is the text.
    if (lang === 'en') catalogue.phrases = Object.fromEntries(Object.entries(catalogue.phrases as Record<string, string>).filter(([id, text]) => id !== text));
    outputs.set(
      `src/generated/messages-${lang}.ts`,
      `${header([`data/messages/${lang}.json`])}
import { deepFreeze } from '../freeze.js';
import type { Messages } from './message-types.js';

/** The catalogue of messages in ${{ en: 'English', kk: 'Kazakh', ru: 'Russian' }[lang]}. */
export const MESSAGES_${lang.toUpperCase()}: Messages = /* @__PURE__ */ deepFreeze(${JSON.stringify(catalogue, null, 2)});
`,
    );
  }
  const cliEnglish = cli.en!;
  const cliSections = Object.keys(cliEnglish).filter((key) => key !== '$comment' && key !== 'lang' && key !== 'number');
  outputs.set(
    'src/generated/cli-messages.ts',
    `${header(LANGUAGES.map((lang) => `data/messages/cli/${lang}.json`))}
import { deepFreeze } from '../freeze.js';

/** One language's texts of the command line. */
export interface CliMessages {
  readonly lang: 'kk' | 'ru' | 'en';
${cliSections.map((section) => `  readonly ${section}: { ${Object.keys(cliEnglish[section] as object).map((key) => `readonly ${JSON.stringify(key)}: string;`).join(' ')} };`).join('\n')}
}

/** The command line's texts, by language. */
export const CLI_MESSAGES: Readonly<Record<'kk' | 'ru' | 'en', CliMessages>> = /* @__PURE__ */ deepFreeze(${JSON.stringify(Object.fromEntries(LANGUAGES.map((lang) => [lang, without(cli[lang]!)])), null, 2)});
`,
  );
  return outputs;
}
