/**
 * scripts/api-report.ts: the public API read from declaration files (re-exports and `export *`
 * followed, overloads, `@internal` declarations and members left out, renamed and type-only
 * exports), the report written from it, the counts, the names shared by several entries, and the
 * diff the check prints. The fixture is tests/fixtures/api-report/; every expected text below is
 * worked out by hand from it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ApiName, countApi, readApi, renderApi, reportFileName, sharedNames, unifiedDiff } from '../scripts/api-report.js';

const entry = join(import.meta.dirname, 'fixtures/api-report/entry.d.ts');
const names = readApi([entry]).get(entry)!;

const expected = `# \`fixture\`: public API

<!-- Written by \`npm run api\` (scripts/api-report.ts) from tests/fixtures/api-report/entry.d.ts; \`npm run api:check\`, part of \`npm test\`, fails when it differs. Do not edit. -->

Subpath \`.\`. Names: 12 (values 8, types 4); 10 without the generated id literal types.

## Values (8)

### add

\`\`\`ts
declare function add(x: number, y: number): number;
declare function add(x: string, y: string): string;
\`\`\`

### box

Declared as \`wrap\`.

\`\`\`ts
declare function wrap<T>(value: T): Box<T>;
\`\`\`

### Counter

\`\`\`ts
declare class Counter {
    constructor(start: number);
    private count;
    next(): number;
}
\`\`\`

### hello

\`\`\`ts
declare function hello(name: string): string;
\`\`\`

### LIMIT

\`\`\`ts
declare const LIMIT: 10;
\`\`\`

### Shape

\`\`\`ts
declare const Shape: {
    readonly kinds: number;
};
interface Shape {
    readonly kind: 'circle' | 'square';
}
\`\`\`

### STEP

\`\`\`ts
declare const STEP: 2;
\`\`\`

### wrap

\`\`\`ts
declare function wrap<T>(value: T): Box<T>;
\`\`\`

## Types (4)

### BodyId

\`\`\`ts
type BodyId = 'justice' | 'finance';
\`\`\`

### Box

\`\`\`ts
interface Box<T, K extends string = 'value'> {
    readonly value: T;
    map<U>(f: (value: T) => U): Box<U, K>;
}
\`\`\`

### CounterLike

Declared as \`Counter\`.

\`\`\`ts
declare class Counter {
    constructor(start: number);
    private count;
    next(): number;
}
\`\`\`

### Year2023

\`\`\`ts
type Year2023 = 2023 | 2024;
\`\`\`
`;

describe('the API report of a declaration file', () => {
  it('lists every exported name, sorted, as values and types, each declaration printed without doc comments or @internal parts', () => {
    expect(renderApi('fixture', '.', 'tests/fixtures/api-report/entry.d.ts', names)).toBe(expected);
  });

  it('leaves out a name whose every declaration is @internal', () => {
    expect(names.map((name) => name.name)).not.toContain('secret');
  });

  it('counts values and types, and the names without the generated id literal types (BodyId, Year2023)', () => {
    expect(countApi(names)).toEqual({ names: 12, values: 8, types: 4, withoutIds: 10 });
  });

  it('says which declaration file it could not read', () => {
    const missing = join(import.meta.dirname, 'fixtures/api-report/missing.d.ts');
    expect(() => readApi([missing])).toThrow(`${missing}: not found (run \`npm run build\` first)`);
  });
});

describe('the names several entries export', () => {
  const name = (text: string): ApiName => ({ name: text, kind: 'value', declaredAs: null, declarations: [] });
  const apis = new Map([
    ['.', [name('a'), name('B'), name('c')]],
    ['./core', [name('a'), name('B')]],
    ['./scorer', [name('B'), name('c')]],
    ['./audit', [name('B'), name('a')]],
  ]);

  it('lists those in at least the number given, with their entries in the given order', () => {
    expect(sharedNames(apis, 3)).toEqual([
      ['a', ['.', './core', './audit']],
      ['B', ['.', './core', './scorer', './audit']],
    ]);
    expect(sharedNames(apis, 4)).toEqual([['B', ['.', './core', './scorer', './audit']]]);
  });
});

describe('the file names of the reports', () => {
  it('names each after its subpath', () => {
    expect(['.', './core', './core/tools', './catalogue/2023'].map(reportFileName)).toEqual([
      'index.api.md',
      'core.api.md',
      'core-tools.api.md',
      'catalogue-2023.api.md',
    ]);
  });
});

describe('the diff the check prints', () => {
  const lines = (list: string[]): string => `${list.join('\n')}\n`;
  const before = Array.from({ length: 12 }, (_, index) => `l${index + 1}`);

  it('is empty for equal texts', () => {
    expect(unifiedDiff(lines(before), lines(before), ['old', 'new'])).toBe('');
  });

  it('gives each change far from another its own hunk, three lines of context around it', () => {
    const after = before.map((line) => (line === 'l2' ? 'L2' : line)).filter((line) => line !== 'l11');
    expect(unifiedDiff(lines(before), lines(after), ['old', 'new'])).toBe(
      lines(['--- old', '+++ new', '@@ -1,5 +1,5 @@', ' l1', '-l2', '+L2', ' l3', ' l4', ' l5', '@@ -8,5 +8,4 @@', ' l8', ' l9', ' l10', '-l11', ' l12']),
    );
  });

  it('joins changes six lines apart or nearer in one hunk', () => {
    const after = before.map((line) => (line === 'l2' ? 'L2' : line === 'l9' ? 'L9' : line));
    expect(unifiedDiff(lines(before), lines(after), ['old', 'new'])).toBe(
      lines(['--- old', '+++ new', '@@ -1,12 +1,12 @@', ' l1', '-l2', '+L2', ' l3', ' l4', ' l5', ' l6', ' l7', ' l8', '-l9', '+L9', ' l10', ' l11', ' l12']),
    );
  });

  it('starts an empty side at line 0', () => {
    expect(unifiedDiff('', 'x\n', ['old', 'new'])).toBe(lines(['--- old', '+++ new', '@@ -0,0 +1,1 @@', '+x']));
  });
});
