/**
 * Writing the template workbook: a sheet per body, a row per indicator, white cells to fill in,
 * and live formulas that score each row as the library does (see `formulas.ts`).
 *
 * @module
 */
import type { Cell, Workbook, Worksheet } from 'exceljs';
import type { Language, ReportingPeriod } from '../index.js';
import { loadExcelJs } from './exceljs.js';
import { rowFormulas, totalsFormulas } from './formulas.js';
import { COLUMNS, columnIndex, columnLetters, HEADER_ROW, type IndicatorRow, planWorkbook, type SheetPlan, type WorkbookPlan } from './layout.js';
import { FIELD_TEXTS, KIND_TEXTS, listWords, RULE_TEXTS, SHEET_LABELS, TITLES, UNIT_TEXTS, VALIDATION_TEXTS, type WorkbookLanguage } from './labels.js';
import { decreeNote } from './meanings.js';
import { writeMarker } from './marker.js';
import { readOptions } from '../input/boundary.js';
import { checkBodies, checkLanguage } from './options.js';

/** Options of {@link writeWorkbook}. */
export interface WriteWorkbookOptions {
  /** The quarter. */
  readonly period: ReportingPeriod;
  /** One body's id or several: one sheet each, in this order. */
  readonly body: string | readonly string[];
  /** 2025 edition: the text whose targets and weights apply (`kk`, the default, or `ru`). */
  readonly reading?: Language;
  /** The language of the labels: `kk`, `ru` or `en` (default). */
  readonly lang?: WorkbookLanguage;
}

const FILL = Object.freeze({
  input: 'FFFFFFFF',
  unused: 'FFD9D9D9',
  computed: 'FFEAF1FB',
  header: 'FFDDE4EE',
  label: 'FFF4F4F4',
  totals: 'FFFFF4D6',
});

/**
 * Writes the workbook of a period report for one or more bodies: a sheet per body (named by its
 * id), a row per indicator that applies (its id, names in Kazakh and Russian, unit, kind, target N,
 * weight U, what each white cell means), the white cells unlocked and checked by data validation
 * (figures of zero or more with at most 4 decimals; lists for a milestone and for each criterion),
 * the rest protected without a password, and formulas that compute Z (A, S), W, the rule, R and the
 * share of the planned weight as the library does, exactly (see the module `cdto-kpi/workbook`).
 * The workbook carries no computed result: the spreadsheet that opens it computes every formula.
 * A hidden sheet marks it as cdto-kpi's, with its period, reading, language and bodies.
 *
 * @param options - the period, the body or bodies, the reading (2025 edition) and the language of
 *   the labels (`en` by default)
 * @returns the `.xlsx` file's bytes
 * @throws `CdtoKpiError` `DEPENDENCY_MISSING` when exceljs is not installed; what
 *   `reportTemplate` throws for the period, a body or the reading; `INVALID_VALUE` for a language
 *   other than `kk`, `ru` or `en`, no body or a body given twice
 * @example
 * ```ts
 * const bytes = await writeWorkbook({ period: { year: 2026, quarter: 1 }, body: 'justice', lang: 'kk' });
 * writeFileSync('justice-2026-q1.xlsx', bytes);
 * ```
 */
export async function writeWorkbook(options: WriteWorkbookOptions): Promise<Uint8Array> {
  const given = readOptions(options, ['period', 'body', 'reading', 'lang']);
  const lang = checkLanguage(given.lang);
  const bodies = checkBodies(given.body, lang);
  const plan = planWorkbook({ period: given.period as ReportingPeriod, bodies, lang, ...(given.reading === undefined ? {} : { reading: given.reading as Language }) });
  const ExcelJS = await loadExcelJs(lang);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cdto-kpi';
  // A fixed date: the same template twice is the same workbook.
  const date = new Date(Date.UTC(plan.period.year, (plan.period.quarter - 1) * 3, 1));
  workbook.created = date;
  workbook.modified = date;
  // Excel recomputes every formula when it opens the file; LibreOffice computes cells without a cached result.
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) await writeSheet(workbook, plan, sheet);
  await writeMarker(workbook, plan);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

async function writeSheet(workbook: Workbook, plan: WorkbookPlan, sheet: SheetPlan): Promise<void> {
  const { lang } = plan;
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` },
  });
  title(worksheet, plan, sheet);
  const columnLabels = (key: keyof typeof COLUMNS & keyof typeof SHEET_LABELS) => [COLUMNS[key], SHEET_LABELS[key][lang]] as const;
  headings(worksheet, HEADER_ROW, [
    ...(['no', 'id', 'nameKk', 'nameRu', 'unit', 'kind', 'target', 'weight', 'meaning'] as const).map(columnLabels),
    ...COLUMNS.inputs.map((column) => [column, `${SHEET_LABELS.input[lang]} ${column}`] as const),
    ...(['share', 'awarded', 'rule'] as const).map(columnLabels),
  ], 42);
  let lastColumn = 0;
  const word = plan.edition === '2023' ? SHEET_LABELS.direction[lang] : SHEET_LABELS.block[lang];
  for (const block of sheet.blocks) {
    if (block.heading !== null) {
      const cell = worksheet.getCell(`${COLUMNS.id}${block.heading}`);
      cell.value = `${word}: ${block.block}`;
      cell.font = { bold: true };
    }
    for (const row of block.rows) lastColumn = Math.max(lastColumn, indicatorRow(worksheet, plan, row));
  }
  const totals = totalsFormulas(sheet, lang);
  lastColumn = Math.max(lastColumn, totals.lastColumn);
  const totalsHeadings: [string, string][] = [
    [COLUMNS.meaning, SHEET_LABELS.totals[lang]],
    [COLUMNS.weight, SHEET_LABELS.plannedWeight[lang]],
    [COLUMNS.share, SHEET_LABELS.shareOfPlanned[lang]],
    [COLUMNS.awarded, SHEET_LABELS.awardedSum[lang]],
  ];
  headings(worksheet, sheet.totalsHeading, totalsHeadings, 30, (column) => (column === COLUMNS.meaning ? 'right' : 'center'));
  for (const block of sheet.blocks) {
    if (block.totalsRow !== null) totalsLabels(worksheet, block.totalsRow, `${word}: ${block.block}`, block.plannedWeight);
  }
  totalsLabels(worksheet, sheet.totalsRow, `${sheet.body}: ${SHEET_LABELS.wholeBody[lang]}`, sheet.plannedWeight);
  const resultLabel = sheet.aggregation === 'mean-of-directions' && sheet.blocks.length > 1 ? SHEET_LABELS.resultMean[lang] : SHEET_LABELS.resultSum[lang];
  totalsLabels(worksheet, sheet.resultRow, resultLabel, null);
  for (const [address, formula] of totals.cells) setFormula(worksheet.getCell(address), formula);
  worksheet.getCell(`${COLUMNS.awarded}${sheet.resultRow}`).font = { bold: true, size: 12 };
  columns(worksheet, lastColumn);
  await worksheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}

function title(worksheet: Worksheet, plan: WorkbookPlan, sheet: SheetPlan): void {
  const { lang } = plan;
  worksheet.getCell('A1').value = TITLES.title(sheet.body, plan.period.quarter, plan.period.year)[lang];
  worksheet.getCell('A1').font = { bold: true, size: 13 };
  worksheet.getCell('A2').value = TITLES.edition(plan.edition, plan.reading, plan.dataDue)[lang];
  worksheet.getCell('A3').value = TITLES.instructions[lang];
  worksheet.getCell('A3').alignment = { wrapText: true, vertical: 'top' };
  worksheet.mergeCells(`A3:${COLUMNS.rule}3`);
  worksheet.getRow(3).height = 45;
}

/** Bold, shaded headings along a row (`horizontal`: their alignment, when not the default). */
function headings(worksheet: Worksheet, row: number, labels: readonly (readonly [column: string, text: string])[], height: number, horizontal?: (column: string) => 'right' | 'center'): void {
  for (const [column, text] of labels) {
    const cell = worksheet.getCell(`${column}${row}`);
    cell.value = text;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle', ...(horizontal === undefined ? {} : { horizontal: horizontal(column) }) };
    paint(cell, FILL.header);
  }
  worksheet.getRow(row).height = height;
}

/** Writes an indicator's row; returns the last hidden column it used. */
function indicatorRow(worksheet: Worksheet, plan: WorkbookPlan, row: IndicatorRow): number {
  const { lang } = plan;
  const { indicator } = row;
  const at = (column: string): Cell => worksheet.getCell(`${column}${row.row}`);
  const label = (column: string, value: string | number): void => {
    const cell = at(column);
    cell.value = value;
    cell.alignment = { wrapText: true, vertical: 'top' };
    paint(cell, FILL.label);
  };
  label(COLUMNS.no, row.number);
  label(COLUMNS.id, indicator.id);
  label(COLUMNS.nameKk, indicator.name.kk ?? '');
  label(COLUMNS.nameRu, indicator.name.ru ?? '');
  label(COLUMNS.unit, UNIT_TEXTS[indicator.unit][lang]);
  label(COLUMNS.kind, KIND_TEXTS[indicator.kind][lang]);
  label(COLUMNS.target, indicator.target === null ? SHEET_LABELS.noTargetCell[lang] : Number(indicator.target));
  label(COLUMNS.weight, Number(indicator.weight));
  const lines = row.inputs.map((input) => `${input.column}: ${input.meaning.text}`);
  if (indicator.kind === 'security') lines.push(FIELD_TEXTS.securityForms[lang]);
  const note = decreeNote(row.formula, lang);
  if (note !== null) lines.push(note);
  label(COLUMNS.meaning, lines.join('\n'));
  for (const column of COLUMNS.inputs) {
    const input = row.inputs.find((entry) => entry.column === column);
    const cell = at(column);
    paint(cell, input === undefined ? FILL.unused : FILL.input);
    if (input === undefined) continue;
    cell.protection = { locked: false };
    cell.alignment = { vertical: 'top' };
    const prompt = input.meaning.text.length > 250 ? `${input.meaning.text.slice(0, 249)}…` : input.meaning.text;
    const address = `${column}${row.row}`;
    const figure = input.type === 'figure';
    cell.dataValidation = {
      type: figure ? 'custom' : 'list',
      allowBlank: true,
      formulae: [figure ? `AND(ISNUMBER(${address}),${address}>=0,${address}<10000000000000,ROUND(${address}*10000,0)=${address}*10000)` : `"${listWords(input.type === 'done', lang).join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: VALIDATION_TEXTS.errorTitle[lang],
      error: (figure ? VALIDATION_TEXTS.figureError : VALIDATION_TEXTS.listError)[lang],
      showInputMessage: true,
      promptTitle: input.meaning.title,
      prompt,
    };
  }
  const formulas = rowFormulas(row, plan.hours, lang);
  for (const [address, text] of formulas.cells) setFormula(worksheet.getCell(address), text);
  for (const column of [COLUMNS.share, COLUMNS.awarded, COLUMNS.rule]) {
    const cell = at(column);
    paint(cell, FILL.computed);
    cell.alignment = { wrapText: column === COLUMNS.rule, vertical: 'top' };
  }
  at(COLUMNS.share).numFmt = `0.${'0'.repeat(row.shareDecimals)}`;
  at(COLUMNS.awarded).numFmt = '0.0';
  at(COLUMNS.awarded).font = { bold: true };
  worksheet.getRow(row.row).height = rowHeight([
    [indicator.name.kk ?? '', WIDTHS[COLUMNS.nameKk]!],
    [indicator.name.ru ?? '', WIDTHS[COLUMNS.nameRu]!],
    [KIND_TEXTS[indicator.kind][lang], WIDTHS[COLUMNS.kind]!],
    [lines.join('\n'), WIDTHS[COLUMNS.meaning]!],
    // The rule cell's longest ordinary words (a state's longer words may overflow: they ask for a fix).
    [RULE_TEXTS.inverse[lang], WIDTHS[COLUMNS.rule]!],
  ]);
  return formulas.lastColumn;
}

function totalsLabels(worksheet: Worksheet, row: number, text: string, planned: string | null): void {
  const label = worksheet.getCell(`${COLUMNS.meaning}${row}`);
  label.value = text;
  label.font = { bold: true };
  label.alignment = { wrapText: true, vertical: 'top', horizontal: 'right' };
  if (planned !== null) {
    const cell = worksheet.getCell(`${COLUMNS.weight}${row}`);
    cell.value = Number(planned);
    cell.font = { bold: true };
  }
  for (const column of [COLUMNS.weight, COLUMNS.meaning, COLUMNS.share, COLUMNS.awarded, COLUMNS.rule]) paint(worksheet.getCell(`${column}${row}`), FILL.totals);
  worksheet.getCell(`${COLUMNS.share}${row}`).numFmt = '0.0';
  worksheet.getCell(`${COLUMNS.awarded}${row}`).numFmt = '0.0';
  worksheet.getCell(`${COLUMNS.awarded}${row}`).font = { bold: true };
  worksheet.getRow(row).height = rowHeight([[text, WIDTHS[COLUMNS.meaning]!]]);
}

/**
 * A row's height for its wrapped texts: neither Excel nor LibreOffice fits a row to its text when
 * it opens a file, so the height is worked out from each text's length and its column's width.
 */
function rowHeight(texts: readonly (readonly [text: string, width: number])[]): number {
  const lines = Math.max(
    1,
    ...texts.map(([text, width]) => text.split('\n').reduce((total, paragraph) => total + Math.max(1, Math.ceil((paragraph.length * 1.05) / Math.max(1, width - 1))), 0)),
  );
  return Math.min(409, Math.ceil(lines * 12.75 + 3));
}

/** The columns' widths, in characters. */
const WIDTHS: Readonly<Record<string, number>> = Object.freeze({
  [COLUMNS.no]: 5,
  [COLUMNS.id]: 15,
  [COLUMNS.nameKk]: 36,
  [COLUMNS.nameRu]: 36,
  [COLUMNS.unit]: 7,
  [COLUMNS.kind]: 20,
  [COLUMNS.target]: 10,
  [COLUMNS.weight]: 10,
  [COLUMNS.meaning]: 56,
  // Wide enough for a figure of 13 digits and 4 decimals in the General format (a narrower column shows 1E+13).
  ...Object.fromEntries(COLUMNS.inputs.map((column) => [column, 17])),
  [COLUMNS.share]: 12,
  [COLUMNS.awarded]: 11,
  [COLUMNS.rule]: 30,
  R: 2,
});

function columns(worksheet: Worksheet, lastColumn: number): void {
  for (const [column, width] of Object.entries(WIDTHS)) worksheet.getColumn(column).width = width;
  for (let index = columnIndex(COLUMNS.status); index <= lastColumn; index += 1) worksheet.getColumn(columnLetters(index)).hidden = true;
}

function setFormula(cell: Cell, formula: string): void {
  // No cached result: the engine that opens the file computes it.
  cell.value = { formula } as Cell['value'];
}

/** Fills a cell with a colour and draws its thin grey border. */
function paint(cell: Cell, argb: string): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
  const side = { style: 'thin' as const, color: { argb: 'FFB0B0B0' } };
  cell.border = { top: side, left: side, bottom: side, right: side };
}


