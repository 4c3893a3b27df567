/**
 * cdto-kpi/schemas: the zod schemas (`zod/mini`) of the files the library reads: a period report
 * (the JSON Schema shipped as `cdto-kpi/schema/period-report.schema.json` is generated from it), an
 * edition's `edition.json` and catalogue files, `bodies.json`, a transcribed published report and
 * its errata register. Each is frozen.
 *
 * @module
 */
export { bodiesFileSchema, editionFileSchema, type EditionFile } from './editions/meta-schema.js';
export { blockFileSchema, directionFileSchema, type BlockFile, type DirectionFile } from './editions/schema.js';
export { periodReportSchema } from './reports/period-report-schema.js';
export { errataFileSchema, erratumSchema, legendContradictionSchema, printedValueSchema, reportFileSchema, reportRowSchema } from './reports/published-report-schema.js';
