/**
 * Which text's values apply where the Kazakh and the Russian texts of a decree differ.
 *
 * @module
 */
import { ERROR_CODES, failure, type ErrorLocation, type Phrase, say } from '../errors/cdto-kpi-error.js';
import type { EditionReadings } from './edition.js';
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

/**
 * The reading a caller asked for, checked against an edition's readings.
 *
 * @param readings - the edition's readings, `null` when it has one set of values
 * @param reading - what the caller gave (`undefined`: the default)
 * @param location - where, for the error
 * @param editionId - the edition, for the error
 * @returns the reading, or `null` for an edition with one set of values
 * @throws {@link CdtoKpiError} `INVALID_READING` for a reading that is not one of the edition's, or
 *   any reading for an edition with one set of values
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
    throw failure(ERROR_CODES.INVALID_READING, { ...location, field: 'reading' }, readingsExpected(readings), reading);
  }
  return reading as Language;
}

const LANGUAGE_NAMES = { kk: say('kk (the Kazakh text)'), ru: say('ru (the Russian text)') } as const;

function readingsExpected(readings: EditionReadings): Phrase {
  const [first, ...rest] = readings.languages.map((language) => LANGUAGE_NAMES[language]);
  // An edition keeps two texts (the schema asks for at least two; the layouts know kk and ru).
  return rest.length === 0 ? first! : say('{first} or {second}', { first: first!, second: rest[0]! });
}
