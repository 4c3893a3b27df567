/**
 * The 2023 edition: the annex "KPI for the digital deputies of the first heads of state bodies"
 * of Order No. 124-р in the edition of Order No. 170-р of 03.11.2023. 15 bodies, 17 directions,
 * targets for 2023–2027, one weight per indicator.
 *
 * @module
 */
import { CdtoKpiError, ERROR_CODES, failure } from '../errors/cdto-kpi-error.js';
import { BODIES_DATA, type BodyId } from '../generated/bodies.js';
import { DIRECTION_IDS_2023, DIRECTIONS_2023_DATA, EDITION_2023_DATA, INDICATOR_IDS_2023 } from '../generated/edition-2023.js';
import type { IndicatorDefinition } from '../kinds/kinds.js';
import { deepFreeze } from '../freeze.js';
import { findIndicator } from './queries.js';
import type { BilingualText, Block, Body, EditionInfo, Formula, LegalReference, Unit } from './types.js';

export { CdtoKpiError, ERROR_CODES } from '../errors/cdto-kpi-error.js';
export { DIRECTION_IDS_2023, INDICATOR_IDS_2023 };

/** A direction id of the 2023 edition. */
export type DirectionId2023 = (typeof DIRECTION_IDS_2023)[number];
/** An indicator id of the 2023 edition. */
export type IndicatorId2023 = (typeof INDICATOR_IDS_2023)[number];

/** The years the 2023 edition sets targets for. */
export const YEARS_2023 = deepFreeze(['2023', '2024', '2025', '2026', '2027'] as const);
/** One of {@link YEARS_2023}. */
export type Year2023 = (typeof YEARS_2023)[number];

/** What one source prints for an indicator; a cell it lost is absent. */
export interface Reading2023 {
  readonly unit?: Unit;
  readonly weight?: string | null;
  readonly targets?: Readonly<Partial<Record<Year2023, string | null>>>;
}

/** An indicator of the 2023 edition. */
export interface Indicator2023 {
  readonly id: IndicatorId2023;
  readonly edition: '2023';
  readonly body: BodyId;
  /** The direction (in this edition a block is a direction). */
  readonly block: DirectionId2023;
  /** The number printed in the decree. */
  readonly no: number;
  readonly name: BilingualText;
  readonly unit: Unit;
  readonly kind: 'ratio' | 'decreasing-ratio' | 'count';
  /** U, as an exact decimal string; the same every year. */
  readonly weight: string;
  /** N per year, exact decimal strings, `null` for none. */
  readonly targets: Readonly<Record<Year2023, string | null>>;
  readonly formula: Formula;
  /** What the Russian and the Kazakh texts print; `null` where the row is absent. */
  readonly readings: { readonly ru: Reading2023 | null; readonly kk: Reading2023 | null };
  /** The row of the indicator in its section of the Q1 2024 report, if it was rated there. */
  readonly reportNo: number | null;
  readonly notes: readonly string[];
  readonly reference: LegalReference;
}

/** A disagreement between the Russian text, the Kazakh text and the Q1 2024 report. */
export interface Discrepancy2023 {
  readonly indicator: IndicatorId2023;
  /** `unit`, `weight`, `kind`, `name`, `row` or `targets.<year>`. */
  readonly field: string;
  readonly readings: { readonly ru?: string | null; readonly kk?: string | null; readonly report?: string | null };
  /** The value the catalogue takes. */
  readonly chosen: string | null;
  readonly why: string;
}

/** The whole 2023 edition. */
export interface Catalogue2023 {
  readonly edition: EditionInfo<'2023'>;
  readonly bodies: readonly Body<BodyId>[];
  /** The 17 directions. */
  readonly blocks: readonly Block<DirectionId2023, BodyId>[];
  readonly indicators: readonly Indicator2023[];
  readonly discrepancies: readonly Discrepancy2023[];
}

const ACT_2023 =
  'Order of the Prime Minister No. 124-р of 16.08.2022, annex in the edition of Order No. 170-р of 03.11.2023';

function build(): Catalogue2023 {
  const { repealedBy, ...inForce } = EDITION_2023_DATA.inForce;
  const edition: EditionInfo<'2023'> = {
    id: '2023',
    act: EDITION_2023_DATA.act,
    amendedBy: EDITION_2023_DATA.amendedBy,
    annex: EDITION_2023_DATA.annex,
    inForce: { ...inForce, repealedBy: { kind: repealedBy.kind, number: { ru: repealedBy.number, kk: repealedBy.number }, date: repealedBy.date, annex: repealedBy.annex } },
    repeals: [],
    years: EDITION_2023_DATA.years,
    notes: EDITION_2023_DATA.notes,
  };
  const bodyIds = new Set<string>(EDITION_2023_DATA.bodies);
  const bodies = BODIES_DATA.filter((body) => bodyIds.has(body.id));
  const blocks = DIRECTIONS_2023_DATA.map((file) => ({
    id: file.direction as DirectionId2023,
    no: file.no,
    body: file.body as BodyId,
    title: file.title,
  }));
  const indicators = DIRECTIONS_2023_DATA.flatMap((file) =>
    file.indicators.map(
      (indicator): Indicator2023 => ({
        id: indicator.id as IndicatorId2023,
        edition: '2023',
        body: file.body as BodyId,
        block: file.direction as DirectionId2023,
        no: indicator.no,
        name: indicator.name,
        unit: indicator.unit,
        kind: indicator.kind,
        weight: indicator.weight,
        targets: indicator.targets,
        formula: indicator.formula,
        readings: indicator.readings,
        reportNo: indicator.reportNo,
        notes: indicator.notes,
        reference: { act: ACT_2023, annex: 'KPI для цифровых заместителей первых руководителей государственных органов Республики Казахстан', section: file.no, row: indicator.no },
      }),
    ),
  );
  const discrepancies = DIRECTIONS_2023_DATA.flatMap((file) => file.discrepancies as readonly Discrepancy2023[]);
  return { edition, bodies, blocks, indicators, discrepancies };
}

/** The 2023 edition's catalogue, deeply frozen. */
export const CATALOGUE_2023: Catalogue2023 = deepFreeze(build());

/**
 * Finds an indicator of the 2023 edition.
 *
 * @param id - the indicator's id, e.g. `agriculture.1`
 * @returns the indicator
 * @throws {@link CdtoKpiError} `UNKNOWN_INDICATOR` when there is none
 * @example
 * ```ts
 * getIndicator2023('security.1').weight; // '20'
 * ```
 */
export function getIndicator2023(id: string): Indicator2023 {
  return findIndicator(CATALOGUE_2023, id);
}

/**
 * The weight and target of every indicator of the 2023 edition for one year.
 *
 * @param year - a year from 2023 to 2027
 * @returns for each indicator, in the annex order, what the scorer needs
 * @throws {@link CdtoKpiError} `PERIOD_NOT_COVERED` for a year without targets
 * @example
 * ```ts
 * definitionsFor2023('2024').find((d) => d.id === 'agriculture.1')?.target; // '54.8'
 * ```
 */
export function definitionsFor2023(year: string): readonly (IndicatorDefinition & { readonly id: IndicatorId2023 })[] {
  return CATALOGUE_2023.indicators.map((indicator) => definitionFor2023(indicator.id, year));
}

/**
 * What the scorer needs to know of one indicator of the 2023 edition in one year.
 *
 * @param id - the indicator's id
 * @param year - a year from 2023 to 2027
 * @returns the indicator's kind, weight U and target N for that year
 * @throws {@link CdtoKpiError} `UNKNOWN_INDICATOR`, or `PERIOD_NOT_COVERED` for a year without targets
 */
export function definitionFor2023(id: string, year: string): IndicatorDefinition & { readonly id: IndicatorId2023 } {
  const indicator = getIndicator2023(id);
  if (!(YEARS_2023 as readonly string[]).includes(year)) {
    throw failure(ERROR_CODES.PERIOD_NOT_COVERED, { indicator: id, field: 'year' }, `one of ${YEARS_2023.join(', ')}`, year, 'the 2023 edition has no targets for this year');
  }
  return { id: indicator.id, kind: indicator.kind, weight: indicator.weight, target: indicator.targets[year as Year2023] };
}
