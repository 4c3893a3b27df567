/**
 * What the report commands read: a JSON or CSV report from a file or standard input, a workbook
 * from a file, or one of the bundled reports by name; and how a file that cannot be read is said.
 *
 * @module
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ERROR_CODES, failure, say } from '../errors/cdto-kpi-error.js';
import { periodReportOfPublished } from '../reports/audit-published-report.js';
import { reportFromCsv } from '../reports/csv-report.js';
import { REPORT_2024_Q1 } from '../reports/report-2024-q1.js';
import { readWorkbook } from '../workbook/read.js';
import type { CliText } from './language.js';
import { INPUT_LIMITS, parseReportDocument, readReportInput } from './read-input.js';

/** A file that cannot be read (missing, a folder, no permission): said with its name, no stack trace. */
export class UnreadableFile {
  constructor(readonly message: string) {}
}

/** Why a file cannot be read: the system's words in English, the system's code otherwise (`ENOENT`). */
export function systemReason(error: unknown, text: CliText): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (text.lang === 'en' || typeof code !== 'string') return (error as Error).message;
  const known: Readonly<Record<string, string>> = { ENOENT: 'no such file', EISDIR: 'not a regular file' };
  const phrase = known[code] === undefined ? undefined : text.messages.phrases[known[code]];
  return phrase === undefined ? code : `${phrase} (${code})`;
}

/**
 * The error to throw for a report that could not be read: the system's (`ENOENT`…) said as {@link
 * UnreadableFile}, any other as it is.
 */
function cannotRead(name: string, error: unknown, text: CliText): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^E[A-Z]+$/u.test(code)) return error;
  return new UnreadableFile(text.say('usage', 'cannotRead', { name: name === '-' ? text.say('usage', 'standardInput') : name, reason: systemReason(error, text) }));
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

/** A report as a command reads it: a CSV text (read with its lines and columns), or a document. */
export type ReportSource = { readonly kind: 'csv'; readonly text: string } | { readonly kind: 'document'; readonly document: unknown };

/**
 * Reads a report: `@2024-q1` or `@2025-q2-synthetic` by name, or a file (`-` for standard input,
 * bounded by `readStdin`) as JSON, or as CSV when its name ends in `.csv` or its text does not
 * start with `{` or `[`. The document is not yet validated.
 */
export function readReportSource(name: string, readStdin: () => string, text: CliText): ReportSource {
  if (name === '@2024-q1') return { kind: 'document', document: periodReportOfPublished(REPORT_2024_Q1) };
  const path = name === '@2025-q2-synthetic' ? syntheticPath() : name;
  let input: string;
  try {
    input = path === '-' ? readStdin() : readReportInput(path);
  } catch (error) {
    throw cannotRead(name, error, text);
  }
  const body = input.replace(/^\uFEFF/u, '').trimStart();
  if (path.toLowerCase().endsWith('.csv') || !(body.startsWith('{') || body.startsWith('['))) return { kind: 'csv', text: input };
  return { kind: 'document', document: parseReportDocument(body, path) };
}

/**
 * A report read into a document: a CSV report read into the period report it holds, its problems
 * each with its line and column.
 */
export function readReport(name: string, readStdin: () => string, text: CliText): unknown {
  const source = readReportSource(name, readStdin, text);
  return source.kind === 'csv' ? reportFromCsv(source.text) : source.document;
}

/** A report's argument that names a workbook (`….xlsx`). */
export const isWorkbookFile = (name: string): boolean => /\.xlsx$/iu.test(name);

/**
 * A workbook's report, read asynchronously (its white cells only), from a regular file within
 * {@link INPUT_LIMITS}.maxBytes: never standard input, whose text reader would mangle a binary file.
 */
export function readWorkbookSource(name: string, text: CliText): Promise<ReportSource> {
  let bytes: Uint8Array;
  try {
    const stats = statSync(name);
    if (!stats.isFile()) throw failure(ERROR_CODES.INPUT_UNREADABLE, { field: name }, 'a regular .xlsx file', name, say('{name} is not a regular file', { name }));
    if (stats.size > INPUT_LIMITS.maxBytes) {
      throw failure(ERROR_CODES.INPUT_UNREADABLE, { field: name }, say('a workbook of at most {bytes} bytes', { bytes: String(INPUT_LIMITS.maxBytes) }), stats.size, say('{name} is larger than the limit of {bytes} bytes', { name, bytes: String(INPUT_LIMITS.maxBytes) }));
    }
    bytes = new Uint8Array(readFileSync(name));
  } catch (error) {
    throw cannotRead(name, error, text);
  }
  return readWorkbook(bytes, { lang: text.lang }).then((document) => ({ kind: 'document', document }));
}
