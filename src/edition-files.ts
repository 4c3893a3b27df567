/**
 * An edition made from its data files (`edition.json`, the catalogue files, the bodies it adds),
 * each validated with its zod schema and every problem reported at once; register it with
 * `registerEdition` from the main entry. The command line's `--edition-data <folder>` goes through
 * here.
 *
 * @module
 */
export { createEdition, type EditionData } from './editions/create-edition.js';
export { CdtoKpiError, ERROR_CODES } from './errors/cdto-kpi-error.js';
