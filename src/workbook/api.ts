/**
 * The library's types the workbook uses, derived from the public API it relies on
 * (`reportTemplate`, `catalogueRecords`, the issues of `CdtoKpiError`), so that the workbook needs no
 * other name from the library.
 *
 * @module
 */
import type { CatalogueRecord, Issue, ReportTemplate } from '../index.js';

/** One indicator of a template, as `reportTemplate` describes it. */
export type TemplateIndicator = ReportTemplate['$indicators'][number];
/** An indicator's formula in the catalogue. */
export type Formula = CatalogueRecord['formula'];
/** An issue's code. */
export type ErrorCode = Issue['code'];
/** An issue's location. */
export type ErrorLocation = Issue['location'];
