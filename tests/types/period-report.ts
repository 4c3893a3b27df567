/**
 * Type-level test: the `PeriodReport` the main entry declares by hand is the type zod infers from
 * `periodReportSchema`, field for field. `npm run typecheck` fails if they part.
 */
import type * as z from 'zod';
import type { PeriodReport } from '../../src/index.js';
import type { periodReportSchema } from '../../src/reports/period-report-schema.js';

/** `true` only when A and B are the same type (not merely assignable one to the other). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export const handWrittenIsInferred: Same<PeriodReport, z.infer<typeof periodReportSchema>> = true;
export const inputIsInferred: Same<PeriodReport, z.input<typeof periodReportSchema>> = true;
