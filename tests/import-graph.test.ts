/**
 * The shape of `src/`: its import graph (type-only, dynamic and generated modules included) has no
 * circle, and no lower layer imports an upper one. The layers, bottom up, are the folders' order
 * below; a module may import its own folder and the folders under it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');

/** The layers, bottom up. `generated` holds data and sits with the editions it builds; a published report's data, with the reports. */
const LAYERS: readonly (readonly string[])[] = [
  ['freeze.ts'],
  ['errors'],
  ['decimal'],
  ['input'],
  ['kinds'],
  ['scoring'],
  ['editions', 'generated'],
  ['periods'],
  ['reports', 'output', 'generated/report-2024-q1.ts'],
  ['what-if'],
  ['index.ts', 'core.ts', 'csv.ts', 'audit.ts', 'schemas.ts', 'edition-files.ts', 'types.ts'],
  // The workbook lays reports out through the main entry's API; the command line uses everything.
  ['workbook'],
  ['cli', 'workbook.ts'],
];

function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : []));
}

/** Every module of `src/` a file imports: static, type-only, re-exported or dynamic. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles
    .map((entry) => entry.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => resolve(dirname(file), name.replace(/\.js$/u, '.ts')));
}

const layerOf = (file: string): number => {
  const path = relative(SRC, file);
  const exact = LAYERS.findIndex((layer) => layer.includes(path));
  return exact >= 0 ? exact : LAYERS.findIndex((layer) => layer.includes(path.split('/')[0]!));
};

const graph = new Map(files(SRC).map((file) => [file, importsOf(file)]));

describe('the import graph of src/', () => {
  it('reads every module and the modules it imports', () => {
    expect(graph.size).toBeGreaterThan(60);
    for (const [file, imported] of graph) for (const target of imported) expect(graph.has(target), `${relative(SRC, file)} imports ${relative(SRC, target)}`).toBe(true);
  });

  it('puts every module in a layer', () => {
    for (const file of graph.keys()) expect(layerOf(file), relative(SRC, file)).toBeGreaterThanOrEqual(0);
  });

  it('has no circle', () => {
    const state = new Map<string, 'open' | 'done'>();
    const circles: string[] = [];
    const visit = (file: string, path: readonly string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        circles.push([...path.slice(path.indexOf(file)), file].map((entry) => relative(SRC, entry)).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(circles).toEqual([]);
  });

  it('never imports from a layer above', () => {
    const upward: string[] = [];
    for (const [file, imported] of graph) {
      for (const target of imported) if (layerOf(target) > layerOf(file)) upward.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
    }
    expect(upward).toEqual([]);
  });
});
