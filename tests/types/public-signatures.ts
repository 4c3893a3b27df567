/**
 * Type-level tests: mistakes that must not compile. `npm run typecheck` (in the test command) fails
 * if any of these lines starts to compile, since an unused `@ts-expect-error` is an error.
 * Nothing here runs.
 */
import { catalogueRecords, definitionFor2023, definitionFor2025, getIndicator2023, getIndicator2025, indicatorsForPeriod, scorePeriodReport, type IndicatorId2025 } from '../../src/index.js';

export function mistakes(): void {
  // @ts-expect-error: the 2025 edition has no indicator justice.22
  definitionFor2025('justice.22', '2025');
  // @ts-expect-error: the 2025 edition sets no values for 2027
  definitionFor2025('common.1', '2027');
  // @ts-expect-error: a reading is kk or ru
  definitionFor2025('common.1', '2025', { reading: 'en' });
  // @ts-expect-error: a 2025 id is not a 2023 id
  getIndicator2023('common.1');
  // @ts-expect-error: the 2023 edition has no year 2022
  definitionFor2023('agriculture.1', '2022');
  // @ts-expect-error: no such body
  indicatorsForPeriod({ year: 2025, quarter: 1 }, 'ministry-of-magic');
  // @ts-expect-error: a quarter is 1 to 4
  indicatorsForPeriod({ year: 2025, quarter: 5 }, 'justice');
  // @ts-expect-error: a reading is kk or ru
  scorePeriodReport({}, { reading: 'kz' });
  // @ts-expect-error: a reading is kk or ru
  catalogueRecords('2025', 'kz');
}

export function rightUses(id: IndicatorId2025): void {
  definitionFor2025('justice.1', '2026', { reading: 'ru' });
  definitionFor2025(id, '2025');
  getIndicator2025('common.4');
  getIndicator2023('agriculture.1');
  indicatorsForPeriod({ year: 2024, quarter: 1 }, 'justice');
}
