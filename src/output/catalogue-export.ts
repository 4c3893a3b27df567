/**
 * The catalogue as flat records (JSON) and as CSV, for spreadsheets and other tools, for any
 * registered edition.
 *
 * @module
 */
import type { CatalogueRecord } from '../editions/edition.js';
import { formatReference } from '../editions/legal-reference.js';
import { checkReading } from '../editions/readings.js';
import { getEdition } from '../editions/registry.js';
import type { BilingualText, Formula, Language } from '../editions/types.js';
import { type CsvWriteOptions, writeCsv } from '../reports/csv.js';

export type { CatalogueRecord, ReadingValues } from '../editions/edition.js';

/**
 * Every indicator of an edition as a flat record.
 *
 * @param edition - an edition's id (`2023`, `2025`, or one registered at run time)
 * @param reading - an edition with readings: the text whose values fill `targets` and `weights`
 *   (default: the edition's default text)
 * @returns the records, in the annex order
 * @throws {@link CdtoKpiError} `UNKNOWN_EDITION`, `INVALID_READING`
 * @example
 * ```ts
 * catalogueRecords('2023')[0]; // { edition: '2023', id: 'agriculture.1', body: 'agriculture', … }
 * ```
 */
export function catalogueRecords(edition: string, reading?: Language): readonly CatalogueRecord[] {
  const found = getEdition(edition);
  return found.records(checkReading(found.readings, reading, {}, found.id));
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
 * @param reading - an edition with readings: the text whose values fill the weight and target columns
 * @param options - `delimiter` (`,` by default) and `bom`; `EXCEL_CSV` for Excel in a Russian or Kazakh locale
 * @returns the CSV text
 * @throws {@link CdtoKpiError} `UNKNOWN_EDITION`, `INVALID_READING`
 */
export function catalogueCsv(edition: string, reading?: Language, options: CsvWriteOptions = {}): string {
  const found = getEdition(edition);
  const records = catalogueRecords(edition, reading);
  const years = [...found.years];
  const oneWeight = found.layout === 'directions';
  const header = [
    'id',
    'body',
    'block',
    'no',
    'unit',
    'kind',
    ...(oneWeight ? ['weight'] : years.map((year) => `weight_${year}`)),
    ...years.map((year) => `target_${year}`),
    'name_kk',
    'name_ru',
    'differs',
    'formula',
    'reference',
    'criteria',
    'weight_without_target',
  ];
  const rows = records.map((record) => [
    record.id,
    record.body,
    record.block,
    record.no,
    record.unit,
    record.kind,
    ...(oneWeight ? [record.weight] : years.map((year) => record.weights?.[year] ?? null)),
    ...years.map((year) => record.targets[year] ?? null),
    record.name.kk,
    record.name.ru,
    record.discrepancies !== undefined ? [...new Set(record.discrepancies)].join(' ') : (record.differences?.fields.join(' ') ?? ''),
    formulaCell(record.formula),
    formatReference(record.reference),
    record.criteria === null ? null : record.criteria.map((criterion) => `${criterion.id} ${criterion.weight} %: ${criterion.name.kk ?? ''} / ${criterion.name.ru ?? ''}`).join(' | '),
    record.weightWithoutTarget.join(' '),
  ]);
  return writeCsv([header, ...rows], options);
}
