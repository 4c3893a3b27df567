/**
 * The package's entry points, in one place: every list that names them (the tsup entries,
 * `package.json` `exports`, typedoc's `entryPoints`, the size budgets, the editions' re-exports in
 * `src/index.ts`) is written from this by `scripts/generate-entries.ts`. An edition's entry comes
 * from its data folder: a new decree gets its `cdto-kpi/catalogue/<id>` with no edit here.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** One entry point of the package. */
export interface Entry {
  /** The file name in its build's folder (without extension), and the tsup entry's name. */
  readonly name: string;
  /**
   * The build that makes it: `main` (`dist/`: every bundled edition's module at hand) or `core`
   * (`dist/core/`: each bundled edition's module a dynamic import, see tsup.config.ts).
   */
  readonly build: 'main' | 'core';
  /** The module it is built from. */
  readonly source: string;
  /** The subpath users import (`.`, `./scorer`, …); `null` for the command line, which is a bin. */
  readonly subpath: string | null;
  /** Whether the API reference documents it. */
  readonly documented: boolean;
  /**
   * The size budget (minified, brotli, with dependencies), what a user imports to be measured, and
   * the optional peer dependencies it loads when asked, left out of the measure; `null`: none.
   */
  readonly budget: { readonly label: string; readonly import: string; readonly limit: string; readonly gzipLimit: string; readonly ignore?: readonly string[] } | null;
}

/**
 * Where an entry's files are built, without extension: `dist/scorer`, `dist/core/index`.
 *
 * @param entry - an entry
 * @returns its path from the repository's root
 */
export function distFile(entry: Entry): string {
  return `dist/${entry.build === 'core' ? 'core/' : ''}${entry.name}`;
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
    { build: 'main', name: 'index', source: 'src/index.ts', subpath: '.', documented: true, budget: { label: 'the main entry (ESM): every bundled catalogue, no zod', import: '*', limit: '76 kB', gzipLimit: '107 kB' } },
    { build: 'core', name: 'index', source: 'src/core.ts', subpath: './core', documented: true, budget: { label: 'core (ESM) and every catalogue it loads on demand (size-limit inlines dynamic imports: the initial load in a browser, split, is measured by npm run bench)', import: '*', limit: '73 kB', gzipLimit: '103 kB' } },
    { build: 'core', name: 'tools', source: 'src/core-tools.ts', subpath: './core/tools', documented: true, budget: { label: "core's tools (ESM): templates, CSV, what-if, catalogue exports, with core and every catalogue it loads on demand (size-limit inlines dynamic imports)", import: '{ whatIf, templateCsv }', limit: '74 kB', gzipLimit: '104 kB' } },
    { build: 'main', name: 'scorer', source: 'src/scorer.ts', subpath: './scorer', documented: true, budget: { label: 'scorer (ESM), without the catalogues', import: '{ scoreIndicator, PUBLISHED_METHOD }', limit: '12.5 kB', gzipLimit: '14 kB' } },
    ...editions.map((id): Entry => ({
      build: 'main',
      name: `catalogue-${id}`,
      source: `src/generated/catalogue-${id}.ts`,
      subpath: `./catalogue/${id}`,
      documented: true,
      budget: { label: `the ${id} catalogue (ESM)`, import: '*', limit: '36 kB', gzipLimit: '46 kB' },
    })),
    { build: 'main', name: 'report-2024-q1', source: 'src/reports/report-2024-q1.ts', subpath: './reports/2024-q1', documented: true, budget: { label: 'the Q1 2024 report and its audit (ESM): the audit resolves editions through the registry, which holds every bundled edition', import: '*', limit: '101 kB', gzipLimit: '142 kB' } },
    { build: 'main', name: 'audit', source: 'src/audit.ts', subpath: './audit', documented: true, budget: { label: 'the audit of a published rating (ESM): no zod, every bundled edition through the registry', import: '{ auditPublishedReport }', limit: '70 kB', gzipLimit: '99 kB' } },
    { build: 'main', name: 'schemas', source: 'src/schemas.ts', subpath: './schemas', documented: true, budget: { label: 'the zod schemas (ESM), zod included', import: '*', limit: '37.5 kB', gzipLimit: '42.5 kB' } },
    { build: 'main', name: 'edition-files', source: 'src/edition-files.ts', subpath: './edition-files', documented: true, budget: { label: 'an edition from its files (ESM): zod and the layouts, no bundled catalogue', import: '{ createEdition }', limit: '40.5 kB', gzipLimit: '46 kB' } },
    {
      build: 'main',
      name: 'workbook',
      source: 'src/workbook.ts',
      subpath: './workbook',
      documented: true,
      budget: { label: 'the workbook (ESM): writeWorkbook and readWorkbook, with the editions they lay out; exceljs, an optional peer dependency loaded when asked, not counted', import: '{ writeWorkbook, readWorkbook }', limit: '88 kB', gzipLimit: '122 kB', ignore: ['exceljs'] },
    },
    { build: 'main', name: 'cli', source: 'src/cli/bin.ts', subpath: null, documented: false, budget: null },
  ];
}
