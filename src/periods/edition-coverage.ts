/**
 * When each edition is in force and which years it sets targets for: all that resolving a period
 * needs, kept apart from the catalogues so that the scorer entry pulls in no catalogue data. The
 * registry of editions adds and removes the coverage of the editions registered at run time.
 *
 * @module
 */
import { BUNDLED_COVERAGE } from '../generated/edition-coverage.js';

/** An edition's coverage. */
export interface EditionCoverage {
  readonly id: string;
  /** The years it sets targets for. */
  readonly years: readonly string[];
  /** ISO dates; `until` is `null` while in force. */
  readonly inForce: { readonly from: string; readonly until: string | null };
  /** The days of the month after a quarter by which its figures are posted and assessed; `null`: none set. */
  readonly calendar: { readonly dataDueDay: number; readonly assessmentDueDay: number } | null;
  /** The indicators whose input may count failing items as excused (see `edition.json`). */
  readonly excusable: readonly string[];
}

const known = new Map<string, EditionCoverage>(BUNDLED_COVERAGE.map((entry) => [entry.id, entry]));

/**
 * Every edition's coverage, in the order of their dates in force.
 *
 * @returns the coverages
 */
export function listCoverage(): readonly EditionCoverage[] {
  return [...known.values()].sort((x, y) => (x.inForce.from < y.inForce.from ? -1 : x.inForce.from > y.inForce.from ? 1 : 0));
}

/**
 * The indicators of an edition whose input may count failing items as excused.
 *
 * @param edition - the edition's id
 * @returns their ids; none for an edition not known
 * @internal
 */
export function excusableIn(edition: string): readonly string[] {
  return known.get(edition)?.excusable ?? [];
}

/**
 * Records an edition's coverage (the registry calls it when an edition is registered).
 *
 * @param coverage - the edition's id, years and dates in force
 * @internal
 */
export function addCoverage(coverage: EditionCoverage): void {
  known.set(
    coverage.id,
    Object.freeze({ id: coverage.id, years: Object.freeze([...coverage.years]), inForce: Object.freeze({ ...coverage.inForce }), calendar: coverage.calendar === null ? null : Object.freeze({ ...coverage.calendar }), excusable: Object.freeze([...coverage.excusable]) }),
  );
}

/**
 * Forgets an edition's coverage (the registry calls it when an edition is unregistered).
 *
 * @param id - the edition's id
 * @internal
 */
export function removeCoverage(id: string): void {
  if (!BUNDLED_COVERAGE.some((entry) => entry.id === id)) known.delete(id);
}
