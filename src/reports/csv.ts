/**
 * CSV as spreadsheets write it (RFC 4180): read with or without a byte-order mark, `,` `;` or tab
 * as the delimiter, CRLF or LF line ends; written with CRLF, a chosen delimiter and, for Excel, a
 * byte-order mark.
 *
 * Hand-written on purpose: the package's runtime dependencies are zod and decimal.js alone, and a
 * CSV library would become one (the command line ships in the package). RFC 4180 is small, and
 * this reader is strict where a lenient one would guess (an unclosed quote is an error, not a
 * field that runs to the end of the file).
 *
 * @module
 */
import * as z from 'zod/mini';
import { CdtoKpiError, ERROR_CODES, failure, isCdtoKpiError, nestIssue, say, type Words } from '../errors/cdto-kpi-error.js';
import { issuesFromZod } from '../errors/zod-issues.js';
import type { PhraseId } from '../generated/message-types.js';
import { readDocument, readOptions } from '../input/boundary.js';

/** The delimiters a CSV report may use. */
export const CSV_DELIMITERS = Object.freeze([',', ';', '\t'] as const);
/** One of {@link CSV_DELIMITERS}. */
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** How CSV is written. */
export interface CsvWriteOptions {
  /** `,` by default; `;` for a spreadsheet whose locale writes decimal commas (Excel in Russian or Kazakh). */
  readonly delimiter?: CsvDelimiter;
  /** Start with a UTF-8 byte-order mark, so that Excel reads the Cyrillic text as UTF-8. Default `false`. */
  readonly bom?: boolean;
  /**
   * Write the figures (targets, weights, scores) with a decimal comma (`4,3`), as a spreadsheet in
   * a Russian or Kazakh locale reads a number; with a point it reads `4.3` as text or a date.
   * Default `false`. Text cells (names, ids) are never changed.
   */
  readonly decimalComma?: boolean;
}

/**
 * The options for Excel on a Russian- or Kazakh-locale Windows: `;`, a byte-order mark and decimal
 * commas.
 */
export const EXCEL_CSV: CsvWriteOptions = Object.freeze({ delimiter: ';', bom: true, decimalComma: true });

/** A figure's cell: a plain decimal with a decimal comma when asked for; any other cell as it is. */
export function figureCell<T>(value: T, options: CsvWriteOptions): T | string {
  return options.decimalComma === true && typeof value === 'string' && /^-?\d+\.\d+$/u.test(value) ? value.replace('.', ',') : value;
}

const BOM = '\uFEFF';

/**
 * Reads CSV text into rows of cells.
 *
 * @param text - the CSV text (a leading byte-order mark is dropped)
 * @param options - `delimiter`; by default the one of `,`, `;` and tab found most often outside
 *   quotes in the first line
 * @returns the rows, each a list of cells (text as written, quotes removed); an empty last line
 *   is not a row; frozen
 * @throws `CdtoKpiError` `MALFORMED_CSV` for a quote that is never closed, text after a
 *   closing quote, or a quote inside an unquoted cell, naming the line and the column (its name in
 *   the first row, or its number); `WRONG_TYPE` for a text that is not a string or options that are
 *   not an object; `INVALID_VALUE` for another delimiter
 * @example
 * ```ts
 * parseCsv('a;b\r\n"1,5";2\r\n'); // [['a', 'b'], ['1,5', '2']]
 * ```
 */
export function parseCsv(text: string, options: { readonly delimiter?: CsvDelimiter } = {}): readonly (readonly string[])[] {
  if (typeof text !== 'string') throw failure(ERROR_CODES.WRONG_TYPE, { field: 'text' }, 'CSV text (a string)', text);
  return Object.freeze(readCsvRows(text, readCsvOptions(options, ['delimiter'])).map((row) => Object.freeze(row.cells)));
}

/** A row of CSV: its cells, and the line it starts on (1 for the first; a quoted line end makes a row span lines). */
export interface CsvRow {
  readonly cells: string[];
  readonly line: number;
}

/** {@link parseCsv} for callers whose arguments are read already, keeping the line each row starts on. */
export function readCsvRows(text: string, options: { readonly delimiter?: CsvDelimiter } = {}): CsvRow[] {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const delimiter = options.delimiter ?? detectDelimiter(body);
  const rows: CsvRow[] = [];
  let row: string[] = [];
  let rowLine = 1;
  let cell = '';
  let line = 1;
  let index = 0;
  let quotedCell = false;
  const malformed = (at: number, expected: Words, received: string, detail: Words) => {
    // The column by its name in the first row, once that row is read; else by its number.
    const column = rows[0]?.cells[row.length]?.trim() || `#${row.length + 1}`;
    return failure(ERROR_CODES.MALFORMED_CSV, { line: at, column }, expected, received, detail, [at, column]);
  };
  const endCell = (): void => {
    row.push(cell);
    cell = '';
    quotedCell = false;
  };
  while (index < body.length) {
    const char = body[index]!;
    if (char === '"') {
      if (cell !== '' || quotedCell) {
        throw malformed(line, 'a quote only around a whole cell (a quote inside is written "")', cell + char, 'a quote inside an unquoted cell');
      }
      const start = line;
      index += 1;
      for (;;) {
        if (index >= body.length) throw malformed(start, 'a closing quote', cell.slice(0, 40), 'a quoted cell is never closed');
        const inner = body[index]!;
        if (inner === '"') {
          if (body[index + 1] === '"') {
            cell += '"';
            index += 2;
            continue;
          }
          index += 1;
          break;
        }
        if (inner === '\n') line += 1;
        cell += inner;
        index += 1;
      }
      quotedCell = true;
      const next = body[index];
      if (next !== undefined && next !== delimiter && next !== '\r' && next !== '\n') {
        throw malformed(line, 'a delimiter or the end of the line after a closing quote', body.slice(index, index + 20), 'text after a closing quote');
      }
      continue;
    }
    if (char === delimiter) {
      endCell();
      index += 1;
      continue;
    }
    if (char === '\r' || char === '\n') {
      endCell();
      rows.push({ cells: row, line: rowLine });
      row = [];
      index += char === '\r' && body[index + 1] === '\n' ? 2 : 1;
      line += 1;
      rowLine = line;
      continue;
    }
    if (quotedCell) throw malformed(line, 'a delimiter after a closing quote', char, 'text after a closing quote');
    cell += char;
    index += 1;
  }
  if (cell !== '' || quotedCell || row.length > 0) {
    endCell();
    rows.push({ cells: row, line: rowLine });
  }
  return rows;
}

function detectDelimiter(text: string): CsvDelimiter {
  let best: CsvDelimiter = ',';
  let bestCount = 0;
  const end = text.search(/\r|\n/u);
  const firstLine = (end === -1 ? text : text.slice(0, end)).replace(/"(?:[^"]|"")*"/gu, '');
  for (const delimiter of CSV_DELIMITERS) {
    const count = firstLine.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Writes rows as CSV (RFC 4180): CRLF line ends, a cell quoted when it holds the delimiter, a
 * quote or a line end; `null` is an empty cell.
 *
 * @param rows - the rows, the header first
 * @param options - `delimiter` and `bom` (see {@link CsvWriteOptions})
 * @returns the CSV text, ending in CRLF
 * @throws `CdtoKpiError` `WRONG_TYPE` for rows that are not lists of cells (strings, numbers,
 *   `null`) or a `bom` that is not a boolean; `INVALID_VALUE` for another delimiter, or a number
 *   that is not finite or that JavaScript writes with an exponent; what `readDocument` refuses
 * @example
 * ```ts
 * writeCsv([['id', 'name'], ['common.1', 'Жоба; 1']], EXCEL_CSV); // '\uFEFFid;name\r\ncommon.1;"Жоба; 1"\r\n'
 * ```
 */
export function writeCsv(rows: readonly (readonly (string | number | null | undefined)[])[], options: CsvWriteOptions = {}): string {
  const read = readArgument(rows, 'rows');
  // A number written with an exponent (`1e21`) is refused: written as a string it says what it means.
  if (!Array.isArray(read)) throw failure(ERROR_CODES.WRONG_TYPE, { field: 'rows' }, 'a list of rows, each a list of cells', rows);
  read.forEach((row: unknown, index) => {
    if (!Array.isArray(row)) throw failure(ERROR_CODES.WRONG_TYPE, { field: `rows[${index}]` }, 'a row: a list of cells', row, undefined, ['rows', index]);
    row.forEach((cell: unknown, column) => {
      const where = { field: `rows[${index}][${column}]` };
      const path = ['rows', index, column];
      if (typeof cell === 'number' && !/^-?\d+(?:\.\d+)?$/u.test(String(cell))) {
        throw failure(ERROR_CODES.INVALID_VALUE, where, 'a finite number JavaScript writes without an exponent, or the figure as a string', cell, undefined, path);
      }
      if (cell !== null && cell !== undefined && typeof cell !== 'string' && typeof cell !== 'number') throw failure(ERROR_CODES.WRONG_TYPE, where, 'a cell: a string, a number or null', cell, undefined, path);
    });
  });
  const { delimiter = ',', bom } = readCsvOptions(options, ['delimiter', 'bom', 'decimalComma']);
  const cell = (value: CsvCell): string => {
    if (value === null || value === undefined) return '';
    const text = String(value);
    return text.includes(delimiter) || /["\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `${bom === true ? BOM : ''}${(read as CsvCell[][]).map((row) => row.map(cell).join(delimiter)).join('\r\n')}\r\n`;
}

type CsvCell = string | number | null | undefined;

/**
 * Reads the options of a CSV function once each (a getter or a proxy refused), each key one it
 * takes: `delimiter` one of {@link CSV_DELIMITERS}, the others booleans (`reading` and `editions`
 * are left to the function's own checks).
 */
export function readCsvOptions<K extends keyof CsvWriteOptions | 'detail'>(options: unknown, keys: readonly K[]): CsvWriteOptions & { readonly detail?: boolean } {
  const read = readOptions(options, keys) as Record<string, unknown>;
  const { delimiter, bom, decimalComma, detail } = read;
  if (delimiter !== undefined && !(CSV_DELIMITERS as readonly unknown[]).includes(delimiter)) throw failure(ERROR_CODES.INVALID_VALUE, { field: 'delimiter' }, '",", ";" or a tab', delimiter);
  for (const [name, value] of [['bom', bom], ['decimalComma', decimalComma], ['detail', detail]] as const) {
    if (value !== undefined && typeof value !== 'boolean') throw failure(ERROR_CODES.WRONG_TYPE, { field: name }, 'true or false', value);
  }
  return read;
}

/** A decimal as the library writes it: digits, an optional point and decimals. */
export const plainDecimal = z.string().check(z.regex(/^\d+(?:\.\d+)?$/u));

/** An argument read through the boundary into a plain copy, its problems under the argument's name. */
function readArgument(value: unknown, field: string): unknown {
  try {
    return readDocument(value);
  } catch (error) {
    if (!isCdtoKpiError(error)) throw error;
    throw new CdtoKpiError(error.issues.map((issue) => nestIssue(issue, [field], issue.path.length === 0 ? { field } : {})));
  }
}

/**
 * A document argument (a template, a report, a score) read through the boundary and checked for
 * what a CSV function writes of it, every problem at once under the argument's name.
 */
export function readCsvArgument<T>(value: unknown, field: string, schema: z.ZodMiniType<T>, expected: PhraseId): T {
  const read = readArgument(value, field);
  const parsed = z.safeParse(schema, read, { reportInput: true });
  if (parsed.success) return parsed.data;
  throw new CdtoKpiError(issuesFromZod(parsed.error.issues, read, { prefix: [field], locate: (path) => ({ field: [field, ...path].join('.') }), detail: say('not {expected}', { expected: say(expected) }) }));
}
