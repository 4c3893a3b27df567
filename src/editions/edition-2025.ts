/**
 * The 2025 edition: annex 1 of Government Decree No. 1157 of 31.12.2024. Ten common KPIs for
 * every body and the sector KPIs of 16 ministries, targets and weights for 2025 and 2026.
 *
 * The Russian and the Kazakh texts differ in dozens of cells. Both readings are kept; the
 * default values come from the Kazakh text (see {@link DEFAULT_READING}), and every call that
 * gives values takes a `reading` to choose the Russian text instead.
 *
 * @module
 */
import { CdtoKpiError, ERROR_CODES, type ErrorLocation, failure } from '../errors/cdto-kpi-error.js';
import { deepFreeze } from '../freeze.js';
import { BODIES_DATA, type BodyId } from '../generated/bodies.js';
import { BLOCK_IDS_2025, BLOCKS_2025_DATA, EDITION_2025_DATA, INDICATOR_IDS_2025 } from '../generated/edition-2025.js';
import type { IndicatorDefinition, IndicatorKind } from '../kinds/kinds.js';
import { findIndicator } from './queries.js';
import type { BilingualText, Block, Body, EditionInfo, Formula, Language, LegalReference, Unit } from './types.js';

export { CdtoKpiError, ERROR_CODES } from '../errors/cdto-kpi-error.js';
export { BLOCK_IDS_2025, INDICATOR_IDS_2025 };

/** A block id of the 2025 edition (`common`, or a ministry's block). */
export type BlockId2025 = (typeof BLOCK_IDS_2025)[number];
/** An indicator id of the 2025 edition. */
export type IndicatorId2025 = (typeof INDICATOR_IDS_2025)[number];

/** The years the 2025 edition sets targets and weights for. */
export const YEARS_2025 = deepFreeze(['2025', '2026'] as const);
/** One of {@link YEARS_2025}. */
export type Year2025 = (typeof YEARS_2025)[number];

/**
 * The text whose values are the default: the Kazakh one.
 *
 * The rule: where the two texts differ, the catalogue's default value is the Kazakh text's, since
 * Kazakh is the state language (Constitution, article 7); where the Kazakh text lost a cell in
 * extraction, the Russian text's. The rule is mechanical on purpose: it never judges which
 * reading looks right. The register's notes say where a reading looks like a slip, and
 * `reading: 'ru'` gives the other text's values in every call.
 */
export const DEFAULT_READING: Language = 'kk';

/**
 * The reading a caller asked for, checked: `kk`, `ru`, or the default when none is given.
 *
 * @internal
 */
export function readingOption(reading: unknown, location: ErrorLocation = {}): Language {
  if (reading === undefined) return DEFAULT_READING;
  if (reading !== 'kk' && reading !== 'ru') {
    throw failure(ERROR_CODES.INVALID_READING, { ...location, field: 'reading' }, 'kk (the Kazakh text) or ru (the Russian text)', reading);
  }
  return reading;
}

/**
 * The reading that applies to an edition: the checked reading (or the default) for the 2025
 * edition; `null` for the 2023 edition, which has one set of values and refuses a reading.
 *
 * @internal
 */
export function readingForEdition(edition: '2023' | '2025', reading: unknown, location: ErrorLocation = {}): Language | null {
  if (edition === '2025') return readingOption(reading, location);
  if (reading !== undefined) {
    throw failure(ERROR_CODES.INVALID_READING, { ...location, field: 'reading' }, 'no reading: the 2023 edition has one set of values (a reading chooses between the texts of the 2025 edition)', reading);
  }
  return null;
}

/**
 * The kind of an indicator by a text: the text's own kind where its values make the indicator
 * another kind (a "ед." target of 10 is a count), the indicator's otherwise.
 *
 * @internal
 */
export function kindByReading(indicator: Indicator2025, reading: Language): IndicatorKind {
  return indicator.readings[reading]?.kind ?? indicator.kind;
}

/** What one text prints for an indicator, per year; a lost cell is absent. */
export interface Reading2025 {
  readonly unit?: Unit;
  /** Given only where this text's values make the indicator another kind than its own. */
  readonly kind?: IndicatorKind;
  readonly targets?: Readonly<Partial<Record<Year2025, string | null>>>;
  readonly weights?: Readonly<Partial<Record<Year2025, string | null>>>;
}

/** A criterion of a composite indicator. */
export interface Criterion2025 {
  readonly id: string;
  /** Its weight in percent of the indicator. */
  readonly weight: string;
  readonly name: BilingualText;
}

/** An indicator of the 2025 edition, with the default reading's values. */
export interface Indicator2025 {
  readonly id: IndicatorId2025;
  readonly edition: '2025';
  /** The body, or `null` for a common KPI (it applies to every body). */
  readonly body: BodyId | null;
  readonly block: BlockId2025;
  readonly no: number;
  readonly name: BilingualText;
  readonly unit: Unit;
  readonly kind: IndicatorKind;
  /** N per year by the default reading; `null`: none, or the indicator does not apply. */
  readonly targets: Readonly<Record<Year2025, string | null>>;
  /** U per year by the default reading; `null`: the indicator does not apply that year. */
  readonly weights: Readonly<Record<Year2025, string | null>>;
  /** What each text prints; `null` where the row is absent. */
  readonly readings: { readonly ru: Reading2025 | null; readonly kk: Reading2025 | null };
  readonly formula: Formula;
  /** The criteria of a composite indicator, `null` for the other kinds. */
  readonly criteria: readonly Criterion2025[] | null;
  readonly notes: readonly string[];
  readonly reference: LegalReference;
}

/** A cell where the Russian and the Kazakh texts differ. */
export interface Discrepancy2025 {
  readonly indicator: IndicatorId2025;
  /** `unit`, `row`, `targets.<year>`, `weights.<year>` or `criteria.<id>.weight`. */
  readonly field: string;
  readonly readings: { readonly ru?: string | null; readonly kk?: string | null };
  readonly why: string;
}

/** The whole 2025 edition. */
export interface Catalogue2025 {
  readonly edition: EditionInfo<'2025'>;
  readonly bodies: readonly Body<BodyId>[];
  /** `common`, then the ministries' blocks. */
  readonly blocks: readonly Block<BlockId2025, BodyId>[];
  readonly indicators: readonly Indicator2025[];
  readonly discrepancies: readonly Discrepancy2025[];
}

const ACT_2025 = 'Decree of the Government No. 1157 of 31.12.2024, annex 1';
const ANNEX_2025 = 'Ключевые показатели деятельности в сфере цифровизации первых руководителей государственных органов Республики Казахстан и их цифровых заместителей';

/**
 * The value of one cell by a reading: that text's value, or the other text's where it lost the
 * cell (or the row).
 *
 * @param readings - the two readings of an indicator
 * @param field - `targets` or `weights`
 * @param year - 2025 or 2026
 * @param reading - the text to prefer
 * @returns the value, or `null` (none printed, or lost in both texts)
 */
export function cellByReading(
  readings: Indicator2025['readings'],
  field: 'targets' | 'weights',
  year: Year2025,
  reading: Language,
): string | null {
  const other: Language = reading === 'kk' ? 'ru' : 'kk';
  for (const language of [reading, other]) {
    const cells = readings[language]?.[field];
    if (cells !== undefined && year in cells) return cells[year] ?? null;
  }
  return null;
}

function valuesByReading(readings: Indicator2025['readings'], field: 'targets' | 'weights', reading: Language): Record<Year2025, string | null> {
  return { '2025': cellByReading(readings, field, '2025', reading), '2026': cellByReading(readings, field, '2026', reading) };
}

function build(): Catalogue2025 {
  const edition: EditionInfo<'2025'> = {
    id: '2025',
    act: EDITION_2025_DATA.act,
    amendedBy: null,
    annex: EDITION_2025_DATA.annex,
    inForce: { from: EDITION_2025_DATA.inForce.from, until: EDITION_2025_DATA.inForce.until, repealedBy: null },
    repeals: EDITION_2025_DATA.repeals,
    years: EDITION_2025_DATA.years,
    notes: EDITION_2025_DATA.notes,
  };
  const bodyIds = new Set<string>(EDITION_2025_DATA.bodies);
  const bodies = BODIES_DATA.filter((body) => bodyIds.has(body.id));
  const blocks = BLOCKS_2025_DATA.map((file) => ({ id: file.block as BlockId2025, no: file.no, body: file.body as BodyId | null, title: file.title }));
  const indicators = BLOCKS_2025_DATA.flatMap((file) =>
    file.indicators.map(
      (indicator): Indicator2025 => ({
        id: indicator.id as IndicatorId2025,
        edition: '2025',
        body: file.body as BodyId | null,
        block: file.block as BlockId2025,
        no: indicator.no,
        name: indicator.name,
        unit: indicator.unit,
        kind: indicator.kind,
        targets: valuesByReading(indicator.readings, 'targets', DEFAULT_READING),
        weights: valuesByReading(indicator.readings, 'weights', DEFAULT_READING),
        readings: indicator.readings,
        formula: indicator.formula,
        criteria: indicator.criteria ?? null,
        notes: indicator.notes,
        reference: { act: ACT_2025, annex: ANNEX_2025, section: file.no, row: indicator.no },
      }),
    ),
  );
  const discrepancies = BLOCKS_2025_DATA.flatMap((file) => file.discrepancies as readonly Discrepancy2025[]);
  return { edition, bodies, blocks, indicators, discrepancies };
}

/** The 2025 edition's catalogue (default reading: Kazakh), deeply frozen. */
export const CATALOGUE_2025: Catalogue2025 = deepFreeze(build());

/**
 * Finds an indicator of the 2025 edition.
 *
 * @param id - the indicator's id, e.g. `common.2`
 * @returns the indicator
 * @throws {@link CdtoKpiError} `UNKNOWN_INDICATOR` when there is none
 */
export function getIndicator2025(id: string): Indicator2025 {
  return findIndicator(CATALOGUE_2025, id);
}

/**
 * What the scorer needs to know of one indicator of the 2025 edition in one year.
 *
 * @param id - the indicator's id
 * @param year - 2025 or 2026
 * @param options - `reading`: the text whose values to take (default {@link DEFAULT_READING})
 * @returns kind, weight U (`null` when the indicator does not apply that year), target N, criteria
 * @throws {@link CdtoKpiError} `UNKNOWN_INDICATOR`, or `PERIOD_NOT_COVERED` for another year
 * @example
 * ```ts
 * definitionFor2025('common.2', '2026', { reading: 'ru' }).target; // the Russian text's target
 * ```
 */
export function definitionFor2025(id: string, year: string, options: { readonly reading?: Language } = {}): IndicatorDefinition {
  const indicator = getIndicator2025(id);
  if (!(YEARS_2025 as readonly string[]).includes(year)) {
    throw failure(ERROR_CODES.PERIOD_NOT_COVERED, { indicator: id, field: 'year' }, `one of ${YEARS_2025.join(', ')}`, year, 'the 2025 edition has no targets for this year');
  }
  const reading = readingOption(options.reading);
  const weight = cellByReading(indicator.readings, 'weights', year as Year2025, reading);
  const target = cellByReading(indicator.readings, 'targets', year as Year2025, reading);
  const kind = kindByReading(indicator, reading);
  if (kind === 'composite') {
    return { id: indicator.id, kind: 'composite', weight, target, criteria: (indicator.criteria ?? []).map(({ id: criterion, weight: share }) => ({ id: criterion, weight: share })) };
  }
  return { id: indicator.id, kind, weight, target };
}
