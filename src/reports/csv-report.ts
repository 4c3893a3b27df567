/**
 * A period report as CSV: one row per body and indicator, the template's columns. Written from a
 * template, read back from a spreadsheet's export into the report `scorePeriodReport` takes.
 *
 * @module
 */
import { type EditionRegistry, registryOf } from '../editions/registry.js';
import type { Language } from '../editions/types.js';
import { ERROR_CODES, failure, isCdtoKpiError } from '../errors/cdto-kpi-error.js';
import { deepFreeze } from '../freeze.js';
import type { BodyId } from '../generated/bodies.js';
import { indicatorsForPeriod, type PeriodIndicator } from '../periods/indicators-for-period.js';
import { type ReportingPeriod, resolveIn } from '../periods/resolve-period.js';
import { readCsvOptions, readCsvTemplate, readCsvText } from './csv-arguments.js';
import { type CsvDelimiter, type CsvWriteOptions, parseCsv, writeCsv } from './csv.js';
import { inputForm } from './input-forms.js';
import type { ReportTemplate } from './template.js';

/** The value columns of a CSV report: every input field of every kind, one column each. */
export const CSV_VALUE_COLUMNS = Object.freeze([
  'a',
  'b',
  'c',
  'excused',
  'done',
  'met',
  'downtimeHours',
  'totalHours',
  'ia',
  'ib',
  'tested',
  'connected',
  'systems',
  'digitised',
  'total',
] as const);

/** The columns that describe an indicator: written in a template, ignored when read. */
const DESCRIPTION_COLUMNS = Object.freeze(['block', 'name_kk', 'name_ru', 'unit', 'kind', 'target', 'weight', 'fields', 'criteria']);
const KEY_COLUMNS = Object.freeze(['period', 'reading', 'body', 'indicator']);

/** Words read as a milestone's `done` (case ignored); an empty cell or a dash is "no data". */
const DONE_WORDS: Readonly<Record<string, boolean>> = Object.freeze({ true: true, false: false, yes: true, no: false, '1': true, '0': false, да: true, нет: false, иә: true, жоқ: false });

/**
 * Writes a template as CSV: one row per body and indicator; the `fields` column names the cells to
 * fill (for the security KPI, `ia ib | tested connected systems`: one form or the other).
 *
 * @param template - from `reportTemplate` (or a copy of one)
 * @param options - `delimiter` and `bom` (see `EXCEL_CSV`)
 * @returns the CSV text
 * @throws `CdtoKpiError` `WRONG_TYPE` or `INVALID_VALUE` for a template that is not one (each
 *   problem with its path under `template`; a target or a weight must be a plain decimal), or for
 *   options that are not as {@link writeCsv} takes them
 */
export function templateCsv(template: ReportTemplate, options: CsvWriteOptions = {}): string {
  const { delimiter, bom } = readCsvOptions(options, ['delimiter', 'bom']);
  template = readCsvTemplate(template);
  const period = `${template.period.year}-Q${template.period.quarter}`;
  const header = [...KEY_COLUMNS, ...DESCRIPTION_COLUMNS, ...CSV_VALUE_COLUMNS];
  const rows = template.$indicators.map((indicator) => [
    period,
    template.reading ?? null,
    indicator.body,
    indicator.id,
    indicator.block,
    indicator.name.kk,
    indicator.name.ru,
    indicator.unit,
    indicator.kind,
    indicator.target,
    indicator.weight,
    [indicator.form.fields.join(' '), ...(indicator.form.instead === null ? [] : [indicator.form.instead.join(' ')])].join(' | ') +
      (Object.keys(indicator.form.optional).length === 0 ? '' : ` (optional: ${Object.keys(indicator.form.optional).join(' ')})`),
    indicator.criteria === null ? null : indicator.criteria.map((criterion) => `${criterion.id} (${criterion.weight} %)`).join(', '),
    ...CSV_VALUE_COLUMNS.map(() => null),
  ]);
  return writeCsv([header, ...rows], { ...(delimiter === undefined ? {} : { delimiter }), ...(bom === undefined ? {} : { bom }) });
}

/**
 * Reads a CSV report (as written by {@link templateCsv} and filled in a spreadsheet) into a period
 * report. Every row gives the period (`2026-Q1`), the body and the indicator; the `reading` column,
 * when filled, must agree on every row. A figure cell is passed to the scorer as written, so a
 * decimal comma, digit groups and the printed forms the figure parser reads all work; an empty
 * cell is an empty cell ("no data", warning `BLANK_CELL`). `done` takes true/false, yes/no, 1/0,
 * да/нет, иә/жоқ; `met` takes criterion ids separated by commas, semicolons or spaces (`none`:
 * no criterion met). Cells of fields the indicator does not take must stay empty.
 *
 * @param text - the CSV text (UTF-8, with or without a byte-order mark)
 * @param options - `delimiter` (by default found from the header)
 * @returns the period report, to validate or score, frozen (`structuredClone` it to edit it)
 * @throws {@link CdtoKpiError} `MALFORMED_CSV` for bad CSV, a missing key column, an unknown
 *   column, rows of different periods or readings; `INVALID_PERIOD` for a period cell not like
 *   `2026-Q1`; `WRONG_TYPE` for a text that is not a string, options that are not an object or
 *   `editions` that is not a registry; `INVALID_VALUE` for another delimiter
 */
export function reportFromCsv(text: string, options: { readonly delimiter?: CsvDelimiter; readonly editions?: EditionRegistry } = {}): {
  readonly period: ReportingPeriod;
  readonly reading?: Language;
  readonly bodies: readonly { readonly body: string; readonly figures: Readonly<Record<string, unknown>> }[];
} {
  const given = readCsvText(text);
  const { delimiter, editions } = readCsvOptions(options, ['delimiter', 'editions']);
  const [header, ...rows] = parseCsv(given, delimiter === undefined ? {} : { delimiter }).filter((row) => row.some((cell) => cell.trim() !== ''));
  if (header === undefined) throw failure(ERROR_CODES.MALFORMED_CSV, { field: 'header' }, 'a header row and one row per body and indicator', given.slice(0, 40), 'empty CSV');
  const columns = header.map((name) => name.trim());
  for (const name of columns) {
    if (![...KEY_COLUMNS, ...DESCRIPTION_COLUMNS, ...CSV_VALUE_COLUMNS].includes(name)) {
      throw failure(ERROR_CODES.MALFORMED_CSV, { field: `column ${JSON.stringify(name)}` }, `the columns of a template: ${[...KEY_COLUMNS, ...CSV_VALUE_COLUMNS].join(', ')}…`, name, 'unknown column');
    }
  }
  for (const name of ['period', 'body', 'indicator']) {
    if (!columns.includes(name)) throw failure(ERROR_CODES.MALFORMED_CSV, { field: 'header' }, `a column "${name}"`, header.join(','), 'missing column');
  }
  const at = (row: readonly string[], name: string): string => (row[columns.indexOf(name)] ?? '').trim();
  const periods = new Set(rows.map((row) => at(row, 'period')));
  const readings = new Set(rows.map((row) => at(row, 'reading')).filter((value) => value !== ''));
  if (periods.size !== 1) throw failure(ERROR_CODES.MALFORMED_CSV, { field: 'period' }, 'the same period on every row', [...periods].join(', '), 'rows of different periods');
  if (readings.size > 1) throw failure(ERROR_CODES.MALFORMED_CSV, { field: 'reading' }, 'the same reading on every row', [...readings].join(', '), 'rows of different readings');
  const periodText = [...periods][0]!;
  const match = /^(\d{4})-Q([1-4])$/u.exec(periodText);
  if (match === null) throw failure(ERROR_CODES.INVALID_PERIOD, { field: 'period' }, 'a quarter written like 2026-Q1', periodText);
  const period = { year: Number(match[1]), quarter: Number(match[2]) as 1 | 2 | 3 | 4 };
  const readingText = [...readings][0];
  const reading = readingText as Language | undefined;

  const bodies = new Map<string, Record<string, unknown>>();
  const kinds = new Map<string, Map<string, PeriodIndicator>>();
  // The edition in force, for the optional fields its footnotes allow; none when the period is
  // wrong (validation says so).
  const registry = registryOf(editions);
  const excusable = excusableIn(registry, period);
  for (const row of rows) {
    const body = at(row, 'body');
    const indicator = at(row, 'indicator');
    const figures = bodies.get(body) ?? {};
    bodies.set(body, figures);
    if (!kinds.has(body)) kinds.set(body, knownIndicators(registry, period, body, reading));
    const known = kinds.get(body)!.get(indicator);
    const cells = Object.fromEntries(CSV_VALUE_COLUMNS.filter((name) => columns.includes(name)).map((name) => [name, at(row, name)]));
    figures[indicator] = inputFromCells(indicator, known, cells, excusable);
  }
  return deepFreeze({ period, ...(reading === undefined ? {} : { reading }), bodies: [...bodies].map(([body, figures]) => ({ body, figures })) });
}

/** The indicators of the edition in force that take `excused`; none when the period is wrong (validation says why). */
function excusableIn(registry: EditionRegistry, period: ReportingPeriod): readonly string[] {
  try {
    return registry.get(resolveIn(registry, period).edition).excusable;
  } catch (error) {
    // A period the library refuses, or an edition not loaded: validation says why. Anything else is a bug.
    if (!isCdtoKpiError(error)) throw error;
    return [];
  }
}

/** The body's indicators by id in the period, or none when the body, period or reading is wrong (validation says so). */
function knownIndicators(registry: EditionRegistry, period: ReportingPeriod, body: string, reading: Language | undefined): Map<string, PeriodIndicator> {
  try {
    const list = indicatorsForPeriod(period, body as BodyId, reading === undefined ? { editions: registry } : { reading, editions: registry });
    return new Map(list.indicators.map((indicator) => [indicator.id, indicator]));
  } catch (error) {
    if (!isCdtoKpiError(error)) throw error;
    return new Map();
  }
}

/** The input of one row: the fields of the indicator's form (empty cells kept as empty), and every other filled cell. */
function inputFromCells(id: string, known: PeriodIndicator | undefined, cells: Readonly<Record<string, string>>, excusable: readonly string[]): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  if (known !== undefined) {
    const form = inputForm(id, known.definition.kind, excusable);
    const fields = form.instead !== null && form.instead.some((field) => (cells[field] ?? '') !== '') ? form.instead : form.fields;
    for (const field of fields) input[field] = cells[field] ?? '';
  }
  for (const [field, value] of Object.entries(cells)) if (value !== '') input[field] = value;
  for (const [field, value] of Object.entries(input)) {
    if (field === 'done') {
      const word = String(value).toLowerCase();
      input[field] = value === '' || value === '-' ? null : Object.hasOwn(DONE_WORDS, word) ? DONE_WORDS[word] : value;
    }
    if (field === 'met') input[field] = value === '' || value === '-' ? null : String(value).toLowerCase() === 'none' ? [] : String(value).split(/[\s,;]+/u).filter((part) => part !== '');
  }
  return input;
}
