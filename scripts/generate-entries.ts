/**
 * Writes every list of the package's entry points from `scripts/entries.ts`: the tsup entries,
 * `package.json` `exports`, typedoc's `entryPoints`, `.size-limit.json`, and the editions'
 * re-exports in `src/index.ts` (each edition's typed module, built on first use) (date-fns generates its index the same way).
 *
 *   npm run entries            write them
 *   npm run entries -- --check fail if one differs from what the list gives
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distFile, entries, type Entry } from './entries.js';
import { writeOrCheck } from './write-or-check.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const list = entries(root);
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

/** Replaces the text between `// @generated-begin <name>` and `// @generated-end <name>`. */
function region(text: string, name: string, body: string, path: string): string {
  const begin = text.indexOf(`// @generated-begin ${name}`);
  const end = text.indexOf(`// @generated-end ${name}`);
  if (begin < 0 || end < begin) throw new Error(`${path}: no region "${name}" to write`);
  const afterBegin = text.indexOf('\n', begin) + 1;
  return `${text.slice(0, afterBegin)}${body}${text.slice(end)}`;
}

const outputs = new Map<string, string>();

/** The tsup `entry` of one build, as the config writes it. */
const tsupEntries = (build: Entry['build']): string =>
  `    entry: {\n${list
    .filter((entry) => entry.build === build)
    .map((entry) => `      ${/^[a-z]+$/u.test(entry.name) ? entry.name : `'${entry.name}'`}: '${entry.source}',`)
    .join('\n')}\n    },\n    `;
const tsup = read('tsup.config.ts');
outputs.set('tsup.config.ts', region(region(tsup, 'entries', tsupEntries('main'), 'tsup.config.ts'), 'core-entries', tsupEntries('core'), 'tsup.config.ts'));

const pkg = JSON.parse(read('package.json')) as Record<string, unknown>;
pkg['exports'] = {
  ...Object.fromEntries(
    list
      .filter((entry) => entry.subpath !== null)
      .map((entry) => [
        entry.subpath,
        {
          import: { types: `./${distFile(entry)}.d.ts`, default: `./${distFile(entry)}.js` },
          require: { types: `./${distFile(entry)}.d.cts`, default: `./${distFile(entry)}.cjs` },
        },
      ]),
  ),
  './package.json': './package.json',
  // The JSON Schema of a period report, for portals and editors (scripts/write-json-schema.ts).
  './schema/period-report.schema.json': './schema/period-report.schema.json',
};
outputs.set('package.json', `${JSON.stringify(pkg, null, 2)}\n`);

const typedoc = JSON.parse(read('typedoc.json')) as Record<string, unknown>;
typedoc['entryPoints'] = list.filter((entry) => entry.documented).map((entry) => entry.source);
outputs.set('typedoc.json', `${JSON.stringify(typedoc, null, 2)}\n`);

outputs.set(
  '.size-limit.json',
  `${JSON.stringify(
    list.flatMap((entry) =>
      entry.budget === null
        ? []
        : [
            { name: entry.budget.label, path: `${distFile(entry)}.js`, import: entry.budget.import, ...(entry.budget.ignore === undefined ? {} : { ignore: entry.budget.ignore }), limit: entry.budget.limit },
            { name: `${entry.budget.label}, gzip`, path: `${distFile(entry)}.js`, import: entry.budget.import, ...(entry.budget.ignore === undefined ? {} : { ignore: entry.budget.ignore }), gzip: true, limit: entry.budget.gzipLimit },
          ],
    ),
    null,
    2,
  )}\n`,
);

const index = read('src/index.ts');
// The main entry re-exports each edition's typed module, whose edition is built on first use, not
// the catalogue entry, which builds it when it loads (for its constants).
const editionModules = list.filter((entry) => entry.name.startsWith('catalogue-'));
outputs.set('src/index.ts', region(index, 'editions', editionModules.map((entry) => `export * from './${entry.source.slice('src/'.length).replace(/catalogue-([^/]+)\.ts$/u, 'lazy-catalogue-$1.js')}';\n`).join(''), 'src/index.ts'));

const stale = [...outputs].filter(([path, text]) => !writeOrCheck(join(root, path), text, check, 'npm run entries'));
if (stale.length > 0) process.exit(1);
