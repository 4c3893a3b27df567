/**
 * A scored period as CSV: the rating, or one row per body and indicator.
 *
 * @module
 */
import { type CsvWriteOptions, figureCell, writeCsv } from './csv.js';
import type { PeriodScore } from './score-period.js';

/**
 * Writes the rating of a scored period as CSV: rank, body, R, the planned weight and R as a share
 * of it; with `detail`, one row per body and indicator instead (W of U, the figure compared with
 * the target, the rule, the warnings' codes).
 *
 * @param score - from `scorePeriodReport`
 * @param options - `detail`, `delimiter`, `bom` and `decimalComma` (see `EXCEL_CSV`)
 * @returns the CSV text
 */
export function scoreCsv(score: PeriodScore, options: CsvWriteOptions & { readonly detail?: boolean } = {}): string {
  if (options.detail === true) {
    const header = ['body', 'direction', 'indicator', 'kind', 'weight', 'target', 'share', 'awarded', 'rule', 'warnings'];
    const rows = score.bodies.flatMap((body) =>
      body.directions.flatMap((direction) =>
        direction.indicators.map((indicator) => [
          body.body,
          direction.direction,
          indicator.indicator,
          indicator.kind,
          figureCell(indicator.weight, options),
          figureCell(indicator.target, options),
          figureCell(indicator.share, options),
          figureCell(indicator.awarded, options),
          indicator.rule,
          indicator.warnings.map((warning) => warning.code).join(' '),
        ]),
      ),
    );
    return writeCsv([header, ...rows], options);
  }
  const byBody = new Map(score.bodies.map((body) => [body.body, body]));
  const header = ['rank', 'body', 'result', 'planned', 'share_of_planned', 'ranked_by'];
  const rows = score.rating.map((entry) => [entry.rank, entry.body, figureCell(entry.result, options), figureCell(byBody.get(entry.body)!.plannedWeight, options), figureCell(entry.shareOfPlanned, options), score.rankBy]);
  return writeCsv([header, ...rows], options);
}
