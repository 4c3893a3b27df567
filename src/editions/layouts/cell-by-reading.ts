/**
 * A cell of a `blocks` edition by a reading: a module of its own, so that exporting it does not
 * bring the layout into `cdto-kpi/core`'s first load (the layout loads with the editions).
 *
 * @module
 */
import type { Language } from '../types.js';
import type { BlocksIndicator } from './blocks.js';

/**
 * The value of one cell by a reading: that text's value, or the other text's where it lost the
 * cell (or the row).
 *
 * @param readings - the two readings of an indicator
 * @param field - `targets` or `weights`
 * @param year - a year of the edition
 * @param reading - the text to prefer
 * @returns the value, or `null` (none printed, or lost in both texts)
 */
export function cellByReading(readings: BlocksIndicator['readings'], field: 'targets' | 'weights', year: string, reading: Language): string | null {
  const other: Language = reading === 'kk' ? 'ru' : 'kk';
  for (const language of [reading, other]) {
    const cells = readings[language]?.[field];
    if (cells !== undefined && Object.hasOwn(cells, year)) return cells[year] ?? null;
  }
  return null;
}
