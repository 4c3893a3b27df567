/**
 * What every layout's edition shares once its catalogue is built: the checks of an id, a year and
 * a reading, one deeply frozen definition per indicator, year and reading (prepared once by the
 * scorer), its source (edition, text, year, legal reference) a field of its own, and the edition's description from its `edition.json`.
 *
 * @module
 */
import { ERROR_CODES, failure, say } from '../../errors/cdto-kpi-error.js';
import { deepFreeze } from '../../freeze.js';
import { readOptions } from '../../input/boundary.js';
import type { IndicatorDefinition } from '../../kinds/contract.js';
import type { CatalogueRecord, Edition, EditionCatalogue, EditionIndicator, EditionReadings } from '../edition.js';
import type { EditionFile } from '../meta-schema.js';
import { builtCatalogue, indicatorIn } from '../queries.js';
import type { Language } from '../types.js';
import { formatReference } from '../legal-reference.js';
import { checkReading } from '../readings.js';

/**
 * Tells whether a decimal string of the data (`"0"`, `"0.0"`) is zero.
 *
 * @param value - a decimal string of the data
 * @returns whether it is zero
 */
export const isZeroDecimal = (value: string): boolean => /^0+(?:\.0+)?$/u.test(value);

/** What a layout gives to make an edition of its catalogue. */
export interface EditionParts<I extends EditionIndicator, C extends EditionCatalogue<I>> {
  readonly file: Omit<EditionFile, '$comment'>;
  readonly layout: string;
  readonly readings: EditionReadings | null;
  readonly catalogue: C;
  /** The kind, U, N (and criteria) of an indicator in a year by a reading (`null`: the edition has one set of values). */
  readonly valuesFor: (indicator: I, year: string, reading: Language | null) => IndicatorDefinition;
  readonly records: (reading: Language | null) => readonly CatalogueRecord[];
}

/**
 * Makes an edition of a layout's catalogue.
 *
 * @param parts - the edition's file, layout, readings, catalogue, and how its values are read
 * @returns the edition
 * @internal
 */
export function assembleEdition<I extends EditionIndicator, C extends EditionCatalogue<I>>(parts: EditionParts<I, C>): Edition<I> & { readonly catalogue: C } {
  const { file, readings } = parts;
  const catalogue = builtCatalogue(parts.catalogue);
  const years = file.years;
  const checkYear = (id: string, year: string): void => {
    if (!years.includes(year)) {
      throw failure(ERROR_CODES.PERIOD_NOT_COVERED, { indicator: id, field: 'year' }, say('one of {values}', { values: years }), year, say('the {edition} edition has no targets for this year', { edition: file.id }));
    }
  };
  const definitions = new Map<string, IndicatorDefinition>();
  return builtEdition({
    id: file.id,
    years,
    inForce: { from: file.inForce.from, until: file.inForce.until },
    calendar: file.calendar,
    excusable: file.excusable ?? [],
    readings,
    method: file.method,
    rankBy: file.rankBy,
    layout: parts.layout,
    catalogue,
    definitionFor(id, year, given = {}): IndicatorDefinition {
      // Checked before anything names them in a message: a caller in JavaScript may pass anything.
      if (typeof id !== 'string') throw failure(ERROR_CODES.WRONG_TYPE, { field: 'id' }, 'an indicator id (a string)', id);
      if (typeof year !== 'string') throw failure(ERROR_CODES.WRONG_TYPE, { indicator: id, field: 'year' }, say('a year as a string: one of {values}', { values: years }), year);
      const options = readOptions(given, ['reading'], { indicator: id }) as { readonly reading?: Language };
      const indicator = indicatorIn(catalogue, id);
      checkYear(id, year);
      const reading = checkReading(readings, options.reading, {}, file.id);
      const key = `${id}|${year}|${reading ?? '-'}`;
      const known = definitions.get(key);
      if (known !== undefined) return known;
      const source = { edition: file.id, reading, year, reference: formatReference(indicator.reference) };
      const definition = deepFreeze({ ...parts.valuesFor(indicator, year, reading), source });
      definitions.set(key, definition);
      return definition;
    },
    // Made anew on each call, and frozen as every result is.
    records: (reading) => deepFreeze(parts.records(checkReading(readings, reading ?? undefined, {}, file.id))),
  });
}

declare const __VERSION__: string | undefined;

/**
 * The editions the library built (bundled, or by `createEdition`), in every copy of this version of
 * the package (its ESM and CommonJS builds share the default registry, so they share this too).
 */
const BUILT: WeakSet<object> = /* @__PURE__ */ sharedSet(Symbol.for(`cdto-kpi.builtEditions@${typeof __VERSION__ === 'string' ? __VERSION__ : 'dev'}`));

function sharedSet(key: symbol): WeakSet<object> {
  const shared = (globalThis as Record<symbol, WeakSet<object> | undefined>)[key];
  if (shared !== undefined) return shared;
  const made = new WeakSet<object>();
  Object.defineProperty(globalThis, key, { value: made, writable: false, enumerable: false, configurable: false });
  return made;
}

/** Marks an edition as built by the library. */
function builtEdition<E extends object>(edition: E): E {
  BUILT.add(edition);
  return edition;
}

/**
 * Whether a value is an edition the library built (bundled, or made by `createEdition`), in any
 * copy of this version of the package: the only editions a registry takes, since everything in
 * them (its catalogue, its definitions, its records) is the library's own, checked and frozen.
 *
 * @param value - anything
 * @returns `true` for such an edition
 */
export function isBuiltEdition(value: unknown): boolean {
  return typeof value === 'object' && value !== null && BUILT.has(value);
}
