/**
 * The workbook's options, checked.
 *
 * @module
 */
import { CdtoKpiError, defaultEditions, ERROR_CODES } from '../index.js';
import { createIssue, type Words } from '../errors/issue.js';
import { WORKBOOK_LANGUAGES, type WorkbookLanguage } from './labels.js';
import { readDocument } from '../input/boundary.js';
import { issuesIn, messagesFor } from '../output/messages.js';

function refuse(field: string, expected: Words, received: unknown, lang: WorkbookLanguage = 'en'): never {
  throw new CdtoKpiError(issuesIn([createIssue(ERROR_CODES.INVALID_VALUE, { field }, expected, received)], messagesFor(lang), defaultEditions), lang);
}

/** The language asked for (`en` when none is); anything but `kk`, `ru`, `en` or nothing is `INVALID_VALUE`. */
export function checkLanguage(lang: unknown): WorkbookLanguage {
  if (lang === undefined) return 'en';
  if (typeof lang === 'string' && (WORKBOOK_LANGUAGES as readonly string[]).includes(lang)) return lang as WorkbookLanguage;
  return refuse('lang', 'kk, ru or en', lang);
}

/** One body's id or a list of them, as a list; no body, a body not a string or a body given twice is `INVALID_VALUE` (in the reader's language). */
export function checkBodies(body: unknown, lang: WorkbookLanguage): readonly string[] {
  // A list is read through the boundary: a proxy or a getter in it is refused, never run.
  let given: unknown;
  try {
    given = readDocument(body);
  } catch {
    return refuse('body', 'a body id, or a list of body ids', body, lang);
  }
  const bodies = typeof given === 'string' ? [given] : Array.isArray(given) ? [...(given as unknown[])] : null;
  if (bodies === null || bodies.length === 0 || bodies.some((entry) => typeof entry !== 'string')) return refuse('body', 'a body id, or a list of body ids', body, lang);
  const seen = new Set<string>();
  for (const entry of bodies as string[]) {
    if (seen.has(entry)) refuse('body', 'each body once', entry, lang);
    seen.add(entry);
  }
  return Object.freeze(bodies as string[]);
}

/** Whether a value is a file's bytes: a `Uint8Array` (a Node.js `Buffer` is one), never a proxy or an object that only inherits from one. */
export function isBytes(bytes: unknown): bytes is Uint8Array {
  try {
    return ArrayBuffer.isView(bytes) && bytes instanceof Uint8Array;
  } catch {
    return false;
  }
}
