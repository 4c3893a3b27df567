/**
 * The workbook's options, checked.
 *
 * @module
 */
import { CdtoKpiError, ERROR_CODES } from '../index.js';
import { WORKBOOK_LANGUAGES, type WorkbookLanguage } from './labels.js';
import { quoted } from './issues.js';

function refuse(field: string, expected: string, received: unknown): never {
  const text = quoted(received);
  throw new CdtoKpiError([{ code: ERROR_CODES.INVALID_VALUE, path: [field], location: { field }, expected, received: text, message: `field ${JSON.stringify(field)}: invalid value; expected ${expected}, got ${text}` }]);
}

/**
 * @param lang - the language asked for, or nothing
 * @returns the language: `en` when none is given
 * @throws `CdtoKpiError` `INVALID_VALUE` for anything but `kk`, `ru`, `en` or nothing
 */
export function checkLanguage(lang: unknown): WorkbookLanguage {
  if (lang === undefined) return 'en';
  if (typeof lang === 'string' && (WORKBOOK_LANGUAGES as readonly string[]).includes(lang)) return lang as WorkbookLanguage;
  return refuse('lang', 'kk, ru or en', lang);
}

/**
 * @param body - one body's id or a list of them
 * @returns the list, each once
 * @throws `CdtoKpiError` `INVALID_VALUE` for no body, a body that is not a string, or a body given twice
 */
export function checkBodies(body: unknown): readonly string[] {
  const bodies = typeof body === 'string' ? [body] : Array.isArray(body) ? [...(body as unknown[])] : null;
  if (bodies === null || bodies.length === 0 || bodies.some((entry) => typeof entry !== 'string')) return refuse('body', 'a body id, or a list of body ids', body);
  const seen = new Set<string>();
  for (const entry of bodies as string[]) {
    if (seen.has(entry)) refuse('body', 'each body once', entry);
    seen.add(entry);
  }
  return Object.freeze(bodies as string[]);
}
