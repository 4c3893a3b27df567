/**
 * Text output of the command line: the rating beside the published one, and the figure-by-figure
 * reproduction.
 *
 * @module
 */
import { BODIES_DATA } from '../generated/bodies.js';
import type { PeriodScore } from '../reports/score-period.js';
import type { Audit, Reproduction } from '../reports/audit-published-report.js';
import type { Erratum } from '../reports/published-report-schema.js';
import { ERRATA_2024_Q1, REPORT_2024_Q1 } from '../reports/report-2024-q1.js';
import type { EditionReadings } from '../editions/edition.js';
import type { BilingualText } from '../editions/types.js';
import { formatPath } from '../errors/cdto-kpi-error.js';
import type { CatalogueRecord } from '../output/catalogue-export.js';
import { type CsvWriteOptions, figureCell, writeCsv } from '../reports/csv.js';
import type { ValidationResult } from '../reports/validate-period-report.js';
import type { LeverValue } from '../what-if/indicator.js';
import type { Standing, WhatIf } from '../what-if/report.js';

const label = (body: string): string => {
  const entry = BODIES_DATA.find((candidate) => candidate.id === body);
  return entry?.reportLabel ?? entry?.shortName.kk ?? body;
};
const show = (value: string | null): string => (value === null ? '(none)' : value);

/** Which report a rating is, for its heading. */
export interface RatingHeading {
  readonly edition: string;
  readonly period: { readonly year: number; readonly quarter: number };
  readonly targetYear: string;
}

/**
 * A published rating: published R and rank beside the computed ones, errata marked.
 *
 * @param reproduction - the outcome of `reproduceReport2024Q1` or `auditPublishedReport`
 * @param report - which report it is (default: the bundled Q1 2024 report)
 * @param errata - the register whose causes are printed (default: the Q1 2024 register), its figures named as the audit names them (see `errataByFigure`)
 * @param registerGiven - whether differences were held against a register (`false`: every one is unexplained)
 * @returns the text, ending in a newline
 */
export function formatRating(reproduction: Reproduction, report: RatingHeading = REPORT_2024_Q1, errata: readonly Erratum[] = ERRATA_2024_Q1.errata, registerGiven = true): string {
  const byFigure = new Map(reproduction.figures.map((figure) => [figure.figure, figure]));
  const corrected = new Map(reproduction.correctedRating.map((entry) => [entry.body, entry]));
  const lines = [
    `Q${report.period.quarter} ${report.period.year} rating of the KPI of the digital deputies (CDTO): ${report.edition} edition, targets for ${report.targetYear}`,
    registerGiven ? `method: ${reproduction.method}; * marks a published figure listed in the errata register` : `method: ${reproduction.method}; no errata register: every difference is unexplained`,
    '',
    `${'body'.padEnd(40)} ${'published R'.padStart(12)} ${'computed R'.padStart(11)} ${'published rank'.padStart(15)} ${'computed rank'.padStart(14)}`,
  ];
  for (const entry of reproduction.publishedRating) {
    const computed = corrected.get(entry.body)!;
    const mark = byFigure.get(`rating.${entry.body}.R`)?.status === 'erratum' ? '*' : ' ';
    const rankMark = byFigure.get(`rating.${entry.body}.rank`)?.status === 'erratum' ? '*' : ' ';
    lines.push(
      `${`${label(entry.body)} (${entry.body})`.padEnd(40)} ${`${entry.result}${mark}`.padStart(12)} ${computed.result.padStart(11)} ${`${entry.rank}${rankMark}`.padStart(15)} ${String(computed.rank).padStart(14)}`,
    );
  }
  const { counts } = reproduction;
  // A rank changes "once the errata are corrected" only when every figure that moved it is an erratum.
  const byErrata = reproduction.rankChanges.every((change) => change.movedBy.every((figure) => byFigure.get(figure)?.status === 'erratum'));
  lines.push(
    '',
    `figures compared: ${counts.figures}; reproduced exactly: ${counts.reproduced}; explained by errata: ${counts.errata}; unexplained: ${counts.unexplained}`,
    reproduction.rankChanges.length === 0
      ? 'ranks: identical, published and corrected'
      : `${byErrata ? 'ranks that change once the errata are corrected' : 'ranks that differ from the method’s'}: ${reproduction.rankChanges
          .map((change) => `${change.body} ${change.published} → ${change.corrected}${change.movedBy.length === 0 ? '' : ` (moved by ${change.movedBy.map((figure) => `${figure}${byFigure.get(figure)?.status === 'erratum' ? '' : ', unexplained'}`).join('; ')})`}`)
          .join(', ')}`,
  );
  const cause = new Map(errata.map((erratum) => [erratum.figure, erratum.cause]));
  const line = (figure: (typeof reproduction.figures)[number], note: string): string =>
    `  ${figure.figure.padEnd(34)} ${show(figure.published).padStart(19)} → ${show(figure.computed).padEnd(6)} ${note}`;
  const explained = reproduction.figures.filter((entry) => entry.status === 'erratum');
  const unexplained = reproduction.figures.filter((entry) => entry.status === 'unexplained');
  if (explained.length > 0) lines.push('', 'errata (published → method):', ...explained.map((figure) => line(figure, cause.get(figure.figure) ?? '')));
  if (unexplained.length > 0) lines.push('', `unexplained differences (published → method)${registerGiven ? ': no erratum of the register explains them' : ''}:`, ...unexplained.map((figure) => line(figure, 'UNEXPLAINED')));
  if (reproduction.staleErrata.length > 0) {
    lines.push('', 'errata that no longer match a difference:', ...reproduction.staleErrata.map((erratum) => `  ${erratum.figure}`));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Every compared figure, one a line.
 *
 * @param reproduction - the outcome of `reproduceReport2024Q1`
 * @returns the text, ending in a newline
 */
export function formatReproduction(reproduction: Reproduction): string {
  const lines = reproduction.figures.map(
    (figure) => `${figure.status.padEnd(11)} ${figure.figure.padEnd(34)} published ${show(figure.published).padStart(19)}  computed ${show(figure.computed)}`,
  );
  const { counts } = reproduction;
  lines.push(`${counts.reproduced} reproduced, ${counts.errata} errata, ${counts.unexplained} unexplained, ${reproduction.staleErrata.length} stale errata`);
  return `${lines.join('\n')}\n`;
}

/**
 * A scored period report: the edition and values applied, then the rating with each body's R, the
 * planned weight and R as a share of it; with `detail`, each body's indicators (W of U, the rule,
 * the warnings); then the report's own warnings.
 *
 * @param score - the outcome of `scorePeriodReport`
 * @param options - `detail`: one line per indicator
 * @returns the text, ending in a newline
 */
export function formatPeriodScore(score: PeriodScore, options: { readonly detail?: boolean } = {}): string {
  const { period } = score;
  const byBody = new Map(score.bodies.map((body) => [body.body, body]));
  const lines = [
    `Q${period.period.quarter} ${period.period.year}: ${period.edition} edition, targets and weights for ${period.targetYear}${score.reading === null ? '' : `, ${score.reading === 'kk' ? 'Kazakh' : 'Russian'} text`}; method: ${score.method}`,
    ...(period.dataDue === null ? [] : [`figures due ${period.dataDue}, assessment due ${period.assessmentDue}`]),
    ...(score.synthetic ? ['SYNTHETIC figures: this report describes no real body'] : []),
    `ranked by ${score.rankBy === 'result' ? 'R = Σ W' : 'R as a share of the planned weight (Σ W / Σ U × 100)'}`,
    '',
    `${'rank'.padStart(4)}  ${'R'.padStart(7)}  ${'planned'.padStart(7)}  ${'ΣW/ΣU %'.padStart(11)}  body`,
    ...score.rating.map((entry) => {
      const body = byBody.get(entry.body)!;
      return `${String(entry.rank).padStart(4)}  ${entry.result.padStart(7)}  ${body.plannedWeight.padStart(7)}  ${show(body.shareOfPlanned).padStart(11)}  ${label(entry.body)} (${entry.body})`;
    }),
  ];
  if (options.detail === true) {
    for (const entry of score.rating) {
      const body = byBody.get(entry.body)!;
      lines.push('', `${label(body.body)} (${body.body}): R ${body.result} of ${body.plannedWeight} planned`);
      for (const indicator of body.directions.flatMap((direction) => direction.indicators)) {
        const measured = indicator.share === null ? '' : ` at ${indicator.share}`;
        lines.push(`  ${indicator.indicator.padEnd(30)} W ${indicator.awarded.padStart(5)} of ${(indicator.weight ?? '-').padEnd(4)} ${indicator.rule}${measured}${indicator.target === null ? '' : ` (N ${indicator.target})`}`);
        for (const warning of indicator.warnings) lines.push(`    ${warning.code}: ${warning.message}`);
      }
    }
  }
  if (score.warnings.length > 0) lines.push('', 'warnings:', ...score.warnings.map((warning) => `  ${warning.body}: ${warning.code}: ${warning.message}`));
  return `${lines.join('\n')}\n`;
}

/** Where an issue or a warning is: its path in a JSON report; a CSV report's line and column lead its message already. */
const where = (entry: { readonly path: readonly (string | number)[]; readonly location: { readonly line?: number } }): string => (entry.location.line === undefined ? `${formatPath(entry.path)}: ` : '');

/**
 * The outcome of a validation: every problem, then the warnings.
 *
 * @param validation - from `validatePeriodReport`
 * @returns the text, ending in a newline
 */
export function formatValidation(validation: ValidationResult): string {
  const lines = [
    validation.ok ? 'valid: the report scores' : `${validation.issues.length} problem${validation.issues.length === 1 ? '' : 's'}:`,
    ...validation.issues.map((issue) => `  ${where(issue)}${issue.code}: ${issue.message}`),
  ];
  if (validation.warnings.length > 0) {
    lines.push(`${validation.warnings.length} warning${validation.warnings.length === 1 ? '' : 's'}:`, ...validation.warnings.map((warning) => `  ${warning.location.line === undefined ? where(warning) : `line ${warning.location.line}, column ${JSON.stringify(warning.location.column)}: `}${warning.code}: ${warning.message}`));
  }
  return `${lines.join('\n')}\n`;
}

const valueText = (value: LeverValue): string => (value === null ? 'no data' : Array.isArray(value) ? (value.length === 0 ? 'none' : value.join(', ')) : String(value));

/**
 * What-if as text: per body, where it stands, then each indicator below its full weight with the
 * figure that earns it, largest gain first.
 *
 * @param answer - from `whatIf`
 * @returns the text, ending in a newline
 */
export function formatWhatIf(answer: WhatIf): string {
  const by = answer.rankBy === 'result' ? 'R' : 'share of planned';
  const standing = (entry: Standing): string => `R ${entry.result}, ${show(entry.shareOfPlanned)} % of planned, rank ${entry.rank}`;
  const lines: string[] = [];
  for (const body of answer.bodies) {
    lines.push(`${label(body.body)} (${body.body}): now ${standing(body.now)} (ranked by ${by})`);
    for (const entry of body.indicators) {
      const change =
        entry.field === 'done'
          ? `done (reported ${entry.reported === null ? 'no data' : 'not done'})`
          : `${entry.field} ${entry.field === 'met' ? 'also meet' : entry.better === 'lower' ? 'at most' : 'at least'} ${valueText(entry.needed)} (reported ${valueText(entry.reported)})`;
      lines.push(`  +${entry.gain.padEnd(5)} ${entry.indicator.padEnd(28)} ${change} → ${standing(entry.ifMet)}`);
    }
    for (const entry of body.outOfReach) lines.push(`  out of reach: ${entry.indicator}: ${entry.reason}`);
    lines.push(body.indicators.length === 0 ? '  every indicator has its full weight' : `  all of them: ${standing(body.ifAllMet)}`, '');
  }
  return `${lines.join('\n')}`;
}

/**
 * What-if as CSV: one row per body and indicator below its full weight.
 *
 * @param answer - from `whatIf`
 * @param options - `delimiter`, `bom` and `decimalComma`
 * @returns the CSV text
 */
export function whatIfCsv(answer: WhatIf, options: CsvWriteOptions = {}): string {
  const header = ['body', 'indicator', 'field', 'reported', 'needed', 'gain', 'result_if_met', 'share_of_planned_if_met', 'rank_if_met'];
  const cell = (value: LeverValue): string | null => (value === null ? null : Array.isArray(value) ? value.join(' ') : figureCell(String(value), options));
  const rows = answer.bodies.flatMap((body) =>
    body.indicators.map((entry) => [body.body, entry.indicator, entry.field, cell(entry.reported), cell(entry.needed), figureCell(entry.gain, options), figureCell(entry.ifMet.result, options), figureCell(entry.ifMet.shareOfPlanned, options), entry.ifMet.rank]),
  );
  return writeCsv([header, ...rows], options);
}

/**
 * An edition's indicators, one a line: id, kind, weights, targets, name.
 *
 * @param records - from `catalogueRecords`
 * @returns the text, ending in a newline
 */
export function formatCatalogueTable(records: readonly CatalogueRecord[]): string {
  const lines = records.map((record) => {
    const weights = record.weight ?? Object.values(record.weights ?? {}).map((value) => value ?? '–').join('/');
    const targets = Object.values(record.targets).map((value) => value ?? '–').join('/');
    return `${record.id.padEnd(30)} ${record.kind.padEnd(16)} U ${weights.padEnd(7)} N ${targets.padEnd(26)} ${record.name.ru ?? record.name.kk ?? ''}`;
  });
  return `${lines.join('\n')}\n`;
}

/**
 * An audit of a published report: the rating beside the computed one, every difference with its
 * erratum or its suggested cause.
 *
 * @param audit - the outcome of `auditPublishedReport`
 * @param errata - the register used, if any
 * @returns the text, ending in a newline
 */
export function formatAudit(audit: Audit, errata: readonly Erratum[] | null = null): string {
  const text = `report ${audit.report.id}\n${formatRating(audit, audit.report, errata ?? [], errata !== null)}`;
  if (audit.suggestions.length === 0) return text;
  const lines = ['', `report ${audit.report.id}: causes suggested for the unexplained figures (read the source before writing an erratum):`];
  for (const suggestion of audit.suggestions) lines.push(`  ${suggestion.figure.padEnd(34)} ${suggestion.cause.padEnd(24)} ${suggestion.why}`);
  return `${text}${lines.join('\n')}\n`;
}

/** One line of `cdto-kpi editions`. */
export interface EditionLine {
  readonly id: string;
  readonly years: readonly string[];
  readonly inForce: { readonly from: string; readonly until: string | null };
  readonly layout: string;
  readonly readings: EditionReadings | null;
  readonly method: string;
  readonly act: BilingualText;
  readonly indicators: number;
  readonly bodies: number;
}

/**
 * The editions known, one a line.
 *
 * @param editions - the editions
 * @returns the text, ending in a newline
 */
export function formatEditions(editions: readonly EditionLine[]): string {
  const lines = editions.map(
    (edition) =>
      `${edition.id.padEnd(12)} years ${edition.years.join(', ')}; in force ${edition.inForce.from} to ${edition.inForce.until ?? 'now'}; ${edition.indicators} indicators, ${edition.bodies} bodies; ${edition.layout} layout; ${edition.readings === null ? 'one set of values' : `readings ${edition.readings.languages.join(', ')} (default ${edition.readings.default})`}; method ${edition.method}`,
  );
  return `${lines.join('\n')}\n`;
}
