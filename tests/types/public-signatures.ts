/**
 * Type-level tests: mistakes that must not compile. `npm run typecheck` (in the test command) fails
 * if any of these lines starts to compile, since an unused `@ts-expect-error` is an error.
 * Nothing here runs.
 */
import { catalogueRecords, definitionFor, findIndicator, getEdition, indicatorsForPeriod, scorePeriodReport } from '../../src/index.js';
import type { IndicatorId2025 } from '../../src/generated/catalogue-2025.js';
import { CATALOGUE_2023 as CATALOGUE_OF_2023 } from '../../src/generated/catalogue-2023.js';

export function mistakes(): void {
  // @ts-expect-error: the 2025 edition has no indicator justice.22
  definitionFor('2025', 'justice.22', '2025');
  // @ts-expect-error: the 2025 edition sets no values for 2027
  definitionFor('2025', 'common.1', '2027');
  // @ts-expect-error: a reading is kk or ru
  definitionFor('2025', 'common.1', '2025', { reading: 'en' });
  // @ts-expect-error: a 2025 id is not a 2023 id
  definitionFor('2023', 'common.1', '2024');
  // @ts-expect-error: the 2023 edition has no year 2022
  definitionFor('2023', 'agriculture.1', '2022');
  // @ts-expect-error: the 2023 edition has one set of values: no reading
  definitionFor('2023', 'agriculture.1', '2024', { reading: 'ru' });
  // @ts-expect-error: no such body
  indicatorsForPeriod({ year: 2025, quarter: 1 }, 'ministry-of-magic');
  // @ts-expect-error: a quarter is 1 to 4
  indicatorsForPeriod({ year: 2025, quarter: 5 }, 'justice');
  // @ts-expect-error: a reading is kk or ru
  scorePeriodReport({}, { reading: 'kz' });
  // @ts-expect-error: a reading is kk or ru
  catalogueRecords('2025', { reading: 'kz' });
  // @ts-expect-error: the reading is an option now, not a second argument
  catalogueRecords('2025', 'ru');
}

export function rightUses(id: IndicatorId2025, edition: string, anyId: string, year: string): void {
  definitionFor('2025', 'justice.1', '2026', { reading: 'ru' });
  definitionFor('2025', id, '2025');
  definitionFor('2023', 'agriculture.1', '2024');
  // An edition registered at run time: its ids and years are strings.
  definitionFor(edition, anyId, year);
  definitionFor('demo-2030', 'north.1', '2030');
  findIndicator(getEdition('2025').catalogue, 'common.4');
  findIndicator(CATALOGUE_OF_2023, 'agriculture.1');
  indicatorsForPeriod({ year: 2024, quarter: 1 }, 'justice');
  catalogueRecords('2025', { reading: 'ru' });
}
