/**
 * zod schemas of a published report (`data/reports/…/report.json`) and its errata register.
 *
 * @module
 */
import * as z from 'zod';
import { freezeSchema } from '../freeze.js';
import { ERRATUM_CAUSES } from './erratum-causes.js';

export { ERRATUM_CAUSES, type ErratumCause } from './erratum-causes.js';

/** A figure as printed, with the exact value a person read from it (`null`: none printed). */
export const printedValueSchema = freezeSchema(z.strictObject({
  printed: z.string(),
  value: z.string().regex(/^\d+(\.\d+)?$/u).nullable(),
}));

const slug = z.string().regex(/^[a-z][a-z0-9-]*$/u);
const kk = z.strictObject({ kk: z.string().min(1) });

/** One row of a report: an indicator's U, N, unit, a, b, Z and W as printed. */
export const reportRowSchema = freezeSchema(z.strictObject({
  no: z.number().int().positive(),
  indicator: z.string().regex(/^[a-z][a-z0-9-]*\.\d+$/u).nullable(),
  name: kk,
  unit: z.strictObject({ printed: z.string(), value: z.enum(['percent', 'unit']) }),
  U: printedValueSchema,
  N: printedValueSchema,
  a: printedValueSchema,
  b: printedValueSchema,
  Z: printedValueSchema,
  W: printedValueSchema,
}));

const resultSchema = printedValueSchema.extend({ label: z.string().min(1) });

/** A report file. */
export const reportFileSchema = freezeSchema(z.strictObject({
  id: z.string().min(1),
  /** The edition whose catalogue the report's rows link to. */
  edition: z.string().min(1),
  period: z.strictObject({ year: z.number().int(), quarter: z.number().int().min(1).max(4) }),
  /** The year whose targets the figures use (the Q1 2024 report's legend says 2023; its figures are 2024's). */
  targetYear: z.string().regex(/^\d{4}$/u),
  title: kk,
  source: z.strictObject({ language: z.literal('kk'), description: z.string(), seed: z.string() }),
  legend: z.strictObject({ printed: z.array(z.string()) }),
  rating: z.array(
    z.strictObject({ rank: printedValueSchema, body: slug, name: kk, directionsTitle: kk, result: printedValueSchema }),
  ),
  bodies: z.array(
    z.strictObject({
      body: slug,
      heading: z.string(),
      directions: z.array(
        z.strictObject({ direction: slug, title: kk, rows: z.array(reportRowSchema).min(1), result: resultSchema.optional() }),
      ),
      result: resultSchema,
    }),
  ),
  chart: z.strictObject({ caption: kk, bars: z.array(z.strictObject({ label: z.string(), body: slug, printed: z.string() })) }),
}));

/** An erratum: one published figure, the published value, the method's value, and the cause. */
export const erratumSchema = freezeSchema(z.strictObject({
  figure: z.string().min(1),
  published: z.string().nullable(),
  computed: z.string().nullable(),
  cause: z.enum(ERRATUM_CAUSES),
  explanation: z.string().min(1),
}));

/** A contradiction inside the method's own legend. */
export const legendContradictionSchema = freezeSchema(z.strictObject({
  id: slug,
  printed: z.string().min(1),
  contradiction: z.string().min(1),
  resolution: z.string().min(1),
}));

/** An errata register file. */
export const errataFileSchema = freezeSchema(z.strictObject({
  $comment: z.string(),
  report: z.string(),
  method: z.string(),
  errata: z.array(erratumSchema),
  legend: z.array(legendContradictionSchema),
}));

/** A report file, as TypeScript sees it. */
export type ReportFile = z.infer<typeof reportFileSchema>;
/** An errata register, as TypeScript sees it. */
export type ErrataFile = z.infer<typeof errataFileSchema>;
/** One erratum. */
export type Erratum = z.infer<typeof erratumSchema>;
