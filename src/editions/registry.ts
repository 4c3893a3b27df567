/**
 * The editions the library knows: the bundled ones, and any registered at run time from data in
 * the same format (a new decree, a test fixture). Everything that depends on the edition (the
 * period resolver, the scorer's defaults, the exports, the command line) looks it up here.
 *
 * @module
 */
import { ERROR_CODES, failure } from '../errors/cdto-kpi-error.js';
import { BUNDLED_EDITIONS } from '../generated/editions.js';
import type { Edition } from './edition.js';
import { addCoverage, removeCoverage } from '../periods/edition-coverage.js';

/**
 * How to get each known edition, by id, in the order they became known. A bundled edition is built
 * from its data the first time it is asked for (its loader keeps it): building both costs more than
 * the rest of a cold import of the package.
 */
const registered = new Map<string, () => Edition>(BUNDLED_EDITIONS.map(({ id, load }) => [id, load]));

/**
 * Every edition known, in the order of their dates in force.
 *
 * @returns the editions
 * @example
 * ```ts
 * listEditions().map((edition) => edition.id); // ['2023', '2025']
 * ```
 */
export function listEditions(): readonly Edition[] {
  return [...registered.values()].map((load) => load()).sort((x, y) => (x.inForce.from < y.inForce.from ? -1 : x.inForce.from > y.inForce.from ? 1 : 0));
}

/**
 * Finds an edition by id.
 *
 * @param id - e.g. `2025`
 * @returns the edition
 * @throws {@link CdtoKpiError} `UNKNOWN_EDITION` when none has that id
 */
export function getEdition(id: string): Edition {
  const load = typeof id === 'string' ? registered.get(id) : undefined;
  if (load === undefined) {
    throw failure(ERROR_CODES.UNKNOWN_EDITION, { field: 'edition' }, `one of ${[...registered.keys()].join(', ')}`, id);
  }
  return load();
}

/**
 * Adds an edition, so that periods resolve to it, reports are scored by it, and the exports and the
 * command line list it.
 *
 * @param edition - an edition, such as `createEdition` (`cdto-kpi/edition-files`) makes from its files
 * @returns the edition
 * @throws {@link CdtoKpiError} `INVALID_VALUE` when an edition with the same id is registered
 */
export function registerEdition(edition: Edition): Edition {
  if (registered.has(edition.id)) {
    throw failure(ERROR_CODES.INVALID_VALUE, { field: 'edition' }, 'an edition id not yet registered', edition.id, 'edition registered twice');
  }
  registered.set(edition.id, () => edition);
  addCoverage(edition);
  return edition;
}

/**
 * Removes an edition registered at run time (the bundled ones stay).
 *
 * @param id - the edition's id
 * @returns whether one was removed
 */
export function unregisterEdition(id: string): boolean {
  if (BUNDLED_EDITIONS.some((bundled) => bundled.id === id)) return false;
  removeCoverage(id);
  return registered.delete(id);
}
