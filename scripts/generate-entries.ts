/**
 * Writes every list of the package's entry points from `scripts/entries.ts`: the tsup entries,
 * `package.json` `exports` and `sideEffects`, typedoc's `entryPoints` and `.size-limit.json`.
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

/** The tsup `entry`, as the config writes it. */
const tsupEntries = `  entry: {\n${list.map((entry) => `    ${/^[a-z]+$/u.test(entry.name) ? entry.name : `'${entry.name}'`}: '${entry.source}',`).join('\n')}\n  },\n  `;
outputs.set('tsup.config.ts', region(read('tsup.config.ts'), 'entries', tsupEntries, 'tsup.config.ts'));

const pkg = JSON.parse(read('package.json')) as Record<string, unknown>;
pkg['exports'] = {
  ...Object.fromEntries(
    list
      .filter((entry): entry is Entry & { readonly subpath: string } => entry.subpath !== null)
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
// Loading an entry that gives bundled editions to the default registry is an effect of its own.
pkg['sideEffects'] = list.filter((entry) => entry.providesEditions).flatMap((entry) => [`./${distFile(entry)}.js`, `./${distFile(entry)}.cjs`]);
outputs.set('package.json', `${JSON.stringify(pkg, null, 2)}\n`);

const typedoc = JSON.parse(read('typedoc.json')) as Record<string, unknown>;
typedoc['entryPoints'] = list.filter((entry) => entry.documented).map((entry) => entry.source);
outputs.set('typedoc.json', `${JSON.stringify(typedoc, null, 2)}\n`);

outputs.set(
  '.size-limit.json',
  `${JSON.stringify(
    list.flatMap((entry) =>
      entry.budgets.flatMap((budget) => [
        { name: budget.label, path: `${distFile(entry)}.js`, import: budget.import, ...(budget.ignore === undefined ? {} : { ignore: budget.ignore }), limit: budget.limit },
        { name: `${budget.label}, gzip`, path: `${distFile(entry)}.js`, import: budget.import, ...(budget.ignore === undefined ? {} : { ignore: budget.ignore }), gzip: true, limit: budget.gzipLimit },
      ]),
    ),
    null,
    2,
  )}\n`,
);


const stale = [...outputs].filter(([path, text]) => !writeOrCheck(join(root, path), text, check, 'npm run entries'));
if (stale.length > 0) process.exit(1);
