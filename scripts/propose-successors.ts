/**
 * Proposes successor pairs from the 2023 edition to the 2025 edition by name similarity, as a
 * starting point for data/successors/2023-2025.json. It proposes; a person decides each pair by
 * reading both names in both languages (and the sources when unsure) and writes the evidence.
 *
 *   npx tsx scripts/propose-successors.ts                 candidates per 2023 indicator
 *   npx tsx scripts/propose-successors.ts --top 5         show five candidates each (default 3)
 *   npx tsx scripts/propose-successors.ts --min 0.2       propose a pair only from this score (default 0.25)
 *
 * Only indicators of the same body are compared (the 2023 direction's body and the 2025 block's
 * body; the Ministry of Industry and Construction's three directions against its three blocks).
 * The common KPIs of 2025 are not compared. The score of a pair is the mean, over the languages in
 * which both names survive, of two measures on the names: the cosine of their word stems weighted
 * by rarity (inverse document frequency over all names of both editions), and the Jaccard overlap
 * of their character trigrams. The formulas' texts give a second score, shown alongside, when both
 * indicators are shares with a surviving numerator and denominator.
 *
 * Reads the JSON data directly (data/editions/…), so that it does not depend on the library code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

type Lang = 'kk' | 'ru';
type Texts = { kk: string | null; ru: string | null };

interface Item {
  readonly id: string;
  readonly body: string;
  readonly unit: string;
  readonly kind: string;
  readonly name: Texts;
  readonly formula: Texts;
}

interface RawIndicator {
  id: string;
  unit: string;
  kind: string;
  name: Texts;
  formula: { type: string; numerator?: Texts; denominator?: Texts };
}

function argument(flag: string, fallback: number): number {
  const at = process.argv.indexOf(flag);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isFinite(value)) throw new Error(`${flag} needs a number`);
  return value;
}

function load(folder: string): Item[] {
  return readdirSync(join(root, folder))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => {
      const file = JSON.parse(readFileSync(join(root, folder, name), 'utf8')) as { body: string | null; indicators: RawIndicator[] };
      if (file.body === null) return []; // the common KPIs
      return file.indicators.map((indicator): Item => {
        const formula = (lang: Lang): string | null => {
          if (indicator.formula.type !== 'ratio') return null;
          const numerator = indicator.formula.numerator?.[lang] ?? null;
          const denominator = indicator.formula.denominator?.[lang] ?? null;
          return numerator !== null && denominator !== null ? `${numerator} ${denominator}` : null;
        };
        return {
          id: indicator.id,
          body: file.body!,
          unit: indicator.unit,
          kind: indicator.kind,
          name: indicator.name,
          formula: { kk: formula('kk'), ru: formula('ru') },
        };
      });
    });
}

const from = load('data/editions/2023/directions');
const to = load('data/editions/2025/blocks');

/** Lower case, Cyrillic ё as е, letters and digits only. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/gu, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Function words that say nothing of the measure. */
const STOP = new Set([
  'и', 'в', 'во', 'на', 'по', 'с', 'со', 'для', 'от', 'из', 'к', 'о', 'а', 'также', 'том', 'числе', 'при', 'не', 'их', 'которые', 'через',
  'және', 'мен', 'бен', 'пен', 'бойынша', 'арқылы', 'үшін', 'де', 'да', 'оның', 'ішінде', 'сондай', 'ақ', 'немесе', 'или',
]);

/** Crude stems: the first five letters of a word, so that the case endings of both languages meet. */
function stems(text: string | null): string[] {
  if (text === null) return [];
  return normalise(text)
    .split(' ')
    .filter((word) => word.length > 1 && !STOP.has(word))
    .map((word) => word.slice(0, 5));
}

function trigrams(text: string | null): Set<string> {
  const result = new Set<string>();
  if (text === null) return result;
  const padded = ` ${normalise(text)} `;
  for (let i = 0; i + 3 <= padded.length; i += 1) result.add(padded.slice(i, i + 3));
  return result;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return shared / (a.size + b.size - shared);
}

// Inverse document frequency of each stem over all names of both editions, per language.
const idf: Record<Lang, Map<string, number>> = { kk: new Map(), ru: new Map() };
for (const lang of ['kk', 'ru'] as const) {
  const documents = [...from, ...to].map((item) => new Set(stems(item.name[lang])));
  const counts = new Map<string, number>();
  for (const document of documents) for (const stem of document) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  for (const [stem, count] of counts) idf[lang].set(stem, Math.log((documents.length + 1) / (count + 1)) + 1);
}

function cosine(a: string[], b: string[], lang: Lang): number {
  const vector = (words: string[]): Map<string, number> => {
    const result = new Map<string, number>();
    for (const word of words) result.set(word, (result.get(word) ?? 0) + (idf[lang].get(word) ?? 1));
    return result;
  };
  const va = vector(a);
  const vb = vector(b);
  let dot = 0;
  for (const [word, weight] of va) dot += weight * (vb.get(word) ?? 0);
  const norm = (v: Map<string, number>): number => Math.sqrt([...v.values()].reduce((sum, w) => sum + w * w, 0));
  const denominator = norm(va) * norm(vb);
  return denominator === 0 ? 0 : dot / denominator;
}

/** The similarity of two texts per language, averaged over the languages in which both survive. */
function similarity(a: Texts, b: Texts): number | null {
  const scores: number[] = [];
  for (const lang of ['kk', 'ru'] as const) {
    const x = a[lang];
    const y = b[lang];
    if (x === null || y === null) continue;
    scores.push((cosine(stems(x), stems(y), lang) + jaccard(trigrams(x), trigrams(y))) / 2);
  }
  return scores.length === 0 ? null : scores.reduce((sum, score) => sum + score, 0) / scores.length;
}

interface Candidate {
  readonly from: Item;
  readonly to: Item;
  readonly name: number;
  readonly formula: number | null;
}

const candidates: Candidate[] = [];
for (const a of from) {
  for (const b of to) {
    if (a.body !== b.body) continue;
    candidates.push({ from: a, to: b, name: similarity(a.name, b.name) ?? 0, formula: similarity(a.formula, b.formula) });
  }
}

const top = argument('--top', 3);
const min = argument('--min', 0.25);
const fmt = (score: number | null): string => (score === null ? '  -  ' : score.toFixed(3));
const short = (text: string | null, length = 90): string => (text === null ? '(lost)' : text.length > length ? `${text.slice(0, length - 1)}…` : text);

console.log(`Candidates per 2023 indicator (same body, top ${top}): name score, formula score, unit/kind change\n`);
for (const a of from) {
  const mine = candidates.filter((candidate) => candidate.from === a).sort((x, y) => y.name - x.name);
  console.log(`${a.id}  [${a.unit} ${a.kind}]`);
  console.log(`    ru: ${short(a.name.ru)}`);
  console.log(`    kk: ${short(a.name.kk)}`);
  if (mine.length === 0) console.log('    (no 2025 block of this body)');
  for (const candidate of mine.slice(0, top)) {
    const change = candidate.from.unit === candidate.to.unit ? '' : `  unit ${candidate.from.unit} → ${candidate.to.unit}`;
    console.log(`  ${fmt(candidate.name)}  ${fmt(candidate.formula)}  → ${candidate.to.id}  [${candidate.to.kind}]${change}`);
    console.log(`        ru: ${short(candidate.to.name.ru)}`);
    console.log(`        kk: ${short(candidate.to.name.kk)}`);
  }
  console.log('');
}

// A greedy one-to-one proposal: the best-scoring pairs first, each indicator used once.
const usedFrom = new Set<string>();
const usedTo = new Set<string>();
const proposal: Candidate[] = [];
for (const candidate of [...candidates].sort((x, y) => Math.max(y.name, y.formula ?? 0) - Math.max(x.name, x.formula ?? 0))) {
  if (Math.max(candidate.name, candidate.formula ?? 0) < min) break;
  if (usedFrom.has(candidate.from.id) || usedTo.has(candidate.to.id)) continue;
  usedFrom.add(candidate.from.id);
  usedTo.add(candidate.to.id);
  proposal.push(candidate);
}

console.log(`Greedy one-to-one proposal (best of name and formula score ≥ ${min}):`);
for (const candidate of proposal) console.log(`  ${fmt(candidate.name)}  ${fmt(candidate.formula)}  ${candidate.from.id} → ${candidate.to.id}`);
console.log(`\nNo proposal, 2023 (${from.length - usedFrom.size}): ${from.filter((item) => !usedFrom.has(item.id)).map((item) => item.id).join(', ')}`);
console.log(`\nNo proposal, 2025 sector KPIs (${to.length - usedTo.size}): ${to.filter((item) => !usedTo.has(item.id)).map((item) => item.id).join(', ')}`);
