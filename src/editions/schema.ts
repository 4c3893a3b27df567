/**
 * zod schemas of the catalogue data files (`data/editions/…`), as documented in
 * `docs/data-format.md`. The generator validates every file with them before it writes the typed
 * modules, and the tests validate every record the build exposes.
 *
 * @module
 */
import * as z from 'zod';
import { freezeSchema } from '../freeze.js';
import { INDICATOR_KINDS } from '../kinds/kinds.js';

/** An exact decimal as the data files write it: digits, an optional point and fraction. */
export const decimalStringSchema = z.string().regex(/^(0|[1-9]\d*)(\.\d+)?$/u, 'an exact decimal string such as "54.8"');

/** A text in Kazakh and Russian; `null` where a source lost it. */
export const bilingualTextSchema = z.strictObject({
  kk: z.string().min(1).nullable(),
  ru: z.string().min(1).nullable(),
});

/** `percent` for `%`, `unit` for `ед.` / `бірл.`. */
export const unitSchema = z.enum(['percent', 'unit']);

/** How an indicator is computed, as the decree prints it. */
export const formulaSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ratio'), numerator: bilingualTextSchema, denominator: bilingualTextSchema }),
  z.strictObject({ type: z.literal('quantitative'), text: bilingualTextSchema }),
  z.strictObject({ type: z.literal('expression'), expression: z.string().min(1), text: bilingualTextSchema }),
]);

const indicatorId = z.string().regex(/^[a-z][a-z0-9-]*\.\d+$/u, 'an id such as "agriculture.1"');
const slug = z.string().regex(/^[a-z][a-z0-9-]*$/u, 'a lower-case slug');
const sourceValue = decimalStringSchema.nullable();

const year = z.string().regex(/^\d{4}$/u, 'a year such as "2025"');

/**
 * Values by year. Which years an edition covers is said once, in its `edition.json`; the layout
 * checks each series against those years when it builds the edition.
 */
const yearSeries = z.record(year, sourceValue);

/** What one source (the Russian or the Kazakh text) prints for a 2023 indicator; a lost cell is absent. */
export const reading2023Schema = z.strictObject({
  unit: unitSchema.optional(),
  weight: sourceValue.optional(),
  targets: yearSeries.optional(),
});

/** One indicator of the 2023 edition, as `data/editions/2023/directions/*.json` holds it. */
export const indicator2023Schema = z.strictObject({
  id: indicatorId,
  no: z.number().int().positive(),
  name: bilingualTextSchema,
  unit: unitSchema,
  kind: z.enum(['ratio', 'decreasing-ratio', 'count']),
  weight: decimalStringSchema,
  targets: yearSeries,
  formula: formulaSchema,
  readings: z.strictObject({ ru: reading2023Schema.nullable(), kk: reading2023Schema.nullable() }),
  reportNo: z.number().int().positive().nullable(),
  notes: z.array(z.string().min(1)),
});

const sourceReadings = z.strictObject({
  ru: z.string().nullable().optional(),
  kk: z.string().nullable().optional(),
  report: z.string().nullable().optional(),
});

/** A disagreement between the sources of the 2023 edition, and the value the catalogue takes. */
export const discrepancy2023Schema = z.strictObject({
  indicator: indicatorId,
  field: z.string().regex(/^(unit|weight|kind|name|row|targets\.\d{4})$/u),
  readings: sourceReadings,
  chosen: z.string().nullable(),
  why: z.string().min(1),
});

/** A direction file of the 2023 edition. */
export const direction2023FileSchema = freezeSchema(z.strictObject({
  direction: slug,
  no: z.number().int().positive(),
  body: slug,
  title: bilingualTextSchema,
  indicators: z.array(indicator2023Schema).min(1),
  discrepancies: z.array(discrepancy2023Schema),
}));

/** The kinds of the 2025 edition: every kind the scorer knows. */
export const kind2025Schema = z.enum(INDICATOR_KINDS);

/**
 * What one source prints for a 2025 indicator, per year; a lost cell is absent. `kind` is given
 * only where this text's values make the indicator another kind than the indicator's own (the
 * kind of the default reading): a "ед." indicator with target 10 is a count, not a milestone.
 */
export const reading2025Schema = z.strictObject({
  unit: unitSchema.optional(),
  kind: kind2025Schema.optional(),
  targets: yearSeries.optional(),
  weights: yearSeries.optional(),
});

/** A criterion of a composite indicator. */
export const criterionSchema = z.strictObject({
  id: slug,
  weight: decimalStringSchema,
  name: bilingualTextSchema,
});

/** One indicator of the 2025 edition, as `data/editions/2025/blocks/*.json` holds it. */
export const indicator2025Schema = z.strictObject({
  id: indicatorId,
  no: z.number().int().positive(),
  name: bilingualTextSchema,
  unit: unitSchema,
  kind: kind2025Schema,
  readings: z.strictObject({ ru: reading2025Schema.nullable(), kk: reading2025Schema.nullable() }),
  formula: formulaSchema,
  criteria: z.array(criterionSchema).optional(),
  notes: z.array(z.string().min(1)),
});

/** A disagreement between the Russian and the Kazakh text of Decree No. 1157. */
export const discrepancy2025Schema = z.strictObject({
  indicator: indicatorId,
  field: z.string().regex(/^(unit|row|name|kind|(targets|weights)\.\d{4}|criteria\.[a-z0-9-]+\.weight)$/u),
  readings: z.strictObject({ ru: z.string().nullable().optional(), kk: z.string().nullable().optional() }),
  why: z.string().min(1),
});

/** A block file of the 2025 edition. */
export const block2025FileSchema = freezeSchema(z.strictObject({
  block: slug,
  no: z.number().int().nonnegative(),
  body: slug.nullable(),
  title: bilingualTextSchema,
  indicators: z.array(indicator2025Schema).min(1),
  discrepancies: z.array(discrepancy2025Schema),
}));

/** A direction file of the 2023 edition, as TypeScript sees it. */
export type Direction2023File = z.infer<typeof direction2023FileSchema>;
/** A block file of the 2025 edition, as TypeScript sees it. */
export type Block2025File = z.infer<typeof block2025FileSchema>;

/** A catalogue file of the `directions` layout (the 2023 edition's). */
export const directionFileSchema = direction2023FileSchema;
/** A catalogue file of the `blocks` layout (the 2025 edition's). */
export const blockFileSchema = block2025FileSchema;
/** A file of the `directions` layout, as TypeScript sees it. */
export type DirectionFile = z.infer<typeof directionFileSchema>;
/** A file of the `blocks` layout, as TypeScript sees it. */
export type BlockFile = z.infer<typeof blockFileSchema>;
