/**
 * What the report commands read: a JSON or CSV report from a file or standard input, or one of the
 * bundled reports by name.
 *
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { definitionFor2023 } from '../editions/edition-2023.js';
import { ERROR_CODES, failure } from '../errors/cdto-kpi-error.js';
import { reportFromCsv } from '../reports/csv-report.js';
import { REPORT_2024_Q1 } from '../reports/report-2024-q1.js';

/** The reports a command can name instead of a file. */
export const BUNDLED_REPORTS = Object.freeze(['@2024-q1', '@2025-q2-synthetic'] as const);

/**
 * The Q1 2024 figures of the published report as a period report (a count takes `a`, the others `a` and `b`).
 *
 * @returns the period report
 */
export function periodReport2024Q1(): unknown {
  return {
    period: { year: 2024, quarter: 1 },
    bodies: REPORT_2024_Q1.bodies.map((body) => ({
      body: body.body,
      figures: Object.fromEntries(
        body.directions.flatMap((direction) =>
          direction.rows.flatMap((row) =>
            row.indicator === null ? [] : [[row.indicator, definitionFor2023(row.indicator, '2024').kind === 'count' ? { a: row.a.value } : { a: row.a.value, b: row.b.value }]],
          ),
        ),
      ),
    })),
  };
}

function syntheticPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // dist/cli.js in the package, src/cli/ in the repository.
  for (const up of ['..', join('..', '..')]) {
    const path = join(here, up, 'data', 'reports', '2025-q2-synthetic', 'report.json');
    if (existsSync(path)) return path;
  }
  return join(here, '..', 'data', 'reports', '2025-q2-synthetic', 'report.json');
}

/**
 * Reads a report: a bundled one by name, or a file (`-` for standard input) as JSON, or as CSV
 * when its name ends in `.csv` or its text does not start with `{`.
 *
 * @param name - the argument
 * @param readStdin - how to read standard input
 * @returns the document, not yet validated
 * @throws {@link CdtoKpiError} for a file that is not JSON, or malformed CSV; a file system error as it is
 */
export function readReport(name: string, readStdin: () => string): unknown {
  if (name === '@2024-q1') return periodReport2024Q1();
  const path = name === '@2025-q2-synthetic' ? syntheticPath() : name;
  const text = path === '-' ? readStdin() : readFileSync(path, 'utf8');
  const body = text.replace(/^\uFEFF/u, '').trimStart();
  if (path.toLowerCase().endsWith('.csv') || !(body.startsWith('{') || body.startsWith('['))) return reportFromCsv(text);
  try {
    return JSON.parse(body);
  } catch (error) {
    throw failure(ERROR_CODES.INVALID_VALUE, { field: path === '-' ? 'standard input' : path }, 'a JSON period report, or a CSV report', body.slice(0, 40), `not JSON: ${(error as Error).message}`);
  }
}
