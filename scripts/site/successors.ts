/**
 * The successor mapping from the 2023 edition to the 2025 edition (`data/successors/2023-2025.json`):
 * which indicators continue, which were dropped, which are new, and how the bodies changed, with
 * the evidence for each entry. Read when the file exists; checked against both catalogues.
 */
import { existsSync, readFileSync } from 'node:fs';
import { CATALOGUE_2023 } from '../../src/generated/catalogue-2023.js';
import { CATALOGUE_2025 } from '../../src/generated/catalogue-2025.js';
import type { Note } from './html.js';

export type Relation = 'same' | 'reworded' | 'changed';

export interface Successors {
  readonly file: string;
  readonly pairs: readonly { readonly from: string; readonly to: string; readonly relation: Relation; readonly evidence: Note }[];
  readonly dropped: readonly { readonly id: string; readonly evidence: Note }[];
  readonly added: readonly { readonly id: string; readonly evidence: Note }[];
  readonly bodies: {
    readonly renamed: readonly { readonly from: string; readonly to: string; readonly evidence: Note }[];
    readonly added: readonly { readonly id: string; readonly evidence: Note }[];
    readonly dropped: readonly { readonly id: string; readonly evidence: Note }[];
  };
}

function fail(file: string, what: string): never {
  throw new Error(`${file}: ${what}`);
}

function list<T>(file: string, value: unknown, where: string, check: (entry: Record<string, unknown>, at: string) => T): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(file, `${where} must be a list`);
  return value.map((entry, index) => {
    if (typeof entry !== 'object' || entry === null) fail(file, `${where}[${index}] must be an object`);
    return check(entry as Record<string, unknown>, `${where}[${index}]`);
  });
}

function text(file: string, entry: Record<string, unknown>, key: string, at: string): string {
  const value = entry[key];
  if (typeof value !== 'string' || value.trim() === '') fail(file, `${at}.${key} must be a non-empty string`);
  return value;
}

/** Evidence: the same text in English, Kazakh and Russian (`{ en, kk, ru }`, each non-empty). */
function note(file: string, entry: Record<string, unknown>, key: string, at: string): Note {
  const value = entry[key];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(file, `${at}.${key} must be { en, kk, ru }`);
  const languages = value as Record<string, unknown>;
  for (const lang of Object.keys(languages)) if (lang !== 'en' && lang !== 'kk' && lang !== 'ru') fail(file, `${at}.${key}.${lang}: a note's languages are en, kk and ru`);
  return { en: text(file, languages, 'en', `${at}.${key}`), kk: text(file, languages, 'kk', `${at}.${key}`), ru: text(file, languages, 'ru', `${at}.${key}`) };
}

/**
 * Reads and checks a successor mapping: the shape, and that every id names an indicator (or a
 * body) of the edition it belongs to.
 *
 * @returns the mapping, or `null` when the file does not exist
 */
export function readSuccessors(file: string): Successors | null {
  if (!existsSync(file)) return null;
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  if (raw.from !== '2023' || raw.to !== '2025') fail(file, 'from must be "2023" and to "2025"');
  const ids2023 = new Set<string>(CATALOGUE_2023.indicators.map((indicator) => indicator.id));
  const ids2025 = new Set<string>(CATALOGUE_2025.indicators.map((indicator) => indicator.id));
  const bodies = new Set<string>([...CATALOGUE_2023.bodies, ...CATALOGUE_2025.bodies].map((body) => body.id));
  // A renaming maps a 2023 body or direction to a 2025 body or block (the 2025 edition titles each block by its ministry).
  const bodiesOrBlocks = new Set<string>([...bodies, ...CATALOGUE_2025.blocks.map((block) => block.id)]);
  const known = (set: Set<string>, id: string, at: string, what: string): string => (set.has(id) ? id : fail(file, `${at}: ${JSON.stringify(id)} is not ${what}`));
  const pairs = list(file, raw.pairs, 'pairs', (entry, at) => {
    const relation = entry.relation;
    if (relation !== 'same' && relation !== 'reworded' && relation !== 'changed') fail(file, `${at}.relation must be same, reworded or changed`);
    return {
      from: known(ids2023, text(file, entry, 'from', at), at, 'an indicator of the 2023 edition'),
      to: known(ids2025, text(file, entry, 'to', at), at, 'an indicator of the 2025 edition'),
      relation: relation as Relation,
      evidence: note(file, entry, 'evidence', at),
    };
  });
  const dropped = list(file, raw.dropped, 'dropped', (entry, at) => ({ id: known(ids2023, text(file, entry, 'id', at), at, 'an indicator of the 2023 edition'), evidence: note(file, entry, 'evidence', at) }));
  const added = list(file, raw.added, 'added', (entry, at) => ({ id: known(ids2025, text(file, entry, 'id', at), at, 'an indicator of the 2025 edition'), evidence: note(file, entry, 'evidence', at) }));
  const rawBodies = (raw.bodies ?? {}) as Record<string, unknown>;
  const renamed = list(file, rawBodies.renamed, 'bodies.renamed', (entry, at) => ({
    from: text(file, entry, 'from', at),
    to: known(bodiesOrBlocks, text(file, entry, 'to', at), at, 'a body or a block of the 2025 edition'),
    evidence: note(file, entry, 'evidence', at),
  }));
  const bodiesAdded = list(file, rawBodies.added, 'bodies.added', (entry, at) => ({ id: known(bodies, text(file, entry, 'id', at), at, 'a body'), evidence: note(file, entry, 'evidence', at) }));
  const bodiesDropped = list(file, rawBodies.dropped, 'bodies.dropped', (entry, at) => ({ id: text(file, entry, 'id', at), evidence: note(file, entry, 'evidence', at) }));
  return { file, pairs, dropped, added, bodies: { renamed, added: bodiesAdded, dropped: bodiesDropped } };
}
