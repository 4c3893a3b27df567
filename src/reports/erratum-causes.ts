/**
 * Why a published figure may differ from the method: the classes of the errata registers. Apart
 * from the registers' zod schema, so that the audit (`cdto-kpi/audit`) names them without zod.
 *
 * @module
 */
import { deepFreeze } from '../freeze.js';

/** Why a published figure differs from the method. */
export const ERRATUM_CAUSES = deepFreeze([
  'misprinted-share',
  'misprinted-input',
  'share-not-printed',
  'awarded-not-rounded',
  'cap-not-applied',
  'empty-cell',
  'follows-misprinted-share',
  'follows-erratum',
  'float-artefact',
] as const);

/** One of {@link ERRATUM_CAUSES}. */
export type ErratumCause = (typeof ERRATUM_CAUSES)[number];
