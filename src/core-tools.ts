/**
 * cdto-kpi/core/tools: the analyst's tools on `cdto-kpi/core`'s editions, for a browser page that
 * uses them: report templates and input forms, reports in CSV, the what-if, and catalogue exports.
 * They resolve editions through core's registry, so an edition loaded with core's
 * `await loadEdition('2025')` is theirs too; before that they throw `EDITION_NOT_LOADED`. Apart
 * from core, so that a page that only scores does not load them (about 4 KB min + gzip).
 *
 * On the main entry, `cdto-kpi`, the same functions come with everything else.
 *
 * @module
 */
export { catalogueCsv, catalogueRecords } from './output/catalogue-export.js';
export { reportTemplate, type ReportTemplate, type TemplateIndicator } from './reports/template.js';
export { inputForm, type InputForm } from './reports/input-forms.js';
export { CSV_DELIMITERS, EXCEL_CSV, parseCsv, writeCsv, type CsvDelimiter, type CsvWriteOptions } from './reports/csv.js';
export { CSV_VALUE_COLUMNS, reportFromCsv, templateCsv } from './reports/csv-report.js';
export { scoreCsv } from './reports/csv-scores.js';
export { whatIf, type LeverValue, type OutOfReach, type Standing, type WhatIf, type WhatIfBody, type WhatIfIndicator } from './what-if/what-if.js';
export { LEVERS, leversFor, type CriteriaLever, type DoneLever, type FigureLever, type Lever, type LeverDirection } from './what-if/levers.js';
