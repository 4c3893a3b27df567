/**
 * Writes `docs/api/<entry>.api.md`: the public API of each entry of `scripts/entries.ts` that users
 * import, as its built declarations (`dist/…/<name>.d.ts`) give it: every exported name, sorted,
 * values apart from types, each with its declaration as the TypeScript printer writes it, without
 * doc comments and without what is marked `@internal`. The files are committed, so a change of the
 * surface shows in review; the check is part of `npm test`. Run after `npm run build`.
 *
 *   npm run api          write them
 *   npm run api:check    fail, printing a diff, when one differs from what the build gives
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { distFile, entries } from './entries.js';
import { writeOrCheck } from './write-or-check.js';

/** One exported name and what it stands for. */
export interface ApiName {
  /** The name users import. */
  readonly name: string;
  /** `value`: a function, constant, class or enum (usable at run time); `type`: an interface or type alias only. */
  readonly kind: 'value' | 'type';
  /** The name it is declared under, when the export renames it; `null` otherwise. */
  readonly declaredAs: string | null;
  /** Each declaration (every overload, every merged declaration), printed, in source order. */
  readonly declarations: readonly string[];
}

/** The counts a report gives at its top. */
export interface ApiCounts {
  readonly names: number;
  readonly values: number;
  readonly types: number;
  /** Values and types, not counting the generated id literal types ({@link GENERATED_ID_TYPE}). */
  readonly withoutIds: number;
}

/** The generated id literal types (an edition's indicator, block, direction and year ids, the bodies' ids). */
export const GENERATED_ID_TYPE = /^(?:IndicatorId\d+|BlockId\d+|DirectionId\d+|BodyId|Year\d+)$/u;

const VALUE_DECLARATIONS = new Set([
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.VariableDeclaration,
  ts.SyntaxKind.ClassDeclaration,
  ts.SyntaxKind.EnumDeclaration,
  ts.SyntaxKind.ModuleDeclaration,
]);

/**
 * Whether a declaration or member is marked `@internal` (what `stripInternal` leaves out).
 *
 * @param node - a declaration, an overload, a member
 * @returns `true` when its doc comment has the tag
 */
function isInternal(node: ts.Node): boolean {
  return ts.getJSDocTags(node).some((tag) => tag.tagName.text === 'internal');
}

/**
 * Prints one declaration as the TypeScript printer writes it: without comments, without its
 * `@internal` members or overloads, and without `export`/`default` (the report says how it is
 * exported). A constant is printed with its own `declare const`, apart from any other declared
 * in the same statement.
 *
 * @param declaration - a declaration of an exported symbol
 * @returns its text
 * @throws {Error} when the declaration is a whole module (`export * as name`), which the report does not list
 * @example
 * // `limit`: the declaration of LIMIT in `declare const LIMIT: 10, STEP: 2;`, under a doc comment
 * printDeclaration(limit); // 'declare const LIMIT: 10;'
 */
function printDeclaration(declaration: ts.Declaration): string {
  const file = declaration.getSourceFile();
  if (ts.isSourceFile(declaration)) {
    throw new Error(`${file.fileName}: a namespace export (\`export * as name\`) is not supported by the API report`);
  }
  const { factory } = ts;
  let node: ts.Node = declaration;
  if (ts.isVariableDeclaration(declaration)) {
    const list = declaration.parent as ts.VariableDeclarationList;
    node = factory.createVariableStatement((list.parent as ts.VariableStatement).modifiers, factory.createVariableDeclarationList([declaration], list.flags));
  }
  const strip: ts.TransformerFactory<ts.Node> = (context) => {
    const visit = (child: ts.Node): ts.Node | undefined => (isInternal(child) ? undefined : ts.visitEachChild(child, visit, context));
    return (root) => {
      const kept = ts.canHaveModifiers(root)
        ? factory.replaceModifiers(root, (ts.getModifiers(root) ?? []).filter((modifier) => modifier.kind !== ts.SyntaxKind.ExportKeyword && modifier.kind !== ts.SyntaxKind.DefaultKeyword))
        : root;
      return ts.visitEachChild(kept, visit, context);
    };
  };
  const [stripped] = ts.transform(node, [strip]).transformed;
  return ts.createPrinter({ removeComments: true }).printNode(ts.EmitHint.Unspecified, stripped ?? node, file);
}

/**
 * Follows an export through its re-exports and imports to the symbol it stands for.
 *
 * @param checker - the program's type checker
 * @param symbol - an export of a module
 * @returns the symbol declared, and whether a step was type-only (`export type { … }`), which makes a class a type
 * @throws {Error} when a step cannot be resolved (a missing file)
 */
function follow(checker: ts.TypeChecker, symbol: ts.Symbol): { target: ts.Symbol; typeOnly: boolean } {
  let target = symbol;
  let typeOnly = false;
  while (target.flags & ts.SymbolFlags.Alias) {
    typeOnly ||= (target.declarations ?? []).some((declaration) => ts.isTypeOnlyImportOrExportDeclaration(declaration));
    const next = checker.getImmediateAliasedSymbol(target);
    if (next === undefined) throw new Error(`cannot follow the export "${symbol.name}" to its declaration (is a declaration file missing?)`);
    target = next;
  }
  return { target, typeOnly };
}

/**
 * Compares names for the report's order: by letters regardless of case, then by code unit, so the
 * order never depends on the machine's locale.
 *
 * @param a - a name
 * @param b - another
 * @returns negative, zero or positive, as `Array.prototype.sort` wants
 */
function byName(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Reads the public API of declaration files: every name each exports, `export *` and re-exports
 * followed to the declaration, `@internal` declarations left out.
 *
 * @param files - the declaration files (one TypeScript program reads them all)
 * @returns for each file, as given, its names sorted
 * @throws {Error} when a file is missing or is not a module
 * @example
 * readApi(['dist/scorer.d.ts']).get('dist/scorer.d.ts'); // [{ name: 'BundledEditionId', kind: 'type', … }, …]
 */
export function readApi(files: readonly string[]): Map<string, readonly ApiName[]> {
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  return new Map(
    files.map((path) => {
      const file = program.getSourceFile(path);
      if (file === undefined) throw new Error(`${path}: not found (run \`npm run build\` first)`);
      const module = checker.getSymbolAtLocation(file);
      if (module === undefined) throw new Error(`${path}: not a module (it exports nothing)`);
      const names = checker.getExportsOfModule(module).flatMap((symbol): ApiName[] => {
        const { target, typeOnly } = follow(checker, symbol);
        const declarations = (target.declarations ?? []).filter((declaration) => !isInternal(declaration));
        if (declarations.length === 0) return [];
        const isValue = (declaration: ts.Declaration): boolean => VALUE_DECLARATIONS.has(declaration.kind);
        const kind = !typeOnly && declarations.some(isValue) ? 'value' : 'type';
        // Values before the types merged with them, then in source order.
        const ordered = [...declarations].sort(
          (a, b) => Number(isValue(b)) - Number(isValue(a)) || byName(a.getSourceFile().fileName, b.getSourceFile().fileName) || a.pos - b.pos,
        );
        const declaredName = ts.getNameOfDeclaration(ordered[0])?.getText() ?? symbol.name;
        return [{ name: symbol.name, kind, declaredAs: declaredName === symbol.name ? null : declaredName, declarations: ordered.map(printDeclaration) }];
      });
      return [path, names.sort((a, b) => byName(a.name, b.name))];
    }),
  );
}

/**
 * Counts an entry's names: all, values, types, and all but the generated id literal types.
 *
 * @param names - the entry's names
 * @returns the counts
 */
export function countApi(names: readonly ApiName[]): ApiCounts {
  const values = names.filter((name) => name.kind === 'value').length;
  const ids = names.filter((name) => name.kind === 'type' && GENERATED_ID_TYPE.test(name.name)).length;
  return { names: names.length, values, types: names.length - values, withoutIds: names.length - ids };
}

/**
 * Writes an entry's report as Markdown.
 *
 * @param specifier - what users import (`cdto-kpi/core`)
 * @param subpath - the entry's subpath in `exports` (`./core`)
 * @param source - the declaration file read, from the repository's root
 * @param names - the entry's names, sorted
 * @returns the file's text
 */
export function renderApi(specifier: string, subpath: string, source: string, names: readonly ApiName[]): string {
  const counts = countApi(names);
  const section = (title: string, kind: ApiName['kind']): string => {
    const listed = names.filter((name) => name.kind === kind);
    const blocks = listed.map(
      (name) => `### ${name.name}\n\n${name.declaredAs === null ? '' : `Declared as \`${name.declaredAs}\`.\n\n`}\`\`\`ts\n${name.declarations.join('\n')}\n\`\`\`\n`,
    );
    return `## ${title} (${listed.length})\n\n${listed.length === 0 ? 'None.\n' : blocks.join('\n')}`;
  };
  return [
    `# \`${specifier}\`: public API\n`,
    `<!-- Written by \`npm run api\` (scripts/api-report.ts) from ${source}; \`npm run api:check\`, part of \`npm test\`, fails when it differs. Do not edit. -->\n`,
    `Subpath \`${subpath}\`. Names: ${counts.names} (values ${counts.values}, types ${counts.types}); ${counts.withoutIds} without the generated id literal types.\n`,
    section('Values', 'value'),
    section('Types', 'type'),
  ].join('\n');
}

/**
 * The names that several entries export, with the entries.
 *
 * @param apis - each entry's names, by subpath
 * @param least - how many entries a name must be in
 * @returns the names, sorted, each with its subpaths in the given order
 */
export function sharedNames(apis: ReadonlyMap<string, readonly ApiName[]>, least: number): [string, string[]][] {
  const where = new Map<string, string[]>();
  for (const [subpath, names] of apis) for (const { name } of names) where.set(name, [...(where.get(name) ?? []), subpath]);
  return [...where].filter(([, subpaths]) => subpaths.length >= least).sort(([a], [b]) => byName(a, b));
}

/**
 * Splits a text into its lines; a final line break ends the last line rather than starting one.
 *
 * @param text - a text
 * @returns its lines, without their breaks
 */
function linesOf(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * A line diff in the unified format, three lines of context around each change.
 *
 * @param before - the text as it is
 * @param after - the text as it should be
 * @param labels - the names of the two sides, for the `---`/`+++` lines
 * @returns the diff, empty when the texts are equal
 * @example
 * unifiedDiff('a\nb\n', 'a\nc\n', ['old', 'new']); // '--- old\n+++ new\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n'
 */
export function unifiedDiff(before: string, after: string, labels: readonly [string, string]): string {
  const a = linesOf(before);
  const b = linesOf(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1;
  // The longest common subsequence of the lines between the common head and tail: lcs[i][j] for a[i..], b[j..].
  const [n, m] = [a.length - start - end, b.length - start - end];
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lcs[i]![j] = a[start + i] === b[start + j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const lines: { op: ' ' | '-' | '+'; text: string }[] = a.slice(0, start).map((text) => ({ op: ' ', text }));
  let [i, j] = [0, 0];
  while (i < n || j < m) {
    if (i < n && j < m && a[start + i] === b[start + j]) {
      lines.push({ op: ' ', text: a[start + i]! });
      [i, j] = [i + 1, j + 1];
    } else if (j === m || (i < n && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      lines.push({ op: '-', text: a[start + i]! });
      i += 1;
    } else {
      lines.push({ op: '+', text: b[start + j]! });
      j += 1;
    }
  }
  lines.push(...a.slice(a.length - end).map((text) => ({ op: ' ' as const, text })));
  const changed = lines.flatMap((line, index) => (line.op === ' ' ? [] : [index]));
  if (changed.length === 0) return '';
  const context = 3;
  const hunks: [number, number][] = [];
  for (const index of changed) {
    const last = hunks[hunks.length - 1];
    if (last !== undefined && index - last[1] <= 2 * context + 1) last[1] = index;
    else hunks.push([index, index]);
  }
  const out = [`--- ${labels[0]}`, `+++ ${labels[1]}`];
  for (const [first, last] of hunks) {
    const [from, to] = [Math.max(0, first - context), Math.min(lines.length, last + context + 1)];
    // A side's range: the line it starts at (the line before when it is empty, as diff writes it) and its length.
    const range = (side: '-' | '+'): string => {
      const count = (part: typeof lines): number => part.filter((line) => line.op !== (side === '-' ? '+' : '-')).length;
      const size = count(lines.slice(from, to));
      return `${count(lines.slice(0, from)) + (size > 0 ? 1 : 0)},${size}`;
    };
    out.push(`@@ -${range('-')} +${range('+')} @@`, ...lines.slice(from, to).map((line) => `${line.op}${line.text}`));
  }
  return `${out.join('\n')}\n`;
}

/**
 * The report's file name for a subpath: `.` is `index`, `./core/tools` is `core-tools`.
 *
 * @param subpath - an entry's subpath
 * @returns the file's name in `docs/api/`
 */
export function reportFileName(subpath: string): string {
  return `${subpath === '.' ? 'index' : subpath.replace(/^\.\//u, '').replaceAll('/', '-')}.api.md`;
}

/**
 * Writes or checks every entry's report, and prints the summary.
 *
 * @param root - the repository
 * @param check - compare only, write nothing
 * @returns `true` when every report is (now) up to date
 */
function main(root: string, check: boolean): boolean {
  const { name: pkg } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string };
  const published = entries(root).flatMap((entry) => (entry.subpath === null ? [] : [{ subpath: entry.subpath, source: `${distFile(entry)}.d.ts` }]));
  const read = readApi(published.map(({ source }) => join(root, source)));
  const apis = new Map(published.map(({ subpath, source }) => [subpath, read.get(join(root, source))!]));
  const folder = join(root, 'docs/api');
  let upToDate = true;
  const written = new Set<string>();
  for (const { subpath, source } of published) {
    const file = reportFileName(subpath);
    written.add(file);
    const path = join(folder, file);
    const text = renderApi(`${pkg}${subpath.slice(1)}`, subpath, source, apis.get(subpath)!);
    if (writeOrCheck(path, text, check, 'npm run api')) continue;
    upToDate = false;
    let committed = '';
    try {
      committed = readFileSync(path, 'utf8');
    } catch {
      continue; // a missing file: writeOrCheck has said so, and a diff of all of it says no more
    }
    const label = relative(root, path);
    console.error(unifiedDiff(committed, text, [`${label} (committed)`, `${label} (from ${source})`]));
  }
  for (const file of (existsSync(folder) ? readdirSync(folder) : []).filter((name) => name.endsWith('.api.md') && !written.has(name))) {
    if (check) {
      console.error(`docs/api/${file} is the report of no entry: run \`npm run api\`, which removes it`);
      upToDate = false;
    } else {
      rmSync(join(folder, file));
      console.log(`removed docs/api/${file}`);
    }
  }
  const width = Math.max(...published.map(({ subpath }) => subpath.length));
  console.log(`\nPublic API by entry (names, values, types; without the generated id literal types):`);
  for (const [subpath, names] of apis) {
    const counts = countApi(names);
    console.log(`  ${subpath.padEnd(width)}  names ${counts.names} (values ${counts.values}, types ${counts.types}); ${counts.withoutIds} without id types`);
  }
  const shared = sharedNames(apis, 3);
  console.log(`\n${shared.length} names are exported by three or more entries:`);
  for (const [name, subpaths] of shared) console.log(`  ${name}: ${subpaths.join(', ')}`);
  return upToDate;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  if (!main(join(dirname(fileURLToPath(import.meta.url)), '..'), process.argv.includes('--check'))) process.exit(1);
}
