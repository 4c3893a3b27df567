/**
 * zod schemas of the data files (`data/bodies.json`, `data/editions/…`, see `docs/data-format.md`),
 * with which the generator and `createEdition` validate them. The library's own instances are built here once;
 * `cdto-kpi/schemas` hands out another set, so that nothing done to those reaches what it accepts.
 *
 * @module
 */
import * as z from 'zod/mini';
import { freezeSchema } from '../freeze.js';
import type { IndicatorKind } from '../kinds/contract.js';

/**
 * The kinds, written out in their order: `z.enum(INDICATOR_KINDS)` would declare its members in
 * whatever order the compiler met the names, which changes from build to build.
 */
const KINDS = { ratio: 'ratio', 'decreasing-ratio': 'decreasing-ratio', count: 'count', milestone: 'milestone', composite: 'composite', uptime: 'uptime', security: 'security', growth: 'growth', 'complement-ratio': 'complement-ratio' } as const satisfies { readonly [K in IndicatorKind]: K };

/**
 * The parts every data file's schema is made of, new on each call: a non-empty text, a lower-case
 * slug, a text in Kazakh and Russian (`null` where a source lost it), a note of the data in English,
 * Kazakh and Russian (every one of them).
 *
 * @returns the schemas
 */
function commonSchemas() {
  const text = z.string().check(z.minLength(1));
  return {
    text,
    slug: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/u, 'a lower-case slug')),
    bilingualText: z.strictObject({ kk: z.nullable(text), ru: z.nullable(text) }),
    localizedText: z.strictObject({ en: text, kk: text, ru: text }),
  };
}

/**
 * A note of the data, in English, Kazakh and Russian: a new schema on each call.
 *
 * @returns the schema
 */
export const localizedText = () => commonSchemas().localizedText;

/**
 * Builds the schemas of the data files (`bodies.json`, an edition's `edition.json` and its
 * catalogue files), every part of them new.
 *
 * @returns the schemas, frozen
 */
export function dataFileSchemas() {
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

  const decimalStringSchema = z.string().check(z.regex(/^(0|[1-9]\d*)(\.\d+)?$/u, 'an exact decimal string such as "54.8"'));

  /** `percent` for `%`, `unit` for `ед.` / `бірл.`. */
  const unitSchema = z.enum(['percent', 'unit']);

  const formulaSchema = z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('ratio'), numerator: bilingualTextSchema, denominator: bilingualTextSchema }),
    z.strictObject({ type: z.literal('quantitative'), text: bilingualTextSchema }),
    z.strictObject({ type: z.literal('expression'), expression: text, text: bilingualTextSchema }),
  ]);

  const indicatorId = z.string().check(z.regex(/^[a-z][a-z0-9-]*\.\d+$/u, 'an id such as "agriculture.1"'));
  const sourceValue = z.nullable(decimalStringSchema);
  const year = z.string().check(z.regex(/^\d{4}$/u, 'a year such as "2025"'));
  const positive = z.number().check(z.int(), z.positive());

  /**
   * Values by year. Which years an edition covers is said once, in its `edition.json`; the generator
   * checks each series against those years.
   */
  const yearSeries = z.record(year, sourceValue);

  /** What one source prints for an indicator of the `directions` layout; a lost cell is absent. */
  const directionsReadingSchema = z.strictObject({ unit: z.optional(unitSchema), weight: z.optional(sourceValue), targets: z.optional(yearSeries) });

  const directionsIndicatorSchema = z.strictObject({
    id: indicatorId,
    no: positive,
    name: bilingualTextSchema,
    unit: unitSchema,
    kind: z.enum(['ratio', 'decreasing-ratio', 'count']),
    weight: decimalStringSchema,
    targets: yearSeries,
    formula: formulaSchema,
    readings: z.strictObject({ ru: z.nullable(directionsReadingSchema), kk: z.nullable(directionsReadingSchema) }),
    reportNo: z.nullable(positive),
    notes: z.array(localizedTextSchema),
  });

  const sourceReadings = z.strictObject({ ru: z.optional(z.nullable(z.string())), kk: z.optional(z.nullable(z.string())), report: z.optional(z.nullable(z.string())) });

  /** A disagreement between the sources of a `directions` edition, and the value the catalogue takes. */
  const directionsDiscrepancySchema = z.strictObject({
    indicator: indicatorId,
    field: z.string().check(z.regex(/^(unit|weight|kind|name|row|targets\.\d{4})$/u)),
    readings: sourceReadings,
    chosen: z.nullable(z.string()),
    why: localizedTextSchema,
  });

  /** A catalogue file of the `directions` layout (the 2023 edition's). */
  const directionFileSchema = freezeSchema(
    z.strictObject({
      direction: slug,
      no: positive,
      body: slug,
      title: bilingualTextSchema,
      indicators: z.array(directionsIndicatorSchema).check(z.minLength(1)),
      discrepancies: z.array(directionsDiscrepancySchema),
    }),
  );

  /**
   * What one source prints for an indicator of the `blocks` layout, per year; a lost cell is absent.
   * `kind` is given only where this text's values make the indicator another kind than its own (a
   * "ед." indicator with target 10 is a count, not a milestone).
   */
  const blocksReadingSchema = z.strictObject({
    unit: z.optional(unitSchema),
    kind: z.optional(z.enum(KINDS)),
    targets: z.optional(yearSeries),
    weights: z.optional(yearSeries),
  });

  const criterionSchema = z.strictObject({ id: slug, weight: decimalStringSchema, name: bilingualTextSchema });

  const blocksIndicatorSchema = z.strictObject({
    id: indicatorId,
    no: positive,
    name: bilingualTextSchema,
    unit: unitSchema,
    kind: z.enum(KINDS),
    readings: z.strictObject({ ru: z.nullable(blocksReadingSchema), kk: z.nullable(blocksReadingSchema) }),
    formula: formulaSchema,
    criteria: z.optional(z.array(criterionSchema)),
    notes: z.array(localizedTextSchema),
  });

  /** A disagreement between the texts of a `blocks` edition. */
  const blocksDiscrepancySchema = z.strictObject({
    indicator: indicatorId,
    field: z.string().check(z.regex(/^(unit|row|name|kind|(targets|weights)\.\d{4}|criteria\.[a-z0-9-]+\.weight)$/u)),
    readings: z.strictObject({ ru: z.optional(z.nullable(z.string())), kk: z.optional(z.nullable(z.string())) }),
    why: localizedTextSchema,
  });

  /** A catalogue file of the `blocks` layout (the 2025 edition's). */
  const blockFileSchema = freezeSchema(
    z.strictObject({
      block: slug,
      no: z.number().check(z.int(), z.nonnegative()),
      body: z.nullable(slug),
      title: bilingualTextSchema,
      indicators: z.array(blocksIndicatorSchema).check(z.minLength(1)),
      discrepancies: z.array(blocksDiscrepancySchema),
    }),
  );

  return { bodiesFileSchema, editionFileSchema, directionFileSchema, blockFileSchema };
}

const OWN = /* @__PURE__ */ dataFileSchemas();

/** `data/bodies.json`: the library's own instance. */
export const bodiesFileSchema = OWN.bodiesFileSchema;
/** `data/editions/<id>/edition.json`: the library's own instance. */
export const editionFileSchema = OWN.editionFileSchema;

/** A catalogue file of the `directions` layout (the 2023 edition's): the library's own instance. */
export const directionFileSchema = OWN.directionFileSchema;
/** A catalogue file of the `blocks` layout (the 2025 edition's): the library's own instance. */
export const blockFileSchema = OWN.blockFileSchema;

/** An `edition.json`, as TypeScript sees it. */
export type EditionFile = z.infer<typeof editionFileSchema>;
/** A file of the `directions` layout, as TypeScript sees it. */
export type DirectionFile = z.infer<typeof directionFileSchema>;
/** A file of the `blocks` layout, as TypeScript sees it. */
export type BlockFile = z.infer<typeof blockFileSchema>;
