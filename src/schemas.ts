/**
 * The zod schemas of the files the library reads: a period report (the JSON Schema shipped as
 * `cdto-kpi/schema/period-report.schema.json` is generated from it), an edition's `edition.json`
 * and catalogue files, `bodies.json`, a transcribed published report and its errata register.
 *
 * zod is loaded through this entry, `cdto-kpi/edition-files` and `cdto-kpi/reports/2024-q1` only:
 * the main entry checks a period report's shape by hand, with the same issues as
 * {@link periodReportSchema} gives.
 *
 * @module
 */
// An add-on of the main entry: it loads the main entry, which costs it little (it uses the
// registry, the scorer or both, or zod, which costs more than all of them), and lets the build keep
// the main entry's modules in a few shared files (a cold import of the main entry reads 5 files,
// not 13; tests/cold-import.test.ts holds it).
import './index.js';

export { periodReportSchema } from './reports/period-report-schema.js';
export { bodiesFileSchema, editionFileSchema, type EditionFile } from './editions/meta-schema.js';
export { blockFileSchema, directionFileSchema, type BlockFile, type DirectionFile } from './editions/schema.js';
export {
  errataFileSchema,
  erratumSchema,
  legendContradictionSchema,
  printedValueSchema,
  reportFileSchema,
  reportRowSchema,
  type ErrataFile,
  type Erratum,
  type ReportFile,
} from './reports/published-report-schema.js';
