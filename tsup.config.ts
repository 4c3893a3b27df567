import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/**
 * One build of every entry, ESM and CommonJS, with declarations. Entries share their modules
 * through chunks (so every entry sees the same default registry of editions); each bundled
 * edition's data is a module of its own, reached by the entries that hold it and fetched on demand
 * by `cdto-kpi/core`.
 */
export default defineConfig({
  // @generated-begin entries (scripts/generate-entries.ts)
  entry: {
    index: 'src/index.ts',
    core: 'src/core.ts',
    csv: 'src/csv.ts',
    'catalogue-2023': 'src/generated/catalogue-2023.ts',
    'catalogue-2025': 'src/generated/catalogue-2025.ts',
    'report-2024-q1': 'src/reports/report-2024-q1.ts',
    audit: 'src/audit.ts',
    schemas: 'src/schemas.ts',
    'edition-files': 'src/edition-files.ts',
    workbook: 'src/workbook.ts',
    types: 'src/types.ts',
    cli: 'src/cli/bin.ts',
  },
  // @generated-end entries
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { stripInternal: true } },
  clean: true,
  sourcemap: false,
  splitting: true,
  treeshake: true,
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
  define: { __VERSION__: JSON.stringify(version) },
  // Text as UTF-8, not \u escapes: V8 reads the editions' data (JSON text of some 400 kB, much of
  // it Kazakh and Russian) about twice as fast when it need not decode an escape per letter.
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
});
