/**
 * data/successors/2023-2025.json: which 2025 indicator continues each 2023 indicator. Checks the
 * shape, that every id exists in its edition's data files, that both editions are fully accounted
 * for, that nothing is listed twice, and a few pairs worked out by hand from the texts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';

const root = join(import.meta.dirname, '..');
const json = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

// Every entry's evidence in the three languages (issue 16), each a sentence, not a stub.
const evidence = z.object({ en: z.string().min(20), kk: z.string().min(20), ru: z.string().min(20) }).strict();
const successorsSchema = z
  .object({
    $comment: z.string().min(1),
    from: z.literal('2023'),
    to: z.literal('2025'),
    pairs: z.array(
      z.object({ from: z.string().min(1), to: z.string().min(1), relation: z.enum(['same', 'reworded', 'changed']), evidence }).strict(),
    ),
    dropped: z.array(z.object({ id: z.string().min(1), evidence }).strict()),
    added: z.array(z.object({ id: z.string().min(1), evidence }).strict()),
    bodies: z
      .object({
        renamed: z.array(z.object({ from: z.string().min(1), to: z.string().min(1), evidence }).strict()),
        added: z.array(z.object({ id: z.string().min(1), evidence }).strict()),
        dropped: z.array(z.object({ id: z.string().min(1), evidence }).strict()),
      })
      .strict(),
  })
  .strict();

const dataFileSchema = z.object({
  body: z.string().nullable(),
  indicators: z.array(z.object({ id: z.string() })),
});

function editionFiles(folder: string, key: 'direction' | 'block'): { id: string; body: string | null; indicators: string[] }[] {
  return readdirSync(join(root, folder))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const raw = json(`${folder}/${name}`) as Record<string, unknown>;
      const file = dataFileSchema.parse(raw);
      return { id: z.string().parse(raw[key]), body: file.body, indicators: file.indicators.map((indicator) => indicator.id) };
    });
}

const directions = editionFiles('data/editions/2023/directions', 'direction');
const blocks = editionFiles('data/editions/2025/blocks', 'block');
const ids2023 = directions.flatMap((file) => file.indicators);
const ids2025 = blocks.flatMap((file) => file.indicators);
const sector2025 = ids2025.filter((id) => !id.startsWith('common.'));
const common2025 = ids2025.filter((id) => id.startsWith('common.'));
const bodies2023 = new Set(directions.map((file) => file.body));
const bodies2025 = new Set(blocks.flatMap((file) => (file.body === null ? [] : [file.body])));
const allBodies = new Set((json('data/bodies.json') as { bodies: { id: string }[] }).bodies.map((body) => body.id));

const raw = json('data/successors/2023-2025.json');
const file = successorsSchema.parse(raw);

const duplicates = (values: readonly string[]): string[] => values.filter((value, i) => values.indexOf(value) !== i);
const successorsOf = (id: string) => file.pairs.filter((pair) => pair.from === id);
const pairOf = (from: string, to: string) => file.pairs.find((pair) => pair.from === from && pair.to === to);

/** 2023 indicators with more than one successor, each for a reason given in its evidence. */
const SPLITS: Record<string, string[]> = {
  'geology-subsoil-use.2': ['geology-subsoil-use.1', 'geology-subsoil-use.2'],
};

describe('the successors file 2023 → 2025', () => {
  it('has the documented shape', () => {
    const result = successorsSchema.safeParse(raw);
    expect(result.success, result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')).toBe(true);
  });

  it('reads both editions from the data files', () => {
    expect(directions).toHaveLength(17);
    expect(blocks).toHaveLength(19);
    expect(ids2023).toHaveLength(120);
    expect(sector2025).toHaveLength(99);
    expect(common2025).toHaveLength(10);
  });

  it('names only indicators that exist in their edition', () => {
    const known2023 = new Set(ids2023);
    const known2025 = new Set(ids2025);
    expect([...file.pairs.map((pair) => pair.from), ...file.dropped.map((item) => item.id)].filter((id) => !known2023.has(id))).toEqual([]);
    expect([...file.pairs.map((pair) => pair.to), ...file.added.map((item) => item.id)].filter((id) => !known2025.has(id))).toEqual([]);
  });

  it('accounts for every 2023 indicator exactly once: paired or dropped', () => {
    const paired = new Set(file.pairs.map((pair) => pair.from));
    const dropped = new Set(file.dropped.map((item) => item.id));
    expect(ids2023.filter((id) => !paired.has(id) && !dropped.has(id))).toEqual([]);
    expect(ids2023.filter((id) => paired.has(id) && dropped.has(id))).toEqual([]);
    expect(paired.size + dropped.size).toBe(ids2023.length);
  });

  it('accounts for every 2025 indicator exactly once: paired or added (the common KPIs are added)', () => {
    const paired = new Set(file.pairs.map((pair) => pair.to));
    const added = new Set(file.added.map((item) => item.id));
    expect(sector2025.filter((id) => !paired.has(id) && !added.has(id))).toEqual([]);
    expect(ids2025.filter((id) => paired.has(id) && added.has(id))).toEqual([]);
    expect(common2025.filter((id) => !added.has(id))).toEqual([]);
    expect(paired.size + added.size).toBe(ids2025.length);
  });

  it('lists nothing twice', () => {
    expect(duplicates(file.pairs.map((pair) => `${pair.from} → ${pair.to}`))).toEqual([]);
    expect(duplicates(file.dropped.map((item) => item.id))).toEqual([]);
    expect(duplicates(file.added.map((item) => item.id))).toEqual([]);
    expect(duplicates(file.bodies.renamed.map((item) => item.from))).toEqual([]);
    expect(duplicates(file.bodies.added.map((item) => item.id))).toEqual([]);
    expect(duplicates(file.bodies.dropped.map((item) => item.id))).toEqual([]);
  });

  it('gives a 2025 indicator at most one predecessor', () => {
    expect(duplicates(file.pairs.map((pair) => pair.to))).toEqual([]);
  });

  it('gives a 2023 indicator at most one successor, except a documented split', () => {
    const multiple = [...new Set(duplicates(file.pairs.map((pair) => pair.from)))].sort();
    expect(multiple).toEqual(Object.keys(SPLITS).sort());
    for (const [from, targets] of Object.entries(SPLITS)) {
      expect(successorsOf(from).map((pair) => pair.to).sort()).toEqual([...targets].sort());
      for (const pair of successorsOf(from)) expect(pair.evidence.en).toMatch(/two successors/u);
    }
  });

  it('pairs only indicators of the same body', () => {
    const body2023 = new Map(directions.flatMap((direction) => direction.indicators.map((id) => [id, direction.body] as const)));
    const body2025 = new Map(blocks.flatMap((block) => block.indicators.map((id) => [id, block.body] as const)));
    for (const pair of file.pairs) expect(body2025.get(pair.to), `${pair.from} → ${pair.to}`).toBe(body2023.get(pair.from));
  });

  it('maps every 2023 direction to the 2025 block of its body, and records the bodies added and dropped', () => {
    const directionIds = new Set(directions.map((direction) => direction.id));
    const blockBody = new Map(blocks.map((block) => [block.id, block.body] as const));
    const directionBody = new Map(directions.map((direction) => [direction.id, direction.body] as const));
    expect(file.bodies.renamed.map((item) => item.from).sort()).toEqual([...directionIds].sort());
    for (const item of file.bodies.renamed) {
      expect(blockBody.has(item.to), item.to).toBe(true);
      expect(blockBody.get(item.to), `${item.from} → ${item.to}`).toBe(directionBody.get(item.from));
    }
    const added = [...bodies2025].filter((body) => !bodies2023.has(body));
    const dropped = [...bodies2023].filter((body) => body !== null && !bodies2025.has(body));
    expect(file.bodies.added.map((item) => item.id).sort()).toEqual(added.sort());
    expect(file.bodies.dropped.map((item) => item.id).sort()).toEqual(dropped.sort());
    for (const item of [...file.bodies.added, ...file.bodies.dropped]) expect(allBodies.has(item.id), item.id).toBe(true);
  });
});

describe('pairs worked out by hand from the texts', () => {
  it('2023 security.1 (offences in public places detected by CCTV) continues as internal-affairs.3, scope widened', () => {
    expect(successorsOf('security.1').map((pair) => [pair.to, pair.relation])).toEqual([['internal-affairs.3', 'changed']]);
  });

  it('the same measure under (almost) the same name', () => {
    expect(pairOf('secondary-education.2', 'enlightenment.3')?.relation).toBe('same');
    expect(pairOf('secondary-education.6', 'enlightenment.2')?.relation).toBe('same');
    expect(pairOf('fuel-energy-complex.3', 'energy.1')?.relation).toBe('same');
  });

  it('the same measure under a reformulated name', () => {
    expect(pairOf('justice.1', 'justice.2')?.relation).toBe('reworded');
    expect(pairOf('justice.4', 'justice.1')?.relation).toBe('reworded');
  });

  it('continuations whose measure, unit or scope changed', () => {
    expect(pairOf('security.2', 'internal-affairs.2')?.relation).toBe('changed'); // Europrotocol: introduction → share of accidents
    expect(pairOf('healthcare.8', 'healthcare.1')?.relation).toBe('changed'); // PACS: share of organisations → count of systems
    expect(pairOf('water-management.2', 'water-irrigation.4')?.relation).toBe('changed'); // canals counted → km over 3500 km
    expect(pairOf('ecology.1', 'ecology.2')?.relation).toBe('changed'); // same formula, name narrowed to category 1 operators
    expect(pairOf('fuel-energy-complex.5', 'energy.2')?.relation).toBe('changed'); // all subsoil contracts → auction contracts
  });

  it('drops the automated-reports indicators and adds the common KPIs and the new ministry', () => {
    const dropped = new Set(file.dropped.map((item) => item.id));
    for (const id of ['agriculture.5', 'justice.7', 'secondary-education.10', 'security.7', 'fuel-energy-complex.12']) expect(dropped.has(id), id).toBe(true);
    expect(file.added.filter((item) => item.id.startsWith('common.'))).toHaveLength(10);
    expect(file.bodies.added.map((item) => item.id)).toEqual(['digital-development']);
    expect(file.bodies.dropped).toEqual([]);
    expect(file.bodies.renamed.find((item) => item.from === 'security')?.to).toBe('internal-affairs');
  });
});
