/**
 * The analyst's path: a template, filled in as JSON and as CSV, validates and scores to the same
 * result; a report with several errors shows them all.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXCEL_CSV, parseCsv, reportFromCsv, templateCsv, writeCsv } from '../src/csv.js';
import { reportTemplate, scorePeriodReport, validatePeriodReport } from '../src/index.js';
import { isCdtoKpiError } from '../src/errors/cdto-kpi-error.js';

const synthetic = JSON.parse(readFileSync(new URL('../data/reports/2025-q2-synthetic/report.json', import.meta.url), 'utf8'));

describe('reportTemplate', () => {
  it('lists every indicator that applies, with names, target, weight and fields, and scores blank', () => {
    const template = reportTemplate({ period: { year: 2026, quarter: 1 }, body: 'agriculture', reading: 'ru' });
    const ids = template.$indicators.map((indicator) => indicator.id);
    // By the Russian text in 2026 agriculture.1 has weight 0; 5 and 6 have weight 10 and no target.
    expect(ids).not.toContain('agriculture.1');
    expect(ids).toContain('agriculture.5');
    expect(template.bodies[0]!.figures['common.4']).toEqual({ ia: null, ib: null });
    const security = template.$indicators.find((indicator) => indicator.id === 'common.4')!;
    expect(security.form.instead).toEqual(['tested', 'connected', 'systems']);
    expect(template.$indicators.find((indicator) => indicator.id === 'common.1')!.criteria!.map((criterion) => criterion.id)).toEqual([
      'reengineering',
      'qaztech-products',
      'ai-processing-time',
      'kazllm',
    ]);
    const blank = scorePeriodReport(template);
    expect(blank.bodies[0]!.result).toBe('0');
    const flagged = blank.bodies[0]!.directions.flatMap((direction) => direction.indicators).filter((indicator) => indicator.warnings.some((warning) => warning.code === 'WEIGHT_WITHOUT_TARGET'));
    expect(flagged.map((indicator) => indicator.indicator)).toEqual(['agriculture.5', 'agriculture.6']);
  });

  it('filled in as JSON and as CSV (semicolons, decimal commas, a byte-order mark), scores the same', () => {
    const template = reportTemplate({ period: { year: 2025, quarter: 2 }, body: 'justice' });
    const given = synthetic.bodies.find((body: { body: string }) => body.body === 'justice').figures as Record<string, Record<string, unknown>>;
    const filled = structuredClone(template) as unknown as { bodies: { figures: Record<string, unknown> }[] };
    filled.bodies[0]!.figures = given;
    const fromJson = scorePeriodReport(filled);
    const [header, ...rows] = parseCsv(templateCsv(template, EXCEL_CSV)).map((row) => [...row]);
    for (const cells of rows) {
      const id = cells[header!.indexOf('indicator')]!;
      for (const [field, value] of Object.entries(given[id] ?? {})) {
        cells[header!.indexOf(field)] = Array.isArray(value) ? value.join(',') : typeof value === 'boolean' ? (value ? 'да' : 'нет') : String(value).replace('.', ',');
      }
    }
    const csv = writeCsv([header!, ...rows], EXCEL_CSV);
    const fromCsv = reportFromCsv(csv);
    expect(validatePeriodReport(fromCsv).ok).toBe(true);
    const scored = scorePeriodReport(fromCsv);
    expect(scored.bodies[0]!.result).toBe(fromJson.bodies[0]!.result);
    expect(scored.bodies[0]!.directions.flatMap((d) => d.indicators).map((i) => i.awarded)).toEqual(fromJson.bodies[0]!.directions.flatMap((d) => d.indicators).map((i) => i.awarded));
  });
});

describe('validatePeriodReport', () => {
  it('lists every problem at once, each with its path; scoring throws one error carrying them all', () => {
    const bad = structuredClone(synthetic);
    bad.bodies[0].figures['common.3'].a = 'abc';
    bad.bodies[1].figures['common.1'] = { met: ['nope'] };
    delete bad.bodies[2].figures['common.2'];
    bad.extra = true;
    const result = validatePeriodReport(bad);
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => [issue.code, issue.path.join('/')])).toEqual([
      ['UNEXPECTED_FIELD', 'extra'],
      ['FIGURE_UNREADABLE', 'bodies/0/figures/common.3/a'],
      ['UNKNOWN_CRITERION', 'bodies/1/figures/common.1/met'],
      ['INDICATOR_NOT_REPORTED', 'bodies/2/figures/common.2'],
    ]);
    let caught: unknown;
    try {
      scorePeriodReport(bad);
    } catch (error) {
      caught = error;
    }
    expect(isCdtoKpiError(caught) && caught.issues.length).toBe(4);
  });

  it('passes the synthetic report under both texts, warning of the indicators that do not apply', () => {
    expect(validatePeriodReport(synthetic).ok).toBe(true);
    expect(validatePeriodReport(synthetic, { reading: 'ru' }).ok).toBe(true);
    expect(validatePeriodReport(synthetic).warnings.filter((warning) => warning.code === 'NOT_APPLICABLE_REPORTED')).toHaveLength(4);
  });
});

describe('common KPI 6: excused services count in full', () => {
  const report = (figures: Record<string, unknown>) => {
    const copy = structuredClone(synthetic);
    Object.assign(copy.bodies[0].figures, figures);
    return scorePeriodReport(copy).bodies[0]!.directions.flatMap((d) => d.indicators).find((i) => i.indicator === 'common.6')!;
  };
  it('scores A = 100 − (b − excused) / c × 100', () => {
    // b = 15 failing of c = 235; 10 excused: A = 100 − 5 / 235 × 100 = 97.87… → 97.8 (toward zero); N = 100, U = 5:
    // W = 97.8 / 100 × 5 = 4.89 → 4.8. With all 15 excused: A = 100, W = U = 5.
    expect([report({ 'common.6': { b: '15', c: '235', excused: '10' } }).awarded, report({ 'common.6': { b: '15', c: '235', excused: '15' } }).awarded]).toEqual(['4.8', '5']);
    expect(() => report({ 'common.6': { b: '15', c: '235', excused: '16' } })).toThrow(/more items excused than failing/u);
    expect(() => report({ 'common.7': { b: '1', c: '2', excused: '1' } })).toThrow(/only common\.6/u);
  });
});
