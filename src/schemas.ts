/**
 * cdto-kpi/schemas: the zod schemas (`zod/mini`) of the files the library reads: a period report
 * (the JSON Schema shipped as `cdto-kpi/schema/period-report.schema.json` is generated from it), an
 * edition's `edition.json` and catalogue files, `bodies.json`, a transcribed published report and
 * its errata register. Each is frozen.
 *
 * These are copies: the library validates with instances of its own, which are never handed out,
 * so that nothing done to a schema of this entry (to zod's internals behind it, which zod does not
 * freeze) changes what the library accepts. A schema here accepts what the library's accepts.
 *
 * @module
 */
import { dataFileSchemas } from './editions/schema.js';
import { buildPeriodReportSchema } from './reports/period-report-schema.js';
import { publishedReportSchemas } from './reports/published-report-schema.js';

export type { BlockFile, DirectionFile, EditionFile } from './editions/schema.js';

const data = /* @__PURE__ */ dataFileSchemas();
const published = /* @__PURE__ */ publishedReportSchemas();

/** `data/bodies.json`: the bodies, their names and short names. */
export const bodiesFileSchema = data.bodiesFileSchema;
/** `data/editions/<id>/edition.json`: one schema for every edition (see `docs/data-format.md`). */
export const editionFileSchema = data.editionFileSchema;
/** A catalogue file of the `directions` layout (the 2023 edition's). */
export const directionFileSchema = data.directionFileSchema;
/** A catalogue file of the `blocks` layout (the 2025 edition's). */
export const blockFileSchema = data.blockFileSchema;
/** A period report: the period, and each body's figures by indicator id. */
export const periodReportSchema = /* @__PURE__ */ buildPeriodReportSchema();
/** A figure as printed, with the exact value a person read from it (`null`: none printed). */
export const printedValueSchema = published.printedValueSchema;
/** One row of a published report: an indicator's U, N, unit, a, b, Z and W as printed. */
export const reportRowSchema = published.reportRowSchema;
/** A transcribed published report (`data/reports/<id>/report.json`). */
export const reportFileSchema = published.reportFileSchema;
/** An erratum: one published figure, the published value, the method's value, and the cause. */
export const erratumSchema = published.erratumSchema;
/** A contradiction inside the method's own legend. */
export const legendContradictionSchema = published.legendContradictionSchema;
/** An errata register file. */
export const errataFileSchema = published.errataFileSchema;
