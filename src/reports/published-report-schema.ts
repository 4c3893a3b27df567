/**
 * zod schemas of a published report (`data/reports/…/report.json`) and its errata register, and
 * the causes a register gives. The library validates with instances of its own; `cdto-kpi/schemas`
 * hands out another set, built by {@link publishedReportSchemas}, so that nothing done to a schema
 * handed out reaches an audit.
 *
 * @module
 */
import * as z from 'zod/mini';
import { deepFreeze, freezeSchema } from '../freeze.js';
import { localizedText } from '../editions/schema.js';

/** Why a published figure differs from the method: the classes of the errata registers. */
export const ERRATUM_CAUSES = deepFreeze([
  'misprinted-share',
  'misprinted-input',
  'share-not-printed',
  'awarded-not-rounded',
  'cap-not-applied',
  'empty-cell',
  'follows-misprinted-share',
  'follows-erratum',
  'float-artefact',
] as const);

/** One of {@link ERRATUM_CAUSES}. */
export type ErratumCause = (typeof ERRATUM_CAUSES)[number];

/**
 * Builds the schemas of a published report and of an errata register, every part of them new.
 *
 * @returns the schemas, frozen
 */
export function publishedReportSchemas() {
  // An exact value as a person read it from print: a decimal in plain notation.
  const decimal = z.string().check(z.regex(/^\d+(\.\d+)?$/u));

  const printedValueSchema = freezeSchema(z.strictObject({ printed: z.string(), value: z.nullable(decimal) }));

  const slug = z.string().check(z.regex(/^[a-z][a-z0-9-]*$/u));
  const text = z.string().check(z.minLength(1));
  const kk = z.strictObject({ kk: text });

  const reportRowSchema = freezeSchema(
    z.strictObject({
      no: z.number().check(z.int(), z.positive()),
      indicator: z.nullable(z.string().check(z.regex(/^[a-z][a-z0-9-]*\.\d+$/u))),
      name: kk,
      unit: z.strictObject({ printed: z.string(), value: z.enum(['percent', 'unit']) }),
      U: printedValueSchema,
      N: printedValueSchema,
      a: printedValueSchema,
      b: printedValueSchema,
      Z: printedValueSchema,
      W: printedValueSchema,
    }),
  );

  const resultSchema = z.extend(printedValueSchema, { label: text });

  const reportFileSchema = freezeSchema(
    z.strictObject({
      id: text,
      /** The edition whose catalogue the report's rows link to. */
      edition: text,
      period: z.strictObject({ year: z.number().check(z.int()), quarter: z.number().check(z.int(), z.minimum(1), z.maximum(4)) }),
      /** The year whose targets the figures use (the Q1 2024 report's legend says 2023; its figures are 2024's). */
      targetYear: z.string().check(z.regex(/^\d{4}$/u)),
      title: kk,
      source: z.strictObject({ language: z.literal('kk'), description: z.string(), seed: z.string() }),
      legend: z.strictObject({ printed: z.array(z.string()) }),
      rating: z.array(z.strictObject({ rank: printedValueSchema, body: slug, name: kk, directionsTitle: kk, result: printedValueSchema })),
      bodies: z.array(
        z.strictObject({
          body: slug,
          heading: z.string(),
          directions: z.array(z.strictObject({ direction: slug, title: kk, rows: z.array(reportRowSchema).check(z.minLength(1)), result: z.optional(resultSchema) })),
          result: resultSchema,
        }),
      ),
      chart: z.strictObject({ caption: kk, bars: z.array(z.strictObject({ label: z.string(), body: slug, printed: z.string() })) }),
    }),
  );

  const erratumSchema = freezeSchema(
    z.strictObject({ figure: text, published: z.nullable(decimal), computed: z.nullable(decimal), cause: z.enum(ERRATUM_CAUSES), explanation: localizedText() }),
  );

  const legendContradictionSchema = freezeSchema(z.strictObject({ id: slug, printed: text, contradiction: localizedText(), resolution: localizedText() }));

  const errataFileSchema = freezeSchema(
    z.strictObject({ $comment: z.string(), report: z.string(), method: z.string(), errata: z.array(erratumSchema), legend: z.array(legendContradictionSchema) }),
  );

  return { printedValueSchema, reportRowSchema, reportFileSchema, erratumSchema, legendContradictionSchema, errataFileSchema };
}

const OWN = /* @__PURE__ */ publishedReportSchemas();

/** A published report file: the library's own instance. */
export const reportFileSchema = OWN.reportFileSchema;
/** An erratum: the library's own instance. */
export const erratumSchema = OWN.erratumSchema;
/** An errata register file: the library's own instance. */
export const errataFileSchema = OWN.errataFileSchema;

/** A report file, as TypeScript sees it. */
export type ReportFile = z.infer<typeof reportFileSchema>;
/** An errata register, as TypeScript sees it. */
export type ErrataFile = z.infer<typeof errataFileSchema>;
/** One erratum. */
export type Erratum = z.infer<typeof erratumSchema>;
