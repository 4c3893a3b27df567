/**
 * zod schemas of `data/bodies.json` and the editions' `edition.json`: the library's own instances,
 * and {@link editionMetaSchemas} for the set `cdto-kpi/schemas` hands out.
 *
 * @module
 */
import * as z from 'zod/mini';
import { freezeSchema } from '../freeze.js';
import { commonSchemas } from './schema.js';

/**
 * Builds the schemas of `bodies.json` and `edition.json`, every part of them new.
 *
 * @returns the schemas, frozen
 */
export function editionMetaSchemas() {
  const { text, slug, bilingualText: bilingualTextSchema, localizedText: localizedTextSchema } = commonSchemas();
  const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/u, 'an ISO date'));

  /** `data/bodies.json`. */
  const bodiesFileSchema = freezeSchema(
    z.strictObject({
      $comment: z.string(),
      bodies: z.array(z.strictObject({ id: slug, name: bilingualTextSchema, shortName: bilingualTextSchema, reportLabel: z.nullable(text) })),
    }),
  );

  const actReference = z.strictObject({ kind: text, number: z.strictObject({ ru: text, kk: text }), date: isoDate });
  const repealedBy = z.strictObject({ kind: text, number: text, date: isoDate, annex: z.number().check(z.int()) });
  const dueDay = z.number().check(z.int(), z.minimum(1), z.maximum(30));

  /**
   * `data/editions/<id>/edition.json`: one schema for every edition. `layout` says how its catalogue
   * files are laid out (`directions`: one weight for every year; `blocks`: a weight per year, and
   * the common KPIs); `method` names the scoring method that applies by default; `readings` the
   * texts whose values may differ (`null`: one set of values); `rankBy` what its ratings are ordered
   * by; `calendar` the reporting calendar (the day of the month after a quarter by which the bodies
   * post its figures, and by which it is assessed; every such month has at least 30 days; `null`
   * where the act sets none); `excusable` the indicators whose input may count failing items as
   * excused (a footnote of the act); `citation` how a legal reference names the act.
   */
  const editionFileSchema = freezeSchema(
    z.strictObject({
      $comment: z.string(),
      id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/u, 'an edition id such as "2025"')),
      layout: z.enum(['directions', 'blocks']),
      method: text,
      readings: z.nullable(z.strictObject({ languages: z.array(z.enum(['kk', 'ru'])).check(z.minLength(2)), default: z.enum(['kk', 'ru']) })),
      rankBy: z.enum(['result', 'share-of-planned']),
      calendar: z.nullable(z.strictObject({ dataDueDay: dueDay, assessmentDueDay: dueDay })),
      excusable: z.optional(z.array(text)),
      citation: text,
      act: z.extend(actReference, { title: bilingualTextSchema }),
      amendedBy: z.optional(actReference),
      annex: z.strictObject({ title: bilingualTextSchema }),
      inForce: z.strictObject({ from: isoDate, until: z.nullable(isoDate), repealedBy: z.optional(repealedBy) }),
      repeals: z.optional(z.array(bilingualTextSchema)),
      years: z.array(z.string().check(z.regex(/^\d{4}$/u))).check(z.minLength(1)),
      bodies: z.array(slug).check(z.minLength(1)),
      notes: z.array(localizedTextSchema),
    }),
  );

  return { bodiesFileSchema, editionFileSchema };
}

const OWN = /* @__PURE__ */ editionMetaSchemas();

/** `data/bodies.json`: the library's own instance. */
export const bodiesFileSchema = OWN.bodiesFileSchema;
/** `data/editions/<id>/edition.json`: the library's own instance. */
export const editionFileSchema = OWN.editionFileSchema;

/** An `edition.json`, as TypeScript sees it. */
export type EditionFile = z.infer<typeof editionFileSchema>;
