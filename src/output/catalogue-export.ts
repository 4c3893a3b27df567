/**
 * The catalogue as flat records (JSON) and as CSV, for spreadsheets and other tools, for any
 * registered edition.
 *
 * @module
 */
import type { CatalogueRecord } from '../editions/edition.js';
import { checkReading } from '../editions/layouts/blocks.js';
import { getEdition } from '../editions/registry.js';
import type { Language } from '../editions/types.js';

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

const CSV_NEEDS_QUOTES = /[",\r\n]/u;

function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return CSV_NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Every indicator of an edition as CSV (RFC 4180, comma-separated, a header row, CRLF line ends).
 * An empty cell is "none" (no target, or does not apply). An edition with one weight for every
 * year has a `weight` column; one with a weight per year, a `weight_<year>` column each; one with
 * readings, a `differs` column naming the fields where the texts differ.
 *
 * @param edition - an edition's id
 * @param reading - an edition with readings: the text whose values fill the weight and target columns
 * @returns the CSV text
 * @throws {@link CdtoKpiError} `UNKNOWN_EDITION`, `INVALID_READING`
 */
export function catalogueCsv(edition: string, reading?: Language): string {
  const found = getEdition(edition);
  const records = catalogueRecords(edition, reading);
  const years = [...found.years];
  const oneWeight = found.layout === 'directions';
  const withReadings = found.readings !== null;
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
    ...(withReadings ? ['differs'] : []),
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
    ...(withReadings ? [record.differences?.fields.join(' ') ?? ''] : []),
  ]);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
