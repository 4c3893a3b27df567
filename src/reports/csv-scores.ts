/**
 * A scored period as CSV: the rating, or one row per body and indicator.
 *
 * @module
 */
import { readCsvOptions, readCsvScore } from './csv-arguments.js';
import { type CsvWriteOptions, figureCell, writeCsv } from './csv.js';
import type { PeriodScore } from './score-period.js';

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
  const { delimiter, bom, decimalComma, detail } = readCsvOptions(options, ['delimiter', 'bom', 'decimalComma', 'detail']);
  const written = { ...(delimiter === undefined ? {} : { delimiter }), ...(bom === undefined ? {} : { bom }), ...(decimalComma === undefined ? {} : { decimalComma }) };
  score = readCsvScore(score);
  if (detail === true) {
    const header = ['body', 'direction', 'indicator', 'kind', 'weight', 'target', 'share', 'awarded', 'rule', 'warnings'];
    const rows = score.bodies.flatMap((body) =>
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
  const byBody = new Map(score.bodies.map((body) => [body.body, body]));
  const header = ['rank', 'body', 'result', 'planned', 'share_of_planned', 'ranked_by'];
  const rows = score.rating.map((entry) => [entry.rank, entry.body, figureCell(entry.result, written), figureCell(byBody.get(entry.body)!.plannedWeight, written), figureCell(entry.shareOfPlanned, written), score.rankBy]);
  return writeCsv([header, ...rows], written);
}
