/**
 * Every output of the library and its command line, held byte for byte: a refactor changes none
 * of them unless an issue asks for it (then the file in tests/golden/outputs/ changes in the same
 * commit, and the CHANGELOG says why). The files were written by the code as it stood before the
 * restructuring (`node tests/golden/collect-outputs.mjs <dist> tests/golden/outputs`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without declarations, shared with the command that wrote the files
import { collectOutputs } from './golden/collect-outputs.mjs';

const root = join(import.meta.dirname, '..');
const folder = join(root, 'tests/golden/outputs');
const names = readdirSync(folder).sort();
let outputs: Map<string, string>;

beforeAll(async () => {
  outputs = (await collectOutputs(join(root, 'dist'), root)) as Map<string, string>;
}, 120_000);

describe('outputs are byte-identical to the committed ones', () => {
  it('collects exactly the committed outputs', () => {
    expect([...outputs.keys()].sort()).toEqual(names);
  });
  it.each(names)('%s', (name) => {
    expect(outputs.get(name) === readFileSync(join(folder, name), 'utf8')).toBe(true);
  });
});
