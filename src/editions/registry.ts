/**
 * Registries of editions: the editions a scoring knows, as a value. {@link createEditionRegistry}
 * makes one; {@link defaultEditions} is the one every function uses when it is given none, shared
 * by every entry of the package (and by its ESM and CommonJS builds). Each entry holds the
 * edition's coverage (its years, dates in force and reporting calendar), so that a period resolves
 * to an edition before its catalogue is loaded.
 *
 * @module
 */
import { ERROR_CODES, failure, say } from '../errors/cdto-kpi-error.js';
import { BUNDLED_EDITIONS, type BundledEditionId, type BundledEditions, type BundledEditionTypes } from '../generated/editions.js';
import { readOptions } from '../input/boundary.js';
import { isBuiltEdition, sharedAcrossCopies } from './layouts/assemble-edition.js';
import type { IndicatorDefinition } from '../kinds/contract.js';
import type { Language } from './types.js';
import type { BundledEdition, Edition, EditionCoverage, EditionSource } from './edition.js';

/** The edition a registry gives for an id: a bundled edition's own type, or any edition. */
export type EditionOf<Id extends string> = Id extends keyof BundledEditions ? BundledEditions[Id] : Edition;

/**
 * The editions a scoring knows. Every function that resolves an edition takes one as its
 * `editions` option, and uses {@link defaultEditions} when given none.
 */
export interface EditionRegistry {
  /**
   * An edition by id.
   *
   * @throws {@link CdtoKpiError} `UNKNOWN_EDITION` when none has that id; `EDITION_NOT_LOADED` for
   *   a bundled edition whose data is not at hand yet (`await load(id)` first)
   */
  get<Id extends string>(id: Id): EditionOf<Id>;
  /** The editions at hand, in the order of their dates in force. */
  list(): readonly Edition[];
  /** An edition by id, its data fetched first when it is not at hand. */
  load<Id extends string>(id: Id): Promise<EditionOf<Id>>;
  /** Whether the registry knows an edition of that id (at hand or not). */
  has(id: string): boolean;
  /** The coverage of every edition known, at hand or not, in the order of their dates in force. */
  coverage(): readonly EditionCoverage[];
  /**
   * Adds an edition: one made by `createEdition` (`cdto-kpi/edition-files`), in any copy of this
   * version of the package.
   *
   * @throws {@link CdtoKpiError} `INVALID_VALUE` when the registry knows that id already;
   *   `WRONG_TYPE` for anything but an edition the library made (an object of the same shape included)
   */
  register(edition: Edition): Edition;
  /** Removes an edition added by {@link EditionRegistry.register}; the bundled ones stay. */
  unregister(id: string): boolean;
}

/** One known edition: its coverage, and the edition, or how to get it (`load`: a bundled edition). */
interface Entry {
  readonly coverage: EditionCoverage;
  edition: Edition | undefined;
  build: (() => Edition) | undefined;
  readonly load: (() => Promise<Edition>) | undefined;
}

const byDate = (x: EditionCoverage, y: EditionCoverage): number => (x.inForce.from < y.inForce.from ? -1 : x.inForce.from > y.inForce.from ? 1 : 0);

/** The coverage of an edition, copied and frozen. */
function coverageOf(edition: EditionCoverage): EditionCoverage {
  const { id, years, inForce, calendar } = edition;
  return Object.freeze({ id, years: Object.freeze([...years]), inForce: Object.freeze({ from: inForce.from, until: inForce.until }), calendar: calendar === null ? null : Object.freeze({ ...calendar }) });
}

const NOT_AN_EDITION = 'an edition made by createEdition (cdto-kpi/edition-files), or a bundled one' as const;

/**
 * The bundled editions whose data is at hand in this copy of the package (given by an entry that
 * holds it, or loaded once): every registry that knows a bundled edition finds it here.
 */
const AT_HAND = new Map<string, () => Edition>();

class Registry implements EditionRegistry {
  readonly #entries = new Map<string, Entry>();

  /** Whether a value is a registry of this class: a brand check, which runs no getter or proxy trap (`instanceof` would). */
  static is(value: unknown): value is Registry {
    return typeof value === 'object' && value !== null && #entries in value;
  }

  constructor(bundled: readonly BundledEdition[], editions: readonly Edition[]) {
    for (const { coverage, load } of bundled) this.#entries.set(coverage.id, { coverage: coverageOf(coverage), edition: undefined, build: undefined, load });
    for (const edition of editions) this.register(edition);
    // Its methods cannot be replaced: what it holds changes only through register and unregister.
    Object.freeze(this);
  }

  #entry(id: unknown): Entry {
    const entry = typeof id === 'string' ? this.#entries.get(id) : undefined;
    if (entry === undefined) throw failure(ERROR_CODES.UNKNOWN_EDITION, { field: 'edition' }, say('one of {values}', { values: [...this.#entries.keys()] }), id);
    return entry;
  }

  /** The edition, built when its data is at hand; `undefined` when it is not. */
  #atHand(entry: Entry): Edition | undefined {
    entry.edition ??= (entry.build ?? AT_HAND.get(entry.coverage.id))?.();
    return entry.edition;
  }

  get<Id extends string>(id: Id): EditionOf<Id> {
    const edition = this.#atHand(this.#entry(id));
    if (edition === undefined) throw failure(ERROR_CODES.EDITION_NOT_LOADED, { field: 'edition' }, say('an edition loaded: await loadEdition({id}) first', { id: `'${id}'` }), id);
    return edition as EditionOf<Id>;
  }

  list(): readonly Edition[] {
    return Object.freeze(this.coverage().flatMap(({ id }) => this.#atHand(this.#entries.get(id)!) ?? []));
  }

  async load<Id extends string>(id: Id): Promise<EditionOf<Id>> {
    const entry = this.#entry(id);
    if (this.#atHand(entry) === undefined && entry.load !== undefined) {
      const edition = await entry.load();
      entry.edition = edition;
      AT_HAND.set(id, () => edition);
    }
    return this.get(id);
  }

  has(id: string): boolean {
    return typeof id === 'string' && this.#entries.has(id);
  }

  coverage(): readonly EditionCoverage[] {
    return Object.freeze([...this.#entries.values()].map((entry) => entry.coverage).sort(byDate));
  }

  register(edition: Edition): Edition {
    // Only the library's own editions: a registry hands their catalogues, definitions and records to every later call.
    if (!isBuiltEdition(edition)) throw failure(ERROR_CODES.WRONG_TYPE, { field: 'edition' }, NOT_AN_EDITION, edition);
    const coverage = coverageOf(edition);
    if (this.#entries.has(coverage.id)) throw failure(ERROR_CODES.INVALID_VALUE, { field: 'edition' }, 'an edition id not yet registered', coverage.id, 'edition registered twice');
    this.#entries.set(coverage.id, { coverage, edition, build: undefined, load: undefined });
    return edition;
  }

  unregister(id: string): boolean {
    const entry = this.#entries.get(id);
    return entry !== undefined && entry.load === undefined && this.#entries.delete(id);
  }

  /** Makes a bundled edition's data at hand in this registry (the default one may be another copy's). */
  provide(source: EditionSource): void {
    const entry = this.#entries.get(source.id);
    if (entry !== undefined && entry.load !== undefined && entry.build === undefined) entry.build = source.build;
  }
}

// The class is the library's: neither it nor its prototype can be changed by a caller.
Object.freeze(Registry.prototype);
Object.freeze(Registry);

/**
 * Makes a registry of editions.
 *
 * @param options - `editions`: editions to register (default none); `bundled`: whether the
 *   editions bundled with the package are known (default `true`), each loaded on demand
 * @returns the registry
 * @example
 * ```ts
 * const editions = createEditionRegistry({ editions: [createEdition(files)] });
 * scorePeriodReport(report, { editions });
 * ```
 */
export function createEditionRegistry(options: { readonly editions?: readonly Edition[]; readonly bundled?: boolean } = {}): EditionRegistry {
  const { editions, bundled } = readOptions(options, ['editions', 'bundled']);
  if (bundled !== undefined && typeof bundled !== 'boolean') throw failure(ERROR_CODES.WRONG_TYPE, { field: 'bundled' }, 'true or false', bundled);
  let list: readonly unknown[];
  try {
    if (editions !== undefined && !Array.isArray(editions)) throw new TypeError('not a list');
    list = editions === undefined ? [] : [...(editions as readonly unknown[])];
  } catch {
    throw failure(ERROR_CODES.WRONG_TYPE, { field: 'editions' }, say('a list of editions ({edition})', { edition: say(NOT_AN_EDITION) }), editions);
  }
  return new Registry(bundled === false ? [] : BUNDLED_EDITIONS, list as readonly Edition[]);
}

/**
 * The registry every function uses when it is given none: the bundled editions, and any an
 * application registers. Shared by every entry of the package and by its ESM and CommonJS builds.
 * In `cdto-kpi` every bundled edition is at hand; in `cdto-kpi/core` each is fetched by
 * `await defaultEditions.load(id)` (or {@link loadEdition}).
 */
export const defaultEditions: EditionRegistry = /* @__PURE__ */ sharedAcrossCopies('defaultEditions', () => createEditionRegistry());

/**
 * Makes bundled editions' data at hand for every registry of this copy of the package (the default
 * one included): each is built when first asked for.
 *
 * @param sources - the bundled editions' sources
 */
export function provideEditions(...sources: readonly EditionSource[]): void {
  for (const source of sources) {
    if (!AT_HAND.has(source.id)) AT_HAND.set(source.id, source.build);
    // The default registry is shared with the package's other copies (ESM, CommonJS), which keep their own data at hand.
    (defaultEditions as Registry).provide(source);
  }
}

/**
 * An edition of the default registry.
 *
 * @param id - e.g. `2025`
 * @returns the edition
 * @throws {@link CdtoKpiError} `UNKNOWN_EDITION`; `EDITION_NOT_LOADED` in `cdto-kpi/core` before `await loadEdition(id)`
 * @example
 * ```ts
 * getEdition('2025').inForce.from; // '2024-12-31'
 * ```
 */
export function getEdition<Id extends string>(id: Id): EditionOf<Id> {
  return defaultEditions.get(id);
}

/**
 * The editions of the default registry at hand, in the order of their dates in force.
 *
 * @returns the editions
 * @example
 * ```ts
 * listEditions().map((edition) => edition.id); // ['2023', '2025']
 * ```
 */
export function listEditions(): readonly Edition[] {
  return defaultEditions.list();
}

/**
 * Loads an edition of the default registry: in `cdto-kpi/core`, a bundled edition's data is
 * fetched (a chunk of its own in a browser bundle) and is at hand from then on; in `cdto-kpi` it
 * resolves at once. Code written for core runs unchanged on the main entry.
 *
 * @param id - e.g. `2025`
 * @returns the edition
 * @throws {@link CdtoKpiError} (the promise rejects) `UNKNOWN_EDITION`
 * @example
 * ```ts
 * const edition = await loadEdition('2025');
 * ```
 */
export function loadEdition<Id extends string>(id: Id): Promise<EditionOf<Id>> {
  return defaultEditions.load(id);
}

/** The registry an `editions` option names (`undefined`: the default one); `WRONG_TYPE` for anything but a registry. */
export function registryOf(editions: unknown): EditionRegistry {
  if (editions === undefined) return defaultEditions;
  // The default registry may be another copy's (ESM beside CommonJS).
  if (Registry.is(editions) || editions === defaultEditions) return editions as EditionRegistry;
  throw failure(ERROR_CODES.WRONG_TYPE, { field: 'editions' }, 'a registry made by createEditionRegistry', editions);
}

/**
 * The kind, weight U, target N (and criteria) of one indicator of an edition in one year, with
 * where they come from: what the scorer needs. One shape for every edition: an edition with two
 * texts takes a `reading` (its default text when left out); an edition with one set of values
 * takes none.
 *
 * @param edition - the edition's id
 * @param id - the indicator's id in that edition
 * @param year - a year the edition sets values for
 * @param options - `reading` and `editions` (default `defaultEditions`)
 * @returns the definition, deeply frozen; the same object on every call
 * @throws {@link CdtoKpiError} `UNKNOWN_EDITION`, `UNKNOWN_INDICATOR`, `PERIOD_NOT_COVERED` for a
 *   year without values, `INVALID_READING`
 * @example
 * ```ts
 * definitionFor('2023', 'agriculture.1', '2024');                  // { id, kind: 'ratio', weight: '30', target: '54.8', source }
 * definitionFor('2025', 'common.2', '2026', { reading: 'ru' }).target; // '99.8' (the Kazakh text prints 99,63)
 * ```
 */
export function definitionFor<Id extends BundledEditionId>(
  edition: Id,
  id: BundledEditionTypes[Id]['indicator'],
  year: BundledEditionTypes[Id]['year'],
  options?: { readonly reading?: BundledEditionTypes[Id]['reading']; readonly editions?: EditionRegistry },
): IndicatorDefinition;
/**
 * The definition of one indicator of an edition registered at run time (a bundled edition's id
 * takes the signature above, so that its ids, years and readings are checked at compile time).
 *
 * @param edition - the edition's id
 * @param id - the indicator's id
 * @param year - a year of the edition
 * @param options - `reading` and `editions`
 * @returns the definition
 */
export function definitionFor<E extends string>(
  edition: E & (E extends BundledEditionId ? never : unknown),
  id: string,
  year: string,
  options?: { readonly reading?: Language; readonly editions?: EditionRegistry },
): IndicatorDefinition;
export function definitionFor(edition: string, id: string, year: string, options: { readonly reading?: Language; readonly editions?: EditionRegistry } = {}): IndicatorDefinition {
  const { reading, editions } = readOptions(options, ['reading', 'editions'], typeof id === 'string' ? { indicator: id } : {});
  return registryOf(editions).get(edition).definitionFor(id, year, reading === undefined ? {} : { reading: reading as Language });
}
