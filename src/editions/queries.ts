/**
 * Queries shared by both editions' catalogues: by id, by body, by block (direction).
 *
 * @module
 */
import { CdtoKpiError, ERROR_CODES, failure, isCdtoKpiError, nestIssue, say, type Words } from '../errors/cdto-kpi-error.js';
import { deepFreeze } from '../freeze.js';
import { readDocument, readOptions } from '../input/boundary.js';

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

const worked = new WeakMap<object, Map<string, unknown>>();

/** What `make` works out the first time it is asked for `key` of a frozen value (a catalogue, an edition). */
export function once<T>(owner: object, key: string, make: () => T): T {
  let known = worked.get(owner);
  if (known === undefined) worked.set(owner, (known = new Map()));
  if (!known.has(key)) known.set(key, make());
  return known.get(key) as T;
}

/** The catalogues the library built (each edition's, frozen with it): read as they are. */
const BUILT = new WeakSet<object>();

/** Marks a catalogue as an edition's, built and frozen with it: queries read it as it is. */
export function builtCatalogue<C extends object>(catalogue: C): C {
  BUILT.add(catalogue);
  return catalogue;
}

const CATALOGUE = 'a catalogue ({ edition: { id }, bodies: [{ id }], indicators: [{ id, body, block }] }), such as getEdition(id).catalogue';

/** The catalogue a query is given: the library's own as it is, a caller's read through the boundary into a frozen copy and checked. */
function readCatalogue<I extends CatalogueEntry>(catalogue: unknown): IndicatorList<I> {
  if (typeof catalogue === 'object' && catalogue !== null && BUILT.has(catalogue)) return catalogue as IndicatorList<I>;
  let read: unknown;
  try {
    read = readDocument(catalogue);
  } catch (error) {
    if (!isCdtoKpiError(error)) throw error;
    throw new CdtoKpiError(error.issues.map((issue) => nestIssue(issue, ['catalogue'], {})));
  }
  const record = (value: unknown): Record<string, unknown> | null => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null);
  const ids = (value: unknown, entry: (item: Record<string, unknown>) => boolean): boolean => Array.isArray(value) && value.every((item) => record(item) !== null && typeof record(item)!['id'] === 'string' && entry(record(item)!));
  const given = record(read);
  const valid =
    given !== null &&
    typeof record(given['edition'])?.['id'] === 'string' &&
    ids(given['bodies'], () => true) &&
    ids(given['blocks'] ?? [], () => true) &&
    ids(given['indicators'], (indicator) => (indicator['body'] === null || typeof indicator['body'] === 'string') && typeof indicator['block'] === 'string');
  if (!valid) throw failure(ERROR_CODES.WRONG_TYPE, { field: 'catalogue' }, CATALOGUE, catalogue);
  return deepFreeze({ blocks: [], ...given }) as unknown as IndicatorList<I>;
}

/** Reads a string argument (an id), or refuses it with `WRONG_TYPE`. */
function readId(value: unknown, field: string, expected: Words): string {
  if (typeof value !== 'string') throw failure(ERROR_CODES.WRONG_TYPE, { field }, expected, value);
  return value;
}

/**
 * Finds an indicator by id.
 *
 * @param catalogue - an edition's catalogue (`getEdition(id).catalogue`, `CATALOGUE_2025`), or one
 *   of that shape, which is read through the boundary first
 * @param id - the indicator's id, e.g. `security.1`
 * @returns the indicator, frozen
 * @throws {@link CdtoKpiError} `UNKNOWN_INDICATOR`, naming the edition, when there is none;
 *   `WRONG_TYPE` for a catalogue or an id that is not one
 * @example
 * ```ts
 * findIndicator(CATALOGUE_2023, 'agriculture.1').targets['2024']; // '54.8'
 * ```
 */
export function findIndicator<I extends CatalogueEntry>(catalogue: IndicatorList<I>, id: string): I {
  const read = readCatalogue<I>(catalogue);
  return indicatorIn(read, readId(id, 'id', 'an indicator id (a string)'));
}

/** {@link findIndicator} in a catalogue the library built or read, for an id it checked. */
export function indicatorIn<I extends CatalogueEntry>(catalogue: IndicatorList<I>, id: string): I {
  const found = once(catalogue, 'index', () => new Map(catalogue.indicators.map((indicator) => [indicator.id, indicator]))).get(id);
  if (found === undefined) {
    throw failure(ERROR_CODES.UNKNOWN_INDICATOR, { indicator: id }, say('an indicator id of the {edition} edition', { edition: catalogue.edition.id }), id, 'unknown indicator');
  }
  return found;
}

/**
 * The indicators of one body, in the annex order.
 *
 * @param catalogue - an edition's catalogue, or one of that shape (see {@link findIndicator})
 * @param body - the body's id
 * @param options - `withCommon: false` leaves out the indicators common to every body (2025)
 * @returns the body's indicators (the common ones first, when included), frozen
 * @throws {@link CdtoKpiError} `UNKNOWN_BODY` when the edition has no such body; `WRONG_TYPE` for a
 *   catalogue, a body or options that are not one, or a `withCommon` that is not a boolean
 */
export function indicatorsOfBody<I extends CatalogueEntry>(
  catalogue: IndicatorList<I>,
  body: string,
  options: { readonly withCommon?: boolean } = {},
): readonly I[] {
  const read = readCatalogue<I>(catalogue);
  const id = readId(body, 'body', 'a body id (a string)');
  const { withCommon } = readOptions(options, ['withCommon'], { body: id });
  if (withCommon !== undefined && typeof withCommon !== 'boolean') throw failure(ERROR_CODES.WRONG_TYPE, { body: id, field: 'withCommon' }, 'true or false', withCommon);
  return bodyIndicators(read, id, withCommon ?? true);
}

/** {@link indicatorsOfBody} in a catalogue the library built or read, for a body id it checked. */
export function bodyIndicators<I extends CatalogueEntry>(catalogue: IndicatorList<I>, body: string, withCommon = true): readonly I[] {
  if (!catalogue.bodies.some((entry) => entry.id === body)) {
    throw failure(ERROR_CODES.UNKNOWN_BODY, { body }, say('a body id of the {edition} edition: {bodies}', { edition: catalogue.edition.id, bodies: catalogue.bodies.map((entry) => entry.id) }), body, 'unknown body');
  }
  return once(catalogue, `${withCommon ? '+' : '-'}${body}`, () =>
    Object.freeze(catalogue.indicators.filter((indicator) => indicator.body === body || (withCommon && indicator.body === null))),
  );
}

/** The indicators of one block (a direction of 2023, a block of 2025), in the annex order; `UNKNOWN_BLOCK` for none. */
export function indicatorsOfBlock<I extends CatalogueEntry>(catalogue: IndicatorList<I>, block: string): readonly I[] {
  if (!catalogue.blocks.some((entry) => entry.id === block)) {
    throw failure(ERROR_CODES.UNKNOWN_BLOCK, { direction: block }, say('a block id of the {edition} edition', { edition: catalogue.edition.id }), block, 'unknown block');
  }
  return catalogue.indicators.filter((indicator) => indicator.block === block);
}
