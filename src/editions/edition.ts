/**
 * An edition of the KPI as a value: what every part of the library needs to know of a decree
 * (its years, its dates in force, its act, its catalogue, its readings, its default method), so
 * that nothing outside the edition's data branches on which edition it is.
 *
 * @module
 */
import type { IndicatorDefinition, IndicatorKind } from '../kinds/contract.js';
import type { RankBy } from '../scoring/rank.js';
import type { BilingualText, Block, Body, EditionInfo, Formula, Language, LegalReference, LocalizedText, Unit } from './types.js';

/** The texts of an edition whose values may differ, and the one whose values are the default. */
export interface EditionReadings {
  /** The texts, e.g. `['kk', 'ru']`. */
  readonly languages: readonly Language[];
  /** The text whose values apply when a caller names none. */
  readonly default: Language;
}

/** What every edition's indicators have, whatever the layout of its data. */
export interface EditionIndicator {
  readonly id: string;
  readonly edition: string;
  /** The body; `null` for an indicator common to every body. */
  readonly body: string | null;
  /** The block (a direction, a ministry's block, the common KPIs) the indicator is scored in. */
  readonly block: string;
  /** The number printed in the decree. */
  readonly no: number;
  readonly name: BilingualText;
  readonly unit: Unit;
  readonly kind: IndicatorKind;
  readonly formula: Formula;
  readonly notes: readonly LocalizedText[];
  readonly reference: LegalReference;
}

/** One exported indicator of an edition, flat (see `catalogueRecords`). */
export interface CatalogueRecord {
  readonly edition: string;
  readonly id: string;
  /** The body; `null` for the common KPIs of 2025. */
  readonly body: string | null;
  /** The direction (2023) or block (2025). */
  readonly block: string;
  readonly no: number;
  readonly unit: Unit;
  readonly kind: string;
  /** An edition with one weight for every year: that weight. */
  readonly weight?: string;
  /** An edition with a weight per year: the weight per year (`null`: does not apply). */
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
  /** An edition with one set of values: the fields in which its sources (texts, report) disagree. */
  readonly discrepancies?: readonly string[];
  /** An edition with readings: the text the values come from. */
  readonly reading?: Language;
  /** Where the texts differ: the fields that differ and each text's values. */
  readonly differences?: {
    readonly fields: readonly string[];
    readonly ru: ReadingValues;
    readonly kk: ReadingValues;
  };
}

/** One text's values of an indicator. */
export interface ReadingValues {
  readonly kind: string;
  readonly targets: Readonly<Record<string, string | null>>;
  readonly weights: Readonly<Record<string, string | null>>;
}

/** The catalogue part every edition shares. */
export interface EditionCatalogue<I extends EditionIndicator = EditionIndicator> {
  readonly edition: EditionInfo;
  readonly bodies: readonly Body[];
  readonly blocks: readonly Block[];
  readonly indicators: readonly I[];
  readonly discrepancies: readonly { readonly indicator: string; readonly field: string }[];
}

/**
 * An edition: its identity and coverage, its catalogue, and what the scorer needs of each
 * indicator in each year. Made from an edition's data by a layout (see `createEdition`).
 */
export interface Edition<I extends EditionIndicator = EditionIndicator> {
  readonly id: string;
  /** The years the edition sets targets (and weights) for, e.g. `['2025', '2026']`. */
  readonly years: readonly string[];
  /** When it was in force (ISO dates); `until` is `null` while it is. */
  readonly inForce: { readonly from: string; readonly until: string | null };
  /** The texts whose values may differ; `null` for an edition with one set of values. */
  readonly readings: EditionReadings | null;
  /** The days of the month after a quarter by which its figures are posted and assessed; `null`: none set. */
  readonly calendar: { readonly dataDueDay: number; readonly assessmentDueDay: number } | null;
  /** The indicators whose input may count failing items as excused (a footnote of the act). */
  readonly excusable: readonly string[];
  /** The name of the scoring method that applies by default (see `METHODS`). */
  readonly method: string;
  /** What its ratings are ordered by by default: R, or R as a share of the planned weight. */
  readonly rankBy: RankBy;
  /** The layout of the edition's data files (`directions` or `blocks`). */
  readonly layout: string;
  readonly catalogue: EditionCatalogue<I>;
  /**
   * The kind, weight U, target N (and criteria) of one indicator in one year, by a reading.
   *
   * @throws `UNKNOWN_INDICATOR`, `PERIOD_NOT_COVERED` for a year without values, `INVALID_READING`
   */
  definitionFor(id: string, year: string, options?: { readonly reading?: Language }): IndicatorDefinition;
  /** Every indicator as a flat record, with a reading's values where the edition has readings. */
  records(reading: Language | null): readonly CatalogueRecord[];
}

/** What resolving a period needs of an edition, known before its catalogue is loaded. */
export interface EditionCoverage {
  readonly id: string;
  /** The years it sets targets for. */
  readonly years: readonly string[];
  /** ISO dates; `until` is `null` while in force. */
  readonly inForce: { readonly from: string; readonly until: string | null };
  /** The days of the month after a quarter by which its figures are posted and assessed; `null`: none set. */
  readonly calendar: { readonly dataDueDay: number; readonly assessmentDueDay: number } | null;
}

/** An edition the registry can build when first asked for it (a bundled edition whose data is at hand). */
export interface EditionSource {
  readonly id: string;
  /** Builds the edition, the same object on every call. */
  readonly build: () => Edition;
}

/** An edition bundled with the package: its coverage, and how its data module is fetched. */
export interface BundledEdition {
  readonly coverage: EditionCoverage;
  /** Fetches the edition's data module (a chunk of its own in a browser bundle) and builds the edition. */
  readonly load: () => Promise<Edition>;
}

