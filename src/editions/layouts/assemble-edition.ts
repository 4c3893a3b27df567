/**
 * What every layout's edition shares: its description from `edition.json`, the catalogue's bodies,
 * blocks and discrepancies from the section files, the checks of an id, a year and a reading, one
 * deeply frozen definition per indicator, year and reading (prepared once by the scorer), its
 * source (edition, text, year, legal reference) a field of its own, and a record's common fields.
 *
 * @module
 */
import { ERROR_CODES, failure, say } from '../../errors/cdto-kpi-error.js';
import { deepFreeze } from '../../freeze.js';
import { readOptions } from '../../input/boundary.js';
import type { IndicatorDefinition } from '../../kinds/contract.js';
import type { CatalogueRecord, Edition, EditionCatalogue, EditionIndicator, EditionReadings } from '../edition.js';
import type { EditionFile } from '../schema.js';
import { builtCatalogue, indicatorIn, once } from '../queries.js';
import type { BilingualText, Body, EditionInfo, Language, LegalReference } from '../types.js';
import { formatReference } from '../legal-reference.js';
import { checkReading } from '../readings.js';

type ByYear = Readonly<Record<string, string | null>>;

/** Values keyed by year, in the edition's order of its years. */
export const byYear = (years: readonly string[], value: (year: string) => string | null): ByYear =>
  Object.fromEntries(years.map((year) => [year, value(year)]));

/** The years with a weight that is not zero but no target ("–"): it counts in the planned total and cannot be earned. */
export function weightWithoutTarget(years: readonly string[], targets: ByYear, weights: ByYear): string[] {
  return years.filter((year) => targets[year] === null && weights[year] !== null && !/^0+(?:\.0+)?$/u.test(weights[year]!));
}

/** A section file of either layout (a direction or a block), its id under one name. */
export interface Section {
  readonly id: string;
  readonly no: number;
  readonly body: string | null;
  readonly title: BilingualText;
  readonly indicators: readonly { readonly no: number }[];
  readonly discrepancies: readonly { readonly indicator: string; readonly field: string }[];
}

/** What a layout gives to make an edition of its section files. */
export interface Layout<S extends Section, I extends EditionIndicator> {
  readonly name: 'directions' | 'blocks';
  readonly readings: EditionReadings | null;
  /** An indicator of the catalogue from its entry in a section file. */
  readonly indicator: (entry: S['indicators'][number], section: S, reference: LegalReference) => I;
  /** The kind, U, N (and criteria) of an indicator in a year by a reading (`null`: the edition has one set of values). */
  readonly valuesFor: (indicator: I, year: string, reading: Language | null) => IndicatorDefinition;
  /** A record's fields after its legal reference; a `kind` given here (the reading's) takes the indicator's place. */
  readonly record: (indicator: I, reading: Language | null, fields: readonly string[]) => Partial<CatalogueRecord>;
}

/**
 * Makes an edition of a layout's section files.
 *
 * @param file - the edition's `edition.json`, validated, without its `$comment`
 * @param sections - its section files, validated, in the annex order
 * @param allBodies - every body the library knows (the edition keeps those it lists)
 * @param layout - how the layout reads its files
 * @returns the edition
 */
export function assembleEdition<S extends Section, I extends EditionIndicator, C extends EditionCatalogue<I>>(
  file: Omit<EditionFile, '$comment'>,
  sections: readonly S[],
  allBodies: readonly Body[],
  layout: Layout<S, I>,
): Edition<I> & { readonly catalogue: C } {
  const { readings } = layout;
  const years = file.years;
  const annex = file.annex.title.ru ?? file.annex.title.kk ?? '';
  const catalogue = builtCatalogue({
    edition: editionInfo(file),
    bodies: allBodies.filter((body) => file.bodies.includes(body.id)),
    blocks: sections.map(({ id, no, body, title }) => ({ id, no, body, title })),
    indicators: sections.flatMap((section) =>
      section.indicators.map((entry) => layout.indicator(entry, section, { act: file.citation, annex, section: section.no, row: entry.no })),
    ),
    discrepancies: sections.flatMap((section) => section.discrepancies),
  } as unknown as C);
  const edition: Edition<I> & { readonly catalogue: C } = {
    id: file.id,
    years,
    inForce: { from: file.inForce.from, until: file.inForce.until },
    calendar: file.calendar,
    excusable: file.excusable ?? [],
    readings,
    method: file.method,
    rankBy: file.rankBy,
    layout: layout.name,
    catalogue,
    definitionFor(id, year, given = {}): IndicatorDefinition {
      // Checked before anything names them in a message: a caller in JavaScript may pass anything.
      if (typeof id !== 'string') throw failure(ERROR_CODES.WRONG_TYPE, { field: 'id' }, 'an indicator id (a string)', id);
      if (typeof year !== 'string') throw failure(ERROR_CODES.WRONG_TYPE, { indicator: id, field: 'year' }, say('a year as a string: one of {values}', { values: years }), year);
      const options = readOptions(given, ['reading'], { indicator: id }) as { readonly reading?: Language };
      const indicator = indicatorIn(catalogue, id);
      if (!years.includes(year)) {
        throw failure(ERROR_CODES.PERIOD_NOT_COVERED, { indicator: id, field: 'year' }, say('one of {values}', { values: years }), year, say('the {edition} edition has no targets for this year', { edition: file.id }));
      }
      const reading = checkReading(readings, options.reading, {}, file.id);
      // One definition per indicator, year and reading: the scorer prepares each once.
      return once(catalogue, `${id}|${year}|${reading ?? '-'}`, () => {
        const source = { edition: file.id, reading, year, reference: formatReference(indicator.reference) };
        return deepFreeze({ ...layout.valuesFor(indicator, year, reading), source });
      });
    },
    // Made anew on each call, and frozen as every result is.
    records: (reading) => {
      const chosen = checkReading(readings, reading ?? undefined, {}, file.id);
      return deepFreeze(
        catalogue.indicators.map((indicator): CatalogueRecord => {
          const { edition, id, body, block, no, unit, kind, name, formula, reference } = indicator;
          const fields = catalogue.discrepancies.filter((entry) => entry.indicator === id).map((entry) => entry.field);
          return { edition, id, body, block, no, unit, kind, name, formula, reference, ...layout.record(indicator, chosen, fields) } as CatalogueRecord;
        }),
      );
    },
  };
  BUILT.add(edition);
  return edition;
}


/** The public description of an edition, from its `edition.json`. */
function editionInfo(file: Omit<EditionFile, '$comment'>): EditionInfo {
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

declare const __VERSION__: string | undefined;

/** A value shared by every copy of this version of the package (ESM, CommonJS): the first copy makes it, none can replace it. */
export function sharedAcrossCopies<T>(name: string, make: () => T): T {
  const key = Symbol.for(`cdto-kpi.${name}@${typeof __VERSION__ === 'string' ? __VERSION__ : 'dev'}`);
  const shared = (globalThis as Record<symbol, T | undefined>)[key];
  if (shared !== undefined) return shared;
  const made = make();
  Object.defineProperty(globalThis, key, { value: made, writable: false, enumerable: false, configurable: false });
  return made;
}

/** The editions the library built (bundled, or by `createEdition`), in every copy of the package. */
const BUILT: WeakSet<object> = /* @__PURE__ */ sharedAcrossCopies('builtEditions', () => new WeakSet<object>());

/** Whether a value is an edition the library built, in any copy of the package: the only editions a registry takes. */
export function isBuiltEdition(value: unknown): boolean {
  return typeof value === 'object' && value !== null && BUILT.has(value);
}
