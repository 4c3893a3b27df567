/**
 * Text output of the command line: the rating beside the published one, the figure-by-figure
 * reproduction and audit, a scored report, a validation, what-if, the catalogue and the editions.
 *
 * @module
 */
import { BODIES_DATA } from '../generated/bodies.js';
import type { PeriodScore } from '../reports/score-period.js';
import type { Audit, Reproduction } from '../reports/audit-published-report.js';
import type { Erratum } from '../reports/published-report-schema.js';
import { ERRATA_2024_Q1, REPORT_2024_Q1 } from '../reports/report-2024-q1.js';
import type { Edition } from '../editions/edition.js';
import { formatPath, type Phrase, phraseText } from '../errors/cdto-kpi-error.js';
import type { CatalogueRecord } from '../output/catalogue-export.js';
import { type CsvWriteOptions, figureCell, writeCsv } from '../reports/csv.js';
import type { ValidationResult } from '../reports/validate-period-report.js';
import type { LeverValue } from '../what-if/indicator.js';
import { criterionName, inLanguage, warningMessage } from '../output/message-writer.js';
import type { CliText } from './language.js';
import type { Standing, WhatIf } from '../what-if/report.js';

/** A body as the published ratings label it, and its id: `ЭМ (energy)`. */
const bodyName = (body: string): string => {
  const entry = BODIES_DATA.find((candidate) => candidate.id === body);
  return `${entry?.reportLabel ?? entry?.shortName.kk ?? body} (${body})`;
};
/** A figure in the language's notation, or `(none)`. */
const shown = (value: string | null, text: CliText): string => (value === null ? `(${text.cli.text.none})` : text.figure(value));

/**
 * A published rating: published R and rank beside the computed ones, errata marked with the causes
 * of `errata` (its figures named as the audit names them, see `errataByFigure`); without a register
 * (`registerGiven` false) every difference is unexplained.
 */
export function formatRating(reproduction: Reproduction, text: CliText, report: Audit['report'] = REPORT_2024_Q1, errata: readonly Erratum[] = ERRATA_2024_Q1.errata, registerGiven = true): string {
  const byFigure = new Map(reproduction.figures.map((figure) => [figure.figure, figure]));
  const corrected = new Map(reproduction.correctedRating.map((entry) => [entry.body, entry]));
  const words = text.cli.text;
  const f = text.figure;
  const lines = [
    text.say('text', 'ratingHead', { quarter: String(report.period.quarter), year: String(report.period.year), edition: report.edition, targetYear: report.targetYear }),
    text.say('text', registerGiven ? 'ratingMethod' : 'ratingMethodNoRegister', { method: reproduction.method }),
    '',
    `${words.columnBody.padEnd(40)} ${words.columnPublishedR.padStart(12)} ${words.columnComputedR.padStart(11)} ${words.columnPublishedRank.padStart(15)} ${words.columnComputedRank.padStart(14)}`,
  ];
  for (const entry of reproduction.publishedRating) {
    const computed = corrected.get(entry.body)!;
    const mark = byFigure.get(`rating.${entry.body}.R`)?.status === 'erratum' ? '*' : ' ';
    const rankMark = byFigure.get(`rating.${entry.body}.rank`)?.status === 'erratum' ? '*' : ' ';
    lines.push(
      `${bodyName(entry.body).padEnd(40)} ${`${f(entry.result)}${mark}`.padStart(12)} ${f(computed.result).padStart(11)} ${`${entry.rank}${rankMark}`.padStart(15)} ${String(computed.rank).padStart(14)}`,
    );
  }
  const { counts } = reproduction;
  // A rank changes "once the errata are corrected" only when every figure that moved it is an erratum.
  const byErrata = reproduction.rankChanges.every((change) => change.movedBy.every((figure) => byFigure.get(figure)?.status === 'erratum'));
  lines.push(
    '',
    text.say('text', 'ratingCounts', { figures: String(counts.figures), reproduced: String(counts.reproduced), errata: String(counts.errata), unexplained: String(counts.unexplained) }),
    reproduction.rankChanges.length === 0
      ? words.ranksIdentical
      : `${byErrata ? words.ranksChangeLead : words.ranksDifferLead}: ${reproduction.rankChanges
          .map((change) => `${change.body} ${change.published} → ${change.corrected}${change.movedBy.length === 0 ? '' : text.say('text', 'movedBy', { figures: change.movedBy.map((figure) => `${figure}${byFigure.get(figure)?.status === 'erratum' ? '' : words.unexplainedSuffix}`).join('; ') })}`)
          .join(', ')}`,
  );
  const cause = new Map(errata.map((erratum) => [erratum.figure, erratum.cause]));
  const line = (figure: (typeof reproduction.figures)[number], note: string): string => `  ${figure.figure.padEnd(34)} ${shown(figure.published, text).padStart(19)} → ${shown(figure.computed, text).padEnd(6)} ${note}`;
  const explained = reproduction.figures.filter((entry) => entry.status === 'erratum');
  const unexplained = reproduction.figures.filter((entry) => entry.status === 'unexplained');
  if (explained.length > 0) lines.push('', words.errataHeading, ...explained.map((figure) => line(figure, cause.get(figure.figure) ?? '')));
  if (unexplained.length > 0) lines.push('', registerGiven ? words.unexplainedHeadingRegister : words.unexplainedHeading, ...unexplained.map((figure) => line(figure, words.unexplainedMark)));
  if (reproduction.staleErrata.length > 0) {
    lines.push('', words.staleHeading, ...reproduction.staleErrata.map((erratum) => `  ${erratum.figure}`));
  }
  return `${lines.join('\n')}\n`;
}

/** Every compared figure of a reproduction, one a line. */
export function formatReproduction(reproduction: Reproduction, text: CliText): string {
  const words = text.cli.text;
  const status = { reproduced: words.statusReproduced, erratum: words.statusErratum, unexplained: words.statusUnexplained } as const;
  const lines = reproduction.figures.map(
    (figure) => `${status[figure.status].padEnd(11)} ${figure.figure.padEnd(34)} ${text.say('text', 'reproductionLine', { published: shown(figure.published, text).padStart(19), computed: shown(figure.computed, text) })}`,
  );
  const { counts } = reproduction;
  lines.push(text.say('text', 'reproductionCounts', { reproduced: String(counts.reproduced), errata: String(counts.errata), unexplained: String(counts.unexplained), stale: String(reproduction.staleErrata.length) }));
  return `${lines.join('\n')}\n`;
}

/**
 * A scored period report: the edition and values applied, then the rating with each body's R, the
 * planned weight and R as a share of it; with `detail`, each body's indicators (W of U, the rule,
 * the warnings); then the report's own warnings.
 */
export function formatPeriodScore(score: PeriodScore, options: { readonly detail?: boolean }, text: CliText): string {
  const { period } = score;
  const byBody = new Map(score.bodies.map((body) => [body.body, body]));
  const f = text.figure;
  const words = text.cli.text;
  const lines = [
    text.say('text', 'scoreHead', { quarter: String(period.period.quarter), year: String(period.period.year), edition: period.edition, targetYear: period.targetYear, reading: score.reading ?? 'none', method: score.method }),
    ...(period.dataDue === null ? [] : [text.say('text', 'scoreDue', { data: period.dataDue, assessment: period.assessmentDue ?? '' })]),
    ...(score.synthetic ? [words.synthetic] : []),
    text.say('text', 'rankedBy', { by: score.rankBy }),
    '',
    `${words.columnRank.padStart(4)}  ${'R'.padStart(7)}  ${words.columnPlanned.padStart(7)}  ${'ΣW/ΣU %'.padStart(11)}  ${words.columnBody}`,
    ...score.rating.map((entry) => {
      const body = byBody.get(entry.body)!;
      return `${String(entry.rank).padStart(4)}  ${f(entry.result).padStart(7)}  ${f(body.plannedWeight).padStart(7)}  ${shown(body.shareOfPlanned, text).padStart(11)}  ${bodyName(entry.body)}`;
    }),
  ];
  if (options.detail === true) {
    for (const entry of score.rating) {
      const body = byBody.get(entry.body)!;
      lines.push('', text.say('text', 'detailBody', { body: bodyName(body.body), R: f(body.result), U: f(body.plannedWeight) }));
      for (const indicator of body.directions.flatMap((direction) => direction.indicators)) {
        const measured = indicator.share === null ? '' : text.say('text', 'detailAt', { share: f(indicator.share) });
        const rule = text.lang === 'en' ? indicator.rule : text.messages.rules[indicator.rule];
        const W = text.say('text', 'detailW', { W: f(indicator.awarded).padStart(5), U: (indicator.weight === null ? '-' : f(indicator.weight)).padEnd(4) });
        lines.push(`  ${indicator.indicator.padEnd(30)} ${W} ${rule}${measured}${indicator.target === null ? '' : text.say('text', 'detailTarget', { N: f(indicator.target) })}`);
        for (const warning of indicator.warnings) lines.push(`    ${warning.code}: ${warningMessage(warning, text.messages)}`);
      }
    }
  }
  if (score.warnings.length > 0) lines.push('', words.warningsHeading, ...score.warnings.map((warning) => `  ${warning.body}: ${warning.code}: ${warningMessage(warning, text.messages)}`));
  return `${lines.join('\n')}\n`;
}

/** Where an issue or a warning is: its path in a JSON report; a CSV report's line and column lead its message already. */
const where = (entry: { readonly path: readonly (string | number)[]; readonly location: { readonly line?: number } }): string => (entry.location.line === undefined ? `${formatPath(entry.path)}: ` : '');

/** The outcome of a validation: every problem, then the warnings. */
export function formatValidation(validation: ValidationResult, text: CliText): string {
  const lines = [
    validation.ok ? text.cli.text.valid : text.say('text', 'problems', { count: validation.issues.length }),
    ...validation.issues.map((issue) => `  ${where(issue)}${issue.code}: ${issue.message}`),
  ];
  if (validation.warnings.length > 0) {
    lines.push(text.say('text', 'warnings', { count: validation.warnings.length }), ...validation.warnings.map((warning) => `  ${warning.location.line === undefined ? where(warning) : `${text.say('text', 'lineColumn', { line: String(warning.location.line), column: JSON.stringify(warning.location.column) })}: `}${warning.code}: ${warning.message}`));
  }
  return `${lines.join('\n')}\n`;
}

const valueText = (value: LeverValue, text: CliText, name: (id: string) => string = (id) => id): string =>
  value === null ? text.cli.text.noData : Array.isArray(value) ? (value.length === 0 ? text.cli.text.none : value.map(name).join(', ')) : typeof value === 'string' ? text.figure(value) : String(value);

/** The key of a what-if reason in the command line's texts, from the library's English words. */
const REASONS: Readonly<Record<string, 'notApplicable' | 'noTarget' | 'zeroTarget' | 'noData' | 'noLever'>> = {
  'the indicator does not apply in the year: it has no weight to earn': 'notApplicable',
  'no target is given for the year: no figure earns the weight': 'noTarget',
  'the target is 0: no figure earns the weight': 'zeroTarget',
  'nothing was reported: fill in the figures first': 'noData',
  'no figure of its lever within its bounds earns the full weight, the other figures unchanged': 'noLever',
};

/**
 * What-if as text: per body, where it stands, then each indicator below its full weight with the
 * figure that earns it, largest gain first; criteria named from `edition`, the one of the answer.
 */
export function formatWhatIf(answer: WhatIf, text: CliText, edition: Edition): string {
  const f = text.figure;
  const english = text.lang === 'en';
  const field = (name: string): string => (english ? name : `«${(text.messages.fields as Readonly<Record<string, string>>)[name] ?? name}»`);
  const standing = (entry: Standing): string => text.say('text', 'standing', { R: f(entry.result), share: shown(entry.shareOfPlanned, text), rank: String(entry.rank) });
  const lines: string[] = [];
  for (const body of answer.bodies) {
    lines.push(text.say('text', 'whatIfNow', { body: bodyName(body.body), standing: standing(body.now), by: answer.rankBy }));
    for (const entry of body.indicators) {
      const change =
        entry.field === 'done'
          ? text.say('text', 'whatIfDone', { reported: entry.reported === null ? 'none' : 'other' })
          : (() => {
              // Criteria by their names in Kazakh and Russian (English: their ids).
              const indicator = edition.catalogue.indicators.find((candidate) => candidate.id === entry.indicator);
              const name = (id: string): string => (english ? id : `«${criterionName(indicator, id, text.lang)}»`);
              return text.say('text', 'whatIfLever', { field: field(entry.field), how: entry.field === 'met' ? 'met' : entry.better === 'lower' ? 'lower' : 'higher', needed: valueText(entry.needed, text, name), reported: valueText(entry.reported, text, name) });
            })();
      lines.push(`  +${f(entry.gain).padEnd(5)} ${entry.indicator.padEnd(28)} ${change} → ${standing(entry.ifMet)}`);
    }
    for (const entry of body.outOfReach) {
      const reason = REASONS[entry.reason];
      lines.push(`  ${text.say('text', 'outOfReach', { indicator: entry.indicator, reason: english || reason === undefined ? entry.reason : text.cli.reasons[reason] })}`);
    }
    lines.push(body.indicators.length === 0 ? `  ${text.cli.text.allFull}` : `  ${text.say('text', 'allOfThem', { standing: standing(body.ifAllMet) })}`, '');
  }
  return `${lines.join('\n')}`;
}

/** What-if as CSV: one row per body and indicator below its full weight. */
export function whatIfCsv(answer: WhatIf, options: CsvWriteOptions = {}): string {
  const header = ['body', 'indicator', 'field', 'reported', 'needed', 'gain', 'result_if_met', 'share_of_planned_if_met', 'rank_if_met'];
  const cell = (value: LeverValue): string | null => (value === null ? null : Array.isArray(value) ? value.join(' ') : figureCell(String(value), options));
  const rows = answer.bodies.flatMap((body) =>
    body.indicators.map((entry) => [body.body, entry.indicator, entry.field, cell(entry.reported), cell(entry.needed), figureCell(entry.gain, options), figureCell(entry.ifMet.result, options), figureCell(entry.ifMet.shareOfPlanned, options), entry.ifMet.rank]),
  );
  return writeCsv([header, ...rows], options);
}

/** An edition's indicators, one a line: id, kind, weights, targets, name. */
export function formatCatalogueTable(records: readonly CatalogueRecord[], text: CliText): string {
  const lines = records.map((record) => {
    const weights = record.weight === undefined || record.weight === null ? Object.values(record.weights ?? {}).map((value) => (value === null ? '–' : text.figure(value))).join('/') : text.figure(record.weight);
    const targets = Object.values(record.targets).map((value) => (value === null ? '–' : text.figure(value))).join('/');
    const name = inLanguage(record.name, text.lang);
    const kind = text.lang === 'en' ? record.kind : text.messages.kinds[record.kind as keyof typeof text.messages.kinds];
    return `${record.id.padEnd(30)} ${kind.padEnd(16)} U ${weights.padEnd(7)} N ${targets.padEnd(26)} ${name ?? ''}`;
  });
  return `${lines.join('\n')}\n`;
}

/**
 * An audit of a published report: the rating beside the computed one, every difference with its
 * erratum (`errata`: the register used, if any) or its suggested cause.
 */
export function formatAudit(audit: Audit, errata: readonly Erratum[] | null, text: CliText): string {
  const written = `${text.say('text', 'auditReport', { id: audit.report.id })}\n${formatRating(audit, text, audit.report, errata ?? [], errata !== null)}`;
  if (audit.suggestions.length === 0) return written;
  const lines = ['', text.say('text', 'auditSuggestions', { id: audit.report.id })];
  for (const suggestion of audit.suggestions) lines.push(`  ${suggestion.figure.padEnd(34)} ${suggestion.cause.padEnd(24)} ${reasonText(suggestion.reason, text)}`);
  return `${written}${lines.join('\n')}\n`;
}

/** Why a cause is suggested, in the language: its figures in the language's notation (`8,92` in kk and ru). */
function reasonText(reason: Phrase, text: CliText): string {
  const values = Object.fromEntries(Object.entries(reason.values).map(([name, value]) => [name, typeof value === 'string' ? text.figure(value) : value]));
  return phraseText({ id: reason.id, values }, text.messages);
}

/** The editions known, one a line. */
export function formatEditions(editions: readonly Edition[], text: CliText): string {
  const words = text.cli.text;
  const lines = editions.map(
    (edition) =>
      `${edition.id.padEnd(12)} ${text.say('text', 'editionLine', {
        years: edition.years.join(', '),
        from: edition.inForce.from,
        until: edition.inForce.until ?? words.now,
        indicators: String(edition.catalogue.indicators.length),
        bodies: String(edition.catalogue.bodies.length),
        layout: edition.layout,
        readings: edition.readings === null ? words.oneSet : text.say('text', 'readings', { languages: edition.readings.languages.join(', '), default: edition.readings.default }),
        method: edition.method,
      })}`,
  );
  return `${lines.join('\n')}\n`;
}
