/**
 * The package's entry points, in one place: every list that names them (the tsup entries,
 * `package.json` `exports` and `sideEffects`, typedoc's `entryPoints`, the size budgets) is written from this by `scripts/generate-entries.ts`. An edition's entry comes
 * from its data folder: a new decree gets its `cdto-kpi/catalogue/<id>` with no edit here.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** One entry point of the package. */
export interface Entry {
  /** The file name in `dist/` (without extension), and the tsup entry's name. */
  readonly name: string;
  /** The module it is built from. */
  readonly source: string;
  /** The subpath users import (`.`, `./core`, …); `null` for the command line, which is a bin. */
  readonly subpath: string | null;
  /** Whether the API reference documents it. */
  readonly documented: boolean;
  /**
   * Whether loading it has an effect beyond its exports: it gives bundled editions' data to the
   * default registry (`package.json` `sideEffects` lists it, so that no bundler drops it).
   */
  readonly providesEditions: boolean;
  /** Its size budgets (minified, brotli and gzip, with dependencies), each with what a user imports to be measured. */
  readonly budgets: readonly Budget[];
}

/** A size budget: a label, what is imported, and the limits. */
export interface Budget {
  readonly label: string;
  readonly import: string;
  readonly limit: string;
  readonly gzipLimit: string;
  /** Optional peer dependencies the entry loads when asked, left out of the measure. */
  readonly ignore?: readonly string[];
}

/**
 * Where an entry's files are built, without extension: `dist/index`, `dist/core`.
 *
 * @param entry - an entry
 * @returns its path from the repository's root
 */
export function distFile(entry: Entry): string {
  return `dist/${entry.name}`;
}

/**
 * Every entry point, the editions' from `data/editions/*`.
 *
 * @param root - the repository
 * @returns the entries, in a stable order
 */
export function entries(root: string): readonly Entry[] {
  const editions = readdirSync(join(root, 'data/editions'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return [
    { name: 'index', source: 'src/index.ts', subpath: '.', documented: true, providesEditions: true, budgets: [{ label: 'the main entry (ESM): decimal.js, zod and every bundled edition', import: '*', limit: '150 kB', gzipLimit: '240 kB' }] },
    {
      name: 'core',
      source: 'src/core.ts',
      subpath: './core',
      documented: true,
      providesEditions: false,
      budgets: [
        { label: 'core (ESM) and every edition it loads on demand (size-limit inlines dynamic imports: the first load in a browser, split, is measured by npm run bench)', import: '*', limit: '150 kB', gzipLimit: '240 kB' },
        { label: 'the scorer for a browser (ESM): scoreIndicator and the published method from cdto-kpi/core, decimal.js included', import: '{ scoreIndicator, PUBLISHED_METHOD }', limit: '30 kB', gzipLimit: '30 kB' },
      ],
    },
    { name: 'csv', source: 'src/csv.ts', subpath: './csv', documented: true, providesEditions: false, budgets: [{ label: 'CSV (ESM): reports, templates, scores and catalogues, with the editions it loads on demand', import: '*', limit: '135 kB', gzipLimit: '210 kB' }] },
    ...editions.map((id): Entry => ({
      name: `catalogue-${id}`,
      source: `src/generated/catalogue-${id}.ts`,
      subpath: `./catalogue/${id}`,
      documented: true,
      providesEditions: true,
      budgets: [{ label: `the ${id} catalogue (ESM)`, import: '*', limit: '100 kB', gzipLimit: '165 kB' }],
    })),
    { name: 'report-2024-q1', source: 'src/reports/report-2024-q1.ts', subpath: './reports/2024-q1', documented: true, providesEditions: true, budgets: [{ label: 'the Q1 2024 report and its audit (ESM), with the 2023 edition', import: '*', limit: '140 kB', gzipLimit: '225 kB' }] },
    { name: 'audit', source: 'src/audit.ts', subpath: './audit', documented: true, providesEditions: true, budgets: [{ label: 'the audit of a published rating (ESM), with every bundled edition', import: '{ auditPublishedReport }', limit: '130 kB', gzipLimit: '205 kB' }] },
    { name: 'schemas', source: 'src/schemas.ts', subpath: './schemas', documented: true, providesEditions: false, budgets: [{ label: 'the zod schemas (ESM), zod/mini included', import: '*', limit: '40 kB', gzipLimit: '45 kB' }] },
    { name: 'edition-files', source: 'src/edition-files.ts', subpath: './edition-files', documented: true, providesEditions: false, budgets: [{ label: 'an edition from its files (ESM): zod/mini and the layouts, no bundled edition', import: '{ createEdition }', limit: '40 kB', gzipLimit: '45 kB' }] },
    {
      name: 'workbook',
      source: 'src/workbook.ts',
      subpath: './workbook',
      documented: true,
      providesEditions: false,
      budgets: [{ label: 'the workbook (ESM): writeWorkbook and readWorkbook, decimal.js and zod included; exceljs, an optional peer dependency loaded when asked, not counted', import: '{ writeWorkbook, readWorkbook }', limit: '145 kB', gzipLimit: '225 kB', ignore: ['exceljs'] }],
    },
    { name: 'types', source: 'src/types.ts', subpath: './types', documented: true, providesEditions: false, budgets: [] },
    { name: 'cli', source: 'src/cli/bin.ts', subpath: null, documented: false, providesEditions: false, budgets: [] },
  ];
}
