/**
 * The editions the library knows: the bundled ones, and any registered at run time from data in
 * the same format (a new decree, a test fixture). Everything that depends on the edition (the
 * period resolver, the scorer's defaults, the exports, the command line) looks it up here.
 *
 * @module
 */
import * as z from 'zod';
import { createIssue, CdtoKpiError, ERROR_CODES, failure, type Issue } from '../errors/cdto-kpi-error.js';
import { deepFreeze } from '../freeze.js';
import { BODIES_DATA } from '../generated/bodies.js';
import { BUNDLED_EDITIONS } from '../generated/editions.js';
import type { Edition } from './edition.js';
import { addCoverage, removeCoverage } from '../periods/edition-coverage.js';
import { createBlocksEdition } from './layouts/blocks.js';
import { createDirectionsEdition } from './layouts/directions.js';
import { bodiesFileSchema, editionFileSchema } from './meta-schema.js';
import { blockFileSchema, directionFileSchema } from './schema.js';
import type { Body } from './types.js';

const registered = new Map<string, Edition>(BUNDLED_EDITIONS.map((edition) => [edition.id, edition]));

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
  return [...registered.values()].sort((x, y) => (x.inForce.from < y.inForce.from ? -1 : x.inForce.from > y.inForce.from ? 1 : 0));
}

/**
 * Finds an edition by id.
 *
 * @param id - e.g. `2025`
 * @returns the edition
 * @throws {@link CdtoKpiError} `UNKNOWN_EDITION` when none has that id
 */
export function getEdition(id: string): Edition {
  const edition = typeof id === 'string' ? registered.get(id) : undefined;
  if (edition === undefined) {
    throw failure(ERROR_CODES.UNKNOWN_EDITION, { field: 'edition' }, `one of ${[...registered.keys()].join(', ')}`, id);
  }
  return edition;
}

/**
 * Adds an edition, so that periods resolve to it, reports are scored by it, and the exports and the
 * command line list it.
 *
 * @param edition - an edition made by {@link createEdition}
 * @returns the edition
 * @throws {@link CdtoKpiError} `INVALID_VALUE` when an edition with the same id is registered
 */
export function registerEdition(edition: Edition): Edition {
  if (registered.has(edition.id)) {
    throw failure(ERROR_CODES.INVALID_VALUE, { field: 'edition' }, 'an edition id not yet registered', edition.id, 'edition registered twice');
  }
  registered.set(edition.id, edition);
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
  if (BUNDLED_EDITIONS.some((edition) => edition.id === id)) return false;
  removeCoverage(id);
  return registered.delete(id);
}

/** An edition's data, as its files hold it: `edition.json`, the catalogue files, and bodies the library does not know yet. */
export interface EditionData {
  readonly edition: unknown;
  /** The catalogue files (directions or blocks, as the edition's `layout` says), in the annex order. */
  readonly files: readonly unknown[];
  /** A `bodies.json` of the bodies the edition names that the library does not bundle. */
  readonly bodies?: unknown;
}

/**
 * Makes an edition from its data, validating every file and reporting every problem at once.
 *
 * @param data - the edition's files, parsed from JSON
 * @returns the edition, deeply frozen (register it with {@link registerEdition})
 * @throws {@link CdtoKpiError} with an issue for every problem (path from the file's root)
 * @example
 * ```ts
 * const edition = createEdition({ edition: editionJson, files: [blockJson], bodies: bodiesJson });
 * registerEdition(edition);
 * ```
 */
export function createEdition(data: EditionData): Edition {
  const issues: Issue[] = [];
  const parse = <T>(schema: z.ZodType<T>, value: unknown, file: string): T | null => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const entry of result.error.issues) {
      const path = entry.path.filter((key): key is string | number => typeof key !== 'symbol');
      issues.push(createIssue(ERROR_CODES.INVALID_VALUE, { field: `${file}: ${path.join('.') || '(root)'}` }, entry.message, entry.input, { path: [file, ...path] }));
    }
    return null;
  };
  const file = parse(editionFileSchema, data.edition, 'edition');
  const extraBodies = data.bodies === undefined ? [] : (parse(bodiesFileSchema, data.bodies, 'bodies')?.bodies ?? []);
  if (file === null) throw new CdtoKpiError(issues);
  const schema = file.layout === 'directions' ? directionFileSchema : blockFileSchema;
  const files = data.files.map((entry, index) => parse(schema as z.ZodType, entry, `files[${index}]`));
  if (issues.length > 0) throw new CdtoKpiError(issues);
  const bodies: Body[] = [...BODIES_DATA, ...extraBodies.filter((body) => !BODIES_DATA.some((known) => known.id === body.id))];
  for (const id of file.bodies) {
    if (!bodies.some((body) => body.id === id)) issues.push(createIssue(ERROR_CODES.UNKNOWN_BODY, { body: id }, 'a body of bodies.json or of the edition\'s own bodies', id, { path: ['edition', 'bodies'] }));
  }
  if (issues.length > 0) throw new CdtoKpiError(issues);
  const { $comment: _comment, ...rest } = file;
  return deepFreeze(
    file.layout === 'directions'
      ? createDirectionsEdition(rest, files as never, bodies)
      : createBlocksEdition(rest, files as never, bodies),
  );
}
