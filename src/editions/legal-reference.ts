/**
 * A legal reference written in one line: a module of its own, so that the catalogue exports (in
 * `cdto-kpi/core`'s first load) need not bring the layouts, which load with the editions.
 *
 * @module
 */
import type { LegalReference } from './types.js';

/**
 * A legal reference in one line, as a trace and a CSV cell write it.
 *
 * @param reference - act, annex, section and row
 * @returns e.g. `Decree of the Government No. 1157 of 31.12.2024, annex 1, section 2, row 1`
 * @internal
 */
export function formatReference(reference: LegalReference): string {
  // The common KPIs of Decree No. 1157 stand in a table of their own, with no section number.
  return reference.section === 0 ? `${reference.act}, common KPIs, row ${reference.row}` : `${reference.act}, section ${reference.section}, row ${reference.row}`;
}
