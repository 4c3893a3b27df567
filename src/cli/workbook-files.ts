/**
 * The command line's workbooks: an `.xlsx` report read from a file (never standard input, whose
 * text reader would mangle a binary file), within the same size limit as any report.
 *
 * @module
 */
import { readFileSync, statSync } from 'node:fs';
import { ERROR_CODES, failure, say } from '../errors/cdto-kpi-error.js';
import { INPUT_LIMITS } from './read-input.js';

/**
 * @param name - a report's argument
 * @returns true for a file named `….xlsx`
 */
export function isWorkbookFile(name: string): boolean {
  return /\.xlsx$/iu.test(name);
}

/**
 * Reads a workbook's bytes.
 *
 * @param name - the file
 * @returns its bytes
 * @throws the system's error for a file that cannot be read; {@link CdtoKpiError} `INPUT_UNREADABLE`
 *   for one that is not a regular file or is larger than {@link INPUT_LIMITS}.maxBytes
 */
export function readWorkbookFile(name: string): Uint8Array {
  const stats = statSync(name);
  if (!stats.isFile()) throw failure(ERROR_CODES.INPUT_UNREADABLE, { field: name }, 'a regular .xlsx file', name, say('{name} is not a regular file', { name }));
  if (stats.size > INPUT_LIMITS.maxBytes) {
    throw failure(ERROR_CODES.INPUT_UNREADABLE, { field: name }, say('a workbook of at most {bytes} bytes', { bytes: String(INPUT_LIMITS.maxBytes) }), stats.size, say('{name} is larger than the limit of {bytes} bytes', { name, bytes: String(INPUT_LIMITS.maxBytes) }));
  }
  return new Uint8Array(readFileSync(name));
}
