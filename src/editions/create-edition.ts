/**
 * Making an edition from its data files (`edition.json`, the catalogue files, the bodies it adds),
 * each validated with its zod schema at the door; this is `cdto-kpi/edition-files`.
 *
 * @module
 */
import * as z from 'zod/mini';
import { CdtoKpiError, createIssue, ERROR_CODES, type Issue } from '../errors/cdto-kpi-error.js';
import { issuesFromZod } from '../errors/zod-issues.js';
import { readDocument, readOptions } from '../input/boundary.js';
import { deepFreeze } from '../freeze.js';
import { BODIES_DATA } from '../generated/bodies.js';
import type { Edition } from './edition.js';
import { createBlocksEdition } from './layouts/blocks.js';
import { createDirectionsEdition } from './layouts/directions.js';
import { blockFileSchema, bodiesFileSchema, directionFileSchema, editionFileSchema } from './schema.js';
import type { Body } from './types.js';

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
 * @returns the edition, deeply frozen (register it with `defaultEditions.register`, from `cdto-kpi`)
 * @throws `CdtoKpiError` with an issue for every problem (path from the file's root)
 * @example
 * ```ts
 * import { defaultEditions } from 'cdto-kpi';
 * import { createEdition } from 'cdto-kpi/edition-files';
 *
 * const edition = createEdition({ edition: editionJson, files: [blockJson], bodies: bodiesJson });
 * defaultEditions.register(edition);
 * ```
 */
export function createEdition(data: EditionData): Edition {
  const issues: Issue[] = [];
  const parse = <T>(schema: z.ZodMiniType<T>, value: unknown, file: string): T | null => {
    const given = readDocument(value);
    const result = z.safeParse(schema, given, { reportInput: true });
    if (result.success) return result.data;
    issues.push(...issuesFromZod(result.error.issues, given, { prefix: [file], locate: (path) => ({ field: `${file}: ${path.join('.') || '(root)'}` }) }));
    return null;
  };
  const given = readOptions(data, ['edition', 'files', 'bodies'], {}, 'data');
  const list = readDocument(given.files);
  if (!Array.isArray(list)) throw new CdtoKpiError([createIssue(ERROR_CODES.WRONG_TYPE, { field: 'files' }, 'the catalogue files, a list', given.files, { path: ['files'] })]);
  const file = parse(editionFileSchema, given.edition, 'edition');
  const extraBodies = given.bodies === undefined ? [] : (parse(bodiesFileSchema, given.bodies, 'bodies')?.bodies ?? []);
  if (file === null) throw new CdtoKpiError(issues);
  const schema = file.layout === 'directions' ? directionFileSchema : blockFileSchema;
  const files = list.map((entry: unknown, index) => parse(schema as z.ZodMiniType, entry, `files[${index}]`));
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
