/**
 * A scored period as CSV: the rating, or one row per body and indicator.
 *
 * @module
 */
import * as z from 'zod/mini';
import { ERROR_CODES, failure } from '../errors/cdto-kpi-error.js';
import { type CsvWriteOptions, plainDecimal, figureCell, readCsvArgument, readCsvOptions, writeCsv } from './csv.js';
import type { PeriodScore } from './score-period.js';

/** What {@link scoreCsv} reads of a score: every figure a plain decimal. */
const scoreSchema = z.object({
  rankBy: z.string(),
  bodies: z.array(
    z.object({
      body: z.string(),
      plannedWeight: plainDecimal,
      directions: z.array(
        z.object({
          direction: z.string(),
          indicators: z.array(
            z.object({
              indicator: z.string(),
              kind: z.string(),
              weight: z.nullable(plainDecimal),
              target: z.nullable(plainDecimal),
              share: z.nullable(plainDecimal),
              awarded: plainDecimal,
              rule: z.string(),
              warnings: z.array(z.object({ code: z.string() })),
            }),
          ),
        }),
      ),
    }),
  ),
  rating: z.array(z.object({ rank: z.number().check(z.int(), z.positive()), body: z.string(), result: plainDecimal, shareOfPlanned: z.nullable(plainDecimal) })),
});

/**
 * Writes the rating of a scored period as CSV: rank, body, R, the planned weight and R as a share
 * of it; with `detail`, one row per body and indicator instead (W of U, the figure compared with
 * the target, the rule, the warnings' codes).
 *
 * @param score - from `scorePeriodReport` (or its JSON read back)
 * @param options - `detail`, `delimiter`, `bom` and `decimalComma` (see `EXCEL_CSV`)
 * @returns the CSV text
 * @throws `CdtoKpiError` `WRONG_TYPE` or `INVALID_VALUE` for a score that is not one (each
 *   problem with its path under `score`; every figure must be a plain decimal), or for options
 *   that are not as `writeCsv` takes them, or a `detail` that is not a boolean
 */
export function scoreCsv(score: PeriodScore, options: CsvWriteOptions & { readonly detail?: boolean } = {}): string {
  const { detail, ...written } = readCsvOptions(options, ['delimiter', 'bom', 'decimalComma', 'detail']);
  const read = readCsvArgument(score, 'score', scoreSchema, 'a score from scorePeriodReport');
  const scored = new Set(read.bodies.map((body) => body.body));
  read.rating.forEach((entry, index) => {
    if (!scored.has(entry.body)) throw failure(ERROR_CODES.INVALID_VALUE, { field: `score.rating[${index}].body` }, 'a body of the score', entry.body, 'rated but not scored', ['score', 'rating', index, 'body']);
  });
  if (detail === true) {
    const header = ['body', 'direction', 'indicator', 'kind', 'weight', 'target', 'share', 'awarded', 'rule', 'warnings'];
    const rows = read.bodies.flatMap((body) =>
      body.directions.flatMap((direction) =>
        direction.indicators.map((indicator) => [
          body.body,
          direction.direction,
          indicator.indicator,
          indicator.kind,
          figureCell(indicator.weight, written),
          figureCell(indicator.target, written),
          figureCell(indicator.share, written),
          figureCell(indicator.awarded, written),
          indicator.rule,
          indicator.warnings.map((warning) => warning.code).join(' '),
        ]),
      ),
    );
    return writeCsv([header, ...rows], written);
  }
  const byBody = new Map(read.bodies.map((body) => [body.body, body]));
  const header = ['rank', 'body', 'result', 'planned', 'share_of_planned', 'ranked_by'];
  const rows = read.rating.map((entry) => [entry.rank, entry.body, figureCell(entry.result, written), figureCell(byBody.get(entry.body)!.plannedWeight, written), figureCell(entry.shareOfPlanned, written), read.rankBy]);
  return writeCsv([header, ...rows], written);
}
