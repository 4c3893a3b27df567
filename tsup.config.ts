import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// The two builds below run at the same time and write into dist/: tsup's own `clean` of one would
// delete the other's files (its declarations' clean runs late), so dist/ is emptied once, here.
rmSync('dist', { recursive: true, force: true });

/** What both builds share. */
const shared: Options = {
  format: ['esm', 'cjs'],
  dts: true,
  clean: false,
  sourcemap: false,
  splitting: true,
  treeshake: true,
  target: 'node20',
  platform: 'node',
  define: { __VERSION__: JSON.stringify(version) },
  // Text as UTF-8, not \u escapes: V8 reads the editions' data (JSON text of some 400 kB, much of
  // it Kazakh and Russian) about twice as fast when it need not decode an escape per letter.
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
};

/**
 * `cdto-kpi/core` reads the bundled editions' list from `src/generated/editions-on-demand.ts`,
 * where each edition's module is a dynamic `import()`, in place of `src/generated/editions.ts`,
 * which imports them all: the same source otherwise, and no edition's data reached statically. A
 * swap at build time rather than a registry filled by the entry itself, because `"sideEffects":
 * false` lets a bundler drop a module imported only to fill it.
 */
const editionsOnDemand: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'editions-on-demand',
  setup(build) {
    // esbuild's filters are Go regular expressions: no `u` flag.
    build.onResolve({ filter: /\/generated\/editions\.js$/ }, (args) => ({ path: join(dirname(args.importer), args.path.replace(/editions\.js$/u, 'editions-on-demand.ts')) }));
  },
};

export default defineConfig([
  {
    ...shared,
    // @generated-begin entries (scripts/generate-entries.ts)
    entry: {
      index: 'src/index.ts',
      scorer: 'src/scorer.ts',
      'catalogue-2023': 'src/generated/catalogue-2023.ts',
      'catalogue-2025': 'src/generated/catalogue-2025.ts',
      'report-2024-q1': 'src/reports/report-2024-q1.ts',
      audit: 'src/audit.ts',
      schemas: 'src/schemas.ts',
      'edition-files': 'src/edition-files.ts',
      workbook: 'src/workbook.ts',
      cli: 'src/cli/bin.ts',
    },
    // @generated-end entries
    outDir: 'dist',
  },
  {
    ...shared,
    // @generated-begin core-entries (scripts/generate-entries.ts)
    entry: {
      index: 'src/core.ts',
      tools: 'src/core-tools.ts',
    },
    // @generated-end core-entries
    outDir: 'dist/core',
    esbuildPlugins: [editionsOnDemand],
  },
]);
