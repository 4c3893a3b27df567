/**
 * zod schemas of `data/bodies.json` and the editions' `edition.json`.
 *
 * @module
 */
import * as z from 'zod';
import { freezeSchema } from '../freeze.js';
import { bilingualTextSchema } from './schema.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'an ISO date');
const slug = z.string().regex(/^[a-z][a-z0-9-]*$/u, 'a lower-case slug');

/** `data/bodies.json`. */
export const bodiesFileSchema = freezeSchema(z.strictObject({
  $comment: z.string(),
  bodies: z.array(
    z.strictObject({
      id: slug,
      name: bilingualTextSchema,
      shortName: bilingualTextSchema,
      reportLabel: z.string().min(1).nullable(),
    }),
  ),
}));

const actReference = z.strictObject({
  kind: z.string().min(1),
  number: z.strictObject({ ru: z.string().min(1), kk: z.string().min(1) }),
  date: isoDate,
});

const repealedBy = z.strictObject({ kind: z.string().min(1), number: z.string().min(1), date: isoDate, annex: z.number().int() });

/**
 * `data/editions/<id>/edition.json`: one schema for every edition. `layout` says how its catalogue
 * files are laid out (`directions`: one weight for every year; `blocks`: a weight per year, and
 * the common KPIs); `method` names the scoring method that applies by default; `readings` the
 * texts whose values may differ (`null`: one set of values); `calendar` the reporting calendar;
 * `citation` how a legal reference names the act.
 */
export const editionFileSchema = freezeSchema(z.strictObject({
  $comment: z.string(),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/u, 'an edition id such as "2025"'),
  layout: z.enum(['directions', 'blocks']),
  method: z.string().min(1),
  readings: z.strictObject({ languages: z.array(z.enum(['kk', 'ru'])).min(2), default: z.enum(['kk', 'ru']) }).nullable(),
  /** What the edition's ratings are ordered by: R, or R as a share of the planned weight where the planned totals differ. */
  rankBy: z.enum(['result', 'share-of-planned']),
  /**
   * The reporting calendar the act sets: the day of the month after a quarter by which the bodies
   * post its figures, and by which it is assessed; `null` where the act in the sources sets none.
   */
  // The month after a quarter is January, April, July or October: each has at least 30 days.
  calendar: z.strictObject({ dataDueDay: z.number().int().min(1).max(30), assessmentDueDay: z.number().int().min(1).max(30) }).nullable(),
  /**
   * The indicators whose input may count failing items as excused (a footnote of the act: Decree
   * No. 1157 counts a public service in full when another body's information system fails it).
   */
  excusable: z.array(z.string().min(1)).optional(),
  citation: z.string().min(1),
  act: actReference.extend({ title: bilingualTextSchema }),
  amendedBy: actReference.optional(),
  annex: z.strictObject({ title: bilingualTextSchema }),
  inForce: z.strictObject({ from: isoDate, until: isoDate.nullable(), repealedBy: repealedBy.optional() }),
  repeals: z.array(bilingualTextSchema).optional(),
  years: z.array(z.string().regex(/^\d{4}$/u)).min(1),
  bodies: z.array(slug).min(1),
  notes: z.array(z.string().min(1)),
}));

/** An `edition.json`, as TypeScript sees it. */
export type EditionFile = z.infer<typeof editionFileSchema>;
