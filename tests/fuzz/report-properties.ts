/**
 * Properties across functions (issue 19): validation gives the issues scoring gives for the same
 * document; every template `reportTemplate` gives scores, blank and filled with figures; the figure
 * a what-if names earns the full weight, and one unit of its last decimal worse does not.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { Decimal as GlobalDecimal } from 'decimal.js';
import * as fc from 'fast-check';
import * as api from '../../src/index.js';
import { validFigure } from './arbitraries.js';
import { type ErrorApi, outcomeOf, type Outcome, withUntouchedInputs } from './invariants.js';
import { anyMethod, type FuzzProperty, PERIODS, reportFor } from './properties.js';
import { disguised, throwingProxy } from './surface.js';

const library: ErrorApi = api;
/** Exact arithmetic for the checks: a figure has up to 30 significant digits, and decimal.js's default precision (20) would round one unit off. */
const Decimal = GlobalDecimal.clone({ precision: 100 });
type Decimal = InstanceType<typeof Decimal>;
const BODY_IDS = api.BODIES.map((body) => body.id);
const fail = (message: string): never => {
  throw new Error(message);
};

/** Issues as they are compared: code, path and message, in order. */
const issuesOf = (issues: readonly api.Issue[]): string => JSON.stringify(issues.map(({ code, path, message }) => ({ code, path, message })));

/** A report document, valid or broken every way the boundary and the schema judge. */
const anyDocument: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PERIODS).chain(reportFor).map(({ document }) => document) },
  { weight: 1, arbitrary: fc.constantFrom(...PERIODS).chain(reportFor).chain(({ document }) => disguised(fc.constant(document))) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...PERIODS).chain(reportFor).chain(({ document }) =>
      fc.constantFrom(
        // What issue 19 lists: a getter on period that answers twice, a proxy whose traps throw, a "prototype" key, nesting beyond the limit.
        (() => {
          let reads = 0;
          return Object.defineProperty({ ...(document as object) }, 'period', { enumerable: true, get: () => (reads++ === 0 ? (document as { period: unknown }).period : 'x') });
        })(),
        throwingProxy({}),
        // What JSON.parse makes of a "prototype" key: an own property of that name.
        Object.defineProperty({ ...(document as object) }, 'prototype', { value: 1, enumerable: true, writable: true, configurable: true }),
        { ...(document as object), $indicators: [JSON.parse(`${'['.repeat(40)}${']'.repeat(40)}`)] },
      ),
    ),
  },
);

/** Options of a period's scoring, valid or not. */
const anyOptions: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ method: anyMethod, rankBy: fc.constantFrom('result', 'share-of-planned'), reading: fc.constantFrom('kk', 'ru') }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.constantFrom(null, 'kk', { bogus: 1 }, { rankBy: 'rank' }) },
);

const validationMatchesScoring: FuzzProperty = {
  category: 'property: validatePeriodReport gives the issues scorePeriodReport gives, for the same document',
  weight: 10,
  functions: ['cdto-kpi validatePeriodReport', 'cdto-kpi scorePeriodReport'],
  property: () =>
    fc.property(anyDocument, anyOptions, (document, options) => {
      const scored: Outcome = withUntouchedInputs([document], () => outcomeOf(library, () => api.scorePeriodReport(document, options as never)));
      let thrown: unknown = null;
      let validation: api.ValidationResult | null = null;
      try {
        validation = api.validatePeriodReport(document, options as never);
      } catch (error) {
        thrown = error;
      }
      if (validation === null) {
        // Only options are thrown about; scoring refuses them the same way.
        if (!api.isCdtoKpiError(thrown)) return fail(`validatePeriodReport threw ${String(thrown)}`);
        if (scored.ok || scored.code !== thrown.code) fail(`options refused by validation (${thrown.code}) but not by scoring the same way`);
        return;
      }
      if (scored.ok && !validation.ok) {
        // The one documented difference (issue 17): an input filled in part scores as the published
        // method scores it (no data, W = 0, its NO_DATA warning naming what is missing); validation
        // calls it a problem, MISSING_FIELD at the missing figure. Anything else is a disagreement.
        const score = scored.value as api.PeriodScore;
        // Filled in part: the field missing is null in the score's inputs, and another is a figure.
        const inPart = new Set(
          score.bodies.flatMap((body) =>
            body.directions.flatMap((direction) =>
              direction.indicators.flatMap((indicator) => {
                const inputs = Object.entries(indicator.trace.inputs);
                return inputs.some(([, value]) => typeof value === 'string') ? inputs.filter(([, value]) => value === null).map(([field]) => `${body.body} ${indicator.indicator} ${field}`) : [];
              }),
            ),
          ),
        );
        for (const issue of validation.issues) {
          if (issue.code !== 'MISSING_FIELD' || !inPart.has(`${issue.location.body} ${issue.location.indicator} ${issue.location.field}`)) fail(`validation says ok: false (${issue.code} at ${JSON.stringify(issue.path)}), scoring scores`);
        }
        return;
      }
      if (validation.ok !== scored.ok) fail(`validation says ok: ${validation.ok}, scoring ${scored.ok ? 'scores' : `refuses with ${scored.code}`}`);
      if (!scored.ok) {
        let error: api.CdtoKpiError | null = null;
        try {
          api.scorePeriodReport(document, options as never);
        } catch (caught) {
          error = caught as api.CdtoKpiError;
        }
        if (issuesOf(error!.issues) !== issuesOf(validation.issues)) fail(`different issues:\nscoring    ${issuesOf(error!.issues).slice(0, 600)}\nvalidation ${issuesOf(validation.issues).slice(0, 600)}`);
      }
    }),
};

/** A figure for a field of a template's form, within what the kind allows. */
function fill(kind: string, form: { readonly fields: readonly string[] }, criteria: readonly { readonly id: string }[] | null): fc.Arbitrary<Record<string, unknown>> {
  const small = validFigure.filter((figure) => new Decimal(figure.value).lte(2000));
  const percent = validFigure.filter((figure) => new Decimal(figure.value).lte(100));
  switch (kind) {
    case 'milestone':
      return fc.record({ done: fc.oneof(fc.boolean(), fc.constant(null)) });
    case 'composite':
      return fc.record({ met: fc.oneof(fc.subarray((criteria ?? []).map((criterion) => criterion.id)), fc.constant(null)) });
    case 'uptime':
      return fc.record({ downtimeHours: fc.oneof(small.map((figure) => figure.input), fc.constant(null)) });
    case 'security':
      return fc.record({ ia: percent.map((figure) => figure.input), ib: percent.map((figure) => figure.input) });
    case 'complement-ratio':
      return fc.tuple(validFigure, validFigure).map(([x, y]) => {
        const [b, c] = new Decimal(x.value).lte(new Decimal(y.value)) ? [x, y] : [y, x];
        return { b: b.input, c: c.input };
      });
    default:
      return fc.tuple(...form.fields.map(() => fc.oneof({ weight: 5, arbitrary: validFigure.map((figure) => figure.input) }, { weight: 1, arbitrary: fc.constant(null) }))).map((values) => Object.fromEntries(form.fields.map((field, index) => [field, values[index]])));
  }
}

const templatesScore: FuzzProperty = {
  category: 'property: every template reportTemplate gives scores, blank and filled with figures',
  weight: 6,
  functions: ['cdto-kpi reportTemplate', 'cdto-kpi scorePeriodReport', 'cdto-kpi validatePeriodReport'],
  property: () =>
    fc.property(
      fc.oneof(fc.constantFrom(...PERIODS), fc.record({ year: fc.integer({ min: 2023, max: 2027 }), quarter: fc.integer({ min: 1, max: 4 }) })),
      fc.uniqueArray(fc.constantFrom(...BODY_IDS), { minLength: 1, maxLength: 3 }),
      fc.constantFrom(undefined, 'kk', 'ru'),
      fc.nat(),
      (period, bodies, reading, seed) => {
        let template: api.ReportTemplate;
        try {
          template = api.reportTemplate({ period: period as api.ReportingPeriod, body: bodies, ...(reading === undefined ? {} : { reading: reading as 'kk' }) });
        } catch (error) {
          if (!api.isCdtoKpiError(error)) throw error;
          return; // a period no edition covers, a body the edition lacks, a reading it does not take
        }
        const blank = outcomeOf(library, () => api.scorePeriodReport(template));
        if (!blank.ok) fail(`a blank template does not score: ${blank.code} ${blank.message}`);
        if (!api.validatePeriodReport(template).ok) fail('a blank template does not validate');
        const filled = structuredClone(template) as unknown as { bodies: { body: string; figures: Record<string, unknown> }[] };
        const [values] = fc.sample(fc.tuple(...template.$indicators.map((indicator) => fill(indicator.kind, indicator.form, indicator.criteria))), { numRuns: 1, seed });
        template.$indicators.forEach((indicator, index) => {
          filled.bodies.find((body) => body.body === indicator.body)!.figures[indicator.id] = values![index];
        });
        const scored = outcomeOf(library, () => api.scorePeriodReport(filled));
        if (!scored.ok) fail(`a template filled with figures does not score: ${scored.code} ${scored.message}`);
      },
    ),
};

/** One unit of the last decimal of a lever's figure. */
const unitOf = (decimals: number): Decimal => new Decimal(10).pow(-decimals);
const earnsFull = (definition: api.IndicatorDefinition, input: unknown, method: api.ScoringMethod): boolean => {
  try {
    const score = api.scoreIndicator(definition, input, method);
    return score.weight !== null && new Decimal(score.awarded).eq(score.weight);
  } catch (error) {
    if (!api.isCdtoKpiError(error)) throw error;
    return false;
  }
};

/** A definition of a kind with a figure lever, weight and target valid. */
const leverDefinition = fc.record({
  id: fc.constant('x.1'),
  kind: fc.constantFrom('ratio', 'decreasing-ratio', 'count', 'uptime', 'complement-ratio', 'security', 'growth'),
  weight: fc.integer({ min: 1, max: 400 }).map((tenths) => new Decimal(tenths).div(10).toFixed()),
  target: fc.tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 3 })).map(([raw, decimals]) => new Decimal(raw).div(new Decimal(10).pow(decimals)).toFixed()),
}) as fc.Arbitrary<api.IndicatorDefinition>;

const leverInput = (kind: string): fc.Arbitrary<unknown> => {
  const figure = (max: number) => fc.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: 2 })).map(([raw, decimals]) => new Decimal(raw).div(new Decimal(10).pow(decimals)).toFixed());
  switch (kind) {
    case 'count':
      return fc.record({ a: figure(10_000) });
    case 'uptime':
      return fc.record({ downtimeHours: figure(2_000) });
    case 'complement-ratio':
      return fc.tuple(figure(5_000), figure(5_000)).map(([x, y]) => (new Decimal(x).lte(y) ? { b: x, c: y } : { b: y, c: x }));
    case 'security':
      return fc.record({ ia: figure(100).filter((value) => new Decimal(value).lte(100)), ib: figure(100).filter((value) => new Decimal(value).lte(100)) });
    case 'growth':
      return fc.record({ digitised: figure(10_000), total: figure(10_000) });
    default:
      return fc.record({ a: figure(100_000), b: figure(100_000) });
  }
};

/** Checks one answer: the needed figure earns W = U; one unit of its last decimal worse does not. */
function checkBoundary(definition: api.IndicatorDefinition, input: Record<string, unknown>, answer: { readonly field: string; readonly needed: unknown; readonly better: string | null; readonly decimals: number | null }, method: api.ScoringMethod): void {
  if (typeof answer.needed !== 'string' || answer.decimals === null) return;
  if (!earnsFull(definition, { ...input, [answer.field]: answer.needed }, method)) fail(`${answer.field} = ${answer.needed} does not earn the full weight`);
  const worse = answer.better === 'lower' ? new Decimal(answer.needed).plus(unitOf(answer.decimals)) : new Decimal(answer.needed).minus(unitOf(answer.decimals));
  if (worse.isNegative()) return;
  if (earnsFull(definition, { ...input, [answer.field]: worse.toFixed() }, method)) fail(`${answer.field} = ${worse.toFixed()}, one unit worse than ${answer.needed}, earns the full weight too`);
}

const whatIfIndicatorBoundary: FuzzProperty = {
  category: 'property: whatIfIndicator names a figure that earns U; one unit of its last decimal worse does not',
  weight: 8,
  functions: ['cdto-kpi whatIfIndicator', 'cdto-kpi scoreIndicator'],
  property: () =>
    fc.property(leverDefinition.chain((definition) => fc.tuple(fc.constant(definition), leverInput(definition.kind))), fc.constantFrom(api.PUBLISHED_METHOD, api.METHOD_2025), ([definition, input], method) => {
      const outcome = outcomeOf(library, () => api.whatIfIndicator(definition, input, { method }));
      if (!outcome.ok) return;
      const answer = outcome.value as api.IndicatorWhatIf;
      if (answer.status === 'full' && !earnsFull(definition, input, method)) fail('status full below the full weight');
      if (answer.status === 'reachable' && answer.answers.length === 0) fail('reachable with no answer');
      for (const entry of answer.answers) checkBoundary(definition, input as Record<string, unknown>, entry, method);
    }),
};

const SYNTHETIC = JSON.parse(readFileSync(new URL('../../data/reports/2025-q2-synthetic/report.json', import.meta.url), 'utf8')) as { period: api.ReportingPeriod; bodies: { body: string; figures: Record<string, Record<string, unknown>> }[] };

const whatIfBoundary: FuzzProperty = {
  category: 'property: whatIf names for each indicator a figure that earns U in the report; one unit worse does not; ifMet is the rescored standing',
  weight: 0.5,
  functions: ['cdto-kpi whatIf', 'cdto-kpi scorePeriodReport'],
  property: () =>
    fc.property(
      fc.oneof(fc.constant(SYNTHETIC as unknown), fc.constantFrom(...PERIODS).chain(reportFor).map(({ document }) => document)),
      fc.nat(),
      (document, pick) => {
        const outcome = outcomeOf(library, () => api.whatIf(document));
        if (!outcome.ok) return;
        const answer = outcome.value as api.WhatIf;
        const entries = answer.bodies.flatMap((body) => body.indicators.map((indicator) => ({ body: body.body, indicator })));
        // A few entries a case: each is a rescoring of the whole report.
        for (const entry of [entries[pick % Math.max(1, entries.length)], entries[(pick + 7) % Math.max(1, entries.length)]]) {
          if (entry === undefined) continue;
          const { body, indicator } = entry;
          if (typeof indicator.needed !== 'string' || indicator.decimals === null) continue;
          const rescore = (value: string) => {
            const changed = structuredClone(document) as typeof SYNTHETIC;
            const figures = changed.bodies.find((entry) => entry.body === body)!.figures;
            figures[indicator.indicator] = { ...figures[indicator.indicator], [indicator.field]: value };
            return api.scorePeriodReport(changed);
          };
          const awarded = (score: api.PeriodScore) => score.bodies.find((entry) => entry.body === body)!.directions.flatMap((direction) => direction.indicators).find((entry) => entry.indicator === indicator.indicator)!;
          const met = rescore(indicator.needed);
          if (!new Decimal(awarded(met).awarded).eq(indicator.weight)) fail(`${body} ${indicator.indicator}: ${indicator.field} = ${indicator.needed} gives W ${awarded(met).awarded}, not U ${indicator.weight}`);
          const standing = met.rating.find((entry) => entry.body === body)!;
          if (standing.result !== indicator.ifMet.result || standing.rank !== indicator.ifMet.rank) fail(`${body} ${indicator.indicator}: ifMet ${JSON.stringify(indicator.ifMet)}, rescored ${JSON.stringify(standing)}`);
          const worse = indicator.better === 'lower' ? new Decimal(indicator.needed).plus(unitOf(indicator.decimals)) : new Decimal(indicator.needed).minus(unitOf(indicator.decimals));
          if (worse.isNegative()) continue;
          let short: api.PeriodScore | null = null;
          try {
            short = rescore(worse.toFixed());
          } catch (error) {
            if (!api.isCdtoKpiError(error)) throw error;
          }
          if (short !== null && new Decimal(awarded(short).awarded).eq(indicator.weight)) fail(`${body} ${indicator.indicator}: ${indicator.field} = ${worse.toFixed()}, one unit worse, earns U too`);
        }
      },
    ),
};

/** The properties across functions. */
export const REPORT_PROPERTIES: readonly FuzzProperty[] = [validationMatchesScoring, templatesScore, whatIfIndicatorBoundary, whatIfBoundary];
