/**
 * The `blocks` layout (Decree No. 1157 and, most likely, the decrees after it): the common KPIs and
 * each ministry's block, a weight and a target per year, and each text's values kept where the
 * texts differ.
 *
 * @module
 */
import type { IndicatorDefinition, IndicatorKind } from '../../kinds/contract.js';
import type { CatalogueRecord, Edition, EditionIndicator, ReadingValues } from '../edition.js';
import { editionInfo, editionReadings } from '../edition-info.js';
import type { EditionFile } from '../meta-schema.js';
import type { BlockFile } from '../schema.js';
import type { BilingualText, Block, Body, EditionInfo, Language, LocalizedText, Unit } from '../types.js';
import { assembleEdition, isZeroDecimal } from './assemble-edition.js';

/** What one text prints for an indicator, per year; a lost cell is absent. */
export interface BlocksReading<Year extends string = string> {
  readonly unit?: Unit;
  /** Given only where this text's values make the indicator another kind than its own. */
  readonly kind?: IndicatorKind;
  readonly targets?: Readonly<Partial<Record<Year, string | null>>>;
  readonly weights?: Readonly<Partial<Record<Year, string | null>>>;
}

/** A criterion of a composite indicator. */
export interface Criterion {
  readonly id: string;
  /** Its weight in percent of the indicator. */
  readonly weight: string;
  readonly name: BilingualText;
}

/** An indicator of a `blocks` edition, with the default reading's values. */
export interface BlocksIndicator<Id extends string = string, BlockId extends string = string, BodyId extends string = string, Year extends string = string, EditionId extends string = string>
  extends EditionIndicator {
  readonly id: Id;
  readonly edition: EditionId;
  /** The body, or `null` for a common KPI (it applies to every body). */
  readonly body: BodyId | null;
  readonly block: BlockId;
  readonly kind: IndicatorKind;
  /** N per year by the default reading; `null`: none, or the indicator does not apply. */
  readonly targets: Readonly<Record<Year, string | null>>;
  /** U per year by the default reading; `null`: the indicator does not apply that year. */
  readonly weights: Readonly<Record<Year, string | null>>;
  /** What each text prints; `null` where the row is absent. */
  readonly readings: { readonly ru: BlocksReading<Year> | null; readonly kk: BlocksReading<Year> | null };
  /** The criteria of a composite indicator, `null` for the other kinds. */
  readonly criteria: readonly Criterion[] | null;
}

/** A cell where the texts differ. */
export interface BlocksDiscrepancy<IndicatorId extends string = string> {
  readonly indicator: IndicatorId;
  /** `unit`, `row`, `name`, `kind`, `targets.<year>`, `weights.<year>` or `criteria.<id>.weight`. */
  readonly field: string;
  readonly readings: { readonly ru?: string | null; readonly kk?: string | null };
  readonly why: LocalizedText;
}

/** The catalogue of a `blocks` edition. */
export interface BlocksCatalogue<I extends BlocksIndicator = BlocksIndicator, BlockId extends string = string, BodyId extends string = string> {
  readonly edition: EditionInfo;
  readonly bodies: readonly Body<BodyId>[];
  /** `common`, then the ministries' blocks. */
  readonly blocks: readonly Block<BlockId, BodyId>[];
  readonly indicators: readonly I[];
  readonly discrepancies: readonly BlocksDiscrepancy<I['id']>[];
}

/**
 * The kind of an indicator by a text: the text's own kind where its values make the indicator
 * another kind (a "ед." target of 10 is a count), the indicator's otherwise.
 *
 * @param indicator - an indicator of a `blocks` edition
 * @param reading - the text
 * @returns the kind by that text
 */
export function kindByReading(indicator: Pick<BlocksIndicator, 'readings' | 'kind'>, reading: Language): IndicatorKind {
  return indicator.readings[reading]?.kind ?? indicator.kind;
}


/**
 * The value of one cell by a reading: that text's value, or the other text's where it lost the
 * cell (or the row).
 *
 * @param readings - the two readings of an indicator
 * @param field - `targets` or `weights`
 * @param year - a year of the edition
 * @param reading - the text to prefer
 * @returns the value, or `null` (none printed, or lost in both texts)
 */
export function cellByReading(readings: BlocksIndicator['readings'], field: 'targets' | 'weights', year: string, reading: Language): string | null {
  const other: Language = reading === 'kk' ? 'ru' : 'kk';
  for (const language of [reading, other]) {
    const cells = readings[language]?.[field];
    if (cells !== undefined && Object.hasOwn(cells, year)) return cells[year] ?? null;
  }
  return null;
}


/** What the scorer needs of an indicator in a year, by a reading (a lost cell taken from the other text). */
function definitionByReading(indicator: BlocksIndicator, year: string, reading: Language): IndicatorDefinition {
  const weight = cellByReading(indicator.readings, 'weights', year, reading);
  const target = cellByReading(indicator.readings, 'targets', year, reading);
  const kind = kindByReading(indicator, reading);
  if (kind === 'composite') {
    return { id: indicator.id, kind: 'composite', weight, target, criteria: (indicator.criteria ?? []).map(({ id: criterion, weight: share }) => ({ id: criterion, weight: share })) };
  }
  return { id: indicator.id, kind, weight, target };
}

const byYear = (years: readonly string[], value: (year: string) => string | null): Record<string, string | null> =>
  Object.fromEntries(years.map((year) => [year, value(year)]));

/**
 * Makes an edition of the `blocks` layout from its data.
 *
 * @param file - the edition's `edition.json`, validated, without its `$comment`
 * @param blocks - its block files, validated, in the annex order
 * @param allBodies - every body the library knows (the edition keeps those it lists)
 * @returns the edition
 */
export function createBlocksEdition(file: Omit<EditionFile, '$comment'>, blocks: readonly BlockFile[], allBodies: readonly Body[]): Edition<BlocksIndicator> & { readonly catalogue: BlocksCatalogue } {
  const readings = editionReadings(file);
  const fallback: Language = readings?.default ?? 'kk';
  const years = file.years;
  const edition = editionInfo(file);
  const bodyIds = new Set<string>(file.bodies);
  const bodies = allBodies.filter((body) => bodyIds.has(body.id));
  const reference = (section: number, row: number) => ({ act: file.citation, annex: file.annex.title.ru ?? file.annex.title.kk ?? '', section, row });
  const catalogueBlocks = blocks.map((block) => ({ id: block.block, no: block.no, body: block.body, title: block.title }));
  const indicators = blocks.flatMap((block) =>
    block.indicators.map(
      (indicator): BlocksIndicator => ({
        id: indicator.id,
        edition: file.id,
        body: block.body,
        block: block.block,
        no: indicator.no,
        name: indicator.name,
        unit: indicator.unit,
        kind: indicator.kind,
        targets: byYear(years, (year) => cellByReading(indicator.readings, 'targets', year, fallback)),
        weights: byYear(years, (year) => cellByReading(indicator.readings, 'weights', year, fallback)),
        readings: indicator.readings,
        formula: indicator.formula,
        criteria: indicator.criteria ?? null,
        notes: indicator.notes,
        reference: reference(block.no, indicator.no),
      }),
    ),
  );
  const discrepancies = blocks.flatMap((block) => block.discrepancies as readonly BlocksDiscrepancy[]);
  const catalogue: BlocksCatalogue = { edition, bodies, blocks: catalogueBlocks, indicators, discrepancies };

  return assembleEdition({
    file,
    layout: 'blocks',
    readings,
    catalogue,
    valuesFor: (indicator, year, reading) => definitionByReading(indicator, year, reading ?? fallback),
    records(reading): readonly CatalogueRecord[] {
      const chosen = reading ?? fallback;
      return indicators.map((indicator) => {
        const fields = discrepancies.filter((entry) => entry.indicator === indicator.id).map((entry) => entry.field);
        const of = (language: Language): ReadingValues => ({
          kind: kindByReading(indicator, language),
          targets: byYear(years, (year) => cellByReading(indicator.readings, 'targets', year, language)),
          weights: byYear(years, (year) => cellByReading(indicator.readings, 'weights', year, language)),
        });
        const values = of(chosen);
        const { edition: editionId, id, body, block, no, unit, name, formula, reference: legal } = indicator;
        return {
          edition: editionId,
          id,
          body,
          block,
          no,
          unit,
          kind: values.kind,
          name,
          formula,
          reference: legal,
          weights: values.weights,
          targets: values.targets,
          criteria: indicator.criteria === null ? null : indicator.criteria.map(({ id: criterion, weight, name: criterionName }) => ({ id: criterion, weight, name: criterionName })),
          weightWithoutTarget: years.filter((year) => values.targets[year] === null && values.weights[year] !== null && !isZeroDecimal(values.weights[year]!)),
          reading: chosen,
          ...(fields.length === 0 ? {} : { differences: { fields, ru: of('ru'), kk: of('kk') } }),
        };
      });
    },
  });
}
