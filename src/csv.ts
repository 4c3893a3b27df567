/**
 * cdto-kpi/csv: reports, templates, scores and catalogues as CSV (RFC 4180), as spreadsheets
 * write and read them.
 *
 * @module
 */
export { catalogueCsv, type CatalogueOptions } from './output/catalogue-export.js';
export { CSV_DELIMITERS, EXCEL_CSV, parseCsv, writeCsv, type CsvDelimiter, type CsvWriteOptions } from './reports/csv.js';
export { CSV_VALUE_COLUMNS, reportCsv, reportFromCsv, scoreReportCsv, templateCsv, validateReportCsv, type CsvReadOptions, type ReportLike } from './reports/csv-report.js';
export { scoreCsv } from './reports/csv-scores.js';
