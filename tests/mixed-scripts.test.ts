/**
 * No word in the data mixes scripts. A Cyrillic word with a Latin look-alike letter in it (the
 * Kazakh "өтiнiм" with a Latin "i" for "і", U+0456) or a Latin brand name with a Cyrillic one
 * ("Vetмobile") is invisible to a search for the word; it is almost always extraction damage.
 *
 * Walks every JSON file under data/ and every string in it, except the English prose fields
 * (notes, comments, explanations), which may quote a damaged source on purpose. A word is a
 * maximal run of letters (and combining marks); it is mixed when its letters come from more than
 * one script. A mixed word passes only when it is listed, exactly, in
 * data/mixed-script-words.json with where it occurs and why its true spelling mixes scripts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';

const root = join(import.meta.dirname, '..');
const dataDir = join(root, 'data');

/** Keys whose values are English prose (they may quote a source's damage in a note). */
const ENGLISH_KEYS = new Set(['$comment', 'notes', 'why', 'evidence', 'explanation', 'contradiction', 'resolution', 'description', 'cause']);

const allowlistSchema = z
  .object({
    $comment: z.string(),
    words: z.array(z.object({ word: z.string().min(1), where: z.string().min(1), why: z.string().min(1) }).strict()),
  })
  .strict();

function jsonFiles(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) return jsonFiles(path);
      return name.endsWith('.json') ? [path] : [];
    });
}

const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Arabic', 'Hebrew'] as const;
const SCRIPT_TESTS = SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')] as const);

/** The scripts of a word's letters (combining marks and letters of other scripts are ignored). */
function scriptsOf(word: string): string[] {
  const found = new Set<string>();
  for (const char of word) {
    for (const [script, test] of SCRIPT_TESTS) if (test.test(char)) found.add(script);
  }
  return [...found];
}

/** The words of a text that mix scripts. */
function mixedWords(text: string): string[] {
  return [...text.matchAll(/[\p{L}\p{M}]+/gu)].map((match) => match[0]).filter((word) => scriptsOf(word).length > 1);
}

interface Finding {
  readonly file: string;
  readonly path: string;
  readonly word: string;
}

function findingsIn(file: string, value: unknown, path: readonly (string | number)[] = []): Finding[] {
  if (typeof value === 'string') {
    return mixedWords(value).map((word) => ({ file: relative(root, file), path: path.join('.'), word }));
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => findingsIn(file, item, [...path, i]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => (ENGLISH_KEYS.has(key) ? [] : findingsIn(file, item, [...path, key])));
  }
  return [];
}

const files = jsonFiles(dataDir);
const allowlist = allowlistSchema.parse(JSON.parse(readFileSync(join(dataDir, 'mixed-script-words.json'), 'utf8')));
const allowed = new Set(allowlist.words.map((entry) => entry.word));
const findings = files.flatMap((file) => findingsIn(file, JSON.parse(readFileSync(file, 'utf8'))));

describe('the detector of mixed-script words', () => {
  it('flags a Latin look-alike inside a Cyrillic word, and a Cyrillic one inside a Latin word', () => {
    expect(mixedWords('Өнімнің сапa стандарттарына')).toEqual(['сапa']);
    expect(mixedWords('өтiнiмдер беру процестерін')).toEqual(['өтiнiмдер']);
    expect(mixedWords('приложения «Vetмobile»')).toEqual(['Vetмobile']);
    expect(mixedWords('недропользованиe')).toEqual(['недропользованиe']);
  });

  it('leaves clean words, hyphenated compounds and the Kazakh letters alone', () => {
    expect(mixedWords('«Vetmobile» мобильді қосымшасы')).toEqual([]);
    expect(mixedWords('eGov Mobile, E-Заңнама, IT-инфраструктура, Wi-Fi, 4G')).toEqual([]);
    expect(mixedWords('ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І')).toEqual([]);
  });
});

describe('the data', () => {
  it('is read from every JSON file under data/', () => {
    const names = files.map((file) => relative(root, file));
    expect(names).toContain('data/bodies.json');
    expect(names.filter((name) => name.startsWith('data/editions/2023/directions/'))).toHaveLength(17);
    expect(names.filter((name) => name.startsWith('data/editions/2025/blocks/'))).toHaveLength(19);
  });

  it('has no word that mixes scripts, except the listed ones', () => {
    const unexpected = findings.filter((finding) => !allowed.has(finding.word)).map((finding) => `${finding.file}: ${finding.path}: "${finding.word}"`);
    expect(unexpected).toEqual([]);
  });

  it('lists each allowed word once, and only words that occur', () => {
    expect(allowed.size).toBe(allowlist.words.length);
    const found = new Set(findings.map((finding) => finding.word));
    for (const entry of allowlist.words) expect(found.has(entry.word), `${entry.word} is listed but does not occur`).toBe(true);
  });
});
