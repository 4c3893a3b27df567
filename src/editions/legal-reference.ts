/**
 * A legal reference written in one line, as a trace and a CSV cell write it.
 *
 * @module
 */
import type { LegalReference } from './types.js';

/** E.g. `Decree of the Government No. 1157 of 31.12.2024, annex 1, section 2, row 1`. */
export function formatReference(reference: LegalReference): string {
  // The common KPIs of Decree No. 1157 stand in a table of their own, with no section number.
  return reference.section === 0 ? `${reference.act}, common KPIs, row ${reference.row}` : `${reference.act}, section ${reference.section}, row ${reference.row}`;
}
