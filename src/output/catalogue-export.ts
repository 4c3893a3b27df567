/**
 * The catalogue as flat records (JSON) and as CSV, for spreadsheets and other tools, for any
 * registered edition.
 *
 * @module
 */
import type { CatalogueRecord, Edition } from '../editions/edition.js';
import { formatReference } from '../editions/legal-reference.js';
import { checkReading } from '../editions/readings.js';
import { type EditionRegistry, registryOf } from '../editions/registry.js';
import { readOptions } from '../input/boundary.js';
import type { BilingualText, Formula, Language } from '../editions/types.js';
import { type CsvWriteOptions, figureCell, writeCsv } from '../reports/csv.js';

export type { CatalogueRecord, ReadingValues } from '../editions/edition.js';

/** Options of the catalogue exports. */
export interface CatalogueOptions {
  /** An edition with two texts: the text whose values fill the targets and weights (default: the edition's). */
  readonly reading?: Language;
  /** Where to find the edition (default: `defaultEditions`). */
  readonly editions?: EditionRegistry;
}

/** The edition and the reading an export asks for (options already read), checked. */
function exported(edition: string, { reading, editions }: { readonly reading?: unknown; readonly editions?: unknown }): { readonly found: Edition; readonly reading: Language | null } {
  const found = registryOf(editions).get(edition);
  return { found, reading: checkReading(found.readings, reading, {}, found.id) };
}

/**
 * Every indicator of an edition as a flat record.
 *
 * @param edition - an edition's id (`2023`, `2025`, or one registered)
 * @param options - `reading` (an edition with two texts: the text whose values fill `targets` and
 *   `weights`; default the edition's) and `editions`
 * @returns the records, in the annex order
 * @throws `CdtoKpiError` `UNKNOWN_EDITION`, `INVALID_READING`
 * @example
 * ```ts
 * catalogueRecords('2023')[0];                      // { edition: '2023', id: 'agriculture.1', body: 'agriculture', … }
 * catalogueRecords('2025', { reading: 'ru' })[11]; // the Russian text's values
 * ```
 */
export function catalogueRecords(edition: string, options: CatalogueOptions = {}): readonly CatalogueRecord[] {
  const { found, reading } = exported(edition, readOptions(options, ['reading', 'editions']));
  return found.records(reading);
}

/** A formula in one cell: the expression, or a share's parts in Russian (Kazakh where the Russian is lost). */
function formulaCell(formula: Formula): string {
  const text = (value: BilingualText): string => value.ru ?? value.kk ?? '';
  if (formula.type === 'expression') return formula.expression;
  if (formula.type === 'ratio') return `(${text(formula.numerator)}) / (${text(formula.denominator)}) × 100`;
  return text(formula.text);
}

/**
 * Every indicator of an edition as CSV (RFC 4180, a header row, CRLF line ends): the values, the
 * names, the formula, the legal reference, the criteria of composite KPIs (`id weight %: kk / ru`,
 * separated by ` | `), the years with a weight but no target, and the fields in which the sources
 * disagree. An empty cell is "none" (no target, or does not apply). An edition with one weight for
 * every year has a `weight` column; one with a weight per year, a `weight_<year>` column each.
 *
 * @param edition - an edition's id
 * @param options - `reading` and `editions` as for {@link catalogueRecords}; `delimiter` (`,` by
 *   default), `bom` and `decimalComma` (`EXCEL_CSV` for Excel in a Russian or Kazakh locale: `;`, a
 *   byte-order mark, weights and targets with a decimal comma)
 * @returns the CSV text
 * @throws `CdtoKpiError` `UNKNOWN_EDITION`, `INVALID_READING`
 * @example
 * ```ts
 * writeFileSync('catalogue-2025.csv', catalogueCsv('2025', { reading: 'ru', ...EXCEL_CSV }));
 * ```
 */
export function catalogueCsv(edition: string, options: CatalogueOptions & CsvWriteOptions = {}): string {
  const read = readOptions(options, ['reading', 'editions', 'delimiter', 'bom', 'decimalComma']) as CatalogueOptions & CsvWriteOptions;
  const figure = (value: string | null | undefined): string | null | undefined => figureCell(value, { decimalComma: read.decimalComma === true });
  const { found, reading } = exported(edition, read);
  const years = [...found.years];
  // Each column: its header and its cell of a record.
  const columns: readonly (readonly [string, (record: CatalogueRecord) => string | number | null | undefined])[] = [
    ['id', (record) => record.id],
    ['body', (record) => record.body],
    ['block', (record) => record.block],
    ['no', (record) => record.no],
    ['unit', (record) => record.unit],
    ['kind', (record) => record.kind],
    ...(found.layout === 'directions'
      ? [['weight', (record: CatalogueRecord) => figure(record.weight)] as const]
      : years.map((year) => [`weight_${year}`, (record: CatalogueRecord) => figure(record.weights?.[year] ?? null)] as const)),
    ...years.map((year) => [`target_${year}`, (record: CatalogueRecord) => figure(record.targets[year] ?? null)] as const),
    ['name_kk', (record) => record.name.kk],
    ['name_ru', (record) => record.name.ru],
    ['differs', (record) => (record.discrepancies !== undefined ? [...new Set(record.discrepancies)].join(' ') : (record.differences?.fields.join(' ') ?? ''))],
    ['formula', (record) => formulaCell(record.formula)],
    ['reference', (record) => formatReference(record.reference)],
    ['criteria', (record) => (record.criteria === null ? null : record.criteria.map((criterion) => `${criterion.id} ${criterion.weight} %: ${criterion.name.kk ?? ''} / ${criterion.name.ru ?? ''}`).join(' | '))],
    ['weight_without_target', (record) => record.weightWithoutTarget.join(' ')],
  ];
  const rows = found.records(reading).map((record) => columns.map(([, cell]) => cell(record)));
  return writeCsv([columns.map(([name]) => name), ...rows], { ...(read.delimiter === undefined ? {} : { delimiter: read.delimiter }), ...(read.bom === undefined ? {} : { bom: read.bom }) });
}
