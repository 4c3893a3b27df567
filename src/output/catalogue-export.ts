/**
 * The catalogue as flat records (JSON) and as CSV, for spreadsheets and other tools.
 *
 * @module
 */
import { CATALOGUE_2023, type Indicator2023, YEARS_2023 } from '../editions/edition-2023.js';
import { ERROR_CODES, failure } from '../errors/cdto-kpi-error.js';
import { CATALOGUE_2025, cellByReading, type Indicator2025, kindByReading, readingForEdition, YEARS_2025 } from '../editions/edition-2025.js';
import type { BilingualText, Formula, Language, LegalReference, Unit } from '../editions/types.js';
import { type CsvWriteOptions, writeCsv } from '../reports/csv.js';

/** One exported indicator. */
export interface CatalogueRecord {
  readonly edition: '2023' | '2025';
  readonly id: string;
  /** The body; `null` for the common KPIs of 2025. */
  readonly body: string | null;
  /** The direction (2023) or block (2025). */
  readonly block: string;
  readonly no: number;
  readonly unit: Unit;
  readonly kind: string;
  /** 2023: the one weight. */
  readonly weight?: string;
  /** 2025: the weight per year (`null`: does not apply). */
  readonly weights?: Readonly<Record<string, string | null>>;
  readonly targets: Readonly<Record<string, string | null>>;
  readonly name: BilingualText;
  readonly formula: Formula;
  readonly reference: LegalReference;
  /** The criteria of a composite KPI (ids `met` takes, weights in percent, names); `null` for the other kinds. */
  readonly criteria: readonly { readonly id: string; readonly weight: string; readonly name: BilingualText }[] | null;
  /**
   * The years in which a weight is given but no target (the decree prints "–"): the weight counts
   * in the planned total and cannot be earned (warning `WEIGHT_WITHOUT_TARGET` when scored).
   */
  readonly weightWithoutTarget: readonly string[];
  /** 2023: the fields in which the Russian text, the Kazakh text and the Q1 2024 report disagree. */
  readonly discrepancies?: readonly string[];
  /** 2025: the text the values come from. */
  readonly reading?: Language;
  /** 2025, where the texts differ: the fields that differ and each text's values. */
  readonly differences?: {
    readonly fields: readonly string[];
    readonly ru: ReadingValues;
    readonly kk: ReadingValues;
  };
}

/** One text's values of a 2025 indicator. */
export interface ReadingValues {
  readonly kind: string;
  readonly targets: Readonly<Record<string, string | null>>;
  readonly weights: Readonly<Record<string, string | null>>;
}

const byYear = <Y extends string>(years: readonly Y[], value: (year: Y) => string | null): Record<string, string | null> =>
  Object.fromEntries(years.map((year) => [year, value(year)]));

type Exported = Indicator2023 | Indicator2025;

function common(indicator: Exported) {
  const { edition, id, body, block, no, unit, kind, name, formula, reference } = indicator;
  return { edition, id, body, block, no, unit, kind, name, formula, reference };
}

/**
 * Every indicator of an edition as a flat record.
 *
 * @param edition - `2023` or `2025`
 * @param reading - 2025 only: the text whose values fill `targets` and `weights` (default `kk`)
 * @returns the records, in the annex order
 * @example
 * ```ts
 * catalogueRecords('2023')[0]; // { edition: '2023', id: 'agriculture.1', body: 'agriculture', … }
 * ```
 */
export function catalogueRecords(edition: '2023' | '2025', reading?: Language): readonly CatalogueRecord[] {
  if (edition !== '2023' && edition !== '2025') {
    throw failure(ERROR_CODES.UNKNOWN_EDITION, { field: 'edition' }, '2023 or 2025', edition);
  }
  const chosen = readingForEdition(edition, reading);
  if (chosen === null) {
    return CATALOGUE_2023.indicators.map((indicator) => ({
      ...common(indicator),
      weight: indicator.weight,
      targets: byYear(YEARS_2023, (year) => indicator.targets[year]),
      criteria: null,
      weightWithoutTarget: YEARS_2023.filter((year) => indicator.targets[year] === null && !isZero(indicator.weight)),
      discrepancies: CATALOGUE_2023.discrepancies.filter((entry) => entry.indicator === indicator.id).map((entry) => entry.field),
    }));
  }
  return CATALOGUE_2025.indicators.map((indicator) => {
    const fields = CATALOGUE_2025.discrepancies.filter((entry) => entry.indicator === indicator.id).map((entry) => entry.field);
    const of = (language: Language): ReadingValues => ({
      kind: kindByReading(indicator, language),
      targets: byYear(YEARS_2025, (year) => cellByReading(indicator.readings, 'targets', year, language)),
      weights: byYear(YEARS_2025, (year) => cellByReading(indicator.readings, 'weights', year, language)),
    });
    const values = of(chosen);
    return {
      ...common(indicator),
      kind: values.kind,
      weights: values.weights,
      targets: values.targets,
      criteria: indicator.criteria === null ? null : indicator.criteria.map(({ id, weight, name }) => ({ id, weight, name })),
      weightWithoutTarget: YEARS_2025.filter((year) => values.targets[year] === null && values.weights[year] !== null && !isZero(values.weights[year]!)),
      reading: chosen,
      ...(fields.length === 0 ? {} : { differences: { fields, ru: of('ru'), kk: of('kk') } }),
    };
  });
}

const isZero = (value: string): boolean => /^0+(?:\.0+)?$/u.test(value);

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
 * disagree. An empty cell is "none" (no target, or does not apply).
 *
 * @param edition - `2023` or `2025`
 * @param reading - 2025: the text whose values fill the weight and target columns
 * @param options - `delimiter` (`,` by default) and `bom`; `EXCEL_CSV` for Excel in a Russian or Kazakh locale
 * @returns the CSV text
 */
export function catalogueCsv(edition: '2023' | '2025', reading?: Language, options: CsvWriteOptions = {}): string {
  const records = catalogueRecords(edition, reading);
  const years = edition === '2023' ? [...YEARS_2023] : [...YEARS_2025];
  const header = [
    'id',
    'body',
    'block',
    'no',
    'unit',
    'kind',
    ...(edition === '2023' ? ['weight'] : years.map((year) => `weight_${year}`)),
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
    ...(edition === '2023' ? [record.weight] : years.map((year) => record.weights?.[year] ?? null)),
    ...years.map((year) => record.targets[year] ?? null),
    record.name.kk,
    record.name.ru,
    edition === '2023' ? [...new Set(record.discrepancies ?? [])].join(' ') : (record.differences?.fields.join(' ') ?? ''),
    formulaCell(record.formula),
    `${record.reference.act}, section ${record.reference.section}, row ${record.reference.row}`,
    record.criteria === null ? null : record.criteria.map((criterion) => `${criterion.id} ${criterion.weight} %: ${criterion.name.kk ?? ''} / ${criterion.name.ru ?? ''}`).join(' | '),
    record.weightWithoutTarget.join(' '),
  ]);
  return writeCsv([header, ...rows], options);
}
