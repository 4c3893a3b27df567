/**
 * Where everything sits in a cdto-kpi workbook: one sheet per body, one row per indicator that
 * applies, the white cells a body fills in, the cells computed, the totals. The writer lays a
 * workbook out from this plan, and the reader lays out the same plan again (from the period,
 * reading and bodies its hidden marker names) to know which cells are inputs, which must still be
 * formulas, and which indicator each row holds.
 *
 * @module
 */
import { CdtoKpiError, ERROR_CODES, type IndicatorKind, type Language, type ReportingPeriod, catalogueRecords, reportTemplate, resolvePeriod } from '../index.js';
import { ownIssue } from './issues.js';
import { Exact, plain } from '../decimal/decimal.js';
import { type WorkbookLanguage } from './labels.js';
import { type FieldMeaning, fieldMeanings, type Formula, type TemplateIndicator } from './meanings.js';

/** The columns of a body's sheet (letters), in order. */
export const COLUMNS = Object.freeze({
  no: 'A',
  id: 'B',
  nameKk: 'C',
  nameRu: 'D',
  unit: 'E',
  kind: 'F',
  target: 'G',
  weight: 'H',
  meaning: 'I',
  /** The white cells: up to five figures, criteria or a done flag. */
  inputs: Object.freeze(['J', 'K', 'L', 'M', 'N']),
  share: 'O',
  awarded: 'P',
  rule: 'Q',
  /** Hidden: the row's state (0 scored, 1 no data, 2 and up: not scored; see `formulas.ts`). */
  status: 'S',
  /** Hidden: W × 10, an integer, or "" when the row is not scored. */
  awardedTenths: 'T',
  /** Hidden: the rule's code. */
  ruleCode: 'U',
  /** Hidden: the first of the row's working cells. */
  firstWorking: 'V',
} as const);

/** The row of the column headers; the indicators follow. */
export const HEADER_ROW = 5;

/** How a body with several blocks (directions) gets one R, by edition. */
export type Aggregation = 'mean-of-directions' | 'sum-of-directions';

/**
 * The aggregation of each bundled edition's method: the 2023 edition's published method takes the
 * mean of the directions' R (the Ministry of Industry and Construction), the 2025 edition's method
 * (Decree No. 1157) sums every block's W. Both cut Z, W and R toward zero at one decimal (the share
 * at the target's decimals when it has more). See docs/scoring.md.
 */
const AGGREGATIONS: Readonly<Record<string, Aggregation>> = Object.freeze({ '2023': 'mean-of-directions', '2025': 'sum-of-directions' });

/** One white cell of a row. */
export interface InputCell {
  readonly column: string;
  /** The report's field: `a`, `b`, `downtimeHours`, …; `met` for a criterion, `done` for a milestone. */
  readonly field: string;
  /** A figure, a milestone's done flag (a list), or a composite's criterion (a list). */
  readonly type: 'figure' | 'done' | 'criterion';
  /** The criterion's id, for `criterion`. */
  readonly criterion?: string;
  /** What to enter, in the workbook's language. */
  readonly meaning: FieldMeaning;
}

/** One indicator's row. */
export interface IndicatorRow {
  readonly row: number;
  readonly number: number;
  readonly indicator: TemplateIndicator;
  readonly inputs: readonly InputCell[];
  /** The decimals Z is cut at: one, or the target's when it has more (docs/scoring.md). */
  readonly shareDecimals: number;
  /** True when the target is missing or 0: W = 0 by the rule "no target". */
  readonly noTarget: boolean;
  /** The indicator's formula in the catalogue (the decree's words on its inputs), or `null`. */
  readonly formula: Formula | null;
}

/** A block (2025) or a direction (2023) of a body, with its rows (contiguous). */
export interface BlockRows {
  readonly block: string;
  /** The row of the block's heading (`null` when the body has one block: no heading). */
  readonly heading: number | null;
  readonly rows: readonly IndicatorRow[];
  /** Σ U of the block, a plain decimal. */
  readonly plannedWeight: string;
  /** The row of the block's totals (`null` when the body has one block). */
  readonly totalsRow: number | null;
}

/** A body's sheet. */
export interface SheetPlan {
  readonly body: string;
  /** The sheet's name: the body's id. */
  readonly name: string;
  readonly blocks: readonly BlockRows[];
  readonly rows: readonly IndicatorRow[];
  readonly aggregation: Aggregation;
  /** Σ U of the body: the planned weight, a plain decimal. */
  readonly plannedWeight: string;
  /** The row of the totals' headings (Σ U, share, Σ W), above the blocks' totals. */
  readonly totalsHeading: number;
  /** The rows of the body's totals: Σ U, share and Σ W; then R. */
  readonly totalsRow: number;
  readonly resultRow: number;
}

/** A whole workbook. */
export interface WorkbookPlan {
  readonly period: ReportingPeriod;
  readonly edition: string;
  /** The quarter's hours: an uptime's t_total when its cell is left empty. */
  readonly hours: string;
  readonly dataDue: string | null;
  readonly reading: Language | null;
  readonly lang: WorkbookLanguage;
  readonly sheets: readonly SheetPlan[];
}

/**
 * Lays a workbook out: one sheet per body, in the order given. Throws what `reportTemplate` throws
 * for the period, a body or the reading, and `INVALID_VALUE` for an edition whose method it does not know.
 */
export function planWorkbook(options: { readonly period: ReportingPeriod; readonly bodies: readonly string[]; readonly reading?: Language; readonly lang: WorkbookLanguage }): WorkbookPlan {
  const { period, bodies, lang } = options;
  const template = reportTemplate({ period, body: bodies, ...(options.reading === undefined ? {} : { reading: options.reading }) });
  const resolved = resolvePeriod(period);
  const aggregation = AGGREGATIONS[resolved.edition];
  if (aggregation === undefined) {
    throw new CdtoKpiError([
      ownIssue({
        code: ERROR_CODES.INVALID_VALUE,
        path: ['period'],
        location: { field: 'period' },
        expected: 'a period of the 2023 or the 2025 edition (the workbook writes the formulas of their methods)',
        received: JSON.stringify(resolved.edition),
        message: `field "period": the workbook knows the methods of the 2023 and 2025 editions only; expected a period of one of them, got edition ${JSON.stringify(resolved.edition)}`,
      }),
    ]);
  }
  const reading = template.reading ?? null;
  const records = new Map(catalogueRecords(resolved.edition, reading === null ? {} : { reading }).map((record) => [record.id, record.formula] as const));
  const sheets = bodies.map((body) => {
    const indicators = template.$indicators.filter((indicator) => indicator.body === body);
    return planSheet(body, indicators, aggregation, records, lang);
  });
  return Object.freeze({ period: { year: period.year, quarter: period.quarter }, edition: resolved.edition, hours: resolved.hours, dataDue: resolved.dataDue, reading, lang, sheets: Object.freeze(sheets) });
}

function planSheet(body: string, indicators: readonly TemplateIndicator[], aggregation: Aggregation, formulas: ReadonlyMap<string, Formula>, lang: WorkbookLanguage): SheetPlan {
  const order: string[] = [];
  for (const indicator of indicators) if (!order.includes(indicator.block)) order.push(indicator.block);
  const several = order.length > 1;
  let row = HEADER_ROW + 1;
  let number = 0;
  const blocks: BlockRows[] = [];
  for (const block of order) {
    const heading = several ? row++ : null;
    const rows = indicators
      .filter((indicator) => indicator.block === block)
      .map((indicator): IndicatorRow => {
        number += 1;
        return Object.freeze({
          row: row++,
          number,
          indicator,
          inputs: Object.freeze(inputCells(indicator, lang)),
          shareDecimals: Math.max(1, indicator.target === null ? 0 : new Exact(indicator.target).decimalPlaces()),
          noTarget: indicator.target === null || new Exact(indicator.target).isZero(),
          formula: formulas.get(indicator.id) ?? null,
        });
      });
    blocks.push({ block, heading, rows: Object.freeze(rows), plannedWeight: sumOf(rows.map((entry) => entry.indicator.weight)), totalsRow: null });
  }
  row += 1;
  const totalsHeading = row++;
  const withTotals = blocks.map((block) => Object.freeze({ ...block, totalsRow: several ? row++ : null }));
  const totalsRow = row++;
  const resultRow = row++;
  const rows = withTotals.flatMap((block) => block.rows);
  return Object.freeze({ body, name: body, blocks: Object.freeze(withTotals), rows: Object.freeze(rows), aggregation, plannedWeight: sumOf(rows.map((entry) => entry.indicator.weight)), totalsHeading, totalsRow, resultRow });
}

/** The white cells of a row, from its kind's input form (the fields, the optional ones, the other form). */
function inputCells(indicator: TemplateIndicator, lang: WorkbookLanguage): InputCell[] {
  const kind: IndicatorKind = indicator.kind;
  const meanings = fieldMeanings(indicator, lang);
  const columns = [...COLUMNS.inputs];
  const cell = (field: string, type: InputCell['type'], criterion?: string): InputCell => {
    const column = columns.shift();
    if (column === undefined) throw new RangeError(`${indicator.id}: more inputs than the sheet has columns`);
    const meaning = meanings.get(criterion ?? field);
    if (meaning === undefined) throw new RangeError(`${indicator.id}: no meaning for ${criterion ?? field}`);
    return Object.freeze({ column, field, type, ...(criterion === undefined ? {} : { criterion }), meaning });
  };
  if (kind === 'milestone') return [cell('done', 'done')];
  if (kind === 'composite') return (indicator.criteria ?? []).map((criterion) => cell('met', 'criterion', criterion.id));
  const fields = [...indicator.form.fields, ...Object.keys(indicator.form.optional), ...(indicator.form.instead ?? [])];
  return fields.map((field) => cell(field, 'figure'));
}

/** Σ of plain decimals, exactly. */
function sumOf(values: readonly string[]): string {
  return plain(values.reduce((sum, value) => sum.plus(value), new Exact(0)));
}

/** The letters of a column by its index from 1 (`1` is `A`, `27` is `AA`). */
export function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** The index from 1 of a column's letters (`A`, `AA`, …). */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index;
}
