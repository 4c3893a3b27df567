/**
 * Queries shared by both editions' catalogues: by id, by body, by block (direction).
 *
 * @module
 */
import { ERROR_CODES, failure } from '../errors/cdto-kpi-error.js';

/** What every catalogue indicator has, whatever the edition. */
export interface CatalogueEntry {
  readonly id: string;
  /** The body, or `null` for an indicator common to every body. */
  readonly body: string | null;
  readonly block: string;
}

/** What the queries need of a catalogue. */
export interface IndicatorList<I extends CatalogueEntry> {
  readonly edition: { readonly id: string };
  readonly bodies: readonly { readonly id: string }[];
  readonly blocks: readonly { readonly id: string }[];
  readonly indicators: readonly I[];
}

const indexes = new WeakMap<object, Map<string, unknown>>();
const bodyLists = new WeakMap<object, Map<string, readonly unknown[]>>();

/**
 * Finds an indicator by id.
 *
 * @param catalogue - an edition's catalogue
 * @param id - the indicator's id, e.g. `security.1`
 * @returns the indicator
 * @throws {@link CdtoKpiError} `UNKNOWN_INDICATOR`, naming the edition, when there is none
 * @example
 * ```ts
 * findIndicator(CATALOGUE_2023, 'agriculture.1').targets['2024']; // '54.8'
 * ```
 */
export function findIndicator<I extends CatalogueEntry>(catalogue: IndicatorList<I>, id: string): I {
  let index = indexes.get(catalogue) as Map<string, I> | undefined;
  if (index === undefined) {
    index = new Map(catalogue.indicators.map((indicator) => [indicator.id, indicator]));
    indexes.set(catalogue, index);
  }
  const found = index.get(id);
  if (found === undefined) {
    throw failure(ERROR_CODES.UNKNOWN_INDICATOR, { indicator: id }, `an indicator id of the ${catalogue.edition.id} edition`, id, 'unknown indicator');
  }
  return found;
}

/**
 * The indicators of one body, in the annex order.
 *
 * @param catalogue - an edition's catalogue
 * @param body - the body's id
 * @param options - `withCommon: false` leaves out the indicators common to every body (2025)
 * @returns the body's indicators (the common ones first, when included)
 * @throws {@link CdtoKpiError} `UNKNOWN_BODY` when the edition has no such body
 */
export function indicatorsOfBody<I extends CatalogueEntry>(
  catalogue: IndicatorList<I>,
  body: string,
  options: { readonly withCommon?: boolean } = {},
): readonly I[] {
  if (!catalogue.bodies.some((entry) => entry.id === body)) {
    throw failure(ERROR_CODES.UNKNOWN_BODY, { body }, `a body id of the ${catalogue.edition.id} edition: ${catalogue.bodies.map((entry) => entry.id).join(', ')}`, body, 'unknown body');
  }
  const withCommon = options.withCommon ?? true;
  // A catalogue is frozen: each body's list is made once.
  let lists = bodyLists.get(catalogue) as Map<string, readonly I[]> | undefined;
  if (lists === undefined) {
    lists = new Map();
    bodyLists.set(catalogue, lists);
  }
  const key = `${withCommon ? '+' : '-'}${body}`;
  let list = lists.get(key);
  if (list === undefined) {
    list = Object.freeze(catalogue.indicators.filter((indicator) => indicator.body === body || (withCommon && indicator.body === null)));
    if (Object.isFrozen(catalogue.indicators)) lists.set(key, list);
  }
  return list;
}

/**
 * The indicators of one block: a direction of the 2023 edition, a block of 2025 (`common` for
 * the common KPIs).
 *
 * @param catalogue - an edition's catalogue
 * @param block - the block's id
 * @returns the block's indicators, in the annex order
 * @throws {@link CdtoKpiError} `UNKNOWN_BLOCK` when the edition has no such block
 */
export function indicatorsOfBlock<I extends CatalogueEntry>(catalogue: IndicatorList<I>, block: string): readonly I[] {
  if (!catalogue.blocks.some((entry) => entry.id === block)) {
    throw failure(ERROR_CODES.UNKNOWN_BLOCK, { direction: block }, `a block id of the ${catalogue.edition.id} edition`, block, 'unknown block');
  }
  return catalogue.indicators.filter((indicator) => indicator.block === block);
}
