/**
 * Which text's values apply where the Kazakh and the Russian texts of a decree differ.
 *
 * @module
 */
import { ERROR_CODES, failure, type ErrorLocation, say } from '../errors/cdto-kpi-error.js';
import type { EditionReadings } from './edition.js';
import type { Language } from './types.js';

/**
 * The text whose values are the default: the Kazakh one, the state language (Constitution,
 * article 7), the Russian text's where the Kazakh lost a cell. Mechanical on purpose: it never
 * judges which reading looks right. An edition's `edition.json` records it as `readings.default`.
 */
export const DEFAULT_READING: Language = 'kk';

/**
 * The reading a caller asked for (`undefined`: the default), checked against an edition's readings:
 * `null` for an edition with one set of values, which takes none (`INVALID_READING`).
 */
export function checkReading(readings: EditionReadings | null, reading: unknown, location: ErrorLocation, editionId: string): Language | null {
  if (readings === null) {
    if (reading !== undefined) {
      throw failure(
        ERROR_CODES.INVALID_READING,
        { ...location, field: 'reading' },
        say('no reading: the {edition} edition has one set of values (a reading chooses between the texts of an edition that keeps both)', { edition: editionId }),
        reading,
      );
    }
    return null;
  }
  if (reading === undefined) return readings.default;
  if (!(readings.languages as readonly unknown[]).includes(reading)) {
    // An edition keeps two texts (the schema asks for at least two; the layouts know kk and ru).
    const [first, second] = readings.languages.map((language) => LANGUAGE_NAMES[language]);
    throw failure(ERROR_CODES.INVALID_READING, { ...location, field: 'reading' }, say('{first} or {second}', { first: first!, second: second! }), reading);
  }
  return reading as Language;
}

const LANGUAGE_NAMES = { kk: say('kk (the Kazakh text)'), ru: say('ru (the Russian text)') } as const;
