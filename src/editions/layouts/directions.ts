/**
 * The `directions` layout (Order No. 124-р in the edition of No. 170-р): numbered directions, one
 * weight per indicator for every year, targets per year, and the values each source prints.
 *
 * @module
 */
import type { Edition, EditionIndicator } from '../edition.js';
import type { DirectionFile, EditionFile } from '../schema.js';
import type { Block, Body, EditionInfo, LocalizedText, Unit } from '../types.js';
import { assembleEdition, byYear, weightWithoutTarget } from './assemble-edition.js';

/** What one source prints for an indicator; a cell it lost is absent. */
export interface DirectionsReading<Year extends string = string> {
  readonly unit?: Unit;
  readonly weight?: string | null;
  readonly targets?: Readonly<Partial<Record<Year, string | null>>>;
}

/** An indicator of a `directions` edition. */
export interface DirectionsIndicator<Id extends string = string, DirectionId extends string = string, BodyId extends string = string, Year extends string = string, EditionId extends string = string>
  extends EditionIndicator {
  readonly id: Id;
  readonly edition: EditionId;
  readonly body: BodyId;
  /** The direction (in this layout a block is a direction). */
  readonly block: DirectionId;
  readonly kind: 'ratio' | 'decreasing-ratio' | 'count';
  /** U, as an exact decimal string; the same every year. */
  readonly weight: string;
  /** N per year, exact decimal strings, `null` for none. */
  readonly targets: Readonly<Record<Year, string | null>>;
  /** What the Russian and the Kazakh texts print; `null` where the row is absent. */
  readonly readings: { readonly ru: DirectionsReading<Year> | null; readonly kk: DirectionsReading<Year> | null };
  /** The row of the indicator in its section of the Q1 2024 report, if it was rated there. */
  readonly reportNo: number | null;
}

/** A disagreement between the sources, and the value the catalogue takes. */
export interface DirectionsDiscrepancy<IndicatorId extends string = string> {
  readonly indicator: IndicatorId;
  /** `unit`, `weight`, `kind`, `name`, `row` or `targets.<year>`. */
  readonly field: string;
  readonly readings: { readonly ru?: string | null; readonly kk?: string | null; readonly report?: string | null };
  /** The value the catalogue takes. */
  readonly chosen: string | null;
  readonly why: LocalizedText;
}

/** The catalogue of a `directions` edition. */
export interface DirectionsCatalogue<I extends DirectionsIndicator = DirectionsIndicator, DirectionId extends string = string, BodyId extends string = string> {
  readonly edition: EditionInfo;
  readonly bodies: readonly Body<BodyId>[];
  /** The directions. */
  readonly blocks: readonly Block<DirectionId, BodyId>[];
  readonly indicators: readonly I[];
  readonly discrepancies: readonly DirectionsDiscrepancy<I['id']>[];
}

/** Makes an edition of the `directions` layout from its validated data (see `assembleEdition`). */
export function createDirectionsEdition(
  file: Omit<EditionFile, '$comment'>,
  directions: readonly DirectionFile[],
  allBodies: readonly Body[],
): Edition<DirectionsIndicator> & { readonly catalogue: DirectionsCatalogue } {
  const years = file.years;
  return assembleEdition(file, directions.map((direction) => ({ ...direction, id: direction.direction })), allBodies, {
    name: 'directions',
    readings: null,
    indicator: (indicator, direction, reference): DirectionsIndicator => ({
      id: indicator.id,
      edition: file.id,
      body: direction.body,
      block: direction.id,
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
      reference,
    }),
    valuesFor: (indicator, year) => ({ id: indicator.id, kind: indicator.kind, weight: indicator.weight, target: indicator.targets[year] ?? null }),
    record: (indicator, _reading, fields) => {
      const targets = byYear(years, (year) => indicator.targets[year] ?? null);
      return {
        weight: indicator.weight,
        targets,
        criteria: null,
        weightWithoutTarget: weightWithoutTarget(years, targets, byYear(years, () => indicator.weight)),
        discrepancies: fields,
      };
    },
  });
}
