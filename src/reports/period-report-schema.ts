/**
 * The zod schema of a period report: the period, and each body's figures by indicator id. The
 * reference for the hand-written check the main entry uses (`period-report-shape.ts`, held to it
 * issue for issue by the tests) and the source of the JSON Schema (`npm run schema`). Exported by
 * `cdto-kpi/schemas`.
 *
 * @module
 */
import * as z from 'zod';
import { freezeSchema } from '../freeze.js';

/** The shape of a period report: the period, and each body's figures by indicator id. */
export const periodReportSchema = freezeSchema(z.strictObject({
  /** A note for people; ignored. */
  $comment: z.string().optional(),
  /** What each indicator of a template is (see `reportTemplate`); ignored. */
  $indicators: z.array(z.unknown()).optional(),
  /** True for an example report whose figures describe no real body. */
  synthetic: z.boolean().optional(),
  period: z.strictObject({ year: z.number().int(), quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]) }),
  /** 2025 edition only: the text whose targets and weights apply (`kk` by default). */
  reading: z.enum(['kk', 'ru']).optional(),
  bodies: z
    .array(
      z.strictObject({
        body: z.string().min(1),
        figures: z.record(z.string(), z.unknown()),
      }),
    )
    .min(1),
}));
