/**
 * Publish-readiness: pack the library as npm would, install the tarball into a scratch project,
 * and use it from ESM, from CJS, through the bin, and from TypeScript (node16 resolution).
 * Needs `dist/` (the test command builds first).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
let scratch = '';

const run = (command: string, args: string[], cwd = scratch): string =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'cdto-kpi-pack-'));
  run('npm', ['pack', '--pack-destination', scratch, '--silent'], root);
  const tarball = readdirSync(scratch).find((name) => name.endsWith('.tgz'));
  if (tarball === undefined) throw new Error('npm pack wrote no tarball');
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, version: '0.0.0' }));
  run('npm', ['install', '--prefer-offline', '--no-package-lock', `./${tarball}`]);
});

afterAll(() => {
  if (scratch !== '') rmSync(scratch, { recursive: true, force: true });
});

const PROGRAM = (load: string) => `${load}
const definition = { id: 'security.1', kind: 'ratio', weight: '20', target: '75' };
const score = lib.scoreIndicator(definition, { a: '156 710', b: '363 249' });
const viaSubpath = core.scoreIndicator(definition, { a: '156 710', b: '363 249' });
const reproduction = report.reproduceReport2024Q1();
const audited = audit.auditPublishedReport(report.REPORT_2024_Q1, { errata: report.ERRATA_2024_Q1.errata });
console.log(JSON.stringify({
  score,
  same: JSON.stringify(score) === JSON.stringify(viaSubpath),
  indicators2023: c2023.CATALOGUE_2023.indicators.length,
  indicators2025: c2025.CATALOGUE_2025.indicators.length,
  unexplained: reproduction.counts.unexplained,
  auditedUnexplained: audited.counts.unexplained,
  schemaRefusesEmpty: schemas.periodReportSchema.safeParse({}).success === false,
  createEdition: typeof files.createEdition,
  sameEdition: c2023.CATALOGUE_2023 === lib.getEdition('2023').catalogue,
  // One default registry for every entry: the main entry's editions are core's.
  sameRegistry: core.defaultEditions === lib.defaultEditions && core.getEdition('2025') === c2025.EDITION_2025,
  csvRows: csv.catalogueCsv('2023').split('\\r\\n').filter((row) => row !== '').length,
}));
`;

describe('the packed package', () => {
  it('ships only what it should', () => {
    const listing = JSON.parse(run('npm', ['pack', '--dry-run', '--json'], root)) as { files: { path: string }[] }[];
    const paths = listing[0]!.files.map((file) => file.path);
    expect(paths).toContain('dist/index.js');
    expect(paths).toContain('dist/index.cjs');
    expect(paths).toContain('dist/index.d.ts');
    expect(paths).toContain('dist/index.d.cts');
    expect(paths).toContain('dist/cli.js');
    expect(paths).toContain('schema/period-report.schema.json');
    expect(paths).toContain('docs/usage.md');
    expect(paths).toContain('data/reports/2025-q2-synthetic/report.json');
    // Issue 17: the published Q1 2024 report and its register ship, for `audit` and for a reader.
    expect(paths).toContain('data/reports/2024-q1/report.json');
    expect(paths).toContain('data/reports/2024-q1/errata.json');
    expect(
      paths.filter((path) => !/^(dist\/|schema\/period-report\.schema\.json$|docs\/[a-z-]+\.md$|data\/reports\/2025-q2-synthetic\/report\.json$|data\/reports\/2024-q1\/(report|errata)\.json$|package\.json$|README\.md$|LICENSE$|CHANGELOG\.md$)/u.test(path)),
    ).toEqual([]);
  });

  it('works from ESM and from CJS, with the same bytes out', () => {
    writeFileSync(
      join(scratch, 'esm.mjs'),
      PROGRAM(`import * as lib from 'cdto-kpi';
import * as core from 'cdto-kpi/core';
import * as csv from 'cdto-kpi/csv';
import * as c2023 from 'cdto-kpi/catalogue/2023';
import * as c2025 from 'cdto-kpi/catalogue/2025';
import * as report from 'cdto-kpi/reports/2024-q1';
import * as audit from 'cdto-kpi/audit';
import * as schemas from 'cdto-kpi/schemas';
import * as files from 'cdto-kpi/edition-files';`),
    );
    writeFileSync(
      join(scratch, 'cjs.cjs'),
      PROGRAM(`const lib = require('cdto-kpi');
const core = require('cdto-kpi/core');
const csv = require('cdto-kpi/csv');
const c2023 = require('cdto-kpi/catalogue/2023');
const c2025 = require('cdto-kpi/catalogue/2025');
const report = require('cdto-kpi/reports/2024-q1');
const audit = require('cdto-kpi/audit');
const schemas = require('cdto-kpi/schemas');
const files = require('cdto-kpi/edition-files');`),
    );
    const esm = run('node', ['esm.mjs']);
    const cjs = run('node', ['cjs.cjs']);
    expect(cjs).toBe(esm);
    const out = JSON.parse(esm) as { score: { awarded: string }; same: boolean; indicators2023: number; unexplained: number; auditedUnexplained: number; schemaRefusesEmpty: boolean; createEdition: string; sameEdition: boolean; sameRegistry: boolean; csvRows: number };
    expect(out.score.awarded).toBe('11.4');
    expect(out.same).toBe(true);
    expect(out.indicators2023).toBe(120);
    expect(out.unexplained).toBe(0);
    // The new entries resolve, and the editions' text (package.json imports) is read from the installed package.
    expect(out.auditedUnexplained).toBe(0);
    expect(out.schemaRefusesEmpty).toBe(true);
    expect(out.createEdition).toBe('function');
    expect(out.sameEdition).toBe(true);
    expect(out.sameRegistry).toBe(true);
    // cdto-kpi/csv: a header and the 120 indicators of the 2023 catalogue.
    expect(out.csvRows).toBe(121);
  });

  it('has the workbook entry, which says how to get exceljs when it is not installed (an optional peer dependency)', () => {
    const program = `const error = await workbook.writeWorkbook({ period: { year: 2026, quarter: 1 }, body: 'justice' }).catch((caught) => caught);
console.log(JSON.stringify({ code: error.code, message: error.message, limits: workbook.WORKBOOK_LIMITS }));`;
    writeFileSync(join(scratch, 'workbook.mjs'), `import * as workbook from 'cdto-kpi/workbook';\n${program}`);
    writeFileSync(join(scratch, 'workbook.cjs'), `const workbook = require('cdto-kpi/workbook');\n(async () => {\n${program}\n})();`);
    const esm = run('node', ['workbook.mjs']);
    expect(run('node', ['workbook.cjs'])).toBe(esm);
    const out = JSON.parse(esm) as { code: string; message: string; limits: { decimals: number } };
    expect(out.code).toBe('DEPENDENCY_MISSING');
    expect(out.message).toContain('npm i exceljs');
    expect(out.message).toContain('npx -p cdto-kpi -p exceljs cdto-kpi');
    expect(out.limits.decimals).toBe(4);
    // The command line too: exit 1, and how to get exceljs.
    const bin = spawnSync(join(scratch, 'node_modules', '.bin', 'cdto-kpi'), ['template', '--body', 'justice', '--period', '2026-Q1', '--format', 'xlsx', '--out', 'justice.xlsx'], { cwd: scratch, encoding: 'utf8' });
    expect(bin.status).toBe(1);
    expect(bin.stderr).toBe('error DEPENDENCY_MISSING: the workbook needs exceljs, an optional peer dependency of cdto-kpi: install it with `npm i exceljs`, or run the command line with it: `npx -p cdto-kpi -p exceljs cdto-kpi …`\n');
  });

  it('audits the report it ships the rating of (issue 17): @2024-q1 with its register, --no-errata, and the shipped files', () => {
    const bin = join(scratch, 'node_modules', '.bin', 'cdto-kpi');
    const withRegister = spawnSync(bin, ['audit', '@2024-q1'], { cwd: scratch, encoding: 'utf8' });
    expect(withRegister.status).toBe(0);
    expect(withRegister.stdout).toContain('explained by errata: 17; unexplained: 0');
    const without = spawnSync(bin, ['audit', '@2024-q1', '--no-errata', '--json'], { cwd: scratch, encoding: 'utf8' });
    expect(without.status).toBe(1);
    const audit = JSON.parse(without.stdout) as { counts: { unexplained: number }; suggestions: unknown[] };
    expect([audit.counts.unexplained, audit.suggestions.length]).toEqual([17, 17]);
    const shipped = spawnSync(bin, ['audit', 'node_modules/cdto-kpi/data/reports/2024-q1/report.json', '--errata', 'node_modules/cdto-kpi/data/reports/2024-q1/errata.json'], { cwd: scratch, encoding: 'utf8' });
    expect([shipped.status, shipped.stderr]).toEqual([0, '']);
  });

  it('runs through its bin', () => {
    const text = run(join(scratch, 'node_modules', '.bin', 'cdto-kpi'), ['rating']);
    expect(text).toContain('unexplained: 0');
    const version = run(join(scratch, 'node_modules', '.bin', 'cdto-kpi'), ['--version']).trim();
    expect(version).toMatch(/^\d+\.\d+\.\d+/u);
  });

  it('resolves its declarations under TypeScript (node16), from ESM and CJS', () => {
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'node16', moduleResolution: 'node16', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['check.mts', 'check.cts'] }),
    );
    const body = `const score: IndicatorScore = scoreIndicator({ id: 'x.1', kind: 'count', weight: '5', target: '300' }, { a: '225' });
const awarded: string = score.awarded;
const id: IndicatorId2023 = 'agriculture.1';
const weight: string = findIndicator(CATALOGUE_2023, id).weight;
const target: string | null = definitionFor('2025', 'common.2', '2026', { reading: 'ru' }).target;
// @ts-expect-error: an unknown kind does not type-check
scoreIndicator({ id: 'x.1', kind: 'share', weight: '5', target: '1' }, {});
// @ts-expect-error: the 2025 edition has no indicator justice.22
definitionFor('2025', 'justice.22', '2025');
export { awarded, weight, target };
`;
    writeFileSync(
      join(scratch, 'check.mts'),
      // The workbook's declarations name no type of exceljs, which the package does not install.
      `import { definitionFor, findIndicator, scoreIndicator, type IndicatorScore } from 'cdto-kpi/core';\nimport { CATALOGUE_2023, type IndicatorId2023 } from 'cdto-kpi/catalogue/2023';\nimport { writeWorkbook } from 'cdto-kpi/workbook';\nexport const pending: Promise<Uint8Array> = writeWorkbook({ period: { year: 2026, quarter: 1 }, body: 'justice', lang: 'kk' });\n${body}`,
    );
    writeFileSync(
      join(scratch, 'check.cts'),
      `import { definitionFor, findIndicator, scoreIndicator, type IndicatorScore } from 'cdto-kpi';\nimport { CATALOGUE_2023, type IndicatorId2023 } from 'cdto-kpi/catalogue/2023';\n${body}`,
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    expect(() => run('node', [tsc, '-p', 'tsconfig.json'])).not.toThrow();
  });
});
