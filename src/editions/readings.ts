/**
 * Which text's values apply where the Kazakh and the Russian texts of a decree differ.
 *
 * @module
 */
import type { Language } from './types.js';

/**
 * The text whose values are the default: the Kazakh one.
 *
 * The rule: where the two texts differ, the catalogue's default value is the Kazakh text's, since
 * Kazakh is the state language (Constitution, article 7); where the Kazakh text lost a cell in
 * extraction, the Russian text's. The rule is mechanical on purpose: it never judges which
 * reading looks right. The register's notes say where a reading looks like a slip, and
 * `reading: 'ru'` gives the other text's values in every call. An edition's `edition.json`
 * records it as its `readings.default`.
 */
export const DEFAULT_READING: Language = 'kk';
