/**
 * Type-level test: the `PeriodReport` the main entry exports is the type zod infers from
 * `periodReportSchema` (the schema of cdto-kpi/schemas), field for field, as input and as output.
 * `npm run typecheck` fails if they part.
 */
import type * as z from 'zod/mini';
import type { PeriodReport } from '../../src/index.js';
import type { periodReportSchema } from '../../src/schemas.js';

/** `true` only when A and B are the same type (not merely assignable one to the other). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export const handWrittenIsInferred: Same<PeriodReport, z.infer<typeof periodReportSchema>> = true;
export const inputIsInferred: Same<PeriodReport, z.input<typeof periodReportSchema>> = true;
