import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
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
    cli: 'src/cli/bin.ts',
  },
  // @generated-end entries
  format: ['esm', 'cjs'],
  dts: true,
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
