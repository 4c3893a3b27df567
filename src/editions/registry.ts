/**
 * The editions the library knows: the bundled ones, and any registered at run time from data in
 * the same format (a new decree, a test fixture). Everything that depends on the edition (the
 * period resolver, the scorer's defaults, the exports, the command line) looks it up here.
 *
 * @module
 */
import { ERROR_CODES, failure } from '../errors/cdto-kpi-error.js';
import { BUNDLED_EDITIONS } from '../generated/editions.js';
import type { BundledEdition } from './bundled-edition.js';
import type { Edition } from './edition.js';
import { addCoverage, removeCoverage } from '../periods/edition-coverage.js';

/** How the registry gets one known edition. */
interface KnownEdition {
  /** Gives the edition now; `undefined` while a bundled edition of `cdto-kpi/core` is not loaded. */
  now: (() => Edition) | undefined;
  /** Gives the edition once it is loaded: at once when it is at hand. */
  readonly load: () => Promise<Edition>;
}

/**
 * How the registry gets a bundled edition. In the main entry each is at hand, built from its data
 * the first time it is asked for (its loader keeps it): building both costs more than the rest of a
 * cold import of the package. In `cdto-kpi/core` each is fetched by `loadEdition` and is at hand
 * from then on.
 */
function knownBundled(bundled: BundledEdition): KnownEdition {
  if (!bundled.onDemand) return { now: bundled.load, load: () => Promise.resolve(bundled.load()) };
  const known: KnownEdition = {
    now: undefined,
    load: async () => {
      const edition = await bundled.load();
      known.now = () => edition;
      return edition;
    },
  };
  return known;
}

/** Each known edition, by id, in the order they became known. */
const registered = new Map<string, KnownEdition>(BUNDLED_EDITIONS.map((bundled) => [bundled.id, knownBundled(bundled)]));

/** The known edition with that id. @throws {@link CdtoKpiError} `UNKNOWN_EDITION` when none has it */
function known(id: string): KnownEdition {
  const edition = typeof id === 'string' ? registered.get(id) : undefined;
  if (edition === undefined) {
    throw failure(ERROR_CODES.UNKNOWN_EDITION, { field: 'edition' }, `one of ${[...registered.keys()].join(', ')}`, id);
  }
  return edition;
}

/**
 * Every edition at hand, in the order of their dates in force: in the main entry every known
 * edition; in `cdto-kpi/core` the bundled ones loaded so far (see {@link loadEdition}) and those
 * registered.
 *
 * @returns the editions
 * @example
 * ```ts
 * listEditions().map((edition) => edition.id); // ['2023', '2025']
 * ```
 */
export function listEditions(): readonly Edition[] {
  return [...registered.values()]
    .flatMap(({ now }) => (now === undefined ? [] : [now()]))
    .sort((x, y) => (x.inForce.from < y.inForce.from ? -1 : x.inForce.from > y.inForce.from ? 1 : 0));
}

/**
 * Finds an edition by id.
 *
 * @param id - e.g. `2025`
 * @returns the edition
 * @throws {@link CdtoKpiError} `UNKNOWN_EDITION` when none has that id; `EDITION_NOT_LOADED` in
 * `cdto-kpi/core` for a bundled edition not loaded yet (`await loadEdition(id)` first)
 * @example
 * ```ts
 * getEdition('2025').inForce.from; // '2024-12-31'
 * ```
 */
export function getEdition(id: string): Edition {
  const { now } = known(id);
  if (now === undefined) {
    throw failure(ERROR_CODES.EDITION_NOT_LOADED, { field: 'edition' }, `an edition loaded: await loadEdition('${id}') first`, id);
  }
  return now();
}

/**
 * Loads an edition: in `cdto-kpi/core` a bundled edition's module is fetched (a chunk of its own in
 * a browser bundle) and the edition is at hand from then on, for {@link getEdition} and everything
 * that resolves an edition (scoring a period report, the indicators of a period); in the main entry
 * every edition is at hand, and this resolves at once. Code written for core runs unchanged on main.
 *
 * @param id - e.g. `2025`
 * @returns the edition, the same object {@link getEdition} gives from then on
 * @throws {@link CdtoKpiError} (the promise rejects) `UNKNOWN_EDITION` when none has that id
 * @example
 * ```ts
 * const edition = await loadEdition('2025');
 * edition === getEdition('2025'); // true
 * ```
 */
export async function loadEdition(id: string): Promise<Edition> {
  return known(id).load();
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
  registered.set(edition.id, { now: () => edition, load: () => Promise.resolve(edition) });
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
