/**
 * A period report as CSV: one layout for every tool (the command line's template, the explorer's
 * report builder, this library), one row per body and indicator, a column per input field. Written
 * from a template or a report, read back from a spreadsheet's export into the report
 * `scorePeriodReport` takes, every problem located by its line and column. The builder's former
 * long layout (`year,quarter,reading,body,indicator,field,value`: a row per field) is read too.
 *
 * @module
 */
import * as z from 'zod/mini';
import { type EditionRegistry, registryOf } from '../editions/registry.js';
import type { Language } from '../editions/types.js';
import type { Lang } from '../messages/catalogue.js';
import { CdtoKpiError, createIssue, describeLocation, ERROR_CODES, type ErrorCode, type ErrorLocation, isCdtoKpiError, type Issue, keepIssues, type PathKey, say, type Words } from '../errors/cdto-kpi-error.js';
import { deepFreeze } from '../freeze.js';
import type { BodyId } from '../generated/bodies.js';
import { readDocument, readOptions } from '../input/boundary.js';
import { indicatorsForPeriod, type PeriodIndicator } from '../periods/indicators-for-period.js';
import { periodOf, type ReportingPeriod, resolveIn } from '../periods/resolve-period.js';
import type { ScoringMethod } from '../scoring/method.js';
import type { RankBy } from '../scoring/rank.js';
import { type CsvDelimiter, type CsvRow, type CsvWriteOptions, plainDecimal, figureCell, readCsvArgument, readCsvOptions, readCsvRows, writeCsv } from './csv.js';
import { meaningsText } from './field-meanings.js';
import { inputForm } from './input-forms.js';
import type { PeriodReport } from './period-report-schema.js';
import { type PeriodScore, scoreRead } from './score-period.js';
import type { ReportTemplate, TemplateIndicator } from './template.js';
import { checkedReport, type ReadScoreOptions, readScoreOptions, type ValidationResult, type ValidationWarning, validationIn } from './validate-period-report.js';
import { issuesIn, messagesFor } from '../output/messages.js';

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
const DESCRIPTION_COLUMNS = Object.freeze(['block', 'name_kk', 'name_ru', 'unit', 'kind', 'target', 'weight', 'fields', 'criteria', 'meaning_kk', 'meaning_ru', 'meaning_en']);
const KEY_COLUMNS = Object.freeze(['period', 'reading', 'body', 'indicator']);
const REQUIRED_KEYS = Object.freeze(['period', 'body', 'indicator']);
/** The explorer's former layout: a row per field. */
const LONG_COLUMNS = Object.freeze(['year', 'quarter', 'reading', 'body', 'indicator', 'field', 'value']);

/** Words read as a milestone's `done` (case ignored); an empty cell or a dash is "no data". */
const DONE_WORDS: Readonly<Record<string, boolean>> = Object.freeze({ true: true, false: false, yes: true, no: false, '1': true, '0': false, да: true, нет: false, иә: true, жоқ: false });
const doneOf = (value: string): unknown => (Object.hasOwn(DONE_WORDS, value.toLowerCase()) ? DONE_WORDS[value.toLowerCase()] : value);

/** A period report as {@link reportCsv} writes it (a template filled in, or any report). */
export interface ReportLike {
  readonly period: { readonly year: number; readonly quarter: number };
  readonly reading?: string;
  readonly bodies: readonly { readonly body: string; readonly figures: Readonly<Record<string, unknown>> }[];
  /** A template's description of its indicators, written in the columns that describe them. */
  readonly $indicators?: readonly TemplateIndicator[];
}

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
        target: z.nullable(plainDecimal),
        weight: plainDecimal,
        form: z.object({ fields: z.array(z.string()), instead: z.nullable(z.array(z.string())), optional: z.record(z.string(), z.unknown()) }),
        criteria: z.nullable(z.array(z.object({ id: z.string(), weight: plainDecimal }))),
        inputs: z.array(z.object({ field: z.string(), meaning: z.object({ kk: z.string(), ru: z.string(), en: z.string() }), decree: z.nullable(name) })),
      }),
    ),
  ),
});

/** What reads a CSV report: the delimiter (by default found from the header), the text whose values apply, the editions. */
export interface CsvReadOptions {
  readonly delimiter?: CsvDelimiter;
  /** An edition with two texts: the text whose kinds apply (overriding the file's `reading` column). */
  readonly reading?: Language;
  readonly editions?: EditionRegistry;
  /** The language of the issues' and warnings' messages (default `en`; in `cdto-kpi/core`, `await loadLanguage(lang)` first). */
  readonly lang?: Lang;
}

/**
 * Writes a template as CSV: one row per body and indicator, what the indicator is (block, names,
 * unit, kind, target, weight, the fields to fill, the criteria of a composite, what each field
 * means in Kazakh, Russian and English with the decree's own words), then a column per input
 * field, empty, or filled with the template's figures when it was filled in. The `fields` column
 * names the cells to fill (for the security KPI, `ia ib | tested connected systems`: one form or
 * the other).
 *
 * @param template - from `reportTemplate` (filled in or not)
 * @param options - `delimiter`, `bom` and `decimalComma` (see `EXCEL_CSV`)
 * @returns the CSV text
 * @throws `CdtoKpiError` `WRONG_TYPE` or `INVALID_VALUE` for a template that is not one (each problem
 *   with its path under `template`; a target or a weight must be a plain decimal), or for options that
 *   are not as `writeCsv` takes them
 * @example
 * ```ts
 * writeFileSync('justice.csv', templateCsv(reportTemplate({ period: { year: 2026, quarter: 1 }, body: 'justice' }), EXCEL_CSV));
 * ```
 */
export function templateCsv(template: ReportTemplate, options: CsvWriteOptions = {}): string {
  return writeReportCsv(readCsvArgument(template, 'template', reportLikeSchema, 'a template from reportTemplate') as ReportLike, readCsvOptions(options, ['delimiter', 'bom', 'decimalComma']));
}

/**
 * Writes a period report as CSV, in the layout of {@link templateCsv}: one row per body and
 * indicator in the report's order, its figures in their columns (a composite's criteria separated
 * by commas, `none` for none met; a milestone's `done` as `true` or `false`; `null` as an empty
 * cell). The columns that describe an indicator are filled from the report's `$indicators` (a
 * template filled in has them) and left empty otherwise: they are never read back.
 *
 * @param report - a period report, or a template filled in
 * @param options - `delimiter`, `bom` and `decimalComma` (see `EXCEL_CSV`; the figures are written
 *   as given, so only the target and weight columns take decimal commas)
 * @returns the CSV text
 * @throws `CdtoKpiError` `WRONG_TYPE` or `INVALID_VALUE` for a report that is not one (each problem
 *   with its path under `report`; a target or a weight must be a plain decimal), or for options that
 *   are not as `writeCsv` takes them
 * @example
 * ```ts
 * reportCsv({ period: { year: 2026, quarter: 1 }, bodies: [{ body: 'justice', figures: { 'justice.1': { a: '17', b: '40' } } }] });
 * ```
 */
export function reportCsv(report: ReportLike, options: CsvWriteOptions = {}): string {
  return writeReportCsv(readCsvArgument(report, 'report', reportLikeSchema, 'a period report or a template filled in') as ReportLike, readCsvOptions(options, ['delimiter', 'bom', 'decimalComma']));
}

function writeReportCsv(report: ReportLike, options: CsvWriteOptions): string {
  const period = `${report.period.year}-Q${report.period.quarter}`;
  const described = new Map<string, TemplateIndicator>();
  for (const indicator of report.$indicators ?? []) described.set(`${indicator.body}\u0000${indicator.id}`, indicator);
  const header = [...KEY_COLUMNS, ...DESCRIPTION_COLUMNS, ...CSV_VALUE_COLUMNS];
  const rows = report.bodies.flatMap(({ body, figures }) =>
    Object.entries(figures).map(([id, input]) => {
      const indicator = described.get(`${body}\u0000${id}`);
      const cells = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Readonly<Record<string, unknown>>) : {};
      return [period, report.reading ?? null, body, id, ...(indicator === undefined ? DESCRIPTION_COLUMNS.map(() => null) : describe(indicator, options)), ...CSV_VALUE_COLUMNS.map((field) => valueCell(cells[field]))];
    }),
  );
  return writeCsv([header, ...rows], options);
}

function describe(indicator: TemplateIndicator, options: CsvWriteOptions): (string | null)[] {
  const { form } = indicator;
  return [
    indicator.block,
    indicator.name.kk,
    indicator.name.ru,
    indicator.unit,
    indicator.kind,
    figureCell(indicator.target, options),
    figureCell(indicator.weight, options),
    [form.fields.join(' '), ...(form.instead === null ? [] : [form.instead.join(' ')])].join(' | ') + (Object.keys(form.optional).length === 0 ? '' : ` (optional: ${Object.keys(form.optional).join(' ')})`),
    indicator.criteria === null ? null : indicator.criteria.map((criterion) => `${criterion.id} (${criterion.weight} %)`).join(', '),
    meaningsText(indicator.inputs, 'kk'),
    meaningsText(indicator.inputs, 'ru'),
    meaningsText(indicator.inputs, 'en'),
  ];
}

function valueCell(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(', ');
  return String(value);
}

/** A report read from CSV, with where each of its parts sits in the file. */
interface CsvReport {
  /** The report, or `null` when the file cannot give one (no header, a key column missing, no period). */
  readonly report: PeriodReport | null;
  /** The problems of the file itself, each with its line and column. */
  readonly issues: readonly Issue[];
  /** An issue or a warning of the report at its line and column, in the file's words; `null` when a missing column's issue says it. */
  readonly locate: <T extends Issue | ValidationWarning>(entry: T) => T | null;
  /** The last line of a body's rows (of the file, for no body): where a problem with no cell of its own goes. */
  readonly lastLine: (body: string | undefined) => number;
}

/** A place in the file: a line and a column's name. */
interface Place {
  readonly line: number;
  readonly column: string;
}

type Problem = (code: ErrorCode, place: Place, expected: Words, received: unknown, detail: Words, location?: ErrorLocation) => void;

/** What reading the rows of either layout shares: the rows after the header and where their parts go. */
interface Rows {
  readonly rows: readonly CsvRow[];
  readonly at: (row: CsvRow, name: string) => string;
  readonly problem: Problem;
  /** Checks that a row gives the first row's period and the file's reading. */
  readonly consistent: (row: CsvRow) => void;
  /** A body's figures, met first on `row`. */
  readonly figuresOf: (body: string, row: CsvRow) => Record<string, unknown>;
  readonly places: Places;
}

/**
 * Reads a CSV report of either layout: its rows, every problem of the file with its line and
 * column, and a map from the report's paths back to the file's cells.
 */
function readCsvReport(text: string, delimiter: unknown, askedReading: unknown, editions: unknown): CsvReport {
  const issues: Issue[] = [];
  const problem: Problem = (code, place, expected, received, detail, location = {}) => {
    issues.push(createIssue(code, { line: place.line, column: place.column, ...location }, expected, received, { path: [place.line, place.column], detail }));
  };
  const rows = readCsvRows(text, { delimiter: delimiter as CsvDelimiter | undefined }).filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const [head, ...body] = rows;
  const none: CsvReport = { report: null, issues, locate: () => null, lastLine: () => 0 };
  if (head === undefined) {
    problem(ERROR_CODES.MALFORMED_CSV, { line: 1, column: '#1' }, 'a header row and one row per body and indicator', text.slice(0, 40), 'empty CSV');
    return none;
  }
  const columns = head.cells.map((name) => name.trim());
  const long = LONG_COLUMNS.every((name, index) => columns[index] === name) && columns.length === LONG_COLUMNS.length;
  if (!long && !wideHeader(head, body, columns, problem)) return none;
  const at = (row: CsvRow, name: string): string => (columns.includes(name) ? (row.cells[columns.indexOf(name)] ?? '').trim() : '');
  const first = body[0];
  if (first === undefined) {
    problem(ERROR_CODES.MALFORMED_CSV, { line: head.line + 1, column: long ? 'year' : 'period' }, long ? 'one row per body, indicator and field' : 'one row per body and indicator', '', 'no row after the header');
    return none;
  }
  // The period and the reading: the first row's, the same on every row.
  const periodText = (row: CsvRow): string => (long ? `${at(row, 'year')}, ${at(row, 'quarter')}` : at(row, 'period'));
  const period = periodOf(long ? `${at(first, 'year')}-Q${at(first, 'quarter')}` : at(first, 'period'));
  if (period === null) {
    if (long) problem(ERROR_CODES.INVALID_PERIOD, { line: first.line, column: 'quarter' }, 'a year such as 2026 and a quarter from 1 to 4', `${at(first, 'year')} ${at(first, 'quarter')}`, 'invalid period');
    else problem(ERROR_CODES.INVALID_PERIOD, { line: first.line, column: 'period' }, 'a quarter written like 2026-Q1', periodText(first), 'invalid period');
    return none;
  }
  const fileReading = body.map((row) => at(row, 'reading')).find((value) => value !== '') as Language | undefined;
  const bodies = new Map<string, Record<string, unknown>>();
  const places = new Places();
  const context: Rows = {
    rows: body,
    at,
    problem,
    consistent: (row) => {
      if (periodText(row) !== periodText(first)) problem(ERROR_CODES.MALFORMED_CSV, { line: row.line, column: long ? 'quarter' : 'period' }, say('the same period on every row: {period}', { period: periodText(first) }), periodText(row), 'rows of different periods');
      const reading = at(row, 'reading');
      if (reading !== '' && reading !== fileReading) problem(ERROR_CODES.MALFORMED_CSV, { line: row.line, column: 'reading' }, say('the same reading on every row: {reading}', { reading: String(fileReading) }), reading, 'rows of different readings');
    },
    figuresOf: (id, row) => {
      let figures = bodies.get(id);
      if (figures === undefined) {
        figures = {};
        bodies.set(id, figures);
        places.set([id], { line: row.line, column: 'body' });
      }
      return figures;
    },
    places,
  };
  const missingColumns = long ? (readLongRows(context), new Set<string>()) : readWideRows(context, columns, head.line, period, (askedReading as Language | undefined) ?? fileReading, editions);
  const report: PeriodReport = { period, ...(fileReading === undefined ? {} : { reading: fileReading }), bodies: [...bodies].map(([id, figures]) => ({ body: id, figures })) };
  return { report, issues, ...locators(report, places, missingColumns, first.line, body.at(-1)!.line) };
}

/** Checks the header of the layout of a template, and that no row has a cell beyond it; `false` when a key column is missing. */
function wideHeader(head: CsvRow, body: readonly CsvRow[], columns: readonly string[], problem: Problem): boolean {
  const known: readonly string[] = [...KEY_COLUMNS, ...DESCRIPTION_COLUMNS, ...CSV_VALUE_COLUMNS];
  columns.forEach((name, index) => {
    const column = name === '' ? `#${index + 1}` : name;
    if (!known.includes(name)) problem(ERROR_CODES.MALFORMED_CSV, { line: head.line, column }, say('the columns of a template: {columns} (and the columns that describe an indicator)', { columns: [...KEY_COLUMNS, ...CSV_VALUE_COLUMNS] }), name, 'unknown column');
    else if (columns.indexOf(name) !== index) problem(ERROR_CODES.MALFORMED_CSV, { line: head.line, column }, 'each column once', name, 'column given twice');
  });
  const missingKeys = REQUIRED_KEYS.filter((name) => !columns.includes(name));
  for (const name of missingKeys) problem(ERROR_CODES.MISSING_FIELD, { line: head.line, column: name }, say('a column "{name}"', { name }), columns.join(','), say('the column "{name}" is missing', { name }));
  if (missingKeys.length > 0) return false;
  for (const row of body) {
    if (row.cells.length > columns.length && row.cells.slice(columns.length).some((cell) => cell.trim() !== '')) {
      problem(ERROR_CODES.MALFORMED_CSV, { line: row.line, column: `#${columns.length + 1}` }, say('at most {count} cells, one per column of the header', { count: columns.length }), row.cells.slice(columns.length).join(','), 'a cell beyond the last column');
    }
  }
  return true;
}

/** Reads the rows of the layout of a template (a row per body and indicator); returns the columns an indicator needs and the file lacks. */
function readWideRows({ rows, at, problem, consistent, figuresOf, places }: Rows, columns: readonly string[], headLine: number, period: ReportingPeriod, reading: Language | undefined, editions: unknown): Set<string> {
  for (const row of rows) consistent(row);
  const registry = registryOf(editions);
  // A period, body or reading the library refuses reads as nothing here: validation says why.
  const excusable = keepIssues([], () => registry.get(resolveIn(registry, period).edition).excusable) ?? [];
  const asked = reading === undefined ? { editions: registry } : { reading, editions: registry };
  const valueColumns = CSV_VALUE_COLUMNS.filter((name) => columns.includes(name));
  const kinds = new Map<string, Map<string, PeriodIndicator>>();
  const needed = new Map<string, { readonly line: number; readonly indicator: string; readonly body: string; readonly count: number }>();
  for (const row of rows) {
    const bodyId = at(row, 'body');
    const id = at(row, 'indicator');
    if (bodyId === '' || id === '') {
      const column = bodyId === '' ? 'body' : 'indicator';
      problem(ERROR_CODES.MISSING_FIELD, { line: row.line, column }, column === 'body' ? 'a body id, such as "justice"' : 'an indicator id, such as "justice.1"', '', say(column === 'body' ? 'the body cell is empty' : 'the indicator cell is empty'));
      continue;
    }
    const figures = figuresOf(bodyId, row);
    if (Object.hasOwn(figures, id)) {
      problem(ERROR_CODES.DUPLICATE_INDICATOR, { line: row.line, column: 'indicator' }, say('each indicator once per body (first on line {line})', { line: String(places.get(bodyId, id)!.line) }), id, 'indicator given twice', { body: bodyId, indicator: id });
      continue;
    }
    places.set([bodyId, id], { line: row.line, column: 'indicator' });
    if (!kinds.has(bodyId)) {
      const list = keepIssues([], () => indicatorsForPeriod(period, bodyId as BodyId, asked).indicators) ?? [];
      kinds.set(bodyId, new Map(list.map((indicator) => [indicator.id, indicator])));
    }
    const indicator = kinds.get(bodyId)!.get(id);
    const cells = Object.fromEntries(valueColumns.map((name) => [name, at(row, name)]));
    for (const name of valueColumns) places.set([bodyId, id, name], { line: row.line, column: name });
    // The columns the indicator's form needs (either form of the security KPI).
    if (indicator !== undefined && indicator.applies) {
      const form = inputForm(id, indicator.definition.kind, excusable);
      const forms = form.instead === null ? [form.fields] : [form.fields, form.instead];
      if (!forms.some((fields) => fields.every((field) => columns.includes(field)))) {
        const chosen = forms.find((fields) => fields.some((field) => columns.includes(field))) ?? forms[0]!;
        for (const field of chosen) {
          const seen = needed.get(field);
          if (!columns.includes(field)) needed.set(field, seen === undefined ? { line: row.line, indicator: id, body: bodyId, count: 1 } : { ...seen, count: seen.count + 1 });
        }
      }
    }
    figures[id] = inputFromCells(indicator, id, cells, excusable);
  }
  for (const [name, first] of needed) {
    problem(
      ERROR_CODES.MISSING_FIELD,
      { line: headLine, column: name },
      say('a column "{name}": {indicator} of {body} (line {line}){more, plural, =0 { takes it} one { and # more row take it} other { and # more rows take it}}', { name, indicator: first.indicator, body: first.body, line: String(first.line), more: first.count - 1 }),
      columns.join(','),
      say('the column "{name}" is missing', { name }),
    );
  }
  return new Set(needed.keys());
}

/** Reads the rows of the explorer's former layout: a row per field (`year,quarter,reading,body,indicator,field,value`). */
function readLongRows({ rows, at, problem, consistent, figuresOf, places }: Rows): void {
  for (const row of rows) {
    consistent(row);
    const [bodyId, id, field, value] = [at(row, 'body'), at(row, 'indicator'), at(row, 'field'), at(row, 'value')];
    if (bodyId === '' || id === '') {
      problem(ERROR_CODES.MISSING_FIELD, { line: row.line, column: bodyId === '' ? 'body' : 'indicator' }, 'a body id and an indicator id', '', say(bodyId === '' ? 'the body cell is empty' : 'the indicator cell is empty'));
      continue;
    }
    const figures = figuresOf(bodyId, row) as Record<string, Record<string, unknown> | null>;
    if (places.get(bodyId, id) === undefined) places.set([bodyId, id], { line: row.line, column: 'indicator' });
    if (field === '') {
      figures[id] = null;
      continue;
    }
    const input = (figures[id] ??= {});
    if (Object.hasOwn(input, field)) {
      problem(ERROR_CODES.DUPLICATE_INDICATOR, { line: row.line, column: 'field' }, 'each field of an indicator once', field, 'field given twice', { body: bodyId, indicator: id, field });
      continue;
    }
    places.set([bodyId, id, field], { line: row.line, column: 'value' });
    input[field] = field === 'met' ? (value === '' ? [] : value.split(';')) : value === '' ? null : field === 'done' ? doneOf(value) : value;
  }
}

/** Where the bodies, rows and cells of a report sit in its file, by `[body]`, `[body, indicator]` or `[body, indicator, field]`. */
class Places {
  readonly #places = new Map<string, Place>();
  readonly #lastLines = new Map<string, number>();
  get(...key: string[]): Place | undefined {
    return this.#places.get(JSON.stringify(key));
  }
  set(key: readonly string[], place: Place): void {
    this.#places.set(JSON.stringify(key), place);
    // Rows are read in the file's order: a body's last row is the last one placed.
    if (key.length === 2) this.#lastLines.set(key[0]!, place.line);
  }
  /** The last line of a body's rows: where an indicator it did not report would go. */
  lastLine(body: string): number | undefined {
    return this.#lastLines.get(body);
  }
}

/** The functions that put an issue or a warning of the report at its place in the file. */
function locators(report: PeriodReport, places: Places, missingColumns: ReadonlySet<string>, firstLine: number, endLine: number): Pick<CsvReport, 'locate' | 'lastLine'> {
  const placeOf = (path: readonly PathKey[], field: string | undefined): Place | null | 'dropped' => {
    if (path[0] === 'period') return { line: firstLine, column: 'period' };
    if (path[0] === 'reading') return { line: firstLine, column: 'reading' };
    if (path[0] !== 'bodies' || typeof path[1] !== 'number') return null;
    const body = report.bodies[path[1]]?.body;
    if (body === undefined) return null;
    if (path[2] !== 'figures' || typeof path[3] !== 'string') return places.get(body) ?? null;
    const indicator = path[3];
    const name = typeof path[4] === 'string' ? path[4] : field;
    // A field whose column the file lacks: its issue is the missing column's.
    if (name !== undefined && missingColumns.has(name)) return 'dropped';
    return (name === undefined ? undefined : places.get(body, indicator, name)) ?? places.get(body, indicator) ?? null;
  };
  const locate = <T extends Issue | ValidationWarning>(entry: T): T | null => {
    const place = placeOf(entry.path, entry.location.field);
    if (place === 'dropped') return null;
    if (place === null) return entry;
    const location = Object.freeze({ line: place.line, column: place.column, ...entry.location });
    // An issue's message says where it is; a warning's does not.
    const message = 'expected' in entry ? { message: `${describeLocation(location)}: ${entry.message.slice(entry.message.indexOf(': ') + 2)}` } : {};
    const placed: T = { ...entry, path: Object.freeze([place.line, place.column]), location, ...message };
    return Object.freeze(placed);
  };
  return { locate, lastLine: (body) => (body === undefined ? endLine : (places.lastLine(body) ?? endLine)) };
}

/**
 * The input of one row: the fields of the indicator's form (empty cells kept as empty, so that the
 * scorer reads them as "no data"; the other form's for the security KPI when one of its cells is
 * filled), and every other filled cell (for the scorer to refuse).
 */
function inputFromCells(known: PeriodIndicator | undefined, id: string, cells: Readonly<Record<string, string>>, excusable: readonly string[]): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  if (known !== undefined) {
    const form = inputForm(id, known.definition.kind, excusable);
    const fields = form.instead !== null && form.instead.some((field) => (cells[field] ?? '') !== '') ? form.instead : form.fields;
    for (const field of fields) if (Object.hasOwn(cells, field)) input[field] = cells[field];
  }
  for (const [field, value] of Object.entries(cells)) if (value !== '') input[field] = value;
  for (const [field, value] of Object.entries(input)) {
    if (field === 'done') input[field] = value === '' || value === '-' ? null : doneOf(String(value));
    if (field === 'met') input[field] = value === '' || value === '-' ? null : String(value).toLowerCase() === 'none' ? [] : String(value).split(/[\s,;]+/u).filter((part) => part !== '');
  }
  return input;
}

/**
 * Reads a CSV report (as written by {@link templateCsv} or {@link reportCsv} and filled in a
 * spreadsheet, or the explorer's former row-per-field layout) into a period report.
 *
 * Every row gives the period (`2026-Q1`), the body and the indicator; the `reading` column, when
 * filled, must agree on every row. Every column an indicator's form needs must be there (the
 * security KPI: `ia` and `ib`, or `tested`, `connected` and `systems`); the columns that describe
 * an indicator may be left out. A figure cell is read as printed: a decimal comma (`43,1`) or
 * point, digit groups (`3 714 388`), the printed forms the figure parser reads; an empty cell or a
 * dash is "no data" (warning `BLANK_CELL` for an empty one). `done` takes true/false, yes/no, 1/0,
 * да/нет, иә/жоқ; `met` takes criterion ids separated by commas, semicolons or spaces (`none`: no
 * criterion met). Cells of fields the indicator does not take must stay empty.
 *
 * @param text - the CSV text (UTF-8, with or without a byte-order mark)
 * @param options - `delimiter` (by default found from the header), `reading` and `editions`
 * @returns the period report, to validate or score
 * @throws `CdtoKpiError` carrying every problem of the file, each with its line and column
 *   (`location.line`, `location.column`, path `[line, column]`), in the order of the file:
 *   `MALFORMED_CSV` (bad quoting, an unknown column or one given twice, rows of different periods
 *   or readings, a cell beyond the last column), `MISSING_FIELD` (a key column or a column an
 *   indicator takes is missing, an empty body or indicator cell), `DUPLICATE_INDICATOR` (a body
 *   and indicator on two rows), `INVALID_PERIOD` (a period cell not like `2026-Q1`)
 * @example
 * ```ts
 * const report = reportFromCsv(readFileSync('justice.csv', 'utf8'));
 * scorePeriodReport(report).rating;
 * ```
 */
export function reportFromCsv(text: string, options: CsvReadOptions = {}): PeriodReport {
  const { delimiter, reading, editions } = readOptions(options, ['delimiter', 'reading', 'editions']);
  const read = readCsvReport(textOf(text), delimiter, reading, editions);
  if (read.issues.length > 0 || read.report === null) throw new CdtoKpiError(read.issues);
  return deepFreeze(readDocument(read.report) as PeriodReport);
}

/**
 * Validates a CSV report: every problem of the file and of the report it holds, at once, each
 * located by its line and column (`location.line`, `location.column`, path `[line, column]`), in
 * the order of the file; an indicator that is not reported (no row) comes after its body's last
 * row, with no line. The warnings are located the same way.
 *
 * @param text - the CSV text
 * @param options - `delimiter`, `reading`, `method`, `rankBy` and `editions` (as for `validatePeriodReport`)
 * @returns the validation, as `validatePeriodReport` gives it, deeply frozen (text that is not CSV,
 *   such as a quote never closed, is an issue of it too)
 * @throws `CdtoKpiError` for options that are not as `validatePeriodReport` takes them, and for a
 *   text that is not a string
 * @example
 * ```ts
 * for (const issue of validateReportCsv(text).issues) console.log(issue.location.line, issue.location.column, issue.message);
 * ```
 */
export function validateReportCsv(text: string, options: CsvReadOptions & { readonly method?: ScoringMethod; readonly rankBy?: RankBy } = {}): ValidationResult {
  const { asked, readCsv } = readCsvScoreOptions(options);
  const refused = (issues: readonly Issue[]): ValidationResult => validationIn(deepFreeze({ ok: false, issues: [...issues], warnings: [] }), asked);
  let csv: CsvReport;
  try {
    csv = readCsv(text);
  } catch (error) {
    // Text that is not CSV (a quote never closed): its problem, with its line and column, is the validation's.
    if (!isCdtoKpiError(error) || error.code !== ERROR_CODES.MALFORMED_CSV) throw error;
    return refused(error.issues);
  }
  if (csv.report === null) return refused(csv.issues);
  try {
    readDocument(csv.report); // the limits every report is held to
  } catch (error) {
    if (!isCdtoKpiError(error)) throw error;
    return refused([...csv.issues, ...error.issues]);
  }
  const validation = checkedReport(csv.report, asked);
  return validationIn(located(csv, validation.issues, validation.warnings), asked);
}

/**
 * Scores a CSV report, as `scorePeriodReport` scores the report it holds; any problem is thrown
 * located in the file.
 *
 * @param text - the CSV text
 * @param options - `delimiter`, `reading`, `method`, `rankBy` and `editions` (as for `scorePeriodReport`)
 * @returns the scores and the rating, deeply frozen
 * @throws `CdtoKpiError` carrying every problem of the file and of the report, each with its
 *   line and column where it has one, in the order of the file
 * @example
 * ```ts
 * scoreReportCsv(readFileSync('justice.csv', 'utf8')).bodies[0].result;
 * ```
 */
export function scoreReportCsv(text: string, options: CsvReadOptions & { readonly method?: ScoringMethod; readonly rankBy?: RankBy } = {}): PeriodScore {
  const { asked, readCsv } = readCsvScoreOptions(options);
  const refusal = (issues: readonly Issue[]): CdtoKpiError => new CdtoKpiError(issuesIn(issues, asked.messages, asked.registry), asked.messages.lang);
  const csv = readCsv(text);
  if (csv.report !== null) readDocument(csv.report); // the limits every report is held to
  if (csv.report === null || csv.issues.length > 0) {
    const issues = csv.report === null ? csv.issues : located(csv, checkedReport(csv.report, asked).issues, []).issues;
    throw refusal(issues);
  }
  try {
    // Scored in English, located, then written in the language asked for.
    return scoreRead(csv.report, { ...asked, messages: messagesFor('en') });
  } catch (error) {
    if (!isCdtoKpiError(error)) throw error;
    throw refusal(located(csv, error.issues, []).issues);
  }
}

/** The options of a CSV report's validation or score, read, and the reader of its text. */
function readCsvScoreOptions(options: unknown): { readonly asked: ReadScoreOptions; readonly readCsv: (text: unknown) => CsvReport } {
  const { delimiter, ...rest } = readOptions(options, ['delimiter', 'reading', 'method', 'rankBy', 'editions', 'lang']);
  const asked = readScoreOptions(rest);
  return { asked, readCsv: (text) => readCsvReport(textOf(text), delimiter, rest.reading, asked.registry) };
}

/** The file's issues and the report's, located and in the order of the file. */
function located(csv: CsvReport, issues: readonly Issue[], warnings: readonly ValidationWarning[]): ValidationResult {
  const columns: readonly string[] = [...KEY_COLUMNS, ...DESCRIPTION_COLUMNS, ...CSV_VALUE_COLUMNS, ...LONG_COLUMNS];
  // By line, then by column (a stable sort); what has no place (an indicator not reported) after its body's last row.
  const key = ({ location }: Issue | ValidationWarning): number => (location.line ?? csv.lastLine(location.body)) * 1000 + (location.line === undefined ? 999 : Math.max(0, columns.indexOf(location.column ?? '')));
  const all = [...csv.issues, ...issues.map((issue) => csv.locate(issue)).filter((issue) => issue !== null)].sort((x, y) => key(x) - key(y));
  const shown = warnings.map((warning) => csv.locate(warning)).filter((warning) => warning !== null).sort((x, y) => key(x) - key(y));
  return deepFreeze({ ok: all.length === 0, issues: all, warnings: shown });
}

function textOf(text: unknown): string {
  if (typeof text !== 'string') throw new CdtoKpiError([createIssue(ERROR_CODES.WRONG_TYPE, {}, 'the CSV text, a string', text)]);
  return text;
}
