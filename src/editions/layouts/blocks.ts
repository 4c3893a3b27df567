/**
 * The `blocks` layout (Decree No. 1157 and, most likely, the decrees after it): the common KPIs and
 * each ministry's block, a weight and a target per year, and each text's values kept where the
 * texts differ.
 *
 * @module
 */
import type { IndicatorDefinition, IndicatorKind } from '../../kinds/contract.js';
import type { Edition, EditionIndicator, ReadingValues } from '../edition.js';
import type { BlockFile, EditionFile } from '../schema.js';
import type { BilingualText, Block, Body, EditionInfo, Language, LocalizedText, Unit } from '../types.js';
import { assembleEdition, byYear, weightWithoutTarget } from './assemble-edition.js';

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

/** The kind by a text: its own where its values make the indicator another kind (a "ед." target of 10 is a count). */
function kindByReading(indicator: Pick<BlocksIndicator, 'readings' | 'kind'>, reading: Language): IndicatorKind {
  return indicator.readings[reading]?.kind ?? indicator.kind;
}

/** A cell by a text: that text's value, or the other text's where it lost the cell (or the row); `null`: none. */
function cellByReading(readings: BlocksIndicator['readings'], field: 'targets' | 'weights', year: string, reading: Language): string | null {
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

/** Makes an edition of the `blocks` layout from its validated data (see `assembleEdition`). */
export function createBlocksEdition(file: Omit<EditionFile, '$comment'>, blocks: readonly BlockFile[], allBodies: readonly Body[]): Edition<BlocksIndicator> & { readonly catalogue: BlocksCatalogue } {
  const fallback: Language = file.readings?.default ?? 'kk';
  const years = file.years;
  const byReading = (indicator: Pick<BlocksIndicator, 'readings'>, field: 'targets' | 'weights', reading: Language) => byYear(years, (year) => cellByReading(indicator.readings, field, year, reading));
  return assembleEdition(file, blocks.map((block) => ({ ...block, id: block.block })), allBodies, {
    name: 'blocks',
    readings: file.readings,
    indicator: (indicator, block, reference): BlocksIndicator => ({
      id: indicator.id,
      edition: file.id,
      body: block.body,
      block: block.id,
      no: indicator.no,
      name: indicator.name,
      unit: indicator.unit,
      kind: indicator.kind,
      targets: byReading(indicator, 'targets', fallback),
      weights: byReading(indicator, 'weights', fallback),
      readings: indicator.readings,
      formula: indicator.formula,
      criteria: indicator.criteria ?? null,
      notes: indicator.notes,
      reference,
    }),
    valuesFor: (indicator, year, reading) => definitionByReading(indicator, year, reading ?? fallback),
    record: (indicator, reading, fields) => {
      const of = (language: Language): ReadingValues => ({
        kind: kindByReading(indicator, language),
        targets: byReading(indicator, 'targets', language),
        weights: byReading(indicator, 'weights', language),
      });
      const chosen = reading ?? fallback;
      const { kind, targets, weights } = of(chosen);
      return {
        kind,
        weights,
        targets,
        criteria: indicator.criteria,
        weightWithoutTarget: weightWithoutTarget(years, targets, weights),
        reading: chosen,
        ...(fields.length === 0 ? {} : { differences: { fields, ru: of('ru'), kk: of('kk') } }),
      };
    },
  });
}
