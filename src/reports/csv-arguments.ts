/**
 * The arguments of the CSV functions, read through the library's one boundary: a text is a
 * string; options are read once each (a getter or a proxy refused) and each value checked; rows, a
 * template and a score are documents, read into plain copies within the limits and checked for
 * what the functions read of them, so that a CSV function answers with CSV or the library's own
 * error, and never writes a cell that holds a figure in anything but plain decimal notation.
 *
 * @module
 */
import * as z from 'zod/mini';
import { CdtoKpiError, ERROR_CODES, failure, isCdtoKpiError, nestIssue, say } from '../errors/cdto-kpi-error.js';
import type { PhraseId } from '../generated/message-types.js';
import { issuesFromZod } from '../errors/zod-issues.js';
import { readDocument, readOptions } from '../input/boundary.js';
import type { PeriodScore } from './score-period.js';

/** The delimiters a CSV may use (`CSV_DELIMITERS`; here to keep this module at the bottom). */
const DELIMITERS: readonly string[] = [',', ';', '\t'];

/**
 * Reads a CSV text argument.
 *
 * @param text - what the caller passed
 * @returns the text
 * @throws {@link CdtoKpiError} `WRONG_TYPE` for anything but a string
 */
export function readCsvText(text: unknown): string {
  if (typeof text !== 'string') throw failure(ERROR_CODES.WRONG_TYPE, { field: 'text' }, 'CSV text (a string)', text);
  return text;
}

/** The options of the CSV functions, each checked. */
export interface CsvArguments {
  readonly delimiter?: ',' | ';' | '\t';
  readonly bom?: boolean;
  readonly decimalComma?: boolean;
  readonly detail?: boolean;
  readonly reading?: unknown;
  readonly editions?: unknown;
}

/**
 * Reads the options of a CSV function: an object read once, each key one the function takes;
 * `delimiter` one of `CSV_DELIMITERS`, `bom`, `decimalComma` and `detail` booleans. `reading` and `editions` are
 * left to the function's own checks.
 *
 * @param options - what the caller passed
 * @param keys - the options the function takes
 * @returns them, checked, without those left out
 * @throws {@link CdtoKpiError} `WRONG_TYPE`, `UNEXPECTED_FIELD` or `INVALID_VALUE`, at the option
 */
export function readCsvOptions(options: unknown, keys: readonly (keyof CsvArguments)[]): CsvArguments {
  const read = readOptions(options, keys) as Record<string, unknown>;
  const { delimiter, bom, decimalComma, detail } = read;
  if (delimiter !== undefined && !DELIMITERS.includes(delimiter as string)) throw failure(ERROR_CODES.INVALID_VALUE, { field: 'delimiter' }, '",", ";" or a tab', delimiter);
  for (const [name, value] of [['bom', bom], ['decimalComma', decimalComma], ['detail', detail]] as const) {
    if (value !== undefined && typeof value !== 'boolean') throw failure(ERROR_CODES.WRONG_TYPE, { field: name }, 'true or false', value);
  }
  return read as CsvArguments;
}

/** A cell as `writeCsv` takes it: text, a number written plainly, or nothing. */
export type CsvCell = string | number | null | undefined;

/**
 * Reads the rows given to `writeCsv`: a list of lists of cells (strings, numbers, `null`), read
 * through the boundary. A number must be finite and written by JavaScript without an exponent
 * (`1e21` is refused: written as a string it says what it means).
 *
 * @param rows - what the caller passed
 * @returns a plain copy
 * @throws {@link CdtoKpiError} as `readDocument`, and `WRONG_TYPE` or `INVALID_VALUE` at the cell
 */
export function readCsvRowsArgument(rows: unknown): readonly (readonly CsvCell[])[] {
  const read = readArgument(rows, 'rows');
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
  return read as CsvCell[][];
}

/** A decimal as the library writes it: digits, an optional point and decimals. */
const decimal = z.string().check(z.regex(/^\d+(?:\.\d+)?$/u));
const name = z.object({ kk: z.nullable(z.string()), ru: z.nullable(z.string()) });

/** What `templateCsv` and `reportCsv` read of a template or a report (anything else in it is left alone). */
const reportLikeSchema = z.object({
  period: z.object({ year: z.number().check(z.int(), z.minimum(1900), z.maximum(9999)), quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]) }),
  reading: z.optional(z.enum(['kk', 'ru'])),
  bodies: z.array(z.object({ body: z.string(), figures: z.record(z.string(), z.unknown()) })),
  $indicators: z.optional(
    z.array(
      z.object({
        body: z.string(),
        id: z.string(),
        block: z.string(),
        name,
        unit: z.string(),
        kind: z.string(),
        target: z.nullable(decimal),
        weight: decimal,
        form: z.object({ fields: z.array(z.string()), instead: z.nullable(z.array(z.string())), optional: z.record(z.string(), z.unknown()) }),
        criteria: z.nullable(z.array(z.object({ id: z.string(), weight: decimal }))),
        inputs: z.array(z.object({ field: z.string(), meaning: z.object({ kk: z.string(), ru: z.string(), en: z.string() }), decree: z.nullable(name) })),
      }),
    ),
  ),
});

/** What `scoreCsv` reads of a score. */
const scoreSchema = z.object({
  rankBy: z.string(),
  bodies: z.array(
    z.object({
      body: z.string(),
      plannedWeight: decimal,
      directions: z.array(
        z.object({
          direction: z.string(),
          indicators: z.array(
            z.object({
              indicator: z.string(),
              kind: z.string(),
              weight: z.nullable(decimal),
              target: z.nullable(decimal),
              share: z.nullable(decimal),
              awarded: decimal,
              rule: z.string(),
              warnings: z.array(z.object({ code: z.string() })),
            }),
          ),
        }),
      ),
    }),
  ),
  rating: z.array(z.object({ rank: z.number().check(z.int(), z.positive()), body: z.string(), result: decimal, shareOfPlanned: z.nullable(decimal) })),
});

/**
 * Reads the template given to `templateCsv` (from `reportTemplate`, or a copy of one) or the report
 * given to `reportCsv`: read through the boundary and checked for what is written of it, a target or
 * a weight a plain decimal.
 *
 * @param template - what the caller passed
 * @param field - the argument's name, for the paths of its problems
 * @returns a plain copy (a `ReportLike`)
 * @throws {@link CdtoKpiError} every problem at once, each with its path under the argument's name
 */
export function readCsvTemplate(template: unknown, field: 'template' | 'report' = 'template'): unknown {
  return checked(template, field, reportLikeSchema, field === 'template' ? 'a template from reportTemplate' : 'a period report or a template filled in');
}

/**
 * Reads the score given to `scoreCsv` (from `scorePeriodReport`, or its JSON read back): read
 * through the boundary and checked for what is written of it, every figure a plain decimal and
 * every body of the rating one of its bodies.
 *
 * @param score - what the caller passed
 * @returns a plain copy
 * @throws {@link CdtoKpiError} every problem at once, each with its path under `score`
 */
export function readCsvScore(score: unknown): PeriodScore {
  const read = checked(score, 'score', scoreSchema, 'a score from scorePeriodReport') as z.infer<typeof scoreSchema>;
  const bodies = new Set(read.bodies.map((body) => body.body));
  read.rating.forEach((entry, index) => {
    if (!bodies.has(entry.body)) throw failure(ERROR_CODES.INVALID_VALUE, { field: `score.rating[${index}].body` }, 'a body of the score', entry.body, 'rated but not scored', ['score', 'rating', index, 'body']);
  });
  return read as unknown as PeriodScore;
}

function readArgument(value: unknown, field: string): unknown {
  try {
    return readDocument(value);
  } catch (error) {
    if (!isCdtoKpiError(error)) throw error;
    throw new CdtoKpiError(error.issues.map((issue) => nestIssue(issue, [field], issue.path.length === 0 ? { field } : {})));
  }
}

function checked(value: unknown, field: string, schema: z.ZodMiniType, expected: PhraseId): unknown {
  const read = readArgument(value, field);
  const parsed = z.safeParse(schema, read, { reportInput: true });
  if (parsed.success) return parsed.data;
  throw new CdtoKpiError(issuesFromZod(parsed.error.issues, read, { prefix: [field], locate: (path) => ({ field: [field, ...path].join('.') }), detail: say('not {expected}', { expected: say(expected) }) }));
}
