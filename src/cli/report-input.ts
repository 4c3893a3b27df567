/**
 * What the report commands read: a JSON or CSV report from a file or standard input, or one of the
 * bundled reports by name.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { definitionFor2023, type IndicatorId2023 } from '../generated/catalogue-2023.js';
import { reportFromCsv } from '../reports/csv-report.js';
import { REPORT_2024_Q1 } from '../reports/report-2024-q1.js';
import { parseReportDocument, readReportInput } from './read-input.js';

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
            row.indicator === null ? [] : [[row.indicator, definitionFor2023(row.indicator as IndicatorId2023, '2024').kind === 'count' ? { a: row.a.value } : { a: row.a.value, b: row.b.value }]],
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
 * @throws {@link CdtoKpiError} `INPUT_UNREADABLE` for a file that is not a regular file or a pipe, too large, or not JSON; `MALFORMED_CSV` for malformed CSV
 */
export function readReport(name: string, readStdin: () => string): unknown {
  if (name === '@2024-q1') return periodReport2024Q1();
  const path = name === '@2025-q2-synthetic' ? syntheticPath() : name;
  // Files within the size limit; standard input through the injected reader (bounded in the command).
  const text = path === '-' ? readStdin() : readReportInput(path);
  const body = text.replace(/^\uFEFF/u, '').trimStart();
  if (path.toLowerCase().endsWith('.csv') || !(body.startsWith('{') || body.startsWith('['))) return reportFromCsv(text);
  return parseReportDocument(body, path);
}
