/**
 * What the report commands read: a JSON or CSV report from a file or standard input, or one of the
 * bundled reports by name.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { periodReportOfPublished } from '../reports/audit-published-report.js';
import { reportFromCsv } from '../reports/csv-report.js';
import { REPORT_2024_Q1 } from '../reports/report-2024-q1.js';
import { parseReportDocument, readReportInput } from './read-input.js';

/** The reports a command can name instead of a file. */
export const BUNDLED_REPORTS = Object.freeze(['@2024-q1', '@2025-q2-synthetic'] as const);

function syntheticPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // dist/cli.js in the package, src/cli/ in the repository.
  for (const up of ['..', join('..', '..')]) {
    const path = join(here, up, 'data', 'reports', '2025-q2-synthetic', 'report.json');
    if (existsSync(path)) return path;
  }
  return join(here, '..', 'data', 'reports', '2025-q2-synthetic', 'report.json');
}

/** A report as a command reads it: a CSV text (read with its lines and columns), or a document. */
export type ReportSource = { readonly kind: 'csv'; readonly text: string } | { readonly kind: 'document'; readonly document: unknown };

/**
 * Reads a report: a bundled one by name, or a file (`-` for standard input) as JSON, or as CSV
 * when its name ends in `.csv` or its text does not start with `{`.
 *
 * @param name - the argument
 * @param readStdin - how to read standard input
 * @returns the CSV text, or the document (not yet validated)
 * @throws {@link CdtoKpiError} `INPUT_UNREADABLE` for a file that is not a regular file or a pipe, too large, or not JSON
 */
export function readReportSource(name: string, readStdin: () => string): ReportSource {
  if (name === '@2024-q1') return { kind: 'document', document: periodReportOfPublished(REPORT_2024_Q1) };
  const path = name === '@2025-q2-synthetic' ? syntheticPath() : name;
  // Files within the size limit; standard input through the injected reader (bounded in the command).
  const text = path === '-' ? readStdin() : readReportInput(path);
  const body = text.replace(/^\uFEFF/u, '').trimStart();
  if (path.toLowerCase().endsWith('.csv') || !(body.startsWith('{') || body.startsWith('['))) return { kind: 'csv', text };
  return { kind: 'document', document: parseReportDocument(body, path) };
}

/**
 * Reads a report into a document: a CSV report read into the period report it holds.
 *
 * @param name - the argument
 * @param readStdin - how to read standard input
 * @returns the document, not yet validated
 * @throws {@link CdtoKpiError} as {@link readReportSource}; for a CSV, its problems, each with its line and column
 */
export function readReport(name: string, readStdin: () => string): unknown {
  const source = readReportSource(name, readStdin);
  return source.kind === 'csv' ? reportFromCsv(source.text) : source.document;
}
