/**
 * The description of an edition, as its `edition.json` gives it: one schema and one builder for
 * every edition, whatever the layout of its catalogue files.
 *
 * @module
 */
import type { EditionFile } from './meta-schema.js';
import type { EditionReadings } from './edition.js';
import type { EditionInfo } from './types.js';

/**
 * Builds the public description of an edition from its `edition.json`.
 *
 * @param file - the parsed `edition.json`, without its `$comment`
 * @returns the description (act, amending act, annex, dates in force, repeals, years, notes)
 */
export function editionInfo(file: Omit<EditionFile, '$comment'>): EditionInfo {
  const { repealedBy, from, until } = file.inForce;
  return {
    id: file.id,
    act: file.act,
    amendedBy: file.amendedBy ?? null,
    annex: file.annex,
    inForce:
      repealedBy === undefined
        ? { from, until, repealedBy: null }
        : { from, until, repealedBy: { kind: repealedBy.kind, number: { ru: repealedBy.number, kk: repealedBy.number }, date: repealedBy.date, annex: repealedBy.annex } },
    repeals: file.repeals ?? [],
    years: file.years,
    notes: file.notes,
  };
}

/**
 * The readings of an edition: `null` when it has one set of values.
 *
 * @param file - the parsed `edition.json`
 * @returns the texts and the default one
 */
export function editionReadings(file: Pick<EditionFile, 'readings'>): EditionReadings | null {
  return file.readings === null ? null : { languages: file.readings.languages, default: file.readings.default };
}
