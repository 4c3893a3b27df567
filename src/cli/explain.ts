/**
 * The trace of a score as text a person reads: per indicator, the formula with the figures in it,
 * each rounding, the rule taken, and where the target and weight come from.
 *
 * @module
 */
import { findIndicator } from '../editions/queries.js';
import type { EditionRegistry } from '../editions/registry.js';
import type { LegalReference } from '../editions/types.js';
import { ERROR_CODES, failure } from '../errors/cdto-kpi-error.js';
import type { PeriodScore } from '../reports/score-period.js';
import type { IndicatorScore } from '../scoring/score-indicator.js';
import { formatReference } from '../editions/legal-reference.js';
import type { AwardRule, TraceStep } from '../kinds/contract.js';

const RULES: Readonly<Record<AwardRule, string>> = {
  'at-target': 'at or beyond the target: W = U',
  proportional: 'below the target: W in proportion to the figure',
  'inverse-proportional': 'a decreasing indicator above its target: W = N / Z × U',
  'printed-decreasing': 'the printed decreasing rule: W = Z / N × U (may pass U)',
  done: 'done: W = U',
  'not-done': 'not done: W = 0',
  'no-data': 'nothing reported: W = 0',
  'no-target': 'no target (or 0) for the year: W = 0',
  'not-applicable': 'no weight for the year: W = 0',
};

const MODES: Readonly<Record<string, string>> = { 'toward-zero': 'cut toward zero', 'half-up': 'rounded half up', 'half-even': 'rounded half to even' };

function step(entry: TraceStep): string {
  const shown = entry.expression.endsWith(entry.unrounded) ? entry.expression : `${entry.expression} = ${entry.unrounded}`;
  const { rounding } = entry;
  const note = rounding !== null && entry.value !== entry.unrounded ? ` → ${entry.value} (${MODES[rounding.mode] ?? rounding.mode} at ${rounding.decimals} decimal${rounding.decimals === 1 ? '' : 's'})` : '';
  return `  ${entry.name} = ${shown}${note}`;
}

function referenceText(reference: LegalReference): string {
  return formatReference(reference);
}

function explainIndicator(registry: EditionRegistry, score: PeriodScore, indicator: IndicatorScore): string[] {
  const edition = score.period.edition;
  const entry = findIndicator(registry.get(edition).catalogue, indicator.indicator);
  const text = score.reading === null ? 'one set of values' : `${score.reading === 'kk' ? 'Kazakh' : 'Russian'} text`;
  const inputs = Object.entries(indicator.trace.inputs).map(([field, value]) => `${field} = ${value === null ? 'no data' : Array.isArray(value) ? (value.length === 0 ? 'none' : value.join(', ')) : String(value)}`);
  return [
    `${indicator.indicator}: ${entry.name.ru ?? entry.name.kk ?? ''}`,
    ...(entry.name.kk !== null && entry.name.kk !== entry.name.ru ? [`  (kk) ${entry.name.kk}`] : []),
    `  kind ${indicator.kind}: ${indicator.trace.formula}`,
    `  N = ${indicator.target ?? 'none'}, U = ${indicator.weight ?? 'none'}: ${edition} edition, values for ${score.period.targetYear}, ${text}; ${referenceText(entry.reference)}`,
    `  reported: ${inputs.length === 0 ? 'nothing' : inputs.join('; ')}`,
    ...indicator.trace.steps.map(step),
    `  rule: ${indicator.rule} (${RULES[indicator.rule]}); W = ${indicator.awarded} of ${indicator.weight ?? '0'}; method ${indicator.trace.method}`,
    ...indicator.warnings.map((warning) => `  warning ${warning.code}: ${warning.message}`),
  ];
}

/**
 * Explains a body's score, or one indicator's.
 *
 * @param registry - the editions the score was made with
 * @param score - from `scorePeriodReport`
 * @param body - the body's id
 * @param indicator - one indicator's id; every indicator when left out
 * @returns the text, ending in a newline
 * @throws {@link CdtoKpiError} `UNKNOWN_BODY` for a body not in the score, `UNKNOWN_INDICATOR` for an indicator not scored
 */
export function formatExplanation(registry: EditionRegistry, score: PeriodScore, body: string, indicator?: string): string {
  const scored = score.bodies.find((entry) => entry.body === body);
  if (scored === undefined) {
    // Say why: a body the period's edition does not have at all, or one the report does not give.
    const edition = registry.get(score.period.edition);
    const quarter = `Q${score.period.period.quarter} ${score.period.period.year}`;
    const inEdition = edition.catalogue.bodies.some((entry) => entry.id === body);
    throw failure(
      ERROR_CODES.UNKNOWN_BODY,
      { body },
      `a body of the report: ${score.bodies.map((entry) => entry.body).join(', ')}`,
      body,
      inEdition ? 'body not in the report' : `"${body}" is not a body of the ${edition.id} edition, in force for ${quarter}`,
    );
  }
  const indicators = scored.directions.flatMap((direction) => direction.indicators);
  const chosen = indicator === undefined ? indicators : indicators.filter((entry) => entry.indicator === indicator);
  if (chosen.length === 0) {
    throw failure(ERROR_CODES.UNKNOWN_INDICATOR, { body, indicator }, `an indicator scored for ${body}: ${indicators.map((entry) => entry.indicator).join(', ')}`, indicator, 'indicator not scored');
  }
  const rated = score.rating.find((entry) => entry.body === body)!;
  const { period } = score;
  const lines = [
    `${body}, Q${period.period.quarter} ${period.period.year}: ${period.edition} edition, method ${score.method}`,
    ...chosen.flatMap((entry) => ['', ...explainIndicator(registry, score, entry)]),
  ];
  if (indicator === undefined) {
    lines.push(
      '',
      // The body's own step says how R was made: Σ W, or the mean of its directions' R.
      scored.trace[0] === undefined ? `R = Σ W = ${scored.awardedSum}; result ${scored.result}` : `R = ${scored.trace[0].expression} = ${scored.trace[0].unrounded} → ${scored.trace[0].value}`,
      `planned Σ U = ${scored.plannedWeight}; share of planned = ${scored.awardedSum} / ${scored.plannedWeight} × 100 → ${scored.shareOfPlanned ?? 'none'}`,
      `rank ${rated.rank} of ${score.rating.length}, by ${score.rankBy === 'result' ? 'R' : 'share of planned'}`,
    );
    for (const warning of score.warnings.filter((entry) => entry.body === body)) lines.push(`warning ${warning.code}: ${warning.message}`);
  }
  return `${lines.join('\n')}\n`;
}
