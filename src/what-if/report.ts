/**
 * What-if of a period report: for every indicator below its full weight, what earns it, the other
 * figures unchanged, and where the body would stand then.
 *
 * @module
 */
import { exact, type ExactDecimal, plain, ZERO } from '../decimal/decimal.js';
import type { EditionRegistry } from '../editions/registry.js';
import type { Language } from '../editions/types.js';
import { ERROR_CODES, failure, say } from '../errors/cdto-kpi-error.js';
import { deepFreeze } from '../freeze.js';
import { readDocument, readOptions } from '../input/boundary.js';
import { indicatorsInForce } from '../periods/indicators-for-period.js';
import { inputInPeriod } from '../reports/group-figures.js';
import type { PeriodReport } from '../reports/period-report-schema.js';
import { type PeriodScore, scoreRead } from '../reports/score-period.js';
import type { Lang } from '../messages/catalogue.js';
import { readScoreOptions } from '../reports/validate-period-report.js';
import { prepareReadDefinition } from '../kinds/definition.js';
import { methodByName, type ScoringMethod } from '../scoring/method.js';
import type { RankBy } from '../scoring/rank.js';
import { type LeverAnswer, type LeverValue, uncheckedWhatIf } from './indicator.js';

/** Where a body would stand. */
export interface Standing {
  readonly result: string;
  readonly shareOfPlanned: string | null;
  readonly rank: number;
}

/** One indicator below its full weight, and what would earn it (the lever that needs the least change). */
export interface WhatIfIndicator extends LeverAnswer {
  readonly indicator: string;
  readonly kind: string;
  readonly weight: string;
  readonly awarded: string;
  /** The points it would bring: U − W. */
  readonly gain: string;
  /** The body's standing with this indicator at full weight, the others as reported. */
  readonly ifMet: Standing;
}

/** An indicator below its full weight that no figure of its lever brings there. */
export interface OutOfReach {
  readonly indicator: string;
  readonly reason: string;
}

/** One body's what-if. */
export interface WhatIfBody {
  readonly body: string;
  readonly now: Standing;
  /** Ordered by gain, the largest first (then by id). */
  readonly indicators: readonly WhatIfIndicator[];
  readonly outOfReach: readonly OutOfReach[];
  /** The body's standing with every reachable indicator at full weight. */
  readonly ifAllMet: Standing;
}

/** The outcome of {@link whatIf}. */
export interface WhatIf {
  readonly period: PeriodScore['period'];
  readonly reading: Language | null;
  readonly rankBy: RankBy;
  readonly bodies: readonly WhatIfBody[];
}

type Change = { readonly indicator: string; readonly field: string; readonly value: LeverValue };

/**
 * Works out, for every indicator below its full weight, what earns it (see `whatIfIndicator`; of
 * several levers, such as the security KPI's two figures, the one that needs the least change),
 * and where the body would stand with it: its result and rank with the whole report rescored.
 *
 * @param document - a period report (see `scorePeriodReport`); it must score
 * @param options - `body` (only that body), and `reading`, `method`, `rankBy`, `editions` as for `scorePeriodReport`
 * @returns per body: where it stands, each indicator below full weight with `field`, `reported`,
 *   `needed` and `gain` (largest gain first), those out of reach, and where all of them would take it; deeply frozen
 * @throws {@link CdtoKpiError} whatever scoring the report throws; `UNKNOWN_BODY` for a body not in the report
 * @example
 * ```ts
 * whatIf(report, { body: 'justice' }).bodies[0].indicators[0];
 * // { indicator: 'common.3', field: 'a', reported: '22121', needed: '23596', gain: '0.6', … }
 * ```
 */
export function whatIf(
  document: unknown,
  options: { readonly body?: string; readonly reading?: Language; readonly method?: ScoringMethod; readonly rankBy?: RankBy; readonly editions?: EditionRegistry; readonly lang?: Lang } = {},
): WhatIf {
  const { body: only, ...rest } = readOptions(options, ['body', 'reading', 'method', 'rankBy', 'editions', 'lang']);
  const read = readScoreOptions(rest);
  const report = readDocument(document);
  const score = scoreRead(report, read);
  const { bodies: reported } = report as PeriodReport;
  const method = read.method ?? methodByName(score.method);
  if (only !== undefined && !score.bodies.some((body) => body.body === only)) {
    throw failure(ERROR_CODES.UNKNOWN_BODY, { body: String(only) }, say('a body of the report: {bodies}', { bodies: score.bodies.map((body) => body.body) }), only, 'body not in the report');
  }
  const edition = read.registry.get(score.period.edition);
  const standing = (scored: PeriodScore, body: string): Standing => {
    const entry = scored.rating.find((rated) => rated.body === body)!;
    return { result: entry.result, shareOfPlanned: entry.shareOfPlanned, rank: entry.rank };
  };
  const rescored = (body: string, changes: readonly Change[]): Standing => {
    const changed = structuredClone(report) as PeriodReport;
    const figures = changed.bodies.find((entry) => entry.body === body)!.figures;
    for (const { indicator, field, value } of changes) figures[indicator] = { ...(figures[indicator] as object), [field]: value };
    return standing(scoreRead(changed, read), body);
  };
  const bodies = score.bodies
    .filter((body) => only === undefined || body.body === only)
    .map((body): WhatIfBody => {
      const indicators = new Map(indicatorsInForce(edition, score.period, body.body, score.reading).map((indicator) => [indicator.id, indicator]));
      const figures = reported.find((entry) => entry.body === body.body)!.figures;
      const found: Omit<WhatIfIndicator, 'ifMet'>[] = [];
      const outOfReach: OutOfReach[] = [];
      for (const scored of body.directions.flatMap((direction) => direction.indicators)) {
        if (scored.weight === null || exact(scored.awarded).gte(exact(scored.weight))) continue;
        const indicator = indicators.get(scored.indicator)!;
        const input = inputInPeriod(edition, indicator, figures[scored.indicator], score.period, {});
        const answer = uncheckedWhatIf(prepareReadDefinition(indicator.definition), input, method);
        if (answer.status !== 'reachable') {
          outOfReach.push({ indicator: scored.indicator, reason: answer.reason ?? '' });
          continue;
        }
        // Of several levers (the security KPI's two figures), the one that needs the least change.
        const size = (entry: LeverAnswer): ExactDecimal => (typeof entry.needed === 'string' && typeof entry.reported === 'string' ? exact(entry.needed).minus(exact(entry.reported)).abs() : ZERO);
        const best = answer.answers.reduce((chosen, entry) => (size(entry).lt(size(chosen)) ? entry : chosen));
        const gain = plain(exact(scored.weight).minus(exact(scored.awarded)));
        found.push({ indicator: scored.indicator, kind: scored.kind, weight: scored.weight, awarded: scored.awarded, gain, field: best.field, reported: best.reported, needed: best.needed, better: best.better, decimals: best.decimals });
      }
      const ranked = found.map((entry) => ({ ...entry, ifMet: rescored(body.body, [change(entry)]) })).sort((x, y) => exact(y.gain).comparedTo(exact(x.gain)) || (x.indicator < y.indicator ? -1 : 1));
      const all = ranked.map(change);
      return { body: body.body, now: standing(score, body.body), indicators: ranked, outOfReach, ifAllMet: all.length === 0 ? standing(score, body.body) : rescored(body.body, all) };
    });
  return deepFreeze({ period: score.period, reading: score.reading, rankBy: score.rankBy, bodies });
}

/** The change of input an answer stands for: the criteria to add join those met. */
function change(entry: Omit<WhatIfIndicator, 'ifMet'>): Change {
  const value = entry.field === 'met' ? [...((entry.reported as readonly string[] | null) ?? []), ...(entry.needed as readonly string[])] : entry.needed;
  return { indicator: entry.indicator, field: entry.field, value };
}
