/**
 * zod schemas of `data/bodies.json` and the editions' `edition.json`.
 *
 * @module
 */
import * as z from 'zod';
import { bilingualTextSchema } from './schema.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'an ISO date');
const slug = z.string().regex(/^[a-z][a-z0-9-]*$/u, 'a lower-case slug');

/** `data/bodies.json`. */
export const bodiesFileSchema = z.strictObject({
  $comment: z.string(),
  bodies: z.array(
    z.strictObject({
      id: slug,
      name: bilingualTextSchema,
      shortName: bilingualTextSchema,
      reportLabel: z.string().min(1).nullable(),
    }),
  ),
});

const actReference = z.strictObject({
  kind: z.string().min(1),
  number: z.strictObject({ ru: z.string().min(1), kk: z.string().min(1) }),
  date: isoDate,
});

const editionFields = {
  $comment: z.string(),
  act: actReference.extend({ title: bilingualTextSchema }),
  annex: z.strictObject({ title: bilingualTextSchema }),
  years: z.array(z.string().regex(/^20\d\d$/u)).min(1),
  bodies: z.array(slug).min(1),
  notes: z.array(z.string().min(1)),
};

/** `data/editions/2023/edition.json`. */
export const edition2023FileSchema = z.strictObject({
  ...editionFields,
  id: z.literal('2023'),
  amendedBy: actReference,
  inForce: z.strictObject({ from: isoDate, until: isoDate, repealedBy: z.strictObject({ kind: z.string(), number: z.string(), date: isoDate, annex: z.number().int() }) }),
});

/** `data/editions/2025/edition.json`. */
export const edition2025FileSchema = z.strictObject({
  ...editionFields,
  id: z.literal('2025'),
  inForce: z.strictObject({ from: isoDate, until: isoDate.nullable() }),
  repeals: z.array(bilingualTextSchema),
});

/** `data/editions/2023/edition.json`, as TypeScript sees it. */
export type Edition2023File = z.infer<typeof edition2023FileSchema>;
/** `data/editions/2025/edition.json`, as TypeScript sees it. */
export type Edition2025File = z.infer<typeof edition2025FileSchema>;
