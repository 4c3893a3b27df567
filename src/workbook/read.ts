/**
 * Reading a filled workbook back into a period report: the white cells only (a formula's result is
 * never read), each checked where it sits, every problem at once with its cell's address.
 *
 * @module
 */
import type { Cell, CellValue, Workbook, Worksheet } from 'exceljs';
import { CdtoKpiError, ERROR_CODES, type Issue, type PeriodReport, scorePeriodReport } from '../index.js';
import { Exact, plain } from '../decimal/decimal.js';
import { deepFreeze } from '../freeze.js';
import { loadExcelJs } from './exceljs.js';
import { RATIO_LIMIT, rowFormulas, SCALED_LIMIT, shifted, totalsFormulas, WORKBOOK_LIMITS } from './formulas.js';
import { workbookIssue } from './issues.js';
import { listWords, READ_TEXTS, type WorkbookLanguage } from './labels.js';
import type { TrilingualText } from '../reports/field-meanings.js';
import { COLUMNS, type IndicatorRow, type InputCell, planWorkbook, type SheetPlan, type WorkbookPlan } from './layout.js';
import { readMarker } from './marker.js';
import { readOptions } from '../input/boundary.js';
import { checkLanguage, isBytes } from './options.js';

/** Options of {@link readWorkbook}. */
export interface ReadWorkbookOptions {
  /** The language of the issues' words: `kk`, `ru` or `en` (default). */
  readonly lang?: WorkbookLanguage;
}

/** What a white cell holds, as read. */
type Read =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: string }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'other'; readonly value: unknown; readonly formula: boolean };

/**
 * Reads a filled cdto-kpi workbook into a period report.
 *
 * Only the white cells are read. A number cell is the decimal its double stands for (its shortest
 * round-trip text), taken only with at most 4 decimals and within the workbook's limits (written
 * with its row's decimals, at most 13 digits; a / b below 10^10), where the sheet's own formulas
 * are exact: what a person typed. A text cell is a figure as printed (`43,1`, `3 714 388,81`), read
 * by the library as it reads printed figures. An empty row is "no data". The report is then scored
 * once, so that a figure the library refuses (downtime above the hours, b above c) is an issue of
 * its cell too.
 *
 * @param bytes - the `.xlsx` file
 * @param options - `lang`: the language of the issues' words
 * @returns the period report (its bodies in the workbook's order), frozen
 * @throws `CdtoKpiError` `DEPENDENCY_MISSING` without exceljs; `WORKBOOK_UNRECOGNISED` for a
 *   file that is not a workbook cdto-kpi wrote; otherwise every problem at once, each with its cell:
 *   `WORKBOOK_ALTERED` (a sheet renamed or missing, a row moved, a formula overwritten),
 *   `NEGATIVE_FIGURE`, `FIGURE_OUT_OF_RANGE` (more than 4 decimals, beyond the limits),
 *   `WRONG_TYPE` (a date, a truth value, an error, a formula in a white cell), `INVALID_VALUE` (a
 *   word not of the list), `MISSING_FIELD` (a row filled in part), `UNEXPECTED_FIELD` (both forms
 *   of the security KPI), and whatever the library refuses when it scores the figures
 * @example
 * ```ts
 * const report = await readWorkbook(readFileSync('justice.xlsx'));
 * scorePeriodReport(report).rating;
 * ```
 */
export async function readWorkbook(bytes: Uint8Array, options: ReadWorkbookOptions = {}): Promise<PeriodReport> {
  const lang = checkLanguage(readOptions(options, ['lang']).lang);
  const ExcelJS = await loadExcelJs(lang);
  const workbook = new ExcelJS.Workbook();
  const unrecognised = (detail: string, received: unknown): CdtoKpiError =>
    new CdtoKpiError([workbookIssue(ERROR_CODES.WORKBOOK_UNRECOGNISED, {}, detail, READ_TEXTS.notOursExpected[lang], received)]);
  if (!isBytes(bytes)) throw unrecognised(READ_TEXTS.notXlsx[lang], typeof bytes);
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unrecognised(READ_TEXTS.notXlsx[lang], `${bytes.length} bytes`);
  }
  const marker = readMarker(workbook);
  if (marker === null) throw unrecognised(READ_TEXTS.notOurs[lang], workbook.worksheets.map((sheet) => sheet.name));
  let plan: WorkbookPlan;
  try {
    plan = planWorkbook({ period: marker.period, bodies: marker.bodies, lang: marker.lang, ...(marker.reading === null ? {} : { reading: marker.reading }) });
  } catch (error) {
    if (error instanceof CdtoKpiError) throw unrecognised(READ_TEXTS.notOurs[lang], error.message);
    throw error;
  }
  const issues: Issue[] = [];
  const bodies = plan.sheets.map((sheet) => ({ body: sheet.body, figures: readSheet(workbook, plan, sheet, lang, issues) }));
  const report: PeriodReport = { period: { ...plan.period }, ...(plan.reading === null ? {} : { reading: plan.reading }), bodies };
  // What the library finds in the figures read is found even when a cell was refused already (its
  // figure left out): every problem of the workbook at once, each cell named once.
  // A sheet missing or a row moved leaves figures unread: the library is asked only when every
  // indicator's row was read.
  const rowId = new RegExp(`^${COLUMNS.id}\\d+$`, 'u');
  const unread = issues.some((issue) => issue.code === ERROR_CODES.WORKBOOK_ALTERED && (issue.location.cell === undefined || rowId.test(String(issue.path[1]))));
  let scoring: readonly Issue[] = [];
  if (!unread) {
    try {
      scorePeriodReport(report, { lang });
    } catch (error) {
      if (!(error instanceof CdtoKpiError)) throw error;
      const refused = new Set(issues.map((issue) => issue.location.cell));
      scoring = error.issues.map((issue) => located(issue, plan)).filter((issue) => issue.location.cell === undefined || !refused.has(issue.location.cell));
    }
  }
  if (issues.length + scoring.length > 0) throw new CdtoKpiError([...issues, ...scoring], lang);
  return deepFreeze(report);
}

/** Reads a body's sheet: its rows checked, its formulas still formulas, its white cells read. */
function readSheet(workbook: Workbook, plan: WorkbookPlan, sheet: SheetPlan, lang: WorkbookLanguage, issues: Issue[]): Record<string, unknown> {
  const worksheet = workbook.getWorksheet(sheet.name);
  const figures: Record<string, unknown> = {};
  if (worksheet === undefined) {
    issues.push(workbookIssue(ERROR_CODES.WORKBOOK_ALTERED, { body: sheet.body }, READ_TEXTS.sheetMissing[lang], READ_TEXTS.sheetExpected(sheet.name)[lang], workbook.worksheets.map((entry) => entry.name), [sheet.name]));
    return figures;
  }
  const at = (address: string): Issue['location'] => ({ cell: `${sheet.name}!${address}`, body: sheet.body });
  const checkFormulas = (cells: readonly (readonly [string, string])[], indicator: Issue['location']): void => {
    for (const [address] of cells) {
      const value = worksheet.getCell(address).value;
      if (!isFormula(value)) issues.push(workbookIssue(ERROR_CODES.WORKBOOK_ALTERED, { ...at(address), ...indicator }, READ_TEXTS.formulaOverwritten[lang], READ_TEXTS.formulaExpected[lang], value, [sheet.name, address]));
    }
  };
  for (const row of sheet.rows) {
    const id = `${COLUMNS.id}${row.row}`;
    const found = worksheet.getCell(id).value;
    if (found !== row.indicator.id) {
      issues.push(workbookIssue(ERROR_CODES.WORKBOOK_ALTERED, { ...at(id), indicator: row.indicator.id }, READ_TEXTS.rowMoved[lang], READ_TEXTS.rowExpected(row.indicator.id)[lang], found, [sheet.name, id]));
      continue;
    }
    checkFormulas(rowFormulas(row, plan.hours, plan.lang).cells, { indicator: row.indicator.id });
    figures[row.indicator.id] = readRow(worksheet, sheet, row, plan.lang, lang, issues);
  }
  checkFormulas(totalsFormulas(sheet, plan.lang).cells, {});
  return figures;
}

/**
 * The decimal a finite double stands for: its shortest round-trip text, written plainly (what a person
 * typed, whenever it has at most 15 significant digits; `0.1 + 0.2` is refused by its decimals).
 */
export const plainOfDouble = (value: number): string => plain(new Exact(value));

const decimalsOf = (text: string): number => new Exact(text).decimalPlaces();

const isFormula = (value: CellValue): boolean => typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);

/** What a white cell holds. */
function readCell(cell: Cell): Read {
  const value = cell.value;
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value: plainOfDouble(value) } : { kind: 'other', value, formula: false };
  if (typeof value === 'string') return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', value };
  if (typeof value === 'object' && !(value instanceof Date)) {
    if (isFormula(value)) return { kind: 'other', value: (value as { formula?: string; sharedFormula?: string }).formula ?? 'a shared formula', formula: true };
    if ('richText' in value) {
      const text = value.richText.map((part) => part.text).join('');
      return text.trim() === '' ? { kind: 'empty' } : { kind: 'text', value: text };
    }
    if ('text' in value && typeof (value as { text: unknown }).text === 'string') return { kind: 'text', value: (value as { text: string }).text };
  }
  return { kind: 'other', value, formula: false };
}

/** Reads an indicator's white cells into its figures, every problem an issue of its cell. */
function readRow(worksheet: Worksheet, sheet: SheetPlan, row: IndicatorRow, sheetLang: WorkbookLanguage, lang: WorkbookLanguage, issues: Issue[]): unknown {
  const kind = row.indicator.kind;
  const address = (input: InputCell): string => `${input.column}${row.row}`;
  const location = (input: InputCell): Issue['location'] => ({ cell: `${sheet.name}!${address(input)}`, body: sheet.body, indicator: row.indicator.id, field: input.criterion === undefined ? input.field : `met.${input.criterion}` });
  const issue = (code: Issue['code'], input: InputCell, detail: TrilingualText, expected: TrilingualText, received: unknown): void => {
    issues.push(workbookIssue(code, location(input), detail[lang], expected[lang], received, [sheet.name, address(input)]));
  };
  const missing = (input: InputCell): void => issue(ERROR_CODES.MISSING_FIELD, input, READ_TEXTS.incomplete, READ_TEXTS.incompleteExpected, null);
  const cells = row.inputs.map((input) => ({ input, read: readCell(worksheet.getCell(address(input))) }));
  const before = issues.length;
  for (const { input, read } of cells) {
    if (read.kind !== 'other') continue;
    issue(ERROR_CODES.WRONG_TYPE, input, read.formula ? READ_TEXTS.formulaInInput : READ_TEXTS.wrongType, input.type === 'figure' ? READ_TEXTS.figureExpected : READ_TEXTS.listExpected(listWords(input.type === 'done', sheetLang)), read.value);
  }

  if (kind === 'milestone' || kind === 'composite') {
    const values = cells.map(({ input, read }) => {
      if (read.kind === 'empty') return null;
      const [yes, no] = listWords(input.type === 'done', sheetLang);
      const text = read.kind === 'text' ? read.value.toLocaleLowerCase() : null;
      if (text === yes.toLocaleLowerCase()) return true;
      if (text === no.toLocaleLowerCase()) return false;
      if (read.kind !== 'other') issue(ERROR_CODES.INVALID_VALUE, input, READ_TEXTS.listWrong, READ_TEXTS.listExpected([yes, no]), read.value);
      return undefined;
    });
    if (values.every((value) => value === null)) return kind === 'milestone' ? { done: null } : { met: null };
    cells.forEach(({ input }, index) => {
      if (values[index] === null) missing(input);
    });
    if (kind === 'milestone') return { done: values[0] ?? null };
    return { met: cells.filter((_, index) => values[index] === true).map(({ input }) => input.criterion!) };
  }

  // Figures: a number cell within the workbook's limits, or a text the library reads as printed.
  for (const { input, read } of cells) {
    if (read.kind !== 'number') continue;
    if (read.value.startsWith('-')) issue(ERROR_CODES.NEGATIVE_FIGURE, input, READ_TEXTS.negative, READ_TEXTS.figureExpected, read.value);
    else if (decimalsOf(read.value) > WORKBOOK_LIMITS.decimals) issue(ERROR_CODES.FIGURE_OUT_OF_RANGE, input, READ_TEXTS.decimals, READ_TEXTS.decimalsExpected, read.value);
  }
  const numbers = cells.filter(({ read }) => read.kind === 'number' && !read.value.startsWith('-') && decimalsOf(read.value) <= WORKBOOK_LIMITS.decimals);
  const scale = Math.max(0, ...numbers.map(({ read }) => decimalsOf((read as { value: string }).value)));
  for (const { input, read } of numbers) {
    if (shifted((read as { value: string }).value, scale).gte(SCALED_LIMIT)) issue(ERROR_CODES.FIGURE_OUT_OF_RANGE, input, READ_TEXTS.range, READ_TEXTS.rangeExpected(scale), (read as { value: string }).value);
  }
  const value = (field: string): { input: InputCell; read: Read } | undefined => cells.find(({ input }) => input.field === field);
  const figure = (field: string): string | null => {
    const read = value(field)?.read;
    return read === undefined || read.kind === 'empty' || read.kind === 'other' ? null : read.value;
  };
  const filled = (field: string): boolean => value(field)?.read.kind !== 'empty';
  const requireAll = (fields: readonly string[]): void => {
    if (!fields.some(filled)) return;
    for (const field of fields) if (!filled(field)) missing(value(field)!.input);
  };
  const shareLimit = (top: string, bottom: string): void => {
    const a = value(top)!;
    const b = value(bottom)!;
    if (a.read.kind !== 'number' || b.read.kind !== 'number' || issues.length > before) return;
    const denominator = new Exact(b.read.value);
    if (denominator.gt(0) && denominator.times(RATIO_LIMIT).lte(a.read.value)) issue(ERROR_CODES.FIGURE_OUT_OF_RANGE, a.input, READ_TEXTS.shareRange, READ_TEXTS.shareRangeExpected, a.read.value);
  };
  switch (kind) {
    case 'ratio':
    case 'decreasing-ratio':
    case 'growth': {
      const [top, bottom]: [string, string] = kind === 'growth' ? ['digitised', 'total'] : ['a', 'b'];
      requireAll([top, bottom]);
      shareLimit(top, bottom);
      return { [top]: figure(top), [bottom]: figure(bottom) };
    }
    case 'count':
      return { a: figure('a') };
    case 'uptime': {
      if (filled('totalHours') && !filled('downtimeHours')) missing(value('downtimeHours')!.input);
      return { downtimeHours: figure('downtimeHours'), ...(filled('totalHours') ? { totalHours: figure('totalHours') } : {}) };
    }
    case 'complement-ratio': {
      const optional = value('excused') !== undefined && filled('excused');
      if (optional || filled('b') || filled('c')) requireAll(['b', 'c']);
      return { b: figure('b'), c: figure('c'), ...(optional ? { excused: figure('excused') } : {}) };
    }
    case 'security': {
      const percents = ['ia', 'ib'];
      const counts = ['tested', 'connected', 'systems'];
      if (percents.some(filled) && counts.some(filled)) {
        const first = counts.find(filled)!;
        issue(ERROR_CODES.UNEXPECTED_FIELD, value(first)!.input, READ_TEXTS.mixed, READ_TEXTS.mixedExpected, figure(first));
        return { ia: figure('ia'), ib: figure('ib') };
      }
      if (counts.some(filled)) {
        requireAll(counts);
        return { tested: figure('tested'), connected: figure('connected'), systems: figure('systems') };
      }
      requireAll(percents);
      return { ia: figure('ia'), ib: figure('ib') };
    }
    default:
      throw new RangeError(`${row.indicator.id}: a kind the workbook does not know: ${kind as string}`);
  }
}

/** An issue the library found when scoring the report read, placed at its cell. */
function located(issue: Issue, plan: WorkbookPlan): Issue {
  const sheet = plan.sheets.find((entry) => entry.body === issue.location.body);
  const row = sheet?.rows.find((entry) => entry.indicator.id === issue.location.indicator);
  if (sheet === undefined || row === undefined) return issue;
  const field = issue.location.field;
  const input = row.inputs.find((entry) => entry.field === field) ?? null;
  const address = input === null ? `${COLUMNS.id}${row.row}` : `${input.column}${row.row}`;
  const cell = `${sheet.name}!${address}`;
  return Object.freeze({ ...issue, path: Object.freeze([sheet.name, address]), location: Object.freeze({ cell, ...issue.location }), message: `cell ${cell}, ${issue.message}` });
}
