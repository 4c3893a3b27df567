/**
 * cdto-kpi/edition-files: an edition made from its data files (`edition.json`, the catalogue
 * files, the bodies it adds), each validated with its zod schema and every problem reported at
 * once; register it with `defaultEditions.register(edition)`, or give it to a registry of your own
 * (`createEditionRegistry({ editions: [edition] })`). The command line's `--edition-data <folder>`
 * goes through here.
 *
 * @module
 */
export { createEdition, type EditionData } from './editions/create-edition.js';
