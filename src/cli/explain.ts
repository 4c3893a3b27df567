/**
 * The trace of a score as text a person reads: per indicator, the formula with the figures in it,
 * each rounding, the rule taken, and where the target and weight come from.
 *
 * @module
 */
import { findIndicator } from '../editions/queries.js';
import type { EditionRegistry } from '../editions/registry.js';
import { ERROR_CODES, failure, say } from '../errors/cdto-kpi-error.js';
import type { PeriodScore } from '../reports/score-period.js';
import type { IndicatorScore } from '../scoring/score-indicator.js';
import { inLanguage, stepExpression, traceLines, warningMessage } from '../output/message-writer.js';
import { render } from '../messages/render.js';
import type { CliText } from './language.js';

function explainIndicator(registry: EditionRegistry, score: PeriodScore, indicator: IndicatorScore, text: CliText): string[] {
  const edition = registry.get(score.period.edition);
  const entry = findIndicator(edition.catalogue, indicator.indicator);
  // English has no names of its own: the Russian, and the Kazakh beside it where it differs.
  const title =
    text.lang === 'en'
      ? [`${indicator.indicator}: ${entry.name.ru ?? entry.name.kk ?? ''}`, ...(entry.name.kk !== null && entry.name.kk !== entry.name.ru ? [`  (kk) ${entry.name.kk}`] : [])]
      : [render(text.messages.words.traceTitle, { id: indicator.indicator, name: inLanguage(entry.name, text.lang) ?? '' }, text.messages)];
  return [...title, ...traceLines(indicator, { messages: text.messages, entry, edition })];
}

/**
 * Explains a body's score, or one indicator's (every one when `indicator` is left out), from the
 * editions the score was made with.
 *
 * @throws {@link CdtoKpiError} `UNKNOWN_BODY` for a body not in the score, `UNKNOWN_INDICATOR` for an indicator not scored
 */
export function formatExplanation(registry: EditionRegistry, score: PeriodScore, body: string, indicator: string | undefined, text: CliText): string {
  const scored = score.bodies.find((entry) => entry.body === body);
  if (scored === undefined) {
    // Say why: a body the period's edition does not have at all, or one the report does not give.
    const edition = registry.get(score.period.edition);
    const inEdition = edition.catalogue.bodies.some((entry) => entry.id === body);
    throw failure(
      ERROR_CODES.UNKNOWN_BODY,
      { body },
      say('a body of the report: {bodies}', { bodies: score.bodies.map((entry) => entry.body) }),
      body,
      inEdition
        ? 'body not in the report'
        : say('{body} is not a body of the {edition} edition, in force for Q{quarter} {year}', { body: JSON.stringify(body), edition: edition.id, quarter: String(score.period.period.quarter), year: String(score.period.period.year) }),
    );
  }
  const indicators = scored.directions.flatMap((direction) => direction.indicators);
  const chosen = indicator === undefined ? indicators : indicators.filter((entry) => entry.indicator === indicator);
  if (chosen.length === 0) {
    throw failure(ERROR_CODES.UNKNOWN_INDICATOR, { body, indicator }, say('an indicator scored for {body}: {indicators}', { body, indicators: indicators.map((entry) => entry.indicator) }), indicator, 'indicator not scored');
  }
  const rated = score.rating.find((entry) => entry.body === body)!;
  const { period } = score;
  const f = text.figure;
  const lines = [
    text.say('text', 'explainHead', { body, quarter: String(period.period.quarter), year: String(period.period.year), edition: period.edition, method: score.method }),
    ...chosen.flatMap((entry) => ['', ...explainIndicator(registry, score, entry, text)]),
  ];
  if (indicator === undefined) {
    const [step] = scored.trace;
    lines.push(
      '',
      // The body's own step says how R was made: Σ W, or the mean of its directions' R.
      step === undefined
        ? text.say('text', 'explainSum', { W: f(scored.awardedSum), R: f(scored.result) })
        : text.say('text', 'explainMean', { expression: stepExpression(step, text.messages), unrounded: f(step.unrounded), value: f(step.value) }),
      text.say('text', 'explainPlanned', { U: f(scored.plannedWeight), W: f(scored.awardedSum), share: scored.shareOfPlanned === null ? text.cli.text.none : f(scored.shareOfPlanned) }),
      text.say('text', 'explainRank', { rank: String(rated.rank), count: String(score.rating.length), by: score.rankBy }),
    );
    for (const warning of score.warnings.filter((entry) => entry.body === body)) lines.push(text.say('text', 'warning', { code: warning.code, message: warningMessage(warning, text.messages) }));
  }
  return `${lines.join('\n')}\n`;
}
