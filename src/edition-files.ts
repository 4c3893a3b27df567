/**
 * An edition made from its data files (`edition.json`, the catalogue files, the bodies it adds),
 * each validated with its zod schema and every problem reported at once; register it with
 * `registerEdition` from the main entry. The command line's `--edition-data <folder>` goes through
 * here.
 *
 * @module
 */
// An add-on of the main entry: it loads the main entry, which costs it little (it uses the
// registry, the scorer or both, or zod, which costs more than all of them), and lets the build keep
// the main entry's modules in a few shared files (a cold import of the main entry reads 5 files,
// not 13; tests/cold-import.test.ts holds it).
import './index.js';

export { createEdition, type EditionData } from './editions/create-edition.js';
export { CdtoKpiError, ERROR_CODES } from './errors/cdto-kpi-error.js';
