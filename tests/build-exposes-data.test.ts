/**
 * The build exposes exactly what data/ holds: nothing lost, nothing added, nothing changed on the
 * way through the generated modules and the bundler. Reads dist/ (the test command builds first).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const json = (path: string): any => JSON.parse(readFileSync(join(root, path), 'utf8'));
const folder = (path: string) => readdirSync(join(root, path)).filter((name) => name.endsWith('.json')).sort().map((name) => json(`${path}/${name}`));
const { $comment: _c1, ...errata } = json('data/reports/2024-q1/errata.json');
const built: any = await import(join(root, 'dist', 'index.js'));
const builtReport: any = await import(join(root, 'dist', 'report-2024-q1.js'));
const built2023: any = await import(join(root, 'dist', 'catalogue-2023.js'));
const built2025: any = await import(join(root, 'dist', 'catalogue-2025.js'));

describe('the build exposes exactly what the data holds', () => {
  it('has generated modules that are up to date with data/', () => {
    expect(() => execFileSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/generate-data.ts', '--check'], { cwd: root, stdio: 'pipe' })).not.toThrow();
  });

  it('bodies', () => {
    expect(built.BODIES).toEqual(json('data/bodies.json').bodies);
  });

  it('the 2023 edition, indicator by indicator', () => {
    const files = folder('data/editions/2023/directions');
    const expected = files.flatMap((file: any) =>
      file.indicators.map((indicator: any) => ({ ...indicator, edition: '2023', body: file.body, block: file.direction, reference: expect.any(Object) })),
    );
    expect(built.getEdition('2023').catalogue.indicators).toEqual(expected);
    expect(built.getEdition('2023').catalogue.blocks).toEqual(files.map((file: any) => ({ id: file.direction, no: file.no, body: file.body, title: file.title })));
    expect(built.getEdition('2023').catalogue.discrepancies).toEqual(files.flatMap((file: any) => file.discrepancies));
    const edition = json('data/editions/2023/edition.json');
    expect(built.getEdition('2023').catalogue.edition.act).toEqual(edition.act);
    expect(built.getEdition('2023').catalogue.edition.years).toEqual(edition.years);
    expect(built.getEdition('2023').catalogue.bodies.map((body: any) => body.id)).toEqual(edition.bodies);
  });

  it('the 2025 edition, indicator by indicator', () => {
    const files = folder('data/editions/2025/blocks');
    const expected = files.flatMap((file: any) =>
      file.indicators.map((indicator: any) => ({
        ...indicator,
        edition: '2025',
        body: file.body,
        block: file.block,
        criteria: indicator.criteria ?? null,
        targets: expect.any(Object),
        weights: expect.any(Object),
        reference: expect.any(Object),
      })),
    );
    expect(built.getEdition('2025').catalogue.indicators).toEqual(expected);
    expect(built.getEdition('2025').catalogue.discrepancies).toEqual(files.flatMap((file: any) => file.discrepancies));
    const edition = json('data/editions/2025/edition.json');
    expect(built.getEdition('2025').catalogue.edition.repeals).toEqual(edition.repeals);
    expect(built.getEdition('2025').catalogue.bodies.map((body: any) => body.id)).toEqual(edition.bodies);
  });

  it('one edition object whatever the way to it: the main entry (built on first use), the registry, the catalogue entries', () => {
    expect(built2023.CATALOGUE_2023).toBe(built.getEdition('2023').catalogue);
    expect(built2023.EDITION_2023).toBe(built.getEdition('2023'));
    expect(built2023.EDITION_2023).toBe(built.defaultEditions.get('2023'));
    expect(built2023.EDITION_2023).toBe(built.listEditions()[0]);
    expect(built2025.CATALOGUE_2025).toBe(built.getEdition('2025').catalogue);
    expect(built2025.EDITION_2025).toBe(built.getEdition('2025'));
    expect(built2025.EDITION_2025).toBe(built.listEditions()[1]);
  });

  it('the Q1 2024 report and its errata register', () => {
    expect(builtReport.REPORT_2024_Q1).toEqual(json('data/reports/2024-q1/report.json'));
    expect(builtReport.ERRATA_2024_Q1).toEqual(errata);
  });
});
